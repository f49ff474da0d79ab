//! `check_url`: the verdict on a URL or bare host, with reasons a person understands.

use super::display::{analyze_host, InvalidHost, LabelProblem};
use super::disposable::SiteDomains;
use super::protected::{LookalikeMatch, MatchKind, ProtectedDomains};
use super::reason::{Reason, ReasonCode, Verdict};
use super::suffix::registrable_domain;
use super::target::{parse_target, TargetHost, DANGEROUS_SCHEMES};
use crate::messages::Messages;
use serde::Serialize;

/// Which protected domains to compare against.
///
/// ```
/// use signup_guard::lookalike::{check_url, CheckOptions, ProtectedDomains, Verdict};
/// use signup_guard::messages::{Lang, Messages};
/// let en = Messages::new(Lang::En);
/// // Only the caller's own domains, without the built-in brands:
/// let mine = ProtectedDomains::new(["example-shop.com"]);
/// let only_mine = CheckOptions { protected: Some(&mine), builtin: false, ..CheckOptions::default() };
/// assert_eq!(check_url("paypa1.com", &only_mine, &en).verdict, Verdict::Safe);
/// assert_eq!(check_url("paypa1.com", &CheckOptions::default(), &en).verdict, Verdict::Dangerous);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct CheckOptions<'a> {
    /// The caller's own protected domains, checked before the built-in list.
    pub protected: Option<&'a ProtectedDomains>,
    /// Whether to also check the built-in brands and mail providers (default `true`).
    pub builtin: bool,
    /// The site's own allow and deny lists for disposable mail domains.
    pub site_domains: Option<&'a SiteDomains>,
}

impl Default for CheckOptions<'_> {
    fn default() -> Self {
        CheckOptions {
            protected: None,
            builtin: true,
            site_domains: None,
        }
    }
}

impl<'a> CheckOptions<'a> {
    /// Options checking `protected` and the built-in list.
    ///
    /// ```
    /// use signup_guard::lookalike::{CheckOptions, ProtectedDomains};
    /// let mine = ProtectedDomains::new(["example-shop.com"]);
    /// let options = CheckOptions::with_protected(&mine);
    /// assert!(options.builtin);
    /// ```
    pub fn with_protected(protected: &'a ProtectedDomains) -> Self {
        CheckOptions {
            protected: Some(protected),
            builtin: true,
            site_domains: None,
        }
    }

    /// The sets to consult, the caller's first.
    pub(crate) fn sets(&self) -> impl Iterator<Item = &'a ProtectedDomains> {
        let builtin = if self.builtin {
            Some(ProtectedDomains::builtin())
        } else {
            None
        };
        self.protected.into_iter().chain(builtin)
    }
}

/// The result of [`check_url`].
///
/// ```
/// use signup_guard::lookalike::{check_url, CheckOptions, Verdict};
/// use signup_guard::messages::{Lang, Messages};
/// let result = check_url("https://xn--bcher-kva.de/", &CheckOptions::default(), &Messages::new(Lang::En));
/// assert_eq!(result.verdict, Verdict::Safe);
/// assert_eq!(result.display_host, "bücher.de");
/// assert_eq!(result.ascii_host, "xn--bcher-kva.de");
/// assert_eq!(result.registrable_domain.as_deref(), Some("xn--bcher-kva.de"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
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

/// A domain analysed against display rules and protected domains.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DomainAnalysis {
    pub display_host: String,
    pub ascii_host: String,
    pub registrable_domain: Option<String>,
    pub lookalike_of: Option<String>,
    pub matches: Vec<LookalikeMatch>,
    pub reasons: Vec<Reason>,
}

/// Checks a URL or bare host (`https://paypa1.com/login`, `аррӏе.com`).
///
/// ```
/// use signup_guard::lookalike::{check_url, CheckOptions, ReasonCode, Verdict};
/// use signup_guard::messages::{Lang, Messages};
/// let result = check_url("https://аррӏе.com/", &CheckOptions::default(), &Messages::new(Lang::En));
/// assert_eq!(result.verdict, Verdict::Dangerous);
/// assert_eq!(result.lookalike_of.as_deref(), Some("apple.com"));
/// assert_eq!(result.reasons[0].code, ReasonCode::Homograph);
/// ```
pub fn check_url(input: &str, options: &CheckOptions<'_>, messages: &Messages) -> UrlCheck {
    let invalid = |messages: &Messages| UrlCheck {
        verdict: Verdict::Invalid,
        display_host: String::new(),
        ascii_host: String::new(),
        registrable_domain: None,
        lookalike_of: None,
        reasons: vec![Reason::new(ReasonCode::InvalidInput, messages, &[])],
    };
    let Ok(target) = parse_target(input) else {
        return invalid(messages);
    };
    let mut reasons = Vec::new();
    if DANGEROUS_SCHEMES.contains(&target.scheme.as_str()) {
        let reason = Reason::new(
            ReasonCode::DangerousScheme,
            messages,
            &[("scheme", &target.scheme)],
        );
        return UrlCheck {
            verdict: Verdict::Dangerous,
            display_host: String::new(),
            ascii_host: String::new(),
            registrable_domain: None,
            lookalike_of: None,
            reasons: vec![reason],
        };
    }
    let Some(host) = target.host else {
        return invalid(messages);
    };
    if target.had_invisible {
        reasons.push(Reason::new(ReasonCode::InvisibleCharacter, messages, &[]));
    }
    let mut result = match host {
        TargetHost::Domain(ascii) => {
            let Some(analysis) = analyze_domain(&ascii, options, messages) else {
                return invalid(messages);
            };
            reasons.extend(analysis.reasons);
            UrlCheck {
                verdict: Verdict::Safe,
                display_host: analysis.display_host,
                ascii_host: analysis.ascii_host,
                registrable_domain: analysis.registrable_domain,
                lookalike_of: analysis.lookalike_of,
                reasons: Vec::new(),
            }
        }
        TargetHost::Ipv4 {
            address,
            obfuscated,
        } => {
            let code = if obfuscated {
                ReasonCode::ObfuscatedIpAddress
            } else {
                ReasonCode::IpAddress
            };
            ip_host(address.to_string(), code, &mut reasons, messages)
        }
        TargetHost::Ipv6(address) => ip_host(
            format!("[{address}]"),
            ReasonCode::IpAddress,
            &mut reasons,
            messages,
        ),
    };
    if !target.userinfo.is_empty() {
        let fake = target.userinfo.split(':').next().unwrap_or("");
        let code = if looks_like_host(fake) {
            ReasonCode::UserinfoTrick
        } else {
            ReasonCode::CredentialsInUrl
        };
        reasons.push(Reason::new(
            code,
            messages,
            &[("fake", fake), ("host", &result.display_host)],
        ));
    }
    sort_reasons(&mut reasons);
    result.verdict = Verdict::from_reasons(&reasons);
    result.reasons = reasons;
    result
}

/// The display decision alone: how `host` (ASCII/punycode or Unicode) should be shown when the
/// names in `protected` are the ones worth imitating. Labels with deceptive characters stay in
/// punycode; a name whose skeleton equals a protected domain's (but is not that domain) is shown
/// entirely in punycode, as browsers do for lookalikes of top domains.
///
/// ```
/// use signup_guard::lookalike::{display_host, ProtectedDomains};
/// let builtin = ProtectedDomains::builtin();
/// assert_eq!(display_host("xn--bcher-kva.de", builtin)?, "bücher.de");
/// assert!(display_host("аррӏе.com", builtin)?.starts_with("xn--"));
/// # Ok::<(), signup_guard::lookalike::InvalidHost>(())
/// ```
pub fn display_host(host: &str, protected: &ProtectedDomains) -> Result<String, InvalidHost> {
    let display = analyze_host(host)?;
    if display.unicode == display.ascii {
        return Ok(display.display);
    }
    let looks_like_protected = protected.find(&display.ascii).iter().any(|m| {
        matches!(
            m.kind,
            MatchKind::Homograph | MatchKind::DiacriticLookalike | MatchKind::DigitLookalike
        )
    });
    Ok(if looks_like_protected {
        display.ascii
    } else {
        display.display
    })
}

/// Whether user info text poses as a host (`bank.com`, `www.paypal.com`).
fn looks_like_host(text: &str) -> bool {
    let text = text.trim_matches('/');
    text.contains('.')
        && !text.starts_with('.')
        && !text.ends_with('.')
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
}

/// Most serious first, stable within a severity; each code once (its first occurrence).
pub(crate) fn sort_reasons(reasons: &mut Vec<Reason>) {
    let mut seen = Vec::with_capacity(reasons.len());
    reasons.retain(|r| {
        let first = !seen.contains(&r.code);
        seen.push(r.code);
        first
    });
    crate::small_sort::insertion_sort_by(reasons, |a, b| a.severity > b.severity);
}

/// Analyses a domain host (ASCII or Unicode): display form, registrable domain and every reason
/// it looks like a protected domain or uses deceptive characters. `None` when not a valid name.
pub(crate) fn analyze_domain(
    host: &str,
    options: &CheckOptions<'_>,
    messages: &Messages,
) -> Option<DomainAnalysis> {
    if host.trim_end_matches('.').is_empty() {
        return None;
    }
    let display = analyze_host(host).ok()?;
    let ascii = display.ascii.trim_end_matches('.').to_owned();
    let registrable = registrable_domain(&ascii).map(str::to_owned);
    let mut reasons = Vec::new();
    // A host of the site's own domains (or their families) imitates nothing. A host a built-in
    // brand owns is still compared with the site's domains: `mail.com` is a real provider, and
    // still a TLD swap for a site that protects `mail.ru`.
    let owned = options
        .protected
        .is_some_and(|set| set.owner_of(&ascii).is_some());
    let mut matches = Vec::new();
    if !owned {
        for set in options.sets() {
            matches = set.find(&ascii);
            if !matches.is_empty() {
                break;
            }
        }
    }
    let lookalike_of = matches.first().map(|m| m.protected.clone());
    let mut display_host = display.display.clone();
    let imitates_by_look = matches
        .iter()
        .any(|m| matches!(m.kind, MatchKind::Homograph | MatchKind::DiacriticLookalike));
    if imitates_by_look && display.unicode != ascii {
        display_host = ascii.clone();
    }
    for m in &matches {
        let code = match m.kind {
            MatchKind::Homograph => ReasonCode::Homograph,
            MatchKind::DigitLookalike => ReasonCode::DigitLookalike,
            MatchKind::DiacriticLookalike => ReasonCode::DiacriticLookalike,
            MatchKind::Typosquat => ReasonCode::Typosquat,
            MatchKind::TldSwap => ReasonCode::TldSwap,
            MatchKind::Embedded => ReasonCode::EmbeddedDomain,
            MatchKind::BrandWithLure => ReasonCode::BrandWithLure,
        };
        let owner = registrable.as_deref().unwrap_or(&ascii);
        reasons.push(Reason::new(
            code,
            messages,
            &[
                ("domain", &m.protected),
                ("host", &display_host),
                ("owner", owner),
            ],
        ));
    }
    for problem in &display.problems {
        let code = match problem {
            LabelProblem::MixedScript => ReasonCode::MixedScript,
            LabelProblem::WholeScriptConfusable => ReasonCode::WholeScriptConfusable,
            LabelProblem::DigitLookalike => ReasonCode::DigitLookalikeCharacters,
            LabelProblem::InvisibleCharacter => ReasonCode::InvisibleCharacter,
            LabelProblem::UnusualCharacter => ReasonCode::UnusualCharacter,
        };
        reasons.push(Reason::new(code, messages, &[("host", &display_host)]));
    }
    sort_reasons(&mut reasons);
    Some(DomainAnalysis {
        display_host,
        ascii_host: ascii,
        registrable_domain: registrable,
        lookalike_of,
        matches,
        reasons,
    })
}

/// The result for a raw IP host (shown as written, no domain to compare), with its reason.
fn ip_host(
    text: String,
    code: ReasonCode,
    reasons: &mut Vec<Reason>,
    messages: &Messages,
) -> UrlCheck {
    reasons.push(Reason::new(code, messages, &[("host", &text)]));
    UrlCheck {
        verdict: Verdict::Safe,
        display_host: text.clone(),
        ascii_host: text,
        registrable_domain: None,
        lookalike_of: None,
        reasons: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    fn check(input: &str) -> UrlCheck {
        let mine = ProtectedDomains::new(["bank.com", "example-shop.com"]);
        check_url(
            input,
            &CheckOptions::with_protected(&mine),
            &Messages::new(Lang::En),
        )
    }

    fn codes(input: &str) -> Vec<ReasonCode> {
        check(input).reasons.iter().map(|r| r.code).collect()
    }

    #[test]
    fn protected_and_ordinary_hosts_are_safe() {
        for input in [
            "paypal.com",
            "https://www.paypal.com/signin",
            "bank.com",
            "münchen.de",
            "example.org",
        ] {
            let r = check(input);
            assert_eq!(r.verdict, Verdict::Safe, "{input}: {:?}", r.reasons);
            assert!(r.reasons.is_empty());
        }
        assert_eq!(check("münchen.de").display_host, "münchen.de");
        assert_eq!(check("münchen.de").ascii_host, "xn--mnchen-3ya.de");
    }

    #[test]
    fn homograph_is_dangerous_and_shown_in_punycode() {
        let r = check("https://аррӏе.com/");
        assert_eq!(r.verdict, Verdict::Dangerous);
        assert_eq!(r.lookalike_of.as_deref(), Some("apple.com"));
        assert_eq!(r.display_host, r.ascii_host);
        assert!(r.display_host.starts_with("xn--"));
        assert!(codes("аррӏе.com").contains(&ReasonCode::Homograph));
    }

    #[test]
    fn digit_typo_tld_embedding_and_lure() {
        assert_eq!(check("paypa1.com").verdict, Verdict::Dangerous);
        assert_eq!(codes("paypa1.com"), vec![ReasonCode::DigitLookalike]);
        assert_eq!(
            codes("bankk.com"),
            Vec::<ReasonCode>::new(),
            "4-letter label: no typo rule"
        );
        assert_eq!(codes("example-shopp.com"), vec![ReasonCode::Typosquat]);
        assert_eq!(
            check("example-shopp.com").lookalike_of.as_deref(),
            Some("example-shop.com")
        );
        assert_eq!(codes("paypal.co"), vec![ReasonCode::TldSwap]);
        assert_eq!(
            check("paypal.com.account-verify.example").verdict,
            Verdict::Dangerous
        );
        assert!(codes("paypal-login.com").contains(&ReasonCode::BrandWithLure));
    }

    #[test]
    fn userinfo_ip_and_schemes() {
        let r = check("https://bank.com@evil.example/");
        assert_eq!(r.verdict, Verdict::Dangerous);
        assert_eq!(
            codes("https://bank.com@evil.example/"),
            vec![ReasonCode::UserinfoTrick]
        );
        assert_eq!(
            codes("https://user:pw@example.org/"),
            vec![ReasonCode::CredentialsInUrl]
        );
        assert_eq!(codes("http://192.168.1.1/"), vec![ReasonCode::IpAddress]);
        assert_eq!(check("http://192.168.1.1/").verdict, Verdict::Suspicious);
        assert_eq!(
            codes("http://3232235777/"),
            vec![ReasonCode::ObfuscatedIpAddress]
        );
        assert_eq!(check("http://0x7f.1/").verdict, Verdict::Dangerous);
        assert_eq!(codes("http://[2001:db8::1]/"), vec![ReasonCode::IpAddress]);
        assert_eq!(check("javascript:alert(1)").verdict, Verdict::Dangerous);
        assert_eq!(check("DATA:text/html,<b>").verdict, Verdict::Dangerous);
        assert_eq!(check(" vbscript:msgbox").verdict, Verdict::Dangerous);
        assert_eq!(check("").verdict, Verdict::Invalid);
        assert_eq!(check("http://exa mple.com").verdict, Verdict::Invalid);
    }

    #[test]
    fn invisible_characters_are_reported() {
        let r = check("pay\u{200B}pal.com");
        assert!(
            r.reasons
                .iter()
                .any(|x| x.code == ReasonCode::InvisibleCharacter),
            "{r:?}"
        );
        assert_eq!(r.verdict, Verdict::Suspicious);
    }

    #[test]
    fn messages_are_localized() {
        let de = check_url(
            "paypa1.com",
            &CheckOptions::default(),
            &Messages::new(Lang::De),
        );
        let en = check_url(
            "paypa1.com",
            &CheckOptions::default(),
            &Messages::new(Lang::En),
        );
        assert_ne!(de.reasons[0].message, en.reasons[0].message);
        assert!(en.reasons[0].message.contains("paypal.com"));
        assert!(de.reasons[0].message.contains("paypal.com"));
    }
}
