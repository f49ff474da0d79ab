//! The pure half of `breachCount`: hashing, the range URL, parsing a range body and the match.
//!
//! The request itself (`fetch`, the time limit, the caller's `AbortSignal`, the per-prefix
//! cache and the `BreachCheckError`) is JavaScript's, in www/lib/breach.js. Everything here is
//! [`crate::breach`], converted: the password goes in, only its 5-character prefix comes out.

use crate::breach::{
    normalize_endpoint, range_url, RangeParseError, RangeQuery, RangeResponse, DEFAULT_ENDPOINT,
    MAX_BODY_BYTES,
};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// What one range request needs; the password's hash appears only as its public prefix.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RangeRequest {
    /// The endpoint without a trailing `/`: the key of its cache.
    endpoint: String,
    /// The 5 uppercase hex characters that are sent.
    prefix: String,
    /// `{endpoint}/range/{prefix}`.
    url: String,
}

/// `breachRangeRequest(password, endpoint?)`: `{ endpoint, prefix, url }` for the range request
/// that checks `password` (default endpoint: the Pwned Passwords API). Throws an `Error` naming
/// what is wrong with an invalid endpoint.
#[wasm_bindgen(js_name = breachRangeRequest)]
pub fn breach_range_request(password: &str, endpoint: Option<String>) -> Result<JsValue, JsError> {
    let query = RangeQuery::for_password(password);
    let endpoint = normalize_endpoint(endpoint.as_deref().unwrap_or(DEFAULT_ENDPOINT))?;
    let url = range_url(endpoint, query.prefix())?;
    super::to_js(&RangeRequest {
        endpoint: endpoint.to_owned(),
        prefix: query.prefix().as_str().to_owned(),
        url,
    })
}

/// `breachBodySizeProblem(bytes)`: why a body of `bytes` bytes is refused, or `undefined` when
/// it is within the limit; lets the JavaScript stop a download as soon as it is too large.
#[wasm_bindgen(js_name = breachBodySizeProblem)]
pub fn breach_body_size_problem(bytes: f64) -> Option<String> {
    // Saturating: a length beyond usize (or NaN, which is never passed) counts as too large.
    let size = if bytes.is_finite() && bytes >= 0.0 && bytes <= usize::MAX as f64 {
        bytes as usize
    } else {
        usize::MAX
    };
    (size > MAX_BODY_BYTES).then(|| {
        RangeParseError::TooLarge {
            size,
            limit: MAX_BODY_BYTES,
        }
        .to_string()
    })
}

/// One parsed range response: the breached suffixes of a prefix with their counts.
#[wasm_bindgen]
pub struct BreachRange(RangeResponse);

#[wasm_bindgen]
impl BreachRange {
    /// Parses a range body given as its bytes; throws an `Error` saying why a body is not a
    /// valid range response (too large, not UTF-8, empty, a bad row).
    pub fn parse(body: &[u8]) -> Result<BreachRange, JsError> {
        Ok(Self(RangeResponse::parse_bytes(body)?))
    }

    /// How many times `password` is listed here (0 = not listed); the password is hashed again
    /// rather than its suffix being handed out. Exact: the parser caps counts at 2⁵³ − 1.
    pub fn count(&self, password: &str) -> f64 {
        self.0.count(RangeQuery::for_password(password).suffix()) as f64
    }
}
