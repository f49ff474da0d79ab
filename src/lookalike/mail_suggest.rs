//! "Did you mean …?" for mistyped mail providers (`gmial.com`, `gmail.con`, `hotmial.com`).
//!
//! The suggestion abstains unless one provider is clearly closest, never touches a domain that
//! is itself a provider (`me.com`, `mac.com`, `hey.com`, `pm.me`, `gmx.net`, `web.de`), and never
//! moves a provider's name to another real country ending (`hotmail.ca` may be genuine).

use super::suffix::is_known_suffix;

/// Common mail providers and their country variants; also the domains never corrected.
pub const MAIL_PROVIDERS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "yahoo.co.uk",
    "yahoo.fr",
    "yahoo.de",
    "yahoo.es",
    "yahoo.it",
    "yahoo.ca",
    "yahoo.co.jp",
    "yahoo.com.au",
    "yahoo.com.br",
    "yahoo.co.in",
    "ymail.com",
    "rocketmail.com",
    "hotmail.com",
    "hotmail.co.uk",
    "hotmail.fr",
    "hotmail.de",
    "hotmail.es",
    "hotmail.it",
    "hotmail.ca",
    "hotmail.be",
    "hotmail.nl",
    "outlook.com",
    "outlook.de",
    "outlook.fr",
    "outlook.es",
    "outlook.it",
    "live.com",
    "live.co.uk",
    "live.fr",
    "live.de",
    "live.nl",
    "live.ca",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "aol.com",
    "aol.de",
    "aol.fr",
    "proton.me",
    "protonmail.com",
    "protonmail.ch",
    "pm.me",
    "gmx.de",
    "gmx.net",
    "gmx.com",
    "gmx.at",
    "gmx.ch",
    "gmx.fr",
    "web.de",
    "t-online.de",
    "freenet.de",
    "posteo.de",
    "mailbox.org",
    "tutanota.com",
    "tutanota.de",
    "tuta.io",
    "fastmail.com",
    "fastmail.fm",
    "hey.com",
    "zoho.com",
    "yandex.ru",
    "yandex.com",
    "ya.ru",
    "mail.ru",
    "bk.ru",
    "inbox.ru",
    "list.ru",
    "rambler.ru",
    "mail.com",
    "email.com",
    "usa.com",
    "gmx.us",
    "orange.fr",
    "wanadoo.fr",
    "free.fr",
    "sfr.fr",
    "laposte.net",
    "neuf.fr",
    "bbox.fr",
    "libero.it",
    "virgilio.it",
    "tiscali.it",
    "alice.it",
    "tin.it",
    "terra.es",
    "telefonica.net",
    "movistar.es",
    "comcast.net",
    "verizon.net",
    "att.net",
    "sbcglobal.net",
    "bellsouth.net",
    "cox.net",
    "charter.net",
    "earthlink.net",
    "juno.com",
    "qq.com",
    "163.com",
    "126.com",
    "sina.com",
    "naver.com",
    "daum.net",
    "hanmail.net",
    "seznam.cz",
    "wp.pl",
    "o2.pl",
    "onet.pl",
    "interia.pl",
    "bluewin.ch",
    "hushmail.com",
    "btinternet.com",
    "sky.com",
    "virginmedia.com",
    "ntlworld.com",
    "bigpond.com",
    "optusnet.com.au",
    "shaw.ca",
    "rogers.com",
    "sympatico.ca",
    "uol.com.br",
    "bol.com.br",
    "terra.com.br",
    "rediffmail.com",
    "kpnmail.nl",
    "ziggo.nl",
    "telenet.be",
    "skynet.be",
];

/// Endings that are slips of `.com` (or of another provider ending), never real choices.
const TYPO_ENDINGS: &[&str] = &[
    "con", "cmo", "ocm", "vom", "xom", "cpm", "cim", "comm", "coom", "c0m", "cm", "om", "co",
    "cok", "comn", "clm", "dom", "fom", "nett", "nte", "ent", "ne", "dee", "ed", "rf", "frr",
];

/// Minimum provider name length (before the first dot) for suggestions that change the name.
const MIN_NAME_FOR_NAME_EDITS: usize = 4;

/// The provider domain `domain` (lowercase ASCII) is probably a typo of, if one is clearly best.
///
/// ```
/// use signup_guard::lookalike::suggest_provider;
/// assert_eq!(suggest_provider("gmial.com"), Some("gmail.com"));
/// assert_eq!(suggest_provider("hotmail.con"), Some("hotmail.com"));
/// assert_eq!(suggest_provider("gmail.com"), None); // already right
/// assert_eq!(suggest_provider("example.org"), None);
/// ```
pub fn suggest_provider(domain: &str) -> Option<&'static str> {
    if domain.is_empty() || MAIL_PROVIDERS.contains(&domain) {
        return None;
    }
    let (name, ending) = domain.split_once('.').unwrap_or((domain, ""));
    let ending_is_typo = TYPO_ENDINGS.contains(&ending) || !is_real_ending(ending);
    let domain_chars = domain.chars().count();
    let mut best: Option<(usize, &'static str)> = None;
    let mut tie = false;
    for &provider in MAIL_PROVIDERS {
        let (p_name, p_ending) = provider.split_once('.').unwrap_or((provider, ""));
        let allowed = if name == p_name {
            // Only the ending differs: correct it only when the ending is itself a slip.
            if ending_is_typo {
                2
            } else {
                0
            }
        } else if p_name.len() < MIN_NAME_FOR_NAME_EDITS {
            0
        } else if ending == p_ending || ending_is_typo {
            if provider.len() >= 9 {
                2
            } else {
                1
            }
        } else {
            0
        };
        // The edit distance is at least the difference in length: skip the quadratic
        // comparison when that alone rules the provider out (long domains are common input).
        if allowed == 0 || domain_chars.abs_diff(provider.len()) > allowed {
            continue;
        }
        let distance = strsim::osa_distance(domain, provider);
        if distance == 0 || distance > allowed {
            continue;
        }
        match best {
            Some((d, _)) if distance > d => {}
            Some((d, _)) if distance == d => tie = true,
            _ => {
                best = Some((distance, provider));
                tie = false;
            }
        }
    }
    if tie {
        return None;
    }
    best.map(|(_, provider)| provider)
}

/// Whether `ending` is a public suffix the list knows (so a different country, not a slip).
fn is_real_ending(ending: &str) -> bool {
    is_known_suffix(ending)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_typos_are_corrected() {
        for (typo, fix) in [
            ("gmial.com", "gmail.com"),
            ("gmail.con", "gmail.com"),
            ("gmail.co", "gmail.com"),
            ("gmai.com", "gmail.com"),
            ("gnail.com", "gmail.com"),
            ("hotmial.com", "hotmail.com"),
            ("hotmail.cmo", "hotmail.com"),
            ("yaho.com", "yahoo.com"),
            ("yahooo.com", "yahoo.com"),
            ("outlok.com", "outlook.com"),
            ("outlook.con", "outlook.com"),
            ("iclod.com", "icloud.com"),
            ("aol.con", "aol.com"),
        ] {
            assert_eq!(suggest_provider(typo), Some(fix), "{typo}");
        }
    }

    #[test]
    fn legitimate_domains_are_left_alone() {
        for domain in [
            "mac.com",
            "me.com",
            "hey.com",
            "pm.me",
            "proton.me",
            "gmx.de",
            "gmx.net",
            "web.de",
            "aol.com",
            "icloud.com",
            "gmail.com",
            "hotmail.ca",
            "example.com",
            "company.de",
            "mail.de",
            "wp.de",
            "me.net",
            "ma.com",
            "gmx.org",
            "yahoo.com.mx",
        ] {
            assert_eq!(suggest_provider(domain), None, "{domain}");
        }
    }
}
