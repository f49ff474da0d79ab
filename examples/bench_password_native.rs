//! Times `check_password` natively on the browser benchmark's corpus, per category.
//!
//! ```sh
//! node -e 'import("./bench/corpus.mjs").then(m => require("fs").writeFileSync("/tmp/corpus.json", JSON.stringify(m.buildCorpus())))'
//! cargo run --release --example bench_password_native -- /tmp/corpus.json
//! ```
//!
//! `SLOWER_THAN=0.5` also lists every password slower than 0.5 ms. For profiling the estimator between browser runs (`npm run bench` is the reference): each
//! password's time is the best of `PASSES` calls (default 5), after one warm-up call that pays zxcvbn's
//! one-time dictionary initialization.

use signup_guard::password::{check_password, PasswordOptions};
use std::collections::BTreeMap;
use std::process::ExitCode;
use std::time::Instant;

/// Calls per password unless `PASSES` says otherwise; the best one counts, so a busy machine
/// disturbs the figures less.
const DEFAULT_PASSES: usize = 5;

/// One corpus entry, as `bench/corpus.mjs` writes it.
#[derive(serde::Deserialize)]
struct Entry {
    category: String,
    password: String,
}

/// The value at quantile `q` of sorted `values`.
fn quantile(values: &[f64], q: f64) -> f64 {
    let index = ((values.len() as f64 - 1.0) * q).round() as usize;
    values.get(index).copied().unwrap_or(f64::NAN)
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: bench_password_native <corpus.json>");
        return ExitCode::FAILURE;
    };
    let entries: Vec<Entry> = match std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|text| serde_json::from_str(&text).map_err(|e| e.to_string()))
    {
        Ok(entries) => entries,
        Err(error) => {
            eprintln!("cannot read {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    // SLOWER_THAN=<ms>: also list each password slower than that.
    let slowest_over: Option<f64> = std::env::var("SLOWER_THAN")
        .ok()
        .and_then(|v| v.parse().ok());
    let passes: usize = std::env::var("PASSES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_PASSES);
    let options = PasswordOptions::default();
    let messages = options.messages();
    let start = Instant::now();
    let _ = check_password("warm-up", &options, &messages);
    println!(
        "one-time initialization: {:.1} ms",
        start.elapsed().as_secs_f64() * 1e3
    );

    let mut by_category: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    for entry in &entries {
        let best = (0..passes)
            .map(|_| {
                let start = Instant::now();
                let _ = check_password(&entry.password, &options, &messages);
                start.elapsed().as_secs_f64() * 1e3
            })
            .fold(f64::INFINITY, f64::min);
        if slowest_over.is_some_and(|limit| best > limit) {
            let shown: String = entry.password.chars().take(40).collect();
            println!(
                "{best:>8.3} ms  {:<13} {:>8} chars  {shown:?}",
                entry.category,
                entry.password.chars().count()
            );
        }
        by_category.entry(&entry.category).or_default().push(best);
    }
    let mut all: Vec<f64> = by_category.values().flatten().copied().collect();
    println!(
        "{:<14} {:>6} {:>8} {:>8} {:>8}",
        "category", "count", "mean", "p99", "worst"
    );
    let print = |name: &str, times: &mut Vec<f64>| {
        times.sort_by(f64::total_cmp);
        let mean = times.iter().sum::<f64>() / times.len() as f64;
        println!(
            "{name:<14} {:>6} {mean:>8.3} {:>8.3} {:>8.3}",
            times.len(),
            quantile(times, 0.99),
            times.last().copied().unwrap_or(f64::NAN)
        );
    };
    for (name, times) in &mut by_category {
        print(name, times);
    }
    print("all", &mut all);
    ExitCode::SUCCESS
}
