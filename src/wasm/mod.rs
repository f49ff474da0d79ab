//! The one wasm-bindgen boundary: converts between JavaScript values and the pure-Rust core.
//! No logic lives here; each function converts its arguments, calls the core, converts back.
//! One file per core module; this file holds the shared conversions.

/// Breached-password check: hashing, range URL, parsing and matching (the request is JavaScript's).
pub mod breach;
/// The onboarding security checklist.
pub mod checklist;
mod fields;
/// The whole signup verdict.
pub mod form;
/// URL, email and page-origin lookalike analysis.
#[cfg(feature = "lookalike")]
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

#[wasm_bindgen]
extern "C" {
    /// `console.error`, for the panic hook.
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// Runs once when the module is instantiated: a panic (a bug; no input should cause one) is
/// reported on the console with its message and location before the instance traps, so it can
/// be diagnosed. The JavaScript wrapper then marks the core failed (`callCore` in
/// www/lib/arguments.js) and the form guard shows "checks are unavailable" without blocking.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error(&format!(
            "[signup-guard] panic in the WebAssembly core: {info}"
        ));
    }));
}

/// Deserializes an options object; `undefined` or `null` give the defaults. Option structs use
/// `#[serde(default, deny_unknown_fields, rename_all = "camelCase")]`; because
/// serde-wasm-bindgen only looks up declared fields, every other key is rejected here by name.
pub(crate) fn from_js<T: DeserializeOwned + Default>(value: JsValue) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    if let (Some(known), Some(object)) = (
        fields::field_names::<T>(),
        value.dyn_ref::<js_sys::Object>(),
    ) {
        let unknown: Vec<String> = js_sys::Object::keys(object)
            .iter()
            .filter_map(|key| key.as_string())
            .filter(|key| !known.contains(&key.as_str()))
            .collect();
        if !unknown.is_empty() {
            return Err(JsError::new(&format!(
                "options: unknown option {}; expected {}",
                quoted(&unknown),
                quoted(known)
            )));
        }
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("options: {e}")))
}

/// `a`, `b`, `c` for an error message.
fn quoted<S: AsRef<str>>(names: &[S]) -> String {
    names
        .iter()
        .map(|n| format!("`{}`", n.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}
