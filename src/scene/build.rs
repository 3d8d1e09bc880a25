//! Model + width → Scene: runs layout, then turns its boxes into marks (gridlines, bars, lines, points,
//! legend keys) and appends every laid-out text run.

use super::bar::{bar_series, bars, base_value, dense_bars, dense_stacked_bars, stacked_bars};
use super::dense::{is_dense, Scans};
use super::hit::plot_hit;
use super::line::lines;
use super::prepare::Prepared;
use super::style::{bar_rect, hline, LINE_WIDTH};
use super::Scene;
use super::{area, hbar};
use crate::layout::{layout, Bounds, PlotLayout, TextMeasure};
use crate::model::{ChartModel, Model, View, XyKind, XyView};
use crate::paint::{Color, Item, Polyline, Stroke};
use crate::spec::Mark;

/// The scene of `model` as `view` shows it (theme, width, hidden series).
pub fn build(model: &Model, view: &View, measure: &dyn TextMeasure) -> Scene {
    build_prepared(model, view, measure, &Prepared::default())
}

/// [`build`], taking what a staged render summarised ahead (`scene::prepare`) where it still fits.
pub fn build_prepared(
    model: &Model,
    view: &View,
    measure: &dyn TextMeasure,
    prepared: &Prepared,
) -> Scene {
    let layout = layout(model, view, measure);
    let theme = &view.theme;
    let mut items = Vec::new();
    let mut plots = Vec::new();

    for rule in &layout.rules {
        items.push(Item::Rect(*rule));
    }
    items.extend(layout.marks.iter().cloned());
    for plot in &layout.plots {
        let ChartModel::Xy(full) = &model.charts[plot.chart] else {
            continue;
        };
        // A panel of small multiples draws its own series only.
        let part;
        let xy = match plot.panel {
            Some(p) => {
                part = full.panel_chart(p);
                view.xy(&part, plot.chart)
            }
            None => view.xy(full, plot.chart),
        };
        if xy.horizontal {
            hbar::draw(xy, plot, theme, &mut items);
            plots.push(hbar::hit(xy, plot, theme));
            continue;
        }
        grid(plot, theme.grid, &mut items);
        super::annotate::behind(plot, theme, &mut items);
        // Where each stacked segment sits: computed with the model, for drawing and for hovering.
        let piles = xy.stacked.then(|| xy.piles());
        let stack = piles.as_ref();
        // The column scans a dense line or area was drawn from, kept for its hover positions.
        let mut scans = Scans::new();
        match (xy.kind, stack) {
            (XyKind::Bar, Some(stack)) if is_dense(xy.len, plot) => {
                dense_stacked_bars(xy, stack, plot, theme, &mut items)
            }
            (XyKind::Bar, Some(stack)) => stacked_bars(xy, stack, plot, theme, &mut items),
            (XyKind::Bar | XyKind::Combo, _) if is_dense(xy.len * bar_series(xy).count(), plot) => {
                dense_bars(xy, plot, theme, &mut items);
                lines(xy, plot, theme.background, &mut items, &mut scans);
            }
            (XyKind::Bar, _) => bars(xy, plot, theme, &mut items),
            (XyKind::Line, _) => lines(xy, plot, theme.background, &mut items, &mut scans),
            (XyKind::Area, _) => {
                let ready = prepared.stack_scans(xy, plot);
                area::draw(xy, stack, ready, plot, theme.background, &mut items, &mut scans)
            }
            (XyKind::Combo, _) => {
                bars(xy, plot, theme, &mut items);
                lines(xy, plot, theme.background, &mut items, &mut scans);
            }
        }
        baseline(plot, theme.axis, &mut items);
        super::annotate::over(plot, theme, &mut items);
        let mut hit = plot_hit(xy, stack, plot, scans);
        if let Some(p) = plot.panel {
            // Back to indices into the whole chart's series, which tooltips and the legend use.
            let indices = full.panel_series(p);
            for s in &mut hit.series {
                s.series = indices.get(s.series).copied().unwrap_or(s.series);
            }
        }
        plots.push(hit);
    }
    for swatch in &layout.legend_swatches {
        let ChartModel::Xy(xy) = &model.charts[swatch.chart] else {
            continue;
        };
        legend_key(view.xy(xy, swatch.chart), swatch.series, swatch.at, &mut items);
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

/// A hidden series keeps its legend entry (so it can be shown again), greyed out.
fn legend_key(xy: XyView, series: usize, at: Bounds, items: &mut Vec<Item>) {
    let s = &xy.model.series[series];
    let color = if xy.shows(s) { xy.color(s) } else { xy.theme().grid };
    match s.mark {
        Mark::Line => {
            let y = at.y + at.h / 2.0;
            items.push(Item::Line(Polyline {
                points: vec![(at.x, y), (at.right(), y)],
                stroke: Stroke { color, width: LINE_WIDTH, dash: s.derived.then_some((4.0, 3.0)) },
            }));
        }
        Mark::Bar => bar_rect(color, s.derived, at, items),
        Mark::Area => area::key(color, s.derived, at, items),
    }
}
