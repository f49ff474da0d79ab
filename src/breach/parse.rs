//! Strict parser for range API bodies: one `SUFFIX:COUNT` row per line.
//!
//! The parser errs on the side of "couldn't check" rather than "not breached": anything it
//! does not fully understand is an error, never an empty result.
//!
//! Decisions worth knowing:
//! - Line endings may be LF or CRLF, mixed, with or without a final line ending; suffixes may
//!   be any case. No other whitespace is accepted, and a blank line inside the body is an error.
//! - Rows with count 0 are padding (requested with `Add-Padding: true`) and are dropped.
//! - An empty body (or one holding only line endings) is an error: the real API lists hundreds
//!   of suffixes for every one of the 16⁵ prefixes, so an empty body means something between
//!   the page and the API (a proxy, a cut connection, a misconfigured endpoint) went wrong.
//!   A body holding only padding rows is valid and simply contains no breached suffix.
//! - A suffix listed twice keeps the larger count: the real API never repeats a suffix, and
//!   taking the maximum can only err towards "breached", never towards "not breached".
//! - Counts are decimal digits only (no sign, no spaces) and at most [`MAX_COUNT`], the largest
//!   integer a JavaScript number holds exactly; bodies are at most [`MAX_BODY_BYTES`].

use super::{BreachErrorCode, HashSuffix};
use std::fmt;

/// Largest body accepted, in bytes (1 MiB). Real padded responses are about 40 KB.
pub const MAX_BODY_BYTES: usize = 1 << 20;

/// Largest count accepted: 2⁵³ − 1, so every count is exact as a JavaScript number.
pub const MAX_COUNT: u64 = (1 << 53) - 1;

/// Why a range body was rejected. Every variant maps to [`BreachErrorCode::Malformed`].
///
/// ```
/// use signup_guard::breach::{RangeParseError, RangeResponse};
/// assert_eq!(RangeResponse::parse(""), Err(RangeParseError::Empty));
/// assert_eq!(RangeResponse::parse("ABC:1"), Err(RangeParseError::BadSuffix { line: 1 }));
/// assert_eq!(
///     RangeResponse::parse("1E4C9B93F3F0682250B6CF8331B7EE68FD8:-1"),
///     Err(RangeParseError::BadCount { line: 1 })
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RangeParseError {
    /// The body is larger than [`MAX_BODY_BYTES`].
    #[error("range response is {size} bytes, more than the {limit}-byte limit")]
    TooLarge {
        /// Size of the body in bytes.
        size: usize,
        /// The limit it exceeded.
        limit: usize,
    },
    /// The body is not valid UTF-8.
    #[error("range response is not UTF-8 text")]
    NotUtf8,
    /// The body holds no rows at all.
    #[error("range response is empty")]
    Empty,
    /// A line has no `:` separating suffix and count (this includes blank lines).
    #[error("range response line {line}: expected `SUFFIX:COUNT`")]
    MissingColon {
        /// 1-based line number.
        line: usize,
    },
    /// A suffix is not exactly 35 hex characters.
    #[error("range response line {line}: the suffix is not 35 hexadecimal characters")]
    BadSuffix {
        /// 1-based line number.
        line: usize,
    },
    /// A count is empty or not made of decimal digits only.
    #[error("range response line {line}: the count is not a decimal number")]
    BadCount {
        /// 1-based line number.
        line: usize,
    },
    /// A count is larger than [`MAX_COUNT`].
    #[error("range response line {line}: the count is larger than {MAX_COUNT}")]
    CountOverflow {
        /// 1-based line number.
        line: usize,
    },
}

impl RangeParseError {
    /// The error code reported to callers: always [`BreachErrorCode::Malformed`].
    ///
    /// ```
    /// use signup_guard::breach::{BreachErrorCode, RangeParseError};
    /// assert_eq!(RangeParseError::NotUtf8.code(), BreachErrorCode::Malformed);
    /// ```
    pub fn code(&self) -> BreachErrorCode {
        BreachErrorCode::Malformed
    }
}

/// The breached suffixes of one range response with their counts (padding rows removed).
///
/// ```
/// use signup_guard::breach::{RangeQuery, RangeResponse};
/// // A padded body as the API sends it with `Add-Padding: true`: count-0 rows are dropped.
/// let body = "0018A45C4D1DEF81644B54AB7F969B88D65:0\r\n1E4C9B93F3F0682250B6CF8331B7EE68FD8:10434004";
/// let response = RangeResponse::parse(body)?;
/// assert_eq!(response.len(), 1);
/// assert_eq!(response.count(RangeQuery::for_password("password").suffix()), 10434004);
/// # Ok::<(), signup_guard::breach::RangeParseError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Default)]
pub struct RangeResponse {
    /// Sorted by suffix, each suffix once, every count above zero.
    entries: Vec<(HashSuffix, u64)>,
}

impl RangeResponse {
    /// Parses a range body given as bytes (as read from a socket), checking size and UTF-8.
    ///
    /// ```
    /// use signup_guard::breach::{RangeParseError, RangeResponse};
    /// // What an HTTP client hands you: the body as bytes.
    /// let body: &[u8] = b"1E4C9B93F3F0682250B6CF8331B7EE68FD8:2\n";
    /// assert_eq!(RangeResponse::parse_bytes(body)?.len(), 1);
    /// assert_eq!(RangeResponse::parse_bytes(&[0xff, 0xfe]), Err(RangeParseError::NotUtf8));
    /// # Ok::<(), RangeParseError>(())
    /// ```
    pub fn parse_bytes(body: &[u8]) -> Result<Self, RangeParseError> {
        check_size(body.len())?;
        let text = std::str::from_utf8(body).map_err(|_| RangeParseError::NotUtf8)?;
        Self::parse(text)
    }

    /// Parses a range body; see the module documentation for exactly what is accepted.
    ///
    /// ```
    /// use signup_guard::breach::{RangeParseError, RangeResponse};
    /// let response = RangeResponse::parse("1e4c9b93f3f0682250b6cf8331b7ee68fd8:2\r\n")?;
    /// assert_eq!(response.len(), 1);
    /// assert_eq!(RangeResponse::parse("\r\n"), Err(RangeParseError::Empty));
    /// # Ok::<(), RangeParseError>(())
    /// ```
    pub fn parse(body: &str) -> Result<Self, RangeParseError> {
        check_size(body.len())?;
        if body.bytes().all(|b| b == b'\r' || b == b'\n') {
            return Err(RangeParseError::Empty);
        }
        let rows = body
            .strip_suffix('\n')
            .map(|rest| rest.strip_suffix('\r').unwrap_or(rest))
            .unwrap_or(body);
        let mut entries = Vec::new();
        for (index, raw) in rows.split('\n').enumerate() {
            let line = raw.strip_suffix('\r').unwrap_or(raw);
            let (suffix, count) = parse_row(line, index + 1)?;
            if count > 0 {
                entries.push((suffix, count));
            }
        }
        entries.sort_unstable_by_key(|entry| entry.0);
        entries.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1 = kept.1.max(later.1);
            }
            same
        });
        Ok(Self { entries })
    }

    /// How many times `suffix` was seen in breaches; 0 when the response does not list it.
    ///
    /// ```
    /// use signup_guard::breach::{RangeQuery, RangeResponse};
    /// let response = RangeResponse::parse("1E4C9B93F3F0682250B6CF8331B7EE68FD8:2")?;
    /// assert_eq!(response.count(RangeQuery::for_password("password").suffix()), 2);
    /// assert_eq!(response.count(RangeQuery::for_password("not listed").suffix()), 0);
    /// # Ok::<(), signup_guard::breach::RangeParseError>(())
    /// ```
    pub fn count(&self, suffix: &HashSuffix) -> u64 {
        self.entries
            .binary_search_by(|(candidate, _)| candidate.cmp(suffix))
            .ok()
            .and_then(|index| self.entries.get(index))
            .map_or(0, |&(_, count)| count)
    }

    /// Number of breached suffixes listed (padding rows excluded).
    ///
    /// ```
    /// use signup_guard::breach::RangeResponse;
    /// assert_eq!(RangeResponse::parse("1E4C9B93F3F0682250B6CF8331B7EE68FD8:2")?.len(), 1);
    /// # Ok::<(), signup_guard::breach::RangeParseError>(())
    /// ```
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the response lists no breached suffix (for example, only padding rows).
    ///
    /// ```
    /// use signup_guard::breach::RangeResponse;
    /// // Only padding rows: a valid answer listing no breached suffix.
    /// assert!(RangeResponse::parse("1E4C9B93F3F0682250B6CF8331B7EE68FD8:0")?.is_empty());
    /// # Ok::<(), signup_guard::breach::RangeParseError>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl fmt::Debug for RangeResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RangeResponse")
            .field("suffixes", &self.entries.len())
            .finish()
    }
}

/// Rejects a body longer than [`MAX_BODY_BYTES`].
fn check_size(size: usize) -> Result<(), RangeParseError> {
    if size > MAX_BODY_BYTES {
        return Err(RangeParseError::TooLarge {
            size,
            limit: MAX_BODY_BYTES,
        });
    }
    Ok(())
}

/// Parses one `SUFFIX:COUNT` line (without its line ending).
fn parse_row(line: &str, number: usize) -> Result<(HashSuffix, u64), RangeParseError> {
    let (suffix, count) = line
        .split_once(':')
        .ok_or(RangeParseError::MissingColon { line: number })?;
    let suffix =
        HashSuffix::parse(suffix).map_err(|_| RangeParseError::BadSuffix { line: number })?;
    Ok((suffix, parse_count(count, number)?))
}

/// Parses a count made of decimal digits only, at most [`MAX_COUNT`].
fn parse_count(text: &str, line: usize) -> Result<u64, RangeParseError> {
    if text.is_empty() {
        return Err(RangeParseError::BadCount { line });
    }
    let mut value: u64 = 0;
    for byte in text.bytes() {
        if !byte.is_ascii_digit() {
            return Err(RangeParseError::BadCount { line });
        }
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(byte - b'0')))
            .filter(|&v| v <= MAX_COUNT)
            .ok_or(RangeParseError::CountOverflow { line })?;
    }
    Ok(value)
}
