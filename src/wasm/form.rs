//! `evaluateForm(input, options)`: conversions for [`crate::form`].
//!
//! Compiling the options (the policy, the domain lists) is the expensive part, so the rules for
//! the last options are kept and reused while the caller passes equal options again, which the
//! form wrapper does on every change.

use super::{from_js, to_js};
use crate::form::{FormInput, FormOptions, FormRules};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

thread_local! {
    static RULES: RefCell<Option<Rc<FormRules>>> = const { RefCell::new(None) };
}

/// The compiled rules for `options`, reusing the last ones when the options are equal.
fn rules(options: FormOptions) -> Result<Rc<FormRules>, JsError> {
    RULES.with(|cell| {
        if let Some(rules) = cell.borrow().as_ref() {
            if *rules.options() == options {
                return Ok(Rc::clone(rules));
            }
        }
        let rules = Rc::new(FormRules::new(options)?);
        *cell.borrow_mut() = Some(Rc::clone(&rules));
        Ok(rules)
    })
}

/// `evaluateForm(input, options?)`: the whole signup verdict (reports, checklist, blocking,
/// each field's message) for what the form holds now. Throws on a misspelt input or option
/// name, or a contradictory custom policy.
#[wasm_bindgen(js_name = evaluateForm)]
pub fn evaluate_form(input: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let input: FormInput = from_js(input)?;
    let options: FormOptions = from_js(options)?;
    let messages = options.messages();
    to_js(&rules(options)?.evaluate(&input, &messages))
}

/// `formContextWords(input, options?)`: the context words the verdict rates the password with,
/// for a password rated outside the core's verdict (a replacement checker), so that it is rated
/// with the same words in the same order.
#[wasm_bindgen(js_name = formContextWords)]
pub fn form_context_words(input: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let input: FormInput = from_js(input)?;
    let options: FormOptions = from_js(options)?;
    to_js(&rules(options)?.context_words(&input))
}
