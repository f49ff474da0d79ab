//! `buildChecklist(facts, options)`: conversions for [`crate::checklist`].

use super::{from_js, to_js};
use crate::checklist::{build_checklist, ChecklistFacts};
use crate::messages::{Lang, Messages};
use serde::Deserialize;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;

/// Options of `buildChecklist`.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
struct ChecklistJsOptions {
    /// BCP 47 language tag of the texts.
    lang: Option<String>,
    /// Message overrides, key → text.
    messages: HashMap<String, String>,
}

/// `buildChecklist(facts, { lang, messages })`: the checklist items, summary and blocking ids
/// for the facts the form wrapper gathered. Throws on a misspelt fact or option name.
#[wasm_bindgen(js_name = buildChecklist)]
pub fn build_checklist_js(facts: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let facts: ChecklistFacts = from_js(facts)?;
    let options: ChecklistJsOptions = from_js(options)?;
    let lang = Lang::from_tag(options.lang.as_deref().unwrap_or(""));
    let messages = Messages::with_overrides(lang, options.messages);
    to_js(&build_checklist(&facts, &messages))
}
