//! `buildChecklist(facts, options)`: conversions for [`crate::checklist`].

use super::{from_js, to_js};
use crate::api::ChecklistOptions;
use crate::checklist::{build_checklist, ChecklistFacts};
use wasm_bindgen::prelude::*;

/// `buildChecklist(facts, { lang, messages })`: the checklist items, summary and blocking ids
/// for the facts the form wrapper gathered. Throws on a misspelt fact or option name.
#[wasm_bindgen(js_name = buildChecklist)]
pub fn build_checklist_js(facts: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let facts: ChecklistFacts = from_js(facts)?;
    let options: ChecklistOptions = from_js(options)?;
    to_js(&build_checklist(&facts, &options.messages()))
}
