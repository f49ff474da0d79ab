//! The checklist itself: which items, in which state, saying what.

use super::connection::{connection_verdict, ConnectionVerdict};
use super::facts::{
    BreachFact, ChecklistFacts, ConfirmationFact, EmailFact, OriginFact, PasswordFact, TwoStepFact,
};
use crate::messages::Messages;
use serde::{Deserialize, Serialize};

/// The state of one item. Every state has its own icon and words, never colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ItemState {
    /// Done.
    Pass,
    /// Needs the person's attention.
    Fail,
    /// Not decided yet (field empty, check running).
    Pending,
    /// Advice, or a check that could not run; never blocks.
    Info,
}

/// Whether an item's failure blocks submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// A failure blocks submission.
    Required,
    /// A failure is shown but does not block.
    Recommended,
}

/// Which built-in item this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ItemId {
    /// The password meets the policy.
    StrongPassword,
    /// The password was not found in breaches.
    NotBreached,
    /// Password and confirmation match.
    PasswordsMatch,
    /// The email address looks right.
    Email,
    /// The form goes over a secure connection to the expected place.
    SecureConnection,
    /// The page runs on the official site.
    OfficialSite,
    /// Two-step sign-in is offered.
    TwoStep,
    /// Tip: we never ask for your password by email or phone.
    TipNeverAsk,
    /// Tip: check the address bar.
    TipAddressBar,
    /// Tip: use a password manager.
    TipPasswordManager,
    /// An item added by the site.
    Custom,
}

impl ItemId {
    /// The kebab-case name used in ids and catalog keys.
    pub fn name(self) -> &'static str {
        match self {
            ItemId::StrongPassword => "strong-password",
            ItemId::NotBreached => "not-breached",
            ItemId::PasswordsMatch => "passwords-match",
            ItemId::Email => "email",
            ItemId::SecureConnection => "secure-connection",
            ItemId::OfficialSite => "official-site",
            ItemId::TwoStep => "two-step",
            ItemId::TipNeverAsk => "tip-never-ask",
            ItemId::TipAddressBar => "tip-address-bar",
            ItemId::TipPasswordManager => "tip-password-manager",
            ItemId::Custom => "custom",
        }
    }
}

/// The form field an item is about, so the wrapper can focus it and describe it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum FieldRole {
    /// The new-password field.
    Password,
    /// The confirmation field.
    Confirmation,
    /// The email field.
    Email,
}

/// One line of the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ChecklistItem {
    /// Stable identifier: the item's kebab-case name, or `custom:<id>` for the site's items.
    pub id: String,
    /// Which built-in item this is.
    pub kind: ItemId,
    /// Pass, fail, pending or info.
    pub state: ItemState,
    /// Whether a failure blocks submission.
    pub level: Level,
    /// What the item says in its current state.
    pub message: String,
    /// The word for the state, for screen readers and for people who do not see the icon.
    pub state_label: String,
    /// The field the item is about, if any.
    pub field: Option<FieldRole>,
}

/// "4 of 6 done".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// Items that pass.
    pub done: usize,
    /// Items that can pass (everything but advice).
    pub total: usize,
    /// The sentence to show.
    pub text: String,
}

/// The whole checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Checklist {
    /// The title of the panel.
    pub title: String,
    /// The items, in display order.
    pub items: Vec<ChecklistItem>,
    /// How far along the person is.
    pub summary: Summary,
    /// Ids of required items that fail: these block submission, first one first.
    pub blocking: Vec<String>,
    /// True when no required item fails or is still pending.
    pub complete: bool,
}

/// Builds items with their catalog texts.
struct Builder<'a> {
    messages: &'a Messages,
    items: Vec<ChecklistItem>,
}

impl Builder<'_> {
    fn push(
        &mut self,
        kind: ItemId,
        state: ItemState,
        level: Level,
        variant: &str,
        args: &[(&str, &str)],
        field: Option<FieldRole>,
    ) {
        let key = format!("checklist.item.{}.{variant}", kind.name());
        let message = self.messages.text(&key, args);
        self.push_text(kind.name().to_owned(), kind, state, level, message, field);
        // A check that could not run is not advice: say "Not checked", not "Tip".
        if state == ItemState::Info && matches!(variant, "unavailable" | "error") {
            if let Some(item) = self.items.last_mut() {
                item.state_label = self.messages.text("checklist.state.unchecked", &[]);
            }
        }
    }

    fn push_text(
        &mut self,
        id: String,
        kind: ItemId,
        state: ItemState,
        level: Level,
        message: String,
        field: Option<FieldRole>,
    ) {
        let state_key = match state {
            ItemState::Pass => "checklist.state.pass",
            ItemState::Fail if level == Level::Required => "checklist.state.fail",
            ItemState::Fail => "checklist.state.warning",
            ItemState::Pending => "checklist.state.pending",
            ItemState::Info => "checklist.state.info",
        };
        self.items.push(ChecklistItem {
            id,
            kind,
            state,
            level,
            message,
            state_label: self.messages.text(state_key, &[]),
            field,
        });
    }
}

use ItemState::{Fail, Info, Pass, Pending};
use Level::{Recommended, Required};

fn password_item(b: &mut Builder<'_>, fact: PasswordFact) {
    let field = Some(FieldRole::Password);
    let (state, variant) = match fact {
        PasswordFact::Absent => return,
        PasswordFact::Empty => (Pending, "pending"),
        PasswordFact::Missing => (Fail, "missing"),
        PasswordFact::Weak => (Fail, "fail"),
        PasswordFact::Strong => (Pass, "pass"),
        PasswordFact::Unavailable => (Info, "unavailable"),
    };
    b.push(ItemId::StrongPassword, state, Required, variant, &[], field);
}

fn breach_item(b: &mut Builder<'_>, facts: &ChecklistFacts) {
    let field = Some(FieldRole::Password);
    let count = facts
        .breach_count_text
        .clone()
        .unwrap_or_else(|| facts.breach_count.to_string());
    let (state, level, variant) = match facts.breach {
        BreachFact::Absent => return,
        BreachFact::Empty => (Pending, Required, "pending"),
        BreachFact::Checking => (Pending, Required, "checking"),
        BreachFact::NotFound => (Pass, Required, "pass"),
        BreachFact::Found => (Fail, Required, "fail"),
        BreachFact::Failed if facts.fail_closed => (Fail, Required, "error-closed"),
        BreachFact::Failed => (Info, Recommended, "error"),
        BreachFact::Unavailable => (Info, Recommended, "unavailable"),
    };
    b.push(
        ItemId::NotBreached,
        state,
        level,
        variant,
        &[("count", &count)],
        field,
    );
}

fn confirmation_item(b: &mut Builder<'_>, fact: ConfirmationFact) {
    let field = Some(FieldRole::Confirmation);
    let (state, variant) = match fact {
        ConfirmationFact::Absent => return,
        ConfirmationFact::Empty => (Pending, "pending"),
        ConfirmationFact::Missing => (Fail, "missing"),
        ConfirmationFact::Match => (Pass, "pass"),
        ConfirmationFact::Mismatch => (Fail, "fail"),
    };
    b.push(ItemId::PasswordsMatch, state, Required, variant, &[], field);
}

fn email_item(b: &mut Builder<'_>, facts: &ChecklistFacts) {
    let field = Some(FieldRole::Email);
    let suggestion = facts.email_suggestion.as_deref().unwrap_or("");
    // A likely typo or a throwaway address is worth a warning, not a refusal: the person
    // may really mean it.
    let (state, level, variant) = match facts.email {
        EmailFact::Absent => return,
        EmailFact::Empty => (Pending, Required, "pending"),
        EmailFact::Missing => (Fail, Required, "missing"),
        EmailFact::Valid => (Pass, Required, "pass"),
        EmailFact::Invalid => (Fail, Required, "invalid"),
        EmailFact::Mistyped if suggestion.is_empty() => (Fail, Recommended, "mistyped-unknown"),
        EmailFact::Mistyped => (Fail, Recommended, "mistyped"),
        EmailFact::Lookalike => (Fail, Recommended, "lookalike"),
        EmailFact::Disposable => (Fail, Recommended, "disposable"),
        EmailFact::Unavailable => (Info, Recommended, "unavailable"),
    };
    b.push(
        ItemId::Email,
        state,
        level,
        variant,
        &[("suggestion", suggestion)],
        field,
    );
}

fn connection_item(b: &mut Builder<'_>, facts: &ChecklistFacts) {
    let Some(connection) = &facts.connection else {
        return;
    };
    let (state, variant) = match connection_verdict(connection) {
        ConnectionVerdict::Secure => (Pass, "pass"),
        ConnectionVerdict::Development => (Pass, "development"),
        ConnectionVerdict::InsecurePage => (Fail, "insecure-page"),
        ConnectionVerdict::InsecureAction => (Fail, "insecure-action"),
        ConnectionVerdict::ForeignAction => (Fail, "foreign-action"),
    };
    b.push(
        ItemId::SecureConnection,
        state,
        Required,
        variant,
        &[],
        None,
    );
}

fn origin_item(b: &mut Builder<'_>, facts: &ChecklistFacts) {
    let official = facts.official_domain.as_deref().unwrap_or("");
    // Recommended, not required: a mistaken officialDomains list must not lock everyone out,
    // and a cloned page would simply drop the widget anyway. The warning is what helps.
    let (state, variant) = match facts.origin {
        OriginFact::NotConfigured => return,
        OriginFact::Official => (Pass, "pass"),
        OriginFact::Development => (Info, "development"),
        OriginFact::NotOfficial => (Fail, "not-official"),
        OriginFact::Lookalike => (Fail, "lookalike"),
        OriginFact::Unavailable => (Info, "unavailable"),
    };
    b.push(
        ItemId::OfficialSite,
        state,
        Recommended,
        variant,
        &[("official", official)],
        None,
    );
}

fn two_step_item(b: &mut Builder<'_>, fact: TwoStepFact) {
    let variant = match fact {
        TwoStepFact::NotOffered => return,
        TwoStepFact::Offered => "offered",
        TwoStepFact::Passkey => "passkey",
    };
    b.push(ItemId::TwoStep, Info, Recommended, variant, &[], None);
}

fn tips(b: &mut Builder<'_>) {
    for kind in [
        ItemId::TipNeverAsk,
        ItemId::TipAddressBar,
        ItemId::TipPasswordManager,
    ] {
        b.push(kind, Info, Recommended, "text", &[], None);
    }
}

/// Builds the checklist for `facts`, with texts from `messages`.
pub fn build_checklist(facts: &ChecklistFacts, messages: &Messages) -> Checklist {
    let mut b = Builder {
        messages,
        items: Vec::new(),
    };
    password_item(&mut b, facts.password);
    breach_item(&mut b, facts);
    confirmation_item(&mut b, facts.confirmation);
    email_item(&mut b, facts);
    connection_item(&mut b, facts);
    origin_item(&mut b, facts);
    two_step_item(&mut b, facts.two_step);
    for custom in &facts.custom {
        let level = if custom.required {
            Required
        } else {
            Recommended
        };
        b.push_text(
            format!("custom:{}", custom.id),
            ItemId::Custom,
            custom.state,
            level,
            custom.text.clone(),
            None,
        );
    }
    if facts.tips {
        tips(&mut b);
    }
    let items = b.items;
    let done = items.iter().filter(|i| i.state == Pass).count();
    let total = items.iter().filter(|i| i.state != Info).count();
    let blocking: Vec<String> = items
        .iter()
        .filter(|i| i.level == Required && i.state == Fail)
        .map(|i| i.id.clone())
        .collect();
    let complete = blocking.is_empty()
        && !items
            .iter()
            .any(|i| i.level == Required && i.state == Pending);
    let summary_key = if total > 0 && done == total {
        "checklist.summary.all"
    } else {
        "checklist.summary"
    };
    let text = messages.text(
        summary_key,
        &[("done", &done.to_string()), ("total", &total.to_string())],
    );
    Checklist {
        title: messages.text("checklist.title", &[]),
        items,
        summary: Summary { done, total, text },
        blocking,
        complete,
    }
}
