//! `checkPassword(password, options)` for JavaScript.

use super::{from_js, to_js};
use crate::password::{check_password as check, PasswordOptions};
use wasm_bindgen::prelude::*;

/// `checkPassword(password, options?)`: score, crack times, feedback and policy verdict.
/// Options: `{ userInputs, policy, mfa, confirmation, lang, messages }`; see the Rust
/// `PasswordOptions`. Throws on a misspelt option or a contradictory custom policy.
#[wasm_bindgen(js_name = checkPassword)]
pub fn check_password(password: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: PasswordOptions = from_js(options)?;
    let report = check(password, &options, &options.messages())?;
    to_js(&report)
}

/// `warmUpSteps()`: how many steps `warmUpStep` has (see the Rust `warm_up_step`).
#[wasm_bindgen(js_name = warmUpSteps)]
pub fn warm_up_steps() -> usize {
    crate::password::WARM_UP_STEPS
}

/// `warmUpStep(index)`: one step of the password checker's one-time set-up, so a page can run
/// them in separate tasks; false (doing nothing) when `index` is not below `warmUpSteps()`.
#[wasm_bindgen(js_name = warmUpStep)]
pub fn warm_up_step(index: usize) -> bool {
    crate::password::warm_up_step(index)
}
