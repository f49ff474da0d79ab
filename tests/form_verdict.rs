//! The signup verdict (`form::evaluate_form`): what blocks, what each field says, and what a
//! server's input (no page address, no connection) leaves out. Inputs and options are written as
//! the JavaScript API takes them (JSON), read into the same types.
//!
//! Without the `lookalike` feature the email, address and page-origin checks cannot run: the
//! tests of those are compiled only with it, and `email_is_unavailable_without_lookalike` checks
//! what the verdict says instead.

use serde_json::{json, Value};
use signup_guard::form::{
    evaluate_form, FieldErrorCode, FieldVerdict, FormErrorCode, FormInput, FormOptions, FormRules,
    FormVerdict, Tone,
};
use signup_guard::password::{FailureCode, PolicyError};

/// Passes NIST (15+ characters, score at least 3, not common).
const STRONG: &str = "violet-kettle-Harbour-9-lantern";

fn input(value: Value) -> FormInput {
    serde_json::from_value(value).expect("a valid FormInput")
}

fn options(value: Value) -> FormOptions {
    serde_json::from_value(value).expect("valid FormOptions")
}

fn verdict(input_json: Value, options_json: Value) -> FormVerdict {
    let options = options(options_json);
    evaluate_form(&input(input_json), &options, &options.messages()).expect("a consistent policy")
}

/// A field as a server sends it: required.
fn field(value: &str) -> Value {
    json!({ "value": value, "required": true })
}

/// A submitted form with these fields (a server's input: no host, no connection).
fn submitted(password: &str, breach: Value) -> Value {
    json!({
        "attempted": true,
        "password": field(password),
        "email": field("ada@example.org"),
        "breach": breach,
    })
}

fn codes(field: &FieldVerdict) -> Vec<String> {
    field
        .errors
        .iter()
        .map(|e| {
            serde_json::to_value(e.code)
                .expect("a code")
                .as_str()
                .unwrap_or("")
                .to_owned()
        })
        .collect()
}

fn password_field(verdict: &FormVerdict) -> &FieldVerdict {
    verdict
        .fields
        .password
        .as_ref()
        .expect("the form has a password")
}

fn confirmation_field(verdict: &FormVerdict) -> &FieldVerdict {
    verdict
        .fields
        .confirmation
        .as_ref()
        .expect("the form has a confirmation")
}

fn email_field(verdict: &FormVerdict) -> &FieldVerdict {
    verdict
        .fields
        .email
        .as_ref()
        .expect("the form has an email")
}

fn item_ids(verdict: &FormVerdict) -> Vec<&str> {
    verdict
        .checklist
        .items
        .iter()
        .map(|i| i.id.as_str())
        .collect()
}

fn item_state(verdict: &FormVerdict, id: &str) -> String {
    let item = verdict.checklist.items.iter().find(|i| i.id == id);
    let item = item.unwrap_or_else(|| panic!("no item {id} in {:?}", item_ids(verdict)));
    serde_json::to_value(item.state)
        .expect("a state")
        .as_str()
        .unwrap_or("")
        .to_owned()
}

const NOT_FOUND: fn() -> Value = || json!({ "status": "not-found" });

// ── The password ───────────────────────────────────────────────────────────────────────────

#[test]
fn a_strong_password_not_breached_passes() {
    let v = verdict(submitted(STRONG, NOT_FOUND()), json!({}));
    assert!(v.valid, "{:?}", v.blocking);
    assert!(v.complete);
    assert!(v.blocking.is_empty());
    assert!(password_field(&v).errors.is_empty());
    assert_eq!(password_field(&v).notice, None);
    let report = v.password.as_ref().expect("rated");
    assert!(report.policy.ok);
    assert_eq!(item_state(&v, "strong-password"), "pass");
    assert_eq!(item_state(&v, "not-breached"), "pass");
}

#[test]
fn a_weak_password_blocks_with_the_policy_failures() {
    let v = verdict(
        submitted("Kettle9!", NOT_FOUND()),
        json!({ "policy": "nist" }),
    );
    assert!(!v.valid);
    assert_eq!(v.blocking, ["strong-password"]);
    let errors = codes(password_field(&v));
    assert_eq!(
        errors.first().map(String::as_str),
        Some("too-short"),
        "{errors:?}"
    );
    assert!(password_field(&v).errors[0].message.contains("15"));
    let report = v.password.as_ref().expect("rated");
    assert!(!report.policy.ok);
    // The field's errors are the report's failures, in order.
    let failures: Vec<&str> = report
        .policy
        .failures
        .iter()
        .map(|f| f.code.code())
        .collect();
    assert_eq!(errors, failures);
}

#[test]
fn an_empty_password_is_pending_until_submitted_then_required() {
    let typing = verdict(
        json!({ "password": field(""), "breach": NOT_FOUND() }),
        json!({}),
    );
    assert!(typing.blocking.is_empty());
    assert!(!typing.complete, "an empty required field is still pending");
    assert!(!typing.valid);
    assert!(password_field(&typing).errors.is_empty());
    assert_eq!(item_state(&typing, "strong-password"), "pending");
    assert_eq!(typing.password, None);

    let v = verdict(submitted("", json!({})), json!({}));
    assert_eq!(v.blocking, ["strong-password"]);
    assert_eq!(codes(password_field(&v)), ["required"]);
    assert_eq!(password_field(&v).errors[0].message, "Enter a password");
    // Nothing to ask the breach service about: pending, not blocking.
    assert_eq!(item_state(&v, "not-breached"), "pending");
}

#[test]
fn a_form_without_a_password_field_has_no_password_items() {
    let v = verdict(
        json!({ "attempted": true, "email": field("ada@example.org") }),
        json!({}),
    );
    assert_eq!(v.fields.password, None);
    assert_eq!(v.password, None);
    let ids = item_ids(&v);
    assert!(
        !ids.contains(&"strong-password") && !ids.contains(&"not-breached"),
        "{ids:?}"
    );
}

#[test]
fn the_form_words_are_context_words() {
    let personal = json!({
        "attempted": true,
        "password": field("lovelace1815-violet-kettle"),
        "email": field("ada@example.org"),
        "personal": ["lovelace1815", "Ada", "Lovelace", ""],
        "breach": NOT_FOUND(),
    });
    let v = verdict(personal, json!({}));
    assert!(codes(password_field(&v)).contains(&"contains-personal-info".to_owned()));
    // The site's own words come after the form's.
    let site = verdict(
        submitted("examplecorp-violet-kettle", NOT_FOUND()),
        json!({ "userInputs": ["examplecorp"] }),
    );
    assert!(codes(password_field(&site)).contains(&"contains-personal-info".to_owned()));
}

// ── The breach check ───────────────────────────────────────────────────────────────────────

#[test]
fn a_breach_found_is_a_policy_failure_and_blocks() {
    let v = verdict(
        submitted(STRONG, json!({ "status": "found", "count": 4242 })),
        json!({}),
    );
    assert!(!v.valid);
    assert_eq!(v.blocking, ["not-breached"]);
    assert_eq!(codes(password_field(&v)), ["breached"]);
    let message =
        "This password has been seen 4,242 times in data breaches. Choose another password.";
    assert_eq!(password_field(&v).errors[0].message, message);
    let notice = password_field(&v)
        .notice
        .as_ref()
        .expect("the breach is shown");
    assert_eq!((notice.tone, notice.text.as_str()), (Tone::Error, message));
    let report = v.password.as_ref().expect("rated");
    assert!(!report.policy.ok, "the breach folds into the policy");
    let last = report.policy.failures.last().expect("a failure");
    assert_eq!(
        (last.code, last.message.as_str()),
        (FailureCode::Breached, message)
    );
    assert_eq!(report.policy.failures.len(), 1);
}

#[test]
fn a_weak_and_breached_password_lists_the_breach_last() {
    let v = verdict(
        submitted("password", json!({ "status": "found", "count": 1 })),
        json!({}),
    );
    assert_eq!(v.blocking, ["strong-password", "not-breached"]);
    let errors = codes(password_field(&v));
    assert_eq!(
        errors.last().map(String::as_str),
        Some("breached"),
        "{errors:?}"
    );
    assert!(errors.contains(&"too-short".to_owned()) && errors.contains(&"common".to_owned()));
    assert_eq!(errors.iter().filter(|c| *c == "breached").count(), 1);
    // Seen once: its own sentence, no count.
    assert!(!password_field(&v)
        .errors
        .last()
        .map_or("", |e| e.message.as_str())
        .contains('1'));
}

#[test]
fn a_failed_breach_check_does_not_block_unless_the_site_fails_closed() {
    let failed = json!({ "status": "failed" });
    let open = verdict(submitted(STRONG, failed.clone()), json!({}));
    assert!(open.valid, "{:?}", open.blocking);
    assert!(password_field(&open).errors.is_empty());
    let notice = password_field(&open)
        .notice
        .as_ref()
        .expect("couldn't check");
    assert_eq!(notice.tone, Tone::Info);
    assert_eq!(item_state(&open, "not-breached"), "info");
    assert!(
        open.password.as_ref().expect("rated").policy.ok,
        "not checked is not breached"
    );

    let closed = verdict(submitted(STRONG, failed), json!({ "failClosed": true }));
    assert!(!closed.valid);
    assert_eq!(closed.blocking, ["not-breached"]);
    assert_eq!(codes(password_field(&closed)), ["breach-unchecked"]);
    assert_eq!(
        password_field(&closed).errors[0].code,
        FieldErrorCode::Form(FormErrorCode::BreachUnchecked)
    );
}

#[test]
fn a_breach_check_still_running_keeps_the_form_incomplete() {
    let v = verdict(
        submitted(STRONG, json!({ "status": "checking" })),
        json!({}),
    );
    assert!(v.blocking.is_empty());
    assert!(!v.complete);
    assert!(!v.valid, "valid needs complete");
    assert_eq!(item_state(&v, "not-breached"), "pending");
}

#[test]
fn counts_are_written_per_language_unless_the_caller_writes_them() {
    let found = json!({ "status": "found", "count": 4242 });
    let message = |lang: &str, breach: Value| {
        let v = verdict(submitted(STRONG, breach), json!({ "lang": lang }));
        password_field(&v).errors[0].message.clone()
    };
    assert!(message("en", found.clone()).contains("4,242"));
    assert!(message("de", found.clone()).contains("4.242"));
    assert!(message("fr", found.clone()).contains("4\u{202F}242"));
    assert!(message("es", found.clone()).contains("4242"));
    let written = json!({ "status": "found", "count": 4242, "countText": "4 242" });
    assert!(message("fr", written).contains("4 242"));
    // The checklist item says the same count.
    let v = verdict(submitted(STRONG, found), json!({ "lang": "de" }));
    let item = v
        .checklist
        .items
        .iter()
        .find(|i| i.id == "not-breached")
        .expect("the item");
    assert!(item.message.contains("4.242"), "{}", item.message);
}

// ── The confirmation ───────────────────────────────────────────────────────────────────────

#[test]
fn a_confirmation_equal_after_nfc_matches() {
    let composed = "Café-violet-kettle-Harbour-9";
    let decomposed = "Cafe\u{301}-violet-kettle-Harbour-9";
    let mut form = submitted(composed, NOT_FOUND());
    form["confirmation"] = field(decomposed);
    let v = verdict(form, json!({}));
    assert!(v.valid, "{:?}", v.blocking);
    assert_eq!(item_state(&v, "passwords-match"), "pass");
    assert!(confirmation_field(&v).errors.is_empty());
}

#[test]
fn a_different_confirmation_blocks_on_the_confirmation_only() {
    let mut form = submitted(STRONG, NOT_FOUND());
    form["confirmation"] = field(&format!("{STRONG}x"));
    let v = verdict(form, json!({}));
    assert_eq!(v.blocking, ["passwords-match"]);
    assert_eq!(codes(confirmation_field(&v)), ["mismatch"]);
    assert_eq!(
        confirmation_field(&v).errors[0].message,
        "The passwords do not match."
    );
    assert!(password_field(&v).errors.is_empty());
    assert!(
        v.password.as_ref().expect("rated").policy.ok,
        "mismatch is not the password's failure"
    );

    let mut empty = submitted(STRONG, NOT_FOUND());
    empty["confirmation"] = field("");
    let v = verdict(empty, json!({}));
    assert_eq!(codes(confirmation_field(&v)), ["required"]);
}

// ── Required items, custom items, valid and complete ──────────────────────────────────────

#[test]
fn custom_required_items_block_and_recommended_ones_do_not() {
    let mut form = submitted(STRONG, NOT_FOUND());
    form["custom"] = json!([
        { "id": "terms", "text": "Accept the terms", "state": "fail", "required": true },
        { "id": "news", "text": "Newsletter", "state": "fail", "required": false },
    ]);
    let v = verdict(form.clone(), json!({}));
    assert_eq!(v.blocking, ["custom:terms"]);
    assert!(!v.valid && !v.complete);
    form["custom"][0]["state"] = json!("pending");
    let pending = verdict(form.clone(), json!({}));
    assert!(pending.blocking.is_empty());
    assert!(!pending.complete && !pending.valid);
    form["custom"][0]["state"] = json!("pass");
    let done = verdict(form, json!({}));
    assert!(done.valid && done.complete, "{:?}", done.blocking);
}

#[test]
fn two_step_and_tips_follow_the_options() {
    let v = verdict(
        submitted(STRONG, NOT_FOUND()),
        json!({ "twoStep": false, "tips": false }),
    );
    let ids = item_ids(&v);
    assert!(
        !ids.iter()
            .any(|id| *id == "two-step" || id.starts_with("tip-")),
        "{ids:?}"
    );
    let mut with_passkey = submitted(STRONG, NOT_FOUND());
    with_passkey["passkey"] = json!(true);
    let v = verdict(with_passkey, json!({}));
    assert!(item_ids(&v).contains(&"two-step"));
    assert!(item_ids(&v).contains(&"tip-password-manager"));
    assert!(v.valid, "advice never blocks");
}

#[test]
fn a_contradictory_custom_policy_is_an_error() {
    let bad = options(json!({ "policy": { "minLength": 20, "maxLength": 10 } }));
    let error = evaluate_form(
        &input(submitted(STRONG, NOT_FOUND())),
        &bad,
        &bad.messages(),
    );
    assert_eq!(
        error.err(),
        Some(PolicyError::MinAboveMax { min: 20, max: 10 })
    );
    let score = options(json!({ "policy": { "minScore": 5 } }));
    assert!(matches!(
        FormRules::new(score),
        Err(PolicyError::MinScoreAboveFour(5))
    ));
    // Misspelt option and input names are refused when read.
    assert!(serde_json::from_value::<FormOptions>(json!({ "failClose": true })).is_err());
    assert!(serde_json::from_value::<FormInput>(json!({ "pasword": field("x") })).is_err());
}

#[test]
fn compiled_rules_give_the_same_verdict() {
    let options = options(json!({ "policy": "asvs-l2", "lang": "fr" }));
    let rules = FormRules::new(options.clone()).expect("consistent");
    for password in ["", "Kettle9!", STRONG, "password"] {
        let form = input(submitted(password, NOT_FOUND()));
        let messages = options.messages();
        assert_eq!(
            rules.evaluate(&form, &messages),
            evaluate_form(&form, &options, &messages).expect("consistent"),
            "{password}"
        );
    }
}

// ── A server's input, and the page's connection ────────────────────────────────────────────

#[test]
fn a_server_input_has_no_connection_and_no_origin_items() {
    let v = verdict(
        submitted(STRONG, NOT_FOUND()),
        json!({ "officialDomains": ["example.org"] }),
    );
    let ids = item_ids(&v);
    assert!(!ids.contains(&"secure-connection"), "{ids:?}");
    assert!(!ids.contains(&"official-site"), "{ids:?}");
    assert_eq!(v.banner, None);
    assert!(v.valid);
}

#[test]
fn the_connection_item_appears_when_the_connection_is_known() {
    let connection = |page: &str, action: &str, secure: bool| {
        let mut form = submitted(STRONG, NOT_FOUND());
        form["connection"] = json!({
            "secureContext": secure, "pageOrigin": page, "actionOrigin": action, "allowedOrigins": [],
        });
        verdict(form, json!({}))
    };
    let secure = connection("https://example.org", "https://example.org", true);
    assert_eq!(item_state(&secure, "secure-connection"), "pass");
    assert!(secure.valid);
    let insecure = connection("http://example.org", "http://example.org", false);
    assert_eq!(item_state(&insecure, "secure-connection"), "fail");
    assert_eq!(insecure.blocking, ["secure-connection"]);
    let foreign = connection("https://example.org", "https://collector.example", true);
    assert_eq!(foreign.blocking, ["secure-connection"]);
}

// ── Email, web addresses, the page's own address (the `lookalike` feature) ────────────────

#[cfg(feature = "lookalike")]
mod addresses {
    use super::*;

    fn with_email(email: &str) -> Value {
        let mut form = submitted(STRONG, NOT_FOUND());
        form["email"] = field(email);
        form
    }

    #[test]
    fn an_invalid_email_blocks() {
        let v = verdict(with_email("ada@@example"), json!({}));
        assert_eq!(v.blocking, ["email"]);
        assert_eq!(codes(email_field(&v)), ["invalid-email"]);
        assert_eq!(
            email_field(&v).errors[0].code,
            FieldErrorCode::Form(FormErrorCode::InvalidEmail)
        );
        assert!(!v.email.as_ref().expect("checked").valid);
        let fr = verdict(with_email("x"), json!({ "lang": "fr" }));
        assert!(email_field(&fr).errors[0].message.contains("adresse"));
    }

    #[test]
    fn a_missing_email_is_required_once_submitted() {
        let v = verdict(with_email("  "), json!({}));
        assert_eq!(codes(email_field(&v)), ["required"]);
        assert_eq!(v.email, None, "nothing to check");
        let mut typing = with_email("");
        typing["attempted"] = json!(false);
        let typing = verdict(typing, json!({}));
        assert!(email_field(&typing).errors.is_empty());
        assert_eq!(item_state(&typing, "email"), "pending");
    }

    #[test]
    fn a_mistyped_email_is_advice_with_a_suggestion() {
        let v = verdict(with_email("ada@gmial.com"), json!({}));
        assert!(v.valid, "a likely typo does not block: {:?}", v.blocking);
        assert!(email_field(&v).errors.is_empty());
        let notice = email_field(&v).notice.as_ref().expect("a notice");
        assert_eq!(notice.tone, Tone::Warning);
        assert_eq!(notice.suggestion.as_deref(), Some("ada@gmail.com"));
        assert!(!notice.on_leave, "a typo is worth saying at once");
        assert_eq!(item_state(&v, "email"), "fail");
        let item = v
            .checklist
            .items
            .iter()
            .find(|i| i.id == "email")
            .expect("item");
        assert!(item.message.contains("ada@gmail.com"), "{}", item.message);
    }

    #[test]
    fn a_disposable_email_is_advice_shown_on_leaving() {
        let v = verdict(with_email("ada@mailinator.com"), json!({}));
        assert!(v.valid, "{:?}", v.blocking);
        let notice = email_field(&v).notice.as_ref().expect("a notice");
        assert_eq!((notice.tone, notice.on_leave), (Tone::Warning, true));
        assert!(v.email.as_ref().expect("checked").disposable);
        // The site's own lists win.
        let allowed = verdict(
            with_email("ada@mailinator.com"),
            json!({ "allowDomains": ["mailinator.com"] }),
        );
        assert_eq!(email_field(&allowed).notice, None);
        let denied = verdict(
            with_email("ada@relay.example"),
            json!({ "denyDomains": ["relay.example"] }),
        );
        assert!(denied.email.as_ref().expect("checked").disposable);
    }

    #[test]
    fn dangerous_and_suspicious_addresses_get_notices_that_never_block() {
        let mut form = submitted(STRONG, NOT_FOUND());
        form["urls"] = json!([
            { "name": "site", "value": "javascript:alert(1)" },
            { "name": "shop", "value": "https://examp1e-shop.com/login" },
            { "name": "lure", "value": "https://paypal-login.com" },
            { "name": "fine", "value": "https://example.org" },
            { "name": "empty", "value": "  " },
        ]);
        let v = verdict(form, json!({ "protectedDomains": ["example-shop.com"] }));
        assert!(v.valid, "{:?}", v.blocking);
        let tones: Vec<Option<Tone>> = v
            .fields
            .urls
            .iter()
            .map(|f| f.notice.as_ref().map(|n| n.tone))
            .collect();
        assert_eq!(
            tones,
            [
                Some(Tone::Error),
                Some(Tone::Error),
                Some(Tone::Warning),
                None,
                None
            ]
        );
        assert!(v.fields.urls.iter().all(|f| f.errors.is_empty()));
        let notice = v.fields.urls[1].notice.as_ref().expect("a notice");
        assert!(notice.title.is_some() && !notice.text.is_empty());
        // Empty fields are not checked; the others are reported with their names.
        let names: Vec<&str> = v.urls.iter().map(|u| u.field.as_str()).collect();
        assert_eq!(names, ["site", "shop", "lure", "fine"]);
    }

    fn on_host(host: &str, official: Value) -> FormVerdict {
        let mut form = submitted(STRONG, NOT_FOUND());
        form["host"] = json!(host);
        verdict(form, json!({ "officialDomains": official }))
    }

    #[test]
    fn the_page_on_an_official_domain_passes_without_a_banner() {
        let v = on_host("www.example-shop.com", json!(["example-shop.com"]));
        assert_eq!(item_state(&v, "official-site"), "pass");
        assert_eq!(v.banner, None);
        assert!(v.origin.as_ref().expect("checked").check.official);
    }

    #[test]
    fn a_development_host_counts_only_when_listed() {
        let listed = on_host("localhost", json!(["example-shop.com", "localhost"]));
        assert_eq!(item_state(&listed, "official-site"), "info");
        let banner = listed.banner.as_ref().expect("a development banner");
        assert_eq!(banner.tone, Tone::Info);
        assert!(banner.title.as_deref().unwrap_or("").contains("localhost"));

        let unlisted = on_host("localhost", json!(["example-shop.com"]));
        assert_eq!(item_state(&unlisted, "official-site"), "fail");
        assert_eq!(
            unlisted.banner.as_ref().map(|b| b.tone),
            Some(Tone::Warning)
        );
    }

    #[test]
    fn a_page_elsewhere_warns_and_a_lookalike_says_whom_it_imitates() {
        let elsewhere = on_host("evil.test", json!(["example-shop.com"]));
        assert_eq!(item_state(&elsewhere, "official-site"), "fail");
        let banner = elsewhere.banner.as_ref().expect("a banner");
        assert_eq!(banner.tone, Tone::Warning);
        assert!(banner.text.contains("example-shop.com"), "{}", banner.text);
        assert!(
            elsewhere.valid,
            "a page warning is advice: a wrong list must not lock people out"
        );

        let lookalike = on_host("examp1e-shop.com", json!(["example-shop.com"]));
        let origin = lookalike.origin.as_ref().expect("checked");
        assert_eq!(
            origin.check.lookalike_of.as_deref(),
            Some("example-shop.com")
        );
        assert_eq!(
            serde_json::to_value(origin.status).ok(),
            Some(json!("lookalike"))
        );
        let banner = lookalike.banner.as_ref().expect("a banner");
        assert_eq!(banner.tone, Tone::Warning);
        assert!(banner.title.is_some() && !banner.text.is_empty());
    }
}

/// Without the `lookalike` feature the email cannot be checked: "unavailable", never a block.
#[cfg(not(feature = "lookalike"))]
#[test]
fn email_is_unavailable_without_lookalike() {
    let v = verdict(submitted(STRONG, NOT_FOUND()), json!({}));
    assert_eq!(item_state(&v, "email"), "info");
    assert!(email_field(&v).errors.is_empty());
    assert!(v.valid, "{:?}", v.blocking);
    let mut empty = submitted(STRONG, NOT_FOUND());
    empty["email"] = field("");
    let v = verdict(empty, json!({}));
    assert_eq!(codes(email_field(&v)), ["required"]);
    // The page's own address cannot be checked either.
    let mut form = submitted(STRONG, NOT_FOUND());
    form["host"] = json!("evil.test");
    let v = verdict(form, json!({ "officialDomains": ["example.org"] }));
    assert_eq!(item_state(&v, "official-site"), "info");
    assert_eq!(v.banner, None);
}
