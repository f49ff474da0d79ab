//! Lookalike checks on third-party data (provenance in `tests/data/README.md`; regenerate
//! with `python3 data/lookalike/gen_lists.py`):
//!
//! - recall on permutations of 30 popular brands made by dnstwist's fuzzers
//!   (`tests/data/dnstwist/lookalikes.tsv`), once with the brand as the site's own protected
//!   domain and once with only the built-in list;
//! - false positives on the 8,760 real mail-provider domains of npm `email-providers`
//!   (`tests/data/email_providers/all.txt`), with the built-in list;
//! - the cases of issue 20, each with the domain it must name.
//!
//! Run with `cargo test --test lookalike_thirdparty -- --nocapture` to print the figures.

use signup_guard::lookalike::{check_url, CheckOptions, ProtectedDomains, Verdict};
use signup_guard::messages::{Lang, Messages};
use std::collections::BTreeMap;

const PERMUTATIONS: &str = include_str!("data/dnstwist/lookalikes.tsv");
const PROVIDERS: &str = include_str!("data/email_providers/all.txt");

fn rows(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

fn only(protected: &ProtectedDomains) -> CheckOptions<'_> {
    CheckOptions {
        protected: Some(protected),
        builtin: false,
        site_domains: None,
    }
}

/// (caught, total) per fuzzer, and overall.
fn recall(site_protects_brand: bool) -> (BTreeMap<String, (usize, usize)>, usize, usize) {
    let en = Messages::new(Lang::En);
    let mut per_fuzzer: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut caught, mut total) = (0, 0);
    for row in rows(PERMUTATIONS) {
        let mut columns = row.split('\t');
        let (Some(brand), Some(fuzzer), Some(domain)) =
            (columns.next(), columns.next(), columns.next())
        else {
            panic!("malformed row {row:?}");
        };
        let result = if site_protects_brand {
            let set = ProtectedDomains::new([brand]);
            check_url(domain, &only(&set), &en)
        } else {
            check_url(domain, &CheckOptions::default(), &en)
        };
        let hit = result.verdict != Verdict::Safe;
        let tally = per_fuzzer.entry(fuzzer.to_owned()).or_default();
        tally.1 += 1;
        total += 1;
        if hit {
            tally.0 += 1;
            caught += 1;
        }
    }
    (per_fuzzer, caught, total)
}

fn print_recall(
    name: &str,
    per_fuzzer: &BTreeMap<String, (usize, usize)>,
    caught: usize,
    total: usize,
) {
    println!(
        "{name}: {caught}/{total} = {:.1}%",
        100.0 * caught as f64 / total as f64
    );
    for (fuzzer, (c, t)) in per_fuzzer {
        println!(
            "  {fuzzer:>14}: {c}/{t} ({:.1}%)",
            100.0 * *c as f64 / *t as f64
        );
    }
}

#[test]
fn dnstwist_recall_with_the_brand_protected() {
    let (per_fuzzer, caught, total) = recall(true);
    print_recall(
        "dnstwist permutations, brand protected by the site",
        &per_fuzzer,
        caught,
        total,
    );
    assert!(total > 5_000);
    assert!(caught * 100 >= total * 90, "recall {caught}/{total}");
}

#[test]
fn dnstwist_recall_with_the_builtin_list() {
    let (per_fuzzer, caught, total) = recall(false);
    print_recall(
        "dnstwist permutations, built-in list only",
        &per_fuzzer,
        caught,
        total,
    );
    assert!(caught * 100 >= total * 80, "recall {caught}/{total}");
}

#[test]
fn real_provider_domains_are_not_flagged() {
    let en = Messages::new(Lang::En);
    let mut flagged = Vec::new();
    let mut total = 0;
    for domain in rows(PROVIDERS) {
        total += 1;
        let result = check_url(domain, &CheckOptions::default(), &en);
        if result.verdict != Verdict::Safe {
            let codes: Vec<_> = result.reasons.iter().map(|r| r.code.as_str()).collect();
            flagged.push(format!("{domain} {:?} {codes:?}", result.lookalike_of));
        }
    }
    println!(
        "email-providers all.json: {}/{total} flagged = {:.2}%",
        flagged.len(),
        100.0 * flagged.len() as f64 / total as f64
    );
    for f in &flagged {
        println!("  {f}");
    }
    assert_eq!(total, 8_760);
    assert!(
        flagged.len() * 1000 <= total * 5,
        "{} flagged",
        flagged.len()
    );
}

/// `(input, protected by the site, expected imitated domain or None for safe)`.
const ISSUE_CASES: &[(&str, &str, Option<&str>)] = &[
    ("googlé-login.com", "google.com", Some("google.com")),
    ("foo-googlé.com-bar.com", "google.com", Some("google.com")),
    ("googlecom-foo.com", "google.com", Some("google.com")),
    ("www-google.com", "google.com", Some("google.com")),
    ("oneyoutubelogin.com", "youtube.com", Some("youtube.com")),
    ("pay-pal.com", "paypal.com", Some("paypal.com")),
    ("oogle.com", "google.com", Some("google.com")),
    ("coogle.com", "google.com", Some("google.com")),
    ("paypal1.com", "paypal.com", Some("paypal.com")),
    ("g00gie.com", "google.com", Some("google.com")),
    ("youtube.ca", "youtube.com", None),
    ("https://www.verizon.com/", "verizon.net", None),
    ("google.com.mx", "google.com", None),
    ("mail.com", "example-shop.com", None),
    ("mail.ru", "mail.com", Some("mail.com")),
    ("mail.de", "example-shop.com", None),
    (
        "example-shop.fr",
        "example-shop.com",
        Some("example-shop.com"),
    ),
    ("mail.ru", "mail.com mail.ru", None),
];

#[test]
fn issue_cases() {
    let en = Messages::new(Lang::En);
    let mut wrong = Vec::new();
    for (input, protected, expected) in ISSUE_CASES {
        let set = ProtectedDomains::new([*protected]);
        let result = check_url(input, &CheckOptions::with_protected(&set), &en);
        let got = (result.verdict != Verdict::Safe).then_some(result.lookalike_of.as_deref());
        let ok = match expected {
            Some(target) => got == Some(Some(*target)),
            None => got.is_none(),
        };
        if !ok {
            wrong.push(format!(
                "{input} (protecting {protected}): {:?} {:?}",
                result.verdict, result.reasons
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
