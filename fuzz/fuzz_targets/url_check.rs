//! `check_url` and `check_page_origin` on arbitrary text: never panic, and the verdict of a
//! host does not depend on the ASCII case of its letters.
#![no_main]

use libfuzzer_sys::fuzz_target;
use signup_guard::lookalike::{check_page_origin, check_url, CheckOptions, ProtectedDomains};
use signup_guard::messages::{Lang, Messages};
use std::sync::OnceLock;

fn protected() -> &'static ProtectedDomains {
    static PROTECTED: OnceLock<ProtectedDomains> = OnceLock::new();
    PROTECTED.get_or_init(|| ProtectedDomains::new(["example-shop.com", "bank.example", "xn--bcher-kva.example"]))
}

fuzz_target!(|input: &str| {
    let messages = Messages::new(Lang::En);
    let options = CheckOptions::with_protected(protected());
    let result = check_url(input, &options, &messages);
    // Only the scheme and host are case-insensitive; compare hosts alone (no '/', '?', '#', '@').
    if !input.contains(['/', '?', '#', '@', '\\', ':']) {
        let upper = check_url(&input.to_ascii_uppercase(), &options, &messages);
        assert_eq!(result.verdict, upper.verdict, "case changed the verdict of {input:?}");
    }
    let _ = check_page_origin(input, protected(), &messages);
    // The input as a protected domain list must not panic either.
    let custom = ProtectedDomains::new(input.split(',').take(8));
    let _ = check_url("https://example-shop.com/", &CheckOptions::with_protected(&custom), &messages);
});
