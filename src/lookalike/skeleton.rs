//! Skeletons: what a name looks like, so that names which look alike compare equal.
//!
//! The UTS 39 skeleton (from `unicode-security`) maps each character to its confusable
//! prototype. On top of it this module strips diacritics (`paypäl` → `paypal`), applies the
//! extra mappings of [`super::chars::extra_confusable`], drops invisible characters and folds
//! case, so `paypa1`, `раураl`, `PayPal` and `paypäl` all share the skeleton of `paypal`.

use super::chars::{extra_confusable, is_invisible};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The skeleton of `text` (a label or a dotted name; dots are kept).
///
/// ```
/// use signup_guard::lookalike::skeleton;
/// // Cyrillic "аррӏе" and Latin "apple" share a skeleton: they look the same.
/// assert_eq!(skeleton("аррӏе.com"), skeleton("apple.com"));
/// assert_ne!(skeleton("apple.com"), skeleton("maple.com"));
/// ```
pub fn skeleton(text: &str) -> String {
    let mut mapped = String::with_capacity(text.len());
    for c in text.nfd() {
        if is_combining_mark(c) || is_invisible(c) {
            continue;
        }
        match extra_confusable(c) {
            Some(replacement) => mapped.push_str(replacement),
            None => mapped.push(c),
        }
    }
    let mut out = String::with_capacity(mapped.len());
    for c in unicode_security::skeleton(&mapped) {
        if is_combining_mark(c) {
            continue;
        }
        for lower in c.to_lowercase() {
            out.push(match lower {
                '0' => 'o',
                '1' | '|' => 'l',
                other => other,
            });
        }
    }
    out
}

/// `text` with diacritics removed but otherwise unchanged (`paypäl` → `paypal`).
///
/// ```
/// use signup_guard::lookalike::strip_diacritics;
/// assert_eq!(strip_diacritics("paypäl"), "paypal");
/// ```
pub fn strip_diacritics(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .nfc()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookalikes_share_a_skeleton() {
        let paypal = skeleton("paypal");
        assert_eq!(skeleton("paypa1"), paypal);
        assert_eq!(skeleton("раураl"), paypal);
        assert_eq!(skeleton("paypäl"), paypal);
        assert_eq!(skeleton("PayPal"), paypal);
        assert_eq!(skeleton("pay\u{200B}pal"), paypal);
        assert_eq!(skeleton("аррӏе"), skeleton("apple"));
        assert_eq!(skeleton("g00gle"), skeleton("google"));
        assert_eq!(skeleton("rnicrosoft"), skeleton("microsoft"));
        assert_eq!(skeleton("шмнть"), skeleton("wmhtb"));
        assert_ne!(skeleton("paypal"), skeleton("paypol"));
    }

    #[test]
    fn diacritics_are_stripped() {
        assert_eq!(strip_diacritics("paypäl"), "paypal");
        assert_eq!(strip_diacritics("münchen"), "munchen");
    }
}
