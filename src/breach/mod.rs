//! Breached-password check with k-anonymity (Have I Been Pwned range API).
//!
//! NIST SP 800-63B and OWASP ask signup forms to reject passwords known from data breaches.
//! The Pwned Passwords range API makes that possible without disclosing the password: the
//! client sends only the first 5 hex characters of the password's SHA-1 and receives every
//! known suffix sharing that prefix, then looks its own 35-character suffix up locally.
//!
//! This module is the pure, I/O-free part of that exchange, shared by the browser boundary
//! (`breachCount` in JavaScript) and servers:
//!
//! - [`RangeQuery`]: the password's SHA-1 split into the public [`HashPrefix`] and the private
//!   [`HashSuffix`]; neither `Debug` nor `Display` ever shows the suffix;
//! - [`range_url`]: the request URL `{endpoint}/range/{PREFIX}` from a validated endpoint;
//! - [`RangeResponse`]: the strict parser for range bodies, with typed [`RangeParseError`]s;
//! - [`RangeCache`]: parsed responses kept per prefix so each prefix is fetched once, and
//!   [`EndpointCaches`] to keep the responses of different endpoints apart;
//! - [`BreachReport`] and [`BreachErrorCode`]: the outcome with its localized message.
//!
//! ```
//! use signup_guard::breach::{RangeQuery, RangeResponse};
//! let query = RangeQuery::for_password("password");
//! assert_eq!(query.prefix().as_str(), "5BAA6");
//! let body = "1E4C9B93F3F0682250B6CF8331B7EE68FD8:10434004\r\n0018A45C4D1DEF81644B54AB7F969B88D65:0\r\n";
//! let response = RangeResponse::parse(body).unwrap();
//! assert_eq!(response.count(query.suffix()), 10434004);
//! ```

mod cache;
mod endpoint;
mod error_code;
mod hash;
mod parse;
mod report;

pub use cache::{EndpointCaches, RangeCache, DEFAULT_CACHE_CAPACITY};
pub use endpoint::{normalize_endpoint, range_path, range_url, EndpointError, DEFAULT_ENDPOINT};
pub use error_code::BreachErrorCode;
pub use hash::{sha1_hex, HashPartError, HashPrefix, HashSuffix, RangeQuery};
pub use parse::{RangeParseError, RangeResponse, MAX_BODY_BYTES, MAX_COUNT};
pub use report::{format_count, BreachReport, BreachStatus};
