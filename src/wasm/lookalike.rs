//! `checkUrl`, `checkEmail`, `checkPageOrigin`: conversions for [`crate::lookalike`].
//!
//! Compiling a protected-domain list into its index is the expensive part, so the compiled set
//! for the last `protectedDomains` list (and, separately, the last `officialDomains` list) is
//! kept and reused while the caller passes the same list again.

use super::{from_js, to_js};
use crate::api::{LookalikeOptions, PageOriginOptions};
use crate::lookalike::{
    check_email, check_page_origin, check_url, CheckOptions, ProtectedDomains, SiteDomains,
};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

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

/// `checkUrl(input, { protectedDomains, lang, messages })`.
#[wasm_bindgen(js_name = checkUrl)]
pub fn check_url_js(input: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: LookalikeOptions = from_js(options)?;
    let messages = options.messages();
    let set = compiled(&PROTECTED, options.protected_domains);
    let check = CheckOptions::with_protected(&set);
    to_js(&check_url(input, &check, &messages))
}

/// `checkEmail(email, { protectedDomains, allowDomains, denyDomains, lang, messages })`.
#[wasm_bindgen(js_name = checkEmail)]
pub fn check_email_js(email: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: LookalikeOptions = from_js(options)?;
    let messages = options.messages();
    let set = compiled(&PROTECTED, options.protected_domains);
    let site = SiteDomains::new(&options.allow_domains, &options.deny_domains);
    let check = CheckOptions {
        site_domains: Some(&site),
        ..CheckOptions::with_protected(&set)
    };
    to_js(&check_email(email, &check, &messages))
}

/// `checkPageOrigin({ officialDomains, host, lang, messages })`; the JavaScript wrapper fills
/// `host` from `location.hostname`.
#[wasm_bindgen(js_name = checkPageOrigin)]
pub fn check_page_origin_js(options: JsValue) -> Result<JsValue, JsError> {
    let options: PageOriginOptions = from_js(options)?;
    let messages = options.messages();
    let set = compiled(&OFFICIAL, options.official_domains);
    to_js(&check_page_origin(&options.host, &set, &messages))
}
