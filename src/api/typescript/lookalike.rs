//! The lookalike checkers' results, declared for TypeScript.
//!
//! `src/lookalike/` is owned elsewhere, so its types carry no `ts-rs` derive yet; these mirrors
//! stand in for them and are tied to them so they cannot drift: every enum mirror is built by
//! an exhaustive `match` on the real enum (a new variant does not compile) and must serialize to
//! the same string, and every struct mirror must read the real result's JSON with
//! `deny_unknown_fields` and write it back unchanged (a new, renamed or removed field fails).
//! Moving the derive onto the real types makes this file unnecessary.

use crate::lookalike as real;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Declares a mirror of a fieldless enum of `crate::lookalike`, and `from_real` over all of
/// its variants, listed in `ALL`.
macro_rules! mirror_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($(#[$vdoc])* $variant),+ }

        impl $name {
            /// Every variant of the real enum.
            #[allow(dead_code)]
            pub const ALL: &'static [real::$name] = &[$(real::$name::$variant),+];

            /// The mirror of `value` (exhaustive: a new real variant stops the build).
            #[allow(dead_code)]
            pub fn from_real(value: real::$name) -> Self {
                match value { $(real::$name::$variant => $name::$variant),+ }
            }
        }
    };
}

mirror_enum! {
    /// Why a URL, email or page origin was flagged.
    ReasonCode {
        InvalidInput, DangerousScheme, UserinfoTrick, CredentialsInUrl, IpAddress,
        ObfuscatedIpAddress, Homograph, DigitLookalike, DiacriticLookalike, Typosquat, TldSwap,
        EmbeddedDomain, BrandWithLure, MixedScript, WholeScriptConfusable,
        DigitLookalikeCharacters, InvisibleCharacter, UnusualCharacter, Development, NotOfficial,
        InvalidEmail, PossibleTypo, Disposable,
    }
}

mirror_enum! {
    /// How serious a reason is.
    Severity { Info, Warning, Danger }
}

mirror_enum! {
    /// The overall judgement: the most serious reason's severity (`invalid` for unparsable input).
    Verdict { Safe, Suspicious, Dangerous, Invalid }
}

/// One reason for a verdict, with its text in the requested language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Reason {
    /// What was found.
    pub code: ReasonCode,
    /// How serious it is.
    pub severity: Severity,
    /// The explanation for the person, from the catalog.
    pub message: String,
}

/// What `checkUrl` says about a URL or bare host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct UrlCheck {
    /// The overall judgement.
    pub verdict: Verdict,
    /// The host as it should be shown: Unicode, or punycode where Unicode would deceive.
    pub display_host: String,
    /// The host in ASCII (punycode); IP addresses in their normal form.
    pub ascii_host: String,
    /// The registrable domain (public suffix plus one label), in ASCII.
    pub registrable_domain: Option<String>,
    /// The protected domain this host imitates, in Unicode.
    pub lookalike_of: Option<String>,
    /// Why, most serious first.
    pub reasons: Vec<Reason>,
}

/// What `checkEmail` says about an email address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EmailCheck {
    /// Whether the address has a valid form (HTML standard rule, IDN domains allowed).
    pub valid: bool,
    /// The address trimmed, with the domain in lowercase ASCII; `null` when invalid.
    pub normalized: Option<String>,
    /// The domain in lowercase ASCII; `null` when invalid.
    pub domain: Option<String>,
    /// The full corrected address when the domain looks like a mistyped mail provider.
    pub suggestion: Option<String>,
    /// Whether the domain belongs to a disposable mail service.
    pub disposable: bool,
    /// The protected domain the mail domain imitates, in Unicode.
    pub lookalike_of: Option<String>,
    /// Why, most serious first.
    pub reasons: Vec<Reason>,
}

/// What `checkPageOrigin` says about the host the page runs on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PageOriginCheck {
    /// Whether the page runs on an official domain or one of its subdomains.
    pub official: bool,
    /// The overall judgement (`safe` for official and development hosts).
    pub verdict: Verdict,
    /// The official domain to name to the person: the one imitated, or the first listed.
    pub official_domain: Option<String>,
    /// The official domain this host imitates, if it imitates one.
    pub lookalike_of: Option<String>,
    /// Why, most serious first.
    pub reasons: Vec<Reason>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lookalike::{
        check_email, check_page_origin, check_url, CheckOptions, ProtectedDomains,
    };
    use crate::messages::{Lang, Messages};
    use serde::de::DeserializeOwned;
    use serde_json::Value;

    /// The mirror `M` reads `real`'s JSON strictly and writes it back unchanged.
    fn round_trips<M: Serialize + DeserializeOwned>(real: &impl Serialize) {
        let json = serde_json::to_value(real).expect("serialize the real result");
        let mirror: M = serde_json::from_value(json.clone())
            .unwrap_or_else(|e| panic!("the mirror does not read {json}: {e}"));
        assert_eq!(
            serde_json::to_value(&mirror).expect("serialize the mirror"),
            json
        );
    }

    fn same_strings<M: Serialize, R: Serialize + Copy>(all: &[R], from_real: impl Fn(R) -> M) {
        for &value in all {
            assert_eq!(
                serde_json::to_value(from_real(value)).ok(),
                serde_json::to_value(value).ok()
            );
        }
    }

    #[test]
    fn enum_mirrors_serialize_like_the_real_enums() {
        same_strings(ReasonCode::ALL, ReasonCode::from_real);
        same_strings(Severity::ALL, Severity::from_real);
        same_strings(Verdict::ALL, Verdict::from_real);
    }

    #[test]
    fn struct_mirrors_read_and_write_the_real_results() {
        let en = Messages::new(Lang::En);
        let options = CheckOptions::default();
        for url in [
            "https://аррӏе.com/",
            "https://example.com/",
            "not a url",
            "http://127.0.0.1/",
        ] {
            round_trips::<UrlCheck>(&check_url(url, &options, &en));
        }
        for email in [
            "ada@gmial.com",
            "ada@",
            "ada@mailinator.com",
            "ada@example.com",
        ] {
            round_trips::<EmailCheck>(&check_email(email, &options, &en));
        }
        let official = ProtectedDomains::new(["example-shop.com"]);
        for host in [
            "examp1e-shop.com",
            "localhost",
            "example-shop.com",
            "other.org",
        ] {
            round_trips::<PageOriginCheck>(&check_page_origin(host, &official, &en));
        }
        let first = serde_json::to_value(check_url("https://аррӏе.com/", &options, &en))
            .expect("serialize");
        assert!(matches!(&first["reasons"], Value::Array(r) if !r.is_empty()));
    }
}
