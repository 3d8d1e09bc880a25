//! A timeline: a horizontal axis with each event at its date's proportional place, its date, label
//! and note in a block above or below the axis, joined to it by a stem. Blocks go into lanes (above:
//! 0, 1, 2 upwards; below: 0, 1, 2 downwards); a block enters the first lane, alternating sides,
//! where it overlaps no other block and its stem crosses no block of a nearer lane — so labels never
//! collide. When that needs more lanes than [`MAX_LANES`] a side even with narrower blocks, or on a
//! phone (< [`NARROW_TIMELINE`] px), the timeline becomes a vertical list: one event per row.
//!
//! Planned events are drawn hollow, with dashed stems; the axis is solid up to the last event that
//! has happened and dashed after it.

use super::super::flow::{line_height, Flow};
use super::super::wrap::{wrap, wrap_balanced};
use super::super::Layout;
use super::Cx;
use crate::model::statements::{Event, TimelineModel};
use crate::paint::{Circle, Color, Item, Polyline, Region, Stroke};

/// Narrower than this, the timeline is a vertical list.
pub const NARROW_TIMELINE: f64 = 480.0;
const MAX_LANES: usize = 3;
/// Between blocks in one lane, and between a stem and a nearer block.
const BLOCK_GAP: f64 = 14.0;
/// Between the stem and the block's text.
const TEXT_INSET: f64 = 6.0;
const STEM_GAP: f64 = 10.0;
const LANE_GAP: f64 = 12.0;
const DOT: f64 = 5.5;
const DASH: (f64, f64) = (4.0, 3.0);

/// A block placed in a lane: which side (true: above), which lane, and its horizontal extent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    pub above: bool,
    pub lane: usize,
    pub left: f64,
    pub right: f64,
    /// The event's x on the axis (where its stem stands).
    pub x: f64,
}

/// x of every event, in proportion to its date between the first and the last, inside [x0, x1].
pub fn event_xs(events: &[Event], x0: f64, x1: f64) -> Vec<f64> {
    let (Some(first), Some(last)) = (events.first(), events.last()) else { return Vec::new() };
    let span = last.at - first.at;
    // Events all on one date stand at the start, their blocks hanging right.
    let x_of = |at: f64| if span > 0.0 { x0 + (at - first.at) / span * (x1 - x0) } else { x0 };
    events.iter().map(|e| x_of(e.at)).collect()
}

/// Lanes for blocks of width `block_w` at `xs` in a widget `width` wide; `None` when some block
/// needs more than [`MAX_LANES`] lanes on both sides.
pub fn place(xs: &[f64], block_w: f64, width: f64) -> Option<Vec<Placement>> {
    let mut placed: Vec<Placement> = Vec::new();
    let mut prefer_above = true;
    for &x in xs {
        // The block hangs right of its stem, or left of it when it would leave the widget.
        let (left, right) = if x + block_w <= width { (x, x + block_w) } else { (x - block_w, x) };
        let left = left.max(0.0);
        let fits = |above: bool, lane: usize| {
            placed.iter().all(|p| {
                if p.above != above {
                    return true;
                }
                let apart = right + BLOCK_GAP <= p.left || p.right + BLOCK_GAP <= left;
                let same_lane_ok = p.lane != lane || apart;
                // My stem runs through the nearer lanes; their stems run through mine if I am nearer.
                let my_stem_clear =
                    p.lane >= lane || x + BLOCK_GAP <= p.left || p.right + BLOCK_GAP <= x;
                let their_stem_clear =
                    p.lane <= lane || p.x + BLOCK_GAP <= left || right + BLOCK_GAP <= p.x;
                same_lane_ok && my_stem_clear && their_stem_clear
            })
        };
        let order = (0..MAX_LANES).flat_map(|lane| [(prefer_above, lane), (!prefer_above, lane)]);
        let (above, lane) = order.into_iter().find(|&(above, lane)| fits(above, lane))?;
        placed.push(Placement { above, lane, left, right, x });
        prefer_above = !above;
    }
    Some(placed)
}

pub(super) fn layout(cx: &Cx, t: &TimelineModel, y: f64, out: &mut Layout) -> f64 {
    if t.events.is_empty() {
        return y;
    }
    if cx.width >= NARROW_TIMELINE {
        if let Some(bottom) = horizontal(cx, t, y, out) {
            return bottom;
        }
    }
    vertical(cx, t, y, out)
}

/// Texts of one event's block: date (bold), label, note, wrapped to `w`; (lines, height).
fn block_lines(cx: &Cx, e: &Event, w: f64) -> Vec<(String, crate::paint::Font, Color)> {
    let (m, theme) = (cx.m, &cx.theme);
    let mut date_font = m.label;
    date_font.bold = true;
    let date_color = if e.planned { theme.series_color(0) } else { theme.text };
    let mut lines = Vec::new();
    let date = if e.planned {
        format!(
            "{}{}",
            e.date_text,
            crate::model::statement_words::statement_words(cx.model.locale).planned_tag
        )
    } else {
        e.date_text.clone()
    };
    for l in wrap(&date, date_font, w, cx.measure) {
        lines.push((l, date_font, date_color));
    }
    // Balanced: a long label breaks into even lines, never leaving one character alone on the last.
    for l in wrap_balanced(&e.label, m.kpi_label, w, cx.measure) {
        lines.push((l, m.kpi_label, theme.text));
    }
    if let Some(note) = &e.note {
        for l in wrap_balanced(note, m.small, w, cx.measure) {
            lines.push((l, m.small, theme.muted));
        }
    }
    lines
}

fn lines_height(lines: &[(String, crate::paint::Font, Color)], leading: f64) -> f64 {
    lines.iter().map(|(_, f, _)| line_height(*f, leading)).sum()
}

fn horizontal(cx: &Cx, t: &TimelineModel, y: f64, out: &mut Layout) -> Option<f64> {
    let width = cx.width;
    let (x0, x1) = (DOT + 1.0, width - DOT - 1.0);
    let xs = event_xs(&t.events, x0, x1);
    // The widest block that still lets every event find a lane; narrower blocks wrap more.
    let natural = t
        .events
        .iter()
        .map(|e| {
            block_lines(cx, e, f64::INFINITY)
                .iter()
                .map(|(l, f, _)| cx.measure.width(l, *f))
                .fold(0.0, f64::max)
        })
        .fold(0.0, f64::max);
    let mut block_w = natural.min((width / 3.5).clamp(140.0, 240.0)) + TEXT_INSET;
    let placements = loop {
        if let Some(p) = place(&xs, block_w, width) {
            break p;
        }
        block_w *= 0.85;
        if block_w < 100.0 {
            return None;
        }
    };
    let text_w = block_w - TEXT_INSET;
    let blocks: Vec<_> = t.events.iter().map(|e| block_lines(cx, e, text_w)).collect();
    let leading = cx.m.leading;
    // Each lane is as tall as its tallest block.
    let mut lane_h = [[0.0_f64; MAX_LANES]; 2];
    for (p, lines) in placements.iter().zip(&blocks) {
        let side = usize::from(!p.above);
        lane_h[side][p.lane] = lane_h[side][p.lane].max(lines_height(lines, leading));
    }
    let above_h: f64 = lane_h[0].iter().filter(|h| **h > 0.0).map(|h| h + LANE_GAP).sum();
    let axis_y = y + above_h + STEM_GAP - if above_h > 0.0 { LANE_GAP } else { 0.0 };
    // Top of lane k above the axis, and of lane k below it.
    let lane_top = |above: bool, lane: usize| {
        let side = usize::from(!above);
        let nearer: f64 =
            lane_h[side][..lane].iter().filter(|h| **h > 0.0).map(|h| h + LANE_GAP).sum();
        if above {
            axis_y - STEM_GAP - nearer - lane_h[0][lane]
        } else {
            axis_y + STEM_GAP + nearer
        }
    };
    axis(cx, t, &xs, axis_y, x0, x1, out);
    let mut bottom = axis_y + DOT + 2.0;
    for (k, ((e, p), lines)) in t.events.iter().zip(&placements).zip(&blocks).enumerate() {
        let h = lines_height(lines, leading);
        // Blocks above hang from their lane's bottom, so each sits right over its stem's end.
        let top = if p.above {
            lane_top(true, p.lane) + lane_h[0][p.lane] - h
        } else {
            lane_top(false, p.lane)
        };
        let stem_end = if p.above { top } else { top + h };
        stem(cx, e, p.x, axis_y, stem_end, out);
        let hangs_left = p.right <= p.x + 0.5 && p.left < p.x;
        let text_x = if hangs_left { p.x - TEXT_INSET } else { p.x + TEXT_INSET };
        let mut cursor = top;
        for (line, font, color) in lines {
            let anchor =
                if hangs_left { crate::paint::Anchor::End } else { crate::paint::Anchor::Start };
            out.texts.push(crate::paint::Text {
                x: text_x,
                y: cursor,
                text: line.clone(),
                font: *font,
                color: *color,
                anchor,
                baseline: crate::paint::Baseline::Top,
            });
            cursor += line_height(*font, leading);
        }
        out.regions.push(Region::tile(cx.chart, k, p.left, top, p.right - p.left, h));
        bottom = bottom.max(top + h);
        dot(cx, e, p.x, axis_y, out);
    }
    Some(bottom)
}

/// The axis: solid up to the last event that has happened, dashed beyond; a faint tick per year.
fn axis(cx: &Cx, t: &TimelineModel, xs: &[f64], y: f64, x0: f64, x1: f64, out: &mut Layout) {
    let theme = &cx.theme;
    let last_done =
        t.events.iter().zip(xs).filter(|(e, _)| !e.planned).map(|(_, x)| *x).next_back();
    // Dashed only towards planned events; a timeline of past events is solid throughout.
    let split =
        if t.events.last().is_some_and(|e| e.planned) { last_done.unwrap_or(x0) } else { x1 };
    let stroke = Stroke { color: theme.axis, width: 1.5, dash: None };
    if split > x0 {
        out.marks.push(Item::Line(Polyline { points: vec![(x0, y), (split, y)], stroke }));
    }
    if split < x1 {
        let dashed = Stroke { dash: Some(DASH), ..stroke };
        out.marks.push(Item::Line(Polyline { points: vec![(split, y), (x1, y)], stroke: dashed }));
    }
    let (Some(first), Some(last)) = (t.events.first(), t.events.last()) else { return };
    let span = last.at - first.at;
    let years = (last.at.floor() - first.at.ceil()) as i64;
    if span > 0.0 && (0..=60).contains(&years) && (x1 - x0) / span >= 6.0 {
        let mut year = first.at.ceil();
        while year <= last.at {
            let x = x0 + (year - first.at) / span * (x1 - x0);
            out.marks.push(Item::Line(Polyline {
                points: vec![(x, y - 3.0), (x, y + 3.0)],
                stroke: Stroke { color: theme.axis, width: 1.0, dash: None },
            }));
            year += 1.0;
        }
    }
}

fn stem(cx: &Cx, e: &Event, x: f64, from: f64, to: f64, out: &mut Layout) {
    let color = cx.theme.muted;
    let dash = e.planned.then_some(DASH);
    out.marks.push(Item::Line(Polyline {
        points: vec![(x, from), (x, to)],
        stroke: Stroke { color, width: 1.0, dash },
    }));
}

/// Done: a filled dot ringed in the background colour; planned: hollow.
fn dot(cx: &Cx, e: &Event, x: f64, y: f64, out: &mut Layout) {
    let theme = &cx.theme;
    let c = theme.series_color(0);
    let (fill, stroke) = if e.planned {
        (theme.background, Stroke { color: c, width: 2.0, dash: None })
    } else {
        (c, Stroke { color: theme.background, width: 1.5, dash: None })
    };
    out.marks.push(Item::Circle(Circle {
        cx: x,
        cy: y,
        r: DOT,
        fill: Some(fill),
        stroke: Some(stroke),
    }));
}

/// One event per row down a vertical line: date, label, note beside each dot.
fn vertical(cx: &Cx, t: &TimelineModel, y: f64, out: &mut Layout) -> f64 {
    let theme = &cx.theme;
    let line_x = DOT + 1.0;
    let text_x = line_x + DOT + 12.0;
    let text_w = cx.width - text_x;
    let mut cursor = y;
    let mut dots = Vec::new();
    for (k, e) in t.events.iter().enumerate() {
        let lines = block_lines(cx, e, text_w);
        let top = cursor;
        let first_h = lines.first().map_or(0.0, |(_, f, _)| line_height(*f, cx.m.leading));
        let mut flow = Flow::new(text_x, top, text_w, cx.m.leading, cx.measure, &mut out.texts);
        for (line, font, color) in &lines {
            flow.paragraph(line, *font, *color);
        }
        let bottom = flow.y;
        out.regions.push(Region::tile(cx.chart, k, text_x, top, text_w, bottom - top));
        dots.push((e, top + first_h / 2.0));
        cursor = bottom + 14.0;
    }
    // The line: solid between events that happened, dashed into planned ones.
    for pair in dots.windows(2) {
        let ((_, ya), (eb, yb)) = (pair[0], pair[1]);
        let dash = eb.planned.then_some(DASH);
        out.marks.push(Item::Line(Polyline {
            points: vec![(line_x, ya), (line_x, yb)],
            stroke: Stroke { color: theme.axis, width: 1.5, dash },
        }));
    }
    for (e, dy) in dots {
        dot(cx, e, line_x, dy, out);
    }
    cursor - 14.0
}
