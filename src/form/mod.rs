//! The signup decision: may this form be sent, and what does each field say.
//!
//! One function decides it for the page and for the server, so both always agree:
//! [`evaluate_form`] takes what is known about the form ([`FormInput`]: the fields' values, the
//! breach check's answer, facts about the page) and the site's rules ([`FormOptions`]), runs
//! every check and returns a [`FormVerdict`]: the reports, the checklist, whether the signup is
//! blocked and why, and each field's message. The page's wrapper collects the input on every
//! change and renders the verdict; a server builds the input from the posted form (with
//! `attempted: true`, its own breach answer, no page facts) and refuses what is blocked.
//!
//! ```
//! use signup_guard::form::{evaluate_form, BreachInput, BreachStatus, FieldInput, FormInput, FormOptions};
//! let field = |value: &str| Some(FieldInput { value: value.into(), required: true });
//! let options = FormOptions::default();
//! let input = FormInput {
//!     email: field("ada@example.org"),
//!     password: field("correct horse battery staple"),
//!     breach: BreachInput { status: BreachStatus::Found, count: 3_861_493, count_text: None },
//!     attempted: true,
//!     ..FormInput::default()
//! };
//! let verdict = evaluate_form(&input, &options, &options.messages())?;
//! assert!(!verdict.valid);
//! assert_eq!(verdict.blocking, ["not-breached"]);
//! let password = verdict.fields.password.as_ref().expect("the form has a password");
//! assert_eq!(
//!     password.errors[0].message,
//!     "This password has been seen 3,861,493 times in data breaches. Choose another password."
//! );
//! # Ok::<(), signup_guard::password::PolicyError>(())
//! ```
//!
//! For many verdicts with the same options (every keystroke, every request), compile them once
//! with [`FormRules::new`] and call [`FormRules::evaluate`].

#[cfg(feature = "lookalike")]
mod addresses;
mod fields;
mod input;
mod options;
mod verdict;

pub use input::{BreachInput, BreachStatus, FieldInput, FormInput, UrlInput};
pub use options::FormOptions;
pub use verdict::{
    FieldError, FieldErrorCode, FieldVerdict, FieldVerdicts, FormErrorCode, FormVerdict, Notice,
    Tone,
};
#[cfg(feature = "lookalike")]
pub use verdict::{OriginVerdict, UrlVerdict};

use crate::checklist::{
    build_checklist, BreachFact, ChecklistFacts, ConfirmationFact, EmailFact, OriginFact,
    PasswordFact, TwoStepFact,
};
use crate::messages::Messages;
use crate::password::{
    check_password, confirmation_matches, Coded, FailureCode, PasswordOptions, PasswordReport,
    Policy, PolicyError,
};
use fields::{breached_text, BreachView};

/// Decides one signup: see the [module documentation](self). Fails only when the options name
/// a custom password policy that contradicts itself.
pub fn evaluate_form(
    input: &FormInput,
    options: &FormOptions,
    messages: &Messages,
) -> Result<FormVerdict, PolicyError> {
    Ok(FormRules::new(options.clone())?.evaluate(input, messages))
}

/// A site's options, checked and compiled once (the policy, the domain lists) for any number of
/// verdicts.
pub struct FormRules {
    options: FormOptions,
    /// The password options every rating uses; the context words are added per input.
    password: PasswordOptions,
    #[cfg(feature = "lookalike")]
    lists: addresses::SiteLists,
}

impl FormRules {
    /// Checks the options (a contradictory custom policy is an error) and compiles the domain
    /// lists.
    pub fn new(options: FormOptions) -> Result<Self, PolicyError> {
        Policy::resolve(&options.policy, options.mfa)?;
        let password = PasswordOptions {
            policy: options.policy.clone(),
            mfa: options.mfa,
            ..PasswordOptions::default()
        };
        Ok(FormRules {
            #[cfg(feature = "lookalike")]
            lists: addresses::SiteLists::new(
                &options.lookalike_targets(),
                &options.official_domains,
                &options.allow_domains,
                &options.deny_domains,
            ),
            password,
            options,
        })
    }

    /// The options these rules were made from.
    pub fn options(&self) -> &FormOptions {
        &self.options
    }

    /// Decides one signup with these rules; texts come from `messages`.
    pub fn evaluate(&self, input: &FormInput, messages: &Messages) -> FormVerdict {
        let empty_fact = |required: bool| input.attempted && required;
        let mut facts = ChecklistFacts {
            fail_closed: self.options.fail_closed,
            tips: self.options.tips,
            two_step: match (self.options.two_step, input.passkey) {
                (false, _) => TwoStepFact::NotOffered,
                (true, true) => TwoStepFact::Passkey,
                (true, false) => TwoStepFact::Offered,
            },
            custom: input.custom.clone(),
            connection: input.connection.clone(),
            ..ChecklistFacts::default()
        };

        // The password, its breach check, the confirmation.
        let mut report = None;
        let count_text = input
            .breach
            .count_text
            .clone()
            .unwrap_or_else(|| messages.lang().format_count(input.breach.count));
        let found_text = breached_text(messages, input.breach.count, &count_text);
        let mut breach_status = BreachStatus::Off;
        if let Some(field) = &input.password {
            report = self.rate(field, input, messages);
            facts.password = match (&report, field.value.is_empty()) {
                (_, true) if empty_fact(field.required) => PasswordFact::Missing,
                (_, true) => PasswordFact::Empty,
                (Some(r), false) if r.policy.ok => PasswordFact::Strong,
                (Some(_), false) => PasswordFact::Weak,
                (None, false) => PasswordFact::Unavailable,
            };
            breach_status = if field.value.is_empty() && input.breach.status != BreachStatus::Off {
                BreachStatus::NotChecked
            } else {
                input.breach.status
            };
            facts.breach = match breach_status {
                BreachStatus::Off => BreachFact::Absent,
                BreachStatus::NotChecked if field.value.is_empty() => BreachFact::Empty,
                BreachStatus::NotChecked | BreachStatus::Checking => BreachFact::Checking,
                BreachStatus::Found => BreachFact::Found,
                BreachStatus::NotFound => BreachFact::NotFound,
                BreachStatus::Failed => BreachFact::Failed,
                BreachStatus::Unavailable => BreachFact::Unavailable,
            };
            facts.breach_count = input.breach.count;
            facts.breach_count_text = Some(count_text.clone());
        }
        if let (Some(field), Some(password)) = (&input.confirmation, &input.password) {
            facts.confirmation = if field.value.is_empty() {
                if empty_fact(field.required) {
                    ConfirmationFact::Missing
                } else {
                    ConfirmationFact::Empty
                }
            } else if confirmation_matches(&password.value, &field.value, &self.password)
                .unwrap_or(password.value == field.value)
            {
                ConfirmationFact::Match
            } else {
                ConfirmationFact::Mismatch
            };
        }

        // The email address, web addresses, the page's own address.
        #[cfg(feature = "lookalike")]
        let (email, email_advice) = match &input.email {
            Some(field) => {
                let (check, fact, advice) = self.lists.email(field, messages);
                facts.email = match fact {
                    EmailFact::Empty if empty_fact(field.required) => EmailFact::Missing,
                    fact => fact,
                };
                facts.email_suggestion = check.as_ref().and_then(|c| c.suggestion.clone());
                (check, advice)
            }
            None => (None, None),
        };
        #[cfg(not(feature = "lookalike"))]
        let email_advice = None;
        #[cfg(not(feature = "lookalike"))]
        if let Some(field) = &input.email {
            facts.email = match field.value.trim().is_empty() {
                true if empty_fact(field.required) => EmailFact::Missing,
                true => EmailFact::Empty,
                false => EmailFact::Unavailable,
            };
        }
        #[cfg(feature = "lookalike")]
        let (urls, url_fields) = self.lists.urls(&input.urls, messages);
        #[cfg(not(feature = "lookalike"))]
        let url_fields = vec![FieldVerdict::default(); input.urls.len()];
        #[cfg(feature = "lookalike")]
        let (origin, banner) = self.lists.origin(input.host.as_deref(), messages);
        #[cfg(feature = "lookalike")]
        {
            facts.origin = origin
                .as_ref()
                .map_or(OriginFact::NotConfigured, |o| o.status);
            if origin.is_some() {
                facts.official_domain = self.lists.official_domain(origin.as_ref());
            }
        }
        #[cfg(not(feature = "lookalike"))]
        let banner = None;
        #[cfg(not(feature = "lookalike"))]
        if input.host.is_some() && !self.options.official_domains.is_empty() {
            facts.origin = OriginFact::Unavailable;
            facts.official_domain = self.options.official_domains.first().cloned();
        }

        // The checklist decides what is required and what blocks; the fields say why.
        let checklist = build_checklist(&facts, messages);
        let breach_view = BreachView {
            status: breach_status,
            found_text: &found_text,
        };
        let fields = FieldVerdicts {
            password: input.password.as_ref().map(|field| {
                fields::password_field(field, report.as_ref(), &breach_view, &checklist, messages)
            }),
            confirmation: input
                .confirmation
                .as_ref()
                .map(|field| fields::confirmation_field(field, &checklist, messages)),
            email: input
                .email
                .as_ref()
                .map(|field| fields::email_field(field, email_advice, &checklist, messages)),
            urls: url_fields,
        };
        // The breach check's answer becomes one of the password's policy failures.
        if let Some(report) = report.as_mut() {
            if breach_status == BreachStatus::Found {
                report.policy.failures.push(Coded {
                    code: FailureCode::Breached,
                    message: found_text.clone(),
                });
                report.policy.ok = false;
            }
        }
        FormVerdict {
            valid: checklist.complete && checklist.blocking.is_empty(),
            complete: checklist.complete,
            blocking: checklist.blocking.clone(),
            checklist,
            fields,
            banner,
            password: report,
            #[cfg(feature = "lookalike")]
            email,
            #[cfg(feature = "lookalike")]
            urls,
            #[cfg(feature = "lookalike")]
            origin,
        }
    }

    /// The password's report: the one supplied, else rated here with the form's context words
    /// (the email address, then the other personal fields, then the site's own words).
    fn rate(
        &self,
        field: &FieldInput,
        input: &FormInput,
        messages: &Messages,
    ) -> Option<PasswordReport> {
        if field.value.is_empty() {
            return None;
        }
        if let Some(report) = &input.password_report {
            return Some(report.clone());
        }
        let options = PasswordOptions {
            user_inputs: self.context_words(input),
            ..self.password.clone()
        };
        check_password(&field.value, &options, messages).ok()
    }

    /// The password's context words for this input: the email address, then the other personal
    /// fields in their order, then the site's own words; trimmed, empty ones left out. A
    /// password rated elsewhere ([`FormInput::password_report`]) must be rated with these.
    pub fn context_words(&self, input: &FormInput) -> Vec<String> {
        input
            .email
            .iter()
            .map(|email| email.value.as_str())
            .chain(input.personal.iter().map(String::as_str))
            .map(str::trim)
            .filter(|word| !word.is_empty())
            .map(str::to_owned)
            .chain(self.options.user_inputs.iter().cloned())
            .collect()
    }
}
