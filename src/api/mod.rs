//! The options of the public API's entry points that have no Rust counterpart elsewhere, in one
//! platform-neutral place: the wasm boundary (`src/wasm/`) reads them, native code (the parity
//! example, a server) builds them, and the TypeScript declarations of the npm package
//! (`www/types/api.d.ts`) are generated from them and from the core's own option and report
//! types (see `typescript.rs`).
//!
//! Every struct here is read with `deny_unknown_fields` and `default`: any field may be left
//! out, a misspelt one is an error.

use crate::messages::{Lang, Messages};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

// The declarations describe the whole API, so they are generated with every feature on.
#[cfg(all(test, not(target_arch = "wasm32"), feature = "lookalike"))]
mod typescript;

/// Options of `checkUrl` and `checkEmail`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct LookalikeOptions {
    /// The caller's protected domains (checked before the built-in list); an entry may list
    /// its brand family after it, separated by spaces (`shop.com shop.de`).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub protected_domains: Vec<String>,
    /// Mail domains the site accepts even if the disposable list has them (`checkEmail`).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub allow_domains: Vec<String>,
    /// Mail domains the site treats as disposable (`checkEmail`).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub deny_domains: Vec<String>,
    /// BCP 47 language tag of the messages (default English).
    pub lang: Option<String>,
    /// Message overrides, catalog key → text.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub messages: HashMap<String, String>,
}

/// Options of `checkPageOrigin`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct PageOriginOptions {
    /// The site's official domains.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub official_domains: Vec<String>,
    /// The host the page runs on; the JavaScript wrapper fills it from `location.hostname`.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub host: String,
    /// BCP 47 language tag of the messages (default English).
    pub lang: Option<String>,
    /// Message overrides, catalog key → text.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub messages: HashMap<String, String>,
}

/// Options of `buildChecklist`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct ChecklistOptions {
    /// BCP 47 language tag of the texts (default English).
    pub lang: Option<String>,
    /// Message overrides, catalog key → text.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub messages: HashMap<String, String>,
}

/// The catalog for a language tag (empty or absent: English) with the caller's overrides.
pub fn messages_for(lang: Option<&str>, overrides: HashMap<String, String>) -> Messages {
    Messages::with_overrides(Lang::from_tag(lang.unwrap_or("")), overrides)
}

impl LookalikeOptions {
    /// The catalog these options ask for.
    pub fn messages(&self) -> Messages {
        messages_for(self.lang.as_deref(), self.messages.clone())
    }
}

impl PageOriginOptions {
    /// The catalog these options ask for.
    pub fn messages(&self) -> Messages {
        messages_for(self.lang.as_deref(), self.messages.clone())
    }
}

impl ChecklistOptions {
    /// The catalog these options ask for.
    pub fn messages(&self) -> Messages {
        messages_for(self.lang.as_deref(), self.messages.clone())
    }
}
