//! The protected domains (the caller's and the built-in brands and mail providers), compiled once
//! into indexes, and the rules that decide whether a host imitates one of them.
//!
//! Indexes: exact ASCII domains; skeletons of whole registrable domains; skeletons and plain
//! text of the label left of the public suffix ("second-level label"); and the deletion
//! neighbourhood of each second-level label of 5+ characters (the label with each one character
//! deleted), so that every label one edit or one adjacent swap away is found with a handful of
//! hash lookups however many domains are protected.

use super::skeleton::{skeleton, strip_diacritics};
use super::suffix::registrable_domain;
use idna::uts46::{AsciiDenyList, DnsLength, Hyphens, Uts46};
use std::collections::HashMap;
use std::sync::OnceLock;

/// How a host imitates a protected domain.
///
/// ```
/// use signup_guard::lookalike::{MatchKind, ProtectedDomains};
/// let mine = ProtectedDomains::new(["example-shop.com"]);
/// assert_eq!(mine.find("examp1e-shop.com")[0].kind, MatchKind::DigitLookalike);
/// assert_eq!(mine.find("example-shop.co")[0].kind, MatchKind::TldSwap);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatchKind {
    /// Same skeleton, using letters of other alphabets or letter combinations (`rn` for `m`).
    Homograph,
    /// Same skeleton once digits are read as letters (`paypa1`, `g00gle`).
    DigitLookalike,
    /// The same once accents are removed (`paypäl`).
    DiacriticLookalike,
    /// One typo (edit or adjacent swap) away.
    Typosquat,
    /// Same second-level label, different public suffix (`paypal.co`).
    TldSwap,
    /// The protected domain written inside a host of someone else (`paypal.com.evil.example`).
    Embedded,
    /// The brand with a lure word (`paypal-login.com`).
    BrandWithLure,
}

/// A protected domain that a host imitates.
///
/// ```
/// use signup_guard::lookalike::ProtectedDomains;
/// let mine = ProtectedDomains::new(["example-shop.com"]);
/// let found = mine.find("exampel-shop.com");
/// assert_eq!(found[0].protected, "example-shop.com");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookalikeMatch {
    /// How it imitates it.
    pub kind: MatchKind,
    /// The protected domain, in Unicode.
    pub protected: String,
}

#[derive(Debug, Clone)]
struct Entry {
    /// The domain as protected, ASCII (`accounts.example.com` stays as given).
    ascii: String,
    /// Its registrable domain in Unicode, for messages.
    unicode: String,
    /// The second-level label in Unicode.
    label: String,
    /// The public suffix, ASCII.
    suffix: String,
    /// The brand runs sites under many country endings (`amazon.de`, `amazon.fr`).
    international: bool,
}

/// A set of protected domains, indexed for fast lookalike checks.
///
/// ```
/// use signup_guard::lookalike::ProtectedDomains;
/// // Compile once (at start-up), reuse for every request.
/// let mine = ProtectedDomains::new(["example-shop.com", "example-shop.co.uk"]);
/// assert_eq!(mine.len(), 2);
/// assert!(mine.contains_host("www.example-shop.com"));
/// assert!(!mine.find("example-sh0p.com").is_empty());
/// ```
#[derive(Debug, Clone, Default)]
pub struct ProtectedDomains {
    entries: Vec<Entry>,
    exact_registrable: HashMap<String, u32>,
    skeletons: HashMap<String, u32>,
    labels: HashMap<String, Vec<u32>>,
    label_skeletons: HashMap<String, Vec<u32>>,
    deletions: HashMap<String, Vec<u32>>,
}

/// Words phishing hosts put next to a brand.
const LURE_WORDS: &[&str] = &[
    "login",
    "logon",
    "signin",
    "sign",
    "secure",
    "security",
    "account",
    "accounts",
    "verify",
    "verification",
    "verified",
    "wallet",
    "support",
    "update",
    "billing",
    "payment",
    "payments",
    "confirm",
    "auth",
    "authenticate",
    "recovery",
    "recover",
    "unlock",
    "unlocked",
    "password",
    "reset",
    "service",
    "services",
    "help",
    "helpdesk",
    "customer",
    "alert",
    "alerts",
    "notice",
    "invoice",
    "refund",
    "bonus",
    "gift",
    "giveaway",
    "prize",
    "webscr",
    "banking",
    "access",
    "validate",
    "validation",
    "activation",
    "activate",
    "id",
    "2fa",
    "mfa",
    "sso",
    "portal",
    "credential",
    "credentials",
    "limited",
    "suspended",
    "locked",
    "claim",
    "airdrop",
    "auth0",
    "online",
    "safety",
    "safe",
    "team",
    "official",
    "center",
    "centre",
    "resolution",
    "dispute",
];

/// Endings so close to `.com` that using one is itself a typo trap.
const TYPO_ENDINGS: &[&str] = &[
    "co", "cm", "om", "con", "cmo", "ne", "nt", "org.co", "com.co",
];

/// Minimum length (in characters) of a second-level label for edit-distance matching.
const MIN_TYPO_LABEL: usize = 5;

/// Minimum length of a brand label for matches that ignore the ending (TLD swap, lure words).
const MIN_BRAND_LABEL: usize = 4;

fn to_ascii(domain: &str) -> Option<String> {
    let trimmed = domain.trim().trim_end_matches('.');
    let ascii = Uts46::new()
        .to_ascii(
            trimmed.as_bytes(),
            AsciiDenyList::URL,
            Hyphens::Allow,
            DnsLength::Ignore,
        )
        .ok()?;
    if ascii.is_empty() {
        None
    } else {
        Some(ascii.into_owned())
    }
}

fn to_unicode(ascii: &str) -> String {
    Uts46::new()
        .to_unicode(ascii.as_bytes(), AsciiDenyList::URL, Hyphens::Allow)
        .0
        .into_owned()
}

/// Each string obtained by deleting one character of `label`.
fn deletion_neighbourhood(label: &str) -> Vec<String> {
    let chars: Vec<char> = label.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    for skip in 0..chars.len() {
        let variant: String = chars
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != skip)
            .map(|(_, c)| *c)
            .collect();
        out.push(variant);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Splits `ascii_host` into second-level label (Unicode) and public suffix (ASCII).
fn split_registrable(registrable_ascii: &str) -> Option<(String, &str)> {
    let (label, suffix) = registrable_ascii.split_once('.')?;
    Some((to_unicode(label), suffix))
}

impl ProtectedDomains {
    /// Compiles `domains` (ASCII or Unicode, any case; entries that are not domains, and bare
    /// public suffixes, are skipped). A trailing ` intl` on an entry marks a brand that runs
    /// sites under many country endings, so `brand.de` is not reported as a TLD swap of it.
    ///
    /// ```
    /// use signup_guard::lookalike::ProtectedDomains;
    /// let mine = ProtectedDomains::new(["Example-Shop.com", "bücher.de", "not a domain", "co.uk"]);
    /// assert_eq!(mine.domains().collect::<Vec<_>>(), ["example-shop.com", "bücher.de"]);
    /// ```
    pub fn new<I, S>(domains: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut set = ProtectedDomains::default();
        for domain in domains {
            set.insert(domain.as_ref());
        }
        set
    }

    fn insert(&mut self, raw: &str) {
        let mut parts = raw.split_whitespace();
        let Some(name) = parts.next() else { return };
        let international = parts.any(|flag| flag == "intl");
        let Some(ascii) = to_ascii(name) else { return };
        let Some(registrable) = registrable_domain(&ascii).map(str::to_owned) else {
            return;
        };
        if self.exact_registrable.contains_key(&registrable) {
            return;
        }
        let Some((label, suffix)) = split_registrable(&registrable) else {
            return;
        };
        let suffix = suffix.to_owned();
        let Ok(index) = u32::try_from(self.entries.len()) else {
            return;
        };
        let unicode = to_unicode(&registrable);
        self.exact_registrable.insert(registrable, index);
        self.skeletons.entry(skeleton(&unicode)).or_insert(index);
        let label_chars = label.chars().count();
        if label_chars >= MIN_BRAND_LABEL {
            self.labels.entry(label.clone()).or_default().push(index);
            self.label_skeletons
                .entry(skeleton(&label))
                .or_default()
                .push(index);
        }
        if label_chars >= MIN_TYPO_LABEL {
            self.deletions.entry(label.clone()).or_default().push(index);
            for variant in deletion_neighbourhood(&label) {
                self.deletions.entry(variant).or_default().push(index);
            }
        }
        self.entries.push(Entry {
            ascii,
            unicode,
            label,
            suffix,
            international,
        });
    }

    /// The built-in list of commonly imitated brands and mail providers
    /// (`data/lookalike/protected_domains.txt`).
    ///
    /// ```
    /// use signup_guard::lookalike::ProtectedDomains;
    /// let builtin = ProtectedDomains::builtin();
    /// assert!(builtin.contains_host("www.paypal.com"));
    /// assert!(!builtin.find("paypa1.com").is_empty());
    /// ```
    pub fn builtin() -> &'static ProtectedDomains {
        static BUILTIN: OnceLock<ProtectedDomains> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            ProtectedDomains::new(
                include_str!("../../data/lookalike/protected_domains.txt")
                    .lines()
                    .map(str::trim)
                    .filter(|line| !line.is_empty() && !line.starts_with('#')),
            )
        })
    }

    /// The protected registrable domains in Unicode, in the order given.
    ///
    /// ```
    /// use signup_guard::lookalike::ProtectedDomains;
    /// let mine = ProtectedDomains::new(["example-shop.com"]);
    /// assert_eq!(mine.domains().next(), Some("example-shop.com"));
    /// ```
    pub fn domains(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.unicode.as_str())
    }

    /// How many domains are protected.
    ///
    /// ```
    /// use signup_guard::lookalike::ProtectedDomains;
    /// assert_eq!(ProtectedDomains::new(["example-shop.com"]).len(), 1);
    /// ```
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no domain is protected.
    ///
    /// ```
    /// use signup_guard::lookalike::ProtectedDomains;
    /// assert!(ProtectedDomains::new(Vec::<String>::new()).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The protected domain (Unicode) that `ascii_host` belongs to: the domain itself, a
    /// subdomain, or another host under the same registrable domain.
    ///
    /// ```
    /// use signup_guard::lookalike::ProtectedDomains;
    /// let mine = ProtectedDomains::new(["example-shop.com"]);
    /// assert_eq!(mine.owner_of("cdn.example-shop.com"), Some("example-shop.com"));
    /// assert_eq!(mine.owner_of("example-shop.org"), None);
    /// ```
    pub fn owner_of(&self, ascii_host: &str) -> Option<&str> {
        let registrable = registrable_domain(ascii_host)?;
        let index = *self.exact_registrable.get(registrable)?;
        self.entry(index).map(|e| e.unicode.as_str())
    }

    /// Whether `ascii_host` is exactly a protected domain or one of its subdomains.
    ///
    /// ```
    /// use signup_guard::lookalike::ProtectedDomains;
    /// let mine = ProtectedDomains::new(["example-shop.com"]);
    /// assert!(mine.contains_host("example-shop.com"));
    /// assert!(!mine.contains_host("example-shop.com.evil.test"));
    /// ```
    pub fn contains_host(&self, ascii_host: &str) -> bool {
        let host = ascii_host.trim_end_matches('.');
        self.entries.iter().any(|e| {
            host == e.ascii
                || host
                    .strip_suffix(e.ascii.as_str())
                    .is_some_and(|rest| rest.ends_with('.'))
        })
    }

    fn entry(&self, index: u32) -> Option<&Entry> {
        usize::try_from(index)
            .ok()
            .and_then(|i| self.entries.get(i))
    }

    /// Every way `ascii_host` imitates a protected domain, most serious first; empty for hosts
    /// under a protected registrable domain and for hosts without a registrable domain.
    ///
    /// ```
    /// use signup_guard::lookalike::{MatchKind, ProtectedDomains};
    /// let mine = ProtectedDomains::new(["example-shop.com"]);
    /// assert_eq!(mine.find("example-shop.co")[0].kind, MatchKind::TldSwap);
    /// assert!(mine.find("shop.example-shop.com").is_empty()); // the owner's own host
    /// ```
    pub fn find(&self, ascii_host: &str) -> Vec<LookalikeMatch> {
        let mut found: Vec<(MatchKind, u32)> = Vec::new();
        let host = ascii_host.trim_end_matches('.');
        let Some(registrable) = registrable_domain(host) else {
            return Vec::new();
        };
        if self.entries.is_empty() || self.exact_registrable.contains_key(registrable) {
            return Vec::new();
        }
        let Some((label, suffix)) = split_registrable(registrable) else {
            return Vec::new();
        };
        let unicode_registrable = to_unicode(registrable);

        // Whole registrable domain looks the same.
        if let Some(&index) = self.skeletons.get(&skeleton(&unicode_registrable)) {
            if let Some(entry) = self.entry(index) {
                found.push((classify_same_look(&label, &entry.label), index));
            }
        }

        // Same-looking label under another ending.
        if found.is_empty() && label.chars().count() >= MIN_BRAND_LABEL {
            if let Some(indexes) = self.label_skeletons.get(&skeleton(&label)) {
                for &index in indexes {
                    let Some(entry) = self.entry(index) else {
                        continue;
                    };
                    if entry.suffix == suffix {
                        continue;
                    }
                    if entry.label == label {
                        if self.is_reportable_tld_swap(entry, suffix) {
                            found.push((MatchKind::TldSwap, index));
                        }
                    } else {
                        found.push((classify_same_look(&label, &entry.label), index));
                    }
                    break;
                }
            }
        }

        // One typo away.
        if found.is_empty() {
            if let Some(index) = self.typo_match(&label) {
                found.push((MatchKind::Typosquat, index));
            }
        }

        let tokens = host_tokens(host, suffix);
        if let Some(index) = self.embedded_match(&tokens, registrable) {
            found.push((MatchKind::Embedded, index));
        }
        if let Some(index) = self.lure_match(&tokens) {
            found.push((MatchKind::BrandWithLure, index));
        }

        found.sort_unstable();
        found.dedup_by_key(|(kind, _)| *kind);
        found
            .into_iter()
            .filter_map(|(kind, index)| {
                self.entry(index).map(|e| LookalikeMatch {
                    kind,
                    protected: e.unicode.clone(),
                })
            })
            .collect()
    }

    fn is_reportable_tld_swap(&self, entry: &Entry, suffix: &str) -> bool {
        if TYPO_ENDINGS.contains(&suffix) || !entry.international {
            return true;
        }
        let last = suffix.rsplit('.').next().unwrap_or(suffix);
        // International brands run country sites: only generic endings are suspicious.
        !(last.len() == 2 && last.bytes().all(|b| b.is_ascii_lowercase()))
    }

    fn typo_match(&self, label: &str) -> Option<u32> {
        let length = label.chars().count();
        if length < MIN_TYPO_LABEL - 1 {
            return None;
        }
        let mut keys = deletion_neighbourhood(label);
        keys.push(label.to_owned());
        let mut best: Option<u32> = None;
        for key in &keys {
            let Some(indexes) = self.deletions.get(key) else {
                continue;
            };
            for &index in indexes {
                let Some(entry) = self.entry(index) else {
                    continue;
                };
                if best.is_some_and(|b| b <= index) {
                    continue;
                }
                if is_meaningful_typo(label, &entry.label) {
                    best = Some(index);
                }
            }
        }
        best
    }

    fn embedded_match(&self, tokens: &[&str], own_registrable: &str) -> Option<u32> {
        for start in 0..tokens.len() {
            for end in (start + 2)..=(start + 4).min(tokens.len()) {
                let Some(window) = tokens.get(start..end) else {
                    continue;
                };
                let candidate = window.join(".");
                if candidate == own_registrable {
                    continue;
                }
                if let Some(&index) = self.exact_registrable.get(&candidate) {
                    return Some(index);
                }
            }
        }
        None
    }

    fn brand_of(&self, token: &str) -> Option<u32> {
        // A brand whose name is itself a lure word (`login.gov`) cannot be told from the lure.
        if token.chars().count() < MIN_BRAND_LABEL || LURE_WORDS.contains(&token) {
            return None;
        }
        let unicode = to_unicode(token);
        self.labels
            .get(&unicode)
            .or_else(|| self.label_skeletons.get(&skeleton(&unicode)))
            .and_then(|v| v.first().copied())
    }

    fn lure_match(&self, tokens: &[&str]) -> Option<u32> {
        let has_lure = tokens.iter().any(|t| LURE_WORDS.contains(t));
        for token in tokens {
            if has_lure {
                if let Some(index) = self.brand_of(token) {
                    return Some(index);
                }
            }
            for lure in LURE_WORDS {
                let rest = token
                    .strip_suffix(lure)
                    .or_else(|| token.strip_prefix(lure))
                    .filter(|rest| !rest.is_empty());
                if let Some(index) = rest.and_then(|rest| self.brand_of(rest)) {
                    return Some(index);
                }
            }
        }
        None
    }
}

/// Classifies two labels that look the same (equal skeletons).
fn classify_same_look(label: &str, protected_label: &str) -> MatchKind {
    if !label.is_ascii() {
        let plain = strip_diacritics(label);
        if plain.is_ascii() && plain == protected_label {
            return MatchKind::DiacriticLookalike;
        }
        return MatchKind::Homograph;
    }
    if label.bytes().any(|b| b.is_ascii_digit())
        && !protected_label.bytes().any(|b| b.is_ascii_digit())
    {
        MatchKind::DigitLookalike
    } else {
        MatchKind::Homograph
    }
}

/// Whether `label` is one edit or adjacent swap from `protected`, excluding the shapes that are
/// mostly legitimate: a trailing number differs, only the first character differs, or one hyphen
/// is added.
fn is_meaningful_typo(label: &str, protected: &str) -> bool {
    if label == protected || protected.chars().count() < MIN_TYPO_LABEL {
        return false;
    }
    if strsim::osa_distance(label, protected) != 1 {
        return false;
    }
    let trim_digits = |s: &str| s.trim_end_matches(|c: char| c.is_ascii_digit()).to_owned();
    if trim_digits(label) == trim_digits(protected) {
        return false;
    }
    if label.chars().next() != protected.chars().next() {
        return false;
    }
    label.replace('-', "") != protected
}

/// The labels of `host` left of its public `suffix`, split further at hyphens, plus the first
/// label of the suffix so that `paypal-com.example` yields `paypal`, `com`.
fn host_tokens<'a>(host: &'a str, suffix: &str) -> Vec<&'a str> {
    let body = host
        .strip_suffix(suffix)
        .map(|b| b.trim_end_matches('.'))
        .unwrap_or(host);
    body.split(['.', '-']).filter(|t| !t.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set() -> ProtectedDomains {
        ProtectedDomains::new([
            "paypal.com",
            "apple.com",
            "google.com",
            "amazon.com intl",
            "bank.co.uk",
        ])
    }

    fn kinds(host: &str) -> Vec<MatchKind> {
        set().find(host).into_iter().map(|m| m.kind).collect()
    }

    #[test]
    fn protected_domains_and_subdomains_match_nothing() {
        assert!(kinds("paypal.com").is_empty());
        assert!(kinds("www.paypal.com").is_empty());
        assert!(kinds("login.bank.co.uk").is_empty());
        assert!(set().contains_host("www.paypal.com"));
        assert!(!set().contains_host("xpaypal.com"));
        assert_eq!(set().owner_of("api.paypal.com"), Some("paypal.com"));
    }

    #[test]
    fn skeleton_matches() {
        assert_eq!(kinds("paypa1.com"), vec![MatchKind::DigitLookalike]);
        assert_eq!(kinds("xn--80ak6aa92e.com"), vec![MatchKind::Homograph]); // аррӏе.com
        assert_eq!(
            kinds("xn--paypl-jra.com"),
            vec![MatchKind::DiacriticLookalike]
        ); // paypäl
        assert_eq!(kinds("g00gle.com"), vec![MatchKind::DigitLookalike]);
        assert_eq!(kinds("paypa1.net"), vec![MatchKind::DigitLookalike]);
    }

    #[test]
    fn typos_and_their_exceptions() {
        assert_eq!(kinds("paypall.com"), vec![MatchKind::Typosquat]);
        assert_eq!(kinds("papyal.com"), vec![MatchKind::Typosquat]);
        assert_eq!(kinds("goggle.com"), vec![MatchKind::Typosquat]);
        assert!(kinds("xpaypal.com").is_empty(), "first character differs");
        assert!(kinds("pay-pal.com").is_empty(), "one hyphen added");
        assert!(kinds("apple2.com").is_empty(), "trailing number differs");
        assert!(kinds("applebees.com").is_empty());
    }

    #[test]
    fn tld_swap_is_its_own_reason() {
        assert_eq!(kinds("paypal.co"), vec![MatchKind::TldSwap]);
        assert_eq!(kinds("paypal.de"), vec![MatchKind::TldSwap]);
        assert!(
            kinds("amazon.de").is_empty(),
            "international brand under a country ending"
        );
        assert_eq!(kinds("amazon.co"), vec![MatchKind::TldSwap]);
    }

    #[test]
    fn embedding_and_lures() {
        assert_eq!(
            kinds("paypal.com.account-verify.example"),
            vec![MatchKind::Embedded, MatchKind::BrandWithLure]
        );
        assert_eq!(kinds("paypal-com.example"), vec![MatchKind::Embedded]);
        assert_eq!(kinds("paypal-login.com"), vec![MatchKind::BrandWithLure]);
        assert_eq!(kinds("secure-apple.net"), vec![MatchKind::BrandWithLure]);
        assert_eq!(kinds("appleid.net"), vec![MatchKind::BrandWithLure]);
        assert!(kinds("apple.stackexchange.com").is_empty());
        let with_lure_brand = ProtectedDomains::new(["login.gov", "paypal.com"]);
        assert!(with_lure_brand.find("login.example.com").is_empty());
        assert!(!with_lure_brand.find("paypal-login.example").is_empty());
    }

    #[test]
    fn no_registrable_domain_no_match() {
        assert!(kinds("localhost").is_empty());
        assert!(kinds("co.uk").is_empty());
        assert!(ProtectedDomains::new(Vec::<String>::new())
            .find("paypa1.com")
            .is_empty());
    }
}
