//! Words about the data of one chart, for readers who do not see the picture or want the exact
//! numbers: the tooltip of a category, what a screen reader announces on a focused point, a chart's
//! accessible name, a summary of what a sighted reader would take away, and a table of every value.
//!
//! Pure text from the [`Model`]: no pixels, no DOM (the web layer puts these strings into
//! `textContent`). The wording comes from [`Words`], the numbers from `format`, so every string follows
//! the spec's locale. Nothing here panics on odd data: empty series, all gaps, a single point, indices
//! out of range all give `None`, an empty string, or "无数据"/"no data".

mod annotations;
mod statements;
mod summary;

use crate::model::format::format_value;
use crate::model::words::Words;
use crate::model::{split_number, Change, ChartModel, Direction, Model, SeriesModel, Tile};
use crate::model::{KpiModel, View, XyKind, XyModel};
use crate::paint::Color;

/// What the tooltip of one category shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Tooltip {
    /// The category as the axis writes it, or "x = 3" on an axis without categories.
    pub heading: String,
    /// One row per visible series, in legend order.
    pub rows: Vec<TooltipRow>,
    /// Labels of the annotations at this category (a marked point, a line, a range covering it).
    pub notes: Vec<String>,
    /// Stacked charts: "合计 120亿元" / "Total 12 billion yuan", the sum of the visible values.
    pub total: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TooltipRow {
    /// Index of the series in its chart.
    pub series: usize,
    pub name: String,
    /// "5.6%", "44.05亿元", "224.8（推算）", or "无数据" / "no data" for a gap.
    pub value: String,
    pub color: Color,
    pub derived: bool,
}

/// Every value of a chart, for a visually hidden `<table>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataTable {
    pub caption: String,
    pub headers: Vec<String>,
    /// One row per category (xy) or tile (KPI), as many cells as `headers`; at most
    /// [`MAX_TABLE_ROWS`].
    pub rows: Vec<Vec<String>>,
    /// Rows left out beyond [`MAX_TABLE_ROWS`] (the CSV download has them all).
    pub omitted: usize,
}

/// A screen reader walks a table row by row; past a thousand rows nobody does, and building a million
/// DOM rows would freeze the page. Longer series are summarised, and the CSV download has every value.
pub const MAX_TABLE_ROWS: usize = 1000;

/// Category `index` of xy chart `chart`: its heading and one row per visible series. `None` for a KPI
/// chart or an index out of range.
pub fn tooltip(model: &Model, view: &View, chart: usize, index: usize) -> Option<Tooltip> {
    tooltip_in(model, view, chart, None, index)
}

/// [`tooltip`] for one panel of small multiples (`panel` from the plot under the pointer): only
/// that panel's series, and the panel's title in the heading.
pub fn tooltip_in(
    model: &Model,
    view: &View,
    chart: usize,
    panel: Option<usize>,
    index: usize,
) -> Option<Tooltip> {
    let xy = view.xy(xy_chart(model, chart)?, chart);
    if index >= xy.len {
        return None;
    }
    let rows = xy
        .visible_series()
        .filter(|(_, s)| panel.is_none_or(|p| s.panel == p))
        .map(|(i, s)| TooltipRow {
            series: i,
            name: s.name.clone(),
            value: point_value(model, &xy, s, index),
            color: xy.color(s),
            derived: s.derived,
        })
        .collect();
    let total = xy.stacked.then(|| {
        let sum = xy.total(index);
        format!("{} {}", model.words.total, value_text(model, &xy, sum))
    });
    let mut heading = axis_position(model.words, &xy, index);
    if let Some(title) = panel.and_then(|p| xy.panels.get(p)) {
        heading = format!("{title} · {heading}");
    }
    let notes = annotations::notes_at(xy, index);
    Some(Tooltip { heading, rows, notes, total })
}

/// What a screen reader hears when keyboard focus lands on one point:
/// "2023年，工业投资指数 224.8（推算）" / "2023, Industrial investment index 224.8 (estimate)".
/// `None` for a KPI chart or a series or index out of range.
pub fn announce_point(model: &Model, chart: usize, series: usize, index: usize) -> Option<String> {
    let xy = xy_chart(model, chart)?;
    let s = xy.series.get(series)?;
    if index >= xy.len {
        return None;
    }
    let at = spoken_position(model.words, xy, index);
    let name = xy.series_label(series);
    let point = (model.words.point)(&at, &name, &point_value(model, xy, s, index));
    Some(annotations::with_point_labels(model, xy, series, index, point))
}

/// The accessible name of a chart: its title, else what kind of chart it is.
pub fn chart_name(model: &Model, chart: usize) -> String {
    let words = model.words;
    let (title, generic) = match model.charts.get(chart) {
        Some(ChartModel::Kpi(k)) => (k.title.as_deref(), words.key_figures),
        Some(ChartModel::Xy(xy)) => (xy.title.as_deref(), kind_name(words, xy)),
        Some(ChartModel::Statement(form)) => (form.title(), statements::generic_name(model, form)),
        None => (None, words.untitled),
    };
    match title {
        Some(title) if !title.trim().is_empty() => title.to_string(),
        _ => generic.to_string(),
    }
}

/// A generated summary of what a sighted reader would take away, in the spec's locale; empty for a
/// chart that does not exist. See `summary.rs` for what is said when.
pub fn summary(model: &Model, view: &View, chart: usize) -> String {
    summary::summary(model, view, chart)
}

/// Every value of a chart as text, hidden series included (a table is not the picture). `None` for a
/// chart that does not exist.
pub fn data_table(model: &Model, chart: usize) -> Option<DataTable> {
    match model.charts.get(chart)? {
        ChartModel::Kpi(k) => Some(kpi_table(model, chart, k)),
        ChartModel::Xy(xy) => Some(xy_table(model, chart, xy)),
        ChartModel::Statement(form) => {
            Some(statements::table(model, chart_name(model, chart), form))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Tables

fn xy_table(model: &Model, chart: usize, xy: &XyModel) -> DataTable {
    let words = model.words;
    let name = chart_name(model, chart);
    let caption = match table_unit(model, xy) {
        Some(unit) => (words.caption_with_unit)(&name, &unit),
        None => name,
    };
    let first = match &xy.x_label {
        Some(label) => label.clone(),
        None if xy.numeric_x() => "x".to_string(),
        None if years(xy).is_some() => words.year.to_string(),
        None => words.category.to_string(),
    };
    // Small multiples name each column with its panel; a combo chart's right-axis columns say
    // their own unit, which the caption's cannot cover.
    let header = |s: &SeriesModel| {
        let name = if xy.is_multiples() {
            let panel = xy.panels.get(s.panel).map(String::as_str).unwrap_or_default();
            format!("{panel} · {}", s.legend)
        } else {
            s.legend.clone()
        };
        match (s.right, xy.y2_unit.as_deref()) {
            (true, Some(unit)) if !unit.trim().is_empty() => (words.with_unit)(&name, unit.trim()),
            _ => name,
        }
    };
    let stacked_total = xy.stacked;
    let mut headers: Vec<String> =
        std::iter::once(first).chain(xy.series.iter().map(header)).collect();
    if stacked_total {
        headers.push(words.total.to_string());
    }
    let shown = xy.len.min(MAX_TABLE_ROWS);
    let rows = (0..shown)
        .map(|i| {
            let values = xy.series.iter().map(|s| series_value_text(model, xy, s, value_at(s, i)));
            let mut row: Vec<String> = std::iter::once(tick_label(xy, i)).chain(values).collect();
            if stacked_total {
                let sum = xy.series.iter().filter_map(|s| value_at(s, i)).sum::<f64>();
                let any = xy.series.iter().any(|s| value_at(s, i).is_some());
                row.push(value_text(model, xy, any.then_some(sum)));
            }
            row
        })
        .collect();
    DataTable { caption, headers, rows, omitted: xy.len - shown }
}

/// The unit the table's numbers are in, as the largest of them is written ("亿元", "billion yuan",
/// "%"): in English "亿元" must become "billion yuan", so the spec's own text will not do.
fn table_unit(model: &Model, xy: &XyModel) -> Option<String> {
    xy.y_unit.as_deref()?;
    let largest = xy
        .series
        .iter()
        .filter(|s| !s.right)
        .flat_map(|s| s.values.iter().flatten())
        .map(|v| v.abs())
        .filter(|v| v.is_finite())
        .fold(None, |m: Option<f64>, v| Some(m.map_or(v, |m| m.max(v))));
    let (_, unit) =
        split_number(&format_value(largest.unwrap_or(1.0), xy.y_unit.as_deref(), model.locale));
    (!unit.is_empty()).then_some(unit)
}

fn kpi_table(model: &Model, chart: usize, k: &KpiModel) -> DataTable {
    let words = model.words;
    let rows = k
        .tiles
        .iter()
        .map(|t| {
            let change = t.change.as_ref().map(signed_change).unwrap_or_default();
            vec![t.label.clone(), tile_value(model, t), change, t.note.clone().unwrap_or_default()]
        })
        .collect();
    DataTable {
        caption: chart_name(model, chart),
        headers: words.kpi_headers.iter().map(|h| h.to_string()).collect(),
        rows,
        omitted: 0,
    }
}

// ---------------------------------------------------------------------------------------------
// Shared by the tooltip, the announcements, the tables and the summaries

fn xy_chart(model: &Model, chart: usize) -> Option<&XyModel> {
    match model.charts.get(chart)? {
        ChartModel::Xy(xy) => Some(xy),
        ChartModel::Kpi(_) | ChartModel::Statement(_) => None,
    }
}

fn kind_name(words: &Words, xy: &XyModel) -> &'static str {
    match xy.kind {
        _ if xy.is_multiples() => words.small_multiples,
        XyKind::Line => words.line_chart,
        XyKind::Bar if xy.horizontal => words.ranking_chart,
        XyKind::Bar if xy.stacked => words.stacked_bar_chart,
        XyKind::Bar => words.bar_chart,
        XyKind::Area => words.area_chart,
        XyKind::Combo => words.combo_chart,
    }
}

/// A series' value at position `index`; shorter series (allowed without categories) end in gaps.
fn value_at(s: &SeriesModel, index: usize) -> Option<f64> {
    s.values.get(index).filter(|v| v.is_finite())
}

/// A value with the chart's unit, or the words for a gap.
fn value_text(model: &Model, xy: &XyModel, value: Option<f64>) -> String {
    match value {
        Some(v) => unit_value(model, xy.y_unit.as_deref(), v),
        None => model.words.no_data.to_string(),
    }
}

fn unit_value(model: &Model, unit: Option<&str>, v: f64) -> String {
    format_value(v, unit, model.locale)
}

/// The unit a series' values are in: the right axis's for a combo chart's right-axis series.
fn series_unit<'a>(xy: &'a XyModel, s: &SeriesModel) -> Option<&'a str> {
    if s.right {
        xy.y2_unit.as_deref()
    } else {
        xy.y_unit.as_deref()
    }
}

/// [`value_text`] in the series' own unit.
fn series_value_text(model: &Model, xy: &XyModel, s: &SeriesModel, value: Option<f64>) -> String {
    match value {
        Some(v) => unit_value(model, series_unit(xy, s), v),
        None => model.words.no_data.to_string(),
    }
}

/// A point's value as a tooltip or announcement says it: derived values carry the estimate tag, a gap
/// does not (there is nothing estimated about a missing value).
fn point_value(model: &Model, xy: &XyModel, s: &SeriesModel, index: usize) -> String {
    let value = value_at(s, index);
    let text = series_value_text(model, xy, s, value);
    if s.derived && value.is_some() {
        format!("{text}{}", model.words.derived_tag)
    } else {
        text
    }
}

/// The label the x axis shows at `index`: the category, or the index itself on a numeric axis.
fn tick_label(xy: &XyModel, index: usize) -> String {
    xy.categories.get(index).cloned().unwrap_or_else(|| index.to_string())
}

/// A tooltip heading: the category as written, or "x = 3" (a bare "3" would not say what it is).
fn axis_position(words: &Words, xy: &XyModel, index: usize) -> String {
    match xy.categories.get(index) {
        Some(category) => category.clone(),
        None => (words.x_position)(index),
    }
}

/// A position as it is spoken: Chinese says "2023年", not "2023", for a year.
fn spoken_position(words: &Words, xy: &XyModel, index: usize) -> String {
    let position = axis_position(words, xy, index);
    if is_bare_year(&position) {
        format!("{position}{}", words.year_suffix)
    } else {
        position
    }
}

/// The categories as years, when every one is a year ("2023" or "2023年").
fn years(xy: &XyModel) -> Option<Vec<i64>> {
    if xy.categories.is_empty() {
        return None;
    }
    xy.categories
        .iter()
        .map(|c| {
            let digits = c.trim().trim_end_matches('年');
            is_bare_year(digits).then(|| digits.parse().ok()).flatten()
        })
        .collect()
}

/// "2023", but not "23", "20231" or "2023年".
fn is_bare_year(text: &str) -> bool {
    text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit())
}

/// A tile's number with its prefix and unit, as one phrase: "超50万吨", "over 500,000 tonnes".
fn tile_value(model: &Model, tile: &Tile) -> String {
    let value = join_number_unit(&tile.number, &tile.unit, model);
    match &tile.prefix {
        Some(prefix) if !prefix.trim().is_empty() => (model.words.prefixed)(prefix.trim(), &value),
        _ => value,
    }
}

/// Undoes `split_number`: units follow the number tightly in Chinese ("44.05亿元") unless they are
/// Latin ("50 USD"); English spaces them ("4.405 billion yuan") except "%".
fn join_number_unit(number: &str, unit: &str, model: &Model) -> String {
    let tight = match (model.locale, unit.chars().next()) {
        (_, None) | (_, Some('%')) => true,
        (crate::spec::Locale::ZhCn, Some(c)) => !c.is_ascii_alphanumeric(),
        (crate::spec::Locale::En, Some(_)) => false,
    };
    if tight {
        format!("{number}{unit}")
    } else {
        format!("{number} {unit}")
    }
}

/// The size of a change without its arrow: "▲ 5.6%" → "5.6%". The arrow is for the eye; screen
/// readers would say "black up-pointing triangle".
fn change_size(change: &Change) -> &str {
    change.text.trim_start_matches(['▲', '▼']).trim_start()
}

/// A change as a table cell: "+5.6%", "−0.3个百分点".
fn signed_change(change: &Change) -> String {
    let size = change_size(change);
    match change.direction {
        Direction::Up => format!("+{size}"),
        Direction::Down => format!("\u{2212}{size}"),
        Direction::Flat => size.to_string(),
    }
}
