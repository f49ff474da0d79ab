//! Registrable domains from the Public Suffix List.
//!
//! The list is `data/lookalike/public_suffix_list.txt`: every rule of the PSL (ICANN and private
//! sections, so `co.uk`, `com.au` and `github.io` are all suffixes), in ASCII, generated from the
//! copy the `psl` crate ships by `data/lookalike/gen_psl.py`. It is parsed once, on first use, by
//! the `publicsuffix` crate. This costs far less WebAssembly than the `psl` crate's generated
//! matcher (figures in `docs/lookalike-conformance.md`).

use publicsuffix::{List, Psl};
use std::sync::OnceLock;

const LIST_TEXT: &str = include_str!("../../data/lookalike/public_suffix_list.txt");

fn list() -> &'static List {
    static LIST: OnceLock<List> = OnceLock::new();
    LIST.get_or_init(|| LIST_TEXT.parse().unwrap_or_default())
}

/// The public suffix of an ASCII (punycode), lowercase host: `co.uk` for `www.bbc.co.uk`.
///
/// Hosts under an ending the list does not know get their last label as suffix (the PSL's
/// implicit `*` rule).
///
/// ```
/// use signup_guard::lookalike::public_suffix;
/// assert_eq!(public_suffix("www.bbc.co.uk"), Some("co.uk"));
/// ```
pub fn public_suffix(ascii_host: &str) -> Option<&str> {
    let host = ascii_host.strip_suffix('.').unwrap_or(ascii_host);
    let suffix = list().suffix(host.as_bytes())?;
    let len = suffix.as_bytes().len();
    host.get(host.len().checked_sub(len)?..)
}

/// The registrable domain (public suffix plus one label) of an ASCII (punycode), lowercase
/// host: `bbc.co.uk` for `www.bbc.co.uk`, `evil.github.io` for `x.evil.github.io`; `None` when
/// the host is itself a public suffix or a single label.
///
/// ```
/// use signup_guard::lookalike::registrable_domain;
/// assert_eq!(registrable_domain("www.bbc.co.uk"), Some("bbc.co.uk"));
/// assert_eq!(registrable_domain("x.evil.github.io"), Some("evil.github.io"));
/// assert_eq!(registrable_domain("co.uk"), None);
/// ```
pub fn registrable_domain(ascii_host: &str) -> Option<&str> {
    let host = ascii_host.strip_suffix('.').unwrap_or(ascii_host);
    let domain = list().domain(host.as_bytes())?;
    let len = domain.as_bytes().len();
    host.get(host.len().checked_sub(len)?..)
}

/// Whether `suffix` (ASCII) is a public suffix listed in the PSL itself, not merely the last
/// label of an unknown ending (`co.uk`, `de`: yes; `con`, `example`: no).
///
/// ```
/// use signup_guard::lookalike::is_known_suffix;
/// assert!(is_known_suffix("co.uk"));
/// assert!(!is_known_suffix("con"));
/// ```
pub fn is_known_suffix(suffix: &str) -> bool {
    if suffix.is_empty() {
        return false;
    }
    let probe = format!("x.{suffix}");
    list()
        .suffix(probe.as_bytes())
        .is_some_and(|found| found.is_known() && found.as_bytes() == suffix.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multi_label_suffixes() {
        assert_eq!(registrable_domain("www.bbc.co.uk"), Some("bbc.co.uk"));
        assert_eq!(
            registrable_domain("shop.example.com.au"),
            Some("example.com.au")
        );
        assert_eq!(
            registrable_domain("a.evil.github.io"),
            Some("evil.github.io")
        );
        assert_eq!(registrable_domain("paypal.com"), Some("paypal.com"));
        assert_eq!(registrable_domain("paypal.com."), Some("paypal.com"));
        assert_eq!(
            registrable_domain("login.evil.example"),
            Some("evil.example")
        );
        assert_eq!(
            registrable_domain("xn--d1acufc.xn--p1ai"),
            Some("xn--d1acufc.xn--p1ai")
        );
        assert_eq!(public_suffix("www.bbc.co.uk"), Some("co.uk"));
        assert!(is_known_suffix("co.uk"));
        assert!(is_known_suffix("de"));
        assert!(!is_known_suffix("con"));
        assert!(!is_known_suffix("example"));
    }

    #[test]
    fn suffixes_alone_have_no_registrable_domain() {
        assert_eq!(registrable_domain("co.uk"), None);
        assert_eq!(registrable_domain("com"), None);
        assert_eq!(registrable_domain("github.io"), None);
        assert_eq!(registrable_domain(""), None);
    }
}
