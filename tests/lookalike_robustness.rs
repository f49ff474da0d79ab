//! No input may panic: odd and pseudo-random strings through every lookalike entry point.

use signup_guard::lookalike::{
    check_email, check_page_origin, check_url, display_host, CheckOptions, ProtectedDomains,
    Verdict,
};
use signup_guard::messages::{Lang, Messages};

const ODD: &[&str] = &[
    "",
    " ",
    ".",
    "..",
    "@",
    "@@",
    "http://",
    "https://@",
    "http://[",
    "http://[::",
    "http://:80",
    "xn--",
    "xn--.com",
    "xn--zz.com",
    "a..b",
    "-a.com",
    "a-.com",
    "\u{0}",
    "\u{FFFD}.com",
    "http://\u{200B}",
    "javascript:",
    "data:",
    "mailto:a@b",
    "file:///etc/passwd",
    "//evil.example",
    "\\\\evil.example",
    "http://%",
    "http://a%00b.com",
    "http://1.2.3.4.5",
    "http://999999999999",
    "http://0x",
    "a@b@c",
    "@example.com",
    "a@",
    "a@.",
    "a@-",
    "\u{301}",
    "ー",
    "一",
    "・",
    "\u{3099}\u{3099}",
    "١٢٣",
    "🍕.com",
    "a\u{200D}b.com",
    "0.0.0.0",
    "::",
    "[::1]",
];

fn pseudo_random_strings() -> Vec<String> {
    let alphabet: Vec<char> = "aа0О1lӏ.-@:/[]%\u{200B}\u{301}ー一・é日ㄅ٢ࠀ\u{10FFFF}xn"
        .chars()
        .collect();
    let mut state = 0x1234_5678_u64;
    (0..3000)
        .map(|_| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
            let len = (state >> 60) as usize + 1;
            (0..len)
                .map(|i| {
                    let k = ((state >> (i % 48)) as usize).wrapping_add(i * 7) % alphabet.len();
                    alphabet.get(k).copied().unwrap_or('a')
                })
                .collect()
        })
        .collect()
}

#[test]
fn no_input_panics() {
    let messages = Messages::new(Lang::Fr);
    let protected = ProtectedDomains::new(ODD.iter().copied().chain(["paypal.com", "a.b"]));
    let options = CheckOptions::with_protected(&protected);
    let mut inputs: Vec<String> = ODD.iter().map(|s| s.to_string()).collect();
    inputs.extend(pseudo_random_strings());
    for input in &inputs {
        let url = check_url(input, &options, &messages);
        if url.verdict == Verdict::Invalid {
            assert!(
                !url.reasons.is_empty(),
                "{input:?}: invalid without a reason"
            );
        }
        let _ = check_email(input, &options, &messages);
        let _ = check_page_origin(input, &protected, &messages);
        let _ = display_host(input, &protected);
    }
}
