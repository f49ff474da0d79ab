//! SHA-1 of a password and its k-anonymity split into a public prefix and a private suffix.

use std::fmt;

/// Uppercase hexadecimal digits, indexed by nibble value.
const HEX_DIGITS: &[u8; 16] = b"0123456789ABCDEF";

/// Length of a SHA-1 digest written in hexadecimal.
const SHA1_HEX_LEN: usize = 40;

/// Number of hex characters of the hash sent to the range API.
const PREFIX_LEN: usize = 5;

/// Number of hex characters of the hash that never leave the client.
const SUFFIX_LEN: usize = SHA1_HEX_LEN - PREFIX_LEN;

/// A string that is not a well-formed piece of a SHA-1 hex digest.
///
/// ```
/// use signup_guard::breach::{HashPartError, HashPrefix};
/// assert_eq!(HashPrefix::parse("5BAA"), Err(HashPartError::WrongLength { expected: 5, found: 4 }));
/// assert_eq!(HashPrefix::parse("5BAAZ"), Err(HashPartError::NotHex));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum HashPartError {
    /// The text does not have the required number of characters.
    #[error("expected {expected} hexadecimal characters, found {found}")]
    WrongLength {
        /// Characters required.
        expected: usize,
        /// Characters (bytes) given.
        found: usize,
    },
    /// The text contains a character outside `0-9`, `a-f`, `A-F`.
    #[error("expected only hexadecimal characters")]
    NotHex,
}

/// Uppercases `text` into a fixed array if it is exactly `N` hex characters of any case.
fn parse_hex<const N: usize>(text: &str) -> Result<[u8; N], HashPartError> {
    let bytes = text.as_bytes();
    let mut out = [0u8; N];
    if bytes.len() != N {
        return Err(HashPartError::WrongLength {
            expected: N,
            found: bytes.len(),
        });
    }
    for (slot, &byte) in out.iter_mut().zip(bytes) {
        if !byte.is_ascii_hexdigit() {
            return Err(HashPartError::NotHex);
        }
        *slot = byte.to_ascii_uppercase();
    }
    Ok(out)
}

/// Views an array built by [`parse_hex`] or [`sha1_hex_bytes`] (always ASCII) as text.
fn ascii_str(bytes: &[u8]) -> &str {
    // The arrays only ever hold ASCII hex digits, so this never takes the fallback.
    std::str::from_utf8(bytes).unwrap_or("")
}

/// The SHA-1 of `input` as 40 uppercase hex characters, without allocating.
fn sha1_hex_bytes(input: &str) -> [u8; SHA1_HEX_LEN] {
    let digest = sha1_smol::Sha1::from(input.as_bytes()).digest().bytes();
    let mut out = [0u8; SHA1_HEX_LEN];
    for (pair, byte) in out.chunks_exact_mut(2).zip(digest) {
        if let [high, low] = pair {
            *high = HEX_DIGITS[usize::from(byte >> 4)];
            *low = HEX_DIGITS[usize::from(byte & 0x0F)];
        }
    }
    out
}

/// The SHA-1 of `input` (its UTF-8 bytes) as 40 uppercase hex characters, the form the range
/// API uses. This is the full hash: keep it on the client; send only [`RangeQuery::prefix`].
///
/// ```
/// assert_eq!(
///     signup_guard::breach::sha1_hex("password"),
///     "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8"
/// );
/// ```
pub fn sha1_hex(input: &str) -> String {
    ascii_str(&sha1_hex_bytes(input)).to_owned()
}

/// The first 5 hex characters of a SHA-1, uppercase: the only part sent to the range API.
///
/// ```
/// use signup_guard::breach::RangeQuery;
/// let prefix = RangeQuery::for_password("password").prefix().to_owned();
/// assert_eq!(prefix.to_string(), "5BAA6");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HashPrefix([u8; PREFIX_LEN]);

impl HashPrefix {
    /// Parses exactly 5 hex characters of any case.
    ///
    /// ```
    /// use signup_guard::breach::HashPrefix;
    /// assert_eq!(HashPrefix::parse("5baa6")?.as_str(), "5BAA6");
    /// # Ok::<(), signup_guard::breach::HashPartError>(())
    /// ```
    pub fn parse(text: &str) -> Result<Self, HashPartError> {
        parse_hex(text).map(Self)
    }

    /// The prefix as 5 uppercase hex characters.
    ///
    /// ```
    /// use signup_guard::breach::RangeQuery;
    /// assert_eq!(RangeQuery::for_password("password").prefix().as_str(), "5BAA6");
    /// ```
    pub fn as_str(&self) -> &str {
        ascii_str(&self.0)
    }
}

impl fmt::Debug for HashPrefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("HashPrefix").field(&self.as_str()).finish()
    }
}

impl fmt::Display for HashPrefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The last 35 hex characters of a SHA-1, uppercase: matched locally, never sent.
///
/// It has no `Display`, and its `Debug` is redacted, so it cannot end up in a log by accident;
/// use [`HashSuffix::as_str`] where the text is really needed.
///
/// ```
/// use signup_guard::breach::RangeQuery;
/// let query = RangeQuery::for_password("password");
/// assert_eq!(format!("{:?}", query.suffix()), "HashSuffix(<redacted>)");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HashSuffix([u8; SUFFIX_LEN]);

impl HashSuffix {
    /// Parses exactly 35 hex characters of any case.
    ///
    /// ```
    /// use signup_guard::breach::HashSuffix;
    /// let suffix = HashSuffix::parse("1e4c9b93f3f0682250b6cf8331b7ee68fd8")?;
    /// assert_eq!(suffix.as_str(), "1E4C9B93F3F0682250B6CF8331B7EE68FD8");
    /// # Ok::<(), signup_guard::breach::HashPartError>(())
    /// ```
    pub fn parse(text: &str) -> Result<Self, HashPartError> {
        parse_hex(text).map(Self)
    }

    /// The suffix as 35 uppercase hex characters.
    ///
    /// ```
    /// use signup_guard::breach::RangeQuery;
    /// let query = RangeQuery::for_password("password");
    /// assert_eq!(query.suffix().as_str(), "1E4C9B93F3F0682250B6CF8331B7EE68FD8");
    /// ```
    pub fn as_str(&self) -> &str {
        ascii_str(&self.0)
    }
}

impl fmt::Debug for HashSuffix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("HashSuffix(<redacted>)")
    }
}

/// A password's SHA-1 split for the range API: the prefix to send and the suffix to look up.
///
/// `Display` shows only the prefix and `Debug` redacts the suffix, so neither the password nor
/// its full hash can leak through formatting.
///
/// ```
/// use signup_guard::breach::RangeQuery;
/// let query = RangeQuery::for_password("password");
/// assert_eq!(query.to_string(), "5BAA6"); // Display shows the prefix only
/// assert!(!format!("{query:?}").contains("1E4C9B93"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct RangeQuery {
    prefix: HashPrefix,
    suffix: HashSuffix,
}

impl RangeQuery {
    /// Hashes `password` (its UTF-8 bytes, as the range API expects) and splits the hash.
    ///
    /// ```
    /// use signup_guard::breach::{sha1_hex, RangeQuery};
    /// let query = RangeQuery::for_password("correct horse battery staple");
    /// let full = sha1_hex("correct horse battery staple");
    /// assert_eq!(format!("{}{}", query.prefix().as_str(), query.suffix().as_str()), full);
    /// ```
    pub fn for_password(password: &str) -> Self {
        let hex = sha1_hex_bytes(password);
        let mut prefix = [0u8; PREFIX_LEN];
        let mut suffix = [0u8; SUFFIX_LEN];
        let (head, tail) = hex.split_at(PREFIX_LEN);
        prefix.copy_from_slice(head);
        suffix.copy_from_slice(tail);
        Self {
            prefix: HashPrefix(prefix),
            suffix: HashSuffix(suffix),
        }
    }

    /// Splits an already computed SHA-1 given as 40 hex characters of any case.
    ///
    /// ```
    /// use signup_guard::breach::RangeQuery;
    /// let query = RangeQuery::from_sha1_hex("5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8")?;
    /// assert_eq!(query, RangeQuery::for_password("password"));
    /// # Ok::<(), signup_guard::breach::HashPartError>(())
    /// ```
    pub fn from_sha1_hex(hex: &str) -> Result<Self, HashPartError> {
        let full: [u8; SHA1_HEX_LEN] = parse_hex(hex)?;
        let (head, tail) = full.split_at(PREFIX_LEN);
        let mut prefix = [0u8; PREFIX_LEN];
        let mut suffix = [0u8; SUFFIX_LEN];
        prefix.copy_from_slice(head);
        suffix.copy_from_slice(tail);
        Ok(Self {
            prefix: HashPrefix(prefix),
            suffix: HashSuffix(suffix),
        })
    }

    /// The 5-character prefix, the only part of the hash that may be sent.
    ///
    /// ```
    /// use signup_guard::breach::RangeQuery;
    /// assert_eq!(RangeQuery::for_password("password").prefix().as_str(), "5BAA6");
    /// ```
    pub fn prefix(&self) -> &HashPrefix {
        &self.prefix
    }

    /// The 35-character suffix to look up in the range response.
    ///
    /// ```
    /// use signup_guard::breach::{RangeQuery, RangeResponse};
    /// let query = RangeQuery::for_password("password");
    /// let response = RangeResponse::parse("1E4C9B93F3F0682250B6CF8331B7EE68FD8:3")?;
    /// assert_eq!(response.count(query.suffix()), 3);
    /// # Ok::<(), signup_guard::breach::RangeParseError>(())
    /// ```
    pub fn suffix(&self) -> &HashSuffix {
        &self.suffix
    }
}

impl fmt::Debug for RangeQuery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RangeQuery")
            .field("prefix", &self.prefix.as_str())
            .field("suffix", &self.suffix)
            .finish()
    }
}

impl fmt::Display for RangeQuery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.prefix.as_str())
    }
}
