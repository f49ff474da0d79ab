//! signup-guard patch: zxcvbn's one-time set-up, in steps that can run ahead of the first
//! estimate.
//!
//! The first call of [`crate::zxcvbn`] builds six ranked dictionaries (about 90,000 words) and
//! the matchers' fixed tables: 13 ms natively, several times that in a browser's baseline tier,
//! where a single task that long makes a page janky. [`step`] does one piece of that work per
//! call, so a caller can run the pieces in separate tasks (for example one per idle callback).
//! Each piece is built once, whichever comes first: its step or an estimate that needs it.
//! Running the steps changes no result.
//!
//! ```
//! use zxcvbn::warm_up;
//! for index in 0..warm_up::STEPS {
//!     assert!(warm_up::step(index));
//!     assert!(warm_up::done(index));
//! }
//! assert!(!warm_up::step(warm_up::STEPS));
//! ```

use crate::frequency_lists::{ranked_dictionary, ranked_dictionary_built, RANKED_DICTIONARY_COUNT};
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether the tables' step has run.
static TABLES_STEP_RAN: AtomicBool = AtomicBool::new(false);

/// How many steps the set-up has: one per built-in dictionary, then the fixed tables.
pub const STEPS: usize = RANKED_DICTIONARY_COUNT + 1;

/// Runs step `index` of the set-up (`0..STEPS`, in any order, any number of times); returns
/// false, doing nothing, when `index` is not below [`STEPS`].
pub fn step(index: usize) -> bool {
    if index < RANKED_DICTIONARY_COUNT {
        ranked_dictionary(index);
    } else if index == RANKED_DICTIONARY_COUNT {
        crate::matching::initialize_tables();
        crate::scoring::initialize_tables();
        TABLES_STEP_RAN.store(true, Ordering::Release);
    } else {
        return false;
    }
    true
}

/// Whether step `index`'s work is done: for a dictionary, whether it is built (by its step or
/// by an estimate); for the tables, whether their step has run. False for an `index` not below
/// [`STEPS`].
pub fn done(index: usize) -> bool {
    if index < RANKED_DICTIONARY_COUNT {
        ranked_dictionary_built(index)
    } else {
        index == RANKED_DICTIONARY_COUNT && TABLES_STEP_RAN.load(Ordering::Acquire)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_runs_and_the_estimate_is_unchanged() {
        let before = crate::zxcvbn("Tr0ub4dour&3", &["alice"]).guesses();
        for index in (0..STEPS).rev() {
            assert!(step(index));
            assert!(step(index), "a step runs again as a no-op");
        }
        assert!(!step(STEPS));
        assert_eq!(crate::zxcvbn("Tr0ub4dour&3", &["alice"]).guesses(), before);
    }
}
