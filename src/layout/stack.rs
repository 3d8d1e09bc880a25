//! Stacked charts in layout: the totals written over each stack. The stacking itself (where each
//! segment sits, the piles' extent) is computed with the model: see `model::stack`.

use super::measure::TextMeasure;
use super::metrics::Metrics;
use super::PlotLayout;
use crate::model::format::format_value;
use crate::model::XyView;
use crate::paint::{Anchor, Baseline, Text};

pub use crate::model::stack::Piles;

/// Each stack's total, above its upward pile (below the downward one when the total is negative),
/// in the text colour: what a reader of a stacked bar most wants and cannot add up by eye. All or
/// none: when one total does not fit its band, or would leave the plot, none is written.
pub fn total_labels(
    model: &crate::model::Model,
    xy: XyView<'_>,
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
    if !xy.stacked {
        return;
    }
    let piles = xy.piles();
    let h = m.value_label.size * 1.2;
    let mut labels = Vec::new();
    for i in 0..xy.len {
        let Some(sum) = xy.total(i) else { continue };
        let (low, high) = piles.ends_at(i);
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
            color: xy.theme().text,
            anchor: Anchor::Middle,
            baseline,
        });
    }
    texts.extend(labels);
}
