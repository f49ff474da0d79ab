//! The caller's options for [`super::check_password`], as they arrive from JavaScript or Rust.

use super::policy::PresetName;
use crate::messages::{Lang, Messages};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;

/// Options for one password check. Every field is optional; unknown fields are an error.
///
/// Deserialized from a map, so that unknown fields are seen even by deserializers that look
/// up only a struct's declared fields, as serde-wasm-bindgen does for plain structs (it would
/// silently ignore `{ polcy: "nist" }`). The policy object is read the same way.
///
/// ```
/// use signup_guard::password::{PasswordOptions, PolicyOption, PresetName};
/// // Options as JSON (the same shape the JavaScript API takes); unknown names are an error.
/// let options: PasswordOptions = serde_json::from_str(r#"{"policy": "asvs-l1", "lang": "fr"}"#).unwrap();
/// assert_eq!(options.policy, PolicyOption::Preset(PresetName::AsvsL1));
/// assert!(serde_json::from_str::<PasswordOptions>(r#"{"polcy": "nist"}"#).is_err());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(
    remote = "Self",
    default,
    deny_unknown_fields,
    rename_all = "camelCase"
)]
pub struct PasswordOptions {
    /// Context words: e-mail address, name parts, username, the site's own name.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub user_inputs: Vec<String>,
    /// The policy: a preset name, or a custom object overriding a preset field by field.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub policy: PolicyOption,
    /// Whether the password is one factor of several (NIST then allows 8 characters).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub mfa: bool,
    /// The second entry of the password, if the form asks for one.
    pub confirmation: Option<String>,
    /// BCP 47 language tag for messages (`de`, `fr-CA`…); anything unsupported is English.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub lang: String,
    /// Text overrides by catalog key, e.g. `{"policy.too-short": "…"}`.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub messages: HashMap<String, String>,
}

impl<'de> Deserialize<'de> for PasswordOptions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OptionsVisitor;

        impl<'de> Visitor<'de> for OptionsVisitor {
            type Value = PasswordOptions;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an options object")
            }

            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<PasswordOptions, M::Error> {
                // The derived, strict deserializer (`remote = "Self"`), fed every key.
                PasswordOptions::deserialize(de::value::MapAccessDeserializer::new(map))
            }

            fn visit_unit<E: de::Error>(self) -> Result<PasswordOptions, E> {
                Ok(PasswordOptions::default())
            }

            fn visit_none<E: de::Error>(self) -> Result<PasswordOptions, E> {
                Ok(PasswordOptions::default())
            }
        }

        deserializer.deserialize_any(OptionsVisitor)
    }
}

impl PasswordOptions {
    /// The messages these options ask for: `lang` with the `messages` overrides.
    ///
    /// ```
    /// use signup_guard::password::PasswordOptions;
    /// use signup_guard::messages::Lang;
    /// let options = PasswordOptions { lang: "es-MX".into(), ..Default::default() };
    /// assert_eq!(options.messages().lang(), Lang::Es);
    /// ```
    pub fn messages(&self) -> Messages {
        Messages::with_overrides(Lang::from_tag(&self.lang), self.messages.clone())
    }
}

/// A policy as the caller names it.
///
/// ```
/// use signup_guard::password::{PolicyOption, PresetName};
/// assert_eq!(PolicyOption::default(), PolicyOption::Preset(PresetName::Nist));
/// let custom: PolicyOption = serde_json::from_str(r#"{"preset": "pci-dss-4", "minLength": 14}"#).unwrap();
/// assert!(matches!(custom, PolicyOption::Custom(_)));
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(ts_rs::TS),
    ts(untagged)
)]
pub enum PolicyOption {
    /// One of the presets, by name (`"nist"`, `"asvs-l1"`…).
    Preset(PresetName),
    /// A preset (NIST when not named) with some fields overridden.
    Custom(CustomPolicy),
}

impl Default for PolicyOption {
    fn default() -> Self {
        PolicyOption::Preset(PresetName::default())
    }
}

/// Field-by-field overrides of a preset; fields left out keep the preset's value.
///
/// ```
/// use signup_guard::password::{CustomPolicy, Policy, PolicyOption, PresetName};
/// let custom = CustomPolicy { preset: Some(PresetName::AsvsL1), min_length: Some(10), require_digit: Some(true), ..Default::default() };
/// let policy = Policy::resolve(&PolicyOption::Custom(custom), false)?;
/// assert_eq!(policy.min_length, 10);
/// assert!(policy.require_digit);
/// # Ok::<(), signup_guard::password::PolicyError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct CustomPolicy {
    /// The preset to start from; NIST when left out.
    pub preset: Option<PresetName>,
    /// Minimum length in code points after NFC.
    pub min_length: Option<usize>,
    /// Maximum length in code points after NFC.
    pub max_length: Option<usize>,
    /// Overrides the top-level `mfa` option for this policy.
    pub mfa: Option<bool>,
    /// Minimum zxcvbn score, 0 (no requirement) to 4.
    pub min_score: Option<u8>,
    /// Require an uppercase letter.
    pub require_upper: Option<bool>,
    /// Require a lowercase letter.
    pub require_lower: Option<bool>,
    /// Require a digit.
    pub require_digit: Option<bool>,
    /// Require a character that is neither letter nor digit.
    pub require_special: Option<bool>,
    /// Require a letter of either case.
    pub require_letter: Option<bool>,
    /// Reject passwords that are, as a whole, a common password or dictionary word.
    pub reject_common: Option<bool>,
    /// Reject passwords containing a context word.
    pub reject_personal_info: Option<bool>,
}

impl<'de> Deserialize<'de> for PolicyOption {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PolicyVisitor;

        impl<'de> Visitor<'de> for PolicyVisitor {
            type Value = PolicyOption;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a policy preset name or a custom policy object")
            }

            fn visit_str<E: de::Error>(self, name: &str) -> Result<PolicyOption, E> {
                PresetName::deserialize(de::value::StrDeserializer::<E>::new(name))
                    .map(PolicyOption::Preset)
            }

            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<PolicyOption, M::Error> {
                CustomPolicy::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(PolicyOption::Custom)
            }

            fn visit_unit<E: de::Error>(self) -> Result<PolicyOption, E> {
                Ok(PolicyOption::default())
            }

            fn visit_none<E: de::Error>(self) -> Result<PolicyOption, E> {
                Ok(PolicyOption::default())
            }
        }

        deserializer.deserialize_any(PolicyVisitor)
    }
}
