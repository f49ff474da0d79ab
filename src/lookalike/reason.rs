//! Reason codes, their severity and localized text, and the overall verdict.

use crate::messages::Messages;
use serde::Serialize;

/// Why a URL, host or email address was flagged (serialized in kebab-case).
///
/// ```
/// use signup_guard::lookalike::ReasonCode;
/// assert_eq!(ReasonCode::UserinfoTrick.as_str(), "userinfo-trick");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub enum ReasonCode {
    /// The input is not a URL, host or domain that can be checked.
    InvalidInput,
    /// A `javascript:`, `data:` or `vbscript:` URL, which runs code instead of opening a site.
    DangerousScheme,
    /// Text before `@` in the URL poses as a site (`https://bank.com@evil.example`).
    UserinfoTrick,
    /// The URL carries a user name or password.
    CredentialsInUrl,
    /// The host is a raw IP address.
    IpAddress,
    /// The host is an IP address written in a disguised form (decimal, hex, octal).
    ObfuscatedIpAddress,
    /// Looks identical to a protected domain, using letters of other alphabets.
    Homograph,
    /// Imitates a protected domain with digits in place of letters (`paypa1`).
    DigitLookalike,
    /// Imitates a protected domain with accented letters (`paypäl`).
    DiacriticLookalike,
    /// One typo away from a protected domain (`paypall`, `paypla`).
    Typosquat,
    /// The same name as a protected domain under a different ending (`paypal.co`).
    TldSwap,
    /// A protected domain appears inside a host that belongs to someone else.
    EmbeddedDomain,
    /// A protected brand combined with a word such as "login" or "secure".
    BrandWithLure,
    /// Letters of several alphabets mixed in one name.
    MixedScript,
    /// A name written in another alphabet whose letters all look Latin.
    WholeScriptConfusable,
    /// Characters that imitate digits, or digits of several numbering systems.
    DigitLookalikeCharacters,
    /// Invisible characters such as zero-width spaces or joiners.
    InvisibleCharacter,
    /// Symbols, rare letters or sequences that are easy to misread.
    UnusualCharacter,
    /// The page runs on a development host (localhost).
    Development,
    /// The page does not run on an official domain.
    NotOfficial,
    /// Email: the address does not have a valid form.
    InvalidEmail,
    /// Email: the domain looks like a mistyped common mail provider.
    PossibleTypo,
    /// Email: the domain belongs to a disposable (throwaway) mail service.
    Disposable,
}

/// How serious a reason is.
///
/// ```
/// use signup_guard::lookalike::{ReasonCode, Severity};
/// assert_eq!(ReasonCode::Homograph.severity(), Severity::Danger);
/// assert!(Severity::Info < Severity::Danger);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub enum Severity {
    /// Worth knowing; not a warning.
    Info,
    /// Suspicious: look twice.
    Warning,
    /// Very likely an attack.
    Danger,
}

impl ReasonCode {
    /// The code as serialized (kebab-case).
    ///
    /// ```
    /// use signup_guard::lookalike::ReasonCode;
    /// assert_eq!(ReasonCode::PossibleTypo.as_str(), "possible-typo");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            ReasonCode::InvalidInput => "invalid-input",
            ReasonCode::DangerousScheme => "dangerous-scheme",
            ReasonCode::UserinfoTrick => "userinfo-trick",
            ReasonCode::CredentialsInUrl => "credentials-in-url",
            ReasonCode::IpAddress => "ip-address",
            ReasonCode::ObfuscatedIpAddress => "obfuscated-ip-address",
            ReasonCode::Homograph => "homograph",
            ReasonCode::DigitLookalike => "digit-lookalike",
            ReasonCode::DiacriticLookalike => "diacritic-lookalike",
            ReasonCode::Typosquat => "typosquat",
            ReasonCode::TldSwap => "tld-swap",
            ReasonCode::EmbeddedDomain => "embedded-domain",
            ReasonCode::BrandWithLure => "brand-with-lure",
            ReasonCode::MixedScript => "mixed-script",
            ReasonCode::WholeScriptConfusable => "whole-script-confusable",
            ReasonCode::DigitLookalikeCharacters => "digit-lookalike-characters",
            ReasonCode::InvisibleCharacter => "invisible-character",
            ReasonCode::UnusualCharacter => "unusual-character",
            ReasonCode::Development => "development",
            ReasonCode::NotOfficial => "not-official",
            ReasonCode::InvalidEmail => "invalid-email",
            ReasonCode::PossibleTypo => "possible-typo",
            ReasonCode::Disposable => "disposable",
        }
    }

    /// The catalog key of this code's message.
    ///
    /// ```
    /// use signup_guard::lookalike::ReasonCode;
    /// assert_eq!(ReasonCode::Typosquat.message_key(), "lookalike.reason.typosquat");
    /// assert_eq!(ReasonCode::Disposable.message_key(), "email.reason.disposable");
    /// ```
    pub fn message_key(self) -> String {
        match self {
            ReasonCode::InvalidEmail | ReasonCode::PossibleTypo | ReasonCode::Disposable => {
                format!("email.reason.{}", self.as_str())
            }
            _ => format!("lookalike.reason.{}", self.as_str()),
        }
    }

    /// How serious this reason is.
    ///
    /// ```
    /// use signup_guard::lookalike::{ReasonCode, Severity};
    /// assert_eq!(ReasonCode::Development.severity(), Severity::Info);
    /// ```
    pub fn severity(self) -> Severity {
        match self {
            ReasonCode::DangerousScheme
            | ReasonCode::UserinfoTrick
            | ReasonCode::ObfuscatedIpAddress
            | ReasonCode::Homograph
            | ReasonCode::DigitLookalike
            | ReasonCode::DiacriticLookalike
            | ReasonCode::EmbeddedDomain => Severity::Danger,
            ReasonCode::Development => Severity::Info,
            _ => Severity::Warning,
        }
    }
}

/// One reason with its localized message.
///
/// ```
/// use signup_guard::lookalike::{check_url, CheckOptions, ReasonCode};
/// use signup_guard::messages::{Lang, Messages};
/// let result = check_url("https://bank.com@evil.example/", &CheckOptions::default(), &Messages::new(Lang::En));
/// let reason = &result.reasons[0];
/// assert_eq!(reason.code, ReasonCode::UserinfoTrick);
/// assert!(!reason.message.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct Reason {
    /// The machine-readable code.
    pub code: ReasonCode,
    /// How serious it is.
    pub severity: Severity,
    /// The text for a person, in the requested language.
    pub message: String,
}

impl Reason {
    /// A reason for `code` with its message filled from `args`.
    ///
    /// ```
    /// use signup_guard::lookalike::{Reason, ReasonCode, Severity};
    /// use signup_guard::messages::{Lang, Messages};
    /// let reason = Reason::new(ReasonCode::PossibleTypo, &Messages::new(Lang::De), &[("suggestion", "ada@gmail.com")]);
    /// assert_eq!(reason.severity, Severity::Warning);
    /// assert!(reason.message.contains("ada@gmail.com"));
    /// ```
    pub fn new(code: ReasonCode, messages: &Messages, args: &[(&str, &str)]) -> Self {
        Reason {
            code,
            severity: code.severity(),
            message: messages.text(&code.message_key(), args),
        }
    }
}

/// The overall judgement of a URL or host.
///
/// ```
/// use signup_guard::lookalike::{check_url, CheckOptions, Verdict};
/// use signup_guard::messages::{Lang, Messages};
/// let en = Messages::new(Lang::En);
/// assert_eq!(check_url("https://example.org", &CheckOptions::default(), &en).verdict, Verdict::Safe);
/// assert_eq!(check_url("javascript:alert(1)", &CheckOptions::default(), &en).verdict, Verdict::Dangerous);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub enum Verdict {
    /// Nothing suspicious found.
    Safe,
    /// Look twice before trusting it.
    Suspicious,
    /// Very likely an attack.
    Dangerous,
    /// Not something that can be checked.
    Invalid,
}

impl Verdict {
    /// The verdict the most serious of `reasons` calls for.
    ///
    /// ```
    /// use signup_guard::lookalike::{Reason, ReasonCode, Verdict};
    /// use signup_guard::messages::{Lang, Messages};
    /// let en = Messages::new(Lang::En);
    /// assert_eq!(Verdict::from_reasons(&[]), Verdict::Safe);
    /// let reasons = [Reason::new(ReasonCode::IpAddress, &en, &[]), Reason::new(ReasonCode::Homograph, &en, &[])];
    /// assert_eq!(Verdict::from_reasons(&reasons), Verdict::Dangerous);
    /// ```
    pub fn from_reasons(reasons: &[Reason]) -> Verdict {
        match reasons.iter().map(|r| r.severity).max() {
            Some(Severity::Danger) => Verdict::Dangerous,
            Some(Severity::Warning) => Verdict::Suspicious,
            _ => Verdict::Safe,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    #[test]
    fn every_code_has_a_catalog_text() {
        let all = [
            ReasonCode::InvalidInput,
            ReasonCode::DangerousScheme,
            ReasonCode::UserinfoTrick,
            ReasonCode::CredentialsInUrl,
            ReasonCode::IpAddress,
            ReasonCode::ObfuscatedIpAddress,
            ReasonCode::Homograph,
            ReasonCode::DigitLookalike,
            ReasonCode::DiacriticLookalike,
            ReasonCode::Typosquat,
            ReasonCode::TldSwap,
            ReasonCode::EmbeddedDomain,
            ReasonCode::BrandWithLure,
            ReasonCode::MixedScript,
            ReasonCode::WholeScriptConfusable,
            ReasonCode::DigitLookalikeCharacters,
            ReasonCode::InvisibleCharacter,
            ReasonCode::UnusualCharacter,
            ReasonCode::Development,
            ReasonCode::NotOfficial,
            ReasonCode::InvalidEmail,
            ReasonCode::PossibleTypo,
            ReasonCode::Disposable,
        ];
        for code in all {
            for lang in Lang::ALL {
                assert!(
                    crate::messages::raw_text(lang, &code.message_key()).is_some(),
                    "{lang:?} lacks {}",
                    code.message_key()
                );
            }
            let json = serde_json_like(code);
            assert_eq!(json, code.as_str());
        }
    }

    fn serde_json_like(code: ReasonCode) -> String {
        // The serialized name is the variant name in kebab-case; as_str must agree with it.
        let debug = format!("{code:?}");
        let mut out = String::new();
        for (i, c) in debug.chars().enumerate() {
            if c.is_ascii_uppercase() {
                if i > 0 {
                    out.push('-');
                }
                out.push(c.to_ascii_lowercase());
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn verdict_follows_the_most_serious_reason() {
        let m = Messages::new(Lang::En);
        assert_eq!(Verdict::from_reasons(&[]), Verdict::Safe);
        let info = Reason::new(ReasonCode::Development, &m, &[]);
        let warn = Reason::new(ReasonCode::Typosquat, &m, &[("domain", "x")]);
        let danger = Reason::new(ReasonCode::Homograph, &m, &[("domain", "x")]);
        assert_eq!(
            Verdict::from_reasons(std::slice::from_ref(&info)),
            Verdict::Safe
        );
        assert_eq!(
            Verdict::from_reasons(&[info.clone(), warn.clone()]),
            Verdict::Suspicious
        );
        assert_eq!(
            Verdict::from_reasons(&[warn, danger, info]),
            Verdict::Dangerous
        );
    }
}
