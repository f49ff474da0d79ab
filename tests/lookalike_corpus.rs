//! Runs the labelled corpus `tests/data/lookalike_corpus.tsv` through `check_url` with the
//! built-in protected domains, reports recall on lookalikes and the false-positive rate on
//! legitimate names, and asserts recall ≥ 95% and false positives ≤ 2%.

use signup_guard::lookalike::{check_url, CheckOptions, ProtectedDomains, Verdict};
use signup_guard::messages::{Lang, Messages};

const CORPUS: &str = include_str!("data/lookalike_corpus.tsv");

#[test]
fn corpus_recall_and_false_positive_rate() {
    let caller = ProtectedDomains::new(["bank.com"]);
    let options = CheckOptions::with_protected(&caller);
    let messages = Messages::new(Lang::En);
    let (mut lookalikes, mut caught, mut legit, mut false_alarms) =
        (0usize, 0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    for line in CORPUS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let mut columns = line.split('\t');
        let (Some(input), Some(label), Some(kind)) =
            (columns.next(), columns.next(), columns.next())
        else {
            panic!("malformed corpus line {line:?}");
        };
        let result = check_url(input, &options, &messages);
        let flagged = result.verdict != Verdict::Safe;
        match label {
            "lookalike" => {
                lookalikes += 1;
                if flagged {
                    caught += 1;
                } else {
                    misses.push(format!("missed {kind}: {input:?}"));
                }
            }
            "legit" => {
                legit += 1;
                if flagged {
                    false_alarms += 1;
                    let codes: Vec<_> = result.reasons.iter().map(|r| r.code).collect();
                    misses.push(format!(
                        "false alarm {kind}: {input:?} {:?} {codes:?}",
                        result.verdict
                    ));
                }
            }
            other => panic!("unknown label {other:?}"),
        }
    }
    let recall = caught as f64 / lookalikes as f64;
    let fpr = false_alarms as f64 / legit as f64;
    println!(
        "lookalike corpus: recall {caught}/{lookalikes} = {:.1}%",
        100.0 * recall
    );
    println!(
        "lookalike corpus: false positives {false_alarms}/{legit} = {:.1}%",
        100.0 * fpr
    );
    for m in &misses {
        println!("  {m}");
    }
    assert!(
        lookalikes >= 100 && legit >= 100,
        "corpus too small: {lookalikes}/{legit}"
    );
    assert!(recall >= 0.95, "recall {recall:.3} below 0.95");
    assert!(fpr <= 0.02, "false-positive rate {fpr:.3} above 0.02");
}
