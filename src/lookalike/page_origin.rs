//! `check_page_origin`: is the signup page itself running on an official host? A cloned page
//! on another domain, or a lookalike of the official one, gets a warning naming the official
//! domain; development hosts (localhost, loopback addresses) get an informational note.

use super::protected::ProtectedDomains;
use super::reason::{Reason, ReasonCode, Verdict};
use super::url_check::{analyze_domain, sort_reasons, CheckOptions};
use crate::messages::Messages;
use serde::Serialize;
use std::net::IpAddr;

/// The result of [`check_page_origin`].
///
/// ```
/// use signup_guard::lookalike::{check_page_origin, ProtectedDomains, Verdict};
/// use signup_guard::messages::{Lang, Messages};
/// let official = ProtectedDomains::new(["example-shop.com"]);
/// let check = check_page_origin("login.example-shop.com", &official, &Messages::new(Lang::En));
/// assert!(check.official);
/// assert_eq!(check.verdict, Verdict::Safe);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
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

/// Whether `host` is a development host: `localhost`, `*.localhost`, or a loopback or
/// unspecified IP address.
fn is_development_host(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if host == "localhost" || host.ends_with(".localhost") {
        return true;
    }
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    bare.parse::<IpAddr>()
        .is_ok_and(|ip| ip.is_loopback() || ip.is_unspecified())
}

/// Checks the host a signup page runs on (in the browser, `location.hostname`) against the
/// official domains of the site.
///
/// ```
/// use signup_guard::lookalike::{check_page_origin, ProtectedDomains, ReasonCode};
/// use signup_guard::messages::{Lang, Messages};
/// let official = ProtectedDomains::new(["example-shop.com"]);
/// let en = Messages::new(Lang::En);
/// let clone = check_page_origin("examp1e-shop.com", &official, &en);
/// assert!(!clone.official);
/// assert_eq!(clone.lookalike_of.as_deref(), Some("example-shop.com"));
/// let dev = check_page_origin("localhost", &official, &en);
/// assert_eq!(dev.reasons[0].code, ReasonCode::Development);
/// ```
pub fn check_page_origin(
    host: &str,
    official_domains: &ProtectedDomains,
    messages: &Messages,
) -> PageOriginCheck {
    let first_official = official_domains.domains().next().map(str::to_owned);
    if is_development_host(host) {
        return PageOriginCheck {
            official: false,
            verdict: Verdict::Safe,
            official_domain: first_official,
            lookalike_of: None,
            reasons: vec![Reason::new(
                ReasonCode::Development,
                messages,
                &[("host", host)],
            )],
        };
    }
    let options = CheckOptions {
        protected: Some(official_domains),
        builtin: false,
        site_domains: None,
    };
    let Some(analysis) = analyze_domain(host.trim(), &options, messages) else {
        return PageOriginCheck {
            official: false,
            verdict: Verdict::Invalid,
            official_domain: first_official,
            lookalike_of: None,
            reasons: vec![Reason::new(ReasonCode::InvalidInput, messages, &[])],
        };
    };
    if official_domains.contains_host(&analysis.ascii_host) {
        return PageOriginCheck {
            official: true,
            verdict: Verdict::Safe,
            official_domain: official_domains
                .owner_of(&analysis.ascii_host)
                .map(str::to_owned)
                .or(first_official),
            lookalike_of: None,
            reasons: Vec::new(),
        };
    }
    let official_domain = analysis.lookalike_of.clone().or(first_official);
    let mut reasons = analysis.reasons;
    if let Some(official) = &official_domain {
        reasons.push(Reason::new(
            ReasonCode::NotOfficial,
            messages,
            &[("host", &analysis.display_host), ("official", official)],
        ));
    }
    sort_reasons(&mut reasons);
    PageOriginCheck {
        official: false,
        verdict: Verdict::from_reasons(&reasons),
        official_domain,
        lookalike_of: analysis.lookalike_of,
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    fn check(host: &str) -> PageOriginCheck {
        let official = ProtectedDomains::new(["example-bank.com", "example-bank.de"]);
        check_page_origin(host, &official, &Messages::new(Lang::En))
    }

    #[test]
    fn official_hosts() {
        for host in [
            "example-bank.com",
            "www.example-bank.com",
            "signup.example-bank.de",
            "EXAMPLE-BANK.COM.",
        ] {
            let r = check(host);
            assert!(r.official, "{host}");
            assert_eq!(r.verdict, Verdict::Safe);
            assert!(r.reasons.is_empty());
        }
    }

    #[test]
    fn cloned_page_and_lookalike() {
        let clone = check("totally-different.example");
        assert!(!clone.official);
        assert_eq!(clone.verdict, Verdict::Suspicious);
        assert_eq!(clone.official_domain.as_deref(), Some("example-bank.com"));
        assert!(clone.reasons[0].message.contains("example-bank.com"));
        let look = check("examp1e-bank.com");
        assert_eq!(look.verdict, Verdict::Dangerous);
        assert_eq!(look.lookalike_of.as_deref(), Some("example-bank.com"));
        let de = check("example-bank.co");
        assert_eq!(de.lookalike_of.as_deref(), Some("example-bank.com"));
    }

    #[test]
    fn development_hosts_are_informational() {
        for host in ["localhost", "app.localhost", "127.0.0.1", "[::1]", "::1"] {
            let r = check(host);
            assert_eq!(r.verdict, Verdict::Safe, "{host}");
            assert_eq!(r.reasons.len(), 1);
            assert_eq!(r.reasons[0].code, ReasonCode::Development);
            assert_eq!(r.reasons[0].severity, super::super::reason::Severity::Info);
        }
    }

    #[test]
    fn empty_host_is_invalid() {
        assert_eq!(check("").verdict, Verdict::Invalid);
    }
}
