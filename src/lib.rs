//! # signup-guard
//!
//! Security checks for signup forms, written once in Rust and run in the browser (WebAssembly)
//! and on servers (native Rust or Node):
//!
//! - [`password`]: strength with zxcvbn, a named policy, localized feedback;
//! - [`breach`]: the k-anonymity range check against Have I Been Pwned's Pwned Passwords;
//! - [`lookalike`]: homograph, typosquat and cloned-page analysis of URLs, hosts and emails;
//! - [`checklist`]: the onboarding security checklist shown to the person signing up;
//! - [`form`]: the whole signup decision (may it be sent, what each field says), the same on
//!   the page and the server;
//! - [`messages`]: the catalogs that turn message codes into text in several languages.
//!
//! Client-side checks only advise; a server must enforce the same rules, which it can do with
//! this same crate.
//!
//! ## On a server
//!
//! The browser runs this crate compiled to WebAssembly; a Rust server links it natively and gets
//! the same verdicts (the repository's parity test runs one corpus of passwords, URLs, emails and
//! whole signup forms through the browser, Node and native builds and finds them identical). A Node server uses
//! the npm package's `node` entry instead, which loads the same WebAssembly.
//!
//! A signup handler asks the Pwned Passwords range API about the password with whatever HTTP
//! client the server already has (only the 5-character hash prefix is sent), then decides with
//! [`form::evaluate_form`], the same verdict the page shows, from the posted fields and that
//! answer:
//!
// The server example uses the lookalike module: it is part of the docs, and a doc test, only when
// that feature is on (it is by default).
#![cfg_attr(feature = "lookalike", doc = include_str!("server_example.md"))]
//!
//! The options are compiled once ([`form::FormRules::new`]) for every request; keep range
//! answers in a [`breach::RangeCache`] (one fetch per prefix). The README's "Server-side enforcement" section shows the same
//! handler for Node, and the JSON answer the demo's `POST /signup` gives.
#![warn(missing_docs)]

/// The options of the public API's entry points; the source of its TypeScript declarations.
pub mod api;
pub mod breach;
pub mod checklist;
pub mod form;
#[cfg(feature = "lookalike")]
pub mod lookalike;
pub mod messages;
pub mod password;
#[cfg(feature = "lookalike")]
mod small_sort;

/// The JavaScript bindings (wasm32 only): conversions around the core, no logic of their own.
#[cfg(target_arch = "wasm32")]
pub mod wasm;
