//! Hover and keyboard focus on a finished scene: which position the pointer is nearest, and the few
//! marks drawn on the overlay layer to show it. Nothing here runs layout or touches the static layer:
//! a pointer move costs a search over one plot's x positions and a handful of items.

use super::{PlotHit, Scene};
use crate::paint::{Circle, Color, Item, Polyline, Rect, Stroke};

/// The plot under (x, y), in CSS px from the widget's top-left corner.
pub fn plot_at(scene: &Scene, x: f64, y: f64) -> Option<&PlotHit> {
    scene.plots.iter().find(|p| {
        let a = &p.area;
        x >= a.x && x <= a.x + a.w && y >= a.y && y <= a.y + a.h
    })
}

/// The position under the pointer at (x, y): by x, or by y for horizontal bars (rows).
pub fn index_at(plot: &PlotHit, x: f64, y: f64) -> Option<usize> {
    nearest_index(plot, if plot.horizontal { y } else { x })
}

/// The position whose centre is nearest to `x` (the whole band of a category counts as that category).
/// `xs` is in increasing order: a binary search, so a pointer move costs O(log positions).
pub fn nearest_index(plot: &PlotHit, x: f64) -> Option<usize> {
    let xs = &plot.xs;
    let after = xs.partition_point(|&p| p < x);
    let candidates = [after.checked_sub(1), (after < xs.len()).then_some(after)];
    // On a tie the left one wins, as the linear search did.
    candidates
        .into_iter()
        .flatten()
        .min_by(|&a, &b| (xs[a] - x).abs().total_cmp(&(xs[b] - x).abs()))
}

/// What the overlay shows for position `index` of `plot`: a crosshair (lines) or a band tint (bars),
/// and each visible value's mark enlarged; the `focused` series (keyboard) gets a thicker ring.
pub fn focus_marks(
    plot: &PlotHit,
    index: usize,
    focused: Option<usize>,
    ink: Color,
    background: Color,
) -> Vec<Item> {
    let mut items = Vec::new();
    let Some(&x) = plot.xs.get(index) else { return items };
    let a = &plot.area;
    if plot.horizontal {
        let band = if plot.xs.len() > 1 { a.h / plot.xs.len() as f64 } else { a.h };
        items.push(Item::Rect(Rect {
            x: a.x,
            y: x - band / 2.0,
            w: a.w,
            h: band,
            fill: ink.with_alpha(0.07),
        }));
    } else if plot.bars {
        let band = if plot.xs.len() > 1 { a.w / plot.xs.len() as f64 } else { a.w };
        items.push(Item::Rect(Rect {
            x: x - band / 2.0,
            y: a.y,
            w: band,
            h: a.h,
            fill: ink.with_alpha(0.07),
        }));
    } else {
        items.push(Item::Line(Polyline {
            points: vec![(x, a.y), (x, a.y + a.h)],
            stroke: Stroke { color: ink.with_alpha(0.45), width: 1.0, dash: None },
        }));
    }
    for s in &plot.series {
        let is_focused = focused == Some(s.series);
        if let Some(Some(r)) = s.rects.get(index) {
            if is_focused {
                let (x0, y0, x1, y1) = (r.x - 1.5, r.y - 1.5, r.x + r.w + 1.5, r.y + r.h + 1.5);
                items.push(Item::Line(Polyline {
                    points: vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)],
                    stroke: Stroke { color: ink, width: 2.0, dash: None },
                }));
            }
            continue;
        }
        if let Some(Some((cx, cy))) = s.points.get(index) {
            let ring =
                Stroke { color: if is_focused { ink } else { background }, width: 2.0, dash: None };
            let r = if is_focused { 6.5 } else { 5.0 };
            items.push(Item::Circle(Circle {
                cx: *cx,
                cy: *cy,
                r,
                fill: Some(s.color),
                stroke: Some(ring),
            }));
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paint::{Region, RegionKind};
    use crate::scene::SeriesHit;

    fn plot(bars: bool) -> PlotHit {
        PlotHit {
            chart: 0,
            area: Region {
                kind: RegionKind::Plot { chart: 0 },
                x: 100.0,
                y: 10.0,
                w: 300.0,
                h: 100.0,
            },
            xs: vec![150.0, 250.0, 350.0],
            series: vec![SeriesHit {
                series: 0,
                color: Color::hex(0x0072B2),
                points: vec![Some((150.0, 80.0)), None, Some((350.0, 20.0))],
                rects: vec![None, None, None],
            }],
            bars,
            index: Vec::new(),
            horizontal: false,
            panel: None,
        }
    }

    #[test]
    fn nearest_index_snaps_to_the_closest_position() {
        let p = plot(false);
        assert_eq!(nearest_index(&p, 100.0), Some(0));
        assert_eq!(nearest_index(&p, 201.0), Some(1));
        assert_eq!(nearest_index(&p, 399.0), Some(2));
    }

    #[test]
    fn a_gap_gets_a_crosshair_but_no_point() {
        let items = focus_marks(&plot(false), 1, None, Color::hex(0), Color::hex(0xFFFFFF));
        assert_eq!(items.len(), 1, "{items:?}");
        let items = focus_marks(&plot(false), 2, Some(0), Color::hex(0), Color::hex(0xFFFFFF));
        assert!(
            matches!(items[1], Item::Circle(Circle { r, .. }) if r > 6.0),
            "the focused point is larger"
        );
    }

    #[test]
    fn bars_tint_their_band() {
        let items = focus_marks(&plot(true), 0, None, Color::hex(0), Color::hex(0xFFFFFF));
        assert!(matches!(items[0], Item::Rect(Rect { w, .. }) if (w - 100.0).abs() < 1e-9));
    }
}
