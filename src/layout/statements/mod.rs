//! Gauges, streaks and timelines: full-width blocks like the KPI row (they are statements read at a
//! glance, not plots to compare beside a line chart; a grid cell would either starve a timeline of
//! width or leave a ring floating in a tall cell). Gauges and streaks are tiles that wrap in balanced
//! rows; a timeline takes the whole width, or becomes a vertical list on a phone.
//!
//! These forms draw more than text and rules, so they push finished scene items into
//! `Layout::marks` directly; `scene::build` paints them under the text.

mod gauge;
mod streak;
mod timeline;
mod trig;

pub use timeline::NARROW_TIMELINE;

use super::context::PageContext;
use super::flow::Flow;
use super::measure::TextMeasure;
use super::metrics::Metrics;
use super::Layout;
use crate::model::statements::StatementModel;
use crate::model::theme::Theme;
use crate::model::Model;
use crate::paint::{Anchor, Baseline, Color, Font, Text};

/// Lays out form `chart` from `y`; returns the y below it.
pub fn layout_statement(
    page: &PageContext,
    chart: usize,
    form: &StatementModel,
    mut y: f64,
    out: &mut Layout,
) -> f64 {
    let PageContext { model, theme, m, measure, width, .. } = *page;
    if let Some(title) = form.title().filter(|t| !t.trim().is_empty()) {
        let mut flow = Flow::new(0.0, y, width, m.leading, measure, &mut out.texts);
        flow.heading(title, m.chart_title, theme.text);
        y = flow.y + m.space.below_form_title;
    }
    let cx = Cx { model, theme, chart, width, m, measure };
    match form {
        StatementModel::Gauge(g) => gauge::layout(&cx, g, y, out),
        StatementModel::Streak(s) => streak::layout(&cx, s, y, out),
        StatementModel::Timeline(t) => timeline::layout(&cx, t, y, out),
    }
}

/// What every form's layout needs.
struct Cx<'a> {
    model: &'a Model,
    theme: &'a Theme,
    chart: usize,
    width: f64,
    m: &'a Metrics,
    measure: &'a dyn TextMeasure,
}

/// Balanced tile columns: as many as fit tiles of `min` px, then rows evened out (5 tiles that fit
/// 4 per row become 3 + 2). Returns (columns, tile width).
fn tile_grid(n: usize, width: f64, gap: f64, min: f64) -> (usize, f64) {
    let n = n.max(1);
    let max_cols = (((width + gap) / (min + gap)).floor() as usize).max(1);
    let rows = n.div_ceil(max_cols);
    let cols = n.div_ceil(rows);
    (cols, (width - gap * (cols as f64 - 1.0)) / cols as f64)
}

fn text_at(
    x: f64,
    y: f64,
    text: &str,
    font: Font,
    color: Color,
    anchor: Anchor,
    baseline: Baseline,
) -> Text {
    Text { x, y, text: text.to_string(), font, color, anchor, baseline }
}

/// Where a number line goes: starting at `x` (or centred on it), bottoms on `bottom`.
#[derive(Debug, Clone, Copy)]
struct LineAt {
    x: f64,
    bottom: f64,
    centred: bool,
}

/// How a number line is set: the number's font, the words' font, their colour.
#[derive(Debug, Clone, Copy)]
struct NumberStyle {
    big: Font,
    small: Font,
    color: Color,
}

/// A number drawn big with its unit (and any small words before it) beside it, bottoms aligned,
/// starting at `x` (or centred on it): (small before, big, small after). Returns the texts and their
/// total width.
fn number_line(
    parts: (&str, &str, &str),
    at: LineAt,
    style: NumberStyle,
    measure: &dyn TextMeasure,
) -> (Vec<Text>, f64) {
    let (before, number, after) = parts;
    let LineAt { x, bottom, centred } = at;
    let NumberStyle { big, small, color } = style;
    let gap = |s: &str, at_start: bool| {
        let c = if at_start { s.chars().next() } else { s.chars().last() };
        match c {
            None => 0.0,
            Some(c) if c.is_ascii_alphabetic() => small.size * 0.3,
            Some('%') => 1.0,
            Some(_) => 2.0,
        }
    };
    let before_w =
        if before.is_empty() { 0.0 } else { measure.width(before, small) + gap(before, false) };
    let number_w = measure.width(number, big);
    let after_w =
        if after.is_empty() { 0.0 } else { gap(after, true) + measure.width(after, small) };
    let total = before_w + number_w + after_w;
    let mut cursor = if centred { x - total / 2.0 } else { x };
    // Small words sit a little above the big number's baseline, as in the KPI tiles.
    let lift = (big.size - small.size).max(0.0) * 0.12;
    let mut texts = Vec::new();
    if !before.is_empty() {
        texts.push(text_at(
            cursor,
            bottom - lift,
            before,
            small,
            color,
            Anchor::Start,
            Baseline::Bottom,
        ));
        cursor += before_w;
    }
    texts.push(text_at(cursor, bottom, number, big, color, Anchor::Start, Baseline::Bottom));
    cursor += number_w;
    if !after.is_empty() {
        let after_x = cursor + gap(after, true);
        texts.push(text_at(
            after_x,
            bottom - lift,
            after,
            small,
            color,
            Anchor::Start,
            Baseline::Bottom,
        ));
    }
    (texts, total)
}

#[cfg(test)]
mod tests {
    use super::tile_grid;

    #[test]
    fn tiles_balance_their_rows() {
        assert_eq!(tile_grid(3, 1000.0, 24.0, 200.0).0, 3);
        assert_eq!(tile_grid(5, 1000.0, 24.0, 200.0).0, 3, "3 + 2, not 4 + 1");
        assert_eq!(tile_grid(2, 343.0, 16.0, 200.0).0, 1);
    }
}
