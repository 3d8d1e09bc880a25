//! A chart's legend: one entry per series (one per name in small multiples), flowing left to right
//! and wrapping; a hidden series keeps its entry, greyed, so it can be shown again.

use super::context::CellContext;
use super::flow::{line_height, text};
use super::wrap::wrap;
use super::{Bounds, Layout, Swatch};
use crate::paint::{Anchor, Baseline, Region, RegionKind};
use crate::spec::Mark;

/// Legend entries flow left to right and wrap; returns the y below the legend.
pub(super) fn legend(cx: &CellContext, y: f64, out: &mut Layout) -> f64 {
    let (xy, chart, cell, m, measure) = (cx.xy, cx.chart, cx.cell, cx.m, cx.measure);
    let (key_gap, entry_gap) = (m.space.key_to_name, m.space.between_legend_entries);
    let row_h = line_height(m.legend, m.leading);
    let (mut x, mut y) = (cell.x, y);
    for (series, s) in xy.series.iter().enumerate() {
        if xy.is_multiples() && xy.series[..series].iter().any(|e| e.name == s.name) {
            continue; // one entry per name: the legend is shared by every panel
        }
        let line_key = s.mark == Mark::Line;
        let swatch_w = if line_key { 18.0 } else { 11.0 };
        let text_w = measure.width(&s.legend, m.legend).min(cell.w - swatch_w - key_gap);
        let entry_w = swatch_w + key_gap + text_w;
        if x > cell.x && x + entry_w > cell.right() {
            x = cell.x;
            y += row_h;
        }
        let at = if line_key {
            Bounds { x, y: y + row_h / 2.0 - 1.5, w: swatch_w, h: 3.0 }
        } else {
            Bounds { x, y: y + (row_h - 11.0) / 2.0, w: 11.0, h: 11.0 }
        };
        out.legend_swatches.push(Swatch { chart, series, at });
        let lines = wrap(&s.legend, m.legend, cell.w - swatch_w - key_gap, measure);
        let extra = lines.len().saturating_sub(1) as f64 * row_h;
        out.regions.push(Region {
            kind: RegionKind::LegendEntry { chart, series },
            x,
            y,
            w: entry_w,
            h: row_h + extra,
        });
        let color = if xy.shows(s) { cx.theme.text } else { cx.theme.muted };
        for (k, line) in lines.into_iter().enumerate() {
            let ty = y + k as f64 * row_h + (row_h - m.legend.size * 1.2) / 2.0;
            let x = x + swatch_w + key_gap;
            out.texts.push(text(x, ty, line, m.legend, color, Anchor::Start, Baseline::Top));
        }
        y += extra;
        x += entry_w + entry_gap;
    }
    y + row_h
}
