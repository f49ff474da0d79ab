//! `checkUrl`, `checkEmail`, `checkPageOrigin`: conversions for [`crate::lookalike`].
//!
//! Compiling a protected-domain list into its index is the expensive part, so the compiled set
//! for the last `protectedDomains` list (and, separately, the last `officialDomains` list) is
//! kept and reused while the caller passes the same list again.

use super::{from_js, to_js};
use crate::lookalike::{
    check_email, check_page_origin, check_url, CheckOptions, ProtectedDomains, SiteDomains,
};
use crate::messages::{Lang, Messages};
use serde::Deserialize;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// Options of `checkUrl` and `checkEmail`.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
struct CheckJsOptions {
    /// The caller's protected domains (checked before the built-in list); an entry may list
    /// its brand family after it, separated by spaces (`shop.com shop.de`).
    protected_domains: Vec<String>,
    /// Mail domains the site accepts even if the disposable list has them.
    allow_domains: Vec<String>,
    /// Mail domains the site treats as disposable.
    deny_domains: Vec<String>,
    /// BCP 47 language tag of the messages.
    lang: Option<String>,
    /// Message overrides, key → text.
    messages: HashMap<String, String>,
}

/// Options of `checkPageOrigin`.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
struct PageOriginJsOptions {
    /// The site's official domains.
    official_domains: Vec<String>,
    /// The host the page runs on (`location.hostname`).
    host: String,
    /// BCP 47 language tag of the messages.
    lang: Option<String>,
    /// Message overrides, key → text.
    messages: HashMap<String, String>,
}

type Cache = RefCell<Option<(Vec<String>, Rc<ProtectedDomains>)>>;

thread_local! {
    static PROTECTED: Cache = const { RefCell::new(None) };
    static OFFICIAL: Cache = const { RefCell::new(None) };
}

/// The compiled set for `list`, reusing the cached one when the list is unchanged.
fn compiled(
    cache: &'static std::thread::LocalKey<Cache>,
    list: Vec<String>,
) -> Rc<ProtectedDomains> {
    cache.with(|cell| {
        let mut slot = cell.borrow_mut();
        if let Some((cached_list, set)) = slot.as_ref() {
            if *cached_list == list {
                return Rc::clone(set);
            }
        }
        let set = Rc::new(ProtectedDomains::new(&list));
        *slot = Some((list, Rc::clone(&set)));
        set
    })
}

fn messages(lang: Option<String>, overrides: HashMap<String, String>) -> Messages {
    Messages::with_overrides(Lang::from_tag(lang.as_deref().unwrap_or("")), overrides)
}

/// `checkUrl(input, { protectedDomains, lang, messages })`.
#[wasm_bindgen(js_name = checkUrl)]
pub fn check_url_js(input: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: CheckJsOptions = from_js(options)?;
    let set = compiled(&PROTECTED, options.protected_domains);
    let check = CheckOptions::with_protected(&set);
    to_js(&check_url(
        input,
        &check,
        &messages(options.lang, options.messages),
    ))
}

/// `checkEmail(email, { protectedDomains, allowDomains, denyDomains, lang, messages })`.
#[wasm_bindgen(js_name = checkEmail)]
pub fn check_email_js(email: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: CheckJsOptions = from_js(options)?;
    let set = compiled(&PROTECTED, options.protected_domains);
    let site = SiteDomains::new(&options.allow_domains, &options.deny_domains);
    let check = CheckOptions {
        site_domains: Some(&site),
        ..CheckOptions::with_protected(&set)
    };
    to_js(&check_email(
        email,
        &check,
        &messages(options.lang, options.messages),
    ))
}

/// `checkPageOrigin({ officialDomains, host, lang, messages })`; the JavaScript wrapper fills
/// `host` from `location.hostname`.
#[wasm_bindgen(js_name = checkPageOrigin)]
pub fn check_page_origin_js(options: JsValue) -> Result<JsValue, JsError> {
    let options: PageOriginJsOptions = from_js(options)?;
    let set = compiled(&OFFICIAL, options.official_domains);
    to_js(&check_page_origin(
        &options.host,
        &set,
        &messages(options.lang, options.messages),
    ))
}
