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
#![warn(missing_docs)]

pub mod breach;
pub mod checklist;
pub mod lookalike;
pub mod messages;
pub mod password;

/// The JavaScript bindings (wasm32 only): conversions around the core, no logic of their own.
#[cfg(target_arch = "wasm32")]
pub mod wasm;
