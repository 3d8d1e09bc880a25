//! Horizontal bars (rankings): categories down the left, their labels wrapped to a column of at most
//! about 40% of the cell, bars running right from zero (left for negatives), each value written at its
//! bar's end. Rows keep the order given: a ranking's order is the editor's statement. No value axis:
//! the labels carry the numbers, so gridlines would only add ink.

use super::context::CellContext;
use super::flow::line_height;
use super::flow::text;
use super::wrap::wrap_balanced;
use super::{Bounds, Layout, PlotLayout, XScale};
use crate::model::format::{format_values_alike, AxisFormat};
use crate::model::ticks::Ticks;
use crate::model::y_scale::{ScaleKind, YScale};
use crate::paint::{Anchor, Baseline, Font};

const LABEL_GAP: f64 = 8.0;
const VALUE_GAP: f64 = 5.0;
const MAX_LABEL_LINES: usize = 3;

impl PlotLayout {
    /// Horizontal bars: x pixel of a value.
    pub fn value_x(&self, v: f64) -> f64 {
        let (lo, hi) = (self.ticks.min, self.ticks.max);
        let t = if hi > lo { (v - lo) / (hi - lo) } else { 0.0 };
        self.area.x + t.clamp(0.0, 1.0) * self.area.w
    }

    /// Horizontal bars: y pixel of the centre of row `i`.
    pub fn row_y(&self, i: usize) -> f64 {
        match self.x {
            XScale::Band { band, .. } => self.area.y + band * (i as f64 + 0.5),
            XScale::Linear { .. } | XScale::Time { .. } => self.area.y,
        }
    }

    /// Horizontal bars: top and thickness of bar `slot` (of `count`) in row `i`.
    pub fn hbar(&self, i: usize, slot: usize, count: usize) -> (f64, f64) {
        let count = count.max(1) as f64;
        let thick = bar_thickness(count as usize);
        let group = thick * count;
        (self.row_y(i) - group / 2.0 + thick * slot as f64, thick)
    }
}

/// One bar per series in a row, each at least as thick as its value label's line box (12 px type:
/// 14.4 px), so labels of neighbouring bars never touch.
fn bar_thickness(count: usize) -> f64 {
    if count <= 1 {
        18.0
    } else {
        16.0
    }
}

/// Lays out the rows from `top`; returns the plot and the y below it.
pub(super) fn layout(
    cx: &CellContext,
    top: f64,
    ticks: Ticks,
    format: AxisFormat,
    out: &mut Layout,
) -> (PlotLayout, f64) {
    let (xy, cell) = (cx.xy, cx.cell);
    let n = xy.len.max(1);
    let count = xy.visible_series().count().max(1);
    let (lo, hi) = xy.extent().map_or((0.0, 1.0), |(lo, hi)| (lo.min(0.0), hi.max(0.0)));
    let hi = if hi > lo { hi } else { lo + 1.0 };
    let values = ValueLabels::of(cx);
    let rows = RowLabels::of(cx);
    let most_lines = rows.lines.iter().map(Vec::len).max().unwrap_or(1);
    let row_h =
        (bar_thickness(count) * count as f64 + 12.0).max(most_lines as f64 * rows.lh + 8.0).ceil();

    let bars_left = cell.x + rows.column + LABEL_GAP;
    let neg_room = if lo < 0.0 { values.widest(cx, true) + VALUE_GAP } else { 0.0 };
    let area_x = bars_left + neg_room;
    let area = Bounds {
        x: area_x,
        y: top,
        w: (cell.right() - values.widest(cx, false) - VALUE_GAP - area_x).max(20.0),
        h: row_h * n as f64,
    };
    let scale = Ticks { values: Vec::new(), step: ticks.step, min: lo, max: hi };
    let plot = PlotLayout {
        chart: cx.chart,
        area,
        ticks: scale,
        format,
        scale: YScale { kind: ScaleKind::Linear, min: lo, max: hi },
        x: XScale::Band { n, band: row_h },
        annotations: Vec::new(),
        y2: None,
        panel: None,
    };
    rows.push(cx, &plot, out);
    values.push(cx, &plot, count, out);
    let bottom = area.bottom() + 6.0;
    (plot, bottom)
}

/// Every value label of the chart with the same decimals ("75.0" next to "82.5"), per visible
/// series, beside the values they label (NaN for a gap).
struct ValueLabels {
    values: Vec<Vec<f64>>,
    labels: Vec<Vec<String>>,
}

impl ValueLabels {
    fn of(cx: &CellContext) -> ValueLabels {
        let xy = cx.xy;
        let values: Vec<Vec<f64>> = xy
            .visible_series()
            .map(|(_, s)| s.values.iter().take(xy.len).map(|v| v.unwrap_or(f64::NAN)).collect())
            .collect();
        let all: Vec<f64> = values.iter().flatten().copied().collect();
        let mut alike =
            format_values_alike(&all, xy.y_unit.as_deref(), cx.model.locale).into_iter();
        let labels = values
            .iter()
            .map(|s| s.iter().map(|_| alike.next().unwrap_or_default()).collect())
            .collect();
        ValueLabels { values, labels }
    }

    /// The widest label of the negative (or the other) values, in bold: the room beside the bars.
    fn widest(&self, cx: &CellContext, negative: bool) -> f64 {
        let bold = Font { bold: true, ..cx.m.value_label };
        self.values
            .iter()
            .zip(&self.labels)
            .flat_map(|(s, l)| s.iter().zip(l))
            .filter(|(v, _)| v.is_finite() && (**v < 0.0) == negative)
            .map(|(_, label)| cx.measure.width(label, bold))
            .fold(0.0, f64::max)
    }

    /// Each value at its bar's end: right of it, or left of a negative bar.
    fn push(&self, cx: &CellContext, plot: &PlotLayout, count: usize, out: &mut Layout) {
        let (xy, m, theme) = (cx.xy, cx.m, &cx.theme);
        let bold = Font { bold: true, ..m.value_label };
        for (slot, values) in self.values.iter().enumerate() {
            for (i, &v) in values.iter().enumerate() {
                if !v.is_finite() {
                    continue;
                }
                let (y, h) = plot.hbar(i, slot, count);
                // With a highlight, the other rows' values step back (regular weight, muted), as
                // their labels do; without one, every value is bold.
                let (font, colour) = if xy.highlight.is_empty() {
                    (m.value_label, theme.text)
                } else if xy.highlight.contains(&i) {
                    (bold, theme.text)
                } else {
                    (Font { bold: false, ..m.value_label }, theme.muted)
                };
                let (x, anchor) = if v >= 0.0 {
                    (plot.value_x(v) + VALUE_GAP, Anchor::Start)
                } else {
                    (plot.value_x(v) - VALUE_GAP, Anchor::End)
                };
                let label = self.labels[slot][i].clone();
                out.texts.push(text(x, y + h / 2.0, label, font, colour, anchor, Baseline::Middle));
            }
        }
    }
}

/// The category labels down the left: as wide as the widest label, at most 40% of the cell;
/// longer labels wrap.
struct RowLabels {
    column: f64,
    /// Line height.
    lh: f64,
    lines: Vec<Vec<String>>,
}

impl RowLabels {
    fn of(cx: &CellContext) -> RowLabels {
        let (xy, cell, m, measure) = (cx.xy, cx.cell, cx.m, cx.measure);
        let widest_label = (0..xy.len)
            .map(|i| measure.width(&row_label(cx, i), label_font(cx, i)))
            .fold(0.0, f64::max);
        let column = widest_label.min((cell.w * 0.4).floor()).max(m.label.size * 3.0);
        let lh = line_height(m.label, 1.25);
        let lines = (0..xy.len)
            .map(|i| {
                let font = label_font(cx, i);
                // Balanced, so a wrapped label never leaves one lonely character on its last line.
                let mut lines = wrap_balanced(&row_label(cx, i), font, column, measure);
                if lines.len() > MAX_LABEL_LINES {
                    lines.truncate(MAX_LABEL_LINES);
                    if let Some(last) = lines.last_mut() {
                        *last = super::wrap::ellipsize(&format!("{last}…"), font, column, measure);
                    }
                }
                lines
            })
            .collect();
        RowLabels { column, lh, lines }
    }

    /// Each row's label, right-aligned to the column, centred on its row; muted unless highlighted
    /// (or nothing is).
    fn push(self, cx: &CellContext, plot: &PlotLayout, out: &mut Layout) {
        let (xy, theme) = (cx.xy, &cx.theme);
        let (x, lh) = (cx.cell.x + self.column, self.lh);
        for (i, lines) in self.lines.into_iter().enumerate() {
            let font = label_font(cx, i);
            let block = lines.len() as f64 * lh;
            let first = plot.row_y(i) - block / 2.0;
            let colour = if xy.highlight.is_empty() || xy.highlight.contains(&i) {
                theme.text
            } else {
                theme.muted
            };
            for (k, line) in lines.into_iter().enumerate() {
                let y = first + k as f64 * lh + (lh - font.size * 1.2) / 2.0;
                out.texts.push(text(x, y, line, font, colour, Anchor::End, Baseline::Top));
            }
        }
    }
}

fn row_label(cx: &CellContext, i: usize) -> String {
    cx.xy.categories.get(i).cloned().unwrap_or_else(|| i.to_string())
}

/// A highlighted row's label is bold.
fn label_font(cx: &CellContext, i: usize) -> Font {
    let label = cx.m.label;
    if cx.xy.highlight.contains(&i) {
        Font { bold: true, ..label }
    } else {
        label
    }
}
