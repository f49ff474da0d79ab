//! signup-guard patch: the six regular expressions upstream compiles at run time, as plain
//! scans with the same results.
//!
//! Upstream uses the `regex` crate for the recent-year matcher and the date matcher's token
//! shapes, and `fancy-regex` (for its backreferences) for the repeat matcher. Compiling them is
//! the first estimate's largest single cost in a browser (30–45 ms, most of it the engine
//! compiling the regex crates' code on first use), and the two crates are a large share of the
//! WebAssembly. Each pattern is simple enough to scan for directly; the tests compare every
//! function here with the original expression on generated inputs.

/// `(start, end)` byte ranges of `19[0-9]{2}|20[0-9]{2}`'s matches in `text`, leftmost first and
/// not overlapping, as `Regex::find_iter` gives them.
pub(crate) fn recent_years(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut start = 0;
    while start + 4 <= bytes.len() {
        let candidate = &bytes[start..start + 4];
        if matches!(candidate[..2], [b'1', b'9'] | [b'2', b'0'])
            && candidate[2..].iter().all(u8::is_ascii_digit)
        {
            found.push((start, start + 4));
            start += 4;
        } else {
            start += 1;
        }
    }
    found
}

/// Whether `token` is `^[0-9]{4,8}$`: four to eight ASCII digits.
pub(crate) fn is_date_without_separator(token: &str) -> bool {
    (4..=8).contains(&token.len()) && token.bytes().all(|byte| byte.is_ascii_digit())
}

/// `^([0-9]{1,4})([\s/\\_.-])([0-9]{1,2})([\s/\\_.-])([0-9]{1,4})$`'s five groups in `token`,
/// or None when it does not match. (`\s` is Unicode white space, as in the regex crate.)
pub(crate) fn date_with_separator(token: &str) -> Option<[&str; 5]> {
    let is_separator = |c: char| c.is_whitespace() || matches!(c, '/' | '\\' | '_' | '.' | '-');
    let digits = |text: &str, most: usize| -> Option<usize> {
        let count = text.bytes().take_while(u8::is_ascii_digit).count();
        (1..=most).contains(&count).then_some(count)
    };
    let separator = |text: &str| -> Option<usize> {
        let c = text.chars().next()?;
        is_separator(c).then(|| c.len_utf8())
    };
    let first = digits(token, 4)?;
    let rest = &token[first..];
    let first_separator = separator(rest)?;
    let rest = &rest[first_separator..];
    let second = digits(rest, 2)?;
    let rest = &rest[second..];
    let second_separator = separator(rest)?;
    let rest = &rest[second_separator..];
    let third = digits(rest, 4)?;
    if third != rest.len() {
        return None;
    }
    let (year_or_day, after) = token.split_at(first);
    let (separator_1, after) = after.split_at(first_separator);
    let (middle, after) = after.split_at(second);
    let (separator_2, last) = after.split_at(second_separator);
    Some([year_or_day, separator_1, middle, separator_2, last])
}

/// A run of a base string repeated: `chars[start..start + base * count]` is `count` (at least
/// two) copies of `chars[start..start + base]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Repeat {
    /// Where the run starts, in characters.
    pub(crate) start: usize,
    /// The base's length in characters.
    pub(crate) base: usize,
    /// How many copies of the base the run holds.
    pub(crate) count: usize,
}

impl Repeat {
    /// The run's length in characters.
    pub(crate) fn len(&self) -> usize {
        self.base * self.count
    }
}

/// The first matches of `(.+)\1+` and `(.+?)\1+` in `chars`, as fancy-regex finds them. Both
/// start at the same place, the leftmost start at which some base (without a line feed, which
/// `.` does not match) is followed by a copy of itself; `(.+)\1+` takes the longest such base
/// there, `(.+?)\1+` the shortest, and each as many copies as follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FirstRepeats {
    /// The match of `(.+)\1+`.
    pub(crate) longest: Repeat,
    /// The match of `(.+?)\1+`.
    pub(crate) shortest: Repeat,
}

/// [`FirstRepeats`] in `chars`, or None when no base is followed by a copy of itself.
pub(crate) fn first_repeats(chars: &[char]) -> Option<FirstRepeats> {
    (0..chars.len()).find_map(|start| {
        let rest = &chars[start..];
        let line = rest.iter().position(|&c| c == '\n').unwrap_or(rest.len());
        let bases = 1..=line.min(rest.len() / 2);
        let repeats = |&base: &usize| rest[..base] == rest[base..2 * base];
        let shortest = bases.clone().find(repeats)?;
        let longest = bases.rev().find(repeats).unwrap_or(shortest);
        let run = |base: usize| Repeat {
            start,
            base,
            count: 1 + rest[base..]
                .chunks_exact(base)
                .take_while(|copy| *copy == &rest[..base])
                .count(),
        };
        Some(FirstRepeats {
            longest: run(longest),
            shortest: run(shortest),
        })
    })
}

/// The length of `^(.+?)\1+$`'s base in `chars`, a run of repeats: the shortest base that,
/// repeated at least twice, makes up all of `chars`. None when there is none.
pub(crate) fn shortest_period(chars: &[char]) -> Option<usize> {
    (1..=chars.len() / 2).find(|&base| {
        chars.len() % base == 0
            && !chars[..base].contains(&'\n')
            && chars.chunks_exact(base).all(|copy| copy == &chars[..base])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use fancy_regex::Regex as FancyRegex;
    use quickcheck::{quickcheck, TestResult};
    use regex::Regex;

    /// Text made mostly of the characters the patterns care about, so that matches are common.
    fn dense(raw: &[u8]) -> String {
        const ALPHABET: [char; 16] = [
            '1', '9', '2', '0', '7', '/', '\\', '_', '.', '-', ' ', '\u{a0}', '\n', 'a', 'b', 'é',
        ];
        raw.iter()
            .map(|&b| ALPHABET[usize::from(b) % ALPHABET.len()])
            .collect()
    }

    /// What the original fancy-regex gives: (start, base, count) in characters.
    fn fancy_repeat(regex: &FancyRegex, text: &str) -> Option<Repeat> {
        let captures = regex.captures(text).unwrap()?;
        let whole = captures.get(0).unwrap();
        let base = captures.get(1).unwrap().as_str().chars().count();
        Some(Repeat {
            start: text[..whole.start()].chars().count(),
            base,
            count: whole.as_str().chars().count() / base,
        })
    }

    fn same_as_regexes(text: &str) -> bool {
        let year = Regex::new(r"19[0-9]{2}|20[0-9]{2}").unwrap();
        let no_separator = Regex::new(r"^[0-9]{4,8}$").unwrap();
        let with_separator =
            Regex::new(r"^([0-9]{1,4})([\s/\\_.-])([0-9]{1,2})([\s/\\_.-])([0-9]{1,4})$").unwrap();
        let greedy = FancyRegex::new(r"(.+)\1+").unwrap();
        let lazy = FancyRegex::new(r"(.+?)\1+").unwrap();
        let anchored = FancyRegex::new(r"^(.+?)\1+$").unwrap();
        let chars: Vec<char> = text.chars().collect();

        let years: Vec<(usize, usize)> =
            year.find_iter(text).map(|m| (m.start(), m.end())).collect();
        let groups = with_separator
            .captures(text)
            .map(|c| [1, 2, 3, 4, 5].map(|group| c.get(group).unwrap().as_str().to_owned()));
        let anchored_base = anchored
            .captures(text)
            .unwrap()
            .map(|c| c.get(1).unwrap().as_str().chars().count());
        recent_years(text) == years
            && is_date_without_separator(text) == no_separator.is_match(text)
            && date_with_separator(text).map(|g| g.map(str::to_owned)) == groups
            && first_repeats(&chars).map(|r| r.longest) == fancy_repeat(&greedy, text)
            && first_repeats(&chars).map(|r| r.shortest) == fancy_repeat(&lazy, text)
            && shortest_period(&chars) == anchored_base
    }

    #[test]
    fn fixed_cases_match_the_regexes() {
        for text in [
            "",
            "1",
            "1987",
            "19871",
            "2019x2020",
            "1920201",
            "x19a2001",
            "12345678",
            "123456789",
            "1-1-91",
            "2019.07.14",
            "14 7 1987",
            "14\u{a0}7\u{a0}1987",
            "1/12/2",
            "12345/1/1",
            "1/123/1",
            "1/1-1",
            "1/1/",
            "aa",
            "aab",
            "aabaab",
            "aabaabaabaab",
            "aaaaa",
            "abab",
            "xabcabcabcy",
            "a\na\n",
            "\n\n",
            "ab\nab\n",
            "ééé",
            "zzzzzz",
            "abcabcab",
            "١٩٨٧",
        ] {
            assert!(same_as_regexes(text), "{text:?}");
        }
    }

    quickcheck! {
        fn dense_text_matches_the_regexes(raw: Vec<u8>) -> TestResult {
            if raw.len() > 40 {
                return TestResult::discard();
            }
            TestResult::from_bool(same_as_regexes(&dense(&raw)))
        }

        fn any_text_matches_the_regexes(text: String) -> TestResult {
            if text.chars().count() > 40 {
                return TestResult::discard();
            }
            TestResult::from_bool(same_as_regexes(&text))
        }
    }
}
