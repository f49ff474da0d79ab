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

#[path = "../../src/real_sequence.rs"]
mod real_sequence;
use real_sequence::is_real_sequence;

/// Upstream has no bound on its work (dense l33t symbols cost seconds at 100 characters), so
/// passwords are cut to this many characters.
const MAX_CHARS: usize = 16;

#[derive(Debug, Arbitrary)]
struct Input<'a> {
    password: &'a str,
    user_inputs: Vec<&'a str>,
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
    assert!(
        is_real_sequence(&password, &patched),
        "{password:?} {user_inputs:?}: {patched:?}"
    );
    let upstream = upstream::zxcvbn(&password, &user_inputs);
    assert!(
        patched.guesses() <= upstream.guesses(),
        "{password:?} {user_inputs:?}: patched {} > upstream {}",
        patched.guesses(),
        upstream.guesses()
    );
});
