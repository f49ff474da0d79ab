//! What the page or the server knows about one signup when it asks for the verdict.

use crate::checklist::{ConnectionFacts, CustomItem};
use crate::password::PasswordReport;
use serde::{Deserialize, Serialize};

/// One text field of the form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct FieldInput {
    /// What the field holds now, as typed (nothing is trimmed before the verdict).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub value: String,
    /// Whether the page marks the field required: empty, it then blocks once the person has
    /// tried to submit ([`FormInput::attempted`]).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub required: bool,
}

/// A field for a web address (a website, a profile link).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct UrlInput {
    /// The field's name (its `name` or `id`), echoed in the verdict.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub name: String,
    /// What the field holds now.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub value: String,
}

/// Where the breached-password check of the current password stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum BreachStatus {
    /// This form has no breach check (turned off).
    Off,
    /// Not asked about this password (yet): nothing known.
    #[default]
    NotChecked,
    /// Asked, or about to be; the answer has not arrived.
    Checking,
    /// The password is in the breach corpus, [`BreachInput::count`] times.
    Found,
    /// The password is not in the breach corpus.
    NotFound,
    /// The check failed (network, time-out, an unreadable answer): "couldn't check", never
    /// "not breached".
    Failed,
    /// No breach checker can run here (the core did not load).
    Unavailable,
}

/// The breached-password check's answer for the current password.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct BreachInput {
    /// Where the check stands.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub status: BreachStatus,
    /// How often the password was seen, when [`BreachStatus::Found`].
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub count: u64,
    /// The count as the reader's locale writes it (the page passes `Intl.NumberFormat`'s);
    /// absent, [`crate::messages::Lang::format_count`] writes it.
    pub count_text: Option<String>,
}

/// Everything one verdict is decided from: the fields' values and what is known around them.
/// A field left out (`null`) is a field the form does not have.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct FormInput {
    /// The new password.
    pub password: Option<FieldInput>,
    /// The password typed a second time.
    pub confirmation: Option<FieldInput>,
    /// The email address.
    pub email: Option<FieldInput>,
    /// Web-address fields, in page order.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub urls: Vec<UrlInput>,
    /// The values of the form's other personal fields (username, given name, family name, full
    /// name), in that order: with the email address, they are the password's context words.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub personal: Vec<String>,
    /// The breached-password check of the current password.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub breach: BreachInput,
    /// Whether the person has tried to submit (a server: always).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub attempted: bool,
    /// The host the signup page runs on (`location.hostname`), checked against the official
    /// domains; absent on a server, which then gives no page-origin item.
    pub host: Option<String>,
    /// The connection the form is sent over; absent where nobody can judge it (a server), which
    /// then gives no connection item.
    pub connection: Option<ConnectionFacts>,
    /// Whether this device has a built-in passkey authenticator.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub passkey: bool,
    /// The site's own checklist items, already resolved.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(as = "Option<_>", optional))]
    pub custom: Vec<CustomItem>,
    /// The password's report when it was computed elsewhere (a worker, a replacement checker);
    /// absent, the password is rated here. It must be the report for this password.
    pub password_report: Option<PasswordReport>,
}
