//! A line's last value at its right end, in the series colour, pushed apart vertically so that two
//! lines ending close together keep readable labels; the plot keeps a margin for them.

use super::context::CellContext;
use super::flow::text;
use super::PlotLayout;
use crate::model::format::format_value;
use crate::model::{XyKind, XyView};
use crate::paint::{Anchor, Baseline, Text};

/// Between a line's last point and its value label.
const END_LABEL_GAP: f64 = 7.0;

/// Lines (and unstacked areas) label their last value at their right end; stacked areas would
/// label piles, not values, and combo charts read values off their two axes.
pub(super) fn has_end_labels(xy: XyView<'_>) -> bool {
    match xy.kind {
        XyKind::Line => true,
        XyKind::Area => !xy.stacked,
        XyKind::Bar | XyKind::Combo => false,
    }
}

/// The right margin that lets the end labels of lines fit: the last point sits at the centre of its
/// band (or at the right edge on a numeric axis), `END_LABEL_GAP` before its label. With `room` px for
/// plot plus margin, a label `label_w` wide must end at `room`:
/// `(room − margin) · k + gap + label_w ≤ room`, where `k` is the last point's fraction of the width.
pub(super) fn end_label_margin(room: f64, label_w: f64, len: usize, numeric_x: bool) -> f64 {
    let k = if numeric_x { 1.0 } else { 1.0 - 0.5 / len.max(1) as f64 };
    (room - (room - END_LABEL_GAP - label_w - 1.0) / k).max(4.0)
}

/// The last value of each line, at its right end, in the series colour; pushed apart vertically so two
/// lines ending close together keep readable labels.
pub(super) fn end_labels(cx: &CellContext, plot: &PlotLayout, texts: &mut Vec<Text>) {
    let (model, xy, m) = (cx.model, cx.xy, cx.m);
    // One line box (1.2 em) plus a pixel, so stacked labels never touch.
    let spacing = (m.value_label.size * 1.2).ceil() + 1.0;
    let mut labels: Vec<Text> = end_values(xy)
        .map(|(series, i, v)| {
            let label = format_value(v, xy.y_unit.as_deref(), model.locale);
            let color = xy.color(&xy.series[series]);
            text(
                plot.x_of(i) + END_LABEL_GAP,
                plot.y_of(v),
                label,
                m.value_label,
                color,
                Anchor::Start,
                Baseline::Middle,
            )
        })
        .collect();
    crate::sort::sort_by(&mut labels, |a, b| a.y.total_cmp(&b.y));
    // Limits: more labels than the plot's height can stack (50 series) would be pushed out over the
    // header; then each is kept only where it does not touch the one above, and none is moved.
    if labels.len() as f64 * spacing > plot.area.h + spacing {
        let mut last = f64::NEG_INFINITY;
        labels.retain(|label| {
            let keep = label.y >= last + spacing;
            if keep {
                last = label.y;
            }
            keep
        });
        texts.extend(labels);
        return;
    }
    for k in 1..labels.len() {
        let min_y = labels[k - 1].y + spacing;
        if labels[k].y < min_y {
            labels[k].y = min_y;
        }
    }
    let overflow = labels.last().map_or(0.0, |l| (l.y - plot.area.bottom()).max(0.0));
    for label in &mut labels {
        label.y -= overflow;
    }
    texts.extend(labels);
}

/// (series, index, value) of each series' last non-gap value.
pub(super) fn end_values(xy: XyView<'_>) -> impl Iterator<Item = (usize, usize, f64)> + '_ {
    xy.visible_series().filter_map(|(j, s)| s.stats.last.map(|(i, v)| (j, i, v)))
}
