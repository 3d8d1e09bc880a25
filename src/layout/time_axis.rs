//! The x axis of a `"type": "time"` chart: a line chart places each period at its first day (so
//! uneven years keep their true spacing); a bar chart keeps one band per period. Labels fall on
//! calendar boundaries (`model::time_ticks`), at the finest interval whose labels do not collide.

use super::context::CellContext;
use super::flow::line_height;
use super::flow::text;
use super::metrics::X_LABEL_GAP;
use super::{PlotLayout, XScale};
use crate::decimal::clamp;
use crate::model::time_ticks::{intervals, ticks};
use crate::paint::{Anchor, Baseline, Text};
use crate::spec::time::Period;
use std::sync::Arc;

/// Space kept between two labels, in px.
const LABEL_GAP: f64 = 10.0;
/// Even labels that would fit get at least this much room each: an axis of 16 two-year ticks reads
/// worse than one of 7 five-year ticks (about as dense as the y axis' ticks).
const MIN_PX_PER_TICK: f64 = 55.0;

/// The time scale of a line chart over `periods` (in increasing order).
pub fn scale(periods: &[Period]) -> XScale {
    let at: Arc<[f64]> = periods.iter().map(|p| p.days() as f64).collect();
    let min = at.first().copied().unwrap_or(0.0);
    let max = at.last().copied().unwrap_or(1.0);
    XScale::Time { min, max, at }
}

/// A label ready to draw: centre x (kept inside the cell), text and width.
struct Placed {
    x: f64,
    label: String,
    w: f64,
}

/// Draws the tick labels under the plot; returns the block's height.
pub fn labels(
    cx: &CellContext,
    periods: &[Period],
    plot: &PlotLayout,
    texts: &mut Vec<Text>,
) -> f64 {
    let (model, cell, m, measure) = (cx.model, cx.cell, cx.m, cx.measure);
    let height = X_LABEL_GAP + line_height(m.label, 1.3);
    let (Some(first), Some(last)) = (periods.first(), periods.last()) else { return height };
    let precision = periods.iter().map(|p| p.precision).min().unwrap_or(first.precision);
    let quarters = precision == crate::spec::time::Precision::Quarter;
    let max = (plot.area.w / MIN_PX_PER_TICK) as usize + 1;
    let starts: Vec<i64> = periods.iter().map(Period::days).collect();
    let x_of = |days: i64| -> Option<f64> {
        match plot.x {
            XScale::Time { .. } => plot.x_of_days(days as f64),
            // Bars: the band of the period starting that day, if there is one.
            _ => starts.binary_search(&days).ok().map(|i| plot.x_of(i)),
        }
    };
    let place = |x: f64, label: String| {
        let w = measure.width(&label, m.label);
        let right_limit = (cell.right() - w / 2.0).max(cell.x + w / 2.0);
        Placed { x: clamp(x, cell.x + w / 2.0, right_limit), label, w }
    };
    let mut fallback: Option<Vec<Placed>> = None;
    let mut chosen = None;
    for interval in intervals(precision) {
        let Some(ticks) = ticks(interval, first.days(), last.days(), quarters, model.locale, max)
        else {
            continue;
        };
        let placed: Vec<Placed> =
            ticks.into_iter().filter_map(|t| x_of(t.days).map(|x| place(x, t.label))).collect();
        if placed.is_empty() {
            continue;
        }
        if !collides(&placed) {
            chosen = Some(placed);
            break;
        }
        fallback.get_or_insert(placed);
    }
    // Nothing fits or no tick falls on a period (two mid-year quarters): name the first period.
    let chosen = chosen.or(fallback).unwrap_or_else(|| {
        vec![place(x_of(first.days()).unwrap_or(plot.x_of(0)), first.label(model.locale))]
    });
    let top = plot.area.bottom() + X_LABEL_GAP;
    let mut last_right = f64::NEG_INFINITY;
    for p in chosen {
        // Only reached when even the coarsest interval collides: drop what would touch.
        if p.x - p.w / 2.0 < last_right + LABEL_GAP / 2.0 {
            continue;
        }
        last_right = p.x + p.w / 2.0;
        texts.push(text(p.x, top, p.label, m.label, cx.theme.muted, Anchor::Middle, Baseline::Top));
    }
    height
}

fn collides(placed: &[Placed]) -> bool {
    placed.windows(2).any(|w| w[1].x - w[0].x < (w[0].w + w[1].w) / 2.0 + LABEL_GAP)
}
