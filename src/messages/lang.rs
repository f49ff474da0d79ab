//! The languages the catalogs cover, and how a caller's language tag maps onto them.

use serde::{Deserialize, Serialize};

/// A language with a complete catalog.
///
/// ```
/// use signup_guard::messages::Lang;
/// assert_eq!(Lang::default(), Lang::En);
/// assert_eq!(Lang::ALL.len(), 4);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English, the fallback for every other language.
    #[default]
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Fr, Lang::Es];

    /// The language for a BCP 47 tag such as `de`, `fr-CA` or `ES`; anything else is English.
    ///
    /// ```
    /// use signup_guard::messages::Lang;
    /// assert_eq!(Lang::from_tag("fr-CA"), Lang::Fr);
    /// assert_eq!(Lang::from_tag("DE_at"), Lang::De);
    /// assert_eq!(Lang::from_tag("pt-BR"), Lang::En);
    /// ```
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "de" => Lang::De,
            "fr" => Lang::Fr,
            "es" => Lang::Es,
            _ => Lang::En,
        }
    }

    /// The two-letter code of this language.
    ///
    /// ```
    /// use signup_guard::messages::Lang;
    /// assert_eq!(Lang::Es.code(), "es");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// A count written the way this language's readers expect it (CLDR's default grouping, as
    /// `Intl.NumberFormat` writes it): `12,000` in English, `12.000` in German and Spanish,
    /// `12\u{202F}000` in French; Spanish groups only numbers of five digits or more.
    ///
    /// ```
    /// use signup_guard::messages::Lang;
    /// assert_eq!(Lang::En.format_count(9_545_824), "9,545,824");
    /// assert_eq!(Lang::De.format_count(4_242), "4.242");
    /// assert_eq!(Lang::Fr.format_count(4_242), "4\u{202F}242");
    /// assert_eq!(Lang::Es.format_count(4_242), "4242");
    /// assert_eq!(Lang::Es.format_count(12_000), "12.000");
    /// ```
    pub fn format_count(self, count: u64) -> String {
        let digits = count.to_string();
        let (separator, min_digits) = match self {
            Lang::En => (',', 4),
            Lang::De => ('.', 4),
            Lang::Fr => ('\u{202F}', 4),
            Lang::Es => ('.', 5),
        };
        if digits.len() < min_digits {
            return digits;
        }
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(separator);
            }
            out.push(digit);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_and_case_are_ignored_and_unknown_falls_back() {
        assert_eq!(Lang::from_tag("fr-CA"), Lang::Fr);
        assert_eq!(Lang::from_tag("DE_at"), Lang::De);
        assert_eq!(Lang::from_tag("xx"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
    }
}
