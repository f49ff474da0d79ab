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
    let report = signup_guard::wasm::password::check_password("correct horse battery staple", JsValue::UNDEFINED)
        .map_err(JsValue::from)
        .expect("checkPassword succeeds");
    assert!(report.is_object());
    assert_eq!(field(&report, "score").as_f64(), Some(4.0));
    let guesses = field(&report, "guessesLog10").as_f64().expect("guessesLog10 is a number");
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
fn message_text_falls_back_to_english_for_unknown_languages() {
    assert_eq!(signup_guard::wasm::messages::message_text("meter.score.4", "xx"), "Password strength: very strong");
    assert_eq!(signup_guard::wasm::messages::message_text("meter.score.4", "de-AT"), "Passwortstärke: sehr stark");
}
