//! The policy verdict: which requirements a password meets, and the failures it must fix.

use super::feedback::Coded;
use super::policy::Policy;
use crate::messages::Messages;
use serde::{Deserialize, Serialize};

/// A rule a password breaks.
///
/// ```
/// use signup_guard::password::FailureCode;
/// assert_eq!(FailureCode::ContainsPersonalInfo.code(), "contains-personal-info");
/// assert_eq!(serde_json::to_string(&FailureCode::TooShort).unwrap(), r#""too-short""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum FailureCode {
    /// Fewer characters than the minimum (`{min}`).
    TooShort,
    /// More characters than the maximum (`{max}`).
    TooLong,
    /// No uppercase letter.
    NeedsUpper,
    /// No lowercase letter.
    NeedsLower,
    /// No letter.
    NeedsLetter,
    /// No digit.
    NeedsDigit,
    /// No character other than letters and digits.
    NeedsSpecial,
    /// The whole password is a common password or dictionary word.
    Common,
    /// zxcvbn's score is below the minimum.
    Weak,
    /// Contains a context word (name, e-mail, username, site name).
    ContainsPersonalInfo,
    /// The confirmation differs.
    Mismatch,
    /// The password appears in a breach corpus (folded in by [`crate::form`], which knows the
    /// breach check's answer; `check_password` never reports it).
    Breached,
}

/// A requirement as the form lists it, ticked off as the person types.
///
/// ```
/// use signup_guard::password::{FailureCode, RequirementCode};
/// assert_eq!(RequirementCode::MinLength.failure(), FailureCode::TooShort);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum RequirementCode {
    /// At least `{min}` characters.
    MinLength,
    /// At most `{max}` characters.
    MaxLength,
    /// An uppercase letter.
    Upper,
    /// A lowercase letter.
    Lower,
    /// A letter.
    Letter,
    /// A digit.
    Digit,
    /// A character other than letters and digits.
    Special,
    /// Not a common password or single dictionary word.
    NotCommon,
    /// zxcvbn's score reaches the minimum.
    StrongEnough,
    /// No name, e-mail or other context word.
    NotPersonal,
    /// Both entries match.
    Matches,
}

impl FailureCode {
    /// Every failure code.
    pub const ALL: [FailureCode; 12] = [
        FailureCode::TooShort,
        FailureCode::TooLong,
        FailureCode::NeedsUpper,
        FailureCode::NeedsLower,
        FailureCode::NeedsLetter,
        FailureCode::NeedsDigit,
        FailureCode::NeedsSpecial,
        FailureCode::Common,
        FailureCode::Weak,
        FailureCode::ContainsPersonalInfo,
        FailureCode::Mismatch,
        FailureCode::Breached,
    ];

    /// The code as serialized, e.g. `too-short`.
    ///
    /// ```
    /// use signup_guard::password::FailureCode;
    /// assert_eq!(FailureCode::Mismatch.code(), "mismatch");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            FailureCode::TooShort => "too-short",
            FailureCode::TooLong => "too-long",
            FailureCode::NeedsUpper => "needs-upper",
            FailureCode::NeedsLower => "needs-lower",
            FailureCode::NeedsLetter => "needs-letter",
            FailureCode::NeedsDigit => "needs-digit",
            FailureCode::NeedsSpecial => "needs-special",
            FailureCode::Common => "common",
            FailureCode::Weak => "weak",
            FailureCode::ContainsPersonalInfo => "contains-personal-info",
            FailureCode::Mismatch => "mismatch",
            FailureCode::Breached => "breached",
        }
    }

    /// The catalog key, e.g. `policy.too-short`.
    ///
    /// ```
    /// use signup_guard::password::FailureCode;
    /// assert_eq!(FailureCode::TooShort.key(), "policy.too-short");
    /// ```
    pub fn key(self) -> String {
        format!("policy.{}", self.code())
    }
}

impl RequirementCode {
    /// Every requirement code, in the order requirements are listed.
    pub const ALL: [RequirementCode; 11] = [
        RequirementCode::MinLength,
        RequirementCode::MaxLength,
        RequirementCode::Upper,
        RequirementCode::Lower,
        RequirementCode::Letter,
        RequirementCode::Digit,
        RequirementCode::Special,
        RequirementCode::NotCommon,
        RequirementCode::StrongEnough,
        RequirementCode::NotPersonal,
        RequirementCode::Matches,
    ];

    /// The code as serialized, e.g. `min-length`.
    ///
    /// ```
    /// use signup_guard::password::RequirementCode;
    /// assert_eq!(RequirementCode::NotCommon.code(), "not-common");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            RequirementCode::MinLength => "min-length",
            RequirementCode::MaxLength => "max-length",
            RequirementCode::Upper => "upper",
            RequirementCode::Lower => "lower",
            RequirementCode::Letter => "letter",
            RequirementCode::Digit => "digit",
            RequirementCode::Special => "special",
            RequirementCode::NotCommon => "not-common",
            RequirementCode::StrongEnough => "strong-enough",
            RequirementCode::NotPersonal => "not-personal",
            RequirementCode::Matches => "matches",
        }
    }

    /// The catalog key, e.g. `policy.requirement.min-length`.
    ///
    /// ```
    /// use signup_guard::password::RequirementCode;
    /// assert_eq!(RequirementCode::MinLength.key(), "policy.requirement.min-length");
    /// ```
    pub fn key(self) -> String {
        format!("policy.requirement.{}", self.code())
    }

    /// The failure reported when this requirement is not met.
    ///
    /// ```
    /// use signup_guard::password::{FailureCode, RequirementCode};
    /// assert_eq!(RequirementCode::Matches.failure(), FailureCode::Mismatch);
    /// ```
    pub fn failure(self) -> FailureCode {
        match self {
            RequirementCode::MinLength => FailureCode::TooShort,
            RequirementCode::MaxLength => FailureCode::TooLong,
            RequirementCode::Upper => FailureCode::NeedsUpper,
            RequirementCode::Lower => FailureCode::NeedsLower,
            RequirementCode::Letter => FailureCode::NeedsLetter,
            RequirementCode::Digit => FailureCode::NeedsDigit,
            RequirementCode::Special => FailureCode::NeedsSpecial,
            RequirementCode::NotCommon => FailureCode::Common,
            RequirementCode::StrongEnough => FailureCode::Weak,
            RequirementCode::NotPersonal => FailureCode::ContainsPersonalInfo,
            RequirementCode::Matches => FailureCode::Mismatch,
        }
    }
}

/// One requirement of the policy and whether the password meets it.
///
/// ```
/// use signup_guard::password::{check_password, PasswordOptions, RequirementCode};
/// let options = PasswordOptions::default();
/// let report = check_password("short", &options, &options.messages())?;
/// let min_length = report.policy.requirements.iter().find(|r| r.code == RequirementCode::MinLength).unwrap();
/// assert!(!min_length.met);
/// assert!(min_length.message.contains("15"));
/// # Ok::<(), signup_guard::password::PolicyError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Requirement {
    /// Which requirement.
    pub code: RequirementCode,
    /// Its label, in the requested language.
    pub message: String,
    /// Whether the password meets it now.
    pub met: bool,
}

/// The policy's verdict.
///
/// ```
/// use signup_guard::password::{check_password, PasswordOptions};
/// let options = PasswordOptions::default();
/// let report = check_password("violet-kettle-Harbour-9-lantern", &options, &options.messages())?;
/// assert!(report.policy.ok);
/// assert!(report.policy.failures.is_empty());
/// assert!(report.policy.requirements.iter().all(|r| r.met));
/// # Ok::<(), signup_guard::password::PolicyError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PolicyReport {
    /// True when there are no failures.
    pub ok: bool,
    /// The rules broken, in requirement order, each with its message.
    pub failures: Vec<Coded<FailureCode>>,
    /// Every requirement the policy has (only those it has), each marked met or not.
    pub requirements: Vec<Requirement>,
}

/// What the rules need to know about a password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    /// Length in code points after NFC.
    pub length: usize,
    /// Contains an uppercase letter.
    pub has_upper: bool,
    /// Contains a lowercase letter.
    pub has_lower: bool,
    /// Contains a letter.
    pub has_letter: bool,
    /// Contains a digit.
    pub has_digit: bool,
    /// Contains a character other than letters and digits.
    pub has_special: bool,
    /// The whole password is a dictionary entry.
    pub common: bool,
    /// zxcvbn's own score.
    pub zxcvbn_score: u8,
    /// At least one usable context word was given.
    pub has_context_words: bool,
    /// The password contains a context word.
    pub contains_personal_info: bool,
    /// Whether the confirmation matches, when one was given.
    pub confirmation_matches: Option<bool>,
}

impl Facts {
    /// The character-class facts of `normalized`; the rest start as "nothing found".
    pub fn of_text(normalized: &str) -> Facts {
        let mut facts = Facts {
            length: 0,
            has_upper: false,
            has_lower: false,
            has_letter: false,
            has_digit: false,
            has_special: false,
            common: false,
            zxcvbn_score: 0,
            has_context_words: false,
            contains_personal_info: false,
            confirmation_matches: None,
        };
        for c in normalized.chars() {
            facts.length += 1;
            facts.has_upper |= c.is_uppercase();
            facts.has_lower |= c.is_lowercase();
            facts.has_letter |= c.is_alphabetic();
            facts.has_digit |= c.is_numeric();
            facts.has_special |= !c.is_alphanumeric();
        }
        facts
    }
}

/// Applies `policy` to `facts`, with messages in `messages`.
pub fn evaluate(policy: &Policy, facts: &Facts, messages: &Messages) -> PolicyReport {
    let min = policy.min_length.to_string();
    let max = policy.max_length.to_string();
    let checks: [(RequirementCode, bool, bool); 11] = [
        (
            RequirementCode::MinLength,
            true,
            facts.length >= policy.min_length,
        ),
        (
            RequirementCode::MaxLength,
            true,
            facts.length <= policy.max_length,
        ),
        (
            RequirementCode::Upper,
            policy.require_upper,
            facts.has_upper,
        ),
        (
            RequirementCode::Lower,
            policy.require_lower,
            facts.has_lower,
        ),
        (
            RequirementCode::Letter,
            policy.require_letter,
            facts.has_letter,
        ),
        (
            RequirementCode::Digit,
            policy.require_digit,
            facts.has_digit,
        ),
        (
            RequirementCode::Special,
            policy.require_special,
            facts.has_special,
        ),
        (
            RequirementCode::NotCommon,
            policy.reject_common,
            !facts.common,
        ),
        (
            RequirementCode::StrongEnough,
            policy.min_score > 0,
            facts.zxcvbn_score >= policy.min_score,
        ),
        (
            RequirementCode::NotPersonal,
            policy.reject_personal_info && facts.has_context_words,
            !facts.contains_personal_info,
        ),
        (
            RequirementCode::Matches,
            facts.confirmation_matches.is_some(),
            facts.confirmation_matches.unwrap_or(true),
        ),
    ];
    let args = |code: RequirementCode| -> Vec<(&str, &str)> {
        match code {
            RequirementCode::MinLength => vec![("min", min.as_str())],
            RequirementCode::MaxLength => vec![("max", max.as_str())],
            _ => Vec::new(),
        }
    };
    let mut requirements = Vec::new();
    let mut failures = Vec::new();
    for (code, applies, met) in checks {
        if !applies {
            continue;
        }
        let args = args(code);
        requirements.push(Requirement {
            code,
            message: messages.text(&code.key(), &args),
            met,
        });
        if !met {
            let failure = code.failure();
            failures.push(Coded {
                code: failure,
                message: messages.text(&failure.key(), &args),
            });
        }
    }
    PolicyReport {
        ok: failures.is_empty(),
        failures,
        requirements,
    }
}
