//! One line or bar chart in a grid cell: header (title, subtitle, legend, y-axis caption), plot area
//! with y ticks, x labels (`x_labels.rs`), direct value labels (`bar_labels.rs` on bars,
//! `end_labels.rs` at the ends of lines, `stack.rs` over stacks), and footnotes. Cells in one row
//! share their header and x-label heights so that plots line up, as on a newspaper page.

use super::bar_labels::bar_labels;
use super::context::{CellContext, PageContext};
use super::end_labels::{end_label_margin, end_labels, end_values, has_end_labels};
use super::flow::{line_height, text, Flow};
use super::legend::legend;
use super::wrap::wrap;
use super::x_labels::x_labels;
use super::{combo, hbar, stack};
use super::{Bounds, Layout, PlotLayout, RightAxis, XScale};
use crate::model::format::{format_value, AxisFormat};
use crate::model::ticks::{include_zero, Ticks};
use crate::model::y_scale::{self, Domain, ScaleKind, YScale};
use crate::model::{ChartModel, Model, XyKind, XyView};
use crate::paint::{Anchor, Baseline, Region, RegionKind};

pub(super) const TICK_GAP_PX: f64 = TICK_GAP;
pub const CELL_MIN_WIDTH: f64 = 360.0;
pub const CELL_MIN_WIDTH_TIGHT: f64 = 300.0;
/// Cells narrower than this (phones) put the legend under the plot.
pub const NARROW_CELL: f64 = 480.0;
/// Direct labels on bars only while they stay few enough to read.
const MAX_LABELLED_BARS: usize = 24;
const TICK_GAP: f64 = 6.0;

#[derive(Debug, Clone, Copy, Default)]
struct Heights {
    header: f64,
    x_labels: f64,
}

/// Lays out one row of a grid of `cols` columns from `y`; returns the y below the row. A last row
/// with fewer charts keeps the grid's cell width (left-aligned) rather than stretching.
pub fn layout_row(page: &PageContext, row: &[usize], cols: usize, y: f64, out: &mut Layout) -> f64 {
    let (m, width) = (page.m, page.width);
    let n = cols.max(1) as f64;
    let cell_w = (width - m.gutter * (n - 1.0)) / n;
    let x_of = |k: usize| k as f64 * (cell_w + m.gutter);
    let cell_of = |k: usize, chart: usize, y: f64| match &page.model.charts[chart] {
        ChartModel::Xy(xy) => {
            Some(page.cell(xy, chart, Bounds { x: x_of(k), y, w: cell_w, h: 0.0 }))
        }
        _ => None,
    };

    // Pass 1 measures each cell's natural heights; pass 2 lays them out with the row's maxima.
    let mut shared = Heights::default();
    for (k, &chart) in row.iter().enumerate() {
        let Some(cx) = cell_of(k, chart, 0.0) else { continue };
        let (natural, _) = layout_cell(&cx, None, &mut Layout::empty(width));
        shared.header = shared.header.max(natural.header);
        shared.x_labels = shared.x_labels.max(natural.x_labels);
    }
    let mut bottom = y;
    for (k, &chart) in row.iter().enumerate() {
        let Some(cx) = cell_of(k, chart, y) else { continue };
        let (_, cell_bottom) = layout_cell(&cx, Some(shared), out);
        bottom = bottom.max(cell_bottom);
    }
    bottom
}

pub fn plot_height(cell_w: f64) -> f64 {
    (cell_w * 0.5).clamp(180.0, 300.0).round()
}

/// A cell's value axes: the left (or only) one, and a combo chart's right one.
struct YAxes {
    scale: YScale,
    ticks: Ticks,
    format: AxisFormat,
    right: Option<RightAxis>,
}

fn layout_cell(cx: &CellContext, shared: Option<Heights>, out: &mut Layout) -> (Heights, f64) {
    let (xy, cell) = (cx.xy, cx.cell);
    let plot_h = plot_height(cell.w);
    let labelled_bars = xy.kind == XyKind::Bar
        && !xy.horizontal
        && xy.len * if xy.stacked { 1 } else { xy.visible_series().count() } <= MAX_LABELLED_BARS;
    // The y scale first: the caption in the header depends on the unit's magnitude.
    let axes = y_axes(cx, plot_h, labelled_bars);
    // On a phone the legend goes under the plot, next to the notes, so the chart itself starts
    // higher on the small screen; wider cells keep it above, where the eye starts.
    let legend_below = cell.w < NARROW_CELL;
    let natural_header = header(cx, &axes, legend_below, shared, out);
    let header = shared.map_or(natural_header, |s| s.header);
    let top = cell.y + header;

    if xy.horizontal {
        let (plot, bottom) = hbar::layout(cx, top, axes.ticks, axes.format, out);
        let bottom = footnotes(cx, bottom, legend_below, out);
        push_plot(out, plot);
        return (Heights { header: natural_header, x_labels: 0.0 }, bottom);
    }

    let (mut plot, tick_labels) = plot_layout(cx, axes, top, plot_h);
    push_tick_labels(cx, &plot, tick_labels, out);
    let natural_x_labels = x_labels(cx, &plot, &mut out.texts);
    let x_labels_h = shared.map_or(natural_x_labels, |s| s.x_labels);
    if labelled_bars && xy.stacked {
        stack::total_labels(cx.model, xy, &plot, cx.m, cx.measure, &mut out.texts);
    } else if labelled_bars {
        bar_labels(cx, &plot, &mut out.texts);
    } else if has_end_labels(xy) {
        end_labels(cx, &plot, &mut out.texts);
    }
    plot.annotations = super::annotate::place(xy, &plot, cx.m, cx.measure, &mut out.texts);
    let bottom = footnotes(cx, plot.area.bottom() + x_labels_h, legend_below, out);
    push_plot(out, plot);
    (Heights { header: natural_header, x_labels: natural_x_labels }, bottom)
}

/// The plot's hit region, then the plot itself.
pub(super) fn push_plot(out: &mut Layout, plot: PlotLayout) {
    let area = plot.area;
    out.regions.push(Region {
        kind: RegionKind::Plot { chart: plot.chart },
        x: area.x,
        y: area.y,
        w: area.w,
        h: area.h,
    });
    out.plots.push(plot);
}

fn y_axes(cx: &CellContext, plot_h: f64, labelled_bars: bool) -> YAxes {
    let (model, xy) = (cx.model, cx.xy);
    let (lo, hi) = y_domain(xy, labelled_bars);
    let target = ((plot_h / 45.0).round() as usize).clamp(3, 6);
    let domain = Domain { kind: xy.y_scale, lo, hi, min: xy.y_min, max: xy.y_max };
    let (scale, ticks) = y_scale::fit(domain, target);
    let format = match xy.y_scale {
        ScaleKind::Log => AxisFormat::log(xy.y_unit.as_deref(), model.locale),
        ScaleKind::Linear => {
            AxisFormat::new(&ticks.values, ticks.step, xy.y_unit.as_deref(), model.locale)
        }
    };
    let right = (xy.kind == XyKind::Combo && combo::has_right_axis(xy))
        .then(|| combo::right_axis(model, xy, &ticks));
    YAxes { scale, ticks, format, right }
}

/// Title, subtitle, legend (unless it goes below) and the y-axis captions, bottom-aligned to the
/// header's height (the row's tallest when `shared`). Returns the header's natural height.
fn header(
    cx: &CellContext,
    axes: &YAxes,
    legend_below: bool,
    shared: Option<Heights>,
    out: &mut Layout,
) -> f64 {
    let (xy, cell, m) = (cx.xy, cx.cell, cx.m);
    let mut y = chart_heading(cx, out);
    if xy.wants_legend() && !legend_below {
        y = legend(cx, y + m.space.above_legend, out);
    }
    // The y-axis caption sits right above the plot, so captions of a row line up with the plots
    // even when one chart has a legend and its neighbour does not.
    let (caption_lines, right_lines) = caption_lines(cx, axes);
    let caption_rows = caption_lines.len().max(right_lines.len());
    let caption_h = caption_rows as f64 * line_height(m.small, m.leading);
    if !caption_lines.is_empty() {
        y += m.space.above_caption + caption_h;
    }
    y += m.space.above_plot;
    let natural_header = y - cell.y;
    let header = shared.map_or(natural_header, |s| s.header);
    let caption_top = cell.y + header - m.space.above_plot - caption_h;
    let (left_colour, right_colour) = combo::caption_colours(xy, cx.theme.muted);
    let sides = [
        (caption_lines, cell.x, left_colour, Anchor::Start),
        (right_lines, cell.right(), right_colour, Anchor::End),
    ];
    for (lines, x, colour, anchor) in sides {
        for (k, line) in lines.into_iter().enumerate() {
            let ty = caption_top + k as f64 * line_height(m.small, m.leading);
            out.texts.push(text(x, ty, line, m.small, colour, anchor, Baseline::Top));
        }
    }
    natural_header
}

/// A chart's title and subtitle from the top of its box; returns the y below them.
pub(super) fn chart_heading(cx: &CellContext, out: &mut Layout) -> f64 {
    let (xy, cell, m, theme) = (cx.xy, cx.cell, cx.m, &cx.theme);
    let mut flow = Flow::new(cell.x, cell.y, cell.w, 1.35, cx.measure, &mut out.texts);
    if let Some(title) = &xy.title {
        flow.heading(title, m.chart_title, theme.text);
    }
    flow.leading = m.leading;
    if let Some(subtitle) = &xy.subtitle {
        flow.paragraph(subtitle, m.chart_subtitle, theme.muted);
    }
    flow.y
}

/// The left and right y-axis captions, wrapped: two captions share the line when they fit side by
/// side, else each keeps its half.
fn caption_lines(cx: &CellContext, axes: &YAxes) -> (Vec<String>, Vec<String>) {
    let (model, xy, cell, m, measure) = (cx.model, cx.xy, cx.cell, cx.m, cx.measure);
    let right_caption =
        axes.right.as_ref().and_then(|axis| combo::right_caption(model, xy, &axis.format));
    let Some(right) = right_caption else {
        let left = caption(model, xy, &axes.format);
        return (left.map(|c| wrap(&c, m.small, cell.w, measure)).unwrap_or_default(), Vec::new());
    };
    let left = caption(model, xy, &axes.format).unwrap_or_default();
    let gap = m.space.between_captions;
    let fits = measure.width(&left, m.small) + measure.width(&right, m.small) + gap <= cell.w;
    let half = if fits { cell.w } else { (cell.w - gap) / 2.0 };
    let wrapped = |t: &str| if t.is_empty() { Vec::new() } else { wrap(t, m.small, half, measure) };
    (wrapped(&left), wrapped(&right))
}

/// The tick labels of the left and right axes, as text to place.
struct TickLabels {
    left: Vec<String>,
    right: Vec<String>,
}

/// The plot area from `top` (left margin from the widest tick label, right margin for the right
/// axis or the lines' end labels) and its x scale; with the tick labels it measured.
fn plot_layout(cx: &CellContext, axes: YAxes, top: f64, plot_h: f64) -> (PlotLayout, TickLabels) {
    let (model, xy, cell, m, measure) = (cx.model, cx.xy, cx.cell, cx.m, cx.measure);
    let YAxes { scale, ticks, format, right: y2 } = axes;
    let tick_labels: Vec<String> = ticks.values.iter().map(|&t| format.tick_label(t)).collect();
    let left = tick_labels.iter().map(|l| measure.width(l, m.label)).fold(0.0, f64::max) + TICK_GAP;
    let right_tick_labels: Vec<String> = y2
        .as_ref()
        .map(|a| a.ticks.values.iter().map(|&t| a.format.tick_label(t)).collect())
        .unwrap_or_default();
    let right = if !right_tick_labels.is_empty() {
        right_tick_labels.iter().map(|l| measure.width(l, m.label)).fold(0.0, f64::max) + TICK_GAP
    } else if has_end_labels(xy) {
        let widest = end_values(xy)
            .map(|(_, _, v)| {
                measure.width(&format_value(v, xy.y_unit.as_deref(), model.locale), m.value_label)
            })
            .fold(0.0, f64::max);
        end_label_margin(cell.w - left, widest, xy.len, xy.numeric_x() || xy.time.is_some())
    } else {
        0.0
    };
    let area = Bounds { x: cell.x + left, y: top, w: (cell.w - left - right).max(20.0), h: plot_h };
    let x = if let (Some(periods), XyKind::Line | XyKind::Area) = (&xy.time, xy.kind) {
        super::time_axis::scale(periods)
    } else if xy.numeric_x() && matches!(xy.kind, XyKind::Line | XyKind::Area) {
        XScale::Linear { min: 0.0, max: xy.len.saturating_sub(1) as f64 }
    } else {
        XScale::Band { n: xy.len.max(1), band: area.w / xy.len.max(1) as f64 }
    };
    let chart = cx.chart;
    let plot = PlotLayout {
        chart,
        area,
        ticks,
        scale,
        format,
        x,
        annotations: Vec::new(),
        y2,
        panel: None,
    };
    (plot, TickLabels { left: tick_labels, right: right_tick_labels })
}

/// The y tick labels beside the plot: left of it, and right of it for a combo chart's right axis.
fn push_tick_labels(cx: &CellContext, plot: &PlotLayout, labels: TickLabels, out: &mut Layout) {
    let (area, m, muted) = (plot.area, cx.m, cx.theme.muted);
    for (&t, label) in plot.ticks.values.iter().zip(labels.left) {
        let y = plot.y_of(t);
        out.texts.push(text(
            area.x - TICK_GAP,
            y,
            label,
            m.label,
            muted,
            Anchor::End,
            Baseline::Middle,
        ));
    }
    if let Some(axis) = &plot.y2 {
        for (&t, label) in axis.ticks.values.iter().zip(labels.right) {
            let (x, y) = (area.right() + TICK_GAP, plot.y_on(t, true));
            out.texts.push(text(x, y, label, m.label, muted, Anchor::Start, Baseline::Middle));
        }
    }
}

/// Footnotes from `top`: the x-axis title, the legend on phones, how derived series were computed,
/// the chart's note. Returns the y below them.
pub(super) fn footnotes(cx: &CellContext, top: f64, legend_below: bool, out: &mut Layout) -> f64 {
    let (model, xy, cell, m, measure) = (cx.model, cx.xy, cx.cell, cx.m, cx.measure);
    let theme = cx.theme;
    let mut flow = Flow::new(cell.x, top, cell.w, m.leading, measure, &mut out.texts);
    if let Some(label) = &xy.x_label {
        flow.gap(m.space.above_x_title);
        flow.paragraph(label, m.small, theme.muted);
    }
    flow.gap(m.space.above_footnotes);
    if xy.wants_legend() && legend_below {
        let top = flow.y;
        let below = legend(cx, top, out);
        let top = below + m.space.below_legend;
        flow = Flow::new(cell.x, top, cell.w, m.leading, measure, &mut out.texts);
    }
    for series in xy.series.iter().filter(|s| s.derived) {
        if let Some(note) = &series.note {
            flow.prefixed(model.words.derived_note_prefix, note, m.small, theme.muted);
        }
    }
    if let Some(note) = &xy.note {
        flow.prefixed(model.words.note_prefix, note, m.small, theme.muted);
    }
    flow.y
}

/// The y domain before rounding to nice ticks. Bars always start at zero; lines include zero when the
/// data come close enough to it that leaving it out would exaggerate the change.
fn y_domain(xy: XyView<'_>, headroom_for_labels: bool) -> (f64, f64) {
    let data_extent = if xy.stacked {
        xy.stacked_extent()
    } else if xy.kind == XyKind::Combo {
        combo::side_extent(xy, false)
    } else {
        xy.extent()
    };
    let extent = crate::model::annotate::widen(data_extent, &xy.annotations);
    let (mut lo, mut hi) = extent.unwrap_or((0.0, 1.0));
    if xy.y_scale == ScaleKind::Log {
        return (lo, hi);
    }
    // Bars stand on zero and areas fill down to it: both must show it.
    let zero_based = match xy.kind {
        XyKind::Bar | XyKind::Area => true,
        XyKind::Combo => combo::side_has_bars(xy, false) || !combo::has_right_axis(xy),
        XyKind::Line => false,
    };
    match zero_based {
        true => {
            (lo, hi) = include_zero(lo, hi);
            if headroom_for_labels {
                // Limits: hi − lo overflows to ∞ for ±1e308; 12% of each end does not, and the sums
                // are kept finite (the ticks then clamp the domain to ±1e300).
                let pad = hi * 0.12 - lo * 0.12;
                if hi > 0.0 {
                    hi = (hi + pad).min(f64::MAX);
                }
                if lo < 0.0 {
                    lo = (lo - pad).max(f64::MIN);
                }
            }
        }
        false => {
            if lo > 0.0 && lo <= hi * 0.5 {
                lo = 0.0;
            } else if hi < 0.0 && hi >= lo * 0.5 {
                hi = 0.0;
            }
        }
    }
    (lo, hi)
}

pub(super) fn caption(model: &Model, xy: XyView<'_>, format: &AxisFormat) -> Option<String> {
    match (xy.y_label.as_deref(), format.unit_caption()) {
        (Some(label), Some(unit)) => Some((model.words.with_unit)(label, &unit)),
        (Some(label), None) => Some(label.to_string()),
        (None, Some(unit)) => Some((model.words.unit_only)(&unit)),
        (None, None) => None,
    }
}
