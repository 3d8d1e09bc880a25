//! Horizontal bars (rankings) and highlighted categories.
//!
//! A highlight singles out categories: their bars keep the series colour (the accent), every other
//! bar turns a quiet grey, so "平远 第3" reads before any number does.

use super::build::bar_rect;
use super::{PlotHit, SeriesHit};
use crate::layout::{Bounds, PlotLayout};
use crate::model::theme::Theme;
use crate::model::{SeriesModel, XyModel};
use crate::paint::Color;
use crate::paint::{Item, Polyline, Rect, Stroke};

/// The colour of series `s`'s bar at category `i`: muted when another category is highlighted —
/// grey for a single series, a faded series colour when several must stay told apart.
pub fn bar_colour(xy: &XyModel, s: &SeriesModel, i: usize, theme: &Theme) -> Color {
    if xy.highlight.is_empty() || xy.highlight.contains(&i) {
        s.color
    } else if xy.visible_series().filter(|(_, v)| v.mark == crate::spec::Mark::Bar).count() > 1 {
        s.color.with_alpha(0.3)
    } else {
        muted_bar(theme)
    }
}

/// Grey that recedes on either background yet still reads as a bar (about 1.6:1).
fn muted_bar(theme: &Theme) -> Color {
    theme.muted.with_alpha(0.38)
}

fn bounds(plot: &PlotLayout, i: usize, slot: usize, count: usize, v: f64) -> Bounds {
    let (y, h) = plot.hbar(i, slot, count);
    let (x0, x1) = (plot.value_x(0.0), plot.value_x(v));
    Bounds { x: x0.min(x1), y, w: (x1 - x0).abs(), h }
}

pub fn draw(xy: &XyModel, plot: &PlotLayout, theme: &Theme, items: &mut Vec<Item>) {
    let count = xy.visible_series().count();
    for (slot, (_, s)) in xy.visible_series().enumerate() {
        for (i, v) in s.values.iter().enumerate().take(xy.len) {
            let Some(v) = v.filter(|v| v.is_finite()) else { continue };
            bar_rect(
                bar_colour(xy, s, i, theme),
                s.derived,
                bounds(plot, i, slot, count, v),
                items,
            );
        }
    }
    // The zero line, vertical, over the bars' roots.
    let x = plot.value_x(0.0);
    items.push(Item::Line(Polyline {
        points: vec![(x, plot.area.y), (x, plot.area.bottom())],
        stroke: Stroke { color: theme.axis, width: 1.0, dash: None },
    }));
}

pub fn hit(xy: &XyModel, plot: &PlotLayout, theme: &Theme) -> PlotHit {
    let count = xy.visible_series().count();
    let series = xy
        .visible_series()
        .enumerate()
        .map(|(slot, (index, s))| {
            let (points, rects) = (0..xy.len)
                .map(|i| match s.values.get(i).filter(|v| v.is_finite()) {
                    None => (None, None),
                    Some(v) => {
                        let b = bounds(plot, i, slot, count, v);
                        let end = if v >= 0.0 { b.right() } else { b.x };
                        let fill = bar_colour(xy, s, i, theme);
                        let rect = Rect { x: b.x, y: b.y, w: b.w, h: b.h, fill };
                        (Some((end, b.y + b.h / 2.0)), Some(rect))
                    }
                })
                .unzip();
            SeriesHit { series: index, color: s.color, points, rects }
        })
        .collect();
    PlotHit {
        chart: plot.chart,
        area: super::build::plot_region(plot),
        xs: (0..xy.len).map(|i| plot.row_y(i)).collect(),
        series,
        bars: true,
        index: Vec::new(),
        horizontal: true,
        panel: plot.panel,
    }
}
