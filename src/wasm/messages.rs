//! Catalog lookups for the JavaScript wrapper, which renders text but holds none of its own.

use crate::messages::{Lang, Messages};
use wasm_bindgen::prelude::*;

/// `messageText(key, lang)`: the catalog text for `key` in the language tagged `lang`.
#[wasm_bindgen(js_name = messageText)]
pub fn message_text(key: &str, lang: &str) -> String {
    Messages::new(Lang::from_tag(lang)).text(key, &[])
}
