//! Where the labels of a chart's annotations go, and the geometry of the marks they label.
//!
//! Every label tries a few candidate spots (above/below a reference line's right end and further
//! along it; beside a vertical line, row by row; inside the top of a band; around a marked point,
//! then further out with a leader line) and takes the cheapest. A spot costs most when it overlaps
//! text already laid out (axis labels, value labels, other annotation labels) or sticks out of the
//! plot; less when it covers the data (segments of the lines, bars) or other annotation marks; a
//! little for being further down the preference list or needing a leader. Labels stay inside the
//! plot area. Cost is bounded: data are only looked at under a candidate's own x span, point by point
//! while the plot has fewer values than about two per pixel column, otherwise through a summary of
//! each pixel column (the span of y its marks cover, computed once per chart), so every peak still
//! counts and a label never costs more than the plot's width to check.
//!
//! Owns no colours: the scene draws the marks (`scene::annotate`) from [`mark_geometry`].

use super::measure::TextMeasure;
use super::metrics::Metrics;
use super::{text_bounds, Bounds, PlotLayout, XScale};
use crate::model::annotate::{AnnotationModel, Mark};
use crate::model::{XyKind, XyView};
use crate::paint::{Anchor, Baseline, Font, Text};

/// The ring around a marked point.
pub const RING_RADIUS: f64 = 6.0;
/// Between a reference line (or band edge) and its label.
const GAP: f64 = 3.0;
/// Labels keep this far inside the plot's edges.
const INSET: f64 = 2.0;
/// Points looked at per candidate at most (all series together); beyond that the data are sampled.
const MAX_SCANNED: usize = 2000;
/// Limits: the last-resort search over the whole plot tries at most about this many columns and
/// rows of spots, however wide the plot.
const SCAN_COLUMNS: f64 = 40.0;
const SCAN_ROWS: f64 = 24.0;

const TEXT_COST: f64 = 1000.0;
const OUTSIDE_COST: f64 = 1000.0;
const DATA_COST: f64 = 40.0;
const OWN_MARK_COST: f64 = 30.0;
/// Another annotation's line through a label strikes it out; its ring only crowds it.
const OTHER_LINE_COST: f64 = 25.0;
const OTHER_RING_COST: f64 = 12.0;
/// Per step down the preference list, for at most `MAX_PREFERENCE_STEPS` steps: a preferred spot
/// wins ties, never against a spot clear of a line.
const PREFERENCE_COST: f64 = 0.4;
const MAX_PREFERENCE_STEPS: usize = 20;
const LEADER_COST: f64 = 6.0;

/// One annotation as laid out.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedAnnotation {
    /// Index into the chart's `annotations`.
    pub index: usize,
    pub mark: MarkGeometry,
    /// The label's box, when there is a label.
    pub label: Option<Bounds>,
    /// From the mark to the label, when the label had to move away from the mark.
    pub leader: Option<[(f64, f64); 2]>,
}

/// Where a mark sits, in CSS px.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MarkGeometry {
    /// A horizontal line across the plot at this y.
    HLine(f64),
    /// A vertical line down the plot at this x.
    VLine(f64),
    /// A band (full width or full height of the plot).
    Band(Bounds),
    /// A ring centred here (a point of a line).
    Ring(f64, f64),
    /// A marked bar: the centre of its end (the top of a positive bar) and its half width. The bar
    /// itself is the mark; only the label is added.
    Bar { x: f64, y: f64, half: f64 },
}

/// The geometry of an annotation's mark; `None` for a point on a hidden series or off the data.
pub fn mark_geometry(
    xy: XyView<'_>,
    plot: &PlotLayout,
    a: &AnnotationModel,
) -> Option<MarkGeometry> {
    let area = plot.area;
    Some(match a.mark {
        Mark::ValueLine(v) => MarkGeometry::HLine(plot.y_of(v)),
        Mark::PositionLine(i) => MarkGeometry::VLine(plot.x_of(i)),
        Mark::ValueRange(lo, hi) => {
            let (top, bottom) = (plot.y_of(hi), plot.y_of(lo));
            MarkGeometry::Band(Bounds { x: area.x, y: top, w: area.w, h: (bottom - top).max(1.0) })
        }
        Mark::PositionRange(from, to) => {
            // Bars fill their bands, so a range of bars covers whole bands; a line's values sit at
            // points, so its range runs from the first point to the last (a range of one point
            // gets that point's band).
            let (x0, x1) = match plot.x {
                XScale::Band { band, .. } if xy.kind == XyKind::Bar || from == to => {
                    (plot.x_of(from) - band / 2.0, plot.x_of(to) + band / 2.0)
                }
                _ => (plot.x_of(from), plot.x_of(to)),
            };
            // A range of one position on a numeric axis would have no width at all.
            let (x0, x1) = if x1 - x0 < 2.0 { (x0 - 1.0, x1 + 1.0) } else { (x0, x1) };
            MarkGeometry::Band(Bounds { x: x0, y: area.y, w: x1 - x0, h: area.h })
        }
        Mark::Point { series, index } => {
            let s = xy.series.get(series).filter(|s| xy.shows(s))?;
            let v = s.values.get(index).filter(|v| v.is_finite())?;
            if index >= xy.len {
                return None;
            }
            match xy.kind {
                // Areas and combo charts ring the point on the line (combo bars: approximate).
                XyKind::Line | XyKind::Area | XyKind::Combo => {
                    MarkGeometry::Ring(plot.x_of(index), plot.y_of(v))
                }
                XyKind::Bar => {
                    let count = xy.visible_series().count();
                    let slot = xy.visible_series().position(|(i, _)| i == series)?;
                    let (x, w) = plot.bar(index, slot, count);
                    MarkGeometry::Bar { x: x + w / 2.0, y: plot.y_of(v), half: w / 2.0 }
                }
            }
        }
    })
}

/// Places every annotation's label (appending the label texts to `texts`) and returns the marks.
pub fn place(
    xy: XyView<'_>,
    plot: &PlotLayout,
    m: &Metrics,
    measure: &dyn TextMeasure,
    texts: &mut Vec<Text>,
) -> Vec<PlacedAnnotation> {
    let marks: Vec<Option<MarkGeometry>> =
        xy.annotations.iter().map(|a| mark_geometry(xy, plot, a)).collect();
    let mut taken: Vec<Bounds> = texts.iter().map(|t| text_bounds(t, measure)).collect();
    let columns = if xy.annotations.is_empty() { None } else { dense_columns(xy, plot) };
    let scene = Scene { xy, plot, marks: &marks, columns };
    // Points first: their labels have the least room to move; then lines, then bands.
    let mut order: Vec<usize> = (0..xy.annotations.len()).collect();
    crate::sort::sort_by_key(&mut order, |&i| match xy.annotations[i].mark {
        Mark::Point { .. } => 0,
        Mark::ValueLine(_) | Mark::PositionLine(_) => 1,
        Mark::ValueRange(..) | Mark::PositionRange(..) => 2,
    });
    let mut placed = Vec::new();
    for i in order {
        let Some(mark) = marks[i] else { continue };
        let a = &xy.annotations[i];
        let mut out = PlacedAnnotation { index: i, mark, label: None, leader: None };
        if let Some(label) = &a.label {
            let (font, color) = match a.mark {
                Mark::Point { .. } => (m.small, xy.theme().text),
                _ => (m.small, xy.theme().muted),
            };
            let line = ellipsize(label, font, plot.area.w - 2.0 * INSET, measure);
            let size = (measure.width(&line, font), font.size * 1.2);
            let score = |k: usize, c: Candidate| {
                let c = clamp(c, plot.area);
                (
                    scene.cost(i, &c, &taken)
                        + k.min(MAX_PREFERENCE_STEPS) as f64 * PREFERENCE_COST,
                    c,
                )
            };
            let mut best = candidates(mark, plot, size)
                .into_iter()
                .enumerate()
                .map(|(k, c)| score(k, c))
                .min_by(|a, b| a.0.total_cmp(&b.0));
            // Every preferred spot covers data or text: search the whole plot, nearer is better.
            if best.is_none_or(|(cost, _)| cost >= DATA_COST) {
                let anywhere = scan(mark, plot, size)
                    .into_iter()
                    .map(|(distance, c)| {
                        let (cost, c) = score(0, c);
                        (cost + 5.0 + distance / 8.0, c)
                    })
                    .min_by(|a, b| a.0.total_cmp(&b.0));
                best = match (best, anywhere) {
                    (Some(a), Some(b)) if b.0 < a.0 => Some(b),
                    (None, b) => b,
                    (a, _) => a,
                };
            }
            if let Some((_, c)) = best {
                // A little air around a placed label, so two labels never read as one phrase.
                taken.push(inflate(c.at, 3.0));
                out.label = Some(c.at);
                out.leader = c.leader.map(|from| [from, nearest_on(&c.at, from)]);
                let (x, anchor) = (c.at.x, Anchor::Start);
                texts.push(Text {
                    x,
                    y: c.at.y,
                    text: line,
                    font,
                    color,
                    anchor,
                    baseline: Baseline::Top,
                });
            }
        }
        placed.push(out);
    }
    crate::sort::sort_by_key(&mut placed, |p| p.index);
    placed
}

/// A spot for a label: its box, and where a leader line starts when one is needed.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    at: Bounds,
    leader: Option<(f64, f64)>,
}

fn boxed(x: f64, y: f64, (w, h): (f64, f64), anchor: Anchor, baseline: Baseline) -> Candidate {
    let x = match anchor {
        Anchor::Start => x,
        Anchor::Middle => x - w / 2.0,
        Anchor::End => x - w,
    };
    let y = match baseline {
        Baseline::Top => y,
        Baseline::Middle => y - h / 2.0,
        Baseline::Bottom => y - h,
    };
    Candidate { at: Bounds { x, y, w, h }, leader: None }
}

/// The spots worth trying for a label of `size` on `mark`, best first.
fn candidates(mark: MarkGeometry, plot: &PlotLayout, size: (f64, f64)) -> Vec<Candidate> {
    let area = plot.area;
    let (w, h) = size;
    let mut out = Vec::new();
    match mark {
        MarkGeometry::HLine(y) => {
            // At the right end first (where FT and Reuters put it), then sliding left along the line.
            let mut right = area.right() - INSET;
            while right - w >= area.x + INSET - 0.5 || out.is_empty() {
                out.push(boxed(right, y - GAP, size, Anchor::End, Baseline::Bottom));
                out.push(boxed(right, y + GAP, size, Anchor::End, Baseline::Top));
                right -= w / 2.0 + 6.0;
            }
        }
        MarkGeometry::VLine(x) => {
            for row in 0..4 {
                let top = area.y + INSET + row as f64 * (h + 2.0);
                out.push(boxed(x + GAP + 1.0, top, size, Anchor::Start, Baseline::Top));
                out.push(boxed(x - GAP - 1.0, top, size, Anchor::End, Baseline::Top));
            }
        }
        MarkGeometry::Band(b) if b.w >= area.w - 0.5 => {
            // A band of values: inside its top edge, else just outside it; from the left, then
            // sliding right.
            for y in [b.y + GAP, b.bottom() - GAP - h, b.y - GAP - h, b.bottom() + GAP] {
                let mut left = area.x + INSET + 2.0;
                out.push(boxed(area.right() - INSET - 2.0, y, size, Anchor::End, Baseline::Top));
                while left + w <= area.right() - INSET {
                    out.push(boxed(left, y, size, Anchor::Start, Baseline::Top));
                    left += w / 2.0 + 6.0;
                }
            }
        }
        MarkGeometry::Band(b) => {
            for row in 0..4 {
                let top = area.y + INSET + row as f64 * (h + 2.0);
                out.push(boxed(b.x + GAP + 1.0, top, size, Anchor::Start, Baseline::Top));
                out.push(boxed(b.x + b.w / 2.0, top, size, Anchor::Middle, Baseline::Top));
                out.push(boxed(b.right() - GAP - 1.0, top, size, Anchor::End, Baseline::Top));
            }
        }
        MarkGeometry::Ring(x, y) => {
            let d = RING_RADIUS + GAP;
            let diagonal = d * 0.75;
            let near = [
                (x, y - d, Anchor::Middle, Baseline::Bottom),
                (x + d, y, Anchor::Start, Baseline::Middle),
                (x - d, y, Anchor::End, Baseline::Middle),
                (x, y + d, Anchor::Middle, Baseline::Top),
                (x + diagonal, y - diagonal, Anchor::Start, Baseline::Bottom),
                (x - diagonal, y - diagonal, Anchor::End, Baseline::Bottom),
                (x + diagonal, y + diagonal, Anchor::Start, Baseline::Top),
                (x - diagonal, y + diagonal, Anchor::End, Baseline::Top),
            ];
            out.extend(near.iter().map(|&(x, y, a, b)| boxed(x, y, size, a, b)));
            // Further out, with a leader line back to the ring.
            for far in [26.0, 42.0, 60.0] {
                let spots = [
                    (x, y - far, Anchor::Middle, Baseline::Bottom),
                    (x, y + far, Anchor::Middle, Baseline::Top),
                    (x + far * 0.7, y - far * 0.7, Anchor::Start, Baseline::Bottom),
                    (x - far * 0.7, y - far * 0.7, Anchor::End, Baseline::Bottom),
                    (x + far * 0.7, y + far * 0.7, Anchor::Start, Baseline::Top),
                    (x - far * 0.7, y + far * 0.7, Anchor::End, Baseline::Top),
                ];
                for (sx, sy, a, b) in spots {
                    let mut c = boxed(sx, sy, size, a, b);
                    c.leader = Some((x, y));
                    out.push(c);
                }
            }
        }
        MarkGeometry::Bar { x, y, half } => {
            // Beside the bar's end first, then down along the bar, then above its value label.
            for row in 0..3 {
                let top = y - h / 2.0 + row as f64 * (h + 2.0);
                out.push(boxed(x + half + GAP + 1.0, top, size, Anchor::Start, Baseline::Top));
                out.push(boxed(x - half - GAP - 1.0, top, size, Anchor::End, Baseline::Top));
            }
            for lift in [GAP, GAP + h + 4.0] {
                out.push(boxed(x, y - lift, size, Anchor::Middle, Baseline::Bottom));
            }
            for far in [30.0, 48.0] {
                for (sx, sy, a, b) in [
                    (x + half + far * 0.5, y - far, Anchor::Start, Baseline::Bottom),
                    (x - half - far * 0.5, y - far, Anchor::End, Baseline::Bottom),
                ] {
                    let mut c = boxed(sx, sy, size, a, b);
                    c.leader = Some((x, y));
                    out.push(c);
                }
            }
        }
    }
    out
}

/// Every spot on a grid over the plot, with its distance from the mark: the last resort when the
/// preferred spots all collide with text. Points get a leader line back to them.
fn scan(mark: MarkGeometry, plot: &PlotLayout, (w, h): (f64, f64)) -> Vec<(f64, Candidate)> {
    let area = plot.area;
    let mut out = Vec::new();
    let mut y = area.y + INSET;
    while y + h <= area.bottom() - INSET {
        let mut x = area.x + INSET;
        while x + w <= area.right() - INSET {
            let at = Bounds { x, y, w, h };
            let (cx, cy) = (x + w / 2.0, y + h / 2.0);
            let (distance, leader) = match mark {
                MarkGeometry::HLine(my) => ((cy - my).abs(), None),
                MarkGeometry::VLine(mx) => ((cx - mx).abs(), None),
                MarkGeometry::Band(b) => {
                    let (nx, ny) = nearest_on(&b, (cx, cy));
                    ((nx - cx).hypot(ny - cy), None)
                }
                MarkGeometry::Ring(px, py) | MarkGeometry::Bar { x: px, y: py, .. } => {
                    let (nx, ny) = nearest_on(&at, (px, py));
                    ((nx - px).hypot(ny - py), Some((px, py)))
                }
            };
            out.push((distance, Candidate { at, leader }));
            x += (w / 3.0).max(12.0).max(area.w / SCAN_COLUMNS);
        }
        y += (h / 2.0).max(area.h / SCAN_ROWS);
    }
    out
}

/// Moves a candidate inside the plot (keeping its leader's start).
fn clamp(mut c: Candidate, area: Bounds) -> Candidate {
    let b = &mut c.at;
    let (min_x, max_x) = (area.x + INSET, area.right() - INSET - b.w);
    let (min_y, max_y) = (area.y + INSET, area.bottom() - INSET - b.h);
    if max_x >= min_x {
        b.x = crate::decimal::clamp(b.x, min_x, max_x);
    }
    if max_y >= min_y {
        b.y = crate::decimal::clamp(b.y, min_y, max_y);
    }
    c
}

/// What a label's cost is measured against.
struct Scene<'a> {
    xy: XyView<'a>,
    plot: &'a PlotLayout,
    marks: &'a [Option<MarkGeometry>],
    /// A dense plot's data per pixel column (see [`dense_columns`]); `None` for a sparse plot.
    columns: Option<Vec<DenseSeries>>,
}

/// One visible series of a dense plot: whether it is drawn as bars, and per pixel column the span
/// of y (top, bottom, in px) its marks cover there.
struct DenseSeries {
    bar: bool,
    spans: Vec<Option<(f64, f64)>>,
}

/// Limits: for a plot with more values than about two per pixel column, each visible series' y span
/// per pixel column (a line's lowest to highest value there; a bar's zero to its furthest end), from
/// one pass over the values (`scene::columns`). `None` for sparser plots, which are checked point by
/// point.
fn dense_columns(xy: XyView<'_>, plot: &PlotLayout) -> Option<Vec<DenseSeries>> {
    if (xy.len as f64) <= 2.0 * plot.area.w {
        return None;
    }
    let series = xy
        .visible_series()
        .map(|(_, s)| {
            let bar = match xy.kind {
                XyKind::Bar => true,
                XyKind::Combo => s.mark == crate::spec::Mark::Bar,
                XyKind::Line | XyKind::Area => false,
            };
            let mut scan = super::plot_columns::plot_scan(plot);
            scan.feed(s.values.up_to(xy.len), |i| plot.x_of(i), usize::MAX);
            let zero = match (&plot.y2, s.right) {
                (Some(axis), true) => crate::decimal::clamp(0.0, axis.ticks.min, axis.ticks.max),
                _ => plot.scale.base(),
            };
            let spans = scan
                .columns()
                .iter()
                .map(|c| {
                    c.map(|c| {
                        let (lo, hi) =
                            if bar { (c.min.min(zero), c.max.max(zero)) } else { (c.min, c.max) };
                        (plot.y_on(hi, s.right), plot.y_on(lo, s.right))
                    })
                })
                .collect();
            DenseSeries { bar, spans }
        })
        .collect();
    Some(series)
}

impl Scene<'_> {
    fn cost(&self, own: usize, c: &Candidate, taken: &[Bounds]) -> f64 {
        let b = c.at;
        let area = self.plot.area;
        let mut cost = 0.0;
        if b.x < area.x + INSET - 0.5
            || b.right() > area.right() - INSET + 0.5
            || b.y < area.y - 0.5
            || b.bottom() > area.bottom() + 0.5
        {
            cost += OUTSIDE_COST;
        }
        cost += taken.iter().filter(|t| t.overlaps(&b)).count() as f64 * TEXT_COST;
        cost += self.data_hits(&inflate(b, 1.5)) * DATA_COST;
        for (k, mark) in self.marks.iter().enumerate() {
            let Some(mark) = mark else { continue };
            let hit = match *mark {
                MarkGeometry::HLine(y) => y > b.y && y < b.bottom(),
                MarkGeometry::VLine(x) => x > b.x && x < b.right(),
                // A band under a label is fine: labels of bands sit inside them.
                MarkGeometry::Band(_) => false,
                MarkGeometry::Ring(x, y) => {
                    inflate(b, RING_RADIUS).overlaps(&Bounds { x, y, w: 0.02, h: 0.02 })
                }
                // The bar is data: `data_hits` already counts it.
                MarkGeometry::Bar { .. } => false,
            };
            if hit {
                cost += match mark {
                    _ if k == own => OWN_MARK_COST,
                    MarkGeometry::Ring(..) => OTHER_RING_COST,
                    _ => OTHER_LINE_COST,
                };
            }
        }
        if let Some(from) = c.leader {
            let (dx, dy) = (nearest_on(&b, from).0 - from.0, nearest_on(&b, from).1 - from.1);
            cost += LEADER_COST + (dx * dx + dy * dy).sqrt() / 10.0;
            cost += self.leader_crossings(from, nearest_on(&b, from), taken) * TEXT_COST / 4.0;
        }
        cost
    }

    /// How much of the data a box covers: segments of lines crossing it, bars under it (by share
    /// of the box), and point markers inside it.
    fn data_hits(&self, b: &Bounds) -> f64 {
        if let Some(columns) = &self.columns {
            return dense_hits(columns, self.plot, b);
        }
        let (xy, plot) = (self.xy, self.plot);
        let (from, to) = index_span(plot, xy.len, b.x, b.right());
        if from >= to {
            return 0.0;
        }
        let count = xy.visible_series().count();
        // Limits: at most `MAX_SCANNED` points per candidate, over all series together.
        let step = ((to - from) * count.max(1)).div_ceil(MAX_SCANNED).max(1);
        let mut hits = 0.0;
        for (slot, (_, s)) in xy.visible_series().enumerate() {
            let value = |i: usize| s.values.get(i).filter(|v| v.is_finite());
            let mut i = from;
            while i < to {
                match xy.kind {
                    XyKind::Line | XyKind::Area | XyKind::Combo => {
                        let next = (i + step).min(xy.len.saturating_sub(1));
                        if let Some(v) = value(i) {
                            let p = (plot.x_of(i), plot.y_of(v));
                            if contains(b, p) {
                                hits += 1.0;
                            } else if let Some(w) = value(next).filter(|_| next > i) {
                                if segment_hits(b, p, (plot.x_of(next), plot.y_of(w))) {
                                    hits += 1.0;
                                }
                            }
                        }
                    }
                    XyKind::Bar => {
                        if let Some(v) = value(i) {
                            let (x, w) = plot.bar(i, slot, count);
                            let base = plot.y_of(plot.scale.base());
                            let y = plot.y_of(v);
                            let bar = Bounds { x, y: y.min(base), w, h: (y - base).abs() };
                            let share = overlap_area(b, &bar) / (b.w * b.h).max(1.0);
                            if share > 0.0 {
                                hits += 1.0 + 4.0 * share;
                            }
                        }
                    }
                }
                i += step;
            }
        }
        hits
    }

    fn leader_crossings(&self, p: (f64, f64), q: (f64, f64), taken: &[Bounds]) -> f64 {
        taken.iter().filter(|t| segment_hits(t, p, q)).count() as f64
    }
}

/// [`Scene::data_hits`] on a dense plot: per pixel column under the box and series, one hit when
/// the column's marks reach into the box (bars also by the share of the box they cover).
fn dense_hits(columns: &[DenseSeries], plot: &PlotLayout, b: &Bounds) -> f64 {
    let area = plot.area;
    let count = columns.iter().map(|s| s.spans.len()).max().unwrap_or(0);
    if count == 0 {
        return 0.0;
    }
    let (from, to) = (
        crate::columns::column_of(b.x, area.x, count),
        crate::columns::column_of(b.right(), area.x, count),
    );
    let mut hits = 0.0;
    for series in columns {
        for &(top, bottom) in series.spans[from..=to.min(series.spans.len() - 1)].iter().flatten() {
            let overlap = bottom.min(b.bottom()) - top.max(b.y);
            if overlap < 0.0 {
                continue;
            }
            hits +=
                if series.bar { 1.0 + 4.0 * overlap.max(0.0) / (b.w * b.h).max(1.0) } else { 1.0 };
        }
    }
    hits
}

/// Positions whose marks may reach into x0..x1 (one more on each side: segments leave from there).
fn index_span(plot: &PlotLayout, len: usize, x0: f64, x1: f64) -> (usize, usize) {
    if len == 0 {
        return (0, 0);
    }
    let area = plot.area;
    let (a, b) = match plot.x {
        XScale::Band { band, .. } => {
            let band = band.max(1e-9);
            ((x0 - area.x) / band - 0.5, (x1 - area.x) / band - 0.5)
        }
        XScale::Linear { min, max } => {
            let k = (max - min) / area.w.max(1e-9);
            (min + (x0 - area.x) * k, min + (x1 - area.x) * k)
        }
        // Positions at uneven days: the first at or after x0's day, the last at or before x1's.
        XScale::Time { min, max, ref at } => {
            let k = (max - min) / area.w.max(1e-9);
            let (d0, d1) = (min + (x0 - area.x) * k, min + (x1 - area.x) * k);
            (at.partition_point(|&d| d < d0) as f64, at.partition_point(|&d| d <= d1) as f64 - 1.0)
        }
    };
    let last = (len - 1) as f64;
    let from = crate::decimal::clamp(a.floor() - 1.0, 0.0, last) as usize;
    let to = crate::decimal::clamp(b.ceil() + 1.0, 0.0, last) as usize + 1;
    (from, to)
}

fn inflate(b: Bounds, by: f64) -> Bounds {
    Bounds { x: b.x - by, y: b.y - by, w: b.w + 2.0 * by, h: b.h + 2.0 * by }
}

fn contains(b: &Bounds, (x, y): (f64, f64)) -> bool {
    x >= b.x && x <= b.right() && y >= b.y && y <= b.bottom()
}

fn overlap_area(a: &Bounds, b: &Bounds) -> f64 {
    let w = a.right().min(b.right()) - a.x.max(b.x);
    let h = a.bottom().min(b.bottom()) - a.y.max(b.y);
    if w > 0.0 && h > 0.0 {
        w * h
    } else {
        0.0
    }
}

/// Whether segment p–q passes through box `b` (Liang–Barsky clipping).
pub(crate) fn segment_hits(b: &Bounds, p: (f64, f64), q: (f64, f64)) -> bool {
    let (dx, dy) = (q.0 - p.0, q.1 - p.1);
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    for (den, num) in
        [(-dx, p.0 - b.x), (dx, b.right() - p.0), (-dy, p.1 - b.y), (dy, b.bottom() - p.1)]
    {
        if den == 0.0 {
            if num < 0.0 {
                return false;
            }
        } else {
            let t = num / den;
            if den < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
            if t0 > t1 {
                return false;
            }
        }
    }
    true
}

/// The point of `b` nearest to `p`, where a leader line from `p` ends.
fn nearest_on(b: &Bounds, p: (f64, f64)) -> (f64, f64) {
    (crate::decimal::clamp(p.0, b.x, b.right()), crate::decimal::clamp(p.1, b.y, b.bottom()))
}

/// The label's first line, cut with "…" to `max` px: annotation labels are one line.
fn ellipsize(text: &str, font: Font, max: f64, measure: &dyn TextMeasure) -> String {
    super::wrap::ellipsize(text.lines().next().unwrap_or_default(), font, max, measure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_hit_boxes_they_cross() {
        let b = Bounds { x: 10.0, y: 10.0, w: 10.0, h: 10.0 };
        assert!(segment_hits(&b, (0.0, 0.0), (30.0, 30.0)));
        assert!(segment_hits(&b, (0.0, 15.0), (30.0, 15.0)));
        assert!(segment_hits(&b, (12.0, 12.0), (13.0, 13.0)), "inside");
        assert!(!segment_hits(&b, (0.0, 0.0), (30.0, 0.0)));
        assert!(!segment_hits(&b, (0.0, 25.0), (25.0, 50.0)));
    }
}
