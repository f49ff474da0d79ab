//! How many characters the strength estimator looks at: the bounded-work window.
//!
//! zxcvbn's matching costs roughly `n² × (s + 8)` steps for an `n`-character input, where `s` is
//! the number of l33t substitution tables it enumerates (it tries every dictionary on every
//! substring once per table; the `8` stands for the plain and reversed dictionary passes and
//! the other matchers). `s` depends only on which l33t-able symbols occur (`4 @ 8 ( { [ < 3 6 9
//! 1 ! | 7 0 $ 5 + % 2`) and reaches 800 when all twenty do, where 100 characters take over two
//! seconds natively. The window is the longest prefix whose cost stays within [`WORK_BUDGET`];
//! `examples/password_worst_case.rs` measures the constants.
//!
//! This model is upstream zxcvbn's (crates.io 3.1.1). The copy this crate builds with
//! (`crates/zxcvbn`, patch 6) searches all tables in one walk, so for it the model is
//! conservative: all twenty symbols over 84 characters take well under a millisecond natively.
//! The model stays, so the bound would still hold with upstream zxcvbn, and because a longer
//! window gains nothing there: 16 dense symbols already rate as the strongest score.
//!
//! Because the cost of a prefix only grows as it lengthens, the window is consistent: once a
//! password is longer than its window, appending characters leaves the window unchanged, so
//! characters beyond it can never lower the estimate.

/// zxcvbn never looks past this many characters.
pub const ZXCVBN_MAX_CHARS: usize = 100;

/// Work allowed per estimate, in units of `n² × (s + BASE_PASSES)`; a few milliseconds natively.
pub const WORK_BUDGET: u64 = 64_000;

/// The cost, in substitution-table equivalents, of zxcvbn's work that does not depend on l33t.
pub const BASE_PASSES: u64 = 8;

/// zxcvbn's l33t table: each letter and the symbols that may stand for it.
const L33T_TABLE: [(char, &[char]); 12] = [
    ('a', &['4', '@']),
    ('b', &['8']),
    ('c', &['(', '{', '[', '<']),
    ('e', &['3']),
    ('g', &['6', '9']),
    ('i', &['1', '!', '|']),
    ('l', &['1', '|', '7']),
    ('o', &['0']),
    ('s', &['$', '5']),
    ('t', &['+', '7']),
    ('x', &['%']),
    ('z', &['2']),
];

/// Every symbol in [`L33T_TABLE`], once.
const L33T_SYMBOLS: &str = "4@8({[<369!|170$5+%2";

/// Whether zxcvbn's l33t matcher reacts to `c`.
///
/// ```
/// use signup_guard::password::window::is_l33t_symbol;
/// assert!(is_l33t_symbol('@'));
/// assert!(!is_l33t_symbol('x'));
/// ```
pub fn is_l33t_symbol(c: char) -> bool {
    L33T_TABLE.iter().any(|(_, subs)| subs.contains(&c))
}

/// How many substitution tables zxcvbn enumerates when the password contains exactly the l33t
/// symbols in `present`: the same recursion as zxcvbn's `enumerate_l33t_replacements`, counted.
/// The count does not depend on the order letters are visited (checked for all symbols).
///
/// ```
/// use signup_guard::password::window::l33t_table_count;
/// assert_eq!(l33t_table_count(&[]), 1);
/// assert!(l33t_table_count(&['1', '@', '0']) > 1);
/// ```
pub fn l33t_table_count(present: &[char]) -> u64 {
    // The recursion gives a table two children for a symbol it already assigns (keep it, or
    // switch it to this letter) and one otherwise (assign it), so the count depends only on
    // which symbols each table assigns: count tables per set of assigned symbols (a bit mask
    // over `L33T_SYMBOLS`) instead of building them.
    let mut by_assigned: Vec<(u32, u64)> = vec![(0, 1)];
    for (_, symbols) in L33T_TABLE {
        let relevant: Vec<u32> = symbols
            .iter()
            .filter(|s| present.contains(s))
            .filter_map(|s| L33T_SYMBOLS.chars().position(|c| c == *s))
            .map(|at| 1 << at)
            .collect();
        if relevant.is_empty() {
            continue;
        }
        let mut next: Vec<(u32, u64)> = Vec::with_capacity(by_assigned.len() * relevant.len());
        let mut add = |mask: u32, count: u64| match next.iter_mut().find(|(m, _)| *m == mask) {
            Some((_, total)) => *total = total.saturating_add(count),
            None => next.push((mask, count)),
        };
        for &bit in &relevant {
            for &(mask, count) in &by_assigned {
                if mask & bit != 0 {
                    add(mask, count.saturating_mul(2));
                } else {
                    add(mask | bit, count);
                }
            }
        }
        by_assigned = next;
    }
    by_assigned
        .iter()
        .fold(0u64, |total, &(_, count)| total.saturating_add(count))
}

/// The modelled cost of estimating `chars` characters while enumerating `tables` l33t tables.
///
/// ```
/// use signup_guard::password::window::{work_units, BASE_PASSES};
/// assert_eq!(work_units(10, 1), 100 * (1 + BASE_PASSES));
/// ```
pub fn work_units(chars: usize, tables: u64) -> u64 {
    let n = chars as u64;
    n.saturating_mul(n)
        .saturating_mul(tables.saturating_add(BASE_PASSES))
}

/// The number of leading characters of `password` the estimator looks at: the longest prefix,
/// at most [`ZXCVBN_MAX_CHARS`], whose [`work_units`] fit in [`WORK_BUDGET`].
///
/// ```
/// use signup_guard::password::window::{estimate_window, ZXCVBN_MAX_CHARS};
/// assert_eq!(estimate_window("short"), 5);
/// let long = "a".repeat(500);
/// assert!(estimate_window(&long) <= ZXCVBN_MAX_CHARS);
/// assert!(estimate_window(&long) > 0);
/// ```
pub fn estimate_window(password: &str) -> usize {
    let mut present: Vec<char> = Vec::new();
    let mut tables = 1;
    let mut window = 0;
    for c in password.chars().take(ZXCVBN_MAX_CHARS) {
        if is_l33t_symbol(c) && !present.contains(&c) {
            present.push(c);
            tables = l33t_table_count(&present);
        }
        if work_units(window + 1, tables) > WORK_BUDGET {
            break;
        }
        window += 1;
    }
    window
}

/// The first `chars` characters of `text`.
///
/// ```
/// use signup_guard::password::window::prefix;
/// assert_eq!(prefix("pässword", 3), "päs");
/// assert_eq!(prefix("ab", 10), "ab");
/// ```
pub fn prefix(text: &str, chars: usize) -> &str {
    match text.char_indices().nth(chars) {
        Some((end, _)) => text.get(..end).unwrap_or(text),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_SYMBOLS: &str = "4@8({[<369!|17|0$5+%2";

    #[test]
    fn table_count_matches_zxcvbn_enumeration_sizes() {
        assert_eq!(l33t_table_count(&[]), 1);
        assert_eq!(l33t_table_count(&['@']), 1);
        assert_eq!(l33t_table_count(&['1']), 2);
        let all: Vec<char> = ALL_SYMBOLS.chars().collect();
        assert_eq!(l33t_table_count(&all), 800);
    }

    /// The enumeration itself, materialized: what `l33t_table_count` counts.
    fn enumerated_table_count(present: &[char]) -> u64 {
        let mut subs: Vec<Vec<(char, char)>> = vec![Vec::new()];
        for (letter, symbols) in L33T_TABLE {
            let relevant: Vec<char> = symbols
                .iter()
                .copied()
                .filter(|s| present.contains(s))
                .collect();
            if relevant.is_empty() {
                continue;
            }
            let mut next = Vec::new();
            for symbol in &relevant {
                for sub in &subs {
                    match sub.iter().position(|(s, _)| s == symbol) {
                        Some(index) => {
                            let mut alternative = sub.clone();
                            alternative.remove(index);
                            alternative.push((*symbol, letter));
                            next.push(sub.clone());
                            next.push(alternative);
                        }
                        None => {
                            let mut extended = sub.clone();
                            extended.push((*symbol, letter));
                            next.push(extended);
                        }
                    }
                }
            }
            subs = next;
        }
        subs.len() as u64
    }

    #[test]
    fn symbol_list_holds_each_table_symbol_once() {
        let mut listed: Vec<char> = L33T_SYMBOLS.chars().collect();
        let mut in_table: Vec<char> = L33T_TABLE
            .iter()
            .flat_map(|(_, s)| s.iter().copied())
            .collect();
        in_table.sort_unstable();
        in_table.dedup();
        listed.sort_unstable();
        assert_eq!(listed, in_table);
    }

    #[test]
    fn table_count_equals_the_enumeration_for_every_run_of_the_symbols() {
        let all: Vec<char> = ALL_SYMBOLS.chars().collect();
        for end in 0..=all.len() {
            for start in 0..end {
                let present = &all[start..end];
                assert_eq!(
                    l33t_table_count(present),
                    enumerated_table_count(present),
                    "{present:?}"
                );
            }
        }
    }

    #[test]
    fn plain_text_gets_a_long_window_and_dense_symbols_a_short_one() {
        let letters = "correcthorsebatterystaple".repeat(4);
        assert_eq!(estimate_window(&letters), 84);
        let dense = ALL_SYMBOLS.repeat(5);
        let w = estimate_window(&dense);
        assert_eq!(w, 16);
        assert_eq!(estimate_window("short"), 5);
        assert_eq!(estimate_window(""), 0);
    }

    #[test]
    fn prefix_counts_characters_not_bytes() {
        assert_eq!(prefix("héllo", 2), "hé");
        assert_eq!(prefix("hé", 9), "hé");
    }
}
