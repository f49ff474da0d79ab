//! signup-guard patch: the l33t matcher's dictionary search, done once for all substitution
//! tables instead of once per table.
//!
//! Upstream enumerates every substitution table (a map from l33t symbols to letters; up to
//! hundreds when many symbols occur), translates the whole password with each and runs the
//! full dictionary matcher on every translation, keeping the matches that contain a
//! substitution. Most of that work is repeated: a table changes only the symbols' positions,
//! and most substrings are abandoned after a few characters.
//!
//! Here each start position is searched once, as a walk over the translations of the
//! substring. A symbol's position branches into the letters the tables give it (or the symbol
//! itself, for tables that leave it alone), and each branch keeps the set of tables that agree
//! with all choices so far, so a symbol seen twice gets the same letter twice and no
//! combination is tried that no table makes. The prefix filters prune the walk exactly as they
//! prune the per-table search. The result is upstream's matches with each duplicate (the same
//! match found through several tables, which can never change the score) found once.
//!
//! It relies on lowercasing commuting with translating, character by character; for the rare
//! passwords where it does not (a character whose lowercase is several characters, or `Σ`,
//! whose lowercase depends on its neighbours), the caller runs the per-table search.

use super::patterns::{DictionaryPattern, MatchPattern};
use super::{L33tTables, Match};
use crate::frequency_lists::Dictionary;
use crate::prefix_filter::PrefixHash;
use itertools::Itertools;
use std::collections::HashMap;

/// Whether `password.to_lowercase()` lowercases each character on its own into exactly one
/// character, so that it keeps character positions and commutes with substituting symbols.
pub(super) fn lowercases_char_by_char(password: &str) -> bool {
    password.chars().all(|c| {
        let mut lower = c.to_lowercase();
        c != 'Σ' && lower.next().is_some() && lower.next().is_none()
    })
}

/// A set of substitution tables, one bit per table.
type TableSet = Vec<u64>;

/// The walk's fixed inputs: the password and, per l33t symbol, which tables map it to what.
pub(super) struct L33tSearch<'p> {
    password: &'p str,
    /// Byte offset of each character, then the password's length.
    char_starts: &'p [usize],
    /// Each character lowercased (one character each; see [`lowercases_char_by_char`]).
    lower: Vec<char>,
    /// For each character that some table substitutes: the symbol and its index in `branches`.
    symbol_at: Vec<Option<(char, usize)>>,
    /// For each symbol: the letters the tables give it (`None`: left as is), and which tables.
    branches: Vec<Vec<(Option<char>, TableSet)>>,
    /// Every table.
    all_tables: TableSet,
}

/// One dictionary's walk from one start position, and where its matches go.
struct Walk<'w, 'p, 'd> {
    /// The password and its tables.
    search: &'w L33tSearch<'p>,
    /// The dictionary searched.
    dictionary: &'w Dictionary<'d>,
    /// The start position.
    i: usize,
    /// The translated, lowercased substring so far.
    word: String,
    /// The substitutions made on it, one per symbol.
    subs: Vec<(char, char)>,
    /// Where the matches found go.
    matches: &'w mut Vec<Match>,
}

impl<'p> L33tSearch<'p> {
    /// Prepares the walk over `password` for `tables` (at least one symbol).
    pub(super) fn new(password: &'p str, char_starts: &'p [usize], tables: &L33tTables) -> Self {
        let words = (tables.len() + 63) / 64;
        let branches: Vec<Vec<(Option<char>, TableSet)>> = (0..tables.symbols.len())
            .map(|k| {
                let mut options: Vec<(Option<char>, TableSet)> = Vec::new();
                for index in 0..tables.len() {
                    let letter = tables.letter_for(index, k);
                    let at = match options.iter().position(|(l, _)| *l == letter) {
                        Some(at) => at,
                        None => {
                            options.push((letter, vec![0; words]));
                            options.len() - 1
                        }
                    };
                    options[at].1[index / 64] |= 1 << (index % 64);
                }
                options
            })
            .collect();
        let symbols = &tables.symbols;
        let mut all_tables = vec![u64::MAX; words];
        if tables.len() % 64 != 0 {
            if let Some(last) = all_tables.last_mut() {
                *last = (1 << (tables.len() % 64)) - 1;
            }
        }
        L33tSearch {
            password,
            char_starts,
            lower: password
                .chars()
                .map(|c| c.to_lowercase().next().unwrap_or(c))
                .collect(),
            symbol_at: password
                .chars()
                .map(|c| symbols.iter().position(|&s| s == c).map(|at| (c, at)))
                .collect(),
            branches,
            all_tables,
        }
    }

    /// Every l33t match of `dictionary`: a substring that some table translates into one of its
    /// words, with at least one substitution.
    pub(super) fn matches(&self, dictionary: &Dictionary, matches: &mut Vec<Match>) {
        for i in 0..self.lower.len() {
            let mut walk = Walk {
                search: self,
                dictionary,
                i,
                word: String::new(),
                subs: Vec::new(),
                matches: &mut *matches,
            };
            walk.extend(i, PrefixHash::default(), &self.all_tables);
        }
    }
}

impl Walk<'_, '_, '_> {
    /// Continues the path with the character at `at`, in every way some table still on the
    /// path (`tables`) translates it.
    fn extend(&mut self, at: usize, hash: PrefixHash, tables: &TableSet) {
        let search = self.search;
        if at >= search.lower.len() || at - self.i >= self.dictionary.max_word_chars {
            return;
        }
        let Some((symbol, index)) = search.symbol_at[at] else {
            self.step(at, hash, search.lower[at], tables);
            return;
        };
        for (letter, agreeing) in &search.branches[index] {
            let narrowed: TableSet = tables.iter().zip(agreeing).map(|(a, b)| a & b).collect();
            if narrowed.iter().all(|&bits| bits == 0) {
                continue;
            }
            let added = match letter {
                Some(letter) if !self.subs.contains(&(symbol, *letter)) => {
                    self.subs.push((symbol, *letter));
                    true
                }
                _ => false,
            };
            self.step(at, hash, letter.unwrap_or(search.lower[at]), &narrowed);
            if added {
                self.subs.pop();
            }
        }
    }

    /// Appends `c` (the translation of the character at `at`) to the path: records a match if
    /// the path is now a word, and goes on while some word starts with it.
    fn step(&mut self, at: usize, hash: PrefixHash, c: char, tables: &TableSet) {
        let before = self.word.len();
        self.word.push(c);
        let hash = hash.extend(&self.word.as_bytes()[before..]);
        if self.dictionary.prefixes.might_contain(hash) {
            if let Some(&rank) = self.dictionary.ranks.get(self.word.as_str()) {
                self.record(at, rank);
            }
            self.extend(at + 1, hash, tables);
        }
        self.word.truncate(before);
    }

    /// Adds the match of the path's word at `i..=j`, as upstream builds it, unless it has no
    /// substitution.
    fn record(&mut self, j: usize, rank: usize) {
        let token = super::char_range(self.search.password, self.search.char_starts, self.i, j);
        if token.is_empty() || token.to_lowercase() == self.word {
            return;
        }
        let sub: HashMap<char, char> = self
            .subs
            .iter()
            .copied()
            .filter(|&(symbol, _)| token.contains(symbol))
            .collect();
        self.matches.push(Match {
            pattern: MatchPattern::Dictionary(DictionaryPattern {
                matched_word: self.word.clone(),
                rank,
                dictionary_name: self.dictionary.name,
                l33t: true,
                sub_display: Some(
                    sub.iter()
                        .map(|(k, v)| format!("{} -> {}", k, v))
                        .join(", "),
                ),
                sub: Some(sub),
                ..DictionaryPattern::default()
            }),
            i: self.i,
            j,
            token,
            ..Match::default()
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::{
        all_dictionaries, char_starts, enumerate_l33t_replacements, l33t_matches_per_table,
        relevant_l33t_subtable, user_dictionary,
    };
    use super::*;
    use quickcheck::TestResult;

    /// A match as comparable text, its substitutions sorted.
    fn key(m: &Match) -> String {
        let MatchPattern::Dictionary(p) = &m.pattern else {
            return format!("{m:?}");
        };
        let mut sub: Vec<(char, char)> = p.sub.iter().flatten().map(|(&k, &v)| (k, v)).collect();
        sub.sort_unstable();
        let mut display: Vec<&str> = p.sub_display.as_deref().unwrap_or("").split(", ").collect();
        display.sort_unstable();
        format!(
            "{}..={} {:?} {:?} {} {:?} l33t={} reversed={} {:?} {:?} {:?}",
            m.i,
            m.j,
            m.token,
            p.matched_word,
            p.rank,
            p.dictionary_name,
            p.l33t,
            p.reversed,
            sub,
            display,
            m.guesses
        )
    }

    /// The shared search's matches and upstream's per-table ones, each as a sorted set.
    fn both(password: &str, user_inputs: &[&str]) -> (Vec<String>, Vec<String>) {
        let inputs: HashMap<String, usize> = user_inputs
            .iter()
            .enumerate()
            .map(|(i, x)| (x.to_lowercase(), i + 1))
            .collect();
        let user = user_dictionary(&inputs);
        let starts = char_starts(password);
        let tables = enumerate_l33t_replacements(&relevant_l33t_subtable(password));
        let mut per_table: Vec<String> = l33t_matches_per_table(password, &starts, &tables, &user)
            .iter()
            .map(key)
            .collect();
        per_table.sort_unstable();
        per_table.dedup();
        let mut shared = Vec::new();
        let compact = L33tTables::enumerate(&relevant_l33t_subtable(password));
        if !compact.symbols.is_empty() {
            let search = L33tSearch::new(password, &starts, &compact);
            for dictionary in all_dictionaries(&user) {
                search.matches(dictionary, &mut shared);
            }
        }
        let mut shared: Vec<String> = shared.iter().map(key).collect();
        shared.sort_unstable();
        (shared, per_table)
    }

    #[test]
    fn finds_the_same_matches_as_the_search_per_table() {
        for password in [
            "p4$$w0rd",
            "P@SSW0RD!",
            "4@8({[<369!|170$5+%2",
            "m0th3rb0ard",
            "1l1l|7|!",
            "tr0ub4dour&3",
            "4l1c3$m17h",
            "",
            "no symbols here",
            "ß1ss",
        ] {
            let (shared, per_table) = both(password, &["alice", "smith"]);
            assert_eq!(shared, per_table, "{password:?}");
        }
    }

    #[test]
    fn finds_each_match_once() {
        let (shared, _) = both("p4$$w0rdp4$$w0rd", &[]);
        let mut unique = shared.clone();
        unique.dedup();
        assert_eq!(shared, unique);
        assert!(shared.iter().any(|m| m.contains("\"password\"")));
    }

    #[test]
    fn leaves_text_that_does_not_lowercase_char_by_char_to_the_caller() {
        assert!(lowercases_char_by_char("P@ssw0rd ß é"));
        assert!(!lowercases_char_by_char("İ1"));
        assert!(!lowercases_char_by_char("ΑΣ1"));
    }

    quickcheck! {
        fn matches_the_search_per_table(raw: Vec<u8>) -> TestResult {
            // Short strings over l33t symbols and the letters they stand for.
            const ALPHABET: &[char] = &[
                '4', '@', '8', '(', '{', '[', '<', '3', '6', '9', '!', '|', '1', '7', '0', '$',
                '5', '+', '%', '2', 'a', 'e', 'i', 'l', 'o', 's', 't', 'p', 'w', 'r', 'd', 'M',
            ];
            if raw.len() > 10 {
                return TestResult::discard();
            }
            let password: String = raw.iter().map(|&b| ALPHABET[b as usize % ALPHABET.len()]).collect();
            let (shared, per_table) = both(&password, &["alice"]);
            TestResult::from_bool(shared == per_table)
        }
    }
}
