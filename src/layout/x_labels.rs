//! The x axis's labels under a plot: categories on one line when they fit, wrapped to at most three
//! lines when that makes them fit, otherwise thinned to every k-th label; many (numbered) bands at
//! round steps; a time axis's calendar labels are `time_axis.rs`'s.

use super::context::CellContext;
use super::flow::{line_height, text};
use super::measure::{is_wide, TextMeasure};
use super::metrics::X_LABEL_GAP;
use super::wrap::{ellipsize, wrap};
use super::{PlotLayout, XScale};
use crate::decimal::clamp;
use crate::model::ticks::integer_ticks;
use crate::paint::{Anchor, Baseline, Font, Text};
use crate::spec::digits::grouped;

/// Category (or index) labels under the plot: on one line when they fit, wrapped to at most three
/// lines when that makes them fit, otherwise thinned to every k-th label. Returns the block's height.
pub(super) fn x_labels(cx: &CellContext, plot: &PlotLayout, texts: &mut Vec<Text>) -> f64 {
    let (model, xy, cell, m, measure, theme) =
        (cx.model, cx.xy, cx.cell, cx.m, cx.measure, cx.theme);
    if let Some(periods) = &xy.time {
        return super::time_axis::labels(cx, periods, plot, texts);
    }
    let lh = line_height(m.label, 1.3);
    let top = plot.area.bottom() + X_LABEL_GAP;
    let color = cx.theme.muted;
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
            (Font { bold: true, ..m.label }, theme.text)
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
    let (model, xy, cell, m, measure, theme) =
        (cx.model, cx.xy, cx.cell, cx.m, cx.measure, cx.theme);
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
        let color = theme.muted;
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
