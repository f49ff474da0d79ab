//! The compiled-in catalogs and their parser.
//!
//! Each domain of the crate has one file per language; adding a domain means adding its file
//! for every language to [`SOURCES`] (the completeness test fails otherwise).

use super::Lang;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The catalog files compiled into the crate: `(language, domain, text)`.
macro_rules! sources {
    ($($domain:literal),* $(,)?) => {
        &[
            $(
                (Lang::En, $domain, include_str!(concat!("catalogs/en/", $domain, ".txt"))),
                (Lang::De, $domain, include_str!(concat!("catalogs/de/", $domain, ".txt"))),
                (Lang::Fr, $domain, include_str!(concat!("catalogs/fr/", $domain, ".txt"))),
                (Lang::Es, $domain, include_str!(concat!("catalogs/es/", $domain, ".txt"))),
            )*
        ]
    };
}

/// Every catalog file, by language and domain.
pub(crate) const SOURCES: &[(Lang, &str, &str)] = sources![
    "common",
    "password",
    "breach",
    "lookalike",
    "email",
    "checklist"
];

/// A line of a catalog that is not `key = text`, a comment or blank.
///
/// ```
/// use signup_guard::messages::{CatalogError, Lang};
/// let error = CatalogError::DuplicateKey { lang: Lang::De, key: "policy.mismatch".into() };
/// assert_eq!(error.to_string(), "De: key `policy.mismatch` is defined twice");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    /// The line has no `=` between key and text.
    #[error("{lang:?}/{domain}.txt line {line}: expected `key = text`")]
    MissingEquals {
        /// Language of the file.
        lang: Lang,
        /// Domain (file name) of the catalog.
        domain: &'static str,
        /// 1-based line number.
        line: usize,
    },
    /// The same key appears twice in one language.
    #[error("{lang:?}: key `{key}` is defined twice")]
    DuplicateKey {
        /// Language of the file.
        lang: Lang,
        /// The repeated key.
        key: String,
    },
}

type Table = HashMap<(Lang, &'static str), &'static str>;

/// Parses every catalog, reporting the first malformed line.
fn parse_all() -> Result<Table, CatalogError> {
    let mut table = Table::new();
    for &(lang, domain, source) in SOURCES {
        for (index, raw) in source.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (key, text) = line.split_once('=').ok_or(CatalogError::MissingEquals {
                lang,
                domain,
                line: index + 1,
            })?;
            let key = key.trim();
            if table.insert((lang, key), text.trim()).is_some() {
                return Err(CatalogError::DuplicateKey {
                    lang,
                    key: key.to_owned(),
                });
            }
        }
    }
    Ok(table)
}

/// The parsed catalogs; a malformed catalog is a build defect caught by the tests, and at run
/// time it leaves the table empty so every lookup falls back to the key rather than panicking.
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| parse_all().unwrap_or_default())
}

/// The catalog text for `key` in exactly `lang`, without fallback or placeholders filled.
///
/// ```
/// use signup_guard::messages::{raw_text, Lang};
/// assert_eq!(raw_text(Lang::En, "breach.found-once"), Some("Seen once in a data breach — choose another password."));
/// // Placeholders are left as written; `Messages::text` fills them.
/// assert!(raw_text(Lang::En, "breach.found").unwrap().contains("{count}"));
/// assert_eq!(raw_text(Lang::En, "no.such.key"), None);
/// ```
pub fn raw_text(lang: Lang, key: &str) -> Option<&'static str> {
    table().get(&(lang, key)).copied()
}

/// Every key defined for `lang`, sorted.
///
/// ```
/// use signup_guard::messages::{catalog_keys, Lang};
/// let english = catalog_keys(Lang::En);
/// assert!(english.contains(&"policy.mismatch"));
/// // Every language has exactly the English keys.
/// assert_eq!(catalog_keys(Lang::Fr), english);
/// ```
pub fn catalog_keys(lang: Lang) -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = table()
        .keys()
        .filter(|(l, _)| *l == lang)
        .map(|(_, k)| *k)
        .collect();
    keys.sort_unstable();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn every_catalog_parses() {
        if let Err(e) = parse_all() {
            panic!("{e}");
        }
    }

    #[test]
    fn every_language_has_exactly_the_english_keys_with_the_same_placeholders() {
        let english = catalog_keys(Lang::En);
        assert!(!english.is_empty());
        for lang in Lang::ALL {
            assert_eq!(
                catalog_keys(lang),
                english,
                "{lang:?} keys differ from English"
            );
            for key in &english {
                let (Some(en), Some(other)) = (raw_text(Lang::En, key), raw_text(lang, key)) else {
                    panic!("{lang:?} lacks {key}");
                };
                assert!(!other.is_empty(), "{lang:?} {key} is empty");
                assert_eq!(
                    placeholders(en),
                    placeholders(other),
                    "{lang:?} {key} placeholders"
                );
            }
        }
    }
}
