//! The patched zxcvbn against upstream: never more guesses, and every patched result a real
//! sequence. Upstream's search drops sequences by a rule that depends on the order it tries
//! them (random `HashMap` order), so it sometimes misses its own best sequence and varies from
//! call to call; the patched search is exact. So the patched guesses are never above upstream's.
//!
//! Score and feedback are not compared: where two sequences tie, each copy returns the one it
//! finds first, and upstream's order comes from an unstable sort and `HashMap`s. A palindrome
//! found both forwards and reversed, with the same guesses, makes upstream add "reversed words
//! aren't much harder to guess" and the patched copy not (`7820%%%%%%%%%%%%` with the context
//! word `%%%%%%%%%%%%`). `tools/zxcvbn-diff` compares feedback on its fixed corpus.
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

/// Upstream has no bound on its work (dense l33t symbols cost seconds at 100 characters), so
/// passwords are cut to this many characters.
const MAX_CHARS: usize = 16;

#[derive(Debug, Arbitrary)]
struct Input<'a> {
    password: &'a str,
    user_inputs: Vec<&'a str>,
}

/// Whether `entropy`'s sequence covers `password` in order, each match's token being its
/// characters, and rates as zxcvbn rates sequences: `l! × Π guesses + 10_000^(l−1)`.
fn is_real_sequence(password: &str, entropy: &patched::Entropy) -> bool {
    let chars: Vec<char> = password.chars().collect();
    let sequence = entropy.sequence();
    if chars.is_empty() {
        return sequence.is_empty();
    }
    let mut next = 0;
    let mut product: u64 = 1;
    for m in sequence {
        let token: String = chars.get(m.i..=m.j).unwrap_or_default().iter().collect();
        if m.i != next || m.token != token {
            return false;
        }
        product = product.saturating_mul(m.guesses.unwrap_or(0));
        next = m.j + 1;
    }
    let l = sequence.len() as u64;
    let factorial = (1..=l).fold(1u64, u64::saturating_mul);
    let additive = if l <= 1 { l } else { (2..l).fold(10_000u64, |a, _| a.saturating_mul(10_000)) };
    next == chars.len() && factorial.saturating_mul(product).saturating_add(additive) == entropy.guesses()
}

fuzz_target!(|input: Input<'_>| {
    let password: String = input.password.chars().take(MAX_CHARS).collect();
    let user_inputs: Vec<String> = input
        .user_inputs
        .iter()
        .take(3)
        .map(|word| word.chars().take(MAX_CHARS).collect())
        .collect();
    let user_inputs: Vec<&str> = user_inputs.iter().map(String::as_str).collect();

    let patched = patched::zxcvbn(&password, &user_inputs);
    assert!(is_real_sequence(&password, &patched), "{password:?} {user_inputs:?}: {patched:?}");
    let upstream = upstream::zxcvbn(&password, &user_inputs);
    assert!(
        patched.guesses() <= upstream.guesses(),
        "{password:?} {user_inputs:?}: patched {} > upstream {}",
        patched.guesses(),
        upstream.guesses()
    );
});
