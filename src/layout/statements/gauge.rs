//! Gauges: per item a label, then a ring (an arc from 12 o'clock, clockwise, the number in its
//! centre, the target as a tick across the ring) or a bar (the number above a horizontal track, the
//! target as a tick across it), then the target and the note in small type.

use super::super::flow::{line_height, Flow};
use super::super::wrap::wrap;
use super::super::Layout;
use super::{number_line, tile_grid, Cx, LineAt, NumberStyle};
use crate::decimal::clamp;
use crate::model::statements::{Gauge, GaugeModel};
use crate::paint::{Circle, Item, Polyline, Rect, Region, Stroke};
use crate::spec::GaugeStyle;
use std::f64::consts::{FRAC_PI_2, PI};

const RING_TILE_MIN: f64 = 150.0;
const BAR_TILE_MIN: f64 = 220.0;
/// The ring's diameter at most: big enough for its number, small enough to stay a figure in text.
const RING_MAX: f64 = 132.0;
const BAR_HEIGHT: f64 = 10.0;
/// A ring tile at least this much wider than the ring puts its words beside it, in a column of at
/// most `SIDE_TEXT_MAX`.
const SIDE_GAP: f64 = 16.0;
const SIDE_TEXT_MIN: f64 = 150.0;
const SIDE_TEXT_MAX: f64 = 300.0;
/// How far a target tick reaches beyond the ring or bar it crosses.
const TICK_REACH: f64 = 4.0;
/// A lone bar across a desktop page reads as a loading indicator, not a figure: bars stop here.
const BAR_TILE_MAX: f64 = 420.0;
/// Derived values are drawn pale: the same hue, visibly "not measured".
const DERIVED_ALPHA: f64 = 0.45;

/// The angle (radians, clockwise from 12 o'clock, in screen coordinates where y grows down) of a
/// share of the ring: 0 at the top, π/2 at 3 o'clock.
pub fn ring_angle(share: f64) -> f64 {
    share.clamp(0.0, 1.0) * 2.0 * PI
}

/// The point at `angle` (see [`ring_angle`]) on a circle of radius `r` around (cx, cy).
pub fn ring_point(cx: f64, cy: f64, r: f64, angle: f64) -> (f64, f64) {
    let (sin, cos) = super::trig::sin_cos(angle - FRAC_PI_2);
    (cx + r * cos, cy + r * sin)
}

pub(super) fn layout(cx: &Cx, g: &GaugeModel, mut y: f64, out: &mut Layout) -> f64 {
    let m = cx.m;
    let min = if g.style == GaugeStyle::Ring { RING_TILE_MIN } else { BAR_TILE_MIN };
    let (cols, tile_w) = tile_grid(g.gauges.len(), cx.width, m.gutter, min);
    let tile_w = if g.style == GaugeStyle::Bar { tile_w.min(BAR_TILE_MAX) } else { tile_w };
    let label_lh = line_height(m.kpi_label, m.leading);
    for (row, gauges) in g.gauges.chunks(cols).enumerate() {
        // Labels of a row take the same height, so rings (and bars) line up.
        let label_h = gauges
            .iter()
            .map(|t| wrap(&t.label, m.kpi_label, tile_w, cx.measure).len() as f64 * label_lh)
            .fold(0.0, f64::max);
        let mut row_bottom = y;
        for (col, gauge) in gauges.iter().enumerate() {
            let x = col as f64 * (tile_w + m.gutter);
            let item = row * cols + col;
            let bottom =
                if g.style == GaugeStyle::Ring && tile_w >= RING_MAX + SIDE_GAP + SIDE_TEXT_MIN {
                    ring_beside_text(cx, gauge, x, y, tile_w, out)
                } else {
                    let mut flow = Flow::new(x, y, tile_w, m.leading, cx.measure, &mut out.texts);
                    flow.paragraph(&gauge.label, m.kpi_label, cx.theme.muted);
                    let top = y + label_h + 6.0;
                    let body_bottom = match g.style {
                        GaugeStyle::Ring => ring(cx, gauge, x, top, tile_w, out),
                        GaugeStyle::Bar => bar(cx, gauge, x, top, tile_w, out),
                    };
                    footer(cx, gauge, x, body_bottom + 8.0, tile_w, out)
                };
            out.regions.push(Region::tile(cx.chart, item, x, y, tile_w, bottom - y));
            row_bottom = row_bottom.max(bottom);
        }
        y = row_bottom + 20.0;
    }
    y - 20.0
}

/// A wide tile: the ring on the left, the label, target and note beside it, centred on the ring
/// (a figure with its caption, rather than a ring floating under a label in a wide empty tile).
fn ring_beside_text(cx: &Cx, gauge: &Gauge, x: f64, y: f64, w: f64, out: &mut Layout) -> f64 {
    let ring_bottom = ring(cx, gauge, x, y, w, out);
    let text_x = x + RING_MAX + SIDE_GAP;
    let text_w = (w - RING_MAX - SIDE_GAP).min(SIDE_TEXT_MAX);
    let mut texts = Vec::new();
    let mut flow = Flow::new(text_x, 0.0, text_w, cx.m.leading, cx.measure, &mut texts);
    flow.paragraph(&gauge.label, cx.m.kpi_label, cx.theme.text);
    flow.gap(4.0);
    let mut scratch = Layout::empty(w);
    let h = footer(cx, gauge, text_x, flow.y, text_w, &mut scratch);
    texts.append(&mut scratch.texts);
    let top = y + ((ring_bottom - y - h) / 2.0).max(0.0);
    for t in &mut texts {
        t.y += top;
    }
    out.texts.append(&mut texts);
    ring_bottom.max(top + h)
}

fn value_color(cx: &Cx, gauge: &Gauge) -> crate::paint::Color {
    let c = cx.theme.series_color(0);
    if gauge.derived {
        c.with_alpha(DERIVED_ALPHA)
    } else {
        c
    }
}

fn track_color(cx: &Cx) -> crate::paint::Color {
    cx.theme.muted.with_alpha(0.22)
}

/// The ring with its number; returns its bottom.
fn ring(cx: &Cx, gauge: &Gauge, x: f64, y: f64, w: f64, out: &mut Layout) -> f64 {
    let theme = &cx.theme;
    // The target tick reaches past the ring by TICK_REACH: the ring is inset so it stays in the tile.
    let d = w.min(RING_MAX) - 2.0 * TICK_REACH;
    let thickness = (d * 0.085).round().max(6.0);
    let r = (d - thickness) / 2.0;
    let (ccx, ccy) = (x + TICK_REACH + d / 2.0, y + TICK_REACH + d / 2.0);
    out.marks.push(Item::Circle(Circle {
        cx: ccx,
        cy: ccy,
        r,
        fill: None,
        stroke: Some(Stroke { color: track_color(cx), width: thickness, dash: None }),
    }));
    let end = ring_angle(gauge.share);
    if end > 0.0 {
        // One vertex per 2° keeps the arc smooth at any size a ring is drawn.
        let steps = ((end / (2.0 * PI) * 180.0).ceil() as usize).max(2);
        let points =
            (0..=steps).map(|i| ring_point(ccx, ccy, r, end * i as f64 / steps as f64)).collect();
        out.marks.push(Item::Line(Polyline {
            points,
            stroke: Stroke { color: value_color(cx, gauge), width: thickness, dash: None },
        }));
    }
    if let Some(t) = gauge.target_share {
        let a = ring_angle(t);
        let reach = thickness / 2.0 + TICK_REACH;
        out.marks.push(Item::Line(Polyline {
            points: vec![ring_point(ccx, ccy, r - reach, a), ring_point(ccx, ccy, r + reach, a)],
            stroke: Stroke { color: theme.text, width: 2.0, dash: None },
        }));
    }
    // The number in the centre, shrunk until it fits inside the ring.
    let inner = 2.0 * (r - thickness / 2.0) - 10.0;
    let mut big = cx.m.kpi_number;
    big.size = clamp((d * 0.24).round(), 16.0, cx.m.kpi_number.size);
    let mut small = cx.m.kpi_unit;
    small.size = (big.size * 0.55).round().max(12.0);
    let parts = ("", gauge.number.as_str(), gauge.unit.as_str());
    let (_, width) = number_line(
        parts,
        LineAt { x: ccx, bottom: 0.0, centred: true },
        NumberStyle { big, small, color: theme.text },
        cx.measure,
    );
    if width > inner && width > 0.0 {
        big.size = (big.size * inner / width).floor().max(11.0);
        small.size = small.size.min(big.size);
    }
    // Centred vertically: the bottom of the number's line box a half box below the centre.
    let bottom = ccy + big.size * 0.6;
    let (texts, _) = number_line(
        parts,
        LineAt { x: ccx, bottom, centred: true },
        NumberStyle { big, small, color: theme.text },
        cx.measure,
    );
    out.texts.extend(texts);
    y + d + 2.0 * TICK_REACH
}

/// The number above a horizontal bar; returns the bar's bottom.
fn bar(cx: &Cx, gauge: &Gauge, x: f64, y: f64, w: f64, out: &mut Layout) -> f64 {
    let theme = &cx.theme;
    let big = cx.m.kpi_number;
    let number_bottom = y + line_height(big, 1.15);
    let parts = ("", gauge.number.as_str(), gauge.unit.as_str());
    let (texts, _) = number_line(
        parts,
        LineAt { x, bottom: number_bottom, centred: false },
        NumberStyle { big, small: cx.m.kpi_unit, color: theme.text },
        cx.measure,
    );
    out.texts.extend(texts);
    let top = number_bottom + 10.0;
    out.marks.push(Item::Rect(Rect { x, y: top, w, h: BAR_HEIGHT, fill: track_color(cx) }));
    if gauge.share > 0.0 {
        let fill = value_color(cx, gauge);
        out.marks.push(Item::Rect(Rect { x, y: top, w: w * gauge.share, h: BAR_HEIGHT, fill }));
    }
    if let Some(t) = gauge.target_share {
        // Kept 1 px inside the tile so a 100% target stays visible at the bar's end.
        let tx = clamp(x + w * t, x + 1.0, x + w - 1.0);
        out.marks.push(Item::Line(Polyline {
            points: vec![(tx, top - TICK_REACH), (tx, top + BAR_HEIGHT + TICK_REACH)],
            stroke: Stroke { color: theme.text, width: 2.0, dash: None },
        }));
    }
    top + BAR_HEIGHT + 4.0
}

/// "目标 100%" and the note, small; returns the bottom.
fn footer(cx: &Cx, gauge: &Gauge, x: f64, y: f64, w: f64, out: &mut Layout) -> f64 {
    let fw = crate::model::statement_words::statement_words(cx.model.locale);
    let mut flow = Flow::new(x, y, w, cx.m.leading, cx.measure, &mut out.texts);
    if let Some(t) = &gauge.target_text {
        flow.paragraph(&(fw.target)(t), cx.m.small, cx.theme.text);
    }
    if let Some(note) = &gauge.note {
        flow.paragraph(note, cx.m.small, cx.theme.muted);
    }
    flow.y
}
