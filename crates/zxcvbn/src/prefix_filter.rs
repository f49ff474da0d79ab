//! signup-guard patch: a Bloom filter of every prefix of a dictionary's words, so the dictionary
//! matcher can stop extending a substring as soon as no word starts with it.
//!
//! The matcher looks up every substring `password[i..=j]` in each dictionary. For a fixed `i`,
//! once `password[i..=j]` is not a prefix of any word, no longer substring from `i` can be a
//! word, so the lookups for larger `j` are wasted. The filter answers "might this be a prefix?"
//! with no false negatives; a false positive (about 1 %) only costs the lookups it would have
//! saved, so the matches found are exactly the same.
//!
//! The hash is computed incrementally, one byte at a time, so extending a substring by a
//! character costs only that character's bytes.

/// The running hash of a byte string, extendable one slice at a time.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct PrefixHash(u64);

const MULTIPLIER: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl PrefixHash {
    /// The hash of `self`'s bytes followed by `bytes`.
    #[inline]
    pub(crate) fn extend(self, bytes: &[u8]) -> PrefixHash {
        let mut hash = self.0;
        for &byte in bytes {
            hash = (hash.rotate_left(5) ^ u64::from(byte)).wrapping_mul(MULTIPLIER);
        }
        PrefixHash(hash)
    }

    /// Two bit positions below `mask + 1`, from a finalized (well-mixed) hash.
    #[inline]
    fn slots(self, mask: usize) -> (usize, usize) {
        let mut x = self.0;
        x ^= x >> 29;
        x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
        x ^= x >> 32;
        // Truncation is intended: each half picks one bit.
        ((x as usize) & mask, ((x >> 32) as usize) & mask)
    }
}

/// Every prefix (at character boundaries, including the whole word) of a set of words.
#[derive(Debug)]
pub(crate) struct PrefixFilter {
    bits: Vec<u64>,
    mask: usize,
}

impl PrefixFilter {
    /// A filter of all prefixes of `words`, with about 8 bits per character of the words (the
    /// character count bounds the number of distinct prefixes).
    pub(crate) fn new<'a>(words: impl Iterator<Item = &'a str> + Clone) -> PrefixFilter {
        let chars: usize = words.clone().map(str::len).sum();
        let bit_count = chars.saturating_mul(8).max(64).next_power_of_two();
        let mut filter = PrefixFilter {
            bits: vec![0; bit_count / 64],
            mask: bit_count - 1,
        };
        for word in words {
            let mut hash = PrefixHash::default();
            let mut start = 0;
            for (end, _) in word.char_indices().skip(1).chain(Some((word.len(), ' '))) {
                hash = hash.extend(&word.as_bytes()[start..end]);
                start = end;
                filter.insert(hash);
            }
        }
        filter
    }

    fn insert(&mut self, hash: PrefixHash) {
        let (a, b) = hash.slots(self.mask);
        self.bits[a / 64] |= 1 << (a % 64);
        self.bits[b / 64] |= 1 << (b % 64);
    }

    /// Whether the string hashed to `hash` may be a prefix of a word; `false` is certain.
    #[inline]
    pub(crate) fn might_contain(&self, hash: PrefixHash) -> bool {
        let (a, b) = hash.slots(self.mask);
        self.bits[a / 64] & (1 << (a % 64)) != 0 && self.bits[b / 64] & (1 << (b % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(s: &str) -> PrefixHash {
        PrefixHash::default().extend(s.as_bytes())
    }

    #[test]
    fn every_prefix_of_every_word_is_found() {
        let words = ["password", "pass", "straße", "日本語", "a"];
        let filter = PrefixFilter::new(words.iter().copied());
        for word in words {
            for (end, _) in word.char_indices().skip(1).chain(Some((word.len(), ' '))) {
                assert!(filter.might_contain(hash(&word[..end])), "{}", &word[..end]);
            }
        }
    }

    #[test]
    fn hashing_in_pieces_equals_hashing_at_once() {
        let whole = hash("straße");
        let pieces = hash("stra").extend("ß".as_bytes()).extend(b"e");
        assert_eq!(whole.0, pieces.0);
    }

    #[test]
    fn most_non_prefixes_are_rejected() {
        let words: Vec<String> = (0..2000).map(|i| format!("word{i}x")).collect();
        let filter = PrefixFilter::new(words.iter().map(String::as_str));
        let rejected = (0..2000)
            .filter(|i| !filter.might_contain(hash(&format!("zz{i}"))))
            .count();
        assert!(rejected > 1900, "only {rejected} of 2000 rejected");
    }
}
