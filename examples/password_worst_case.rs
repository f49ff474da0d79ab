//! Times the password check on pathological inputs, natively.
//!
//! `cargo run --release --example password_worst_case`
//!
//! Shows what the estimate window bounds and that with it no input up to 1 MB takes long. The
//! "zxcvbn alone" lines use the copy this crate builds with (`crates/zxcvbn`); upstream zxcvbn
//! takes seconds on 100 dense l33t symbols, which is why the window exists
//! (`src/password/window.rs`). Each time is the best of three runs, after one
//! warm-up call that pays zxcvbn's one-time dictionary initialization (reported separately).

use signup_guard::password::window::{estimate_window, l33t_table_count, work_units};
use signup_guard::password::{check_password, PasswordOptions};
use std::time::Instant;

const MB: usize = 1 << 20;
const ALL_L33T: &str = "4@8({[<369!|17|0$5+%2";

fn repeat_to(pattern: &str, chars: usize) -> String {
    pattern.chars().cycle().take(chars).collect()
}

/// Best-of-three milliseconds for `f`.
fn best_ms(mut f: impl FnMut()) -> f64 {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e3
        })
        .fold(f64::INFINITY, f64::min)
}

/// A small deterministic generator, so runs are comparable.
struct XorShift(u64);

impl XorShift {
    fn pick(&mut self, alphabet: &[char]) -> char {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        alphabet
            .get((self.0 % alphabet.len() as u64) as usize)
            .copied()
            .unwrap_or('a')
    }
}

fn main() {
    let options = PasswordOptions {
        user_inputs: vec![
            "alice.smith@example.com".into(),
            "Alice Smith".into(),
            "acme".into(),
        ],
        ..PasswordOptions::default()
    };
    let messages = options.messages();
    let start = Instant::now();
    let _ = check_password("warm-up", &options, &messages);
    println!(
        "one-time zxcvbn initialization: {:.1} ms\n",
        start.elapsed().as_secs_f64() * 1e3
    );

    println!("zxcvbn alone (no window), for comparison:");
    for (label, pw) in [
        ("all 20 l33t symbols x100", repeat_to(ALL_L33T, 100)),
        ("@$!|+4310 x100", repeat_to("@$!|+4310", 100)),
        ("!@#$%^&*()_+ x100", repeat_to("!@#$%^&*()_+", 100)),
        ("digits x100", repeat_to("1234567890", 100)),
    ] {
        let ms = best_ms(|| {
            let _ = zxcvbn::zxcvbn(&pw, &[]);
        });
        println!("{ms:9.2} ms  {label}");
    }

    let mut cases: Vec<(String, String)> = Vec::new();
    for pattern in [
        ALL_L33T,
        "|1!7+<[({@4$5%0",
        "@$!|+4310",
        "!@#$%^&*()_+",
        "a",
        "ab",
        "password",
        "p@55w0rd",
        "1234567890",
        "19911120",
        "qwertyuiop",
        "1qaz2wsx",
        "11-11-11-",
        "alicesmith",
    ] {
        for chars in [20, 50, 100, 1000, MB] {
            cases.push((
                format!("{pattern:?} to {chars} chars"),
                repeat_to(pattern, chars),
            ));
        }
    }
    cases.push((
        "e + U+0301 (needs NFC) to 1 MB".into(),
        "e\u{301}".repeat(MB / 3),
    ));
    cases.push((
        "Hangul jamo (NFC composes) to 1 MB".into(),
        "\u{1100}\u{1161}\u{11a8}".repeat(MB / 9),
    ));
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let alphabets: [(&str, Vec<char>); 3] = [
        ("random l33t symbols", ALL_L33T.chars().collect()),
        ("random printable ASCII", (' '..='~').collect()),
        (
            "random l33t + letters",
            ALL_L33T.chars().chain('a'..='z').collect(),
        ),
    ];
    for (label, alphabet) in &alphabets {
        for chars in [30, 100] {
            for i in 0..20 {
                let pw: String = (0..chars).map(|_| rng.pick(alphabet)).collect();
                cases.push((format!("{label} {chars} #{i}"), pw));
            }
        }
    }

    println!("\ncheck_password (NIST, three context words), best of 3:");
    let mut worst = (0.0, String::new());
    let mut rows: Vec<(f64, String, usize, usize)> = cases
        .iter()
        .map(|(label, pw)| {
            let confirmed = PasswordOptions {
                confirmation: Some(pw.clone()),
                ..options.clone()
            };
            let ms = best_ms(|| {
                let _ = check_password(pw, &confirmed, &messages);
            });
            (ms, label.clone(), pw.chars().count(), estimate_window(pw))
        })
        .collect();
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (ms, label, chars, window) in rows.iter().take(25) {
        println!("{ms:9.2} ms  window {window:3} of {chars:8} chars  {label}");
        if *ms > worst.0 {
            worst = (*ms, label.clone());
        }
    }
    println!(
        "... {} cases in all; worst {:.2} ms ({})",
        rows.len(),
        worst.0,
        worst.1
    );

    println!("\nwindow by l33t density (work units never exceed the budget):");
    for n_symbols in [0, 4, 8, 12, 16, 20] {
        let symbols: Vec<char> = ALL_L33T.chars().take(n_symbols).collect();
        let pw: String = symbols
            .iter()
            .chain(['q', 'z'].iter())
            .cycle()
            .take(200)
            .collect();
        let w = estimate_window(&pw);
        let in_window: Vec<char> = symbols.iter().copied().take(w).collect();
        let tables = l33t_table_count(&in_window);
        println!(
            "  {n_symbols:2} symbols: {tables:3} tables, window {w:3}, {} units",
            work_units(w, tables)
        );
    }
}
