//! Stacking: where each series' segment sits in a stacked bar or area chart.
//!
//! Per category, visible series stack in legend order: positive values upward from zero, negative
//! values downward from zero, each on its own pile, so a negative segment never hides a positive
//! one. A gap contributes nothing (the series above rests on what is below it). Hidden series take
//! no room.
//!
//! Limits: the stack is never stored. A segment is the running sum of at most `MAX_SERIES` values
//! at its position, so it is computed where it is needed: per position for the marks and the
//! hover ([`Piles::at`]), in one pass for the y extent (with the model, and again when a series is
//! shown or hidden: `View::stacked_extent`). Storing bases and tops for 2 × 1,000,000 values
//! would be 32 MB of fresh wasm memory, which costs more to allocate on a slow machine than the
//! sums cost to compute again.

/// The visible series of a stacked chart, in stacking order, ready to be summed per position.
pub struct Piles<'a> {
    /// (index into `xy.series`, its values up to the chart's length).
    series: Vec<(usize, &'a [f64])>,
}

impl<'a> Piles<'a> {
    /// The piles of `series` ((index into the chart's series, its values up to the chart's
    /// length), bottom first): a view's visible series, `XyView::piles`.
    pub fn of(series: impl Iterator<Item = (usize, &'a [f64])>) -> Piles<'a> {
        Piles { series: series.collect() }
    }

    /// How many series stack (the visible ones).
    pub fn count(&self) -> usize {
        self.series.len()
    }

    /// The indices into `xy.series` of the stacked series, bottom first.
    pub fn indices(&self) -> Vec<usize> {
        self.series.iter().map(|&(i, _)| i).collect()
    }

    /// The index into `xy.series` of the `k`th stacked series.
    pub fn series_index(&self, k: usize) -> usize {
        self.series[k].0
    }

    /// Calls `f(k, base, top)` for each stacked series `k` (0 ..< `count`) with a finite value at
    /// position `i`, bottom of the stack first.
    #[inline]
    pub fn at(&self, i: usize, mut f: impl FnMut(usize, f64, f64)) {
        let (mut up, mut down) = (0.0_f64, 0.0_f64);
        for (k, (_, values)) in self.series.iter().enumerate() {
            let Some(&v) = values.get(i) else { continue };
            if !v.is_finite() {
                continue;
            }
            let pile = if v >= 0.0 { &mut up } else { &mut down };
            let base = *pile;
            // Limits: ±1e308 values would sum to ∞; clamping keeps every end finite.
            *pile = (base + v).clamp(f64::MIN, f64::MAX);
            f(k, base, *pile);
        }
    }

    /// The segments of every stacked series over the positions `range`, a series at a time:
    /// calls `f(k, bases, tops)` with slices as long as the range (NaN where series `k` has no
    /// segment), bottom of the stack first. The same sums as [`Piles::at`], in tight loops over
    /// short slices; `scratch` is reused from call to call.
    pub fn over(
        &self,
        range: std::ops::Range<usize>,
        scratch: &mut Scratch,
        mut f: impl FnMut(usize, &[f64], &[f64]),
    ) {
        let n = range.len();
        let Scratch { up, down, bases, tops } = scratch;
        // Sized without refilling what is kept: every end is written below.
        for buffer in [&mut *up, &mut *down, &mut *bases, &mut *tops] {
            buffer.resize(n, 0.0);
            buffer.truncate(n);
        }
        up.fill(0.0);
        down.fill(0.0);
        for (k, (_, values)) in self.series.iter().enumerate() {
            let values = values.get(range.start.min(values.len())..range.end.min(values.len()));
            let values = values.unwrap_or(&[]);
            let piles = up.iter_mut().zip(down.iter_mut());
            let ends = bases.iter_mut().zip(tops.iter_mut());
            for ((&v, (up, down)), (base, top)) in values.iter().zip(piles).zip(ends) {
                if !v.is_finite() {
                    (*base, *top) = (f64::NAN, f64::NAN);
                    continue;
                }
                let pile = if v >= 0.0 { up } else { down };
                *base = *pile;
                // As in `at`: clamped, so every end stays finite.
                *pile = (*pile + v).clamp(f64::MIN, f64::MAX);
                *top = *pile;
            }
            // Past the series' end: no segment.
            bases[values.len()..].fill(f64::NAN);
            tops[values.len()..].fill(f64::NAN);
            f(k, bases, tops);
        }
    }

    /// The segment (base, top) of series `series` (an index into `xy.series`) at position `i`;
    /// `None` for a gap or a hidden series.
    pub fn segment(&self, series: usize, i: usize) -> Option<(f64, f64)> {
        let mut found = None;
        self.at(i, |k, base, top| {
            if self.series[k].0 == series {
                found = Some((base, top));
            }
        });
        found
    }

    /// The lowest and highest end of the piles at position `i` (zero included).
    pub fn ends_at(&self, i: usize) -> (f64, f64) {
        let (mut lo, mut hi) = (0.0_f64, 0.0_f64);
        self.at(i, |_, _, top| (lo, hi) = (lo.min(top), hi.max(top)));
        (lo, hi)
    }

    /// The lowest and highest end of any pile over `len` positions (zero included); `None` when
    /// nothing is stacked. Every base is zero or a top below it, so the tops and zero bound every
    /// segment.
    /// Limits: summed a few thousand positions at a time, a series at a time, in a loop that
    /// keeps only the two running piles (per position through `at`, 2 × 1,000,000 values took
    /// ~14 ms in the size-optimised build; through `over`, which also writes every segment, ~10).
    pub fn extent(&self, len: usize) -> Option<(f64, f64)> {
        let mut scan = ExtentScan::default();
        self.extent_step(&mut scan, len, usize::MAX);
        scan.extent()
    }

    /// [`Piles::extent`] a step at a time, so that a large chart's stacking can be spread over
    /// several tasks (`web::stages`): sums the piles of the next `budget` positions (at least
    /// one) into `scan`; true once all `len` are summed.
    pub fn extent_step(&self, scan: &mut ExtentScan, len: usize, budget: usize) -> bool {
        const CHUNK: usize = 4096;
        let end = scan.next.saturating_add(budget.max(1)).min(len);
        let (mut lo, mut hi) = (scan.lo, scan.hi);
        let (mut up, mut down) = (vec![0.0; CHUNK], vec![0.0; CHUNK]);
        for start in (scan.next..end).step_by(CHUNK) {
            let stop = (start + CHUNK).min(end);
            up.fill(0.0);
            down.fill(0.0);
            for (_, values) in &self.series {
                let values = values.get(start.min(values.len())..stop.min(values.len()));
                let piles = up.iter_mut().zip(down.iter_mut());
                for (&v, (up, down)) in values.unwrap_or(&[]).iter().zip(piles) {
                    // A gap (NaN) or ±∞ adds nothing: the series above rests on what is below.
                    if !v.is_finite() {
                        continue;
                    }
                    let pile = if v >= 0.0 { up } else { down };
                    // As in `at`: clamped, so every end stays finite.
                    let top = (*pile + v).clamp(f64::MIN, f64::MAX);
                    *pile = top;
                    lo = if top < lo { top } else { lo };
                    hi = if top > hi { top } else { hi };
                }
            }
        }
        *scan = ExtentScan { next: end, lo, hi };
        end >= len
    }
}

/// A stack's extent being summed ([`Piles::extent_step`]): the positions summed so far and the
/// lowest and highest pile end among them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExtentScan {
    next: usize,
    lo: f64,
    hi: f64,
}

impl Default for ExtentScan {
    fn default() -> Self {
        ExtentScan { next: 0, lo: f64::INFINITY, hi: f64::NEG_INFINITY }
    }
}

impl ExtentScan {
    /// The extent so far, zero included; `None` while no pile has an end.
    pub fn extent(&self) -> Option<(f64, f64)> {
        (self.lo <= self.hi).then(|| (self.lo.min(0.0), self.hi.max(0.0)))
    }
}

/// Reusable buffers for [`Piles::over`].
#[derive(Default)]
pub struct Scratch {
    up: Vec<f64>,
    down: Vec<f64>,
    bases: Vec<f64>,
    tops: Vec<f64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_over_a_range_equal_sums_per_position() {
        // Gaps, negatives, a huge value and a series shorter than the others.
        let a: Vec<f64> =
            (0..500).map(|i| if i % 7 == 3 { f64::NAN } else { i as f64 - 200.0 }).collect();
        let b: Vec<f64> = (0..500).map(|i| ((i * 37) % 11) as f64 - 4.0).collect();
        let c: Vec<f64> =
            (0..321).map(|i| if i == 100 { 1e308 } else { (i % 5) as f64 * 1e307 }).collect();
        let piles = Piles { series: vec![(0, &a[..]), (2, &b[..]), (3, &c[..])] };
        let mut scratch = Scratch::default();
        for range in [0..500, 0..1, 3..4, 299..333, 320..500, 499..500] {
            let mut seen = 0;
            piles.over(range.clone(), &mut scratch, |k, bases, tops| {
                seen += 1;
                assert_eq!((bases.len(), tops.len()), (range.len(), range.len()));
                for (j, i) in range.clone().enumerate() {
                    let expected = piles.segment(piles.series_index(k), i);
                    let got = (!tops[j].is_nan()).then_some((bases[j], tops[j]));
                    assert_eq!(got, expected, "series {k} at {i}");
                    assert!(got.is_none_or(|(b, t)| b.is_finite() && t.is_finite()));
                }
            });
            assert_eq!(seen, 3);
        }
        // At 3, a has a gap: b (−3) hangs from zero, c (3e307) stands on zero.
        assert_eq!(piles.segment(2, 3), Some((0.0, -3.0)));
        assert_eq!(piles.segment(3, 3), Some((0.0, 3e307)));
        // At 6, a (−194) hangs from zero and b (222 % 11 − 4 = −2) from a; c (1e307) stands on zero.
        assert_eq!(piles.segment(0, 6), Some((0.0, -194.0)));
        assert_eq!(piles.segment(2, 6), Some((-194.0, -196.0)));
        assert_eq!(piles.ends_at(6), (-196.0, 1e307));
        assert_eq!(piles.segment(3, 400), None, "past c's end");
        // The extent, summed in chunks, is that of every position's piles.
        let ends = (0..500).map(|i| piles.ends_at(i));
        let brute = ends.fold((0.0_f64, 0.0_f64), |(lo, hi), (a, b)| (lo.min(a), hi.max(b)));
        assert_eq!(piles.extent(500), Some(brute));
        assert_eq!(piles.extent(0), None);
        // Across chunks: the highest pile deep in the third chunk, the lowest in the first.
        let up: Vec<f64> =
            (0..10_000).map(|i| if i == 9_001 { 50.0 } else { (i % 3) as f64 }).collect();
        let down: Vec<f64> = (0..10_000).map(|i| if i == 17 { -7.5 } else { f64::NAN }).collect();
        let piles = Piles { series: vec![(0, &up[..]), (1, &down[..])] };
        assert_eq!(piles.extent(10_000), Some((-7.5, 50.0)));
        assert_eq!(piles.extent(9_000), Some((-7.5, 2.0)));
        // In steps of any size, the same as in one go.
        for budget in [1, 4095, 4097, 10_000] {
            let mut scan = ExtentScan::default();
            let mut steps = 1;
            while !piles.extent_step(&mut scan, 10_000, budget) {
                steps += 1;
            }
            assert_eq!(scan.extent(), Some((-7.5, 50.0)), "budget {budget}");
            assert_eq!(steps, 10_000_usize.div_ceil(budget), "budget {budget}");
        }
        assert_eq!(piles.segment(1, 0), None, "not a stacked series");
    }
}
