//! The marks of annotations, quiet as in FT and Reuters graphics: light bands behind the data, thin
//! dashed reference lines and rings around marked points over it, hairline leaders to moved labels.
//! The labels themselves are texts placed by `layout::annotate`.

use crate::layout::annotate::MarkGeometry;
use crate::layout::PlotLayout;
use crate::model::theme::Theme;
use crate::paint::{Circle, Item, Polyline, Rect, Stroke};

/// Bands are the text colour at this opacity: a light grey on white, a slightly lighter charcoal
/// on the dark background, always quieter than the gridlines' job of guiding the eye.
const BAND_ALPHA: f64 = 0.07;
const REFERENCE_DASH: (f64, f64) = (4.0, 3.0);

/// Bands, drawn after the grid and before the data.
pub fn behind(plot: &PlotLayout, theme: &Theme, items: &mut Vec<Item>) {
    for placed in &plot.annotations {
        if let MarkGeometry::Band(b) = placed.mark {
            let fill = theme.text.with_alpha(BAND_ALPHA);
            items.push(Item::Rect(Rect { x: b.x, y: b.y, w: b.w, h: b.h, fill }));
        }
    }
}

/// Reference lines, rings and leaders, drawn over the data.
pub fn over(plot: &PlotLayout, theme: &Theme, items: &mut Vec<Item>) {
    let area = plot.area;
    let dashed = Stroke { color: theme.muted, width: 1.0, dash: Some(REFERENCE_DASH) };
    for placed in &plot.annotations {
        match placed.mark {
            MarkGeometry::HLine(y) => items.push(Item::Line(Polyline {
                points: vec![(area.x, y), (area.right(), y)],
                stroke: dashed,
            })),
            MarkGeometry::VLine(x) => items.push(Item::Line(Polyline {
                points: vec![(x, area.y), (x, area.bottom())],
                stroke: dashed,
            })),
            MarkGeometry::Band(_) | MarkGeometry::Bar { .. } => {}
            MarkGeometry::Ring(cx, cy) => items.push(Item::Circle(Circle {
                cx,
                cy,
                r: crate::layout::annotate::RING_RADIUS,
                fill: None,
                stroke: Some(Stroke { color: theme.text, width: 1.5, dash: None }),
            })),
        }
        if let Some([from, to]) = placed.leader {
            // From the ring's edge, not its centre, to the label; from the end of a bar.
            let r = match placed.mark {
                MarkGeometry::Ring(..) => crate::layout::annotate::RING_RADIUS + 1.0,
                _ => 0.0,
            };
            let (dx, dy) = (to.0 - from.0, to.1 - from.1);
            let len = (dx * dx + dy * dy).sqrt();
            if len > r + 2.0 {
                let start = (from.0 + dx / len * r, from.1 + dy / len * r);
                let stroke = Stroke { color: theme.muted, width: 1.0, dash: None };
                items.push(Item::Line(Polyline { points: vec![start, to], stroke }));
            }
        }
    }
}
