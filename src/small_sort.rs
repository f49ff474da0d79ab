//! Insertion sort for short or nearly sorted slices.
//!
//! The standard library's sorts compile to 2–9 KB of wasm for each element type they are used
//! with; this one to a few hundred bytes. It is quadratic in the number of out-of-order pairs,
//! so it is used only where that number stays small: vectors of a few findings per check, and
//! lists read from data files that are already sorted but for a few entries. Measured in
//! bench/README.md ("Code size").

/// Sorts `items` in place, stably, in the order `less` defines (`less(a, b)`: `a` goes first).
pub(crate) fn insertion_sort_by<T, F: FnMut(&T, &T) -> bool>(items: &mut [T], mut less: F) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 && less(&items[at], &items[at - 1]) {
            items.swap(at, at - 1);
            at -= 1;
        }
    }
}

/// Sorts `items` in place in their natural order (stably).
pub(crate) fn insertion_sort<T: Ord>(items: &mut [T]) {
    insertion_sort_by(items, |a, b| a < b);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_sort() {
        let mut state = 0x2545_f491_u32;
        for length in 0..40 {
            let mut items: Vec<u32> = (0..length)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    state % 7
                })
                .collect();
            let mut expected = items.clone();
            expected.sort();
            insertion_sort(&mut items);
            assert_eq!(items, expected);
        }
    }

    #[test]
    fn is_stable() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        insertion_sort_by(&mut items, |a, b| a.0 > b.0);
        assert_eq!(
            items,
            vec![(2, 'a'), (2, 'c'), (1, 'b'), (1, 'd'), (0, 'e')]
        );
    }
}
