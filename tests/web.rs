//! Browser tests: the real wasm boundary in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use js_sys::Reflect;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn field(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

#[wasm_bindgen_test]
fn check_password_returns_a_plain_object_with_score_and_guesses() {
    let report = signup_guard::wasm::password::check_password(
        "correct horse battery staple",
        JsValue::UNDEFINED,
    )
    .map_err(JsValue::from)
    .expect("checkPassword succeeds");
    assert!(report.is_object());
    assert_eq!(field(&report, "score").as_f64(), Some(4.0));
    let guesses = field(&report, "guessesLog10")
        .as_f64()
        .expect("guessesLog10 is a number");
    assert!(guesses > 10.0, "guessesLog10 = {guesses}");
}

#[wasm_bindgen_test]
fn common_password_scores_zero_in_the_browser() {
    let report = signup_guard::wasm::password::check_password("password", JsValue::UNDEFINED)
        .map_err(JsValue::from)
        .expect("checkPassword succeeds");
    assert_eq!(field(&report, "score").as_f64(), Some(0.0));
}

#[wasm_bindgen_test]
fn every_warm_up_step_runs_in_the_browser_and_checks_agree_after() {
    use signup_guard::wasm::password::{warm_up_step, warm_up_steps};
    let steps = warm_up_steps();
    assert!(
        steps > 6,
        "zxcvbn's dictionaries and tables, then samples: {steps}"
    );
    for index in 0..steps {
        assert!(warm_up_step(index), "step {index}");
    }
    assert!(!warm_up_step(steps));
    let report = signup_guard::wasm::password::check_password("Tr0ub4dour&3", JsValue::UNDEFINED)
        .map_err(JsValue::from)
        .expect("checkPassword succeeds");
    assert_eq!(field(&report, "score").as_f64(), Some(2.0));
}

#[wasm_bindgen_test]
fn message_text_falls_back_to_english_for_unknown_languages() {
    assert_eq!(
        signup_guard::wasm::messages::message_text("meter.score.4", "xx"),
        "Password strength: very strong"
    );
    assert_eq!(
        signup_guard::wasm::messages::message_text("meter.score.4", "de-AT"),
        "Passwortstärke: sehr stark"
    );
}

fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("test options are valid JSON")
}

#[wasm_bindgen_test]
fn password_options_cross_the_boundary_and_misspelt_names_are_rejected() {
    let report = signup_guard::wasm::password::check_password(
        "Tr0ub4dor&3",
        options(r#"{"policy":"composition","lang":"de"}"#),
    )
    .map_err(JsValue::from)
    .expect("checkPassword succeeds");
    let policy = field(&report, "policy");
    assert_eq!(field(&policy, "ok").as_bool(), Some(true));
    let error = signup_guard::wasm::password::check_password("x", options(r#"{"polcy":"nist"}"#))
        .map(|_| ())
        .map_err(JsValue::from)
        .expect_err("a misspelt option name is an error");
    let message = field(&error, "message").as_string().unwrap_or_default();
    assert!(message.contains("polcy"), "{message}");
}

#[wasm_bindgen_test]
fn check_url_flags_a_cyrillic_homograph_and_a_javascript_url_in_the_browser() {
    let homograph =
        signup_guard::wasm::lookalike::check_url_js("https://аррӏе.com/login", JsValue::UNDEFINED)
            .map_err(JsValue::from)
            .expect("checkUrl succeeds");
    assert_eq!(
        field(&homograph, "verdict").as_string().as_deref(),
        Some("dangerous")
    );
    assert_eq!(
        field(&homograph, "lookalikeOf").as_string().as_deref(),
        Some("apple.com")
    );
    let script =
        signup_guard::wasm::lookalike::check_url_js("javascript:alert(1)", JsValue::UNDEFINED)
            .map_err(JsValue::from)
            .expect("checkUrl succeeds");
    assert_eq!(
        field(&script, "verdict").as_string().as_deref(),
        Some("dangerous")
    );
}

#[wasm_bindgen_test]
fn a_misspelt_option_name_is_rejected_by_name_for_every_derived_options_struct() {
    let error = signup_guard::wasm::lookalike::check_url_js(
        "example.com",
        options(r#"{"protectedDomain":["example.com"]}"#),
    )
    .map(|_| ())
    .map_err(JsValue::from)
    .expect_err("a misspelt option name is an error");
    let message = field(&error, "message").as_string().unwrap_or_default();
    assert!(
        message.contains("`protectedDomain`") && message.contains("`protectedDomains`"),
        "{message}"
    );
}
