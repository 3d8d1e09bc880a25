//! One stable sort for the whole crate.
//!
//! `slice::sort_by` is generic over both the element type and the comparator, so every call site
//! compiled its own copy of the standard library's merge sort (about 4 KB of wasm each). Here the
//! comparator reaches the sort as a `&dyn Fn` over indices, so the sort itself is compiled once;
//! only the small step that moves the elements into their new order is generic.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`: the same result as `items.sort_by(compare)`.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `items` stably by `key`: the same result as `items.sort_by_key(key)`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The indices `0..len` in the stable order `compare` gives them. Not generic, so compiled once.
#[inline(never)]
pub fn stable_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_stable_sort() {
        // Equal keys (the tens digit) must keep their original order, as `slice::sort_by` keeps them.
        let items: Vec<u32> = vec![31, 12, 35, 10, 22, 38, 17, 20, 33, 0, 19, 25];
        let mut ours = items.clone();
        sort_by_key(&mut ours, |v| v / 10);
        let mut std_sorted = items.clone();
        std_sorted.sort_by_key(|v| v / 10);
        assert_eq!(ours, std_sorted);
        assert_eq!(ours, vec![0, 12, 10, 17, 19, 22, 20, 25, 31, 35, 38, 33]);
    }

    #[test]
    fn sorts_floats_with_total_order_and_empty_input() {
        let mut values: Vec<f64> = vec![2.5, -1.0, 0.0, 2.5, -3.0];
        sort_by(&mut values, |a, b| a.total_cmp(b));
        assert_eq!(values, vec![-3.0, -1.0, 0.0, 2.5, 2.5]);
        let mut empty: Vec<f64> = Vec::new();
        sort_by(&mut empty, |a, b| a.total_cmp(b));
        assert!(empty.is_empty());
    }
}
