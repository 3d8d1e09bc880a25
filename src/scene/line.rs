//! Lines: a polyline per run of values between gaps (dashed when derived), a marker per point while
//! they are few, and a decimated line or a band per pixel column when they are many.

use super::clip::clip_vertical;
use super::dense::{dense_band, flush, is_dense, Scans};
use super::style::series_stroke;
use crate::columns::ColumnScan;
use crate::layout::plot_columns::plot_scan;
use crate::layout::{stack, PlotLayout};
use crate::model::{SeriesModel, XyView};
use crate::paint::{Circle, Color, Item, Polyline, Stroke};
use crate::spec::Mark;

/// Beyond this many points, markers would merge into a blur; the line alone reads better.
pub(super) const MAX_MARKED_POINTS: usize = 30;

/// Where a line (or an area's outline) of series `s` (index `index` into the chart's series) is
/// hovered at `positions`: its point, on the top of its pile when stacked; `None` for a gap.
/// Limits: no rects (a line has none), which saves a 48-byte slot per point on a long line.
pub(super) fn line_hit_points(
    s: &SeriesModel,
    index: usize,
    stack: Option<&stack::Piles>,
    plot: &PlotLayout,
    positions: &[usize],
) -> Vec<Option<(f64, f64)>> {
    let point = |i: usize| match stack {
        Some(stack) => stack.segment(index, i).map(|(_, top)| (plot.x_of(i), plot.y_of(top))),
        None => {
            s.values.get(i).filter(|v| v.is_finite()).map(|v| (plot.x_of(i), plot.y_on(v, s.right)))
        }
    };
    positions.iter().map(|&i| point(i)).collect()
}

/// Each series as polylines broken at gaps, with a marker at every point while points are few and
/// always at a point standing alone between gaps (it would otherwise be invisible).
pub(super) fn lines(
    xy: XyView<'_>,
    plot: &PlotLayout,
    background: Color,
    items: &mut Vec<Item>,
    scans: &mut Scans,
) {
    // Small multiples' panels are too small for a marker per point: their lines read better bare.
    let mark_all = xy.len <= MAX_MARKED_POINTS && plot.panel.is_none();
    for (index, s) in xy.visible_series().filter(|(_, s)| s.mark == Mark::Line) {
        let stroke = series_stroke(xy, s);
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
                (background, Some(Stroke { color: xy.color(s), width: 1.5, dash: None }))
            } else {
                (xy.color(s), Some(Stroke { color: background, width: 1.0, dash: None }))
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
pub(super) fn dense_line(
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
