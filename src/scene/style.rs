//! How a series is drawn wherever it appears: the line width, the dash and pale fill that mark a
//! derived series, a bar as a filled (or outlined) rectangle, a hairline.

use crate::layout::Bounds;
use crate::model::theme::Theme;
use crate::model::{SeriesModel, XyView};
use crate::paint::{Color, Item, Polyline, Rect, Stroke};

pub(super) const LINE_WIDTH: f64 = 2.5;

pub(super) const DERIVED_DASH: (f64, f64) = (6.0, 4.0);

/// Derived bars are drawn as a pale fill inside a solid outline: the same hue, visibly "not measured".
pub(super) const DERIVED_FILL_ALPHA: f64 = 0.28;

pub(super) fn bar_rect(color: Color, derived: bool, b: Bounds, items: &mut Vec<Item>) {
    let fill = if derived { color.with_alpha(DERIVED_FILL_ALPHA) } else { color };
    items.push(Item::Rect(Rect { x: b.x, y: b.y, w: b.w, h: b.h, fill }));
    if derived {
        let stroke = Stroke { color, width: 1.5, dash: None };
        let (x0, y0, x1, y1) = (b.x + 0.75, b.y + 0.75, b.right() - 0.75, b.bottom() - 0.75);
        items.push(Item::Line(Polyline {
            points: vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)],
            stroke,
        }));
    }
}

pub(super) fn series_stroke(xy: XyView, s: &SeriesModel) -> Stroke {
    Stroke { color: xy.color(s), width: LINE_WIDTH, dash: s.derived.then_some(DERIVED_DASH) }
}

pub(super) fn hline(x0: f64, x1: f64, y: f64, color: Color, width: f64) -> Item {
    Item::Line(Polyline {
        points: vec![(x0, y), (x1, y)],
        stroke: Stroke { color, width, dash: None },
    })
}

/// The colour of series `s`'s bar at category `i`: muted when another category is highlighted —
/// grey for a single series, a faded series colour when several must stay told apart.
pub(super) fn bar_colour(xy: XyView<'_>, s: &SeriesModel, i: usize, theme: &Theme) -> Color {
    if xy.highlight.is_empty() || xy.highlight.contains(&i) {
        xy.color(s)
    } else if xy.visible_series().filter(|(_, v)| v.mark == crate::spec::Mark::Bar).count() > 1 {
        xy.color(s).with_alpha(0.3)
    } else {
        muted_bar(theme)
    }
}

/// Grey that recedes on either background yet still reads as a bar (about 1.6:1).
fn muted_bar(theme: &Theme) -> Color {
    theme.muted.with_alpha(0.38)
}
