//! The page: title and subtitle, then each chart in spec order (KPI rows full width; runs of line/bar
//! charts in a grid whose column count follows the width), then the note and the source line.

use super::cell::{layout_row, CELL_MIN_WIDTH};
use super::flow::{line_height, Flow};
use super::kpi::layout_kpi;
use super::measure::TextMeasure;
use super::metrics::metrics;
use super::Layout;
use crate::model::{ChartModel, Model};
use crate::scene::{Region, RegionKind};

/// Narrower than this and nothing readable fits; wider is capped so a stray 10,000 px container does
/// not produce a canvas larger than browsers allow.
pub const MIN_WIDTH: f64 = 240.0;
pub const MAX_WIDTH: f64 = 4000.0;

pub fn layout(model: &Model, width: f64, measure: &dyn TextMeasure) -> Layout {
    let width = if width.is_finite() {
        width.clamp(MIN_WIDTH, MAX_WIDTH)
    } else {
        MIN_WIDTH
    };
    let m = metrics(width);
    let theme = &model.theme;
    let mut out = Layout {
        width,
        height: 0.0,
        texts: Vec::new(),
        rules: Vec::new(),
        plots: Vec::new(),
        legend_swatches: Vec::new(),
        regions: Vec::new(),
    };

    let mut y = 2.0;
    {
        let mut flow = Flow {
            x: 0.0,
            y,
            width,
            leading: 1.3,
            measure,
            out: &mut out.texts,
        };
        if let Some(title) = &model.title {
            flow.paragraph(title, m.title, theme.text);
            flow.gap(4.0);
        }
        flow.leading = m.leading;
        if let Some(subtitle) = &model.subtitle {
            flow.paragraph(subtitle, m.subtitle, theme.muted);
        }
        y = flow.y;
    }
    if model.title.is_some() || model.subtitle.is_some() {
        y += 16.0;
    }

    let mut index = 0;
    while index < model.charts.len() {
        match &model.charts[index] {
            ChartModel::Kpi(kpi) => {
                y = layout_kpi(model, index, kpi, y, width, &m, measure, &mut out);
                index += 1;
            }
            ChartModel::Xy(_) => {
                let run_end = (index..model.charts.len())
                    .find(|&i| !matches!(model.charts[i], ChartModel::Xy(_)))
                    .unwrap_or(model.charts.len());
                let run: Vec<usize> = (index..run_end).collect();
                let cols = columns(width, m.gutter, run.len());
                for row in run.chunks(cols) {
                    y = layout_row(model, row, cols, y, width, &m, measure, &mut out);
                    y += m.section_gap;
                }
                y -= m.section_gap;
                index = run_end;
            }
        }
        y += m.section_gap;
    }
    y -= m.section_gap - 12.0;

    let mut flow = Flow {
        x: 0.0,
        y,
        width,
        leading: m.leading,
        measure,
        out: &mut out.texts,
    };
    if let Some(note) = &model.note {
        flow.paragraph(
            &format!("{}{}", model.words.note_prefix, note),
            m.small,
            theme.muted,
        );
    }
    if let Some(source) = &model.source {
        let top = flow.y;
        flow.paragraph(
            &format!("{}{}", model.words.source_prefix, source),
            m.small,
            theme.muted,
        );
        out.regions.push(Region {
            kind: RegionKind::Source,
            x: 0.0,
            y: top,
            w: width,
            h: flow.y - top,
        });
    }
    y = flow.y;
    out.height = (y + 6.0).ceil().max(line_height(m.small, m.leading));
    out
}

/// As many columns as fit cells of at least [`CELL_MIN_WIDTH`], at most 3, at most the number of charts.
fn columns(width: f64, gutter: f64, charts: usize) -> usize {
    let fit = ((width + gutter) / (CELL_MIN_WIDTH + gutter)).floor() as usize;
    fit.clamp(1, 3).min(charts.max(1))
}
