//! The verdict on one signup: may it be sent, and what each field and the page say.

use crate::checklist::Checklist;
#[cfg(feature = "lookalike")]
use crate::checklist::OriginFact;
#[cfg(feature = "lookalike")]
use crate::lookalike::{EmailCheck, PageOriginCheck, UrlCheck};
use crate::password::{FailureCode, PasswordReport};
use serde::Serialize;

/// The decision and everything shown with it. Page and server get the same one for the same
/// input: the page renders it, the server enforces it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FormVerdict {
    /// The form may be sent now: every required item passes (nothing missing, failing or still
    /// being checked).
    pub valid: bool,
    /// No required item is failing or still pending.
    pub complete: bool,
    /// The ids of the required checklist items that fail: while any does, the signup is refused.
    pub blocking: Vec<String>,
    /// The onboarding checklist.
    pub checklist: Checklist,
    /// What each field says.
    pub fields: FieldVerdicts,
    /// The warning about the page's own address, when it is not on an official domain.
    pub banner: Option<Notice>,
    /// The password's report, with a breach the check found among its policy failures
    /// (`breached`); absent when the field is empty or missing.
    pub password: Option<PasswordReport>,
    /// The email check; absent when the field is empty or missing.
    #[cfg(feature = "lookalike")]
    pub email: Option<EmailCheck>,
    /// The check of each non-empty web-address field, in page order.
    #[cfg(feature = "lookalike")]
    pub urls: Vec<UrlVerdict>,
    /// The check of the page's own address, when the site named official domains and the host
    /// is known.
    #[cfg(feature = "lookalike")]
    pub origin: Option<OriginVerdict>,
}

/// What each field of the form says; a field the form does not have is absent.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FieldVerdicts {
    /// The new password.
    pub password: Option<FieldVerdict>,
    /// The confirmation.
    pub confirmation: Option<FieldVerdict>,
    /// The email address.
    pub email: Option<FieldVerdict>,
    /// The web-address fields, in the input's order.
    pub urls: Vec<FieldVerdict>,
}

/// One field's part of the verdict.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FieldVerdict {
    /// Why this field blocks the signup, most important first; empty when it does not. The
    /// first is the field's message (its custom validity on the page).
    pub errors: Vec<FieldError>,
    /// Advice that does not block (a likely typo, a breach check that could not run).
    pub notice: Option<Notice>,
}

/// One reason a field blocks.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FieldError {
    /// The stable code, for programs.
    pub code: FieldErrorCode,
    /// The text for people, in the requested language.
    pub message: String,
}

/// Why a field blocks: a password policy failure (`breached` included), or one of the form's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(untagged)]
pub enum FieldErrorCode {
    /// A rule of the password policy, or the confirmation's `mismatch`.
    Policy(FailureCode),
    /// A rule of the form.
    Form(FormErrorCode),
}

/// The form's own reasons for blocking a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum FormErrorCode {
    /// The field is required and empty.
    Required,
    /// Not a valid email address.
    InvalidEmail,
    /// The breach check failed and the site fails closed.
    BreachUnchecked,
}

/// How a notice is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Tone {
    /// For information.
    Info,
    /// Look twice.
    Warning,
    /// Something is wrong.
    Error,
}

/// Advice shown under a field or at the top of the page; it never blocks by itself.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    /// How it is shown.
    pub tone: Tone,
    /// A heading, when the notice has one.
    pub title: Option<String>,
    /// The text (may be empty when the title says it all).
    pub text: String,
    /// The value the person probably meant (an email address), offered as a one-click fix.
    pub suggestion: Option<String>,
    /// Shown only once the person has left the field (advice that would distract while typing).
    pub on_leave: bool,
}

/// The check of one web-address field.
#[cfg(feature = "lookalike")]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct UrlVerdict {
    /// The field's name, from the input.
    pub field: String,
    /// The value checked.
    pub value: String,
    /// The check itself.
    #[serde(flatten)]
    pub check: UrlCheck,
}

/// The check of the page's own address.
#[cfg(feature = "lookalike")]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct OriginVerdict {
    /// How the checklist judges it (a development host counts only when listed as official).
    pub status: OriginFact,
    /// The check itself.
    #[serde(flatten)]
    pub check: PageOriginCheck,
}
