//! Password strength and policy: zxcvbn's estimate, a named policy, localized feedback.
//!
//! [`check_password`] is the whole check a signup form needs: zxcvbn's score and crack times,
//! its feedback as codes with text, and a policy verdict listing every requirement (for the
//! live checklist) and every failure. [`estimate`] is zxcvbn alone, for comparisons with
//! zxcvbn.js.
//!
//! Three choices shape the results:
//! - **Length** is counted in Unicode code points after NFC normalization ([`normalize`]), and
//!   the whole password is always checked; nothing is ever truncated for the policy.
//! - **Work is bounded**: zxcvbn runs on a prefix chosen by [`window::estimate_window`], so any
//!   input, even megabytes long, is checked quickly; characters past the window are never held
//!   against the password.
//! - **Bounded reading**: a password longer than four times the maximum length (NFC shrinks
//!   text at most fourfold) is certainly too long; the other rules then read only that many
//!   leading code points, and its confirmation must match it byte for byte.
//! - **Personal information caps the score**: when the password contains a context word (see
//!   [`personal`]), the reported `score` is at most [`PERSONAL_INFO_SCORE_CAP`];
//!   `zxcvbnScore` always keeps zxcvbn's own score.
//!
//! ```
//! use signup_guard::password::{check_password, PasswordOptions};
//! let options = PasswordOptions::default();
//! let report = check_password("correct horse battery staple", &options, &options.messages())?;
//! assert_eq!(report.score, 4);
//! assert!(report.policy.ok);
//! # Ok::<(), signup_guard::password::PolicyError>(())
//! ```

mod crack_time;
mod estimate;
mod feedback;
pub mod normalize;
mod options;
pub mod personal;
mod policy;
mod rules;
mod warm_up;
pub mod window;

pub use crack_time::{CrackSeconds, CrackTime, CrackTimesReport, TimeBucket};
pub use estimate::{estimate, Estimate, ESTIMATE_SCAN_CHARS};
pub use feedback::{Coded, FeedbackReport, SuggestionCode, WarningCode};
pub use options::{CustomPolicy, PasswordOptions, PolicyOption};
pub use policy::{Policy, PolicyError, PresetName, DEFAULT_MAX_LENGTH};
pub use rules::{FailureCode, PolicyReport, Requirement, RequirementCode};
pub use warm_up::{warm_up_step, WARM_UP_STEPS};

use crate::messages::Messages;
use serde::{Deserialize, Serialize};

/// The highest `score` reported for a password that contains a context word.
pub const PERSONAL_INFO_SCORE_CAP: u8 = 2;

/// Everything a signup form shows about one password.
///
/// ```
/// use signup_guard::password::{check_password, PasswordOptions};
/// let options = PasswordOptions { user_inputs: vec!["ada@example.org".into()], ..Default::default() };
/// let report = check_password("ada-example-1815-kettle", &options, &options.messages())?;
/// assert!(report.score <= 2); // capped: it contains a context word
/// assert!(report.zxcvbn_score >= report.score);
/// assert!(report.guesses_log10 > 0.0);
/// assert_eq!(report.estimated_chars, 23);
/// # Ok::<(), signup_guard::password::PolicyError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PasswordReport {
    /// Strength from 0 (too guessable) to 4 (very unguessable): zxcvbn's score, capped at
    /// [`PERSONAL_INFO_SCORE_CAP`] when the password contains a context word.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(type = "0 | 1 | 2 | 3 | 4"))]
    pub score: u8,
    /// zxcvbn's own score, never capped.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(type = "0 | 1 | 2 | 3 | 4"))]
    pub zxcvbn_score: u8,
    /// Base-10 logarithm of zxcvbn's estimated guesses; 0 for an empty password.
    pub guesses_log10: f64,
    /// How many code points (of the NFC form) the estimator rated. Shorter than the password
    /// when it is long or dense enough to need the bounded window; the rest is never penalized.
    pub estimated_chars: usize,
    /// Time to guess it in zxcvbn's four attack scenarios.
    pub crack_times: CrackTimesReport,
    /// zxcvbn's warning and suggestions, localized.
    pub feedback: FeedbackReport,
    /// The policy's verdict.
    pub policy: PolicyReport,
}

/// Checks `password` against the strength estimate and the policy `options` name.
///
/// Messages come from `messages` (usually [`PasswordOptions::messages`]). Fails only when a
/// custom policy contradicts itself; every password, of any length or content, gets a report.
///
/// ```
/// use signup_guard::password::{check_password, FailureCode, PasswordOptions, PolicyOption, PresetName};
/// // What a signup handler on the server runs: the same policy the page uses.
/// let options = PasswordOptions {
///     policy: PolicyOption::Preset(PresetName::Nist),
///     user_inputs: vec!["ada@example.org".into(), "Ada Lovelace".into()],
///     confirmation: Some("password123".into()),
///     lang: "de".into(),
///     ..Default::default()
/// };
/// let report = check_password("password123", &options, &options.messages())?;
/// assert!(!report.policy.ok);
/// let codes: Vec<FailureCode> = report.policy.failures.iter().map(|f| f.code).collect();
/// assert!(codes.contains(&FailureCode::TooShort));
/// assert!(codes.contains(&FailureCode::Common));
/// assert!(!codes.contains(&FailureCode::Mismatch));
/// # Ok::<(), signup_guard::password::PolicyError>(())
/// ```
pub fn check_password(
    password: &str,
    options: &PasswordOptions,
    messages: &Messages,
) -> Result<PasswordReport, PolicyError> {
    let policy = Policy::resolve(&options.policy, options.mfa)?;
    let text = PolicyText::new(password, policy.max_length);
    let words = personal::context_words(&options.user_inputs);
    let word_refs: Vec<&str> = words.iter().map(String::as_str).collect();
    let estimate = estimate(&text.normalized, &word_refs);
    let contains_personal_info = personal::find_context_word(&text.normalized, &words).is_some();

    let mut facts = rules::Facts::of_text(&text.normalized);
    facts.length = text.length;
    facts.common = estimate.whole_dictionary_match;
    facts.zxcvbn_score = estimate.score;
    facts.has_context_words = !words.is_empty();
    facts.contains_personal_info = contains_personal_info;
    facts.confirmation_matches = options.confirmation.as_deref().map(|c| text.matches(c));

    let score = if contains_personal_info {
        estimate.score.min(PERSONAL_INFO_SCORE_CAP)
    } else {
        estimate.score
    };
    Ok(PasswordReport {
        score,
        zxcvbn_score: estimate.score,
        guesses_log10: estimate.guesses_log10,
        estimated_chars: estimate.window_chars,
        crack_times: CrackTimesReport::new(&estimate.crack_seconds, messages),
        feedback: FeedbackReport::new(estimate.warning, &estimate.suggestions, messages),
        policy: rules::evaluate(&policy, &facts, messages),
    })
}

/// Whether `confirmation` is the same password as `password` by the rule the policy's
/// `confirmation` option applies: equal after NFC, read with bounded work (a password certainly
/// too long for the policy must match byte for byte). Fails only for a contradictory custom
/// policy, like [`check_password`].
///
/// ```
/// use signup_guard::password::{confirmation_matches, PasswordOptions};
/// let options = PasswordOptions::default();
/// assert!(confirmation_matches("caf\u{e9}-lantern", "cafe\u{301}-lantern", &options)?);
/// assert!(!confirmation_matches("lantern", "Lantern", &options)?);
/// # Ok::<(), signup_guard::password::PolicyError>(())
/// ```
pub fn confirmation_matches(
    password: &str,
    confirmation: &str,
    options: &PasswordOptions,
) -> Result<bool, PolicyError> {
    let policy = Policy::resolve(&options.policy, options.mfa)?;
    Ok(PolicyText::new(password, policy.max_length).matches(confirmation))
}

/// NFC turns at most this many code points into one (U+1F82 decomposes into four), so a
/// password of more than `NFC_MAX_SHRINK × maxLength` code points is too long in any form.
pub const NFC_MAX_SHRINK: usize = 4;

/// The password as the policy rules see it, read with bounded work.
struct PolicyText<'a> {
    raw: &'a str,
    /// NFC form of the password, or of its first `NFC_MAX_SHRINK × maxLength` code points when
    /// it is certainly too long.
    normalized: String,
    /// NFC length, or a lower bound that is already above the maximum.
    length: usize,
    certainly_too_long: bool,
}

impl<'a> PolicyText<'a> {
    fn new(raw: &'a str, max_length: usize) -> Self {
        let limit = max_length.saturating_mul(NFC_MAX_SHRINK);
        let raw_chars = raw.chars().count();
        if raw_chars > limit {
            PolicyText {
                raw,
                normalized: normalize::to_nfc(window::prefix(raw, limit)),
                length: raw_chars.div_ceil(NFC_MAX_SHRINK),
                certainly_too_long: true,
            }
        } else {
            let normalized = normalize::to_nfc(raw);
            let length = normalized.chars().count();
            PolicyText {
                raw,
                normalized,
                length,
                certainly_too_long: false,
            }
        }
    }

    /// Whether `confirmation` equals the password after NFC. For a password certainly too long,
    /// only an exact (byte-for-byte) match counts, which keeps the work bounded.
    fn matches(&self, confirmation: &str) -> bool {
        if confirmation == self.raw {
            return true;
        }
        if self.certainly_too_long
            || confirmation.chars().count() > self.length.saturating_mul(NFC_MAX_SHRINK)
        {
            return false;
        }
        normalize::to_nfc(confirmation) == self.normalized
    }
}
