//! Password policies: the named presets and their resolution with the caller's overrides.
//!
//! Sources and reasoning for each preset are in `docs/password-policy.md`.

use super::options::{CustomPolicy, PolicyOption};
use serde::{Deserialize, Serialize};

/// The default maximum length of every preset: generous, above the 64 the standards ask for.
pub const DEFAULT_MAX_LENGTH: usize = 256;

/// A named policy preset.
///
/// ```
/// use signup_guard::password::PresetName;
/// assert_eq!(PresetName::default(), PresetName::Nist);
/// assert_eq!(serde_json::from_str::<PresetName>(r#""pci-dss-4""#).unwrap(), PresetName::PciDss4);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum PresetName {
    /// NIST SP 800-63B rev. 4: 15 characters (8 with MFA), blocklist, no composition rules.
    #[default]
    Nist,
    /// OWASP ASVS 5.0 level 1: 8 characters, top-passwords check, no composition rules.
    #[serde(rename = "asvs-l1")]
    AsvsL1,
    /// OWASP ASVS 5.0 level 2: level 1 plus context words (and a breach check, done elsewhere).
    #[serde(rename = "asvs-l2")]
    AsvsL2,
    /// PCI DSS 4.0 requirement 8.3.6: 12 characters with letters and digits.
    #[serde(rename = "pci-dss-4")]
    PciDss4,
    /// Classic composition rules: 8 characters with upper, lower, digit and special.
    Composition,
}

impl PresetName {
    /// Every preset.
    pub const ALL: [PresetName; 5] = [
        PresetName::Nist,
        PresetName::AsvsL1,
        PresetName::AsvsL2,
        PresetName::PciDss4,
        PresetName::Composition,
    ];

    /// The preset's name as callers write it.
    ///
    /// ```
    /// use signup_guard::password::PresetName;
    /// assert_eq!(PresetName::AsvsL2.name(), "asvs-l2");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            PresetName::Nist => "nist",
            PresetName::AsvsL1 => "asvs-l1",
            PresetName::AsvsL2 => "asvs-l2",
            PresetName::PciDss4 => "pci-dss-4",
            PresetName::Composition => "composition",
        }
    }
}

/// A resolved policy: every rule with its value.
///
/// ```
/// use signup_guard::password::{Policy, PresetName, DEFAULT_MAX_LENGTH};
/// let nist = Policy::preset(PresetName::Nist, false);
/// assert_eq!((nist.min_length, nist.max_length, nist.min_score), (15, DEFAULT_MAX_LENGTH, 3));
/// assert!(nist.reject_common && !nist.require_digit);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Policy {
    /// Minimum length in code points after NFC.
    pub min_length: usize,
    /// Maximum length in code points after NFC.
    pub max_length: usize,
    /// Minimum zxcvbn score; 0 means no requirement.
    pub min_score: u8,
    /// An uppercase letter is required.
    pub require_upper: bool,
    /// A lowercase letter is required.
    pub require_lower: bool,
    /// A digit is required.
    pub require_digit: bool,
    /// A character that is neither letter nor digit is required.
    pub require_special: bool,
    /// A letter of either case is required.
    pub require_letter: bool,
    /// Passwords that are as a whole a dictionary entry are rejected.
    pub reject_common: bool,
    /// Passwords containing a context word are rejected.
    pub reject_personal_info: bool,
}

/// A custom policy that cannot be applied.
///
/// ```
/// use signup_guard::password::{CustomPolicy, Policy, PolicyError, PolicyOption};
/// let custom = CustomPolicy { min_score: Some(5), ..Default::default() };
/// assert_eq!(Policy::resolve(&PolicyOption::Custom(custom), false), Err(PolicyError::MinScoreAboveFour(5)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    /// The minimum length is above the maximum.
    #[error("policy: minLength {min} is greater than maxLength {max}")]
    MinAboveMax {
        /// The minimum length asked for.
        min: usize,
        /// The maximum length asked for.
        max: usize,
    },
    /// The minimum score is above zxcvbn's highest score, 4.
    #[error("policy: minScore {0} is above 4")]
    MinScoreAboveFour(u8),
}

impl Policy {
    /// The preset `name`; `mfa` says whether the password is one of several factors.
    ///
    /// ```
    /// use signup_guard::password::{Policy, PresetName};
    /// assert_eq!(Policy::preset(PresetName::Nist, true).min_length, 8); // NIST with MFA
    /// assert!(Policy::preset(PresetName::Composition, false).require_special);
    /// ```
    pub fn preset(name: PresetName, mfa: bool) -> Policy {
        let none = Policy {
            min_length: 8,
            max_length: DEFAULT_MAX_LENGTH,
            min_score: 0,
            require_upper: false,
            require_lower: false,
            require_digit: false,
            require_special: false,
            require_letter: false,
            reject_common: false,
            reject_personal_info: false,
        };
        match name {
            PresetName::Nist => Policy {
                min_length: if mfa { 8 } else { 15 },
                min_score: 3,
                reject_common: true,
                reject_personal_info: true,
                ..none
            },
            PresetName::AsvsL1 => Policy {
                reject_common: true,
                ..none
            },
            PresetName::AsvsL2 => Policy {
                reject_common: true,
                reject_personal_info: true,
                ..none
            },
            PresetName::PciDss4 => Policy {
                min_length: 12,
                require_letter: true,
                require_digit: true,
                ..none
            },
            PresetName::Composition => Policy {
                require_upper: true,
                require_lower: true,
                require_digit: true,
                require_special: true,
                ..none
            },
        }
    }

    /// The policy `option` describes, with the top-level `mfa` flag.
    ///
    /// ```
    /// use signup_guard::password::{Policy, PolicyOption, PresetName};
    /// let policy = Policy::resolve(&PolicyOption::Preset(PresetName::PciDss4), false)?;
    /// assert_eq!(policy.min_length, 12);
    /// assert!(policy.require_digit && policy.require_letter);
    /// # Ok::<(), signup_guard::password::PolicyError>(())
    /// ```
    pub fn resolve(option: &PolicyOption, mfa: bool) -> Result<Policy, PolicyError> {
        let policy = match option {
            PolicyOption::Preset(name) => Policy::preset(*name, mfa),
            PolicyOption::Custom(custom) => Policy::customized(custom, mfa),
        };
        if policy.min_length > policy.max_length {
            return Err(PolicyError::MinAboveMax {
                min: policy.min_length,
                max: policy.max_length,
            });
        }
        if policy.min_score > 4 {
            return Err(PolicyError::MinScoreAboveFour(policy.min_score));
        }
        Ok(policy)
    }

    fn customized(custom: &CustomPolicy, mfa: bool) -> Policy {
        let base = Policy::preset(custom.preset.unwrap_or_default(), custom.mfa.unwrap_or(mfa));
        Policy {
            min_length: custom.min_length.unwrap_or(base.min_length),
            max_length: custom.max_length.unwrap_or(base.max_length),
            min_score: custom.min_score.unwrap_or(base.min_score),
            require_upper: custom.require_upper.unwrap_or(base.require_upper),
            require_lower: custom.require_lower.unwrap_or(base.require_lower),
            require_digit: custom.require_digit.unwrap_or(base.require_digit),
            require_special: custom.require_special.unwrap_or(base.require_special),
            require_letter: custom.require_letter.unwrap_or(base.require_letter),
            reject_common: custom.reject_common.unwrap_or(base.reject_common),
            reject_personal_info: custom
                .reject_personal_info
                .unwrap_or(base.reject_personal_info),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nist_needs_15_characters_alone_and_8_with_mfa() {
        assert_eq!(Policy::preset(PresetName::Nist, false).min_length, 15);
        assert_eq!(Policy::preset(PresetName::Nist, true).min_length, 8);
        assert_eq!(Policy::preset(PresetName::PciDss4, true).min_length, 12);
        for name in PresetName::ALL {
            assert!(Policy::preset(name, false).max_length >= 64, "{name:?}");
        }
    }

    #[test]
    fn custom_fields_override_the_named_preset_one_by_one() {
        let custom = CustomPolicy {
            preset: Some(PresetName::Composition),
            min_length: Some(10),
            require_special: Some(false),
            ..CustomPolicy::default()
        };
        let p = Policy::resolve(&PolicyOption::Custom(custom), false);
        assert_eq!(
            p,
            Ok(Policy {
                min_length: 10,
                require_special: false,
                ..Policy::preset(PresetName::Composition, false)
            })
        );
        let mfa_in_object = CustomPolicy {
            mfa: Some(true),
            ..CustomPolicy::default()
        };
        let p = Policy::resolve(&PolicyOption::Custom(mfa_in_object), false);
        assert_eq!(p.map(|p| p.min_length), Ok(8));
    }

    #[test]
    fn contradictory_custom_policies_are_errors() {
        let custom = CustomPolicy {
            min_length: Some(300),
            ..CustomPolicy::default()
        };
        assert_eq!(
            Policy::resolve(&PolicyOption::Custom(custom), false),
            Err(PolicyError::MinAboveMax { min: 300, max: 256 })
        );
        let custom = CustomPolicy {
            min_score: Some(5),
            ..CustomPolicy::default()
        };
        assert_eq!(
            Policy::resolve(&PolicyOption::Custom(custom), false),
            Err(PolicyError::MinScoreAboveFour(5))
        );
    }
}
