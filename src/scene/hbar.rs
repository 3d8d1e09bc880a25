//! Horizontal bars (rankings) and highlighted categories.
//!
//! A highlight singles out categories: their bars keep the series colour (the accent), every other
//! bar turns a quiet grey, so "平远 第3" reads before any number does.

use super::style::{bar_colour, bar_rect};
use super::{PlotHit, SeriesHit};
use crate::layout::{Bounds, PlotLayout};
use crate::model::theme::Theme;
use crate::model::XyView;
use crate::paint::{Item, Polyline, Rect, Stroke};

fn bounds(plot: &PlotLayout, i: usize, slot: usize, count: usize, v: f64) -> Bounds {
    let (y, h) = plot.hbar(i, slot, count);
    let (x0, x1) = (plot.value_x(0.0), plot.value_x(v));
    Bounds { x: x0.min(x1), y, w: (x1 - x0).abs(), h }
}

pub fn draw(xy: XyView<'_>, plot: &PlotLayout, theme: &Theme, items: &mut Vec<Item>) {
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

pub fn hit(xy: XyView<'_>, plot: &PlotLayout, theme: &Theme) -> PlotHit {
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
            SeriesHit { series: index, color: xy.color(s), points, rects }
        })
        .collect();
    PlotHit {
        chart: plot.chart,
        area: super::hit::plot_region(plot),
        xs: (0..xy.len).map(|i| plot.row_y(i)).collect(),
        series,
        bars: true,
        index: Vec::new(),
        horizontal: true,
        panel: plot.panel,
    }
}
