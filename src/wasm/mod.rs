//! The one wasm-bindgen boundary: converts between JavaScript values and the pure-Rust core.
//! No logic lives here; each function converts its arguments, calls the core, converts back.

use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Serializes `value` as a plain JavaScript object (maps become objects, not `Map`s).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// `checkPassword(password)`: zxcvbn's score and guesses for one password.
#[wasm_bindgen(js_name = checkPassword)]
pub fn check_password(password: &str) -> Result<JsValue, JsError> {
    to_js(&crate::password::check_password(password))
}
