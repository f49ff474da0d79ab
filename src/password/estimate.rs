//! The strength estimate: zxcvbn over the bounded window of the NFC-normalized password.

use super::crack_time::CrackSeconds;
use super::feedback::{SuggestionCode, WarningCode};
use super::normalize::to_nfc;
use super::window::{estimate_window, prefix, ZXCVBN_MAX_CHARS};
use serde::Serialize;
use zxcvbn::matching::patterns::MatchPattern;

/// zxcvbn's verdict on one password, in plain data.
///
/// This is zxcvbn's estimate unchanged (no personal-information cap, no policy) for the first
/// [`window_chars`](Estimate::window_chars) characters of the NFC form of the password, so for
/// a password within the window it matches zxcvbn.js on the same NFC text and inputs.
///
/// ```
/// use signup_guard::password::estimate;
/// let result = estimate("correct horse battery staple", &[]);
/// assert_eq!(result.score, 4);
/// assert!(result.whole_password_estimated);
/// assert!(!result.whole_dictionary_match);
/// assert!(estimate("Password", &[]).whole_dictionary_match);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Estimate {
    /// zxcvbn's score, 0 (too guessable) to 4 (very unguessable).
    pub score: u8,
    /// Estimated guesses; 0 for an empty password.
    pub guesses: u64,
    /// Base-10 logarithm of `guesses`; 0 for an empty password.
    pub guesses_log10: f64,
    /// Seconds to guess it in zxcvbn's four attack scenarios.
    pub crack_seconds: CrackSeconds,
    /// zxcvbn's warning, if any.
    pub warning: Option<WarningCode>,
    /// zxcvbn's suggestions, possibly empty.
    pub suggestions: Vec<SuggestionCode>,
    /// Whether the whole password, after undoing case, l33t and reversal, is one dictionary
    /// entry (common password, English word, name, film or TV term), not counting user inputs.
    pub whole_dictionary_match: bool,
    /// How many leading characters (of the NFC form) were estimated; see [`super::window`].
    pub window_chars: usize,
    /// Whether the window covered the whole password.
    pub whole_password_estimated: bool,
}

/// How many leading code points of the raw input are normalized for the estimate: NFC turns
/// at most four code points into one (the longest canonical decomposition, U+1F82, has four),
/// so this always yields more than [`ZXCVBN_MAX_CHARS`] normalized characters when the input
/// has them, while the work stays bounded for inputs of any length.
pub const ESTIMATE_SCAN_CHARS: usize = 4 * ZXCVBN_MAX_CHARS + 16;

/// Estimates how hard `password` is to guess, with `user_inputs` as zxcvbn's extra dictionary.
///
/// The password is NFC-normalized, then zxcvbn runs on its first [`estimate_window`]
/// characters; only the first [`ESTIMATE_SCAN_CHARS`] code points are read at all, so the work
/// is bounded for any input. `user_inputs` are
/// passed to zxcvbn exactly as given (zxcvbn lowercases them); [`super::check_password`]
/// expands e-mail addresses and names into parts before calling this.
///
/// ```
/// let e = signup_guard::password::estimate("correct horse battery staple", &[]);
/// assert_eq!(e.score, 4);
/// assert!(signup_guard::password::estimate("P@ssw0rd", &[]).whole_dictionary_match);
/// ```
pub fn estimate(password: &str, user_inputs: &[&str]) -> Estimate {
    let scanned = prefix(password, ESTIMATE_SCAN_CHARS);
    let normalized = to_nfc(scanned);
    let window_chars = estimate_window(&normalized);
    let estimated = prefix(&normalized, window_chars);
    let whole_password_estimated = scanned.len() == password.len() && estimated == normalized;
    let entropy = zxcvbn::zxcvbn(estimated, user_inputs);
    let sequence = entropy.sequence();
    let whole_dictionary_match = whole_password_estimated
        && sequence.len() == 1
        && sequence.iter().all(|m| match &m.pattern {
            // `DictionaryType` is not exported by zxcvbn; its derived Debug names the variant.
            MatchPattern::Dictionary(p) => format!("{:?}", p.dictionary_name) != "UserInputs",
            _ => false,
        });
    let guesses_log10 = entropy.guesses_log10();
    Estimate {
        score: u8::from(entropy.score()),
        guesses: entropy.guesses(),
        guesses_log10: if guesses_log10.is_finite() {
            guesses_log10
        } else {
            0.0
        },
        crack_seconds: CrackSeconds::from_guesses(entropy.guesses()),
        warning: entropy
            .feedback()
            .and_then(|f| f.warning())
            .map(WarningCode::from),
        suggestions: entropy
            .feedback()
            .map(|f| {
                f.suggestions()
                    .iter()
                    .copied()
                    .map(SuggestionCode::from)
                    .collect()
            })
            .unwrap_or_default(),
        whole_dictionary_match,
        window_chars,
        whole_password_estimated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_passwords_score_zero_and_passphrases_four() {
        let e = estimate("password", &[]);
        assert_eq!(e.score, 0);
        assert_eq!(e.warning, Some(WarningCode::Top10Common));
        assert!(e.whole_dictionary_match);
        assert_eq!(estimate("correct horse battery staple", &[]).score, 4);
    }

    #[test]
    fn empty_password_has_finite_zero_guesses_log10_and_default_suggestions() {
        let e = estimate("", &[]);
        assert_eq!((e.score, e.guesses, e.guesses_log10), (0, 0, 0.0));
        assert_eq!(
            e.suggestions,
            [
                SuggestionCode::UseAFewWords,
                SuggestionCode::NoNeedForSymbols
            ]
        );
        assert!(!e.whole_dictionary_match);
    }

    #[test]
    fn user_input_alone_is_not_a_common_password() {
        let e = estimate("zqxwvkjt", &["zqxwvkjt"]);
        assert!(!e.whole_dictionary_match);
        assert_eq!(e.score, 0);
    }

    #[test]
    fn l33t_case_and_reversal_still_count_as_dictionary_matches() {
        for pw in ["P@55W0RD", "drowssap", "M0nK3y"] {
            assert!(estimate(pw, &[]).whole_dictionary_match, "{pw}");
        }
        assert!(!estimate("M0nK3y-tr4in", &[]).whole_dictionary_match);
    }
}
