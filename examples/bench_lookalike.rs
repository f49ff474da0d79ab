//! Median time of `check_url` against 10,000 protected domains (synthetic, deterministic) plus
//! the built-in list. Run natively: `cargo run --release --example bench_lookalike`.

use signup_guard::lookalike::{check_url, CheckOptions, ProtectedDomains};
use signup_guard::messages::{Lang, Messages};
use std::hint::black_box;
use std::time::Instant;

/// A small deterministic generator (64-bit LCG), so every run measures the same inputs.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SUFFIXES: &[&str] = &["com", "net", "org", "de", "co.uk", "io", "fr", "com.au"];

fn label(rng: &mut Lcg) -> String {
    let len = 5 + rng.below(8);
    (0..len)
        .map(|_| char::from(b'a' + rng.below(26) as u8))
        .collect()
}

fn main() {
    let mut rng = Lcg(0x5eed);
    let domains: Vec<String> = (0..10_000)
        .map(|_| {
            format!(
                "{}.{}",
                label(&mut rng),
                SUFFIXES[rng.below(SUFFIXES.len())]
            )
        })
        .collect();
    let start = Instant::now();
    let protected = ProtectedDomains::new(&domains);
    let build = start.elapsed();
    ProtectedDomains::builtin();

    // Inputs: typos and digit swaps of protected names, unrelated names, and real-world URLs.
    let mut inputs = Vec::new();
    for i in 0..3_000 {
        let base = &domains[rng.below(domains.len())];
        let input = match i % 6 {
            0 => format!("https://{base}/login"),
            1 => base.replacen('o', "0", 1).replacen('l', "1", 1),
            2 => {
                let mut chars: Vec<char> = base.chars().collect();
                let at = 1 + rng.below(3);
                chars.swap(at, at + 1);
                chars.into_iter().collect()
            }
            3 => format!(
                "{}.{}",
                label(&mut rng),
                SUFFIXES[rng.below(SUFFIXES.len())]
            ),
            4 => format!(
                "https://{}-login.example/verify",
                base.split('.').next().unwrap_or("x")
            ),
            _ => format!("http://www.{base}.evil.example/"),
        };
        inputs.push(input);
    }
    inputs.extend(
        [
            "https://аррӏе.com/",
            "paypa1.com",
            "https://bank.com@evil.example",
        ]
        .map(String::from),
    );

    let options = CheckOptions::with_protected(&protected);
    let messages = Messages::new(Lang::En);
    for input in &inputs {
        black_box(check_url(input, &options, &messages)); // warm-up
    }
    let mut times = Vec::with_capacity(inputs.len() * 3);
    for _ in 0..3 {
        for input in &inputs {
            let t = Instant::now();
            black_box(check_url(black_box(input), &options, &messages));
            times.push(t.elapsed());
        }
    }
    times.sort_unstable();
    let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    println!(
        "protected domains: {} synthetic + {} built-in",
        protected.len(),
        ProtectedDomains::builtin().len()
    );
    println!(
        "index build (10,000 domains): {:.1} ms",
        build.as_secs_f64() * 1000.0
    );
    println!(
        "check_url over {} calls: median {:.1} µs, p90 {:.1} µs, max {:.1} µs",
        times.len(),
        at(0.5).as_secs_f64() * 1e6,
        at(0.9).as_secs_f64() * 1e6,
        at(1.0).as_secs_f64() * 1e6
    );
}
