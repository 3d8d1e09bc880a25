//! Model + width → Scene: runs layout, then turns its boxes into marks (gridlines, bars, lines, points,
//! legend keys) and appends every laid-out text run.

use super::clip::clip_vertical;
use super::prepare::Prepared;
use super::{area, hbar};
use super::{PlotHit, Scene, SeriesHit};
use crate::columns::{hover_positions, ColumnScan};
use crate::layout::plot_columns::{column_positions, plot_ranges, plot_scan};
use crate::layout::{layout, stack, Bounds, PlotLayout, TextMeasure};
use crate::model::theme::Theme;
use crate::model::{ChartModel, Model, SeriesModel, XyKind, XyModel};
use crate::paint::{Circle, Color, Item, Polygon, Polyline, Rect, Region, RegionKind, Stroke};
use crate::spec::Mark;

pub(super) const LINE_WIDTH: f64 = 2.5;
pub(super) const DERIVED_DASH: (f64, f64) = (6.0, 4.0);
/// Derived bars are drawn as a pale fill inside a solid outline: the same hue, visibly "not measured".
const DERIVED_FILL_ALPHA: f64 = 0.28;
/// Beyond this many points, markers would merge into a blur; the line alone reads better.
const MAX_MARKED_POINTS: usize = 30;
/// Limits: a line with more points than this many per pixel column of its plot is decimated
/// (`decimate`), and a bar chart with more bars than this per column is drawn as one bar per column
/// (`dense_bars`), so drawing costs O(plot width) whatever the data's length.
const DENSE_PER_PX: f64 = 2.0;

pub fn build(model: &Model, width: f64, measure: &dyn TextMeasure) -> Scene {
    build_prepared(model, width, measure, &Prepared::default())
}

/// [`build`], taking what a staged render summarised ahead (`scene::prepare`) where it still fits.
pub fn build_prepared(
    model: &Model,
    width: f64,
    measure: &dyn TextMeasure,
    prepared: &Prepared,
) -> Scene {
    let layout = layout(model, width, measure);
    let theme = &model.theme;
    let mut items = Vec::new();
    let mut plots = Vec::new();

    for rule in &layout.rules {
        items.push(Item::Rect(*rule));
    }
    items.extend(layout.marks.iter().cloned());
    for plot in &layout.plots {
        let ChartModel::Xy(full) = &model.charts[plot.chart] else {
            continue;
        };
        // A panel of small multiples draws its own series only.
        let view;
        let xy = match plot.panel {
            Some(p) => {
                view = full.panel_view(p);
                &view
            }
            None => full,
        };
        if xy.horizontal {
            hbar::draw(xy, plot, theme, &mut items);
            plots.push(hbar::hit(xy, plot, theme));
            continue;
        }
        grid(plot, theme.grid, &mut items);
        super::annotate::behind(plot, theme, &mut items);
        // Where each stacked segment sits: computed with the model, for drawing and for hovering.
        let piles = xy.stacked.then(|| stack::Piles::of(xy));
        let stack = piles.as_ref();
        // The column scans a dense line or area was drawn from, kept for its hover positions.
        let mut scans = Scans::new();
        match (xy.kind, stack) {
            (XyKind::Bar, Some(stack)) if is_dense(xy.len, plot) => {
                dense_stacked_bars(xy, stack, plot, theme, &mut items)
            }
            (XyKind::Bar, Some(stack)) => stacked_bars(xy, stack, plot, theme, &mut items),
            (XyKind::Bar | XyKind::Combo, _) if is_dense(xy.len * bar_series(xy).count(), plot) => {
                dense_bars(xy, plot, theme, &mut items);
                lines(xy, plot, theme.background, &mut items, &mut scans);
            }
            (XyKind::Bar, _) => bars(xy, plot, theme, &mut items),
            (XyKind::Line, _) => lines(xy, plot, theme.background, &mut items, &mut scans),
            (XyKind::Area, _) => {
                let ready = prepared.stack_scans(xy, plot);
                area::draw(xy, stack, ready, plot, theme.background, &mut items, &mut scans)
            }
            (XyKind::Combo, _) => {
                bars(xy, plot, theme, &mut items);
                lines(xy, plot, theme.background, &mut items, &mut scans);
            }
        }
        baseline(plot, theme.axis, &mut items);
        super::annotate::over(plot, theme, &mut items);
        let mut hit = plot_hit(xy, stack, plot, scans);
        if let Some(p) = plot.panel {
            // Back to indices into the whole chart's series, which tooltips and the legend use.
            let indices = full.panel_series(p);
            for s in &mut hit.series {
                s.series = indices.get(s.series).copied().unwrap_or(s.series);
            }
        }
        plots.push(hit);
    }
    for swatch in &layout.legend_swatches {
        let ChartModel::Xy(xy) = &model.charts[swatch.chart] else {
            continue;
        };
        legend_key(&xy.series[swatch.series], swatch.at, theme.grid, &mut items);
    }
    items.extend(layout.texts.into_iter().map(Item::Text));

    Scene {
        width: layout.width,
        height: layout.height,
        background: theme.background,
        items,
        regions: layout.regions,
        plots,
    }
}

/// Bar geometry shared by drawing and hit-testing: bars sit in slots among the visible bar series,
/// on either axis of a combo chart (each axis has its own zero).
fn bar_bounds_on(
    plot: &PlotLayout,
    i: usize,
    slot: usize,
    count: usize,
    v: f64,
    right: bool,
) -> Bounds {
    let zero = match (&plot.y2, right) {
        (Some(axis), true) => 0.0_f64.clamp(axis.ticks.min, axis.ticks.max),
        _ => base_value(plot),
    };
    let base_y = plot.y_on(zero, right);
    let (x, w) = plot.bar(i, slot, count);
    let y = plot.y_on(v, right);
    let (top, h) = if y < base_y { (y, base_y - y) } else { (base_y, y - base_y) };
    Bounds { x, y: top, w, h }
}

/// The column scans of a dense plot's series, by index into `xy.series`, as drawing made them.
pub(super) type Scans = Vec<(usize, ColumnScan)>;

/// `scans`: what drawing scanned; the hover positions come from them when every visible series
/// was scanned (Limits: a second pass over a million values spared), else from a pass of their own.
fn plot_hit(
    xy: &XyModel,
    stack: Option<&stack::Piles>,
    plot: &PlotLayout,
    scans: Scans,
) -> PlotHit {
    let bar_count = bar_series(xy).count();
    // Limits: a plot too dense to tell its values apart is hovered per pixel column (`columns`).
    // Otherwise every value is a position (at most twice the plot's width of them).
    let dense = is_dense(xy.len, plot);
    let positions: Vec<usize> =
        if dense { hover_columns(xy, plot, scans) } else { (0..xy.len).collect() };
    let mut bar_slot = 0;
    let series = xy
        .visible_series()
        .map(|(index, s)| {
            let value = |i: usize| s.values.get(i).filter(|v| v.is_finite());
            let segment = |i: usize| stack.and_then(|g| g.segment(index, i));
            // Limits: a line has no rects (`rects` is for bars only; readers use `get`), which
            // saves a 48-byte slot per point on a long line.
            let (points, rects) = match (s.mark, stack.is_some()) {
                (Mark::Bar, true) => positions
                    .iter()
                    .map(|&i| match segment(i) {
                        None => (None, None),
                        Some((base, top)) => {
                            let b = segment_bounds(plot, i, base, top);
                            let rect = Rect { x: b.x, y: b.y, w: b.w, h: b.h, fill: s.color };
                            let y = if top >= base { b.y } else { b.bottom() };
                            (Some((b.x + b.w / 2.0, y)), Some(rect))
                        }
                    })
                    .unzip(),
                (Mark::Bar, false) => {
                    let slot = bar_slot;
                    bar_slot += 1;
                    positions
                        .iter()
                        .map(|&i| match value(i) {
                            None => (None, None),
                            Some(v) => {
                                let b = bar_bounds_on(plot, i, slot, bar_count, v, s.right);
                                let top = if v >= 0.0 { b.y } else { b.bottom() };
                                let rect = Rect { x: b.x, y: b.y, w: b.w, h: b.h, fill: s.color };
                                (Some((b.x + b.w / 2.0, top)), Some(rect))
                            }
                        })
                        .unzip()
                }
                (Mark::Line | Mark::Area, true) => {
                    let points = positions
                        .iter()
                        .map(|&i| segment(i).map(|(_, top)| (plot.x_of(i), plot.y_of(top))))
                        .collect();
                    (points, Vec::new())
                }
                (Mark::Line | Mark::Area, false) => {
                    let points = positions
                        .iter()
                        .map(|&i| value(i).map(|v| (plot.x_of(i), plot.y_on(v, s.right))))
                        .collect();
                    (points, Vec::new())
                }
            };
            SeriesHit { series: index, color: s.color, points, rects }
        })
        .collect();
    PlotHit {
        chart: plot.chart,
        area: plot_region(plot),
        xs: positions.iter().map(|&i| plot.x_of(i)).collect(),
        series,
        bars: bar_count > 0,
        index: if dense { positions } else { Vec::new() },
        horizontal: false,
        panel: plot.panel,
    }
}

/// Hover positions of a dense plot: from the scans drawing made when they cover every visible
/// series, else from a pass over the values (`column_positions`).
fn hover_columns(xy: &XyModel, plot: &PlotLayout, scans: Scans) -> Vec<usize> {
    let ordered: Option<Vec<&ColumnScan>> = xy
        .visible_series()
        .map(|(index, _)| scans.iter().find(|(i, _)| *i == index).map(|(_, scan)| scan))
        .collect();
    match ordered {
        Some(ordered) => hover_positions(&ordered),
        None => column_positions(xy, plot),
    }
}

/// The visible series drawn as bars (all of a bar chart's, a combo chart's bar series).
fn bar_series(xy: &XyModel) -> impl Iterator<Item = (usize, &SeriesModel)> {
    xy.visible_series().filter(|(_, s)| s.mark == Mark::Bar)
}

/// One segment of a stacked bar: the whole group width, from `base` to `top`.
fn segment_bounds(plot: &PlotLayout, i: usize, base: f64, top: f64) -> Bounds {
    let (x, w) = plot.bar(i, 0, 1);
    let (y0, y1) = (plot.y_of(base), plot.y_of(top));
    Bounds { x, y: y0.min(y1), w, h: (y0 - y1).abs() }
}

/// Stacked bars: each visible series a segment on its category's pile (see `model::stack`).
fn stacked_bars(
    xy: &XyModel,
    stack: &stack::Piles,
    plot: &PlotLayout,
    theme: &Theme,
    items: &mut Vec<Item>,
) {
    for (index, s) in xy.visible_series() {
        for i in 0..xy.len {
            let Some((base, top)) = stack.segment(index, i) else { continue };
            let color = hbar::bar_colour(xy, s, i, theme);
            bar_rect(color, s.derived, segment_bounds(plot, i, base, top), items);
        }
    }
}

fn hline(x0: f64, x1: f64, y: f64, color: Color, width: f64) -> Item {
    Item::Line(Polyline {
        points: vec![(x0, y), (x1, y)],
        stroke: Stroke { color, width, dash: None },
    })
}

/// Gridlines at every tick except the zero/bottom line, which `baseline` draws over the marks.
fn grid(plot: &PlotLayout, grid: Color, items: &mut Vec<Item>) {
    let base = base_value(plot);
    for &t in &plot.ticks.values {
        if t != base {
            items.push(hline(plot.area.x, plot.area.right(), plot.y_of(t), grid, 1.0));
        }
    }
}

/// The zero line when zero is in view, else the bottom of the plot: the one strong horizontal.
fn baseline(plot: &PlotLayout, axis: Color, items: &mut Vec<Item>) {
    items.push(hline(plot.area.x, plot.area.right(), plot.y_of(base_value(plot)), axis, 1.0));
}

fn base_value(plot: &PlotLayout) -> f64 {
    plot.scale.base()
}

fn bars(
    xy: &XyModel,
    plot: &PlotLayout,
    theme: &crate::model::theme::Theme,
    items: &mut Vec<Item>,
) {
    let count = bar_series(xy).count();
    for (slot, (_, s)) in bar_series(xy).enumerate() {
        for (i, v) in s.values.iter().enumerate().take(xy.len) {
            let Some(v) = v.filter(|v| v.is_finite()) else { continue };
            let color = hbar::bar_colour(xy, s, i, theme);
            bar_rect(color, s.derived, bar_bounds_on(plot, i, slot, count, v, s.right), items);
        }
    }
}

pub(super) fn is_dense(marks: usize, plot: &PlotLayout) -> bool {
    marks as f64 > DENSE_PER_PX * plot.area.w
}

/// Limits: bars thinner than half a pixel cannot be told apart, and drawing 100,000 of them stalls
/// the page. Per bar series and pixel column, one bar from the zero line to the column's highest value
/// and one to its lowest (when they differ in sign): the outline of the chart, every peak kept, at
/// most two rects per column and series. Right-axis bars of a combo stand on that axis' zero.
fn dense_bars(xy: &XyModel, plot: &PlotLayout, theme: &Theme, items: &mut Vec<Item>) {
    let count = bar_series(xy).count();
    let columns = plot.area.w.floor().max(1.0) as usize;
    for (slot, (_, s)) in bar_series(xy).enumerate() {
        let zero = match (&plot.y2, s.right) {
            (Some(axis), true) => 0.0_f64.clamp(axis.ticks.min, axis.ticks.max),
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
            bar_rect(s.color, s.derived, Bounds { w: b.w.max(1.0), ..b }, items);
        }
    }
}

/// The colour of a series' merged bars: muted when categories are highlighted (the highlighted ones
/// are drawn again, singly, over the merged bars, so they still stand out).
fn dense_colour(xy: &XyModel, s: &SeriesModel, theme: &Theme) -> Color {
    // No category has index usize::MAX: the colour of a category that is not highlighted.
    hbar::bar_colour(xy, s, usize::MAX, theme)
}

/// Limits: stacked bars with more stacks than pixel columns. Per series and pixel column, one rect
/// from the lowest base to the highest top of its segments in that column (one for the upward pile,
/// one for the downward), drawn from the last series to the first: each series then shows up to
/// the highest point its pile reaches in the column, so every boundary between two bands sits at its
/// column's extreme away from zero and the outline is the column's tallest (and deepest) pile. Every
/// peak of every band is kept, as on a dense stacked area; what merges is the dips between them,
/// which no pixel could show anyway. At most two rects per column and series.
fn dense_stacked_bars(
    xy: &XyModel,
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
            bar_rect(s.color, s.derived, Bounds { w: b.w.max(1.0), ..b }, items);
        }
    }
}

/// Limits: the indices of a long line worth drawing, as runs to join (see [`ColumnScan::runs`]): per
/// pixel column and run its first, lowest, highest and last point in their order ("M4"), at most 4
/// per column. `values` as `spec::Values` stores them (NaN for a gap); `x_of` gives a point's x,
/// non-decreasing in i; columns are `columns` 1-px wide from x0.
pub fn decimate(
    values: &[f64],
    x_of: impl Fn(usize) -> f64,
    x0: f64,
    columns: usize,
) -> Vec<Vec<usize>> {
    let mut scan = ColumnScan::new(x0, columns);
    scan.feed(values, x_of, usize::MAX);
    scan.runs()
}

pub(super) fn bar_rect(color: Color, derived: bool, b: Bounds, items: &mut Vec<Item>) {
    let fill = if derived { color.with_alpha(DERIVED_FILL_ALPHA) } else { color };
    items.push(Item::Rect(Rect { x: b.x, y: b.y, w: b.w, h: b.h, fill }));
    if derived {
        let stroke = Stroke { color, width: 1.5, dash: None };
        let (x0, y0, x1, y1) = (b.x + 0.75, b.y + 0.75, b.right() - 0.75, b.bottom() - 0.75);
        items.push(Item::Line(Polyline {
            points: vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)],
            stroke,
        }));
    }
}

pub(super) fn series_stroke(s: &SeriesModel) -> Stroke {
    Stroke { color: s.color, width: LINE_WIDTH, dash: s.derived.then_some(DERIVED_DASH) }
}

/// Each series as polylines broken at gaps, with a marker at every point while points are few and
/// always at a point standing alone between gaps (it would otherwise be invisible).
fn lines(
    xy: &XyModel,
    plot: &PlotLayout,
    background: Color,
    items: &mut Vec<Item>,
    scans: &mut Scans,
) {
    // Small multiples' panels are too small for a marker per point: their lines read better bare.
    let mark_all = xy.len <= MAX_MARKED_POINTS && plot.panel.is_none();
    for (index, s) in xy.visible_series().filter(|(_, s)| s.mark == Mark::Line) {
        let stroke = series_stroke(s);
        let values = s.values.up_to(xy.len);
        if is_dense(values.len(), plot) {
            scans.push((index, dense_line(values, plot, s.right, stroke, items)));
            continue;
        }
        let mut run: Vec<(f64, f64)> = Vec::new();
        let mut markers = Vec::new();
        let values: Vec<Option<f64>> =
            s.values.iter().take(xy.len).map(|v| v.filter(|v| v.is_finite())).collect();
        for (i, v) in values.iter().enumerate() {
            match v {
                Some(v) => {
                    let y = if s.right { plot.y_on(*v, true) } else { plot.y_of_unclamped(*v) };
                    let p = (plot.x_of(i), y);
                    run.push(p);
                    let alone = (i == 0 || values[i - 1].is_none())
                        && values.get(i + 1).is_none_or(|n| n.is_none());
                    let visible = p.1 >= plot.area.y - 0.5 && p.1 <= plot.area.bottom() + 0.5;
                    if (mark_all || alone) && visible {
                        markers.push(p);
                    }
                }
                None => flush(&mut run, plot, stroke, items),
            }
        }
        flush(&mut run, plot, stroke, items);
        for (cx, cy) in markers {
            let (fill, ring) = if s.derived {
                (background, Some(Stroke { color: s.color, width: 1.5, dash: None }))
            } else {
                (s.color, Some(Stroke { color: background, width: 1.0, dash: None }))
            };
            items.push(Item::Circle(Circle { cx, cy, r: 3.5, fill: Some(fill), stroke: ring }));
        }
    }
}

/// Limits: a long series drawn per pixel column, without markers. Solid lines become one filled band
/// per run of columns (see [`dense_band`]); a dashed (derived) line is decimated to each column's
/// first, lowest, highest and last point ("M4"), at most 4 vertices per column. A run that is a
/// single point (data between two empty columns) becomes a 1-px dash, so it still shows.
/// `right`: read against a combo chart's right axis. Returns the column scan it drew from.
fn dense_line(
    values: &[f64],
    plot: &PlotLayout,
    right: bool,
    stroke: Stroke,
    items: &mut Vec<Item>,
) -> ColumnScan {
    let mut scan = plot_scan(plot);
    scan.feed(values, |i| plot.x_of(i), usize::MAX);
    let y_of = |v: f64| if right { plot.y_on(v, true) } else { plot.y_of_unclamped(v) };
    if stroke.dash.is_none() {
        dense_band(&scan, plot, y_of, stroke, items);
        return scan;
    }
    for run in scan.runs() {
        // Runs hold only finite values' indices.
        let y = |i: usize| y_of(values[i]);
        let mut points: Vec<(f64, f64)> = run.iter().map(|&i| (plot.x_of(i), y(i))).collect();
        if let [(x, y)] = points[..] {
            points = vec![(x - 0.5, y), (x + 0.5, y)];
        }
        for points in clip_vertical(&points, plot.area.y, plot.area.bottom()) {
            items.push(Item::Line(Polyline { points, stroke }));
        }
    }
    scan
}

/// A dense solid line as filled bands: at the middle of each pixel column from its highest to its
/// lowest value, half the line width beyond each, joined column to column (so slopes stay smooth,
/// not stepped); a column without data ends a band, and a lone column spans its pixel. It
/// covers exactly what stroking the column's M4 points covers (give or take the joins), but a
/// browser rasterises one filled outline of ~4 vertices per column in well under a millisecond,
/// while a stroke doubling back four times per pixel column took 40–170 ms of software
/// rasterisation in the frame after the call (Chromium, measured). Clamped to the plot's height.
pub(super) fn dense_band(
    scan: &ColumnScan,
    plot: &PlotLayout,
    y_of: impl Fn(f64) -> f64,
    stroke: Stroke,
    items: &mut Vec<Item>,
) {
    let half = stroke.width / 2.0;
    let (top, bottom) = (plot.area.y, plot.area.bottom());
    let clamp = |y: f64| y.clamp(top, bottom);
    let x0 = plot.area.x;
    let mut upper: Vec<(f64, f64)> = Vec::new();
    let mut lower: Vec<(f64, f64)> = Vec::new();
    let mut close = |upper: &mut Vec<(f64, f64)>, lower: &mut Vec<(f64, f64)>| {
        // A lone column would be a zero-width sliver: it spans its column instead.
        if let ([(x, high)], [(_, low)]) = (&upper[..], &lower[..]) {
            let (x, high, low) = (*x, *high, *low);
            *upper = vec![(x - 0.5, high), (x + 0.5, high)];
            *lower = vec![(x - 0.5, low), (x + 0.5, low)];
        }
        if !upper.is_empty() {
            let mut points = std::mem::take(upper);
            points.extend(lower.drain(..).rev());
            items.push(Item::Polygon(Polygon { points, fill: stroke.color }));
        }
    };
    for (col, column) in scan.columns().iter().enumerate() {
        let Some(c) = column else {
            close(&mut upper, &mut lower);
            continue;
        };
        // Higher values are further up (smaller y); a log or reversed scale keeps that order.
        let (a, b) = (y_of(c.max), y_of(c.min));
        let (high, low) = (clamp(a.min(b) - half), clamp(a.max(b) + half));
        upper.push((x0 + col as f64 + 0.5, high));
        lower.push((x0 + col as f64 + 0.5, low));
    }
    close(&mut upper, &mut lower);
}

/// Draws a run of points as a line, clipped to the plot (values beyond a fixed min/max leave it).
pub(super) fn flush(
    run: &mut Vec<(f64, f64)>,
    plot: &PlotLayout,
    stroke: Stroke,
    items: &mut Vec<Item>,
) {
    if run.len() > 1 {
        for points in clip_vertical(run, plot.area.y, plot.area.bottom()) {
            items.push(Item::Line(Polyline { points, stroke }));
        }
    }
    run.clear();
}

/// A hidden series keeps its legend entry (so it can be shown again), greyed out.
fn legend_key(s: &SeriesModel, at: Bounds, hidden: Color, items: &mut Vec<Item>) {
    let color = if s.visible { s.color } else { hidden };
    match s.mark {
        Mark::Line => {
            let y = at.y + at.h / 2.0;
            items.push(Item::Line(Polyline {
                points: vec![(at.x, y), (at.right(), y)],
                stroke: Stroke { color, width: LINE_WIDTH, dash: s.derived.then_some((4.0, 3.0)) },
            }));
        }
        Mark::Bar => bar_rect(color, s.derived, at, items),
        Mark::Area => area::key(color, s.derived, at, items),
    }
}

/// The plot area of a chart as a hit region (hover, keyboard focus, tests).
pub(super) fn plot_region(plot: &PlotLayout) -> Region {
    let a = plot.area;
    Region { kind: RegionKind::Plot { chart: plot.chart }, x: a.x, y: a.y, w: a.w, h: a.h }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::columns::column_of;

    /// Per column: (argmin, argmax) over the finite values, as the reference.
    fn extremes(
        values: &[Option<f64>],
        col: impl Fn(usize) -> usize,
    ) -> Vec<(usize, usize, usize)> {
        let mut out: Vec<(usize, usize, usize)> = Vec::new();
        for (i, v) in values.iter().enumerate() {
            let Some(v) = v else { continue };
            let c = col(i);
            match out.last_mut() {
                Some(last) if last.0 == c => {
                    if *v < values[last.1].unwrap() {
                        last.1 = i;
                    }
                    if *v > values[last.2].unwrap() {
                        last.2 = i;
                    }
                }
                _ => out.push((c, i, i)),
            }
        }
        out
    }

    /// As `spec::Values` stores them: NaN for a gap.
    fn stored(values: &[Option<f64>]) -> Vec<f64> {
        values.iter().map(|v| v.unwrap_or(f64::NAN)).collect()
    }

    fn wave(n: usize) -> Vec<Option<f64>> {
        // Deterministic, noisy, with spikes and some gaps.
        (0..n)
            .map(|i| {
                let x = i as f64;
                if i % 997 == 13 {
                    None
                } else if i % 7919 == 0 {
                    Some(1e6 - x)
                } else {
                    Some((x * 0.013).sin() * 100.0 + ((i * 7919) % 101) as f64)
                }
            })
            .collect()
    }

    #[test]
    fn decimation_keeps_every_columns_min_and_max() {
        let values = wave(200_000);
        let (x0, width, columns) = (50.0, 700.0, 700);
        let x_of = |i: usize| x0 + width * i as f64 / (values.len() - 1) as f64;
        let runs = decimate(&stored(&values), x_of, x0, columns);
        let kept: std::collections::HashSet<usize> = runs.iter().flatten().copied().collect();
        let vertices: usize = runs.iter().map(Vec::len).sum();
        assert!(vertices <= 4 * columns, "{vertices} vertices for {columns} columns");
        for (c, lo, hi) in extremes(&values, |i| column_of(x_of(i), x0, columns)) {
            let (lo_v, hi_v) = (values[lo].unwrap(), values[hi].unwrap());
            let kept_lo = kept
                .iter()
                .any(|&k| column_of(x_of(k), x0, columns) == c && values[k] == Some(lo_v));
            let kept_hi = kept
                .iter()
                .any(|&k| column_of(x_of(k), x0, columns) == c && values[k] == Some(hi_v));
            assert!(kept_lo && kept_hi, "column {c} lost its min or max");
        }
        let finite: Vec<f64> = values.iter().flatten().copied().collect();
        let global_max = finite.iter().copied().fold(f64::MIN, f64::max);
        let global_min = finite.iter().copied().fold(f64::MAX, f64::min);
        assert!(kept.iter().any(|&k| values[k] == Some(global_max)));
        assert!(kept.iter().any(|&k| values[k] == Some(global_min)));
        // Indices stay in order within each run: the line never doubles back.
        assert!(runs.iter().all(|r| r.windows(2).all(|w| w[0] < w[1])));
    }

    #[test]
    fn decimation_breaks_only_at_empty_columns() {
        // 10 columns, 4 points each; columns 3 and 4 are empty, and one lone gap sits in column 7.
        let mut values: Vec<Option<f64>> = (0..40).map(|i| Some(i as f64)).collect();
        for v in &mut values[12..20] {
            *v = None;
        }
        values[29] = None;
        let runs = decimate(&stored(&values), |i| i as f64 / 4.0, 0.0, 10);
        assert_eq!(runs.len(), 2, "{runs:?}");
        assert_eq!(runs[0].first(), Some(&0));
        assert_eq!(runs[0].last(), Some(&11));
        assert_eq!(runs[1].first(), Some(&20));
        assert_eq!(runs[1].last(), Some(&39));
    }

    #[test]
    fn a_lone_point_among_gaps_is_kept() {
        let mut values = vec![None; 1000];
        values[500] = Some(3.0);
        let runs = decimate(&stored(&values), |i| i as f64 / 10.0, 0.0, 100);
        assert_eq!(runs, vec![vec![500]]);
    }
}
