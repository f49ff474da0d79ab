//! Disposable domains on third-party data: how much of the pinned maintained list
//! (disposable-email-domains 0.0.293, read from the pip wheel's text as generated into
//! `data/lookalike/disposable_domains.txt`) is detected, also as subdomains, and which of the
//! 8,760 provider domains of npm `email-providers` (`tests/data/email_providers/all.txt`) are
//! flagged. `cargo test --test disposable_thirdparty -- --nocapture` prints the figures.

use signup_guard::lookalike::{is_disposable, SiteDomains};

const LIST: &str = include_str!("../data/lookalike/disposable_domains.txt");
const PROVIDERS: &str = include_str!("data/email_providers/all.txt");

fn listed() -> Vec<String> {
    let mut out = Vec::new();
    for line in LIST.lines().filter(|l| !l.starts_with('#')) {
        let mut words = line.split_whitespace();
        let ending = words.next().unwrap_or_default();
        out.extend(words.map(|name| format!("{name}.{ending}")));
    }
    out
}

#[test]
fn the_pinned_list_is_detected() {
    let domains = listed();
    let detected = domains.iter().filter(|d| is_disposable(d)).count();
    let as_subdomain = domains
        .iter()
        .filter(|d| is_disposable(&format!("mx.{d}")))
        .count();
    println!(
        "disposable-email-domains 0.0.293: {detected}/{} detected, {as_subdomain} as subdomains",
        domains.len()
    );
    // Everything but the two mailbox providers allowlisted in
    // data/lookalike/disposable_allowlist.txt (21cn.com, sify.com).
    assert_eq!(domains.len(), 10_181);
    assert_eq!(detected, domains.len() - 2);
    assert_eq!(as_subdomain, domains.len() - 2);
}

const COMMON: &str = include_str!("../data/lookalike/mail_providers.txt");

#[test]
fn real_providers_flagged_as_disposable() {
    let flagged = |text: &'static str| -> Vec<&'static str> {
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .filter(|d| is_disposable(d))
            .collect()
    };
    let common = flagged(COMMON);
    let all = flagged(PROVIDERS);
    println!(
        "email-providers common.json (353 popular providers) flagged disposable: {}: {}",
        common.len(),
        common.join(" ")
    );
    // all.json also lists throwaway services (10minutemail.com, mailinator.com): an overlap,
    // not false flags.
    println!(
        "email-providers all.json (8,760) on the disposable list: {}",
        all.len()
    );
    for relay in [
        "duck.com",
        "mozmail.com",
        "simplelogin.com",
        "fastmail.com",
        "proton.me",
    ] {
        assert!(!is_disposable(relay), "{relay}");
    }
    // common.json lists a few throwaway and test services among the providers; these are
    // the disposable list working. Real mailbox providers must not be here.
    let throwaway = [
        "10minutemail.com",
        "bugmenot.com",
        "cu.cc",
        "guerrillamail.com",
        "mail-tester.com",
        "mailinator.com",
        "pe.hu",
        "privacy.net",
        "temp-mail.org",
        "yopmail.com",
        "yourdomain.com",
    ];
    let false_flags: Vec<_> = common.iter().filter(|d| !throwaway.contains(d)).collect();
    assert!(false_flags.is_empty(), "{false_flags:?}");
    let site = SiteDomains::new(common.iter().copied(), Vec::<&str>::new());
    assert!(common.iter().all(|d| !site.is_disposable(d)));
}
