//! How a site configures its signup verdict: the same options on the page and on the server.

use crate::messages::{Lang, Messages};
use crate::password::PolicyOption;
use serde::Deserialize;
use std::collections::HashMap;

/// The site's rules for its signup form. Every field may be left out; a misspelt one is an
/// error.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct FormOptions {
    /// The password policy: a preset name, or a custom object (as for `checkPassword`).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub policy: PolicyOption,
    /// Whether the password is one factor of several (NIST then allows 8 characters).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub mfa: bool,
    /// The site's own context words for the password (its name, its domain), after the form's.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub user_inputs: Vec<String>,
    /// Domains that emails and web addresses must not imitate (before the built-in list).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub protected_domains: Vec<String>,
    /// The site's official domains: the page warns when it runs anywhere else. Also protected.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub official_domains: Vec<String>,
    /// Mail domains the site accepts even if the disposable list has them.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub allow_domains: Vec<String>,
    /// Mail domains the site treats as disposable.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub deny_domains: Vec<String>,
    /// Whether a breach check that failed blocks the signup (default: it does not).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub fail_closed: bool,
    /// Whether the site offers two-step sign-in (the checklist mentions it; default true).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub two_step: bool,
    /// Whether the checklist ends with the general safety tips (default true).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub tips: bool,
    /// BCP 47 language tag of the texts (default English).
    pub lang: Option<String>,
    /// Text overrides by catalog key.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub messages: HashMap<String, String>,
}

impl Default for FormOptions {
    fn default() -> Self {
        Self {
            policy: PolicyOption::default(),
            mfa: false,
            user_inputs: Vec::new(),
            protected_domains: Vec::new(),
            official_domains: Vec::new(),
            allow_domains: Vec::new(),
            deny_domains: Vec::new(),
            fail_closed: false,
            two_step: true,
            tips: true,
            lang: None,
            messages: HashMap::new(),
        }
    }
}

impl FormOptions {
    /// The catalog these options ask for: `lang` with the `messages` overrides.
    pub fn messages(&self) -> Messages {
        Messages::with_overrides(
            Lang::from_tag(self.lang.as_deref().unwrap_or("")),
            self.messages.clone(),
        )
    }

    /// The domains lookalikes are checked against: the protected ones, then the official ones.
    pub fn lookalike_targets(&self) -> Vec<String> {
        self.protected_domains
            .iter()
            .chain(&self.official_domains)
            .cloned()
            .collect()
    }
}
