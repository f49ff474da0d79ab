//! The panic hook in the real browser: a Rust panic inside the wasm core is logged on the console
//! with its message and location, and reaches JavaScript as a `WebAssembly.RuntimeError` (the
//! trap the wrapper turns into "checks unavailable"; see tests/e2e/core-failure.test.mjs).
//!
//! Its own test binary, so its own wasm instance: after a panic an instance must not run Rust
//! code that could panic again, and the other browser tests in tests/web.rs stay unaffected.
#![cfg(target_arch = "wasm32")]

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
export function runWithConsoleErrorSpy(run) {
  const original = console.error;
  const logged = [];
  console.error = (...args) => { logged.push(args.map(String).join(' ')); };
  let error = null;
  try {
    run();
  } catch (caught) {
    error = caught;
  } finally {
    console.error = original;
  }
  return {
    logged,
    trapped: error instanceof WebAssembly.RuntimeError,
    error: error === null ? null : String(error),
  };
}
"#)]
extern "C" {
    /// Calls `run` with `console.error` recorded; returns `{ logged, trapped, error }`.
    #[wasm_bindgen(js_name = runWithConsoleErrorSpy)]
    fn run_with_console_error_spy(run: &dyn Fn()) -> JsValue;
}

fn field(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

#[wasm_bindgen_test]
fn a_panic_is_logged_with_its_message_and_location_then_traps() {
    // What instantiating the package's module does first (`#[wasm_bindgen(start)]`).
    signup_guard::wasm::start();
    let outcome = run_with_console_error_spy(&|| {
        let code = std::hint::black_box(42);
        panic!("deliberate test panic {code}");
    });

    assert_eq!(
        field(&outcome, "trapped").as_bool(),
        Some(true),
        "the panic reached JavaScript as a WebAssembly.RuntimeError: {:?}",
        field(&outcome, "error").as_string()
    );
    let logged: Vec<String> = js_sys::Array::from(&field(&outcome, "logged"))
        .iter()
        .filter_map(|line| line.as_string())
        .collect();
    assert_eq!(
        logged.len(),
        1,
        "exactly one console.error line: {logged:?}"
    );
    let line = &logged[0];
    assert!(
        line.starts_with("[signup-guard] panic in the WebAssembly core: "),
        "{line}"
    );
    assert!(line.contains("deliberate test panic 42"), "{line}");
    assert!(
        line.contains("web_panic_hook.rs"),
        "the location is logged: {line}"
    );
}
