//! `check_email` and `parse_email` on arbitrary text: never panic; a valid address's verdict does
//! not depend on the ASCII case of its domain.
#![no_main]

use libfuzzer_sys::fuzz_target;
use signup_guard::lookalike::{check_email, parse_email, CheckOptions, ProtectedDomains};
use signup_guard::messages::{Lang, Messages};
use std::sync::OnceLock;

fn protected() -> &'static ProtectedDomains {
    static PROTECTED: OnceLock<ProtectedDomains> = OnceLock::new();
    PROTECTED.get_or_init(|| ProtectedDomains::new(["example-shop.com", "bank.example"]))
}

fuzz_target!(|input: &str| {
    let messages = Messages::new(Lang::Fr);
    let options = CheckOptions::with_protected(protected());
    let result = check_email(input, &options, &messages);
    let _ = parse_email(input);
    if let Some((local, domain)) = input.rsplit_once('@') {
        let upper = check_email(&format!("{local}@{}", domain.to_ascii_uppercase()), &options, &messages);
        assert_eq!(result.valid, upper.valid, "domain case changed validity of {input:?}");
    }
});
