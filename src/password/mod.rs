//! Password strength: zxcvbn's estimate behind a small, serializable report.
//!
//! ```
//! let report = signup_guard::password::check_password("correct horse battery staple");
//! assert_eq!(report.score, 4);
//! ```

use serde::Serialize;

/// What the strength estimate says about one password.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PasswordReport {
    /// zxcvbn's score, 0 (too guessable) to 4 (very unguessable).
    pub score: u8,
    /// Base-10 logarithm of the estimated number of guesses; 0 for an empty password.
    pub guesses_log10: f64,
}

/// Estimates how hard `password` is to guess.
pub fn check_password(password: &str) -> PasswordReport {
    let entropy = zxcvbn::zxcvbn(password, &[]);
    let guesses_log10 = entropy.guesses_log10();
    PasswordReport {
        score: u8::from(entropy.score()),
        guesses_log10: if guesses_log10.is_finite() { guesses_log10 } else { 0.0 },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_password_scores_zero_and_passphrase_scores_four() {
        assert_eq!(check_password("password").score, 0);
        assert_eq!(check_password("correct horse battery staple").score, 4);
    }

    #[test]
    fn empty_password_has_finite_zero_guesses_log10() {
        let report = check_password("");
        assert_eq!(report.score, 0);
        assert_eq!(report.guesses_log10, 0.0);
    }
}
