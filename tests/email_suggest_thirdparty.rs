//! "Did you mean" on third-party data (provenance in `tests/data/README.md`):
//!
//! - right and wrong suggestions on keyboard typos of 20 popular providers made by dnstwist
//!   (`tests/data/dnstwist/mail_typos.tsv`);
//! - false corrections on the 8,760 real provider domains of npm `email-providers`
//!   (`tests/data/email_providers/all.txt`), of which only the 353 of `common.json` are compiled
//!   into the crate, so the rest is held out;
//! - the providers issue 20 saw moved to others.
//!
//! `cargo test --test email_suggest_thirdparty -- --nocapture` prints the figures;
//! `node bench/email-suggest.mjs` compares them with mailcheck and @zootools/email-spell-checker.

use signup_guard::lookalike::suggest_provider;

const TYPOS: &str = include_str!("data/dnstwist/mail_typos.tsv");
const PROVIDERS: &str = include_str!("data/email_providers/all.txt");

fn rows(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

#[test]
fn keyboard_typos_of_popular_providers() {
    let (mut right, mut wrong, mut total) = (0, 0, 0);
    let mut wrong_list = Vec::new();
    let mut missed = std::collections::BTreeMap::<&str, Vec<&str>>::new();
    for row in rows(TYPOS) {
        let mut columns = row.split('\t');
        let (Some(provider), Some(fuzzer), Some(typo)) =
            (columns.next(), columns.next(), columns.next())
        else {
            panic!("malformed row {row:?}");
        };
        total += 1;
        match suggest_provider(typo) {
            Some(s) if s == provider => right += 1,
            Some(s) => {
                wrong += 1;
                wrong_list.push(format!("{typo} -> {s} (was {provider})"));
            }
            None => missed.entry(fuzzer).or_default().push(typo),
        }
    }
    let pct = |n: usize| 100.0 * n as f64 / total as f64;
    println!(
        "dnstwist typos: {total}; right {right} ({:.1}%), wrong {wrong} ({:.1}%)",
        pct(right),
        pct(wrong)
    );
    for w in &wrong_list {
        println!("  wrong: {w}");
    }
    for (fuzzer, typos) in &missed {
        println!(
            "  no suggestion ({fuzzer}): {}: {}",
            typos.len(),
            typos.join(" ")
        );
    }
    assert!(right * 100 >= total * 85, "right {right}/{total}");
    assert!(wrong * 100 <= total, "wrong {wrong}/{total}");
}

#[test]
fn real_providers_are_never_corrected() {
    let mut corrected = Vec::new();
    let mut total = 0;
    for domain in rows(PROVIDERS) {
        total += 1;
        if let Some(s) = suggest_provider(domain) {
            corrected.push(format!("{domain} -> {s}"));
        }
    }
    println!(
        "email-providers all.json: {}/{total} corrected",
        corrected.len()
    );
    for c in &corrected {
        println!("  {c}");
    }
    assert!(
        corrected.len() * 100 <= total,
        "{} corrected",
        corrected.len()
    );
}

#[test]
fn issue_false_corrections() {
    for domain in [
        "foxmail.com",
        "nate.com",
        "name.com",
        "online.de",
        "yahoofs.com",
    ] {
        assert_eq!(suggest_provider(domain), None, "{domain}");
    }
}
