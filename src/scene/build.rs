//! Model + width → Scene: runs layout, then turns its boxes into marks (gridlines, bars, lines, points,
//! legend keys) and appends every laid-out text run.

use super::{
    Circle, Color, Item, PlotHit, Polyline, Rect, Region, RegionKind, Scene, SeriesHit, Stroke,
};
use crate::layout::{layout, Bounds, PlotLayout, TextMeasure};
use crate::model::{ChartModel, Model, SeriesModel, XyKind, XyModel};

const LINE_WIDTH: f64 = 2.5;
const DERIVED_DASH: (f64, f64) = (6.0, 4.0);
/// Derived bars are drawn as a pale fill inside a solid outline: the same hue, visibly "not measured".
const DERIVED_FILL_ALPHA: f64 = 0.28;
/// Beyond this many points, markers would merge into a blur; the line alone reads better.
const MAX_MARKED_POINTS: usize = 30;

pub fn build(model: &Model, width: f64, measure: &dyn TextMeasure) -> Scene {
    let layout = layout(model, width, measure);
    let theme = &model.theme;
    let mut items = Vec::new();
    let mut plots = Vec::new();

    for rule in &layout.rules {
        items.push(Item::Rect(*rule));
    }
    for plot in &layout.plots {
        let ChartModel::Xy(xy) = &model.charts[plot.chart] else {
            continue;
        };
        grid(plot, theme.grid, &mut items);
        match xy.kind {
            XyKind::Bar => bars(xy, plot, &mut items),
            XyKind::Line => lines(xy, plot, theme.background, &mut items),
        }
        baseline(plot, theme.axis, &mut items);
        plots.push(plot_hit(xy, plot));
    }
    for swatch in &layout.legend_swatches {
        let ChartModel::Xy(xy) = &model.charts[swatch.chart] else {
            continue;
        };
        legend_key(xy, &xy.series[swatch.series], swatch.at, theme.grid, &mut items);
    }
    items.extend(layout.texts.into_iter().map(Item::Text));

    Scene {
        width: layout.width,
        height: layout.height,
        background: theme.background,
        items,
        regions: layout.regions,
        plots,
    }
}

/// Bar geometry shared by drawing and hit-testing: bars sit in slots among the visible series.
fn bar_bounds(plot: &PlotLayout, i: usize, slot: usize, count: usize, v: f64) -> Bounds {
    let base_y = plot.y_of(base_value(plot));
    let (x, w) = plot.bar(i, slot, count);
    let y = plot.y_of(v);
    let (top, h) = if y < base_y { (y, base_y - y) } else { (base_y, y - base_y) };
    Bounds { x, y: top, w, h }
}

fn plot_hit(xy: &XyModel, plot: &PlotLayout) -> PlotHit {
    let count = xy.visible_series().count();
    let series = xy
        .visible_series()
        .enumerate()
        .map(|(slot, (index, s))| {
            let values = s.values.iter().take(xy.len).map(|v| v.filter(|v| v.is_finite()));
            let (points, rects) = values
                .enumerate()
                .map(|(i, v)| match (v, xy.kind) {
                    (None, _) => (None, None),
                    (Some(v), XyKind::Line) => (Some((plot.x_of(i), plot.y_of(v))), None),
                    (Some(v), XyKind::Bar) => {
                        let b = bar_bounds(plot, i, slot, count, v);
                        let top = if v >= 0.0 { b.y } else { b.bottom() };
                        let rect = Rect { x: b.x, y: b.y, w: b.w, h: b.h, fill: s.color };
                        (Some((b.x + b.w / 2.0, top)), Some(rect))
                    }
                })
                .unzip();
            SeriesHit { series: index, color: s.color, points, rects }
        })
        .collect();
    let a = plot.area;
    PlotHit {
        chart: plot.chart,
        area: Region {
            kind: RegionKind::Plot { chart: plot.chart },
            x: a.x,
            y: a.y,
            w: a.w,
            h: a.h,
        },
        xs: (0..xy.len).map(|i| plot.x_of(i)).collect(),
        series,
        bars: xy.kind == XyKind::Bar,
    }
}

fn hline(x0: f64, x1: f64, y: f64, color: Color, width: f64) -> Item {
    Item::Line(Polyline {
        points: vec![(x0, y), (x1, y)],
        stroke: Stroke { color, width, dash: None },
    })
}

/// Gridlines at every tick except the zero/bottom line, which `baseline` draws over the marks.
fn grid(plot: &PlotLayout, grid: Color, items: &mut Vec<Item>) {
    let base = base_value(plot);
    for &t in &plot.ticks.values {
        if t != base {
            items.push(hline(plot.area.x, plot.area.right(), plot.y_of(t), grid, 1.0));
        }
    }
}

/// The zero line when zero is in view, else the bottom of the plot: the one strong horizontal.
fn baseline(plot: &PlotLayout, axis: Color, items: &mut Vec<Item>) {
    items.push(hline(plot.area.x, plot.area.right(), plot.y_of(base_value(plot)), axis, 1.0));
}

fn base_value(plot: &PlotLayout) -> f64 {
    0.0_f64.clamp(plot.ticks.min, plot.ticks.max)
}

fn bars(xy: &XyModel, plot: &PlotLayout, items: &mut Vec<Item>) {
    let count = xy.visible_series().count();
    for (slot, (_, s)) in xy.visible_series().enumerate() {
        for (i, v) in s.values.iter().enumerate().take(xy.len) {
            let Some(v) = v.filter(|v| v.is_finite()) else { continue };
            bar_rect(s.color, s.derived, bar_bounds(plot, i, slot, count, v), items);
        }
    }
}

fn bar_rect(color: Color, derived: bool, b: Bounds, items: &mut Vec<Item>) {
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

fn series_stroke(s: &SeriesModel) -> Stroke {
    Stroke { color: s.color, width: LINE_WIDTH, dash: s.derived.then_some(DERIVED_DASH) }
}

/// Each series as polylines broken at gaps, with a marker at every point while points are few and
/// always at a point standing alone between gaps (it would otherwise be invisible).
fn lines(xy: &XyModel, plot: &PlotLayout, background: Color, items: &mut Vec<Item>) {
    let mark_all = xy.len <= MAX_MARKED_POINTS;
    for (_, s) in xy.visible_series() {
        let stroke = series_stroke(s);
        let mut run: Vec<(f64, f64)> = Vec::new();
        let mut markers = Vec::new();
        let values: Vec<Option<f64>> =
            s.values.iter().take(xy.len).map(|v| v.filter(|v| v.is_finite())).collect();
        for (i, v) in values.iter().enumerate() {
            match v {
                Some(v) => {
                    let p = (plot.x_of(i), plot.y_of(*v));
                    run.push(p);
                    let alone = (i == 0 || values[i - 1].is_none())
                        && values.get(i + 1).is_none_or(|n| n.is_none());
                    if mark_all || alone {
                        markers.push(p);
                    }
                }
                None => flush(&mut run, stroke, items),
            }
        }
        flush(&mut run, stroke, items);
        for (cx, cy) in markers {
            let (fill, ring) = if s.derived {
                (background, Some(Stroke { color: s.color, width: 1.5, dash: None }))
            } else {
                (s.color, Some(Stroke { color: background, width: 1.0, dash: None }))
            };
            items.push(Item::Circle(Circle { cx, cy, r: 3.5, fill: Some(fill), stroke: ring }));
        }
    }
}

fn flush(run: &mut Vec<(f64, f64)>, stroke: Stroke, items: &mut Vec<Item>) {
    if run.len() > 1 {
        items.push(Item::Line(Polyline { points: std::mem::take(run), stroke }));
    }
    run.clear();
}

/// A hidden series keeps its legend entry (so it can be shown again), greyed out.
fn legend_key(xy: &XyModel, s: &SeriesModel, at: Bounds, hidden: Color, items: &mut Vec<Item>) {
    let color = if s.visible { s.color } else { hidden };
    match xy.kind {
        XyKind::Line => {
            let y = at.y + at.h / 2.0;
            items.push(Item::Line(Polyline {
                points: vec![(at.x, y), (at.right(), y)],
                stroke: Stroke { color, width: LINE_WIDTH, dash: s.derived.then_some((4.0, 3.0)) },
            }));
        }
        XyKind::Bar => bar_rect(color, s.derived, at, items),
    }
}
