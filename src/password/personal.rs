//! Context words: the person's and the site's own names, and whether a password contains them.
//!
//! zxcvbn already knows user inputs, but only as whole dictionary entries and with a mild
//! penalty: a password made of the person's first and last name still scores 3. This rule is
//! explicit instead: it lowercases both sides, undoes common substitutions and looks for each
//! context word (three characters or longer) anywhere in the password.

use super::normalize::to_nfc;
use super::window::prefix;

/// Context words shorter than this are ignored: too many passwords contain any two letters.
pub const MIN_WORD_CHARS: usize = 3;

/// At most this many context words are used (the rest are ignored), bounding the work.
pub const MAX_WORDS: usize = 64;

/// Context words are cut to this many characters, bounding the work.
pub const MAX_WORD_CHARS: usize = 100;

/// Only this many leading characters of each user input are read.
pub const MAX_INPUT_CHARS: usize = 256;

/// Folds one lowercase character to the letter it most likely stands for.
///
/// `1`, `!`, `|` and `l` all fold to `i`, because `1` and `|` may stand for either letter;
/// `7` and `+` fold to `t`.
fn fold_char(c: char) -> char {
    match c {
        '0' => 'o',
        '1' | '!' | '|' | 'l' => 'i',
        '2' => 'z',
        '3' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '6' | '9' => 'g',
        '7' | '+' => 't',
        '8' => 'b',
        '(' | '{' | '[' | '<' => 'c',
        '%' => 'x',
        other => other,
    }
}

/// `text` after NFC, lowercasing and undoing substitutions.
///
/// ```
/// use signup_guard::password::personal::fold;
/// // `0` reads as `o`, `3` as `e`; `l` folds to `i` like `1` and `|`.
/// assert_eq!(fold("L0v3lace"), "ioveiace");
/// assert_eq!(fold("L0v3lace"), fold("lovelace"));
/// ```
pub fn fold(text: &str) -> String {
    to_nfc(text).to_lowercase().chars().map(fold_char).collect()
}

/// The context words derived from the caller's `user_inputs`, in their original spelling.
///
/// Each input is read up to [`MAX_INPUT_CHARS`] characters. An input containing `@` is split into its local part and the labels of its domain except
/// the last (`alice.smith@mail.example.com` gives `alice.smith`, `mail`, `example`); each input
/// and local part is also split at spaces and punctuation (`alice`, `smith`) and kept joined
/// (`alicesmith`). Words shorter than [`MIN_WORD_CHARS`] are dropped and duplicates removed.
///
/// ```
/// use signup_guard::password::personal::context_words;
/// let words = context_words(&["alice.smith@mail.example.com".into()]);
/// for word in ["alice.smith", "mail", "example", "alice", "smith", "alicesmith"] {
///     assert!(words.iter().any(|w| w == word), "{word}");
/// }
/// ```
pub fn context_words(user_inputs: &[String]) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut add = |word: &str| {
        let word: String = word.trim().chars().take(MAX_WORD_CHARS).collect();
        if word.chars().count() >= MIN_WORD_CHARS
            && words.len() < MAX_WORDS
            && !words
                .iter()
                .any(|w| w.to_lowercase() == word.to_lowercase())
        {
            words.push(word);
        }
    };
    for input in user_inputs {
        let input = prefix(input, MAX_INPUT_CHARS);
        let (local, domain) = match input.rsplit_once('@') {
            Some((local, domain)) => (local, Some(domain)),
            None => (input, None),
        };
        add(local);
        let parts: Vec<&str> = local
            .split(|c: char| !c.is_alphanumeric())
            .filter(|p| !p.is_empty())
            .collect();
        if parts.len() > 1 {
            for part in &parts {
                add(part);
            }
            add(&parts.concat());
        }
        if let Some(domain) = domain {
            let labels: Vec<&str> = domain.split('.').collect();
            for label in labels.iter().take(labels.len().saturating_sub(1)) {
                add(label);
            }
        }
    }
    words
}

/// The first context word that `password` contains after folding, if any.
///
/// ```
/// use signup_guard::password::personal::{context_words, find_context_word};
/// let words = context_words(&["Ada Lovelace".into()]);
/// assert_eq!(find_context_word("iloveL0v3lace!", &words), Some("Lovelace"));
/// assert_eq!(find_context_word("violet-kettle", &words), None);
/// ```
pub fn find_context_word<'a>(password: &str, words: &'a [String]) -> Option<&'a str> {
    let folded = fold(password);
    words
        .iter()
        .find(|word| folded.contains(&fold(word)))
        .map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(inputs: &[&str]) -> Vec<String> {
        context_words(&inputs.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn emails_split_into_local_part_names_and_domain_labels() {
        assert_eq!(
            words(&["alice.smith@mail.example.com"]),
            [
                "alice.smith",
                "alice",
                "smith",
                "alicesmith",
                "mail",
                "example"
            ]
        );
        assert_eq!(
            words(&["Jo", "Ann Lee", "bob@x.io"]),
            ["Ann Lee", "Ann", "Lee", "AnnLee", "bob"]
        );
    }

    #[test]
    fn substitutions_and_case_are_undone_on_both_sides() {
        let w = words(&["Alice", "Smith"]);
        assert_eq!(find_context_word("xx4L1C3yy", &w), Some("Alice"));
        assert_eq!(find_context_word("5m!7h-rocks", &w), Some("Smith"));
        assert_eq!(find_context_word("correct horse", &w), None);
        assert_eq!(find_context_word("anything", &words(&["al"])), None);
    }

    #[test]
    fn composed_and_decomposed_accents_match() {
        let w = words(&["Ren\u{e9}e"]);
        assert_eq!(find_context_word("xrene\u{301}ex", &w), Some("Ren\u{e9}e"));
    }
}
