//! Character tables the UTS 39 data lacks: extra confusable mappings, letters of other scripts
//! that look Latin (whole-script confusables), digit lookalikes, invisible characters and the
//! characters a browser refuses to show in Unicode.
//!
//! The extra mappings and lookalike sets follow Chromium's IDN spoof checker
//! (`components/url_formatter/spoof_checks`, BSD-3-Clause), which found them in real attacks.

use unicode_script::Script;

/// A character → ASCII replacement that the Unicode confusables data does not have.
///
/// Returns the replacement text, or `None` when the character has no extra mapping.
pub(crate) fn extra_confusable(c: char) -> Option<&'static str> {
    Some(match c {
        'æ' | 'ӕ' => "ae",
        'þ' | 'ϼ' | 'ҏ' => "p",
        'ħ' | 'н' | 'ћ' | 'ң' | 'ҥ' | 'ӈ' | 'ӊ' | 'ԋ' | 'ԧ' | 'ԩ' => "h",
        'ĸ' | 'κ' | 'к' | 'қ' | 'ҝ' | 'ҟ' | 'ҡ' | 'ӄ' | 'ԟ' => "k",
        'ŋ' | 'п' | 'ԥ' | 'ก' | 'ח' => "n",
        'œ' => "ce",
        'ŧ' | 'т' | 'ҭ' | 'ԏ' | '七' | '丅' | '丆' | '丁' => "t",
        'ƅ' | 'ь' | 'ҍ' | 'в' | 'ß' => "b",
        'ω' | 'ш' | 'щ' | 'พ' | 'ฟ' | 'ພ' | 'ຟ' => "w",
        'м' | 'ӎ' => "m",
        'є' | 'ҽ' | 'ҿ' | 'ၔ' => "e",
        'ґ' => "r",
        'ғ' | 'ӻ' => "f",
        'ҫ' | 'င' => "c",
        'ұ' | '丫' => "y",
        'χ' | 'ҳ' | 'ӽ' | 'ӿ' | '乂' => "x",
        'ԃ' | 'ძ' => "d",
        'ԍ' | 'ဌ' => "g",
        'ട' | 'ร' | 'ຣ' | 'ຮ' => "s",
        '၂' => "j",
        '०' | '০' | '੦' | '૦' | 'ଠ' | '୦' | '೦' | 'ഠ' | '໐' | '၀' | 'ꓳ' => {
            "o"
        }
        '৭' | '੧' | '૧' => "q",
        'บ' | 'ບ' => "u",
        'θ' => "0",
        '२' | '২' | '੨' | '૨' | 'շ' => "2",
        'з' | 'ҙ' | 'ӡ' | 'उ' | 'ও' | 'ਤ' | '੩' | '૩' | '౩' | 'ဒ' | 'ვ' | 'პ' | 'ੜ' | 'კ' => {
            "3"
        }
        '੫' | '丩' | 'ㄐ' | 'Ꮞ' => "4",
        'ճ' | 'б' => "6",
        '৪' | '੪' | '୫' | 'ȣ' => "8",
        '૭' | '୨' | '౨' => "9",
        'ł' => "l",
        'đ' => "d",
        'ø' => "o",
        'ı' => "i",
        'ȷ' => "j",
        _ => return None,
    })
}

/// Letters of `script` that look like Latin letters or digits, and the country endings where a
/// label written only with them is expected (and therefore shown in Unicode).
struct WholeScriptLookalikes {
    script: Script,
    letters: &'static str,
    tlds: &'static [&'static str],
}

const WHOLE_SCRIPT: &[WholeScriptLookalikes] = &[
    WholeScriptLookalikes {
        script: Script::Cyrillic,
        letters: "аысԁеԍһіюјӏорԗԛѕԝхуъьЬҽпгѵѡкв",
        tlds: &[
            "bg", "by", "kz", "mk", "mn", "rs", "ru", "su", "ua", "uz", "pyc",
        ],
    },
    WholeScriptLookalikes {
        script: Script::Greek,
        letters: "αικνρυωοτχ",
        tlds: &["gr", "cy"],
    },
    WholeScriptLookalikes {
        script: Script::Armenian,
        letters: "ագզէլհյոսւօՕ",
        tlds: &["am"],
    },
    WholeScriptLookalikes {
        script: Script::Ethiopic,
        letters: "ሀሠሰዐፐ",
        tlds: &["er", "et"],
    },
    WholeScriptLookalikes {
        script: Script::Georgian,
        letters: "იოყჽჿხ",
        tlds: &["ge"],
    },
    WholeScriptLookalikes {
        script: Script::Hebrew,
        letters: "דוחיןסװײ׳ﬥ",
        tlds: &["il"],
    },
    WholeScriptLookalikes {
        script: Script::Myanmar,
        letters: "ခဂငထပဝ၀၂ၔၜ႐႑႕႖႗",
        tlds: &["mm"],
    },
    WholeScriptLookalikes {
        script: Script::Thai,
        letters: "ทนบพรหเแ๐ดลปฟมก",
        tlds: &["th"],
    },
    WholeScriptLookalikes {
        script: Script::Lao,
        letters: "ພຣບຟຮ໐ກ",
        tlds: &["la"],
    },
    WholeScriptLookalikes {
        script: Script::Bengali,
        letters: "০৭৪২",
        tlds: &["bd", "in"],
    },
    WholeScriptLookalikes {
        script: Script::Devanagari,
        letters: "ऽ०२",
        tlds: &["in", "np"],
    },
    WholeScriptLookalikes {
        script: Script::Gujarati,
        letters: "ડટ૦૧૨૩૭",
        tlds: &["in"],
    },
    WholeScriptLookalikes {
        script: Script::Gurmukhi,
        letters: "੦੧੨੩੪੫",
        tlds: &["in"],
    },
    WholeScriptLookalikes {
        script: Script::Kannada,
        letters: "ಽ೦೧೩೭",
        tlds: &["in"],
    },
    WholeScriptLookalikes {
        script: Script::Malayalam,
        letters: "ടഠധ",
        tlds: &["in"],
    },
    WholeScriptLookalikes {
        script: Script::Oriya,
        letters: "୮ଠ୦୨୫",
        tlds: &["in"],
    },
    WholeScriptLookalikes {
        script: Script::Tamil,
        letters: "டப",
        tlds: &["in", "lk", "sg"],
    },
    WholeScriptLookalikes {
        script: Script::Telugu,
        letters: "౦౧౨౩",
        tlds: &["in"],
    },
];

/// Words that are whole-script confusables but common enough to be allowed anywhere.
const ALLOWED_WHOLE_SCRIPT_WORDS: &[&str] = &["курс", "рос", "сор"];

/// Whether `label` is written only with letters of one non-Latin script that look Latin
/// (`аррӏе`, `ѕсоре`), in a place where that script is not expected: the ending `tld` is
/// neither a country ending of that script nor itself written in it.
pub(crate) fn is_whole_script_confusable(label: &str, tld: &str) -> bool {
    if ALLOWED_WHOLE_SCRIPT_WORDS.contains(&label) {
        return false;
    }
    let mut script = None;
    for c in label.chars() {
        if c.is_ascii_digit() || c == '-' {
            continue;
        }
        let s = unicode_script::UnicodeScript::script(&c);
        if matches!(s, Script::Common | Script::Inherited) {
            continue;
        }
        match script {
            None => script = Some(s),
            Some(existing) if existing == s => {}
            Some(_) => return false,
        }
    }
    let Some(script) = script else { return false };
    let Some(table) = WHOLE_SCRIPT.iter().find(|t| t.script == script) else {
        return false;
    };
    let looks_latin = label.chars().all(|c| {
        c.is_ascii_digit()
            || c == '-'
            || table.letters.contains(c)
            || matches!(unicode_script::UnicodeScript::script(&c), Script::Inherited)
    });
    if !looks_latin {
        return false;
    }
    let tld_script_matches = !tld.is_ascii()
        && tld
            .chars()
            .any(|c| unicode_script::UnicodeScript::script(&c) == script);
    !(table.tlds.contains(&tld) || tld_script_matches)
}

/// Zeros of the decimal digit runs of the scripts that appear in domain names.
const DIGIT_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
];

/// The zero of the decimal digit run `c` belongs to, if `c` is a decimal digit.
pub(crate) fn digit_system(c: char) -> Option<u32> {
    let code = u32::from(c);
    DIGIT_ZEROS
        .iter()
        .copied()
        .find(|&zero| code >= zero && code <= zero + 9)
}

/// Whether `c` is a non-ASCII character that is known to pass for an ASCII digit (`੨`, `з`,
/// `շ`). Digits of other numbering systems are not included: they are checked as scripts.
pub(crate) fn is_digit_lookalike(c: char) -> bool {
    !c.is_ascii() && extra_confusable(c).is_some_and(|s| s.chars().all(|d| d.is_ascii_digit()))
}

/// Characters the UTS 39 identifier profile of `unicode-security` leaves out but that are
/// ordinary in domain names: Bopomofo letters, the combining Kana voiced sound marks, the
/// Georgian Mkhedruli extension letters and the Myanmar Shan digits.
pub(crate) fn is_extra_allowed(c: char) -> bool {
    is_bopomofo(c) || matches!(u32::from(c), 0x3099 | 0x309A | 0x10F7..=0x10FF | 0x1090..=0x1099)
}

/// Whether `c` is a Bopomofo letter.
pub(crate) fn is_bopomofo(c: char) -> bool {
    matches!(u32::from(c), 0x3105..=0x312F | 0x31A0..=0x31BF)
}

/// Whether `c` is invisible when displayed: zero-width spaces and joiners, direction marks,
/// soft hyphens, variation selectors and other default-ignorable code points.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(u32::from(c),
        0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F
        | 0xFEFF | 0xFFA0 | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0000..=0xE0FFF)
}

/// Characters that are allowed in identifiers but that a browser still refuses to show in a
/// domain name: dash and quote lookalikes, rare Latin extensions, small capitals, modifier
/// letters, Hangul jamo, small Katakana extensions, Cyrillic extensions and overlay marks.
pub(crate) fn is_blocked(c: char) -> bool {
    let code = u32::from(c);
    let rare_latin_b = (0x0180..=0x024F).contains(&code)
        && !matches!(code, 0x01A0 | 0x01A1 | 0x01AF | 0x01B0 | 0x0218..=0x021B);
    rare_latin_b
        || matches!(code,
            0x0138 // ĸ kra
            | 0x0250..=0x0258 | 0x025A..=0x02AF // IPA extensions except ə
            | 0x02B0..=0x02FF // spacing modifier letters (ʻ ʼ ˗ ˬ …)
            | 0x0338 // combining long solidus overlay
            | 0x058A | 0x05BE // Armenian hyphen, Hebrew maqaf
            | 0x1100..=0x11FF // Hangul jamo
            | 0x1D00..=0x1D7F // phonetic extensions (small capitals)
            | 0x1E00..=0x1E9F // Latin extended additional, except the Vietnamese letters
            | 0x2010 | 0x2019 | 0x2027 | 0x2212
            | 0x2C60..=0x2C7F // Latin extended C
            | 0x2DE0..=0x2DFF | 0xA640..=0xA69F // Cyrillic extensions
            | 0x30A0 // Katakana double hyphen
            | 0x31F0..=0x31FF // small Katakana extensions
            | 0xA720..=0xA7FF // Latin extended D
            | 0xAB30..=0xAB6F // Latin extended E
        )
}

/// CJK ideographs and Bopomofo letters that look like Latin letters, digits or punctuation
/// (`一` like a dash, `丨` like `l`, `七` like `t`) and so must not touch a non-CJK character.
pub(crate) fn is_cjk_lookalike(c: char) -> bool {
    "丨乛七丅丆丁丶十〇ㄒㄚㄟㄧㄨㄩㄈ一ㆺㆳ工讠丫乂丩乀乁丿ノ".contains(c)
}

/// Whether `c` is written in a CJK script (Han, Hiragana, Katakana, Bopomofo, Hangul).
pub(crate) fn is_cjk(c: char) -> bool {
    let ext = unicode_script::UnicodeScript::script_extension(&c);
    [
        Script::Han,
        Script::Hiragana,
        Script::Katakana,
        Script::Bopomofo,
        Script::Hangul,
    ]
    .into_iter()
    .any(|s| ext.contains_script(s))
        && !c.is_ascii()
}

/// Whether `c` is Hiragana or Katakana (by script extension, so the prolonged sound mark and
/// the voiced sound marks count).
pub(crate) fn is_kana(c: char) -> bool {
    let ext = unicode_script::UnicodeScript::script_extension(&c);
    (ext.contains_script(Script::Hiragana) || ext.contains_script(Script::Katakana))
        && !c.is_ascii()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cyrillic_apple_is_a_whole_script_confusable_outside_cyrillic_endings() {
        assert!(is_whole_script_confusable("аррӏе", "com"));
        assert!(!is_whole_script_confusable("аррӏе", "ru"));
        assert!(!is_whole_script_confusable("аррӏе", "рф"));
        assert!(!is_whole_script_confusable("музей", "com"));
        assert!(!is_whole_script_confusable("курс", "com"));
        assert!(!is_whole_script_confusable("apple", "com"));
    }

    #[test]
    fn digit_tables() {
        assert_eq!(digit_system('٣'), Some(0x660));
        assert_eq!(digit_system('7'), Some(0x30));
        assert_eq!(digit_system('a'), None);
        assert!(is_digit_lookalike('੨'));
        assert!(is_digit_lookalike('з'));
        assert!(!is_digit_lookalike('2'));
        assert!(!is_digit_lookalike('٣'));
        assert!(is_extra_allowed('ㄅ'));
    }

    #[test]
    fn invisible_and_blocked() {
        assert!(is_invisible('\u{200B}'));
        assert!(is_invisible('\u{200D}'));
        assert!(!is_invisible('a'));
        assert!(is_blocked('ɡ'));
        assert!(is_blocked('ᴡ'));
        assert!(!is_blocked('ə'));
        assert!(!is_blocked('ư'));
        assert!(!is_blocked('ệ'));
    }
}
