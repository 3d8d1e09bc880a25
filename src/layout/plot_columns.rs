//! The per-pixel-column summaries (`crate::columns`) of a plot as laid out: its columns, where its
//! positions fall, a stacked chart's segments summarised a step at a time. Used by the scene (to draw
//! and hover dense series) and by annotation placement (to keep labels off the line).

use super::{Bounds, PlotLayout, XScale};
use crate::columns::{hover_positions, ColumnScan, Grid};
use crate::model::stack::{Piles, Scratch};
use crate::model::XyView;

/// Calls `f(column, range)` for the positions `0..len` of `plot` grouped by pixel column, in
/// order: the ranges a scan folds, for a pass that summarises per column something else than one
/// series' values.
pub fn plot_ranges(plot: &PlotLayout, len: usize, f: impl FnMut(usize, std::ops::Range<usize>)) {
    plot_scan(plot).grid().ranges(0..len, |i| plot.x_of(i), f);
}

/// The column summaries of a stacked chart's segments: per stacked series (in `piles` order), one
/// scan of its tops and one of its bases, from one pass over the `len` positions that sums each
/// position's piles once (the stack is never stored: see `model::stack`).
pub fn stack_scans(piles: &Piles, len: usize, plot: &PlotLayout) -> Vec<[ColumnScan; 2]> {
    let mut scans = StackScans::new(plot, piles);
    scans.step(piles, len, plot, usize::MAX);
    scans.scans
}

/// [`stack_scans`] built a step at a time, so that a large stacked chart's summaries can be spread
/// over several tasks (`scene::prepare`): each step reads the next positions, and the column a
/// step ends in is folded on by the next one (a fold over positions in order, as `feed` is).
#[derive(Debug, Clone, PartialEq)]
pub struct StackScans {
    grid: Grid,
    /// The plot area and x scale the positions were placed with, and the stacked series (indices
    /// into `xy.series`): what the summaries are of.
    area: Bounds,
    x: XScale,
    series: Vec<usize>,
    /// Per stacked series: the scans of its tops and of its bases.
    pub scans: Vec<[ColumnScan; 2]>,
    /// The next position to read.
    next: usize,
}

impl StackScans {
    /// Empty summaries over `plot`'s pixel columns for `count` stacked series.
    pub fn new(plot: &PlotLayout, piles: &Piles) -> StackScans {
        let empty = plot_scan(plot);
        let (area, x, series) = (plot.area, plot.x.clone(), piles.indices());
        let scans = vec![[empty.clone(), empty.clone()]; piles.count()];
        StackScans { grid: empty.grid(), area, x, series, scans, next: 0 }
    }

    /// Reads at most `budget` more of the `len` positions; true once all are read.
    pub fn step(&mut self, piles: &Piles, len: usize, plot: &PlotLayout, budget: usize) -> bool {
        let end = self.next.saturating_add(budget.max(1)).min(len);
        let mut scratch = Scratch::default();
        let scans = &mut self.scans;
        self.grid.ranges(
            self.next..end,
            |i| plot.x_of(i),
            |col, range| {
                // Each column's positions stacked a series at a time, then folded like any values.
                piles.over(range.clone(), &mut scratch, |k, bases, tops| {
                    let [top_scan, base_scan] = &mut scans[k];
                    top_scan.fold_at(col, tops, range.start);
                    base_scan.fold_at(col, bases, range.start);
                });
            },
        );
        self.next = end;
        for scan in self.scans.iter_mut().flatten() {
            scan.set_read(end);
        }
        end >= len
    }

    /// Whether these are the finished summaries of `piles` over `len` positions placed as `plot`
    /// places them.
    pub fn fit(&self, piles: &Piles, plot: &PlotLayout, len: usize) -> bool {
        self.next >= len
            && self.area == plot.area
            && self.x == plot.x
            && self.series == piles.indices()
    }
}

/// The hover positions of `xy` drawn in `plot` (dense: more values than pixel columns): one pass
/// per visible series, then [`hover_positions`].
pub fn column_positions(xy: XyView<'_>, plot: &PlotLayout) -> Vec<usize> {
    let scans: Vec<ColumnScan> = xy
        .visible_series()
        .map(|(_, s)| {
            let mut scan = plot_scan(plot);
            scan.feed(s.values.up_to(xy.len), |i| plot.x_of(i), usize::MAX);
            scan
        })
        .collect();
    hover_positions(&scans.iter().collect::<Vec<_>>())
}

/// An empty scan over the pixel columns of `plot`'s area.
pub fn plot_scan(plot: &PlotLayout) -> ColumnScan {
    let scan = ColumnScan::new(plot.area.x, plot.area.w.floor().max(1.0) as usize);
    // A time axis may list its dates out of order; every other scale runs left to right.
    match &plot.x {
        XScale::Time { at, .. } if !at.windows(2).all(|w| w[0] <= w[1]) => scan.unsorted(),
        _ => scan,
    }
}
