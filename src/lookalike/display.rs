//! When to show a host in Unicode and when to keep punycode, in the spirit of Chromium's IDN
//! display policy: each label that mixes scripts, looks Latin while written in another script,
//! imitates digits, or uses characters that are rare or easy to misread stays in punycode.
//! (Whether the whole name imitates a protected domain is decided in [`super::protected`].)

use super::chars::{
    digit_system, is_blocked, is_bopomofo, is_cjk, is_cjk_lookalike, is_digit_lookalike,
    is_extra_allowed, is_invisible, is_kana, is_whole_script_confusable,
};
use idna::uts46::{AsciiDenyList, Hyphens, Uts46};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;
use unicode_script::{Script, UnicodeScript};
use unicode_security::{GeneralSecurityProfile, RestrictionLevel, RestrictionLevelDetection};

/// Why a label is kept in punycode.
///
/// ```
/// use signup_guard::lookalike::{label_problems, LabelProblem};
/// // "аррӏе" in Cyrillic letters that all look Latin.
/// assert!(label_problems("аррӏе", "com").contains(&LabelProblem::WholeScriptConfusable));
/// assert!(label_problems("bücher", "de").is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LabelProblem {
    /// Letters of several scripts in a combination that is not a normal writing system.
    MixedScript,
    /// Written entirely in letters of another script that look Latin (`аррӏе`).
    WholeScriptConfusable,
    /// Digits of several numbering systems, or characters that imitate digits.
    DigitLookalike,
    /// An invisible character such as a zero-width joiner.
    InvisibleCharacter,
    /// A symbol, rare letter or character sequence that is easy to misread.
    UnusualCharacter,
}

/// A host analysed for display.
///
/// ```
/// use signup_guard::lookalike::analyze_host;
/// let host = analyze_host("xn--bcher-kva.de")?;
/// assert_eq!(host.ascii, "xn--bcher-kva.de");
/// assert_eq!(host.unicode, "bücher.de");
/// assert_eq!(host.display, "bücher.de");
/// assert!(host.problems.is_empty());
/// # Ok::<(), signup_guard::lookalike::InvalidHost>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostDisplay {
    /// The host in ASCII (punycode), lowercase.
    pub ascii: String,
    /// The host with every label decoded to Unicode.
    pub unicode: String,
    /// The host as it should be shown: Unicode labels, except risky ones kept in punycode.
    pub display: String,
    /// The problems found, one entry per kind, sorted.
    pub problems: Vec<LabelProblem>,
}

/// The host is not a valid internationalized domain name.
///
/// ```
/// use signup_guard::lookalike::{analyze_host, InvalidHost};
/// assert_eq!(analyze_host("exa mple.com"), Err(InvalidHost));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a valid internationalized domain name")]
pub struct InvalidHost;

/// Analyses a host given in ASCII (punycode) or Unicode.
///
/// ```
/// use signup_guard::lookalike::analyze_host;
/// let host = analyze_host("аррӏе.com")?;
/// assert_eq!(host.display, host.ascii); // kept in punycode: it would deceive
/// assert!(host.ascii.starts_with("xn--"));
/// # Ok::<(), signup_guard::lookalike::InvalidHost>(())
/// ```
pub fn analyze_host(host: &str) -> Result<HostDisplay, InvalidHost> {
    let uts46 = Uts46::new();
    let ascii = uts46
        .to_ascii(
            host.as_bytes(),
            AsciiDenyList::URL,
            Hyphens::Allow,
            idna::uts46::DnsLength::Ignore,
        )
        .map_err(|_| InvalidHost)?
        .into_owned();
    let (unicode, result) = uts46.to_unicode(ascii.as_bytes(), AsciiDenyList::URL, Hyphens::Allow);
    result.map_err(|_| InvalidHost)?;
    let unicode = unicode.into_owned();
    for label in unicode.split('.') {
        if !label.is_ascii()
            && label.chars().nth(2) == Some('-')
            && label.chars().nth(3) == Some('-')
        {
            return Err(InvalidHost);
        }
    }
    let mut problems = Vec::new();
    let (display, result) = uts46.to_user_interface(
        ascii.as_bytes(),
        AsciiDenyList::URL,
        Hyphens::Allow,
        |label, tld, _bidi| {
            let label: String = label.iter().collect();
            let tld: String = tld.iter().collect();
            let found = label_problems(&label, &tld);
            let show = found.is_empty();
            problems.extend(found);
            show
        },
    );
    result.map_err(|_| InvalidHost)?;
    let display = display.into_owned();
    crate::small_sort::insertion_sort(&mut problems);
    problems.dedup();
    Ok(HostDisplay {
        ascii,
        unicode,
        display,
        problems,
    })
}

/// Everything that keeps one Unicode label in punycode; empty when it may be shown.
///
/// ```
/// use signup_guard::lookalike::{label_problems, LabelProblem};
/// assert!(label_problems("pay\u{200B}pal", "com").contains(&LabelProblem::InvisibleCharacter));
/// assert!(label_problems("münchen", "de").is_empty());
/// ```
pub fn label_problems(label: &str, tld: &str) -> Vec<LabelProblem> {
    let mut found = Vec::new();
    if label.is_ascii() {
        return found;
    }
    if label.chars().any(is_invisible) {
        found.push(LabelProblem::InvisibleCharacter);
    }
    let allowed = |c: char| c == '-' || c.identifier_allowed() || is_extra_allowed(c);
    if label.chars().any(|c| !allowed(c) || is_blocked(c)) || has_dangerous_pattern(label, tld) {
        found.push(LabelProblem::UnusualCharacter);
    }
    if is_mixed_script(label) {
        found.push(LabelProblem::MixedScript);
    }
    // The ending itself is chosen by a registry, not by whoever registers a name under it.
    let is_tld = label == tld;
    if !is_tld && has_digit_lookalikes(label) {
        found.push(LabelProblem::DigitLookalike);
    }
    if !is_tld && is_whole_script_confusable(label, tld) {
        found.push(LabelProblem::WholeScriptConfusable);
    }
    found
}

/// Scripts mixed beyond UTS 39's "highly restrictive" level, or non-ASCII Latin mixed with
/// another script (`héllo中国`).
fn is_mixed_script(label: &str) -> bool {
    // unicode-security's identifier profile lacks some ordinary characters (`is_extra_allowed`);
    // judge the label without them, adding the one rule they need: Bopomofo goes with Han and
    // Latin only.
    let has_bopomofo = label.chars().any(is_bopomofo);
    let kana_or_hangul = label.chars().any(|c| {
        matches!(
            c.script(),
            Script::Hiragana | Script::Katakana | Script::Hangul
        )
    });
    if has_bopomofo && kana_or_hangul {
        return true;
    }
    let rest: String = label.chars().filter(|&c| !is_extra_allowed(c)).collect();
    let level = rest.as_str().detect_restriction_level();
    if level == RestrictionLevel::Unrestricted {
        // Caused by characters outside the identifier profile, reported separately.
        return false;
    }
    if level > RestrictionLevel::HighlyRestrictive {
        return true;
    }
    level == RestrictionLevel::HighlyRestrictive
        && label
            .chars()
            .any(|c| !c.is_ascii() && c.script() == Script::Latin)
}

/// Digits from more than one numbering system, or a label made only of digits and characters
/// that look like digits (`੨੨੨`, `1շ`).
fn has_digit_lookalikes(label: &str) -> bool {
    let mut systems = label.chars().filter_map(digit_system);
    if let Some(first) = systems.next() {
        if systems.any(|s| s != first) {
            return true;
        }
    }
    label
        .chars()
        .all(|c| c.is_ascii_digit() || c == '-' || is_digit_lookalike(c))
}

/// Hiragana へ, べ, ぺ look exactly like Katakana ヘ, ベ, ペ: among Katakana alone they fake a word.
fn has_lone_hiragana_he(label: &str) -> bool {
    let is_he = |c: char| matches!(c, 'へ' | 'べ' | 'ぺ');
    let has_he = label.chars().any(is_he);
    let other_hiragana = label
        .chars()
        .any(|c| !is_he(c) && c.script() == Script::Hiragana);
    let katakana = label.chars().any(|c| c.script() == Script::Katakana);
    has_he && katakana && !other_hiragana
}

/// Sequences a browser refuses to show even though each character is allowed.
fn has_dangerous_pattern(label: &str, tld: &str) -> bool {
    if has_lone_hiragana_he(label) {
        return true;
    }
    let chars: Vec<char> = label.chars().collect();
    let mut previous: Option<char> = None;
    for (index, &c) in chars.iter().enumerate() {
        let next = chars.get(index + 1).copied();
        let prev_is = |test: fn(char) -> bool| previous.is_some_and(test);
        if is_combining_mark(c) {
            let Some(base) = previous else { return true };
            if is_combining_mark(base) || base.nfd().nth(1).is_some() {
                // Stacked marks (`á́`, a repeated Thai tone mark) hide or fake letters.
                return true;
            }
            let latin_dot_above = c == '\u{307}' && matches!(base, 'i' | 'j' | 'l');
            if matches!(base, 'ı' | 'ȷ') || latin_dot_above {
                return true;
            }
            let base_script = base.script();
            let mark_block = u32::from(c);
            if (0x300..=0x36F).contains(&mark_block)
                && !matches!(
                    base_script,
                    Script::Latin | Script::Greek | Script::Cyrillic
                )
            {
                return true;
            }
            let rtl_mark = (0x591..=0x5C7).contains(&mark_block)
                || (0x610..=0x61A).contains(&mark_block)
                || (0x64B..=0x65F).contains(&mark_block)
                || mark_block == 0x670
                || (0x6D6..=0x6ED).contains(&mark_block);
            if rtl_mark && !matches!(base_script, Script::Arabic | Script::Hebrew) {
                return true;
            }
            if (0x3099..=0x309A).contains(&mark_block) && !is_kana(base) {
                return true;
            }
        }
        match c {
            '\u{30FC}' if !prev_is(is_kana) => return true,
            '\u{309B}' | '\u{309C}' if !prev_is(is_kana) || next.is_some_and(|n| n == c) => {
                return true
            }
            '\u{30FB}'
                if prev_is(|p| p.script() == Script::Latin)
                    || next.is_some_and(|n| n.script() == Script::Latin) =>
            {
                return true
            }
            '\u{30FD}' | '\u{30FE}' if !prev_is(|p| p.script() == Script::Katakana) => return true,
            'þ' | 'ð' if !matches!(tld, "is" | "fo") => return true,
            'ə' if tld != "az" => return true,
            '·' if !(tld == "cat" && previous == Some('l') && next == Some('l')) => return true,
            _ => {}
        }
        // A CJK character that passes for a dash, slash or letter must not touch Latin letters
        // (before it, not even a digit: `d12一`, but `一123` is an ordinary name).
        if is_cjk_lookalike(c)
            && (previous.is_some_and(|p| !is_cjk(p))
                || next.is_some_and(|n| !is_cjk(n) && !n.is_ascii_digit()))
        {
            return true;
        }
        previous = Some(c);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(host: &str) -> String {
        analyze_host(host)
            .map(|d| d.display)
            .unwrap_or_else(|_| "<invalid>".into())
    }

    #[test]
    fn ordinary_idn_is_shown_in_unicode() {
        assert_eq!(shown("xn--mnchen-3ya.de"), "münchen.de");
        assert_eq!(shown("münchen.de"), "münchen.de");
        assert_eq!(shown("京都.jp"), "京都.jp");
        assert_eq!(shown("россия.рф"), "россия.рф");
        assert_eq!(shown("Example.COM"), "example.com");
    }

    #[test]
    fn mixed_script_stays_punycode() {
        let d = analyze_host("pаypal.com")
            .map_err(|_| ())
            .unwrap_or_else(|_| panic!("valid"));
        assert!(d.display.starts_with("xn--"));
        assert!(d.problems.contains(&LabelProblem::MixedScript));
    }

    #[test]
    fn whole_script_cyrillic_apple_stays_punycode_but_not_under_ru() {
        let d = analyze_host("аррӏе.com").unwrap_or_else(|_| panic!("valid"));
        assert_eq!(d.problems, vec![LabelProblem::WholeScriptConfusable]);
        assert_eq!(d.display, d.ascii);
        assert_eq!(shown("аррӏе.ru"), "аррӏе.ru");
    }

    #[test]
    fn digit_lookalikes_and_unusual_characters() {
        assert!(shown("੨੨੨.com").starts_with("xn--"));
        assert!(shown("hardᴡare.com").starts_with("xn--"));
        assert!(shown("pi\u{307}xel.com").starts_with("xn--"));
        assert!(shown("google一.com").starts_with("xn--"));
        assert_eq!(shown("一生gamer.com"), "一生gamer.com");
    }

    #[test]
    fn country_specific_letters_and_kana_rules() {
        assert_eq!(shown("aþcdef.is"), "aþcdef.is");
        assert!(shown("aþcdef.com").starts_with("xn--"));
        assert_eq!(shown("əxample.az"), "əxample.az");
        assert!(shown("əxample.com").starts_with("xn--"));
        assert_eq!(shown("l·l.cat"), "l·l.cat");
        assert!(shown("a·l.cat").starts_with("xn--"));
        assert!(
            shown("モヒートへブン.com").starts_with("xn--"),
            "Hiragana he among Katakana"
        );
        assert_eq!(shown("カー野球.jp"), "カー野球.jp");
        assert!(shown("ー日本.jp").starts_with("xn--"));
        assert_eq!(shown("注音ㄅㄆㄇㄈ.tw"), "注音ㄅㄆㄇㄈ.tw");
        assert!(shown("ㄅㄆㄇㄈカタカナ.tw").starts_with("xn--"));
        assert!(shown("á\u{301}.com").starts_with("xn--"), "stacked accents");
    }

    #[test]
    fn digit_systems() {
        assert!(shown("੨0.com").starts_with("xn--"), "two numbering systems");
        assert!(
            shown("12з4567890.com").starts_with("xn--"),
            "digit lookalike only"
        );
        assert_eq!(shown("جار2.eg"), "جار2.eg");
    }

    #[test]
    fn invalid_names_are_errors() {
        assert_eq!(analyze_host("xn--example-.com"), Err(InvalidHost));
        assert_eq!(analyze_host("a b.com"), Err(InvalidHost));
    }
}
