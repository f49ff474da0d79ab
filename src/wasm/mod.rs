//! The one wasm-bindgen boundary: converts between JavaScript values and the pure-Rust core.
//! No logic lives here; each function converts its arguments, calls the core, converts back.
//! One file per core module; this file holds the shared conversions.

/// Breached-password check over `fetch`.
pub mod breach;
/// The onboarding security checklist.
pub mod checklist;
/// URL, email and page-origin lookalike analysis.
pub mod lookalike;
/// Catalog lookups.
pub mod messages;
/// Password strength and policy.
pub mod password;

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Serializes `value` as a plain JavaScript object (maps become objects, not `Map`s).
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Deserializes an options object; `undefined` or `null` give the defaults. Option structs use
/// `#[serde(default, deny_unknown_fields, rename_all = "camelCase")]`, so a misspelt option name
/// is an error naming it rather than being silently ignored.
pub(crate) fn from_js<T: DeserializeOwned + Default>(value: JsValue) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("options: {e}")))
}
