//! Why a breach check could not give an answer.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a breach check could not be completed; in every case the answer is "couldn't check right
/// now", never "not breached". Serialized kebab-case, the same strings as the `code` property
/// of errors thrown by `breachCount` in JavaScript.
///
/// ```
/// use signup_guard::breach::{BreachErrorCode, RangeResponse};
/// let error = RangeResponse::parse("").unwrap_err();
/// assert_eq!(error.code(), BreachErrorCode::Malformed);
/// assert_eq!(BreachErrorCode::HttpStatus.to_string(), "http-status");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum BreachErrorCode {
    /// The request failed before a response arrived (offline, DNS, CORS, refused connection).
    Network,
    /// No complete response arrived within the time limit.
    Timeout,
    /// The service answered with a status other than 2xx.
    HttpStatus,
    /// The response body was not a valid range response (see [`super::RangeParseError`]).
    Malformed,
    /// The caller cancelled the check (an `AbortSignal` fired).
    Aborted,
}

impl BreachErrorCode {
    /// Every code, in declaration order.
    pub const ALL: [BreachErrorCode; 5] = [
        BreachErrorCode::Network,
        BreachErrorCode::Timeout,
        BreachErrorCode::HttpStatus,
        BreachErrorCode::Malformed,
        BreachErrorCode::Aborted,
    ];

    /// The kebab-case code, as serialized.
    ///
    /// ```
    /// use signup_guard::breach::BreachErrorCode;
    /// assert_eq!(BreachErrorCode::Timeout.as_str(), "timeout");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            BreachErrorCode::Network => "network",
            BreachErrorCode::Timeout => "timeout",
            BreachErrorCode::HttpStatus => "http-status",
            BreachErrorCode::Malformed => "malformed",
            BreachErrorCode::Aborted => "aborted",
        }
    }

    /// The catalog key of this code's message, such as `breach.error.timeout`.
    ///
    /// ```
    /// use signup_guard::breach::BreachErrorCode;
    /// use signup_guard::messages::{Lang, Messages};
    /// let key = BreachErrorCode::Network.message_key();
    /// assert_eq!(key, "breach.error.network");
    /// assert!(Messages::new(Lang::En).text(key, &[]).starts_with("Couldn't check"));
    /// ```
    pub fn message_key(self) -> &'static str {
        match self {
            BreachErrorCode::Network => "breach.error.network",
            BreachErrorCode::Timeout => "breach.error.timeout",
            BreachErrorCode::HttpStatus => "breach.error.http-status",
            BreachErrorCode::Malformed => "breach.error.malformed",
            BreachErrorCode::Aborted => "breach.error.aborted",
        }
    }
}

impl fmt::Display for BreachErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
