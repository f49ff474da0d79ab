//! Brand families (`data/lookalike/brand_families.txt`): the registrable domains one
//! organisation owns, so that none of them is reported as imitating another (`youtube.ca` and
//! `youtube.com`, `verizon.com` and `verizon.net`, `google.com.mx` and `google.com`).

use std::collections::HashMap;
use std::sync::OnceLock;

const FAMILIES: &str = include_str!("../../data/lookalike/brand_families.txt");

/// Domain → the family lines it appears on.
fn index() -> &'static HashMap<&'static str, Vec<&'static str>> {
    static INDEX: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
        for line in FAMILIES
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            for domain in line.split_whitespace() {
                map.entry(domain).or_default().push(line);
            }
        }
        map
    })
}

/// Every registrable domain (ASCII) in a family with `registrable`, itself included when it
/// has a family; empty when it has none.
pub(crate) fn family_of(registrable: &str) -> impl Iterator<Item = &'static str> {
    index()
        .get(registrable)
        .into_iter()
        .flatten()
        .flat_map(|line| line.split_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lookalike::registrable_domain;

    #[test]
    fn families_hold_registrable_domains() {
        let youtube: Vec<_> = family_of("youtube.com").collect();
        assert!(youtube.contains(&"youtube.ca"));
        assert!(family_of("verizon.net").any(|d| d == "verizon.com"));
        assert!(family_of("example.com").next().is_none());
        let not_registrable: Vec<_> = FAMILIES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace)
            .filter(|d| registrable_domain(d) != Some(*d))
            .collect();
        assert!(not_registrable.is_empty(), "{not_registrable:?}");
    }
}
