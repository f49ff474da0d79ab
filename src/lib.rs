//! # signup-guard
//!
//! Security checks for signup forms, written once in Rust and run in the browser (WebAssembly)
//! and on servers (native Rust or Node):
//!
//! - [`password`]: strength with zxcvbn, a named policy, localized feedback;
//! - [`breach`]: the k-anonymity range check against Have I Been Pwned's Pwned Passwords;
//! - [`lookalike`]: homograph, typosquat and cloned-page analysis of URLs, hosts and emails;
//! - [`checklist`]: the onboarding security checklist shown to the person signing up;
//! - [`messages`]: the catalogs that turn message codes into text in several languages.
//!
//! Client-side checks only advise; a server must enforce the same rules, which it can do with
//! this same crate.
//!
//! ## On a server
//!
//! The browser runs this crate compiled to WebAssembly; a Rust server links it natively and gets
//! the same verdicts (the repository's parity test runs one corpus of passwords, URLs and emails
//! through the browser, Node and native builds and finds them identical). A Node server uses
//! the npm package's `node` entry instead, which loads the same WebAssembly.
//!
//! A signup handler checks the password with the policy the page uses, asks the Pwned Passwords
//! range API about it with whatever HTTP client the server already has (only the 5-character
//! hash prefix is sent), and checks the email address:
//!
//! ```
//! use signup_guard::breach::{
//!     range_url, BreachErrorCode, BreachReport, RangeQuery, RangeResponse, DEFAULT_ENDPOINT,
//! };
//! use signup_guard::lookalike::{check_email, CheckOptions};
//! use signup_guard::messages::{Lang, Messages};
//! use signup_guard::password::{check_password, PasswordOptions, PolicyOption, PresetName};
//!
//! /// Your HTTP client: `GET url` with the header `Add-Padding: true`, returning the body. With
//! /// ureq, for instance: `ureq::get(url).header("Add-Padding", "true").call()?.into_body()
//! /// .read_to_string()`. In this example it returns the real API's answer (abridged).
//! fn http_get(url: &str) -> Result<String, Box<dyn std::error::Error>> {
//!     assert_eq!(url, "https://api.pwnedpasswords.com/range/5BAA6");
//!     Ok("0018A45C4D1DEF81644B54AB7F969B88D65:0\r\n1E4C9B93F3F0682250B6CF8331B7EE68FD8:10434004".into())
//! }
//!
//! // The posted form, and the language of the person (from the form or Accept-Language).
//! let (email, password, confirmation) = ("ada@gmial.com", "password", "password");
//! let messages = Messages::new(Lang::from_tag("en-GB"));
//! let mut errors: Vec<(&str, &str, String)> = Vec::new(); // (field, code, message)
//!
//! // 1. Strength and policy: the same options the page passes to `checkPassword`.
//! let options = PasswordOptions {
//!     policy: PolicyOption::Preset(PresetName::Nist),
//!     user_inputs: vec![email.to_owned()],
//!     confirmation: Some(confirmation.to_owned()),
//!     ..PasswordOptions::default()
//! };
//! let report = check_password(password, &options, &messages)?;
//! for failure in &report.policy.failures {
//!     errors.push(("password", failure.code.code(), failure.message.clone()));
//! }
//!
//! // 2. Breaches, with k-anonymity. If the service cannot answer, let the signup through (as
//! //    the page does) but record that the password was not checked.
//! let query = RangeQuery::for_password(password);
//! let url = range_url(DEFAULT_ENDPOINT, query.prefix())?;
//! let breach = match http_get(&url) {
//!     Ok(body) => match RangeResponse::parse(&body) {
//!         Ok(range) => BreachReport::from_count(range.count(query.suffix()), &messages),
//!         Err(error) => BreachReport::from_error(error.code(), &messages),
//!     },
//!     Err(_) => BreachReport::from_error(BreachErrorCode::Network, &messages),
//! };
//! if breach.is_breached() {
//!     errors.push(("password", "breached", breach.message.clone()));
//! }
//!
//! // 3. The email address: refuse an invalid one; a likely typo is advice for the page.
//! let checked = check_email(email, &CheckOptions::default(), &messages);
//! if !checked.valid {
//!     errors.push(("email", "invalid-email", checked.reasons[0].message.clone()));
//! }
//! assert_eq!(checked.suggestion.as_deref(), Some("ada@gmail.com"));
//!
//! let codes: Vec<&str> = errors.iter().map(|(_, code, _)| *code).collect();
//! assert_eq!(codes, ["too-short", "common", "weak", "breached"]);
//! assert_eq!(
//!     errors[3].2,
//!     "Seen 10,434,004 times in data breaches — choose another password."
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! For many requests, compile protected domains once with
//! [`lookalike::ProtectedDomains::new`] and keep range answers in a [`breach::RangeCache`]
//! (one fetch per prefix). The README's "Server-side enforcement" section shows the same
//! handler for Node, and the JSON answer the demo's `POST /signup` gives.
#![warn(missing_docs)]

/// The options of the public API's entry points; the source of its TypeScript declarations.
pub mod api;
pub mod breach;
pub mod checklist;
#[cfg(feature = "lookalike")]
pub mod lookalike;
pub mod messages;
pub mod password;

/// The JavaScript bindings (wasm32 only): conversions around the core, no logic of their own.
#[cfg(target_arch = "wasm32")]
pub mod wasm;
