//! The protected domains (the caller's and the built-in brands and mail providers), compiled once
//! into indexes, and the rules that decide whether a host imitates one of them.
//!
//! The rules follow Chromium's `components/lookalikes` (skeleton matching, target embedding with
//! and without separators, edit distance, combo squatting with lure words) and its exclusions
//! (a brand's own domains under other endings, short names, common words), made stricter for a
//! site's own protected domains, which are few and known.
//!
//! Indexes: registrable domains of the entries and of their brand families; skeletons of whole
//! registrable domains; skeletons of the label left of the public suffix ("second-level
//! label"), also glued to its suffix (`googlecom`); and the deletion neighbourhood of each label
//! skeleton of 5+ characters, so that every label one edit or one adjacent swap away is found
//! with a handful of hash lookups however many domains are protected.

use super::lures::{cut_lures, is_lure};
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
    /// The skeleton of the second-level label.
    label_skeleton: String,
    /// The public suffix, ASCII.
    suffix: String,
    /// The brand runs sites under many country endings (`amazon.de`, `amazon.fr`).
    international: bool,
}

/// How a set weighs its rules: a site's own domains are checked strictly; the built-in brands
/// are tuned for the whole web, like a browser's top-domain list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Tuning {
    /// The site's own protected domains: any other ending is a TLD swap.
    #[default]
    Strict,
    /// The built-in brands: another ending is reported only when the ending itself is a slip
    /// (`.co`, `.cm`), and brands named with a common word are not looked for inside names.
    Web,
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
    /// Registrable domain (ASCII) of each entry → the entry.
    exact_registrable: HashMap<String, u32>,
    /// Registrable domains (ASCII) of each entry and of its brand family → the entry.
    owners: HashMap<String, u32>,
    /// Family domains the caller listed next to a protected domain (official hosts too).
    listed_family: Vec<String>,
    skeletons: HashMap<String, u32>,
    label_skeletons: HashMap<String, Vec<u32>>,
    /// Skeleton of label and suffix written without dots (`googlecom`) → entry.
    dotless: HashMap<String, u32>,
    /// Deletion neighbourhood of label skeletons → entries.
    deletions: HashMap<String, Vec<u32>>,
    tuning: Tuning,
}

/// Endings so close to `.com` that using one is itself a typo trap.
const TYPO_ENDINGS: &[&str] = &[
    "co", "cm", "om", "con", "cmo", "ne", "nt", "org.co", "com.co",
];

/// Brand names that are everyday words: finding one inside another name, glued to other
/// letters or one typo away means little (`super-best-target-deals.com`, `discard.email`), so
/// the built-in set does not look for them there (Chromium skips common words the same way).
const COMMON_WORD_BRANDS: &[&str] = &[
    "target", "office", "booking", "chase", "square", "signal", "discord", "wise", "visa",
    "orange", "free", "mail", "email", "live", "outlook", "zoom", "steam", "meta", "post",
    "crypto", "login", "mailbox", "ledger", "kraken", "wallet",
];

/// Of those, the words too generic to name a brand even next to a lure word or as a whole
/// embedded domain (`secure-mail.biz` is not `mail.ru`; `chase-verify.com` is Chase).
const GENERIC_WORDS: &[&str] = &[
    "free", "mail", "email", "live", "post", "crypto", "login", "mailbox", "wallet", "meta",
    "zoom", "square", "signal", "wise",
];

fn is_generic_word(label: &str) -> bool {
    GENERIC_WORDS.contains(&label)
}

fn is_common_word(label: &str) -> bool {
    COMMON_WORD_BRANDS.contains(&label)
}

/// Minimum length (in characters) of a second-level label for edit-distance matching.
const MIN_TYPO_LABEL: usize = 5;

/// Minimum length of a brand label for matches that ignore the ending (TLD swap, lure words).
const MIN_BRAND_LABEL: usize = 4;

/// Minimum length of a brand label looked for inside other names (embeddings, `googlecom`,
/// a brand glued to other letters and a lure word), as Chromium's target embedding rule.
const MIN_EMBEDDED_LABEL: usize = 5;

/// Minimum length of a brand found glued to other letters (`oneyoutubelogin`).
const MIN_GLUED_LABEL: usize = 6;

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
    /// public suffixes, are skipped).
    ///
    /// An entry may list its brand family after it, separated by spaces: `shop.com shop.de
    /// shop.co.uk` protects `shop.com` and never flags the other two as imitating it. A domain
    /// that belongs to a built-in brand family (`google.com`) brings that family along
    /// (`google.com.mx`, `youtube.com`). A trailing ` intl` marks a brand that runs sites under
    /// many country endings, so `brand.de` is not reported as a TLD swap of it.
    ///
    /// ```
    /// use signup_guard::lookalike::ProtectedDomains;
    /// let mine = ProtectedDomains::new(["Example-Shop.com", "bücher.de", "not a domain", "co.uk"]);
    /// assert_eq!(mine.domains().collect::<Vec<_>>(), ["example-shop.com", "bücher.de"]);
    /// let family = ProtectedDomains::new(["example-shop.com example-shop.de"]);
    /// assert!(family.find("example-shop.de").is_empty());
    /// assert!(!family.find("example-shop.fr").is_empty());
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
        let mut international = false;
        let mut family = Vec::new();
        for part in parts {
            if part == "intl" {
                international = true;
            } else if let Some(member) =
                to_ascii(part).and_then(|a| registrable_domain(&a).map(str::to_owned))
            {
                family.push(member);
            }
        }
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
        for member in super::families::family_of(&registrable) {
            self.owners.entry(member.to_owned()).or_insert(index);
        }
        for member in family {
            self.owners.entry(member.clone()).or_insert(index);
            self.listed_family.push(member);
        }
        self.owners.insert(registrable.clone(), index);
        self.exact_registrable.insert(registrable, index);
        self.skeletons.entry(skeleton(&unicode)).or_insert(index);
        let label_skeleton = skeleton(&label);
        let label_chars = label.chars().count();
        if label_chars >= MIN_BRAND_LABEL {
            self.label_skeletons
                .entry(label_skeleton.clone())
                .or_default()
                .push(index);
        }
        if label_chars >= MIN_EMBEDDED_LABEL {
            let glued = format!("{label}{}", suffix.replace('.', ""));
            self.dotless.entry(skeleton(&glued)).or_insert(index);
        }
        if label_chars >= MIN_TYPO_LABEL {
            self.deletions
                .entry(label_skeleton.clone())
                .or_default()
                .push(index);
            for variant in deletion_neighbourhood(&label_skeleton) {
                self.deletions.entry(variant).or_default().push(index);
            }
        }
        self.entries.push(Entry {
            ascii,
            unicode,
            label,
            label_skeleton,
            suffix,
            international,
        });
    }

    /// The built-in list of commonly imitated brands and mail providers
    /// (`data/lookalike/protected_domains.txt`), with their families
    /// (`data/lookalike/brand_families.txt`).
    ///
    /// ```
    /// use signup_guard::lookalike::ProtectedDomains;
    /// let builtin = ProtectedDomains::builtin();
    /// assert!(builtin.contains_host("www.paypal.com"));
    /// assert!(!builtin.find("paypa1.com").is_empty());
    /// assert!(builtin.find("youtube.ca").is_empty()); // YouTube's own
    /// ```
    pub fn builtin() -> &'static ProtectedDomains {
        static BUILTIN: OnceLock<ProtectedDomains> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let mut set = ProtectedDomains::new(
                include_str!("../../data/lookalike/protected_domains.txt")
                    .lines()
                    .map(str::trim)
                    .filter(|line| !line.is_empty() && !line.starts_with('#')),
            );
            set.tuning = Tuning::Web;
            set
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
    /// subdomain, another host under the same registrable domain, or a domain of its family.
    ///
    /// ```
    /// use signup_guard::lookalike::ProtectedDomains;
    /// let mine = ProtectedDomains::new(["example-shop.com"]);
    /// assert_eq!(mine.owner_of("cdn.example-shop.com"), Some("example-shop.com"));
    /// assert_eq!(mine.owner_of("example-shop.org"), None);
    /// let google = ProtectedDomains::new(["google.com"]);
    /// assert_eq!(google.owner_of("www.google.com.mx"), Some("google.com"));
    /// ```
    pub fn owner_of(&self, ascii_host: &str) -> Option<&str> {
        let registrable = registrable_domain(ascii_host)?;
        let index = *self.owners.get(registrable)?;
        self.entry(index).map(|e| e.unicode.as_str())
    }

    /// Whether `ascii_host` is exactly a protected domain, a family domain listed with it, or
    /// a subdomain of one.
    ///
    /// ```
    /// use signup_guard::lookalike::ProtectedDomains;
    /// let mine = ProtectedDomains::new(["example-shop.com example-shop.de"]);
    /// assert!(mine.contains_host("example-shop.com"));
    /// assert!(mine.contains_host("www.example-shop.de"));
    /// assert!(!mine.contains_host("example-shop.com.evil.test"));
    /// ```
    pub fn contains_host(&self, ascii_host: &str) -> bool {
        let host = ascii_host.trim_end_matches('.');
        let under = |domain: &str| {
            host == domain
                || host
                    .strip_suffix(domain)
                    .is_some_and(|rest| rest.ends_with('.'))
        };
        self.entries.iter().any(|e| under(&e.ascii)) || self.listed_family.iter().any(|d| under(d))
    }

    fn entry(&self, index: u32) -> Option<&Entry> {
        usize::try_from(index)
            .ok()
            .and_then(|i| self.entries.get(i))
    }

    /// Every way `ascii_host` imitates a protected domain, most serious first; empty for hosts
    /// under a protected registrable domain or its family, and for hosts without a registrable
    /// domain.
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
        if self.entries.is_empty() || self.owners.contains_key(registrable) {
            return Vec::new();
        }
        let Some((label, suffix)) = split_registrable(registrable) else {
            return Vec::new();
        };
        let unicode_registrable = to_unicode(registrable);
        let label_skeleton = skeleton(&label);

        // Whole registrable domain looks the same.
        if let Some(&index) = self.skeletons.get(&skeleton(&unicode_registrable)) {
            if let Some(entry) = self.entry(index) {
                found.push((classify_same_look(&label, &entry.label), index));
            }
        }

        // Same-looking label under another ending.
        if found.is_empty() && label.chars().count() >= MIN_BRAND_LABEL {
            if let Some(indexes) = self.label_skeletons.get(&label_skeleton) {
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

        // One typo away (compared on skeletons, so `g00gie` is one typo from `google`).
        if found.is_empty() {
            if let Some(index) = self.typo_match(&label_skeleton, suffix) {
                found.push((MatchKind::Typosquat, index));
            }
        }

        let unicode_host = to_unicode(host);
        let tokens: Vec<&str> = unicode_host
            .split(['.', '-'])
            .filter(|t| !t.is_empty())
            .collect();
        let suffix_tokens = suffix.split('.').count();
        if let Some(index) = self.embedded_match(&tokens, &label, &unicode_registrable) {
            found.push((MatchKind::Embedded, index));
        }
        let name_tokens = tokens
            .get(..tokens.len().saturating_sub(suffix_tokens))
            .unwrap_or(&[]);
        if let Some(index) = self.lure_match(name_tokens) {
            found.push((MatchKind::BrandWithLure, index));
        }

        crate::small_sort::insertion_sort(&mut found);
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
        if TYPO_ENDINGS.contains(&suffix) {
            return true;
        }
        let last = suffix.rsplit('.').next().unwrap_or(suffix);
        let country = last.len() == 2 && last.bytes().all(|b| b.is_ascii_lowercase());
        match self.tuning {
            // A site's own domain under any other ending (unless it is listed in its family
            // or the brand is marked international and the ending is a country's).
            Tuning::Strict => !(entry.international && country),
            // Brands run country sites (Chromium ignores cross-TLD matches altogether), and
            // names that are everyday words belong to many organisations (`mail.com` is not
            // `mail.ru`): only a generic ending of a distinctive name is reported.
            Tuning::Web => !country && !suffix.contains('.') && !is_common_word(&entry.label),
        }
    }

    /// The protected domain whose label is one typo from `label_skeleton`. For the built-in
    /// brands the ending must be the brand's own or a slip of `.com`: like Chromium, which
    /// compares whole domains, `poste.it` is not a typo of `posteo.de`.
    fn typo_match(&self, label_skeleton: &str, suffix: &str) -> Option<u32> {
        let length = label_skeleton.chars().count();
        if length < MIN_TYPO_LABEL - 1 {
            return None;
        }
        let mut keys = deletion_neighbourhood(label_skeleton);
        keys.push(label_skeleton.to_owned());
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
                let web_excluded = self.tuning == Tuning::Web
                    && ((entry.suffix != suffix && !TYPO_ENDINGS.contains(&suffix))
                        || is_generic_word(&entry.label));
                if !web_excluded
                    && is_meaningful_typo(label_skeleton, &entry.label_skeleton, self.tuning)
                {
                    best = Some(index);
                }
            }
        }
        best
    }

    /// Whether the brand of `entry` may be reported as embedded in a host whose own
    /// second-level label is `own_label` (Chromium's exclusions: the same name under another
    /// ending is the brand's own site, short names and common words match by chance).
    fn may_embed(&self, entry: &Entry, own_label: &str) -> bool {
        entry.label.chars().count() >= MIN_EMBEDDED_LABEL
            && entry.label_skeleton != skeleton(own_label)
            && !(self.tuning == Tuning::Web && is_generic_word(&entry.label))
    }

    /// A protected domain written inside the host: with dots or hyphens between its labels
    /// (`paypal.com.evil.example`, `www-google.com`, `foo-googlé.com-bar.com`) or glued
    /// together (`googlecom-foo.com`), compared on skeletons.
    fn embedded_match(
        &self,
        tokens: &[&str],
        own_label: &str,
        own_registrable: &str,
    ) -> Option<u32> {
        for (i, token) in tokens.iter().enumerate() {
            // The glued form only counts left of the public suffix.
            if i + 1 < tokens.len() {
                if let Some(&index) = self.dotless.get(&skeleton(token)) {
                    if self
                        .entry(index)
                        .is_some_and(|e| self.may_embed(e, own_label))
                    {
                        return Some(index);
                    }
                }
            }
        }
        for start in 0..tokens.len() {
            for end in (start + 2)..=(start + 4).min(tokens.len()) {
                let Some(window) = tokens.get(start..end) else {
                    continue;
                };
                let candidate = window.join(".");
                if candidate == own_registrable {
                    continue;
                }
                let Some(&index) = self.skeletons.get(&skeleton(&candidate)) else {
                    continue;
                };
                // For the built-in brands, a name merely ending in `-brand.com`
                // (`the-big-apple.com`) needs a lure or `www` in front, as in Chromium's
                // permitted end embeddings.
                let at_end = end == tokens.len();
                let lured = start
                    .checked_sub(1)
                    .and_then(|i| tokens.get(i))
                    .is_some_and(|t| *t == "www" || is_lure(t));
                if self.tuning == Tuning::Web && at_end && !lured {
                    continue;
                }
                if self
                    .entry(index)
                    .is_some_and(|e| self.may_embed(e, own_label))
                {
                    return Some(index);
                }
            }
        }
        None
    }

    fn brand_of(&self, token: &str) -> Option<u32> {
        // A brand whose name is itself a lure word (`login.gov`) cannot be told from the lure.
        if token.chars().count() < MIN_BRAND_LABEL || is_lure(token) {
            return None;
        }
        let index = self
            .label_skeletons
            .get(&skeleton(token))
            .and_then(|v| v.first().copied())?;
        let generic = self.tuning == Tuning::Web
            && self.entry(index).is_some_and(|e| is_generic_word(&e.label));
        (!generic).then_some(index)
    }

    /// A brand at the end of `before` or the start of `after` (the sides of a lure word cut out
    /// of one name), glued to other letters: `oneyoutube` + `login`.
    fn glued_brand(&self, before: &str, after: &str) -> Option<u32> {
        let before = skeleton(before);
        let after = skeleton(after);
        let starts = before.char_indices().map(|(i, _)| i);
        for start in starts {
            let Some(tail) = before.get(start..) else {
                continue;
            };
            if tail.chars().count() < MIN_GLUED_LABEL {
                break;
            }
            if let Some(index) = self.glued_label(tail) {
                return Some(index);
            }
        }
        let ends = after
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .collect::<Vec<_>>();
        for end in ends.into_iter().rev() {
            let Some(head) = after.get(..end) else {
                continue;
            };
            if head.chars().count() < MIN_GLUED_LABEL {
                break;
            }
            if let Some(index) = self.glued_label(head) {
                return Some(index);
            }
        }
        None
    }

    fn glued_label(&self, skeleton_text: &str) -> Option<u32> {
        let index = self.label_skeletons.get(skeleton_text)?.first().copied()?;
        let entry = self.entry(index)?;
        let common = self.tuning == Tuning::Web && is_common_word(&entry.label);
        (!common).then_some(index)
    }

    fn lure_match(&self, tokens: &[&str]) -> Option<u32> {
        let has_lure = tokens.iter().any(|t| is_lure(t));
        for token in tokens {
            if has_lure {
                if let Some(index) = self.brand_of(token) {
                    return Some(index);
                }
            }
            for (before, after) in cut_lures(token) {
                let whole = self
                    .brand_of(before)
                    .filter(|_| after.is_empty())
                    .or_else(|| self.brand_of(after).filter(|_| before.is_empty()));
                if let Some(index) = whole.or_else(|| self.glued_brand(before, after)) {
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

/// Whether the label skeleton `label` is one edit or adjacent swap from the protected label
/// skeleton `protected`. Numbered series (`site45` next to `site35`) never count. For the
/// built-in brands, as in Chromium's edit-distance rule for the whole web, a changed or dropped
/// first letter (`mail` and `gmail`) and one added hyphen are different words, not typos; a
/// site's own brands are few and known, so there those shapes count (`oogle`, `pay-pal`).
fn is_meaningful_typo(label: &str, protected: &str, tuning: Tuning) -> bool {
    if label == protected || protected.chars().count() < MIN_TYPO_LABEL {
        return false;
    }
    if strsim::osa_distance(label, protected) != 1 {
        return false;
    }
    let trim_digits = |s: &str| s.trim_end_matches(|c: char| c.is_ascii_digit()).to_owned();
    let numbered = protected.ends_with(|c: char| c.is_ascii_digit());
    if numbered && trim_digits(label) == trim_digits(protected) {
        return false;
    }
    if tuning == Tuning::Strict {
        return true;
    }
    let same_first = label.chars().next() == protected.chars().next();
    same_first && label.replace('-', "") != protected
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
    fn typos_including_the_shapes_a_browser_skips() {
        assert_eq!(kinds("paypall.com"), vec![MatchKind::Typosquat]);
        assert_eq!(kinds("papyal.com"), vec![MatchKind::Typosquat]);
        assert_eq!(kinds("goggle.com"), vec![MatchKind::Typosquat]);
        // A site's own brands are few: a changed or dropped first letter, one hyphen, a
        // trailing digit and two look-alike characters plus a typo all count.
        for host in [
            "xpaypal.com",
            "oogle.com",
            "coogle.com",
            "pay-pal.com",
            "paypal1.com",
            "apple2.com",
            "g00gie.com",
        ] {
            assert_eq!(kinds(host), vec![MatchKind::Typosquat], "{host}");
        }
        assert!(kinds("applebees.com").is_empty());
        let numbered = ProtectedDomains::new(["site45.com"]);
        assert!(numbered.find("site35.com").is_empty(), "numbered series");
    }

    #[test]
    fn families_are_not_lookalikes() {
        let google = ProtectedDomains::new(["google.com"]);
        assert!(google.find("google.com.mx").is_empty(), "built-in family");
        assert!(google.find("www.youtube.com").is_empty());
        assert_eq!(
            google.find("google.com.evil.mx")[0].kind,
            MatchKind::Embedded
        );
        let mine = ProtectedDomains::new(["example-shop.com example-shop.de"]);
        assert!(mine.find("example-shop.de").is_empty(), "listed family");
        assert_eq!(mine.find("example-shop.fr")[0].kind, MatchKind::TldSwap);
        let builtin = ProtectedDomains::builtin();
        for real in [
            "youtube.ca",
            "verizon.com",
            "google.com.mx",
            "mail.com",
            "mail.de",
        ] {
            assert!(
                builtin.find(real).is_empty(),
                "{real}: {:?}",
                builtin.find(real)
            );
        }
        assert_eq!(builtin.find("paypal.co")[0].kind, MatchKind::TldSwap);
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
        assert_eq!(kinds("www-google.com"), vec![MatchKind::Embedded]);
        assert_eq!(kinds("googlecom-foo.com"), vec![MatchKind::Embedded]);
        assert_eq!(
            kinds("xn--foo-googl-j4a.com-bar.com"), // foo-googlé.com-bar.com
            vec![MatchKind::Embedded]
        );
        assert_eq!(
            kinds("xn--googl-login-fbb.com"), // googlé-login.com
            vec![MatchKind::BrandWithLure]
        );
        assert_eq!(
            kinds("oneyoutubelogin.com"),
            Vec::<MatchKind>::new(),
            "not protected here"
        );
        let youtube = ProtectedDomains::new(["youtube.com"]);
        assert_eq!(
            youtube.find("oneyoutubelogin.com")[0].kind,
            MatchKind::BrandWithLure
        );
        assert_eq!(
            youtube.find("youtubekonto.de")[0].kind,
            MatchKind::BrandWithLure
        );
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
