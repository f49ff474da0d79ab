//! What the browser wrapper knows when it asks for the checklist.

use super::items::ItemState;
use serde::{Deserialize, Serialize};

/// The new password, as the password checker judged it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum PasswordFact {
    /// The form has no new-password field.
    #[default]
    Absent,
    /// The field is empty.
    Empty,
    /// The field is empty, required, and the person tried to submit.
    Missing,
    /// The password fails the policy or is too guessable.
    Weak,
    /// The password meets the policy.
    Strong,
    /// The checker could not run (the core did not load).
    Unavailable,
}

/// The breached-password check of the new password.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum BreachFact {
    /// No breach check on this form (no password field, or turned off).
    #[default]
    Absent,
    /// Nothing to check yet: the password is empty.
    Empty,
    /// A check is waiting for the person to pause typing, or for the answer.
    Checking,
    /// The password was not found in the breach corpus.
    NotFound,
    /// The password was found; [`ChecklistFacts::breach_count`] says how often.
    Found,
    /// The check failed (network down, timeout, bad answer).
    Failed,
    /// The checker is not available (the core did not load).
    Unavailable,
}

/// The password confirmation field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ConfirmationFact {
    /// The form has no confirmation field.
    #[default]
    Absent,
    /// The confirmation is empty.
    Empty,
    /// The confirmation is empty, required, and the person tried to submit.
    Missing,
    /// Both passwords are the same.
    Match,
    /// The passwords differ.
    Mismatch,
}

/// The email address, as the email checker judged it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum EmailFact {
    /// The form has no email field.
    #[default]
    Absent,
    /// The field is empty.
    Empty,
    /// The field is empty, required, and the person tried to submit.
    Missing,
    /// The address looks right.
    Valid,
    /// The address is not a valid email address.
    Invalid,
    /// The domain looks mistyped; [`ChecklistFacts::email_suggestion`] has the likely intended address.
    Mistyped,
    /// The domain imitates a well-known provider or a protected domain.
    Lookalike,
    /// The address belongs to a disposable-mail service.
    Disposable,
    /// The checker is not available.
    Unavailable,
}

/// Where the signup page itself runs, as the page-origin checker judged it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum OriginFact {
    /// The site named no official domains: the item is not shown.
    #[default]
    NotConfigured,
    /// The page runs on an official domain.
    Official,
    /// The page runs on a development host (localhost, a loopback address).
    Development,
    /// The page runs on another domain.
    NotOfficial,
    /// The page runs on a domain made to look like an official one.
    Lookalike,
    /// The checker is not available.
    Unavailable,
}

/// Whether the site offers a second sign-in step, and whether this device supports passkeys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum TwoStepFact {
    /// The site does not offer two-step sign-in: the item is not shown.
    NotOffered,
    /// The site offers two-step sign-in; this device has no built-in passkey support.
    #[default]
    Offered,
    /// The site offers two-step sign-in and this device can use a built-in passkey.
    Passkey,
}

/// The facts about the connection the form would be sent over.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct ConnectionFacts {
    /// `window.isSecureContext` of the page.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub secure_context: bool,
    /// The page's origin, e.g. `https://example.com`.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub page_origin: String,
    /// The origin the form submits to (its resolved `action`); `null` for opaque origins.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub action_origin: String,
    /// Other origins the form may submit to (e.g. a separate sign-up API), besides its own.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub allowed_origins: Vec<String>,
}

/// An item the site adds through the options; its text is the site's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct CustomItem {
    /// The site's identifier for the item (shown as the item's `id` with a `custom:` prefix).
    pub id: String,
    /// The text to show.
    pub text: String,
    /// The item's state.
    #[serde(default = "info_state")]
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub state: ItemState,
    /// Whether a failure blocks submission.
    #[serde(default)]
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub required: bool,
}

fn info_state() -> ItemState {
    ItemState::Info
}

/// Everything the checklist is built from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct ChecklistFacts {
    /// The new password.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub password: PasswordFact,
    /// The breached-password check.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub breach: BreachFact,
    /// How often the password was seen in breaches (when [`BreachFact::Found`]).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub breach_count: u64,
    /// [`ChecklistFacts::breach_count`] formatted for the reader's locale (e.g. `12,000,000`);
    /// the plain number is used when absent.
    pub breach_count_text: Option<String>,
    /// Whether a failed breach check blocks submission (default: it does not).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub fail_closed: bool,
    /// The confirmation field.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub confirmation: ConfirmationFact,
    /// The email address.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub email: EmailFact,
    /// The address the person probably meant (when [`EmailFact::Mistyped`]).
    pub email_suggestion: Option<String>,
    /// The connection the form is sent over. Left out, it is judged from the defaults (not a
    /// secure context: the item fails); `null` where nobody can judge it (a server, which sees
    /// the request itself), and then the checklist has no connection item.
    pub connection: Option<ConnectionFacts>,
    /// Where the page runs.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub origin: OriginFact,
    /// The official domain to name, if the site configured one.
    pub official_domain: Option<String>,
    /// Whether two-step sign-in is offered.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub two_step: TwoStepFact,
    /// Whether to show the general safety tips.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub tips: bool,
    /// The site's own items, shown after the built-in ones.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub custom: Vec<CustomItem>,
}

impl Default for ChecklistFacts {
    fn default() -> Self {
        Self {
            password: PasswordFact::default(),
            breach: BreachFact::default(),
            breach_count: 0,
            breach_count_text: None,
            fail_closed: false,
            confirmation: ConfirmationFact::default(),
            email: EmailFact::default(),
            email_suggestion: None,
            connection: Some(ConnectionFacts::default()),
            origin: OriginFact::default(),
            official_domain: None,
            two_step: TwoStepFact::default(),
            tips: true,
            custom: Vec::new(),
        }
    }
}
