//! Unicode normalization: every comparison and every length in this module uses NFC.
//!
//! The same password typed on two systems can arrive as different code point sequences
//! (`é` as U+00E9, or as `e` followed by U+0301). NFC composes both into one code point, so the
//! length a person sees, the confirmation comparison and the strength estimate all agree.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// `text` in Unicode Normalization Form C; borrowed-speed for text that is already NFC.
///
/// ```
/// use signup_guard::password::normalize::to_nfc;
/// assert_eq!(to_nfc("cafe\u{301}"), "café");
/// ```
pub fn to_nfc(text: &str) -> String {
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text.to_owned(),
        IsNormalized::No | IsNormalized::Maybe => text.nfc().collect(),
    }
}

/// The length policies count: Unicode code points after NFC normalization.
///
/// ```
/// use signup_guard::password::normalize::nfc_length;
/// assert_eq!(nfc_length("cafe\u{301}"), 4);
/// ```
pub fn nfc_length(text: &str) -> usize {
    to_nfc(text).chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_and_composed_forms_normalize_to_the_same_text() {
        let composed = "caf\u{e9}";
        let decomposed = "cafe\u{301}";
        assert_ne!(composed, decomposed);
        assert_eq!(to_nfc(decomposed), composed);
        assert_eq!(nfc_length(decomposed), 4);
        assert_eq!(decomposed.chars().count(), 5);
    }
}
