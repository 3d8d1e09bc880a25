//! Small multiples: one chart's panels in a grid across the full width, every panel on the same x
//! and y scales (the same ticks everywhere, so heights compare across panels at a glance). Tick
//! labels are written once per row, left of its first panel; the legend is shared, above the grid
//! (under it on phones).

use super::cell::{caption, chart_heading, footnotes, push_plot, NARROW_CELL, TICK_GAP_PX};
use super::context::CellContext;
use super::flow::line_height;
use super::flow::text;
use super::legend::legend;
use super::{Bounds, Layout, PlotLayout, XScale};
use crate::decimal::clamp;
use crate::model::format::AxisFormat;
use crate::model::ticks::{include_zero, Ticks};
use crate::model::y_scale::{self, Domain, ScaleKind, YScale};
use crate::model::XyKind;
use crate::paint::{Anchor, Baseline, Font, Text};

/// Panels narrower than this get fewer columns; phones show one or two.
const MIN_PANEL_W: f64 = 170.0;
const PANEL_GAP: f64 = 18.0;
const MAX_COLUMNS: usize = 4;

pub fn columns(width: f64, panels: usize) -> usize {
    let fit = ((width + PANEL_GAP) / (MIN_PANEL_W + PANEL_GAP)).floor() as usize;
    let cols = fit.clamp(1, MAX_COLUMNS).min(panels.max(1));
    // Balanced rows: the fewest columns that need no more rows (6 panels as 3 + 3, not 4 + 2).
    (1..=cols).find(|&c| panels.div_ceil(c) == panels.div_ceil(cols)).unwrap_or(cols)
}

/// Lays out the small multiples chart of `cx` across its box (the full width, from its top);
/// returns the y below it.
pub fn layout_multiples(cx: &CellContext, out: &mut Layout) -> f64 {
    let (xy, width) = (cx.xy, cx.cell.w);
    let panels = xy.panels.len().max(1);
    let cols = columns(width, panels);
    let (scale, ticks, format) = shared_y_axis(cx);
    let legend_below = width < NARROW_CELL;
    let top = multiples_header(cx, &format, legend_below, out);

    let m = cx.m;
    let tick_labels: Vec<String> = ticks.values.iter().map(|&t| format.tick_label(t)).collect();
    let left =
        tick_labels.iter().map(|l| cx.measure.width(l, m.label)).fold(0.0, f64::max) + TICK_GAP_PX;
    let plot_w = ((width - left - PANEL_GAP * (cols - 1) as f64) / cols as f64).max(20.0);
    let grid = PanelGrid {
        cols,
        rows: panels.div_ceil(cols),
        left,
        plot_w,
        plot_h: (plot_w * 0.62).clamp(110.0, 190.0).round(),
        axis: PlotLayout {
            chart: cx.chart,
            area: Bounds { x: 0.0, y: 0.0, w: 0.0, h: 0.0 },
            ticks,
            scale,
            format,
            x: XScale::Linear { min: 0.0, max: 0.0 },
            annotations: Vec::new(),
            y2: None,
            panel: None,
        },
        tick_labels,
    };
    let bottom = panel_rows(cx, &grid, top, out);
    footnotes(cx, bottom, legend_below, out)
}

/// One y scale for every panel: the data's extent over all of them.
fn shared_y_axis(cx: &CellContext) -> (YScale, Ticks, AxisFormat) {
    let xy = cx.xy;
    let (mut lo, mut hi) = xy.extent().unwrap_or((0.0, 1.0));
    if xy.y_scale == ScaleKind::Log {
        // A log axis has no zero: the data's own range.
    } else if matches!(xy.kind, XyKind::Bar | XyKind::Area) {
        (lo, hi) = include_zero(lo, hi);
    } else if lo > 0.0 && lo <= hi * 0.5 {
        lo = 0.0;
    }
    // The spec's y.scale, y.min and y.max hold for every panel alike.
    let domain = Domain { kind: xy.y_scale, lo, hi, min: xy.y_min, max: xy.y_max };
    let (scale, ticks) = y_scale::fit(domain, 5);
    let locale = cx.model.locale;
    let format = match xy.y_scale {
        ScaleKind::Log => AxisFormat::log(xy.y_unit.as_deref(), locale),
        ScaleKind::Linear => {
            AxisFormat::new(&ticks.values, ticks.step, xy.y_unit.as_deref(), locale)
        }
    };
    (scale, ticks, format)
}

/// Title, subtitle, the shared legend (unless it goes below) and the y-axis caption; returns the
/// top of the first row of panels.
fn multiples_header(
    cx: &CellContext,
    format: &AxisFormat,
    legend_below: bool,
    out: &mut Layout,
) -> f64 {
    let (xy, m, muted) = (cx.xy, cx.m, cx.theme.muted);
    let mut top = chart_heading(cx, out);
    if xy.wants_legend() && !legend_below {
        top = legend(cx, top + m.space.above_legend, out);
    }
    if let Some(c) = caption(cx.model, xy, format) {
        top += m.space.above_caption;
        for line in super::wrap::wrap(&c, m.small, cx.cell.w, cx.measure) {
            out.texts.push(text(0.0, top, line, m.small, muted, Anchor::Start, Baseline::Top));
            top += line_height(m.small, m.leading);
        }
    }
    top + 8.0
}

/// Where the panels go: columns and rows, the left margin of the tick labels, each plot's size, and
/// the shared axis (a plot with the ticks, scale and format every panel copies).
struct PanelGrid {
    cols: usize,
    rows: usize,
    left: f64,
    plot_w: f64,
    plot_h: f64,
    axis: PlotLayout,
    tick_labels: Vec<String>,
}

/// The panels row by row from `top`, each with its title and x labels, the tick labels left of each
/// row's first; returns the y below the last row.
fn panel_rows(cx: &CellContext, grid: &PanelGrid, top: f64, out: &mut Layout) -> f64 {
    let (xy, m, measure, theme) = (cx.xy, cx.m, cx.measure, &cx.theme);
    let title_font = Font { bold: true, ..m.label };
    let title_h = line_height(title_font, 1.3) + 4.0;
    let mut y = top;
    for row in 0..grid.rows {
        let mut row_bottom = y;
        for col in 0..grid.cols {
            let p = row * grid.cols + col;
            if p >= xy.panels.len() {
                break;
            }
            let x = grid.left + col as f64 * (grid.plot_w + PANEL_GAP);
            let title = super::wrap::ellipsize(&xy.panels[p], title_font, grid.plot_w, measure);
            out.texts.push(text(x, y, title, title_font, theme.text, Anchor::Start, Baseline::Top));
            let area = Bounds { x, y: y + title_h, w: grid.plot_w, h: grid.plot_h };
            let plot = panel_plot(cx, grid, area, p);
            if col == 0 {
                for (&t, label) in plot.ticks.values.iter().zip(&grid.tick_labels) {
                    let (tx, ty) = (x - TICK_GAP_PX, plot.y_of(t));
                    let (font, muted) = (m.label, theme.muted);
                    out.texts.push(text(
                        tx,
                        ty,
                        label.clone(),
                        font,
                        muted,
                        Anchor::End,
                        Baseline::Middle,
                    ));
                }
            }
            // x labels stay over their own plot: the first starts at its left edge (left of it, the
            // lowest tick label hangs below the axis), the last ends at its right edge, so a long
            // label ("Mar 2010") never runs into the next panel's first one or off the widget.
            let column = Bounds { x, y: 0.0, w: grid.plot_w.min(cx.cell.w - x), h: 0.0 };
            let labels_h = end_labels_x(cx, &plot, column, &mut out.texts);
            row_bottom = row_bottom.max(area.bottom() + labels_h);
            push_plot(out, plot);
        }
        y = row_bottom + if row + 1 < grid.rows { 14.0 } else { 0.0 };
    }
    y
}

/// Panel `p`'s plot in `area`: the shared axis, its own x scale.
fn panel_plot(cx: &CellContext, grid: &PanelGrid, area: Bounds, p: usize) -> PlotLayout {
    let xy = cx.xy;
    let n = xy.len.max(1);
    let x = if xy.numeric_x() && xy.kind != XyKind::Bar {
        XScale::Linear { min: 0.0, max: xy.len.saturating_sub(1) as f64 }
    } else {
        XScale::Band { n, band: grid.plot_w / n as f64 }
    };
    let axis = &grid.axis;
    PlotLayout {
        chart: cx.chart,
        area,
        ticks: axis.ticks.clone(),
        scale: axis.scale,
        format: axis.format.clone(),
        x,
        annotations: Vec::new(),
        y2: None,
        panel: Some(p),
    }
}

/// A panel's x labels: the first and last category only (the shared axis needs no more, and small
/// panels have no room for more); each kept inside the panel's column. Returns the block's height.
fn end_labels_x(cx: &CellContext, plot: &PlotLayout, column: Bounds, texts: &mut Vec<Text>) -> f64 {
    let (xy, m, measure) = (cx.xy, cx.m, cx.measure);
    let last = xy.len.saturating_sub(1);
    let label = |i: usize| xy.categories.get(i).cloned().unwrap_or_else(|| i.to_string());
    let top = plot.area.bottom() + 6.0;
    let half = (plot.area.w / 2.0 - 4.0).max(10.0);
    let mut ends = vec![0];
    if last > 0 {
        ends.push(last);
    }
    for i in ends {
        let text_ = super::wrap::ellipsize(&label(i), m.label, half, measure);
        let w = measure.width(&text_, m.label);
        let x = clamp(plot.x_of(i), column.x + w / 2.0, (column.right() - w / 2.0).max(column.x));
        texts.push(text(x, top, text_, m.label, cx.theme.muted, Anchor::Middle, Baseline::Top));
    }
    6.0 + line_height(m.label, 1.3)
}

#[cfg(test)]
mod tests {
    use super::columns;

    #[test]
    fn phones_get_one_or_two_columns() {
        assert!(columns(320.0, 6) <= 2);
        assert!(columns(375.0, 6) <= 2);
        assert_eq!(columns(1400.0, 4), 4);
        assert_eq!(columns(1280.0, 6), 3, "3 + 3 rather than 4 + 2");
        assert_eq!(columns(700.0, 4), 2, "2 × 2 rather than 3 + 1");
    }
}
