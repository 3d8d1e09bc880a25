//! Area charts: a pale fill from each line down to zero (or, stacked, down to the series below),
//! with the line drawn on top in full colour. A gap breaks both the fill and the line, so missing
//! data never look like a slope to zero. Derived series keep their dashed line, and their fill is
//! paler still.

use super::dense::{dense_band, flush, is_dense, Scans};
use super::style::series_stroke;
use crate::decimal::clamp;
use crate::layout::plot_columns::{plot_scan, stack_scans, StackScans};
use crate::layout::stack::Piles;
use crate::layout::{Bounds, PlotLayout};
use crate::model::XyView;
use crate::paint::{Circle, Color, Item, Polygon, Polyline, Stroke};

const FILL_ALPHA: f64 = 0.22;
const DERIVED_FILL_ALPHA: f64 = 0.10;

/// (base, top) of each position of one series; `None` for a gap.
type Span = Vec<Option<(f64, f64)>>;

/// Per visible series: its index and span (base 0 unless stacked: `stack` given).
fn spans(xy: XyView<'_>, stack: Option<&Piles>) -> Vec<(usize, Span)> {
    xy.visible_series()
        .map(|(i, s)| match stack {
            Some(stack) => (i, (0..xy.len).map(|k| stack.segment(i, k)).collect()),
            None => {
                let values = (0..xy.len).map(|k| s.values.get(k).filter(|v| v.is_finite()));
                (i, values.map(|v| v.map(|v| (0.0, v))).collect())
            }
        })
        .collect()
}

/// `stack`: the stack's segments, for a stacked area.
pub fn draw(
    xy: XyView<'_>,
    stack: Option<&Piles>,
    ready: Option<&StackScans>,
    plot: &PlotLayout,
    background: Color,
    items: &mut Vec<Item>,
    scans: &mut Scans,
) {
    let base = clamp(0.0, plot.ticks.min, plot.ticks.max);
    if is_dense(xy.len, plot) {
        return draw_dense(xy, stack, ready, plot, base, items, scans);
    }
    let spans = spans(xy, stack);
    // Fills first, all of them, so no fill ever covers a line.
    for (index, values) in &spans {
        let s = &xy.series[*index];
        let alpha = if s.derived { DERIVED_FILL_ALPHA } else { FILL_ALPHA };
        for run in runs(values) {
            let mut points: Vec<(f64, f64)> =
                run.iter().map(|&(i, (_, top))| (plot.x_of(i), plot.y_of(top))).collect();
            points.extend(run.iter().rev().map(|&(i, (bottom, _))| {
                let bottom = if xy.stacked { bottom } else { base };
                (plot.x_of(i), plot.y_of(bottom))
            }));
            if run.len() > 1 {
                items.push(Item::Polygon(Polygon { points, fill: xy.color(s).with_alpha(alpha) }));
            }
        }
    }
    for (index, values) in &spans {
        let s = &xy.series[*index];
        let stroke = series_stroke(xy, s);
        for run in runs(values) {
            let mut line: Vec<(f64, f64)> =
                run.iter().map(|&(i, (_, top))| (plot.x_of(i), plot.y_of(top))).collect();
            if let [(cx, cy)] = line[..] {
                // A point alone between gaps has no area: a marker keeps it visible.
                let ring = Stroke { color: background, width: 1.0, dash: None };
                items.push(Item::Circle(Circle {
                    cx,
                    cy,
                    r: 3.5,
                    fill: Some(xy.color(s)),
                    stroke: Some(ring),
                }));
            }
            flush(&mut line, plot, stroke, items);
        }
    }
}

/// Limits: an area with more values than pixel columns, drawn from a per-column summary of each
/// boundary (`scene/columns.rs`): its top (the line) and, stacked, its base (the top of the band
/// below). Each boundary keeps every column's first, lowest, highest and last value, so every peak
/// and dip of every band is drawn, and the fill is the polygon between the two decimated boundaries:
/// at most 8 vertices per column and series, whatever the data's length. A run that is a single
/// point (data between two empty columns) becomes a 1-px dash, as on a dense line.
/// `ready`: the stack's summaries, made ahead by a staged render (`scene::prepare`).
fn draw_dense(
    xy: XyView<'_>,
    stack: Option<&Piles>,
    ready: Option<&StackScans>,
    plot: &PlotLayout,
    base: f64,
    items: &mut Vec<Item>,
    scans: &mut Scans,
) {
    let x_of = |i: usize| plot.x_of(i);
    // The segment (base, top) at a position the scans kept (always one with a value): from the
    // stack, or from zero to the value. Limits: summed again for these few positions (at most 8
    // per column and series) rather than stored for all.
    let segment = |index: usize, i: usize| match stack {
        Some(stack) => stack.segment(index, i).unwrap_or((base, base)),
        None => (base, xy.series[index].values.get(i).unwrap_or(base)),
    };
    // Per visible series, the column summaries of its tops and (stacked) bases: one pass over the
    // positions (Limits: nothing copied or stored per position).
    let mut summaries = match stack {
        Some(stack) => {
            let scans = match ready {
                Some(ready) => ready.scans.clone(),
                None => stack_scans(stack, xy.len, plot),
            };
            scans.into_iter().map(|[t, b]| (t, Some(b))).collect()
        }
        None => xy
            .visible_series()
            .map(|(_, s)| {
                let mut scan = plot_scan(plot);
                scan.feed(s.values.up_to(xy.len), x_of, usize::MAX);
                (scan, None)
            })
            .collect::<Vec<_>>(),
    };
    // Per series: its runs of decimated top indices, with the top and base values by index.
    let mut outlines = Vec::new();
    for ((index, s), (top_scan, bottom_scan)) in xy.visible_series().zip(summaries.drain(..)) {
        let top_runs = top_scan.runs();
        // Unstacked, the base is a straight line at zero: its run's two ends are enough. Tops and
        // bases have values at the same positions, so their runs cover the same columns.
        let bottom_runs = bottom_scan.map(|scan| scan.runs()).unwrap_or_default();
        let top_at = |i: usize| segment(index, i).1;
        let alpha = if s.derived { DERIVED_FILL_ALPHA } else { FILL_ALPHA };
        for (k, run) in top_runs.iter().enumerate() {
            let (Some(&first), Some(&last)) = (run.first(), run.last()) else { continue };
            if first == last {
                continue;
            }
            let mut points: Vec<(f64, f64)> =
                run.iter().map(|&i| (x_of(i), plot.y_of(top_at(i)))).collect();
            match bottom_runs.get(k) {
                Some(lower) => points
                    .extend(lower.iter().rev().map(|&i| (x_of(i), plot.y_of(segment(index, i).0)))),
                None => {
                    points.extend([(x_of(last), plot.y_of(base)), (x_of(first), plot.y_of(base))])
                }
            }
            items.push(Item::Polygon(Polygon { points, fill: xy.color(s).with_alpha(alpha) }));
        }
        outlines.push((index, s, top_scan, top_runs));
    }
    // Lines after every fill, so no fill ever covers a line.
    for (index, s, scan, runs) in outlines {
        let stroke = series_stroke(xy, s);
        // A solid line as filled bands, as on a dense line (`dense_band`: far cheaper to paint).
        if stroke.dash.is_none() {
            dense_band(&scan, plot, |v| plot.y_of(v), stroke, items);
        } else {
            dashed_outline(
                runs,
                |i| (x_of(i), plot.y_of(segment(index, i).1)),
                plot,
                stroke,
                items,
            );
        }
        // Hovering reads the outline: each column's highest top.
        scans.push((index, scan));
    }
}

/// A derived (dashed) series' outline along its decimated runs; a run of one point is a 1-px dash.
fn dashed_outline(
    runs: Vec<Vec<usize>>,
    point: impl Fn(usize) -> (f64, f64),
    plot: &PlotLayout,
    stroke: Stroke,
    items: &mut Vec<Item>,
) {
    for run in runs {
        let mut line: Vec<(f64, f64)> = run.iter().map(|&i| point(i)).collect();
        if let [(x, y)] = line[..] {
            items.push(Item::Line(Polyline { points: vec![(x - 0.5, y), (x + 0.5, y)], stroke }));
            continue;
        }
        flush(&mut line, plot, stroke, items);
    }
}

/// Runs of consecutive positions with a value.
fn runs(values: &[Option<(f64, f64)>]) -> Vec<Vec<(usize, (f64, f64))>> {
    let mut out = Vec::new();
    let mut run = Vec::new();
    for (i, v) in values.iter().enumerate() {
        match v {
            Some(v) => run.push((i, *v)),
            None if !run.is_empty() => out.push(std::mem::take(&mut run)),
            None => {}
        }
    }
    if !run.is_empty() {
        out.push(run);
    }
    out
}

/// The legend key of an area series: a pale square with its line along the top.
pub fn key(color: Color, derived: bool, at: Bounds, items: &mut Vec<Item>) {
    let alpha = if derived { DERIVED_FILL_ALPHA } else { FILL_ALPHA } * 1.6;
    items.push(Item::Rect(crate::paint::Rect {
        x: at.x,
        y: at.y,
        w: at.w,
        h: at.h,
        fill: color.with_alpha(alpha),
    }));
    let stroke = Stroke { color, width: 2.0, dash: derived.then_some((3.0, 2.0)) };
    items.push(Item::Line(crate::paint::Polyline {
        points: vec![(at.x, at.y + 1.0), (at.right(), at.y + 1.0)],
        stroke,
    }));
}
