//! Disposable (throwaway) mail domains, from `data/lookalike/disposable_domains.txt`
//! (a subset of the CC0 community list; source and licence in `data/lookalike/README.md`).

use super::suffix::registrable_domain;
use std::collections::HashSet;
use std::sync::OnceLock;

fn domains() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../../data/lookalike/disposable_domains.txt")
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .collect()
    })
}

/// Whether mail to `ascii_domain` (lowercase ASCII) goes to a disposable mail service: the
/// domain itself, or its registrable domain, is on the list.
///
/// ```
/// use signup_guard::lookalike::is_disposable;
/// assert!(is_disposable("mailinator.com"));
/// assert!(!is_disposable("example.org"));
/// ```
pub fn is_disposable(ascii_domain: &str) -> bool {
    let set = domains();
    set.contains(ascii_domain) || registrable_domain(ascii_domain).is_some_and(|r| set.contains(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_domains_and_their_subdomains() {
        assert!(is_disposable("mailinator.com"));
        assert!(is_disposable("eu.mailinator.com"));
        assert!(is_disposable("yopmail.com"));
        assert!(!is_disposable("gmail.com"));
        assert!(!is_disposable("example.com"));
        assert!(domains().len() > 300);
    }
}
