//! The patched zxcvbn gives upstream's result: the same guesses, or, where upstream's own
//! result varies from call to call (its search depends on `HashMap` order), the lowest of
//! upstream's. So the patched guesses are never above upstream's, and when they are below, a
//! later upstream call reaches them.
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

/// Upstream calls allowed to reach the patched guesses when the first one did not.
const UPSTREAM_RETRIES: usize = 200;

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
    let upstream = upstream::zxcvbn(&password, &user_inputs);
    assert!(
        patched.guesses() <= upstream.guesses(),
        "{password:?} {user_inputs:?}: patched {} > upstream {}",
        patched.guesses(),
        upstream.guesses()
    );
    if patched.guesses() < upstream.guesses() {
        let reached = (0..UPSTREAM_RETRIES)
            .any(|_| upstream::zxcvbn(&password, &user_inputs).guesses() == patched.guesses());
        assert!(
            reached,
            "{password:?} {user_inputs:?}: patched {} is below every upstream result",
            patched.guesses()
        );
    }
});
