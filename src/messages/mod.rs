//! Human text for every message code, in several languages.
//!
//! Codes live in Rust (each module defines its own); the words live in plain-text catalogs under
//! `src/messages/catalogs/{lang}/{domain}.txt`, one `key = text` per line, `#` for comments and
//! `{name}` for placeholders. Catalogs are compiled into the binary, so lookups need no I/O.
//!
//! ```
//! use signup_guard::messages::{Lang, Messages};
//! let de = Messages::new(Lang::De);
//! assert_eq!(de.text("policy.mismatch", &[]), "Die Passwörter stimmen nicht überein.");
//! ```

mod catalog;
mod lang;

pub use catalog::{catalog_keys, raw_text, CatalogError};
pub use lang::Lang;

use std::collections::HashMap;

/// A message looked up for one language, with the caller's overrides applied first.
///
/// ```
/// use signup_guard::messages::{Lang, Messages};
/// let fr = Messages::new(Lang::Fr);
/// assert_eq!(fr.lang(), Lang::Fr);
/// assert!(!fr.text("policy.mismatch", &[]).is_empty());
/// ```
#[derive(Debug, Clone, Default)]
pub struct Messages {
    lang: Lang,
    overrides: HashMap<String, String>,
}

impl Messages {
    /// Messages in `lang`, falling back to English for any key the language lacks.
    ///
    /// ```
    /// use signup_guard::messages::{Lang, Messages};
    /// let en = Messages::new(Lang::En);
    /// assert_eq!(en.text("policy.mismatch", &[]), "The passwords do not match.");
    /// ```
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            overrides: HashMap::new(),
        }
    }

    /// Messages in `lang` where `overrides` (key → text) win over the catalogs.
    ///
    /// ```
    /// use signup_guard::messages::{Lang, Messages};
    /// use std::collections::HashMap;
    /// let overrides = HashMap::from([("policy.mismatch".to_owned(), "Bitte zweimal gleich eingeben.".to_owned())]);
    /// let de = Messages::with_overrides(Lang::De, overrides);
    /// assert_eq!(de.text("policy.mismatch", &[]), "Bitte zweimal gleich eingeben.");
    /// // Keys without an override still come from the German catalog.
    /// assert_eq!(de.text("meter.score.4", &[]), "Passwortstärke: sehr stark");
    /// ```
    pub fn with_overrides(lang: Lang, overrides: HashMap<String, String>) -> Self {
        Self { lang, overrides }
    }

    /// The language these messages are in.
    ///
    /// ```
    /// use signup_guard::messages::{Lang, Messages};
    /// assert_eq!(Messages::new(Lang::from_tag("es-MX")).lang(), Lang::Es);
    /// ```
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The text for `key` with `{name}` placeholders replaced from `args`.
    ///
    /// Order of preference: the caller's override, the catalog of this language, the English
    /// catalog, and finally the key itself (so a missing text is visible, never empty).
    ///
    /// ```
    /// use signup_guard::messages::{Lang, Messages};
    /// let en = Messages::new(Lang::En);
    /// assert_eq!(
    ///     en.text("breach.found", &[("count", "42")]),
    ///     "Seen 42 times in data breaches — choose another password."
    /// );
    /// // An unknown key comes back as itself, never as empty text.
    /// assert_eq!(en.text("no.such.key", &[]), "no.such.key");
    /// ```
    pub fn text(&self, key: &str, args: &[(&str, &str)]) -> String {
        let template = self
            .overrides
            .get(key)
            .map(String::as_str)
            .or_else(|| raw_text(self.lang, key))
            .or_else(|| raw_text(Lang::En, key))
            .unwrap_or(key);
        fill(template, args)
    }
}

/// Replaces each `{name}` in `template` with its value from `args`; unknown names stay as written.
fn fill(template: &str, args: &[(&str, &str)]) -> String {
    if args.is_empty() || !template.contains('{') {
        return template.to_owned();
    }
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_named_placeholders_and_keeps_unknown_ones() {
        assert_eq!(
            fill("seen {count} times", &[("count", "3")]),
            "seen 3 times"
        );
        assert_eq!(fill("{a} and {b}", &[("a", "x")]), "x and {b}");
        assert_eq!(fill("no brace {", &[("a", "x")]), "no brace {");
    }

    #[test]
    fn override_wins_then_language_then_english_then_key() {
        let mut o = HashMap::new();
        o.insert("policy.mismatch".to_owned(), "Custom".to_owned());
        assert_eq!(
            Messages::with_overrides(Lang::De, o).text("policy.mismatch", &[]),
            "Custom"
        );
        assert_eq!(
            Messages::new(Lang::En).text("no.such.key", &[]),
            "no.such.key"
        );
    }
}
