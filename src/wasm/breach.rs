//! `breachCount(password, options)`: the Pwned Passwords range check over `fetch`.
//!
//! Everything decidable without I/O lives in [`crate::breach`] (hashing, URL, parsing, caching,
//! error codes and texts); this file only reads the JavaScript options, drives `fetch` with a
//! timeout and the caller's `AbortSignal`, and turns failures into JavaScript errors.
//!
//! Only the 5-character hash prefix leaves the page: the request carries no credentials, no
//! referrer, and neither the password nor its full hash.

use crate::breach::{
    normalize_endpoint, range_url, BreachErrorCode, EndpointCaches, RangeParseError, RangeQuery,
    RangeResponse, DEFAULT_ENDPOINT, MAX_BODY_BYTES,
};
use crate::messages::{Lang, Messages};
use js_sys::{Function, Object, Promise, Reflect};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, AbortSignal, Headers, ReferrerPolicy, Request, RequestCache,
    RequestCredentials, RequestInit, RequestMode, Response,
};

#[wasm_bindgen(typescript_custom_section)]
const BREACH_COUNT_TS: &'static str = r#"
/** Options of `breachCount`; every field is optional. */
export interface BreachCountOptions {
  /** Base URL of a Pwned Passwords range API (default `https://api.pwnedpasswords.com`). */
  endpoint?: string;
  /** Time limit for the whole request in milliseconds (default 3000). */
  timeoutMs?: number;
  /** Cancels the check; the promise then rejects with `code: "aborted"`. */
  signal?: AbortSignal;
}

/** Why `breachCount` could not give an answer: "couldn't check right now", never "not breached". */
export type BreachErrorCode = "network" | "timeout" | "http-status" | "malformed" | "aborted";

/** The error `breachCount` rejects with when the check could not be completed. */
export interface BreachCheckError extends Error {
  name: "BreachCheckError";
  code: BreachErrorCode;
  /** The HTTP status, present when `code` is "http-status". */
  status?: number;
}
"#;

/// Default time limit for one range request, in milliseconds.
const DEFAULT_TIMEOUT_MS: f64 = 3000.0;

/// Longest time limit accepted: `setTimeout` fires at once for anything larger.
const MAX_TIMEOUT_MS: f64 = 2_147_483_647.0;

/// The option names `breachCount` understands.
const OPTION_NAMES: [&str; 3] = ["endpoint", "timeoutMs", "signal"];

thread_local! {
    /// Parsed range responses for the page's lifetime, per endpoint and prefix (memory only).
    static CACHES: RefCell<EndpointCaches> = RefCell::new(EndpointCaches::new());
}

/// `breachCount(password, { endpoint, timeoutMs, signal })`: how many times `password` appears
/// in the Pwned Passwords data set (0 = not found), sending only its 5-character SHA-1 prefix.
///
/// Rejects with a `BreachCheckError` whose `code` is `network`, `timeout`, `http-status` (with
/// `status`), `malformed` or `aborted`; with a `TypeError` for a non-string password, unknown
/// or mistyped options, or an invalid endpoint; with a `RangeError` for a bad `timeoutMs`.
#[wasm_bindgen(js_name = breachCount)]
pub async fn breach_count(
    #[wasm_bindgen(unchecked_param_type = "string")] password: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "BreachCountOptions")] options: JsValue,
) -> Result<f64, JsValue> {
    let password = password
        .as_string()
        .ok_or_else(|| type_error("breachCount: the password must be a string"))?;
    let options = read_options(&options)?;
    let query = RangeQuery::for_password(&password);
    drop(password);
    let endpoint = normalize_endpoint(&options.endpoint)
        .map_err(|e| type_error(&format!("breachCount: {e}")))?
        .to_owned();
    let url = range_url(&endpoint, query.prefix())
        .map_err(|e| type_error(&format!("breachCount: {e}")))?;
    if options.signal.as_ref().is_some_and(AbortSignal::aborted) {
        return Err(breach_error(
            BreachErrorCode::Aborted,
            None,
            "the signal was already aborted",
            None,
        ));
    }
    if let Some(count) = CACHES.with(|caches| caches.borrow().count(&endpoint, &query)) {
        return Ok(js_number(count));
    }
    let response = fetch_range(&url, &options).await?;
    let count = response.count(query.suffix());
    CACHES.with(|caches| {
        caches
            .borrow_mut()
            .insert(&endpoint, *query.prefix(), response)
    });
    Ok(js_number(count))
}

/// The options of one `breachCount` call, defaults filled in.
struct BreachOptions {
    endpoint: String,
    timeout_ms: f64,
    signal: Option<AbortSignal>,
}

/// Reads the options object with `Reflect` (an `AbortSignal` cannot go through serde).
fn read_options(value: &JsValue) -> Result<BreachOptions, JsValue> {
    let mut options = BreachOptions {
        endpoint: DEFAULT_ENDPOINT.to_owned(),
        timeout_ms: DEFAULT_TIMEOUT_MS,
        signal: None,
    };
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    let object = value
        .dyn_ref::<Object>()
        .filter(|_| value.is_object())
        .ok_or_else(|| type_error("breachCount: options must be an object"))?;
    let unknown: Vec<String> = Object::keys(object)
        .iter()
        .filter_map(|key| key.as_string())
        .filter(|key| !OPTION_NAMES.contains(&key.as_str()))
        .collect();
    if !unknown.is_empty() {
        return Err(type_error(&format!(
            "breachCount: unknown option(s) {}; expected {}",
            unknown.join(", "),
            OPTION_NAMES.join(", ")
        )));
    }
    let endpoint = Reflect::get(object, &JsValue::from_str("endpoint"))?;
    if !endpoint.is_undefined() {
        options.endpoint = endpoint
            .as_string()
            .ok_or_else(|| type_error("breachCount: options.endpoint must be a string"))?;
    }
    let timeout = Reflect::get(object, &JsValue::from_str("timeoutMs"))?;
    if !timeout.is_undefined() {
        let ms = timeout
            .as_f64()
            .ok_or_else(|| type_error("breachCount: options.timeoutMs must be a number"))?;
        if !(ms > 0.0 && ms <= MAX_TIMEOUT_MS) {
            return Err(js_sys::RangeError::new(&format!(
                "breachCount: options.timeoutMs must be between 1 and {MAX_TIMEOUT_MS}"
            ))
            .into());
        }
        options.timeout_ms = ms;
    }
    let signal = Reflect::get(object, &JsValue::from_str("signal"))?;
    if !signal.is_undefined() && !signal.is_null() {
        let signal = signal
            .dyn_into::<AbortSignal>()
            .map_err(|_| type_error("breachCount: options.signal must be an AbortSignal"))?;
        options.signal = Some(signal);
    }
    Ok(options)
}

/// Why one fetch of a range failed, before it is turned into a JavaScript error.
enum Failure {
    /// `fetch` or reading the body rejected (network error or abort).
    Rejected(JsValue),
    /// The response status was not 2xx.
    Status(u16),
    /// The body was not a valid range response.
    Malformed(RangeParseError),
}

/// Fetches and parses the range at `url`, within the time limit and the caller's signal.
async fn fetch_range(url: &str, options: &BreachOptions) -> Result<RangeResponse, JsValue> {
    let controller = AbortController::new()?;
    let timed_out = Rc::new(Cell::new(false));
    let timer = Timer::start(options.timeout_ms, &controller, &timed_out)?;
    let link = match &options.signal {
        Some(signal) => Some(AbortLink::new(signal, &controller)?),
        None => None,
    };
    let result = request_range(url, &controller.signal()).await;
    drop(timer);
    drop(link);
    result.map_err(|failure| match failure {
        Failure::Status(status) => breach_error(
            BreachErrorCode::HttpStatus,
            Some(status),
            &format!("HTTP {status}"),
            None,
        ),
        Failure::Malformed(error) => breach_error(error.code(), None, &error.to_string(), None),
        Failure::Rejected(cause) => {
            let caller_aborted = options.signal.as_ref().is_some_and(AbortSignal::aborted);
            let (code, detail) = if timed_out.get() {
                (
                    BreachErrorCode::Timeout,
                    format!("no answer within {} ms", options.timeout_ms),
                )
            } else if caller_aborted {
                (
                    BreachErrorCode::Aborted,
                    "the signal was aborted".to_owned(),
                )
            } else {
                (BreachErrorCode::Network, "the request failed".to_owned())
            };
            breach_error(code, None, &detail, Some(&cause))
        }
    })
}

/// One `GET {url}` with `Add-Padding: true`, no credentials and no referrer, then its body.
async fn request_range(url: &str, signal: &AbortSignal) -> Result<RangeResponse, Failure> {
    let headers = Headers::new().map_err(Failure::Rejected)?;
    headers
        .set("Add-Padding", "true")
        .map_err(Failure::Rejected)?;
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_headers(&headers);
    init.set_mode(RequestMode::Cors);
    init.set_credentials(RequestCredentials::Omit);
    init.set_referrer_policy(ReferrerPolicy::NoReferrer);
    init.set_cache(RequestCache::Default);
    init.set_signal(Some(signal));
    let request = Request::new_with_str_and_init(url, &init).map_err(Failure::Rejected)?;
    let fetch = global_function("fetch").map_err(Failure::Rejected)?;
    let promise = fetch
        .call1(&js_sys::global(), &request)
        .and_then(|value| value.dyn_into::<Promise>().map_err(JsValue::from))
        .map_err(Failure::Rejected)?;
    let response: Response = JsFuture::from(promise)
        .await
        .and_then(|value| value.dyn_into::<Response>().map_err(JsValue::from))
        .map_err(Failure::Rejected)?;
    if !response.ok() {
        return Err(Failure::Status(response.status()));
    }
    let declared = response.headers().get("content-length").ok().flatten();
    if let Some(size) = declared.and_then(|text| text.trim().parse::<usize>().ok()) {
        if size > MAX_BODY_BYTES {
            return Err(Failure::Malformed(RangeParseError::TooLarge {
                size,
                limit: MAX_BODY_BYTES,
            }));
        }
    }
    let text = response.text().map_err(Failure::Rejected)?;
    let body = JsFuture::from(text).await.map_err(Failure::Rejected)?;
    let body = body.as_string().unwrap_or_default();
    RangeResponse::parse(&body).map_err(Failure::Malformed)
}

/// A `setTimeout` that aborts the request; cleared when dropped.
struct Timer {
    handle: JsValue,
    _callback: Closure<dyn FnMut()>,
}

impl Timer {
    /// Schedules `controller.abort()` after `ms`, recording in `timed_out` that it fired.
    fn start(
        ms: f64,
        controller: &AbortController,
        timed_out: &Rc<Cell<bool>>,
    ) -> Result<Self, JsValue> {
        let controller = controller.clone();
        let timed_out = Rc::clone(timed_out);
        let callback = Closure::<dyn FnMut()>::new(move || {
            timed_out.set(true);
            controller.abort();
        });
        let handle = global_function("setTimeout")?.call2(
            &js_sys::global(),
            callback.as_ref(),
            &JsValue::from_f64(ms),
        )?;
        Ok(Self {
            handle,
            _callback: callback,
        })
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        if let Ok(clear) = global_function("clearTimeout") {
            let _ = clear.call1(&js_sys::global(), &self.handle);
        }
    }
}

/// Forwards the caller's `abort` event to the request's controller; detached when dropped.
struct AbortLink {
    signal: AbortSignal,
    callback: Closure<dyn FnMut()>,
}

impl AbortLink {
    /// Listens for `signal`'s `abort` event and aborts `controller` when it fires.
    fn new(signal: &AbortSignal, controller: &AbortController) -> Result<Self, JsValue> {
        let controller = controller.clone();
        let callback = Closure::<dyn FnMut()>::new(move || controller.abort());
        signal.add_event_listener_with_callback("abort", callback.as_ref().unchecked_ref())?;
        Ok(Self {
            signal: signal.clone(),
            callback,
        })
    }
}

impl Drop for AbortLink {
    fn drop(&mut self) {
        let _ = self
            .signal
            .remove_event_listener_with_callback("abort", self.callback.as_ref().unchecked_ref());
    }
}

/// The function `name` of the global object (window, worker or Node's `globalThis`).
fn global_function(name: &str) -> Result<Function, JsValue> {
    Reflect::get(&js_sys::global(), &JsValue::from_str(name))?
        .dyn_into::<Function>()
        .map_err(|_| {
            type_error(&format!(
                "breachCount: {name} is not available in this environment"
            ))
        })
}

/// A JavaScript `TypeError` with `message`.
fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

/// The `BreachCheckError` for `code`: English catalog text plus `detail`, with `code`, `status`
/// (for `http-status`) and `cause` (the underlying JavaScript error, if any).
fn breach_error(
    code: BreachErrorCode,
    status: Option<u16>,
    detail: &str,
    cause: Option<&JsValue>,
) -> JsValue {
    let text = Messages::new(Lang::En).text(code.message_key(), &[]);
    let error = js_sys::Error::new(&format!("{text} ({detail})"));
    error.set_name("BreachCheckError");
    if let Some(cause) = cause {
        error.set_cause(cause);
    }
    let _ = Reflect::set(
        &error,
        &JsValue::from_str("code"),
        &JsValue::from_str(code.as_str()),
    );
    if let Some(status) = status {
        let _ = Reflect::set(&error, &JsValue::from_str("status"), &JsValue::from(status));
    }
    error.into()
}

/// A count as a JavaScript number; exact, since the parser caps counts at 2⁵³ − 1.
fn js_number(count: u64) -> f64 {
    count as f64
}
