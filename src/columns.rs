//! Limits: one pass over a long series that summarises it per pixel column, for both drawing and
//! hovering.
//!
//! A million-point line cannot be drawn point by point, nor hovered value by value: per pixel column
//! its first, lowest, highest and last finite value ("M4") are all that can be seen. [`ColumnScan`]
//! gathers exactly that in one pass over the values, and the pass can be split: [`ColumnScan::feed`]
//! takes a budget counted in values and resumes where it stopped, so the browser layer can spread a
//! huge series over several animation frames and the result is the same as in one go (the scan is a
//! fold over indices in order). From the finished summary, [`ColumnScan::runs`] gives the indices to
//! draw and [`hover_positions`] the hover position of each column: both cost O(plot width).

/// What one pixel column holds of one series: indices of its first, lowest, highest and last finite
/// value, and the lowest and highest values themselves.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    pub first: usize,
    pub low: usize,
    pub high: usize,
    pub last: usize,
    pub min: f64,
    pub max: f64,
}

/// The per-column summary of one series, built by feeding it the series' values in order.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnScan {
    grid: Grid,
    columns: Vec<Option<Column>>,
    /// The next value index to read.
    next: usize,
}

impl ColumnScan {
    /// An empty summary of `columns` 1-px columns starting at x `x0`.
    pub fn new(x0: f64, columns: usize) -> ColumnScan {
        let columns = columns.max(1);
        ColumnScan {
            grid: Grid { x0, columns, sorted: true },
            columns: vec![None; columns],
            next: 0,
        }
    }

    /// The same for x positions in no particular order: every value's column is computed.
    pub fn unsorted(self) -> ColumnScan {
        ColumnScan { grid: Grid { sorted: false, ..self.grid }, ..self }
    }

    /// Reads at most `budget` more values of `values` (always the same slice, as stored in
    /// `spec::Values`: NaN for a gap), placing value `i` at x `x_of(i)` (non-decreasing in i unless
    /// the scan is `unsorted`). Returns true once every value has been read.
    pub fn feed(&mut self, values: &[f64], x_of: impl Fn(usize) -> f64, budget: usize) -> bool {
        let end = self.next.saturating_add(budget.max(1)).min(values.len());
        let columns = &mut self.columns;
        self.grid.ranges(self.next..end, x_of, |col, range| {
            fold(&mut columns[col], &values[range.clone()], range.start)
        });
        self.next = end;
        self.is_done(values.len())
    }

    /// Whether a series of `len` values has been read to its end.
    pub fn is_done(&self, len: usize) -> bool {
        self.next >= len
    }

    pub fn columns(&self) -> &[Option<Column>] {
        &self.columns
    }

    /// Where this scan's pixel columns are.
    pub(crate) fn grid(&self) -> Grid {
        self.grid
    }

    /// Folds `values` (whose first index is `start`) into column `col`, for a pass that reads
    /// values other than one series' own (a stack's tops and bases).
    pub(crate) fn fold_at(&mut self, col: usize, values: &[f64], start: usize) {
        fold(&mut self.columns[col], values, start);
    }

    /// Marks the first `read` values as read, after such a pass.
    pub(crate) fn set_read(&mut self, read: usize) {
        self.next = read;
    }

    /// The indices worth drawing, as runs to join: per column its first, lowest, highest and last
    /// index in order, so the line looks exactly as with every point and never doubles back. A run
    /// ends at a column with no value at all (a visible gap); a gap narrower than a column cannot be
    /// seen and is bridged.
    pub fn runs(&self) -> Vec<Vec<usize>> {
        let mut runs = Vec::new();
        let mut run: Vec<usize> = Vec::new();
        for column in &self.columns {
            let Some(c) = column else {
                if !run.is_empty() {
                    runs.push(std::mem::take(&mut run));
                }
                continue;
            };
            let mut keep = [c.first, c.low, c.high, c.last];
            keep.sort_unstable();
            for i in keep {
                if run.last() != Some(&i) {
                    run.push(i);
                }
            }
        }
        if !run.is_empty() {
            runs.push(run);
        }
        runs
    }
}

/// Where a scan's pixel columns are, and whether x is non-decreasing in the index.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Grid {
    x0: f64,
    columns: usize,
    /// x is non-decreasing in the index (every scale but a time axis whose dates are out of order),
    /// so each column's values form one index range.
    sorted: bool,
}

impl Grid {
    /// Calls `f(column, range)` for `positions` grouped into ranges of consecutive positions in one
    /// column, in order (one position per range unless `sorted`).
    pub(crate) fn ranges(
        self,
        positions: std::ops::Range<usize>,
        x_of: impl Fn(usize) -> f64,
        mut f: impl FnMut(usize, std::ops::Range<usize>),
    ) {
        let col_of = |i: usize| column_of(x_of(i), self.x0, self.columns);
        if !self.sorted {
            positions.for_each(|i| f(col_of(i), i..i + 1));
            return;
        }
        let (mut i, end) = (positions.start, positions.end);
        while i < end {
            // The values of one column lie in one index range (x is non-decreasing): find its end
            // by galloping, then fold the range without computing any more x positions.
            let col = col_of(i);
            let (mut inside, mut step) = (i, 1);
            while inside + step < end && col_of(inside + step) == col {
                inside += step;
                step *= 2;
            }
            let (mut lo, mut hi) = (inside + 1, (inside + step).min(end));
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                if col_of(mid) == col {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            f(col, i..lo);
            i = lo;
        }
    }
}

/// Hover positions from the summaries of a plot's visible series (in their order): per pixel column,
/// the index where the first series with data in that column peaks, so every spike the line draws
/// can be read in the tooltip. Increasing, at most one per column.
pub fn hover_positions(scans: &[&ColumnScan]) -> Vec<usize> {
    let count = scans.iter().map(|s| s.columns.len()).max().unwrap_or(0);
    (0..count)
        .filter_map(|col| scans.iter().find_map(|s| s.columns.get(col).copied().flatten()))
        .map(|c| c.high)
        .collect()
}

/// Adds `values` (whose first index is `start`) to a column's summary.
///
/// Limits: the range's own first, lowest, highest and last finite value in one plain loop, then
/// merged into the summary: the same result as folding value by value (strict comparisons keep the
/// first of equal extremes, in the range as across ranges), without an `Option` match per value.
pub(crate) fn fold(slot: &mut Option<Column>, values: &[f64], start: usize) {
    // A gap is NaN, so one test skips gaps and (hand-built) infinities alike.
    let Some(first) = values.iter().position(|v| v.is_finite()) else { return };
    let mut range = Column {
        first: start + first,
        low: start + first,
        high: start + first,
        last: start + first,
        min: values[first],
        max: values[first],
    };
    for (k, &v) in values.iter().enumerate().skip(first + 1) {
        if !v.is_finite() {
            continue;
        }
        if v < range.min {
            (range.low, range.min) = (start + k, v);
        }
        if v > range.max {
            (range.high, range.max) = (start + k, v);
        }
        range.last = start + k;
    }
    match slot {
        None => *slot = Some(range),
        Some(c) => {
            if range.min < c.min {
                (c.low, c.min) = (range.low, range.min);
            }
            if range.max > c.max {
                (c.high, c.max) = (range.high, range.max);
            }
            c.last = range.last;
        }
    }
}

/// The pixel column (0 ..< columns) of x, for a plot starting at x0.
pub fn column_of(x: f64, x0: f64, columns: usize) -> usize {
    let c = (x - x0).floor();
    if c > 0.0 {
        (c as usize).min(columns - 1)
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wave(n: usize) -> Vec<f64> {
        (0..n)
            .map(|i| match i {
                _ if i % 991 == 5 => f64::NAN,
                _ if i % 4099 == 0 => -1e5,
                _ => ((i as f64) * 0.011).sin() * 50.0 + (i % 17) as f64,
            })
            .collect()
    }

    #[test]
    fn a_scan_fed_in_chunks_equals_one_fed_at_once() {
        let values = wave(123_457);
        let x_of = |i: usize| 10.0 + 600.0 * i as f64 / values.len() as f64;
        let mut whole = ColumnScan::new(10.0, 600);
        assert!(whole.feed(&values, x_of, usize::MAX));
        for budget in [1, 7, 1000, 65_536] {
            let mut chunked = ColumnScan::new(10.0, 600);
            let mut calls = 0;
            while !chunked.feed(&values, x_of, budget) {
                calls += 1;
            }
            assert_eq!(chunked, whole, "budget {budget}");
            assert_eq!(calls, values.len().div_ceil(budget) - 1, "budget {budget}");
        }
    }

    #[test]
    fn an_unsorted_scan_places_every_value_in_its_own_column() {
        let values: Vec<f64> = (0..1000).map(|i| i as f64).collect();
        // x jumps back and forth: even indices on the left half, odd ones on the right.
        let x_of =
            |i: usize| if i.is_multiple_of(2) { i as f64 / 20.0 } else { 50.0 + i as f64 / 20.0 };
        let mut scan = ColumnScan::new(0.0, 100).unsorted();
        scan.feed(&values, x_of, 333);
        while !scan.feed(&values, x_of, 333) {}
        for (col, c) in scan.columns().iter().enumerate() {
            let Some(c) = c else { continue };
            for i in [c.first, c.low, c.high, c.last] {
                assert_eq!(column_of(x_of(i), 0.0, 100), col);
            }
            let members = (0..1000).filter(|&i| column_of(x_of(i), 0.0, 100) == col);
            assert_eq!(c.max, members.clone().map(|i| i as f64).fold(f64::MIN, f64::max));
            assert_eq!(c.min, members.map(|i| i as f64).fold(f64::MAX, f64::min));
        }
    }

    #[test]
    fn folding_ranges_equals_folding_value_by_value() {
        // Few distinct values (many ties), gaps and infinities, folded in ranges of every size.
        let values: Vec<f64> = (0..2000)
            .map(|i| match (i * 7919) % 13 {
                0 => f64::NAN,
                1 => f64::INFINITY,
                k => (k % 4) as f64,
            })
            .collect();
        let one_by_one = |values: &[f64]| {
            let mut slot = None;
            for (i, v) in values.iter().enumerate() {
                fold(&mut slot, std::slice::from_ref(v), i);
            }
            slot
        };
        let reference = |values: &[f64]| {
            let finite: Vec<(usize, f64)> =
                values.iter().copied().enumerate().filter(|(_, v)| v.is_finite()).collect();
            let (&(first, _), &(last, _)) = (finite.first()?, finite.last()?);
            let min = finite.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
            let max = finite.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
            let low = finite.iter().find(|p| p.1 == min)?.0;
            let high = finite.iter().find(|p| p.1 == max)?.0;
            Some(Column { first, low, high, last, min, max })
        };
        for size in [1, 2, 3, 7, 64, 999, 2000] {
            let mut slot = None;
            for (k, chunk) in values.chunks(size).enumerate() {
                fold(&mut slot, chunk, k * size);
            }
            assert_eq!(slot, reference(&values), "ranges of {size}");
            assert_eq!(slot, one_by_one(&values));
        }
        assert_eq!(one_by_one(&[f64::NAN, f64::NAN]), None);
    }

    #[test]
    fn hover_takes_the_first_series_with_data_in_a_column() {
        let a = vec![f64::NAN, f64::NAN, 1.0, 5.0];
        let b = vec![2.0, 3.0, 9.0, 0.0];
        let mut sa = ColumnScan::new(0.0, 2);
        let mut sb = ColumnScan::new(0.0, 2);
        sa.feed(&a, |i| i as f64, usize::MAX);
        sb.feed(&b, |i| i as f64 / 2.0, usize::MAX);
        // Columns of a: {} and {2, 3}; of b: {0, 1} and {2, 3}.
        assert_eq!(hover_positions(&[&sa, &sb]), vec![1, 3]);
    }
}
