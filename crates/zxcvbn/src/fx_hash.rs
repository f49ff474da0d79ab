//! signup-guard patch: a fast, non-cryptographic hasher (the FxHash function used inside rustc
//! and Firefox) for the word-rank maps. They are built once from fixed word lists and only
//! looked up with substrings of the password, so no input can grow or degrade them; SipHash's
//! protection against crafted collisions buys nothing there and cost a third of each estimate.

use std::hash::{BuildHasher, Hasher};

/// Builds [`FxHasher`]s.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct FxBuildHasher;

impl BuildHasher for FxBuildHasher {
    type Hasher = FxHasher;

    fn build_hasher(&self) -> FxHasher {
        FxHasher { hash: 0 }
    }
}

/// FxHash: per word of input, rotate, xor and multiply.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn maps_find_what_was_inserted_and_nothing_else() {
        let words = [
            "password",
            "passwor",
            "password1",
            "",
            "a",
            "ab",
            "abcdefgh",
            "abcdefghi",
        ];
        let map: HashMap<&str, usize, FxBuildHasher> =
            words.iter().enumerate().map(|(i, w)| (*w, i)).collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(map.get(w), Some(&i));
        }
        assert_eq!(map.get("passwords"), None);
        assert_eq!(map.get("abcdefg"), None);
    }
}
