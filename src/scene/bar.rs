//! Vertical bars: grouped in slots among the visible bar series (on either axis of a combo chart),
//! stacked on their piles, and one bar per pixel column when there are more bars than columns.

use super::style::{bar_colour, bar_rect};
use crate::decimal::clamp;
use crate::layout::plot_columns::plot_ranges;
use crate::layout::{stack, Bounds, PlotLayout};
use crate::model::theme::Theme;
use crate::model::{SeriesModel, XyView};
use crate::paint::{Color, Item, Rect};
use crate::spec::Mark;

/// Bar geometry shared by drawing and hit-testing: bars sit in slots among the visible bar series,
/// on either axis of a combo chart (each axis has its own zero).
pub(super) fn bar_bounds_on(
    plot: &PlotLayout,
    i: usize,
    slot: usize,
    count: usize,
    v: f64,
    right: bool,
) -> Bounds {
    let zero = match (&plot.y2, right) {
        (Some(axis), true) => clamp(0.0, axis.ticks.min, axis.ticks.max),
        _ => base_value(plot),
    };
    let base_y = plot.y_on(zero, right);
    let (x, w) = plot.bar(i, slot, count);
    let y = plot.y_on(v, right);
    let (top, h) = if y < base_y { (y, base_y - y) } else { (base_y, y - base_y) };
    Bounds { x, y: top, w, h }
}

/// The visible series drawn as bars (all of a bar chart's, a combo chart's bar series).
pub(super) fn bar_series(xy: XyView<'_>) -> impl Iterator<Item = (usize, &SeriesModel)> {
    xy.visible_series().filter(|(_, s)| s.mark == Mark::Bar)
}

/// One segment of a stacked bar: the whole group width, from `base` to `top`.
pub(super) fn segment_bounds(plot: &PlotLayout, i: usize, base: f64, top: f64) -> Bounds {
    let (x, w) = plot.bar(i, 0, 1);
    let (y0, y1) = (plot.y_of(base), plot.y_of(top));
    Bounds { x, y: y0.min(y1), w, h: (y0 - y1).abs() }
}

/// Where a bar series is hovered, per position: its bar's top centre (the bottom for a negative
/// bar) and the bar itself; `None` for a gap. The bar is the one [`bars`] draws.
pub(super) type BarHits = (Vec<Option<(f64, f64)>>, Vec<Option<Rect>>);

/// [`BarHits`] of series `s` (in bar slot `slot` of `count`) at `positions`.
pub(super) fn bar_hits(
    xy: XyView<'_>,
    s: &SeriesModel,
    slot: usize,
    count: usize,
    plot: &PlotLayout,
    positions: &[usize],
) -> BarHits {
    let color = xy.color(s);
    let hit = |i: usize| {
        let v = s.values.get(i).filter(|v| v.is_finite())?;
        let b = bar_bounds_on(plot, i, slot, count, v, s.right);
        let top = if v >= 0.0 { b.y } else { b.bottom() };
        Some(((b.x + b.w / 2.0, top), Rect { x: b.x, y: b.y, w: b.w, h: b.h, fill: color }))
    };
    positions.iter().map(|&i| hit(i).unzip()).unzip()
}

/// [`BarHits`] of stacked series `s` (index `index` into the chart's series): its segments, hovered
/// at the end away from the pile's base.
pub(super) fn stacked_bar_hits(
    xy: XyView<'_>,
    s: &SeriesModel,
    index: usize,
    stack: &stack::Piles,
    plot: &PlotLayout,
    positions: &[usize],
) -> BarHits {
    let color = xy.color(s);
    let hit = |i: usize| {
        let (base, top) = stack.segment(index, i)?;
        let b = segment_bounds(plot, i, base, top);
        let y = if top >= base { b.y } else { b.bottom() };
        Some(((b.x + b.w / 2.0, y), Rect { x: b.x, y: b.y, w: b.w, h: b.h, fill: color }))
    };
    positions.iter().map(|&i| hit(i).unzip()).unzip()
}

/// Stacked bars: each visible series a segment on its category's pile (see `model::stack`).
pub(super) fn stacked_bars(
    xy: XyView<'_>,
    stack: &stack::Piles,
    plot: &PlotLayout,
    theme: &Theme,
    items: &mut Vec<Item>,
) {
    for (index, s) in xy.visible_series() {
        for i in 0..xy.len {
            let Some((base, top)) = stack.segment(index, i) else { continue };
            let color = bar_colour(xy, s, i, theme);
            bar_rect(color, s.derived, segment_bounds(plot, i, base, top), items);
        }
    }
}

pub(super) fn base_value(plot: &PlotLayout) -> f64 {
    plot.scale.base()
}

pub(super) fn bars(
    xy: XyView<'_>,
    plot: &PlotLayout,
    theme: &crate::model::theme::Theme,
    items: &mut Vec<Item>,
) {
    let count = bar_series(xy).count();
    for (slot, (_, s)) in bar_series(xy).enumerate() {
        for (i, v) in s.values.iter().enumerate().take(xy.len) {
            let Some(v) = v.filter(|v| v.is_finite()) else { continue };
            let color = bar_colour(xy, s, i, theme);
            bar_rect(color, s.derived, bar_bounds_on(plot, i, slot, count, v, s.right), items);
        }
    }
}

/// Limits: bars thinner than half a pixel cannot be told apart, and drawing 100,000 of them stalls
/// the page. Per bar series and pixel column, one bar from the zero line to the column's highest value
/// and one to its lowest (when they differ in sign): the outline of the chart, every peak kept, at
/// most two rects per column and series. Right-axis bars of a combo stand on that axis' zero.
pub(super) fn dense_bars(xy: XyView<'_>, plot: &PlotLayout, theme: &Theme, items: &mut Vec<Item>) {
    let count = bar_series(xy).count();
    let columns = plot.area.w.floor().max(1.0) as usize;
    for (slot, (_, s)) in bar_series(xy).enumerate() {
        let zero = match (&plot.y2, s.right) {
            (Some(axis), true) => clamp(0.0, axis.ticks.min, axis.ticks.max),
            _ => base_value(plot),
        };
        // Per pixel column with values: (left, right, highest, lowest) of its bars, from the
        // positions grouped per column (bar groups sit centred on x_of(i)). Limits: plain
        // comparisons, not `f64::min`/`max`, which the wasm build calls as functions (NaN rules).
        let values = s.values.up_to(xy.len);
        let mut cols: Vec<(f64, f64, f64, f64)> = Vec::with_capacity(columns);
        plot_ranges(plot, xy.len, |_, range| {
            let (mut hi, mut lo) = (f64::NEG_INFINITY, f64::INFINITY);
            for &v in values.get(range.start..range.end.min(values.len())).unwrap_or(&[]) {
                // NaN (a gap) and ±∞ fail both tests, as `is_finite` would.
                if v.is_finite() {
                    hi = if v > hi { v } else { hi };
                    lo = if v < lo { v } else { lo };
                }
            }
            if hi >= lo {
                let (left, _) = plot.bar(range.start, slot, count);
                let (x, w) = plot.bar(range.end - 1, slot, count);
                cols.push((left, x + w, hi, lo));
            }
        });
        let color = dense_colour(xy, s, theme);
        let zero_y = plot.y_on(zero, s.right);
        for (left, right, hi, lo) in cols {
            let w = (right - left).max(1.0);
            for v in [hi.max(zero), lo.min(zero)] {
                if v != zero {
                    let y = plot.y_on(v, s.right);
                    let b = Bounds { x: left, y: y.min(zero_y), w, h: (y - zero_y).abs() };
                    bar_rect(color, s.derived, b, items);
                }
            }
        }
        for &i in &xy.highlight {
            let Some(v) = s.values.get(i).filter(|v| v.is_finite()) else {
                continue;
            };
            let b = bar_bounds_on(plot, i, slot, count, v, s.right);
            bar_rect(xy.color(s), s.derived, Bounds { w: b.w.max(1.0), ..b }, items);
        }
    }
}

/// The colour of a series' merged bars: muted when categories are highlighted (the highlighted ones
/// are drawn again, singly, over the merged bars, so they still stand out).
pub(super) fn dense_colour(xy: XyView<'_>, s: &SeriesModel, theme: &Theme) -> Color {
    // No category has index usize::MAX: the colour of a category that is not highlighted.
    bar_colour(xy, s, usize::MAX, theme)
}

/// Limits: stacked bars with more stacks than pixel columns. Per series and pixel column, one rect
/// from the lowest base to the highest top of its segments in that column (one for the upward pile,
/// one for the downward), drawn from the last series to the first: each series then shows up to
/// the highest point its pile reaches in the column, so every boundary between two bands sits at its
/// column's extreme away from zero and the outline is the column's tallest (and deepest) pile. Every
/// peak of every band is kept, as on a dense stacked area; what merges is the dips between them,
/// which no pixel could show anyway. At most two rects per column and series.
pub(super) fn dense_stacked_bars(
    xy: XyView<'_>,
    stack: &stack::Piles,
    plot: &PlotLayout,
    theme: &Theme,
    items: &mut Vec<Item>,
) {
    /// One pile's (lowest, highest) end in a column.
    type Pile = Option<(f64, f64)>;
    /// A series' segments in one column: (left, right, upward pile, downward pile).
    type Envelope = (f64, f64, Pile, Pile);
    // Per stacked series, its envelope in each column it reaches, in one pass over the positions
    // grouped per column (bars sit centred on x_of(i)), each position's piles summed once.
    let mut envelopes: Vec<Vec<Envelope>> = vec![Vec::new(); stack.count()];
    let mut column: Vec<(Pile, Pile)> = vec![(None, None); stack.count()];
    plot_ranges(plot, xy.len, |_, range| {
        column.fill((None, None));
        for i in range.clone() {
            stack.at(i, |k, base, top| {
                let (up, down) = &mut column[k];
                let pile = if top >= base { up } else { down };
                // Plain comparisons (both ends are finite): `f64::min`/`max` are calls in wasm.
                let (lo, hi) = if top >= base { (base, top) } else { (top, base) };
                *pile = Some(match *pile {
                    None => (lo, hi),
                    Some((l, h)) => (if lo < l { lo } else { l }, if hi > h { hi } else { h }),
                });
            });
        }
        let (left, _) = plot.bar(range.start, 0, 1);
        let (x, w) = plot.bar(range.end - 1, 0, 1);
        for (envelope, &(up, down)) in envelopes.iter_mut().zip(&column) {
            if up.is_some() || down.is_some() {
                envelope.push((left, x + w, up, down));
            }
        }
    });
    for (k, cols) in envelopes.iter().enumerate().rev() {
        let s = &xy.series[stack.series_index(k)];
        let color = dense_colour(xy, s, theme);
        for &(left, right, up, down) in cols {
            for (lo, hi) in [up, down].into_iter().flatten() {
                let (top, bottom) = (plot.y_of(hi), plot.y_of(lo));
                let b = Bounds { x: left, y: top, w: (right - left).max(1.0), h: bottom - top };
                bar_rect(color, s.derived, b, items);
            }
        }
    }
    for &i in &xy.highlight {
        for (index, s) in xy.visible_series() {
            let Some((base, top)) = stack.segment(index, i) else { continue };
            let b = segment_bounds(plot, i, base, top);
            bar_rect(xy.color(s), s.derived, Bounds { w: b.w.max(1.0), ..b }, items);
        }
    }
}
