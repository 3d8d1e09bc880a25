//! The page: title and subtitle, then each chart in spec order (KPI rows, gauges, streaks and
//! timelines full width; runs of line/bar
//! charts in a grid whose column count follows the width), then the note and the source line.

use super::cell::{layout_row, CELL_MIN_WIDTH, CELL_MIN_WIDTH_TIGHT};
use super::context::PageContext;
use super::flow::{line_height, Flow};
use super::kpi::layout_kpi;
use super::measure::TextMeasure;
use super::metrics::metrics;
use super::multiples::layout_multiples;
use super::statements::layout_statement;
use super::{Bounds, Layout};
use crate::model::{ChartModel, Model, View};
use crate::paint::{Region, RegionKind};

/// Narrower than this and nothing readable fits; wider is capped so a stray 10,000 px container does
/// not produce a canvas larger than browsers allow.
pub const MIN_WIDTH: f64 = 240.0;
pub const MAX_WIDTH: f64 = 4000.0;

/// `model` laid out as `view` shows it (its width clamped to [`MIN_WIDTH`, `MAX_WIDTH`]).
pub fn layout(model: &Model, view: &View, measure: &dyn TextMeasure) -> Layout {
    let width = view.width;
    let width = if width.is_finite() { width.clamp(MIN_WIDTH, MAX_WIDTH) } else { MIN_WIDTH };
    let m = metrics(width, model.family);
    let theme = &view.theme;
    let mut out = Layout::empty(width);

    let page = PageContext { model, view, theme, m: &m, measure, width };
    let mut y = 2.0;
    {
        let mut flow = Flow::new(0.0, y, width, 1.3, measure, &mut out.texts);
        if let Some(title) = &model.title {
            flow.heading(title, m.title, theme.text);
            flow.gap(m.space.below_page_title);
        }
        flow.leading = m.leading;
        if let Some(subtitle) = &model.subtitle {
            flow.paragraph(subtitle, m.subtitle, theme.muted);
        }
        y = flow.y;
    }
    if model.title.is_some() || model.subtitle.is_some() {
        y += m.space.below_page_header;
    }

    let mut index = 0;
    while index < model.charts.len() {
        match &model.charts[index] {
            ChartModel::Kpi(kpi) => {
                y = layout_kpi(&page, index, kpi, y, &mut out);
                index += 1;
            }
            ChartModel::Xy(xy) if xy.is_multiples() => {
                y = layout_multiples(
                    &page.cell(xy, index, Bounds { x: 0.0, y, w: width, h: 0.0 }),
                    &mut out,
                );
                index += 1;
            }
            ChartModel::Statement(form) => {
                y = layout_statement(&page, index, form, y, &mut out);
                index += 1;
            }
            ChartModel::Xy(_) => {
                let run_end = (index..model.charts.len())
                    .find(|&i| !is_grid_chart(&model.charts[i]))
                    .unwrap_or(model.charts.len());
                let run: Vec<usize> = (index..run_end).collect();
                let cols = columns(width, m.gutter, run.len());
                for row in run.chunks(cols) {
                    y = layout_row(&page, row, cols, y, &mut out);
                    y += m.section_gap;
                }
                y -= m.section_gap;
                index = run_end;
            }
        }
        y += m.section_gap;
    }
    y -= m.section_gap - m.space.above_page_footer;

    let mut flow = Flow::new(0.0, y, width, m.leading, measure, &mut out.texts);
    if let Some(note) = &model.note {
        flow.prefixed(model.words.note_prefix, note, m.small, theme.muted);
    }
    if let Some(source) = &model.source {
        let top = flow.y;
        flow.prefixed(model.words.source_prefix, source, m.small, theme.muted);
        out.regions.push(Region {
            kind: RegionKind::Source,
            x: 0.0,
            y: top,
            w: width,
            h: flow.y - top,
        });
    }
    y = flow.y;
    out.height = (y + m.space.below_page).ceil().max(line_height(m.small, m.leading));
    out
}

/// Line and bar charts share grid rows; KPI rows and small multiples take the full width.
fn is_grid_chart(chart: &ChartModel) -> bool {
    matches!(chart, ChartModel::Xy(xy) if !xy.is_multiples())
}

/// As many columns as fit cells of at least [`CELL_MIN_WIDTH`], at most 3, at most the number of
/// charts — unless that leaves a short last row: then all charts in one row of narrower cells (down to
/// [`CELL_MIN_WIDTH_TIGHT`], still wider than a phone) if they fit, else fewer columns that fill every
/// row (4 charts: 2 + 2, not 3 + 1).
fn columns(width: f64, gutter: f64, charts: usize) -> usize {
    let charts = charts.max(1);
    let fit = |min: f64| (((width + gutter) / (min + gutter)).floor() as usize).clamp(1, 3);
    let widest = fit(CELL_MIN_WIDTH).min(charts);
    if charts.is_multiple_of(widest) {
        return widest;
    }
    if charts <= fit(CELL_MIN_WIDTH_TIGHT) {
        return charts;
    }
    (2..widest).rev().find(|&c| charts.is_multiple_of(c)).unwrap_or(widest)
}

#[cfg(test)]
mod tests {
    use super::columns;

    #[test]
    fn grid_columns_avoid_a_lonely_last_chart() {
        assert_eq!(columns(343.0, 16.0, 3), 1, "phones: one column");
        assert_eq!(columns(680.0, 24.0, 3), 1, "two 328 px cells would be too narrow");
        assert_eq!(columns(960.0, 24.0, 3), 3, "3 × 304 px rather than 2 + 1");
        assert_eq!(columns(960.0, 24.0, 2), 2);
        assert_eq!(columns(1400.0, 24.0, 4), 2, "2 + 2 rather than 3 + 1");
        assert_eq!(columns(1400.0, 24.0, 5), 3, "nothing divides 5: as many as fit");
    }
}
