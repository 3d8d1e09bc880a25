//! A bar's value written on it: above a bar (below a negative one), all or none, while the bars are
//! few enough to read. Stacked bars carry their totals instead (`stack.rs`), rankings their own
//! labels (`hbar.rs`).

use super::context::CellContext;
use super::flow::text;
use super::PlotLayout;
use crate::model::format::format_value;
use crate::paint::{Anchor, Baseline, Text};

/// The value on top of each bar (below it for negatives), when every label fits its bar.
pub(super) fn bar_labels(cx: &CellContext, plot: &PlotLayout, texts: &mut Vec<Text>) {
    let (model, xy, m, measure) = (cx.model, cx.xy, cx.m, cx.measure);
    let count = xy.visible_series().count();
    let mut labels = Vec::new();
    // Bars sit in slots among the *visible* series, so hiding one closes its gap.
    for (j, (_, s)) in xy.visible_series().enumerate() {
        for (i, v) in s.values.iter().enumerate().take(xy.len) {
            let Some(v) = v.filter(|v| v.is_finite()) else {
                continue;
            };
            let (x, w) = plot.bar(i, j, count);
            let label = format_value(v, xy.y_unit.as_deref(), model.locale);
            // A lone bar's label may use the free band around it; in a group, only its own bar.
            let room = if count == 1 { w + plot.bar_gap(count) - 4.0 } else { w + 2.0 };
            if measure.width(&label, m.value_label) > room {
                return; // one label does not fit: none is drawn, rather than a ragged set
            }
            let (y, baseline) = if v >= 0.0 {
                (plot.y_of(v) - 3.0, Baseline::Bottom)
            } else {
                (plot.y_of(v) + 3.0, Baseline::Top)
            };
            // Limits: a value beyond the axis (past ±1e300) is drawn to the plot's edge, where its
            // label would sit on the header or the x labels: then no label is drawn, as above.
            let h = m.value_label.size * 1.2;
            let (label_top, label_bottom) = if v >= 0.0 { (y - h, y) } else { (y, y + h) };
            if label_top < plot.area.y - 0.5 || label_bottom > plot.area.bottom() + 0.5 {
                return;
            }
            labels.push(text(
                x + w / 2.0,
                y,
                label,
                m.value_label,
                cx.theme.text,
                Anchor::Middle,
                baseline,
            ));
        }
    }
    texts.extend(labels);
}
