//! The interactive geometry of a plot ([`PlotHit`]): the x of every hover position and the mark
//! (point or bar) of every visible value, for hover and keyboard focus without re-running layout.

use super::bar::{bar_hits, bar_series, stacked_bar_hits};
use super::dense::{is_dense, Scans};
use super::line::line_hit_points;
use super::{PlotHit, SeriesHit};
use crate::columns::{hover_positions, ColumnScan};
use crate::layout::plot_columns::column_positions;
use crate::layout::{stack, PlotLayout};
use crate::model::XyView;
use crate::paint::{Region, RegionKind};
use crate::spec::Mark;

/// `scans`: what drawing scanned; the hover positions come from them when every visible series
/// was scanned (Limits: a second pass over a million values spared), else from a pass of their own.
pub(super) fn plot_hit(
    xy: XyView<'_>,
    stack: Option<&stack::Piles>,
    plot: &PlotLayout,
    scans: Scans,
) -> PlotHit {
    let bar_count = bar_series(xy).count();
    // Limits: a plot too dense to tell its values apart is hovered per pixel column (`columns`).
    // Otherwise every value is a position (at most twice the plot's width of them).
    let dense = is_dense(xy.len, plot);
    let positions: Vec<usize> =
        if dense { hover_columns(xy, plot, scans) } else { (0..xy.len).collect() };
    let mut bar_slot = 0;
    let series = xy
        .visible_series()
        .map(|(index, s)| {
            // Each mark says where it is hovered (its file draws it the same way).
            let (points, rects) = match (s.mark, stack) {
                (Mark::Bar, Some(stack)) => stacked_bar_hits(xy, s, index, stack, plot, &positions),
                (Mark::Bar, None) => {
                    bar_slot += 1;
                    bar_hits(xy, s, bar_slot - 1, bar_count, plot, &positions)
                }
                (Mark::Line | Mark::Area, _) => {
                    (line_hit_points(s, index, stack, plot, &positions), Vec::new())
                }
            };
            SeriesHit { series: index, color: xy.color(s), points, rects }
        })
        .collect();
    PlotHit {
        chart: plot.chart,
        area: plot_region(plot),
        xs: positions.iter().map(|&i| plot.x_of(i)).collect(),
        series,
        bars: bar_count > 0,
        index: if dense { positions } else { Vec::new() },
        horizontal: false,
        panel: plot.panel,
    }
}

/// Hover positions of a dense plot: from the scans drawing made when they cover every visible
/// series, else from a pass over the values (`column_positions`).
pub(super) fn hover_columns(xy: XyView<'_>, plot: &PlotLayout, scans: Scans) -> Vec<usize> {
    let ordered: Option<Vec<&ColumnScan>> = xy
        .visible_series()
        .map(|(index, _)| scans.iter().find(|(i, _)| *i == index).map(|(_, scan)| scan))
        .collect();
    match ordered {
        Some(ordered) => hover_positions(&ordered),
        None => column_positions(xy, plot),
    }
}

/// The plot area of a chart as a hit region (hover, keyboard focus, tests).
pub(super) fn plot_region(plot: &PlotLayout) -> Region {
    let a = plot.area;
    Region { kind: RegionKind::Plot { chart: plot.chart }, x: a.x, y: a.y, w: a.w, h: a.h }
}
