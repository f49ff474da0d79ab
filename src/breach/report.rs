//! The outcome of a breach check as a serializable report with its localized message.

use super::BreachErrorCode;
use crate::messages::{Lang, Messages};
use serde::Serialize;

/// The three possible outcomes of a breach check.
///
/// ```
/// use signup_guard::breach::{BreachReport, BreachStatus};
/// use signup_guard::messages::{Lang, Messages};
/// assert_eq!(BreachReport::from_count(0, &Messages::new(Lang::En)).status, BreachStatus::NotFound);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum BreachStatus {
    /// The password is not listed in any known breach.
    NotFound,
    /// The password is listed: a policy failure, the person must choose another one.
    Breached,
    /// The check could not be completed; see [`BreachReport::error`].
    Unchecked,
}

/// What a breach check says about one password, with the message to show.
///
/// ```
/// use signup_guard::breach::{BreachErrorCode, BreachReport};
/// use signup_guard::messages::{Lang, Messages};
/// let de = Messages::new(Lang::De);
/// let report = BreachReport::from_count(1, &de);
/// assert!(report.is_breached());
/// assert_eq!(report.key, "breach.found-once");
/// // Fail open, but say so: an unchecked report is not a breach.
/// let unchecked = BreachReport::from_error(BreachErrorCode::Timeout, &de);
/// assert!(!unchecked.is_breached());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BreachReport {
    /// The outcome.
    pub status: BreachStatus,
    /// Times the password was seen in breaches; 0 unless `status` is `breached`.
    pub count: u64,
    /// Why the check could not be completed; present only when `status` is `unchecked`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<BreachErrorCode>,
    /// The catalog key of `message`, such as `breach.found` or `breach.error.timeout`.
    pub key: &'static str,
    /// The message in the language of the [`Messages`] given.
    pub message: String,
}

impl BreachReport {
    /// The report for a completed check that found the password `count` times (0 = not found).
    ///
    /// ```
    /// use signup_guard::breach::{BreachReport, BreachStatus};
    /// use signup_guard::messages::{Lang, Messages};
    /// let report = BreachReport::from_count(10434004, &Messages::new(Lang::En));
    /// assert_eq!(report.status, BreachStatus::Breached);
    /// assert_eq!(
    ///     report.message,
    ///     "Seen 10,434,004 times in data breaches — choose another password."
    /// );
    /// ```
    pub fn from_count(count: u64, messages: &Messages) -> Self {
        let (status, key) = match count {
            0 => (BreachStatus::NotFound, "breach.not-found"),
            1 => (BreachStatus::Breached, "breach.found-once"),
            _ => (BreachStatus::Breached, "breach.found"),
        };
        let formatted = format_count(count, messages.lang());
        let message = messages.text(key, &[("count", &formatted)]);
        Self {
            status,
            count,
            error: None,
            key,
            message,
        }
    }

    /// The report for a check that could not be completed.
    ///
    /// ```
    /// use signup_guard::breach::{BreachErrorCode, BreachReport, BreachStatus};
    /// use signup_guard::messages::{Lang, Messages};
    /// let report = BreachReport::from_error(BreachErrorCode::HttpStatus, &Messages::new(Lang::En));
    /// assert_eq!(report.status, BreachStatus::Unchecked);
    /// assert_eq!(report.error, Some(BreachErrorCode::HttpStatus));
    /// assert_eq!(report.key, "breach.error.http-status");
    /// ```
    pub fn from_error(code: BreachErrorCode, messages: &Messages) -> Self {
        let key = code.message_key();
        Self {
            status: BreachStatus::Unchecked,
            count: 0,
            error: Some(code),
            key,
            message: messages.text(key, &[]),
        }
    }

    /// Whether the password must be rejected.
    ///
    /// ```
    /// use signup_guard::breach::BreachReport;
    /// use signup_guard::messages::{Lang, Messages};
    /// assert!(BreachReport::from_count(3, &Messages::new(Lang::En)).is_breached());
    /// assert!(!BreachReport::from_count(0, &Messages::new(Lang::En)).is_breached());
    /// ```
    pub fn is_breached(&self) -> bool {
        self.status == BreachStatus::Breached
    }
}

/// `count` with the digit grouping of `lang`: `1,234,567` (en), `1.234.567` (de, es),
/// `1 234 567` with narrow no-break spaces (fr). Spanish leaves four-digit numbers ungrouped.
///
/// ```
/// use signup_guard::breach::format_count;
/// use signup_guard::messages::Lang;
/// assert_eq!(format_count(1234567, Lang::En), "1,234,567");
/// assert_eq!(format_count(1234567, Lang::De), "1.234.567");
/// assert_eq!(format_count(1234567, Lang::Fr), "1\u{202F}234\u{202F}567");
/// assert_eq!(format_count(4242, Lang::Es), "4242");
/// ```
pub fn format_count(count: u64, lang: Lang) -> String {
    let (separator, min_grouped) = match lang {
        Lang::En => (",", 1_000),
        Lang::De => (".", 1_000),
        Lang::Fr => ("\u{202F}", 1_000),
        Lang::Es => (".", 10_000),
    };
    let digits = count.to_string();
    if count < min_grouped {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    let first = match digits.len() % 3 {
        0 => 3,
        n => n,
    };
    let (head, tail) = digits.split_at(first.min(digits.len()));
    out.push_str(head);
    for group in tail.as_bytes().chunks(3) {
        out.push_str(separator);
        out.push_str(std::str::from_utf8(group).unwrap_or(""));
    }
    out
}
