//! The estimator's work bound, asserted structurally (no timing): the window's modelled cost
//! never exceeds the budget, and characters beyond the window never change the estimate.

use signup_guard::password::estimate;
use signup_guard::password::normalize::to_nfc;
use signup_guard::password::window::{
    estimate_window, is_l33t_symbol, l33t_table_count, prefix, work_units, WORK_BUDGET,
    ZXCVBN_MAX_CHARS,
};

const ALL_L33T: &str = "4@8({[<369!|17|0$5+%2";

fn tables_in(text: &str) -> u64 {
    let mut present: Vec<char> = text.chars().filter(|&c| is_l33t_symbol(c)).collect();
    present.sort_unstable();
    present.dedup();
    l33t_table_count(&present)
}

fn adversarial_inputs() -> Vec<String> {
    let mut inputs: Vec<String> = [
        ALL_L33T,
        "|1!7+<[({@4$5%0",
        "@$!|+4310",
        "!@#$%^&*()_+",
        "a",
    ]
    .iter()
    .map(|p| p.repeat(300))
    .collect();
    inputs.push("correct horse battery staple ".repeat(10));
    inputs.push(format!("plain words first then {}", ALL_L33T.repeat(10)));
    inputs.push("e\u{301}".repeat(500));
    inputs
}

#[test]
fn the_window_never_exceeds_the_work_budget_nor_zxcvbns_limit() {
    for input in adversarial_inputs() {
        let window = estimate_window(&input);
        let estimated = prefix(&input, window);
        assert!(window <= ZXCVBN_MAX_CHARS);
        assert!(
            window >= 8,
            "even the densest input keeps 8 characters: {window}"
        );
        assert!(
            work_units(window, tables_in(estimated)) <= WORK_BUDGET,
            "{input:.30}"
        );
        // Maximal: one more character would exceed the budget (or there is none to take).
        let longer = prefix(&input, window + 1);
        if window < ZXCVBN_MAX_CHARS && longer.chars().count() > window {
            assert!(work_units(window + 1, tables_in(longer)) > WORK_BUDGET);
        }
    }
}

#[test]
fn the_densest_possible_input_has_the_largest_table_count() {
    let all: Vec<char> = ALL_L33T.chars().collect();
    assert_eq!(l33t_table_count(&all), 800);
    // Removing any symbol never increases the count, so 800 is the maximum.
    for skip in 0..all.len() {
        let fewer: Vec<char> = all
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != skip)
            .map(|(_, c)| *c)
            .collect();
        assert!(l33t_table_count(&fewer) <= 800);
    }
    assert!(work_units(8, 800) <= WORK_BUDGET);
}

#[test]
fn window_of_an_extension_never_shrinks() {
    for input in adversarial_inputs() {
        let chars: Vec<char> = input.chars().take(150).collect();
        let mut last = 0;
        for n in 0..=chars.len() {
            let text: String = chars.iter().take(n).collect();
            let window = estimate_window(&text);
            assert!(window >= last, "window shrank at {n}: {input:.30}");
            // Once a prefix outgrows its window, the window is fixed for all extensions.
            if last < n.saturating_sub(1) {
                assert_eq!(window, last);
            }
            last = window;
        }
    }
}

#[test]
fn characters_beyond_the_window_never_change_the_estimate() {
    let tails = [
        "",
        "x",
        "password",
        "aaaaaaaaaaaaaaaa",
        "Zq9#vL2@mN8!",
        ALL_L33T,
        "\u{301}",
    ];
    for input in adversarial_inputs() {
        // The window is taken over the NFC form, which is what `estimate` sees.
        let input = to_nfc(&input);
        let window = estimate_window(&input);
        let base = estimate(prefix(&input, window), &[]);
        for tail in tails {
            let longer = format!("{input}{tail}");
            let e = estimate(&longer, &[]);
            assert_eq!(e.window_chars, window);
            assert_eq!(
                (e.score, e.guesses),
                (base.score, base.guesses),
                "{input:.30}+{tail}"
            );
            assert!(e.score >= base.score);
        }
    }
}

#[test]
fn a_megabyte_password_is_estimated_over_its_window_only() {
    let huge = ALL_L33T.repeat(50_000);
    let e = estimate(&huge, &["alice"]);
    assert!(!e.whole_password_estimated);
    assert_eq!(e.window_chars, estimate_window(&huge));
    assert!(e.window_chars < 20);
}
