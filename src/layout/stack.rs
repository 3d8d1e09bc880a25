//! Stacking: where each series' segment sits in a stacked bar or area chart.
//!
//! Per category, visible series stack in legend order: positive values upward from zero, negative
//! values downward from zero, each on its own pile, so a negative segment never hides a positive
//! one. A gap contributes nothing (the series above rests on what is below it). Hidden series take
//! no room. Used by layout (the y domain), the scene (the marks) and hit-testing.

use super::measure::TextMeasure;
use super::metrics::Metrics;
use super::PlotLayout;
use crate::model::format::format_value;
use crate::model::XyModel;
use crate::scene::{Anchor, Baseline, Text};

/// Per series (indexed like `xy.series`), per position: the segment's (base, top) values; `None`
/// for a gap, a hidden series or a non-finite value.
pub type Segments = Vec<Vec<Option<(f64, f64)>>>;

pub fn segments(xy: &XyModel) -> Segments {
    let mut up = vec![0.0_f64; xy.len];
    let mut down = vec![0.0_f64; xy.len];
    xy.series
        .iter()
        .map(|s| {
            (0..xy.len)
                .map(|i| {
                    let v = s.values.get(i).filter(|v| v.is_finite());
                    match v {
                        Some(v) if s.visible => {
                            let pile = if v >= 0.0 { &mut up[i] } else { &mut down[i] };
                            let base = *pile;
                            // Limits: ±1e308 values would sum to ∞; clamping keeps every end finite.
                            *pile = (base + v).clamp(f64::MIN, f64::MAX);
                            Some((base, *pile))
                        }
                        _ => None,
                    }
                })
                .collect()
        })
        .collect()
}

/// The sum of the visible values at position `i` (what a stack's tooltip calls the total).
pub fn total(xy: &XyModel, i: usize) -> Option<f64> {
    let values: Vec<f64> = xy
        .visible_series()
        .filter_map(|(_, s)| s.values.get(i).filter(|v| v.is_finite()))
        .collect();
    (!values.is_empty()).then(|| values.iter().sum::<f64>().clamp(f64::MIN, f64::MAX))
}

/// Each stack's total, above its upward pile (below the downward one when the total is negative),
/// in the text colour: what a reader of a stacked bar most wants and cannot add up by eye. All or
/// none: when one total does not fit its band, or would leave the plot, none is written.
pub fn total_labels(
    model: &crate::model::Model,
    xy: &XyModel,
    plot: &PlotLayout,
    m: &Metrics,
    measure: &dyn TextMeasure,
    texts: &mut Vec<Text>,
) {
    let (_, bar_w) = plot.bar(0, 0, 1);
    let room = bar_w + plot.bar_gap(1) - 4.0;
    // Limits: bars too narrow for even one digit carry no totals; say so before stacking them all.
    if room < measure.width("0", m.value_label) {
        return;
    }
    let segments = segments(xy);
    let h = m.value_label.size * 1.2;
    let mut labels = Vec::new();
    for i in 0..xy.len {
        let Some(sum) = total(xy, i) else { continue };
        let ends = segments.iter().filter_map(|s| s.get(i).copied().flatten());
        let (low, high) =
            ends.fold((0.0_f64, 0.0_f64), |(lo, hi), (a, b)| (lo.min(a.min(b)), hi.max(a.max(b))));
        let label = format_value(sum, xy.y_unit.as_deref(), model.locale);
        if measure.width(&label, m.value_label) > room {
            return;
        }
        let (x, _) = plot.bar(i, 0, 1);
        let (y, baseline, top) = if sum >= 0.0 {
            let y = plot.y_of(high) - 3.0;
            (y, Baseline::Bottom, y - h)
        } else {
            let y = plot.y_of(low) + 3.0;
            (y, Baseline::Top, y)
        };
        if top < plot.area.y - 0.5 || top + h > plot.area.bottom() + 0.5 {
            return;
        }
        labels.push(Text {
            x: x + bar_w / 2.0,
            y,
            text: label,
            font: m.value_label,
            color: model.theme.text,
            anchor: Anchor::Middle,
            baseline,
        });
    }
    texts.extend(labels);
}
