//! The onboarding security checklist shown to the person signing up.
