//! Streaks: per item a label, the count drawn big ("连续 8 年" with 连续 and 年 small; "8 years in a
//! row"), then one box per period — unmarked ones (the `total − count` before the streak) pale,
//! the streak's own filled — and the period labels under them when the spec gives them.

use super::super::flow::{line_height, Flow};
use super::super::wrap::wrap;
use super::super::Layout;
use super::{number_line, text_at, tile_grid, Cx, LineAt, NumberStyle};
use crate::model::statement_words::statement_words;
use crate::model::statements::{Streak, StreakModel};
use crate::paint::{Anchor, Baseline, Item, Rect, Region};

const TILE_MIN: f64 = 240.0;
const BOX_MAX: f64 = 28.0;
const BOX_MIN: f64 = 7.0;
const BOX_GAP: f64 = 4.0;

/// The boxes of one streak: (x, y, size, marked) each, in period order.
pub fn boxes(n_unmarked: u32, count: u32, x: f64, y: f64, w: f64) -> Vec<(f64, f64, f64, bool)> {
    let n = (n_unmarked + count).max(1) as usize;
    let fit = (w - BOX_GAP * (n as f64 - 1.0)) / n as f64;
    let size = fit.clamp(BOX_MIN, BOX_MAX).floor();
    let per_row = (((w + BOX_GAP) / (size + BOX_GAP)).floor() as usize).clamp(1, n);
    (0..n)
        .map(|i| {
            let (row, col) = (i / per_row, i % per_row);
            let bx = x + col as f64 * (size + BOX_GAP);
            let by = y + row as f64 * (size + BOX_GAP);
            (bx, by, size, i >= n_unmarked as usize)
        })
        .collect()
}

pub(super) fn layout(cx: &Cx, s: &StreakModel, mut y: f64, out: &mut Layout) -> f64 {
    let m = cx.m;
    let (cols, tile_w) = tile_grid(s.streaks.len(), cx.width, m.gutter, TILE_MIN);
    let label_lh = line_height(m.kpi_label, m.leading);
    for (row, streaks) in s.streaks.chunks(cols).enumerate() {
        let label_h = streaks
            .iter()
            .map(|t| wrap(&t.label, m.kpi_label, tile_w, cx.measure).len() as f64 * label_lh)
            .fold(0.0, f64::max);
        let mut row_bottom = y;
        for (col, streak) in streaks.iter().enumerate() {
            let x = col as f64 * (tile_w + m.gutter);
            let item = row * cols + col;
            let bottom = tile(cx, streak, x, y, tile_w, label_h, out);
            out.regions.push(Region::tile(cx.chart, item, x, y, tile_w, bottom - y));
            row_bottom = row_bottom.max(bottom);
        }
        y = row_bottom + 20.0;
    }
    y - 20.0
}

fn tile(cx: &Cx, streak: &Streak, x: f64, y: f64, w: f64, label_h: f64, out: &mut Layout) -> f64 {
    let (m, theme) = (cx.m, &cx.theme);
    let fw = statement_words(cx.model.locale);
    let mut flow = Flow::new(x, y, w, m.leading, cx.measure, &mut out.texts);
    flow.paragraph(&streak.label, m.kpi_label, theme.muted);

    let count = streak.count.to_string();
    let after = (fw.streak_after)(&streak.unit);
    let number_bottom = y + label_h + 2.0 + line_height(m.kpi_number, 1.15);
    let parts = (fw.streak_before, count.as_str(), after.as_str());
    let mut big = m.kpi_number;
    let (_, needed) = number_line(
        parts,
        LineAt { x, bottom: 0.0, centred: false },
        NumberStyle { big, small: m.kpi_unit, color: theme.text },
        cx.measure,
    );
    if needed > w {
        big.size = (big.size * w / needed).floor().max(14.0);
    }
    let (texts, _) = number_line(
        parts,
        LineAt { x, bottom: number_bottom, centred: false },
        NumberStyle { big, small: m.kpi_unit, color: theme.text },
        cx.measure,
    );
    out.texts.extend(texts);

    let top = number_bottom + 10.0;
    let marked = theme.series_color(0);
    let unmarked = theme.muted.with_alpha(0.22);
    let boxes = boxes(streak.unmarked, streak.count, x, top, w);
    let mut bottom = top;
    for &(bx, by, size, is_marked) in &boxes {
        let fill = if is_marked { marked } else { unmarked };
        out.marks.push(Item::Rect(Rect { x: bx, y: by, w: size, h: size, fill }));
        bottom = bottom.max(by + size);
    }
    bottom = period_labels(cx, streak, &boxes, bottom, out);
    let mut flow = Flow::new(x, bottom + 8.0, w, m.leading, cx.measure, &mut out.texts);
    if let Some(note) = &streak.note {
        flow.paragraph(note, m.small, theme.muted);
    }
    flow.y
}

/// Each marked box's period under it when every label fits its box; else the first and last only
/// (at the streak's two ends), when those two fit; else none. Returns the new bottom.
fn period_labels(
    cx: &Cx,
    streak: &Streak,
    boxes: &[(f64, f64, f64, bool)],
    bottom: f64,
    out: &mut Layout,
) -> f64 {
    let marked: Vec<&(f64, f64, f64, bool)> = boxes.iter().filter(|b| b.3).collect();
    if streak.periods.is_empty() || streak.periods.len() != marked.len() {
        return bottom;
    }
    let font = cx.m.label;
    let color = cx.theme.muted;
    let y = bottom + 4.0;
    let pitch = marked.first().map_or(0.0, |b| b.2 + BOX_GAP);
    let one_row = marked.iter().all(|b| b.1 == marked[0].1);
    let widest = streak.periods.iter().map(|p| cx.measure.width(p, font)).fold(0.0, f64::max);
    if one_row && widest <= pitch - 2.0 {
        for (b, p) in marked.iter().zip(&streak.periods) {
            out.texts.push(text_at(
                b.0 + b.2 / 2.0,
                y,
                p,
                font,
                color,
                Anchor::Middle,
                Baseline::Top,
            ));
        }
        return y + line_height(font, 1.2);
    }
    let (first, last) = (marked[0], marked[marked.len() - 1]);
    let (a, b) = (&streak.periods[0], &streak.periods[streak.periods.len() - 1]);
    let last_row_y = last.1 + last.2 + 4.0;
    let room = if one_row { last.0 + last.2 - first.0 } else { f64::INFINITY };
    let fits = cx.measure.width(a, font) + cx.measure.width(b, font) + 8.0 <= room;
    if marked.len() == 1 {
        out.texts.push(text_at(first.0, y, a, font, color, Anchor::Start, Baseline::Top));
    } else if fits && one_row {
        out.texts.push(text_at(first.0, y, a, font, color, Anchor::Start, Baseline::Top));
        out.texts.push(text_at(last.0 + last.2, y, b, font, color, Anchor::End, Baseline::Top));
    } else if !one_row {
        // Several rows of boxes: the first label above nothing but its own row would collide with
        // the next row, so the span is said once, under the last row: "2017–2024".
        let span = format!("{a}–{b}");
        out.texts.push(text_at(
            first.0,
            last_row_y,
            &span,
            font,
            color,
            Anchor::Start,
            Baseline::Top,
        ));
        return last_row_y + line_height(font, 1.2);
    } else {
        return bottom;
    }
    y + line_height(font, 1.2)
}
