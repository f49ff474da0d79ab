//! Whether a sequence the patched zxcvbn returns is a real one. Shared by the diff tool and the
//! `same_guesses` fuzz target (which includes this file with `#[path]`).

/// Whether `entropy`'s sequence covers `password` (at most its first 100 characters, which is
/// all zxcvbn reads) in order, each match's token being its characters, and rates as zxcvbn
/// rates sequences: `l! × Π guesses + 10_000^(l−1)`. An empty password has an empty sequence.
pub fn is_real_sequence(password: &str, entropy: &patched::Entropy) -> bool {
    let chars: Vec<char> = password.chars().take(100).collect();
    let sequence = entropy.sequence();
    if chars.is_empty() {
        return sequence.is_empty();
    }
    let mut next = 0;
    let mut product: u64 = 1;
    for m in sequence {
        let token: String = chars.get(m.i..=m.j).unwrap_or_default().iter().collect();
        if m.i != next || m.token != token {
            return false;
        }
        product = product.saturating_mul(m.guesses.unwrap_or(0));
        next = m.j + 1;
    }
    let l = sequence.len() as u64;
    let factorial = (1..=l).fold(1u64, u64::saturating_mul);
    let additive = if l <= 1 {
        l
    } else {
        (2..l).fold(10_000u64, |a, _| a.saturating_mul(10_000))
    };
    next == chars.len()
        && factorial.saturating_mul(product).saturating_add(additive) == entropy.guesses()
}
