//! The request URL `{endpoint}/range/{PREFIX}`, from a validated endpoint base URL.
//!
//! Validation is hand-written rather than done with the `url` crate: the rules needed here are
//! few (http(s), a host, no credentials, no query or fragment), and `url` with its IDNA tables
//! would add far more to the WebAssembly file than this check. The browser's own URL parser,
//! through `fetch`, still has the last word on anything this lets through.

use super::HashPrefix;

/// The public Pwned Passwords API of Have I Been Pwned.
pub const DEFAULT_ENDPOINT: &str = "https://api.pwnedpasswords.com";

/// Why an endpoint cannot serve as the base of range requests.
///
/// ```
/// use signup_guard::breach::{normalize_endpoint, EndpointError};
/// assert_eq!(normalize_endpoint("ftp://example.test"), Err(EndpointError::NotHttp));
/// assert_eq!(normalize_endpoint("https://user:pw@example.test"), Err(EndpointError::HasCredentials));
/// assert_eq!(normalize_endpoint("https://example.test/?x=1"), Err(EndpointError::HasQuery));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EndpointError {
    /// The endpoint is empty.
    #[error("the breach endpoint is empty")]
    Empty,
    /// The endpoint does not start with `http://` or `https://`.
    #[error("the breach endpoint must be an http:// or https:// URL")]
    NotHttp,
    /// There is no host after the scheme.
    #[error("the breach endpoint has no host")]
    MissingHost,
    /// The port after the host is not a number from 0 to 65535.
    #[error("the breach endpoint has an invalid port")]
    BadPort,
    /// The endpoint contains `user:password@`, which `fetch` refuses.
    #[error("the breach endpoint must not contain credentials")]
    HasCredentials,
    /// The endpoint contains a query (`?`); the range path is appended to it.
    #[error("the breach endpoint must not contain a query (`?`)")]
    HasQuery,
    /// The endpoint contains a fragment (`#`).
    #[error("the breach endpoint must not contain a fragment (`#`)")]
    HasFragment,
    /// The endpoint contains whitespace, a control character or a character URLs forbid.
    #[error("the breach endpoint contains a character not allowed in a URL")]
    InvalidCharacter,
}

/// The path of a range request for `prefix`: `/range/{PREFIX}`.
///
/// ```
/// use signup_guard::breach::{range_path, RangeQuery};
/// let query = RangeQuery::for_password("password");
/// assert_eq!(range_path(query.prefix()), "/range/5BAA6");
/// ```
pub fn range_path(prefix: &HashPrefix) -> String {
    format!("/range/{prefix}")
}

/// The URL of the range request for `prefix` at `endpoint`: trailing slashes of the endpoint
/// are dropped, then `/range/{PREFIX}` is appended. The endpoint may carry a path
/// (`https://example.test/hibp`) but no credentials, query or fragment.
///
/// ```
/// use signup_guard::breach::{range_url, HashPrefix, DEFAULT_ENDPOINT};
/// let prefix = HashPrefix::parse("5baa6").unwrap();
/// assert_eq!(
///     range_url(DEFAULT_ENDPOINT, &prefix).unwrap(),
///     "https://api.pwnedpasswords.com/range/5BAA6"
/// );
/// assert_eq!(
///     range_url("http://127.0.0.1:8788/mirror/", &prefix).unwrap(),
///     "http://127.0.0.1:8788/mirror/range/5BAA6"
/// );
/// ```
pub fn range_url(endpoint: &str, prefix: &HashPrefix) -> Result<String, EndpointError> {
    let base = normalize_endpoint(endpoint)?;
    Ok(format!("{base}{}", range_path(prefix)))
}

/// Checks `endpoint` as [`range_url`] does and returns it without trailing slashes: the form
/// to use as a key when responses from several endpoints are kept apart.
///
/// ```
/// use signup_guard::breach::normalize_endpoint;
/// assert_eq!(normalize_endpoint("http://127.0.0.1:8788/"), Ok("http://127.0.0.1:8788"));
/// ```
pub fn normalize_endpoint(endpoint: &str) -> Result<&str, EndpointError> {
    if endpoint.is_empty() {
        return Err(EndpointError::Empty);
    }
    if endpoint.chars().any(forbidden) {
        return Err(EndpointError::InvalidCharacter);
    }
    if endpoint.contains('?') {
        return Err(EndpointError::HasQuery);
    }
    if endpoint.contains('#') {
        return Err(EndpointError::HasFragment);
    }
    let (scheme, rest) = endpoint.split_once("://").ok_or(EndpointError::NotHttp)?;
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return Err(EndpointError::NotHttp);
    }
    let authority = rest.split('/').next().unwrap_or("");
    if authority.contains('@') {
        return Err(EndpointError::HasCredentials);
    }
    check_authority(authority)?;
    Ok(endpoint.trim_end_matches('/'))
}

/// Checks `host`, `host:port`, `[v6]` or `[v6]:port`.
fn check_authority(authority: &str) -> Result<(), EndpointError> {
    let (host, port) = if let Some(bracketed) = authority.strip_prefix('[') {
        let (inside, after) = bracketed
            .split_once(']')
            .ok_or(EndpointError::MissingHost)?;
        let port = match after {
            "" => None,
            _ => Some(after.strip_prefix(':').ok_or(EndpointError::BadPort)?),
        };
        (inside, port)
    } else {
        match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    if host.is_empty() || (host.contains(['[', ']', ':']) && !authority.starts_with('[')) {
        return Err(EndpointError::MissingHost);
    }
    if let Some(port) = port {
        let valid = !port.is_empty()
            && port.len() <= 5
            && port.bytes().all(|b| b.is_ascii_digit())
            && port.parse::<u32>().is_ok_and(|p| p <= 65_535);
        if !valid {
            return Err(EndpointError::BadPort);
        }
    }
    Ok(())
}

/// Characters never valid unescaped in a URL: whitespace, controls, and `"<>\^`{|}`.
fn forbidden(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}')
}
