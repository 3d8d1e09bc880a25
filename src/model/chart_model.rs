//! `Model::new(&Spec)`: everything layout needs, with no decision left that depends on the spec's shape.

use super::format::{format_change, format_value};
use super::statements::{gauge_model, streak_model, timeline_model, StatementModel};
use super::stats::SeriesStats;
use super::words::{words, Words};
use super::xy_variants::{multiples_model, series_mark};
use super::y_scale::ScaleKind;
use crate::paint::Family;
use crate::spec::time::{parse_period, Period};
use crate::spec::{Chart, KpiChart, Locale, Mark, Side, Spec, Values, XAxisType, XyChart};

pub struct Model {
    pub locale: Locale,
    /// The font stack for the locale: Latin-first for English, CJK-first for Chinese.
    pub family: Family,
    pub words: &'static Words,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub note: Option<String>,
    pub source: Option<String>,
    pub source_url: Option<String>,
    pub charts: Vec<ChartModel>,
}

// One per chart and a handful of charts per page: boxing the larger variant would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum ChartModel {
    Kpi(KpiModel),
    Xy(XyModel),
    /// A gauge, streak or timeline (`statements.rs`): full-width statements rather than plots.
    Statement(StatementModel),
}

pub struct KpiModel {
    pub title: Option<String>,
    pub tiles: Vec<Tile>,
}

pub struct Tile {
    /// The label, with the derived tag appended when the value is computed.
    pub label: String,
    pub prefix: Option<String>,
    /// "44.05" — drawn big.
    pub number: String,
    /// "亿元" / "billion yuan" — drawn beside the number, smaller.
    pub unit: String,
    pub change: Option<Change>,
    pub note: Option<String>,
    pub derived: bool,
}

pub struct Change {
    /// "▲ 5.6%"
    pub text: String,
    pub direction: Direction,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Flat,
}

/// What an xy chart draws. Combo charts draw each series with its own [`SeriesModel::mark`]; the
/// other kinds draw every series the same way (and their series' `mark` says so too).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum XyKind {
    Line,
    Bar,
    Area,
    Combo,
}

pub struct XyModel {
    pub kind: XyKind,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub note: Option<String>,
    pub x_label: Option<String>,
    /// Empty when the x axis is numeric (values at 0, 1, 2, …).
    pub categories: Vec<String>,
    /// Number of x positions: the categories, or the longest series.
    pub len: usize,
    pub y_label: Option<String>,
    pub y_unit: Option<String>,
    /// The spec's `y.scale`, `y.min` and `y.max`.
    pub y_scale: ScaleKind,
    pub y_min: Option<f64>,
    pub y_max: Option<f64>,
    /// On a time axis, the period of each category (then `categories` hold their full names,
    /// "2024年第二季度" / "2024 Q2", for tooltips and tables).
    pub time: Option<Vec<Period>>,
    pub series: Vec<SeriesModel>,
    pub annotations: Vec<super::annotate::AnnotationModel>,
    /// Bars or areas stack per category (see `model::stack`); the stack's extent depends on the
    /// series shown, so the view keeps it (`View::stacked_extent`).
    pub stacked: bool,
    /// Bars run left to right, categories down the left (a ranking).
    pub horizontal: bool,
    /// Indices of the categories singled out by "highlight".
    pub highlight: Vec<usize>,
    /// Combo charts: the right axis's title and unit.
    pub y2_label: Option<String>,
    pub y2_unit: Option<String>,
    /// Small multiples: the panel titles (series say which panel they belong to); empty otherwise.
    pub panels: Vec<String>,
}

#[derive(Clone)]
pub struct SeriesModel {
    pub name: String,
    /// Name plus the derived tag, for the legend.
    pub legend: String,
    /// The spec's values, shared with it (never copied: a series may hold a million).
    pub values: Values,
    /// Extent and last value of `values`, so layout never scans them (`stats`).
    pub stats: SeriesStats,
    pub derived: bool,
    pub note: Option<String>,
    /// Its position in its chart's series (kept by a part of the chart: `XyModel::panel_chart`), by
    /// which the view knows whether the reader hid it.
    pub index: usize,
    /// Its colour's place in the theme's palette (`Theme::series_color`): small multiples give
    /// every panel's series of one name the same.
    pub slot: usize,
    /// How it is drawn (from the chart type, or per series on a combo chart).
    pub mark: Mark,
    /// Read against the right axis (combo charts).
    pub right: bool,
    /// Small multiples: the panel it belongs to (0 otherwise).
    pub panel: usize,
}

/// The font stack a locale's text is set in: Chinese fonts first for Chinese, Latin for English.
pub fn family_of(locale: Locale) -> Family {
    match locale {
        Locale::En => Family::Latin,
        Locale::ZhCn => Family::Cjk,
    }
}

impl XyModel {
    pub fn is_multiples(&self) -> bool {
        !self.panels.is_empty()
    }

    pub fn numeric_x(&self) -> bool {
        self.categories.is_empty()
    }

    /// A legend helps when there is more than one series, and always when a series is derived:
    /// the legend is where "推算/estimate" is said.
    pub fn wants_legend(&self) -> bool {
        self.series.len() > 1 || self.series.iter().any(|s| s.derived)
    }
}

impl Model {
    /// The spec normalised: everything layout needs but the view (theme, width, hidden series).
    pub fn new(spec: &Spec) -> Model {
        let words = words(spec.locale);
        let locale = spec.locale;
        let charts = spec
            .charts
            .iter()
            .map(|chart| match chart {
                Chart::Kpi(k) => ChartModel::Kpi(kpi_model(k, locale, words)),
                Chart::Line(c) => ChartModel::Xy(xy_model(c, XyKind::Line, locale, words)),
                Chart::Bar(c) => ChartModel::Xy(xy_model(c, XyKind::Bar, locale, words)),
                Chart::Area(c) => ChartModel::Xy(xy_model(c, XyKind::Area, locale, words)),
                Chart::Combo(c) => ChartModel::Xy(xy_model(c, XyKind::Combo, locale, words)),
                Chart::Multiples(c) => ChartModel::Xy(multiples_model(c, locale, words)),
                Chart::Gauge(c) => {
                    ChartModel::Statement(StatementModel::Gauge(gauge_model(c, locale, words)))
                }
                Chart::Streak(c) => {
                    ChartModel::Statement(StatementModel::Streak(streak_model(c, locale)))
                }
                Chart::Timeline(c) => {
                    ChartModel::Statement(StatementModel::Timeline(timeline_model(c, locale)))
                }
            })
            .collect();
        Model {
            locale,
            family: family_of(locale),
            words,
            title: spec.title.clone(),
            subtitle: spec.subtitle.clone(),
            note: spec.note.clone(),
            source: spec.source.clone(),
            source_url: spec.source_url.clone(),
            charts,
        }
    }
}

fn kpi_model(chart: &KpiChart, locale: Locale, words: &Words) -> KpiModel {
    let tiles = chart
        .items
        .iter()
        .map(|item| {
            let formatted = format_value(item.value, item.unit.as_deref(), locale);
            let (number, unit) = split_number(&formatted);
            let change = item.change.map(|c| {
                let direction = if c > 0.0 {
                    Direction::Up
                } else if c < 0.0 {
                    Direction::Down
                } else {
                    Direction::Flat
                };
                let arrow = match direction {
                    Direction::Up => "▲ ",
                    Direction::Down => "▼ ",
                    Direction::Flat => "",
                };
                // The arrow carries the sign; a "+" after "▲" would say it twice.
                let text = if direction == Direction::Flat {
                    format_change(c, item.change_unit.as_deref(), locale)
                } else {
                    format!("{arrow}{}", format_value(c.abs(), item.change_unit.as_deref(), locale))
                };
                Change { text, direction }
            });
            let label = if item.derived {
                format!("{}{}", item.label, words.derived_tag)
            } else {
                item.label.clone()
            };
            Tile {
                label,
                prefix: item.prefix.clone(),
                number,
                unit,
                change,
                note: item.note.clone(),
                derived: item.derived,
            }
        })
        .collect();
    KpiModel { title: chart.title.clone(), tiles }
}

fn xy_model(chart: &XyChart, kind: XyKind, locale: Locale, words: &Words) -> XyModel {
    let written = chart.x.categories.as_deref().unwrap_or_default();
    // Decoding checked every period; a spec built by hand that skipped it falls back to categories.
    // Read once, by decoding (`XAxis::periods`); read here only for a spec built by hand.
    let time = (chart.x.kind == XAxisType::Time && !written.is_empty())
        .then(|| match &chart.x.periods {
            Some(periods) if periods.len() == written.len() => Some(periods.clone()),
            _ => written.iter().map(|c| parse_period(c)).collect::<Option<Vec<Period>>>(),
        })
        .flatten();
    // A time axis names its periods in the locale's words (no copy of the written ones first).
    let categories: Vec<String> = match &time {
        Some(periods) => periods.iter().map(|p| p.label(locale)).collect(),
        None => written.to_vec(),
    };
    let longest = chart.series.iter().map(|s| s.values.len()).max().unwrap_or(0);
    let len = if categories.is_empty() { longest } else { categories.len() };
    let series = chart
        .series
        .iter()
        .enumerate()
        .map(|(i, s)| SeriesModel {
            name: s.name.clone(),
            legend: if s.derived {
                format!("{}{}", s.name, words.derived_tag)
            } else {
                s.name.clone()
            },
            values: s.values.clone(),
            stats: SeriesStats::of(s.values.as_slice()),
            derived: s.derived,
            note: s.note.clone(),
            index: i,
            slot: i,
            mark: series_mark(kind, s),
            right: kind == XyKind::Combo && s.axis == Some(Side::Right),
            panel: 0,
        })
        .collect::<Vec<_>>();
    // Annotations name categories as the spec wrote them, not as a time axis relabels them.
    let annotations = super::annotate::resolve(&chart.annotations, written, &chart.series);
    let highlight =
        chart.highlight.iter().filter_map(|h| written.iter().position(|c| c == h)).collect();
    let xy = XyModel {
        kind,
        title: chart.title.clone(),
        subtitle: chart.subtitle.clone(),
        note: chart.note.clone(),
        x_label: chart.x.label.clone(),
        categories,
        len,
        y_label: chart.y.label.clone(),
        y_unit: chart.y.unit.clone(),
        y_scale: chart.y.scale.into(),
        y_min: chart.y.min,
        y_max: chart.y.max,
        time,
        series,
        annotations,
        stacked: chart.stacked,
        horizontal: chart.horizontal,
        highlight,
        y2_label: chart.y2.as_ref().and_then(|y| y.label.clone()),
        y2_unit: chart.y2.as_ref().and_then(|y| y.unit.clone()),
        panels: Vec::new(),
    };
    xy
}

/// Splits "44.05亿元" into ("44.05", "亿元") and "4.405 billion yuan" into ("4.405", "billion yuan"),
/// so a tile can draw the number big and the unit small.
pub fn split_number(formatted: &str) -> (String, String) {
    let end = formatted
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '+' | '-' | '−')))
        .map_or(formatted.len(), |(i, _)| i);
    let (number, unit) = formatted.split_at(end);
    (number.to_string(), unit.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_units_split_for_big_number_tiles() {
        assert_eq!(split_number("44.05亿元"), ("44.05".into(), "亿元".into()));
        assert_eq!(split_number("4.405 billion yuan"), ("4.405".into(), "billion yuan".into()));
        assert_eq!(split_number("−3.25%"), ("−3.25".into(), "%".into()));
        assert_eq!(split_number("156"), ("156".into(), "".into()));
    }
}
