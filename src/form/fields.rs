//! Each field's errors and notice, from the checklist's decision and the checkers' reports.

use super::input::{BreachStatus, FieldInput};
use super::verdict::{FieldError, FieldErrorCode, FieldVerdict, FormErrorCode, Notice, Tone};
use crate::checklist::{Checklist, ItemId};
use crate::messages::Messages;
use crate::password::{Coded, FailureCode, PasswordReport};

/// Whether the checklist item `id` blocks the signup.
fn blocks(checklist: &Checklist, id: ItemId) -> bool {
    checklist.blocking.iter().any(|b| b == id.name())
}

/// The text of the checklist item `id` (what an empty required field says).
fn item_text(checklist: &Checklist, id: ItemId) -> String {
    checklist
        .items
        .iter()
        .find(|item| item.kind == id)
        .map(|item| item.message.clone())
        .unwrap_or_default()
}

fn form_error(code: FormErrorCode, message: String) -> FieldError {
    FieldError {
        code: FieldErrorCode::Form(code),
        message,
    }
}

fn policy_error(failure: &Coded<FailureCode>) -> FieldError {
    FieldError {
        code: FieldErrorCode::Policy(failure.code),
        message: failure.message.clone(),
    }
}

/// The breached-password sentence for a count.
pub(super) fn breached_text(messages: &Messages, count: u64, count_text: &str) -> String {
    if count == 1 {
        messages.text("policy.breached-once", &[])
    } else {
        messages.text("policy.breached", &[("count", count_text)])
    }
}

/// What the breach check adds to the password field.
pub(super) struct BreachView<'a> {
    pub status: BreachStatus,
    /// The sentence for a found password.
    pub found_text: &'a str,
}

/// The password field: the policy's failures while the password is not strong, then the breach.
pub(super) fn password_field(
    field: &FieldInput,
    report: Option<&PasswordReport>,
    breach: &BreachView<'_>,
    checklist: &Checklist,
    messages: &Messages,
) -> FieldVerdict {
    let mut errors = Vec::new();
    if blocks(checklist, ItemId::StrongPassword) {
        if field.value.is_empty() {
            errors.push(form_error(
                FormErrorCode::Required,
                item_text(checklist, ItemId::StrongPassword),
            ));
        } else {
            errors.extend(
                report
                    .iter()
                    .flat_map(|r| &r.policy.failures)
                    .filter(|f| !matches!(f.code, FailureCode::Mismatch | FailureCode::Breached))
                    .map(policy_error),
            );
            if errors.is_empty() {
                errors.push(FieldError {
                    code: FieldErrorCode::Policy(FailureCode::Weak),
                    message: messages.text("checklist.field.weak", &[]),
                });
            }
        }
    }
    if blocks(checklist, ItemId::NotBreached) {
        errors.push(match breach.status {
            BreachStatus::Found => FieldError {
                code: FieldErrorCode::Policy(FailureCode::Breached),
                message: breach.found_text.to_owned(),
            },
            _ => form_error(
                FormErrorCode::BreachUnchecked,
                messages.text("checklist.field.breach-error", &[]),
            ),
        });
    }
    let notice = match breach.status {
        BreachStatus::Found => Some(notice(Tone::Error, breach.found_text.to_owned())),
        BreachStatus::Failed => Some(notice(
            Tone::Info,
            messages.text("checklist.field.breach-error", &[]),
        )),
        _ => None,
    };
    FieldVerdict { errors, notice }
}

/// The confirmation field.
pub(super) fn confirmation_field(
    field: &FieldInput,
    checklist: &Checklist,
    messages: &Messages,
) -> FieldVerdict {
    let mut errors = Vec::new();
    if blocks(checklist, ItemId::PasswordsMatch) {
        errors.push(if field.value.is_empty() {
            form_error(
                FormErrorCode::Required,
                item_text(checklist, ItemId::PasswordsMatch),
            )
        } else {
            FieldError {
                code: FieldErrorCode::Policy(FailureCode::Mismatch),
                message: messages.text("checklist.field.mismatch", &[]),
            }
        });
    }
    FieldVerdict {
        errors,
        notice: None,
    }
}

/// The email field; `advice` is the email check's non-blocking notice, if any.
pub(super) fn email_field(
    field: &FieldInput,
    advice: Option<Notice>,
    checklist: &Checklist,
    messages: &Messages,
) -> FieldVerdict {
    let mut errors = Vec::new();
    if blocks(checklist, ItemId::Email) {
        errors.push(if field.value.trim().is_empty() {
            form_error(FormErrorCode::Required, item_text(checklist, ItemId::Email))
        } else {
            form_error(
                FormErrorCode::InvalidEmail,
                messages.text("checklist.field.email-invalid", &[]),
            )
        });
    }
    FieldVerdict {
        errors,
        notice: advice,
    }
}

/// A notice with only a text.
pub(super) fn notice(tone: Tone, text: String) -> Notice {
    Notice {
        tone,
        title: None,
        text,
        suggestion: None,
        on_leave: false,
    }
}
