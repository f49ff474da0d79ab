//! The password checker's one-time set-up, in steps small enough to run between a page's
//! other tasks.
//!
//! The first [`check_password`](super::check_password) builds zxcvbn's six dictionaries and
//! tables, and it is the first run of most of the estimator's code. Natively that is 13 ms once.
//! In Chromium it is one task of 46–47 ms (75–104 ms before zxcvbn's regular expressions became
//! scans): the dictionaries are built in the engine's baseline tier, and WebAssembly functions
//! are compiled on their first call. A page that checks
//! passwords on its main thread calls [`warm_up_step`] once per idle task instead, for every
//! index below [`WARM_UP_STEPS`], before the person types: first zxcvbn's set-up one dictionary
//! at a time ([`zxcvbn::warm_up`]), then a check of each of a few sample passwords, each
//! reaching parts of the estimator the earlier ones did not (so their code is compiled in its
//! own task). Steps run in any order and any number of times, and change no result.
//!
//! ```
//! use signup_guard::password::{warm_up_step, WARM_UP_STEPS};
//! assert!((0..WARM_UP_STEPS).all(warm_up_step));
//! assert!(!warm_up_step(WARM_UP_STEPS));
//! ```

use super::{check_password, PasswordOptions};

/// The sample passwords of the steps after zxcvbn's own, one group per step: a short plain one
/// first, then ones that zxcvbn rates as l33t, reversed, personal (the context word "ada") and
/// recent-year matches, then as spatial, sequence, date and repeat matches. Each is checked with
/// a context word and a confirmation, so the policy's paths run too.
const SAMPLES: [&[&str]; 3] = [
    &["a"],
    &["P@ssw0rd!", "drowssap", "Ada2019"],
    &["zxcvfr", "abcdef", "14.07.1987", "zzzzzz"],
];

/// How many steps the set-up has.
pub const WARM_UP_STEPS: usize = zxcvbn::warm_up::STEPS + SAMPLES.len();

/// Runs step `index` (below [`WARM_UP_STEPS`]) of the set-up; returns false, doing nothing,
/// for any other `index`.
pub fn warm_up_step(index: usize) -> bool {
    if zxcvbn::warm_up::step(index) {
        return true;
    }
    let Some(group) = index
        .checked_sub(zxcvbn::warm_up::STEPS)
        .and_then(|group| SAMPLES.get(group))
    else {
        return false;
    };
    for sample in group.iter() {
        let options = PasswordOptions {
            user_inputs: vec!["ada@example.org".into()],
            confirmation: Some((*sample).into()),
            ..PasswordOptions::default()
        };
        // The default policy cannot be contradictory, so this cannot fail; the report is
        // discarded.
        let _ = check_password(sample, &options, &options.messages());
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    use zxcvbn::matching::patterns::MatchPattern;

    #[test]
    fn samples_are_rated_as_the_matches_they_are_for() {
        let patterns: Vec<String> = SAMPLES
            .iter()
            .flat_map(|group| group.iter())
            .flat_map(|sample| zxcvbn::zxcvbn(sample, &["ada"]).sequence().to_vec())
            .map(|m| match m.pattern {
                MatchPattern::Dictionary(d) if d.l33t => "l33t".to_owned(),
                MatchPattern::Dictionary(d) if d.reversed => "reversed".to_owned(),
                MatchPattern::Dictionary(d) => format!("{:?}", d.dictionary_name),
                other => format!("{other:?}")
                    .split('(')
                    .next()
                    .unwrap_or_default()
                    .to_owned(),
            })
            .collect();
        let expected = [
            "l33t",
            "reversed",
            "UserInputs",
            "Regex",
            "Spatial",
            "Sequence",
            "Date",
            "Repeat",
        ];
        for kind in expected {
            assert!(
                patterns.iter().any(|p| p == kind),
                "{kind} not in {patterns:?}"
            );
        }
    }

    #[test]
    fn every_step_runs_and_out_of_range_does_nothing() {
        for index in 0..WARM_UP_STEPS {
            assert!(warm_up_step(index), "step {index}");
        }
        assert!(!warm_up_step(WARM_UP_STEPS));
        assert!(!warm_up_step(usize::MAX));
    }
}
