//! Runs Chromium's IDN spoof-check table (`tests/data/chromium_idn/idn_cases.tsv`) through the
//! display decision ([`display_host`]) with Chromium's test top-domain list as the protected
//! domains, prints agreement per class and asserts at least 95% overall.
//!
//! The table's provenance and licence: `tests/data/chromium_idn/README.md`.
//! Deliberate differences are documented in `docs/lookalike-conformance.md`.

use signup_guard::lookalike::{display_host, ProtectedDomains};
use std::path::PathBuf;

/// The repository's copy of the Chromium test data (a fresh clone needs nothing else).
fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/chromium_idn")
}

fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

#[derive(Default)]
struct Tally {
    total: usize,
    agree: usize,
}

#[test]
fn chromium_idn_table_agreement() {
    let dir = data_dir();
    let domains = read(dir.join("idn_test_domains.list"));
    let protected = ProtectedDomains::new(
        domains
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#')),
    );
    assert!(
        protected.len() > 30,
        "top-domain list parsed to {} entries",
        protected.len()
    );
    let cases = read(dir.join("idn_cases.tsv"));
    let mut tallies: [(&str, Tally); 3] = [
        ("safe", Tally::default()),
        ("unsafe", Tally::default()),
        ("invalid", Tally::default()),
    ];
    let mut differences = Vec::new();
    for line in cases.lines().skip(1) {
        let mut columns = line.split('\t');
        let (Some(input), Some(expected), unicode) =
            (columns.next(), columns.next(), columns.next())
        else {
            panic!("malformed row: {line:?}");
        };
        let unicode = unicode.unwrap_or("");
        let decision = display_host(input, &protected);
        let agrees = match (expected, &decision) {
            ("invalid", result) => result.is_err(),
            ("safe", Ok(shown)) => shown == unicode,
            ("unsafe", Ok(shown)) => shown != unicode,
            ("safe" | "unsafe", Err(_)) => false,
            (other, _) => panic!("unknown class {other:?}"),
        };
        let Some((_, tally)) = tallies.iter_mut().find(|(name, _)| *name == expected) else {
            panic!("unknown class {expected:?}");
        };
        tally.total += 1;
        if agrees {
            tally.agree += 1;
        } else {
            differences.push(format!("{expected}\t{input}\t{unicode}\t{decision:?}"));
        }
    }
    let total: usize = tallies.iter().map(|(_, t)| t.total).sum();
    let agree: usize = tallies.iter().map(|(_, t)| t.agree).sum();
    println!("Chromium IDN table agreement:");
    for (name, t) in &tallies {
        println!(
            "  {name:>7}: {}/{} ({:.1}%)",
            t.agree,
            t.total,
            100.0 * t.agree as f64 / t.total.max(1) as f64
        );
    }
    println!(
        "  overall: {agree}/{total} ({:.1}%)",
        100.0 * agree as f64 / total as f64
    );
    println!("Differences (expected, input, unicode, ours):");
    for d in &differences {
        println!("  {d}");
    }
    let deviations = read(dir.join("idn_cases_deviation.tsv"));
    let (mut dev_total, mut dev_agree) = (0usize, 0usize);
    println!("Deviation characters (non-transitional processing, as the URL standard uses):");
    for line in deviations.lines().skip(1) {
        let columns: Vec<&str> = line.split('\t').collect();
        let (Some(input), Some(expected), Some(unicode)) =
            (columns.first(), columns.get(2), columns.get(3))
        else {
            panic!("malformed deviation row: {line:?}");
        };
        let decision = display_host(input, &protected);
        let agrees = match (*expected, &decision) {
            ("safe", Ok(shown)) => shown == unicode,
            ("unsafe", Ok(shown)) => shown != unicode,
            _ => false,
        };
        dev_total += 1;
        dev_agree += usize::from(agrees);
        println!(
            "  {}\t{input}\t{unicode}\texpected {expected}\tours {decision:?}",
            if agrees { "agree" } else { "DIFFER" }
        );
    }
    println!("  deviation rows: {dev_agree}/{dev_total}");
    assert_eq!(total, 457, "the table has 457 rows");
    assert!(
        agree * 100 >= total * 95,
        "agreement {agree}/{total} is below 95%"
    );
}
