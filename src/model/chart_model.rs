//! The model's types: everything layout needs, with no decision left that depends on the spec's
//! shape (built by `normalize.rs`), and the constructors every xy chart's parts share.

use super::statements::StatementModel;
use super::stats::SeriesStats;
use super::words::{Direction, Words};
use super::y_scale::ScaleKind;
use crate::paint::Family;
use crate::spec::time::Period;
use crate::spec::{Locale, Mark, Series, Values, XAxis, YAxis};

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

/// What every xy chart of the spec has: its kind, headings and axes.
pub(super) struct Frame<'a> {
    pub kind: XyKind,
    pub title: &'a Option<String>,
    pub subtitle: &'a Option<String>,
    pub note: &'a Option<String>,
    pub x: &'a XAxis,
    pub y: &'a YAxis,
}

impl Frame<'_> {
    /// The chart of `series` over `categories` (none: a numeric axis as long as the longest
    /// series): no time axis, annotations, highlight, stacking, right axis or panels, which the
    /// callers add.
    pub(super) fn model(self, categories: Vec<String>, series: Vec<SeriesModel>) -> XyModel {
        let longest = series.iter().map(|s| s.values.len()).max().unwrap_or(0);
        let len = if categories.is_empty() { longest } else { categories.len() };
        XyModel {
            kind: self.kind,
            title: self.title.clone(),
            subtitle: self.subtitle.clone(),
            note: self.note.clone(),
            x_label: self.x.label.clone(),
            categories,
            len,
            y_label: self.y.label.clone(),
            y_unit: self.y.unit.clone(),
            y_scale: self.y.scale.into(),
            y_min: self.y.min,
            y_max: self.y.max,
            time: None,
            series,
            annotations: Vec::new(),
            stacked: false,
            horizontal: false,
            highlight: Vec::new(),
            y2_label: None,
            y2_unit: None,
            panels: Vec::new(),
        }
    }
}

impl SeriesModel {
    /// Series `s` of the spec, position `index` in its chart, in palette slot `slot`, drawn as
    /// `mark`: on the left axis, in panel 0 (the callers say otherwise).
    pub(super) fn of(
        s: &Series,
        words: &Words,
        index: usize,
        slot: usize,
        mark: Mark,
    ) -> SeriesModel {
        SeriesModel {
            name: s.name.clone(),
            legend: match s.derived {
                true => format!("{}{}", s.name, words.derived_tag),
                false => s.name.clone(),
            },
            values: s.values.clone(),
            stats: SeriesStats::of(s.values.as_slice()),
            derived: s.derived,
            note: s.note.clone(),
            index,
            slot,
            mark,
            right: false,
            panel: 0,
        }
    }
}
