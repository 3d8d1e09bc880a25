//! Area charts: a pale fill from each line down to zero (or, stacked, down to the series below),
//! with the line drawn on top in full colour. A gap breaks both the fill and the line, so missing
//! data never look like a slope to zero. Derived series keep their dashed line, and their fill is
//! paler still.

use super::build::{flush, series_stroke};
use super::{Circle, Color, Item, Polygon, Stroke};
use crate::layout::{stack, Bounds, PlotLayout};
use crate::model::XyModel;

const FILL_ALPHA: f64 = 0.22;
const DERIVED_FILL_ALPHA: f64 = 0.10;

/// (base, top) of each position of one series; `None` for a gap.
type Span = Vec<Option<(f64, f64)>>;

/// Per visible series: its index and span (base 0 unless stacked).
fn spans(xy: &XyModel) -> Vec<(usize, Span)> {
    if xy.stacked {
        let segments = stack::segments(xy);
        return xy.visible_series().map(|(i, _)| (i, segments[i].clone())).collect();
    }
    xy.visible_series()
        .map(|(i, s)| {
            let values = (0..xy.len)
                .map(|k| s.values.get(k).copied().flatten().filter(|v| v.is_finite()))
                .map(|v| v.map(|v| (0.0, v)))
                .collect();
            (i, values)
        })
        .collect()
}

pub fn draw(xy: &XyModel, plot: &PlotLayout, background: Color, items: &mut Vec<Item>) {
    let spans = spans(xy);
    let base = 0.0_f64.clamp(plot.ticks.min, plot.ticks.max);
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
                items.push(Item::Polygon(Polygon { points, fill: s.color.with_alpha(alpha) }));
            }
        }
    }
    for (index, values) in &spans {
        let s = &xy.series[*index];
        let stroke = series_stroke(s);
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
                    fill: Some(s.color),
                    stroke: Some(ring),
                }));
            }
            flush(&mut line, plot, stroke, items);
        }
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
    items.push(Item::Rect(super::Rect {
        x: at.x,
        y: at.y,
        w: at.w,
        h: at.h,
        fill: color.with_alpha(alpha),
    }));
    let stroke = Stroke { color, width: 2.0, dash: derived.then_some((3.0, 2.0)) };
    items.push(Item::Line(super::Polyline {
        points: vec![(at.x, at.y + 1.0), (at.right(), at.y + 1.0)],
        stroke,
    }));
}
