//! `check_email`: syntax, "did you mean" for mistyped providers, disposable domains and
//! lookalikes of protected domains.

use super::disposable::is_disposable;
use super::email_syntax::parse_email;
use super::mail_suggest::suggest_provider;
use super::reason::{Reason, ReasonCode};
use super::url_check::{analyze_domain, sort_reasons, CheckOptions};
use crate::messages::Messages;
use serde::Serialize;

/// The result of [`check_email`].
///
/// ```
/// use signup_guard::lookalike::{check_email, CheckOptions};
/// use signup_guard::messages::{Lang, Messages};
/// let result = check_email("ada@mailinator.com", &CheckOptions::default(), &Messages::new(Lang::En));
/// assert!(result.valid);
/// assert!(result.disposable);
/// assert_eq!(result.domain.as_deref(), Some("mailinator.com"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct EmailCheck {
    /// Whether the address has a valid form (HTML standard rule, IDN domains allowed).
    pub valid: bool,
    /// The address trimmed, with the domain in lowercase ASCII; absent (`null` in JavaScript) when invalid.
    pub normalized: Option<String>,
    /// The domain in lowercase ASCII; absent (`null` in JavaScript) when invalid.
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

/// Checks an email address typed into a signup form.
///
/// ```
/// use signup_guard::lookalike::{check_email, CheckOptions, ReasonCode};
/// use signup_guard::messages::{Lang, Messages};
/// let en = Messages::new(Lang::En);
/// let typo = check_email("ada@gmial.com", &CheckOptions::default(), &en);
/// assert_eq!(typo.suggestion.as_deref(), Some("ada@gmail.com"));
/// assert_eq!(typo.reasons[0].message, "Did you mean ada@gmail.com?");
/// let invalid = check_email("ada@", &CheckOptions::default(), &en);
/// assert!(!invalid.valid);
/// assert_eq!(invalid.reasons[0].code, ReasonCode::InvalidEmail);
/// ```
pub fn check_email(email: &str, options: &CheckOptions<'_>, messages: &Messages) -> EmailCheck {
    let Ok(parts) = parse_email(email) else {
        return EmailCheck {
            valid: false,
            normalized: None,
            domain: None,
            suggestion: None,
            disposable: false,
            lookalike_of: None,
            reasons: vec![Reason::new(ReasonCode::InvalidEmail, messages, &[])],
        };
    };
    let mut reasons = Vec::new();
    let suggestion = suggest_provider(&parts.domain).map(|p| format!("{}@{p}", parts.local));
    if let Some(suggested) = &suggestion {
        reasons.push(Reason::new(
            ReasonCode::PossibleTypo,
            messages,
            &[("suggestion", suggested)],
        ));
    }
    let disposable = match options.site_domains {
        Some(site) => site.is_disposable(&parts.domain),
        None => is_disposable(&parts.domain),
    };
    if disposable {
        reasons.push(Reason::new(
            ReasonCode::Disposable,
            messages,
            &[("domain", &parts.domain)],
        ));
    }
    let mut lookalike_of = None;
    if let Some(analysis) = analyze_domain(&parts.domain, options, messages) {
        lookalike_of = analysis.lookalike_of;
        for reason in analysis.reasons {
            // A typo of a provider is already explained by the suggestion.
            let explained = suggestion.is_some()
                && matches!(reason.code, ReasonCode::Typosquat | ReasonCode::TldSwap);
            if !explained {
                reasons.push(reason);
            }
        }
    }
    sort_reasons(&mut reasons);
    EmailCheck {
        valid: true,
        normalized: Some(format!("{}@{}", parts.local, parts.domain)),
        domain: Some(parts.domain),
        suggestion,
        disposable,
        lookalike_of,
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lookalike::ProtectedDomains;
    use crate::messages::Lang;

    fn check(email: &str) -> EmailCheck {
        check_email(email, &CheckOptions::default(), &Messages::new(Lang::En))
    }

    #[test]
    fn valid_ordinary_address() {
        let r = check(" Ann.Lee@Gmail.com ");
        assert!(r.valid);
        assert_eq!(r.normalized.as_deref(), Some("Ann.Lee@gmail.com"));
        assert_eq!(r.domain.as_deref(), Some("gmail.com"));
        assert_eq!(r.suggestion, None);
        assert!(!r.disposable);
        assert!(r.reasons.is_empty(), "{:?}", r.reasons);
    }

    #[test]
    fn invalid_address() {
        let r = check("ann@@example.com");
        assert!(!r.valid);
        assert_eq!(r.reasons[0].code, ReasonCode::InvalidEmail);
        assert_eq!(r.normalized, None);
    }

    #[test]
    fn typo_gets_a_full_suggestion() {
        let r = check("ann@gmial.com");
        assert_eq!(r.suggestion.as_deref(), Some("ann@gmail.com"));
        assert_eq!(r.lookalike_of.as_deref(), Some("gmail.com"));
        // The maintained disposable list also holds `gmial.com`; no lookalike reason repeats
        // what the suggestion says.
        assert_eq!(r.reasons[0].code, ReasonCode::PossibleTypo);
        assert!(!r.reasons.iter().any(|x| x.code == ReasonCode::Typosquat));
        assert!(r.reasons[0].message.contains("ann@gmail.com"));
        assert_eq!(check("ann@me.com").suggestion, None);
        assert_eq!(check("ann@gmx.net").suggestion, None);
    }

    #[test]
    fn disposable_and_lookalike_domains() {
        let r = check("x@mailinator.com");
        assert!(r.disposable);
        assert_eq!(r.reasons[0].code, ReasonCode::Disposable);
        let mine = ProtectedDomains::new(["acme-corp.com"]);
        let r = check_email(
            "ceo@acme-c0rp.com",
            &CheckOptions::with_protected(&mine),
            &Messages::new(Lang::En),
        );
        assert_eq!(r.lookalike_of.as_deref(), Some("acme-corp.com"));
        assert_eq!(r.reasons[0].code, ReasonCode::DigitLookalike);
    }

    #[test]
    fn idn_domain_is_accepted() {
        let r = check("jo@bücher.de");
        assert!(r.valid);
        assert_eq!(r.domain.as_deref(), Some("xn--bcher-kva.de"));
    }
}
