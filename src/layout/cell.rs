//! One line or bar chart in a grid cell: header (title, subtitle, legend, y-axis caption), plot area
//! with y ticks, x labels, direct value labels, and footnotes. Cells in one row share their header and
//! x-label heights so that plots line up, as on a newspaper page.

use super::context::{CellContext, PageContext};
use super::flow::{line_height, text, Flow};
use super::measure::{is_wide, TextMeasure};
use super::metrics::X_LABEL_GAP;
use super::wrap::{ellipsize, wrap};
use super::{combo, hbar, stack};
use super::{Bounds, Layout, PlotLayout, RightAxis, Swatch, XScale};
use crate::decimal::clamp;
use crate::model::format::{format_value, AxisFormat};
use crate::model::ticks::{include_zero, integer_ticks, Ticks};
use crate::model::y_scale::{self, Domain, ScaleKind, YScale};
use crate::model::{ChartModel, Model, XyKind, XyModel};
use crate::paint::{Anchor, Baseline, Font, Region, RegionKind, Text};
use crate::spec::digits::grouped;
use crate::spec::Mark;

pub(super) const TICK_GAP_PX: f64 = TICK_GAP;
pub const CELL_MIN_WIDTH: f64 = 360.0;
pub const CELL_MIN_WIDTH_TIGHT: f64 = 300.0;
/// Cells narrower than this (phones) put the legend under the plot.
pub const NARROW_CELL: f64 = 480.0;
/// Direct labels on bars only while they stay few enough to read.
const MAX_LABELLED_BARS: usize = 24;
const TICK_GAP: f64 = 6.0;
/// Between a line's last point and its value label.
const END_LABEL_GAP: f64 = 7.0;

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
    plot.annotations =
        super::annotate::place(cx.model, xy, &plot, cx.m, cx.measure, &mut out.texts);
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
    let (left_colour, right_colour) = combo::caption_colours(xy, cx.model.theme.muted);
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
    let (xy, cell, m, theme) = (cx.xy, cx.cell, cx.m, &cx.model.theme);
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
    let (area, m, muted) = (plot.area, cx.m, cx.model.theme.muted);
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

/// Lines (and unstacked areas) label their last value at their right end; stacked areas would
/// label piles, not values, and combo charts read values off their two axes.
fn has_end_labels(xy: &XyModel) -> bool {
    match xy.kind {
        XyKind::Line => true,
        XyKind::Area => !xy.stacked,
        XyKind::Bar | XyKind::Combo => false,
    }
}

/// Footnotes from `top`: the x-axis title, the legend on phones, how derived series were computed,
/// the chart's note. Returns the y below them.
pub(super) fn footnotes(cx: &CellContext, top: f64, legend_below: bool, out: &mut Layout) -> f64 {
    let (model, xy, cell, m, measure) = (cx.model, cx.xy, cx.cell, cx.m, cx.measure);
    let theme = &model.theme;
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

/// The right margin that lets the end labels of lines fit: the last point sits at the centre of its
/// band (or at the right edge on a numeric axis), `END_LABEL_GAP` before its label. With `room` px for
/// plot plus margin, a label `label_w` wide must end at `room`:
/// `(room − margin) · k + gap + label_w ≤ room`, where `k` is the last point's fraction of the width.
fn end_label_margin(room: f64, label_w: f64, len: usize, numeric_x: bool) -> f64 {
    let k = if numeric_x { 1.0 } else { 1.0 - 0.5 / len.max(1) as f64 };
    (room - (room - END_LABEL_GAP - label_w - 1.0) / k).max(4.0)
}

/// The y domain before rounding to nice ticks. Bars always start at zero; lines include zero when the
/// data come close enough to it that leaving it out would exaggerate the change.
fn y_domain(xy: &XyModel, headroom_for_labels: bool) -> (f64, f64) {
    let data_extent = if xy.stacked {
        xy.stacked_extent
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

pub(super) fn caption(model: &Model, xy: &XyModel, format: &AxisFormat) -> Option<String> {
    match (xy.y_label.as_deref(), format.unit_caption()) {
        (Some(label), Some(unit)) => Some((model.words.with_unit)(label, &unit)),
        (Some(label), None) => Some(label.to_string()),
        (None, Some(unit)) => Some((model.words.unit_only)(&unit)),
        (None, None) => None,
    }
}

/// Legend entries flow left to right and wrap; returns the y below the legend.
pub(super) fn legend(cx: &CellContext, y: f64, out: &mut Layout) -> f64 {
    let (model, xy, chart, cell, m, measure) =
        (cx.model, cx.xy, cx.chart, cx.cell, cx.m, cx.measure);
    let (key_gap, entry_gap) = (m.space.key_to_name, m.space.between_legend_entries);
    let row_h = line_height(m.legend, m.leading);
    let (mut x, mut y) = (cell.x, y);
    for (series, s) in xy.series.iter().enumerate() {
        if xy.is_multiples() && xy.series[..series].iter().any(|e| e.name == s.name) {
            continue; // one entry per name: the legend is shared by every panel
        }
        let line_key = s.mark == Mark::Line;
        let swatch_w = if line_key { 18.0 } else { 11.0 };
        let text_w = measure.width(&s.legend, m.legend).min(cell.w - swatch_w - key_gap);
        let entry_w = swatch_w + key_gap + text_w;
        if x > cell.x && x + entry_w > cell.right() {
            x = cell.x;
            y += row_h;
        }
        let at = if line_key {
            Bounds { x, y: y + row_h / 2.0 - 1.5, w: swatch_w, h: 3.0 }
        } else {
            Bounds { x, y: y + (row_h - 11.0) / 2.0, w: 11.0, h: 11.0 }
        };
        out.legend_swatches.push(Swatch { chart, series, at });
        let lines = wrap(&s.legend, m.legend, cell.w - swatch_w - key_gap, measure);
        let extra = lines.len().saturating_sub(1) as f64 * row_h;
        out.regions.push(Region {
            kind: RegionKind::LegendEntry { chart, series },
            x,
            y,
            w: entry_w,
            h: row_h + extra,
        });
        let color = if s.visible { model.theme.text } else { model.theme.muted };
        for (k, line) in lines.into_iter().enumerate() {
            let ty = y + k as f64 * row_h + (row_h - m.legend.size * 1.2) / 2.0;
            let x = x + swatch_w + key_gap;
            out.texts.push(text(x, ty, line, m.legend, color, Anchor::Start, Baseline::Top));
        }
        y += extra;
        x += entry_w + entry_gap;
    }
    y + row_h
}

/// Category (or index) labels under the plot: on one line when they fit, wrapped to at most three
/// lines when that makes them fit, otherwise thinned to every k-th label. Returns the block's height.
pub(super) fn x_labels(cx: &CellContext, plot: &PlotLayout, texts: &mut Vec<Text>) -> f64 {
    let (model, xy, cell, m, measure) = (cx.model, cx.xy, cx.cell, cx.m, cx.measure);
    if let Some(periods) = &xy.time {
        return super::time_axis::labels(cx, periods, plot, texts);
    }
    let lh = line_height(m.label, 1.3);
    let top = plot.area.bottom() + X_LABEL_GAP;
    let color = model.theme.muted;
    // Limits: with many labels (up to 100,000 categories), only a few are measured and copied; see
    // `many_labels`.
    let count = match plot.x {
        XScale::Band { n, .. } if xy.categories.is_empty() => n,
        XScale::Band { .. } => xy.categories.len(),
        XScale::Linear { .. } | XScale::Time { .. } => 0,
    };
    if count > MAX_MEASURED_LABELS {
        return many_labels(cx, plot, texts);
    }
    let labels: Vec<(usize, String)> = match plot.x {
        XScale::Band { n, .. } if xy.categories.is_empty() => {
            (0..n).map(|i| (i, i.to_string())).collect()
        }
        XScale::Band { .. } => xy.categories.iter().cloned().enumerate().collect(),
        XScale::Time { .. } => Vec::new(),
        XScale::Linear { min, max } => {
            let target = ((plot.area.w / 70.0) as usize).max(2);
            integer_ticks(min, max, target)
                .values
                .into_iter()
                .filter(|&v| v >= min && v <= max)
                .map(|v| (v as usize, grouped(v as usize, model.locale)))
                .collect()
        }
    };
    if labels.is_empty() {
        return 0.0;
    }
    let room = match plot.x {
        XScale::Band { band, .. } => band - 6.0,
        XScale::Linear { .. } | XScale::Time { .. } => f64::INFINITY,
    };
    let widest = labels.iter().map(|(_, l)| measure.width(l, m.label)).fold(0.0, f64::max);
    let wrapped = wrapped_to_fit(cx, &labels, widest, room);
    // Limits: labels that neither fit nor wrap are cut with "…" to their band (at least
    // `MIN_CUT_EMS` wide) before thinning, so one very long category does not hide all the others.
    let band = match plot.x {
        XScale::Band { band, .. } => band,
        XScale::Linear { .. } | XScale::Time { .. } => plot.area.w,
    };
    let cut = (band - 10.0).max(MIN_CUT_EMS * m.label.size);
    let widest = if wrapped.is_none() { widest.min(cut) } else { widest };
    let (lines_per_label, step) = match &wrapped {
        Some(all) => (all.iter().map(Vec::len).max().unwrap_or(1), 1),
        None => (1, ((widest + 10.0) / band.max(1.0)).ceil().max(1.0) as usize),
    };
    // Labels are kept inside the cell; one that would then touch the label before it is dropped.
    let mut last_right = f64::NEG_INFINITY;
    for (k, (i, label)) in labels.iter().enumerate() {
        if k % step != 0 {
            continue;
        }
        let lines = match &wrapped {
            Some(all) => all[k].clone(),
            None => vec![ellipsize(label, m.label, cut.min(cell.w), measure)],
        };
        let w = lines.iter().map(|l| measure.width(l, m.label)).fold(0.0, f64::max);
        let right_limit = (cell.right() - w / 2.0).max(cell.x + w / 2.0);
        let cx = clamp(plot.x_of(*i), cell.x + w / 2.0, right_limit);
        if cx - w / 2.0 < last_right + 4.0 {
            continue;
        }
        last_right = cx + w / 2.0;
        // A highlighted category's label is bold, in the text colour, like its bar stands out.
        let (font, color) = if xy.highlight.contains(i) {
            (Font { bold: true, ..m.label }, model.theme.text)
        } else {
            (m.label, color)
        };
        for (row, line) in lines.into_iter().enumerate() {
            let y = top + row as f64 * lh;
            texts.push(text(cx, y, line, font, color, Anchor::Middle, Baseline::Top));
        }
    }
    X_LABEL_GAP + lines_per_label as f64 * lh
}

/// The labels' lines when every label fits `room` on one line, or wrapped to at most three lines
/// that fit; `None` when neither (the labels are then cut and thinned).
fn wrapped_to_fit(
    cx: &CellContext,
    labels: &[(usize, String)],
    widest: f64,
    room: f64,
) -> Option<Vec<Vec<String>>> {
    let (m, measure) = (cx.m, cx.measure);
    if widest <= room {
        return Some(labels.iter().map(|(_, l)| vec![l.clone()]).collect());
    }
    // The cheap test first: wrapping cannot help a label with a word wider than its band
    // (years on a dense axis), and wrapping every label costs many measurements.
    if !labels.iter().all(|(_, l)| words_fit(l, m.label, room, measure)) {
        return None;
    }
    let all: Vec<Vec<String>> =
        labels.iter().map(|(_, l)| wrap(l, m.label, room, measure)).collect();
    let fits = all.iter().all(|lines| {
        lines.len() <= 3 && lines.iter().all(|line| measure.width(line, m.label) <= room)
    });
    fits.then_some(all)
}

/// Whether every run that wrapping should not break — a word or a number, between spaces and wide
/// (CJK) characters — fits `room`. Otherwise wrapping splits it by characters ("195" over "5" for a
/// year on a phone), which reads as two labels; the labels are thinned instead.
fn words_fit(label: &str, font: Font, room: f64, measure: &dyn TextMeasure) -> bool {
    label
        .split(|c: char| c.is_whitespace() || is_wide(c))
        .all(|word| word.is_empty() || measure.width(word, font) <= room)
}

/// Limits: more labels than this are never all measured, copied or wrapped (`many_labels`).
const MAX_MEASURED_LABELS: usize = 200;
/// Category labels that must be cut are cut to their band, but never below this many ems: a full date
/// ("24 May 2000", "2000年1月3日", about 6.5 ems) must survive thinning uncut on a long daily series.
const MIN_CUT_EMS: f64 = 8.0;
/// How many of the labels with the most characters `many_labels` measures to find the widest.
const SAMPLED_LABELS: usize = 24;

/// Band labels when there are too many to measure (hundreds of thousands of categories): one line
/// each, thinned to every k-th, with k from the widest of the `SAMPLED_LABELS` labels having the most
/// characters. A label wider than that estimate is dropped where it would touch its neighbour, as in
/// `x_labels`. Costs O(count) cheap steps and O(plot width) measurements.
fn many_labels(cx: &CellContext, plot: &PlotLayout, texts: &mut Vec<Text>) -> f64 {
    let (model, xy, cell, m, measure) = (cx.model, cx.xy, cx.cell, cx.m, cx.measure);
    let XScale::Band { n, band } = plot.x else { return 0.0 };
    // Numbered bands (no categories) read like a numeric axis, at round steps, with the locale's
    // digits (`spec::digits`): "40,000" in English, "40000" in Chinese.
    let numbered = xy.categories.is_empty();
    let label = |i: usize| -> std::borrow::Cow<'_, str> {
        match xy.categories.get(i) {
            Some(c) => c.as_str().into(),
            None => grouped(i, model.locale).into(),
        }
    };
    let widest = if xy.categories.is_empty() {
        measure.width(&label(n.saturating_sub(1)), m.label)
    } else {
        let mut by_chars: Vec<(usize, usize)> =
            xy.categories.iter().map(|c| c.chars().count()).enumerate().collect();
        let k = SAMPLED_LABELS.min(by_chars.len());
        if k < by_chars.len() {
            by_chars.select_nth_unstable_by(k, |a, b| b.1.cmp(&a.1));
        }
        by_chars[..k].iter().map(|&(i, _)| measure.width(&label(i), m.label)).fold(0.0, f64::max)
    };
    let cut = (band - 10.0).max(MIN_CUT_EMS * m.label.size).min(cell.w);
    let widest = widest.min(cut);
    let step = clamp(((widest + 10.0) / band.max(1e-9)).ceil(), 1.0, n.max(1) as f64) as usize;
    let step = if numbered { round_step(step) } else { step };
    let top = plot.area.bottom() + X_LABEL_GAP;
    let mut last_right = f64::NEG_INFINITY;
    for i in (0..n).step_by(step) {
        let line = ellipsize(&label(i), m.label, cut, measure);
        let w = measure.width(&line, m.label);
        let right_limit = (cell.right() - w / 2.0).max(cell.x + w / 2.0);
        let cx = clamp(plot.x_of(i), cell.x + w / 2.0, right_limit);
        if cx - w / 2.0 < last_right + 4.0 {
            continue;
        }
        last_right = cx + w / 2.0;
        let color = model.theme.muted;
        texts.push(text(cx, top, line, m.label, color, Anchor::Middle, Baseline::Top));
    }
    X_LABEL_GAP + line_height(m.label, 1.3)
}

/// The smallest 1, 2 or 5 × 10ᵏ at least `step`: 0, 20,000, 40,000 … rather than 0, 11,988,
/// 23,976 … on a long axis of numbered bands.
fn round_step(step: usize) -> usize {
    let mut power = 1_usize;
    loop {
        for m in [1, 2, 5] {
            if m * power >= step {
                return m * power;
            }
        }
        power = power.saturating_mul(10);
    }
}

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
                model.theme.text,
                Anchor::Middle,
                baseline,
            ));
        }
    }
    texts.extend(labels);
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
            let color = xy.series[series].color;
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
fn end_values(xy: &XyModel) -> impl Iterator<Item = (usize, usize, f64)> + '_ {
    xy.visible_series().filter_map(|(j, s)| s.stats.last.map(|(i, v)| (j, i, v)))
}
