//! The typed spec: what `decode` produces once a spec has no errors left.
//!
//! Natively these types also derive `schemars::JsonSchema`: `spec::schema` turns them into the JSON
//! Schema editors use (`www/schema/infographic-v1.schema.json`). Their doc comments become its hover
//! help, so they speak of the JSON, and the `schemars` attributes describe what `decode` accepts
//! where the JSON differs from the Rust type (absent or `null` → default, numbers as categories, …).

use super::{Locale, Values};
use serde::Serialize;

/// The only spec version this build understands.
pub const SPEC_VERSION: u32 = 1;

/// A newsroom chart widget: a title, a source line and one or more charts (spec version 1).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct Spec {
    /// The spec format's version: must be 1. This build refuses versions it does not know.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(schema_with = "super::schema_parts::version")
    )]
    pub version: u32,
    /// The headline, bold, wraps. Also the chart's accessible name.
    pub title: Option<String>,
    /// One or two sentences under the title: what the reader should see.
    pub subtitle: Option<String>,
    /// Who published the numbers; shown as "数据来源：…" / "Source: …" under the widget.
    pub source: Option<String>,
    /// Makes the source line a link (opens in a new tab). Must start with http:// or https://;
    /// anything else (javascript:, data:, a relative path) is an error.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(regex(pattern = r"^[Hh][Tt][Tt][Pp][Ss]?://[\s\S]"))
    )]
    pub source_url: Option<String>,
    /// A footnote ("注：…" / "Note: …") under the whole widget, above the source line.
    pub note: Option<String>,
    /// Number formats and the widget's own words. Text you write is never translated.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<Locale>", default))]
    pub locale: Locale,
    /// The colours: "auto" follows the reader's system setting (prefers-color-scheme) and changes
    /// with it; "light" and "dark" fix them.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<ThemeChoice>", default))]
    pub theme: ThemeChoice,
    /// Whether the widget offers PNG, SVG and CSV downloads of itself.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "Option<bool>", default = "super::schema_parts::yes")
    )]
    pub exports: bool,
    /// The charts, drawn in order: KPI rows, gauges, streaks, timelines and small multiples full
    /// width; consecutive line, bar, area and combo charts in a grid of 1–3 columns depending on the
    /// width.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1)))]
    pub charts: Vec<Chart>,
}

/// The spec's `"theme"`: which colours the widget uses. Resolving `Auto` needs the reader's system
/// setting, which only the browser layer knows; `Theme::for_choice` takes it as a plain bool.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(inline))]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    #[default]
    Auto,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const NAMES: [&'static str; 3] = ["auto", "light", "dark"];

    pub fn from_name(name: &str) -> Option<ThemeChoice> {
        match name {
            "auto" => Some(ThemeChoice::Auto),
            "light" => Some(ThemeChoice::Light),
            "dark" => Some(ThemeChoice::Dark),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ThemeChoice::Auto => "auto",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }
}

/// One chart; its "type" says which kind: "kpi", "line", "bar", "gauge", "streak", "timeline",
/// "area", "combo" or "multiples".
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(transform = super::schema_parts::chart_by_type))]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Chart {
    /// Headline numbers: a row of "big number" tiles.
    Kpi(KpiChart),
    /// A line chart: one line per series over the categories.
    Line(XyChart),
    /// A bar chart: several series are grouped side by side (or stacked with "stacked": true);
    /// bars always start at zero. "horizontal": true draws a ranking: categories down the left.
    Bar(XyChart),
    /// Progress rings (or bars): a value out of a maximum, with an optional target.
    Gauge(super::GaugeChart),
    /// Streaks: N periods in a row, as a row of filled boxes.
    Streak(super::StreakChart),
    /// A timeline: dated milestones placed in proportion to time.
    Timeline(super::TimelineChart),
    /// An area chart: a line per series with a pale fill down to zero ("stacked": true stacks them).
    Area(XyChart),
    /// Bars and lines on one chart: each series says its "mark" ("bar" or "line") and its "axis"
    /// ("left" or "right"); "y2" describes the right axis.
    Combo(XyChart),
    /// Small multiples: the same chart once per panel, in a grid, on shared x and y scales.
    Multiples(MultiplesChart),
}

impl Chart {
    pub const TYPES: [&'static str; 9] =
        ["kpi", "line", "bar", "gauge", "streak", "timeline", "area", "combo", "multiples"];
}

/// A row of headline numbers ("big number" tiles).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct KpiChart {
    /// A heading above the tiles.
    pub title: Option<String>,
    /// The tiles, one per item; they wrap into balanced rows.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1)))]
    pub items: Vec<KpiItem>,
}

/// One headline number.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct KpiItem {
    /// What the number is, e.g. "地区生产总值".
    pub label: String,
    /// The number, in `unit` (a JSON number, not a string).
    pub value: f64,
    /// The unit of the value, e.g. "亿元", "万吨", "%". 44.05 with "亿元" shows 44.05亿元 (zh) or
    /// 4.405 billion yuan (en).
    pub unit: Option<String>,
    /// Words before the number, e.g. "超" for "超50万吨" (the source says "超过50万吨").
    pub prefix: Option<String>,
    /// A change, shown with ▲/▼ in red/green.
    pub change: Option<f64>,
    /// The unit of the change, e.g. "%" or "个百分点".
    pub change_unit: Option<String>,
    /// A short line under the number, e.g. "同比增长，增速全市第三".
    pub note: Option<String>,
    /// The value is computed from the source rather than quoted from it: the label gets
    /// "（推算）" / "(estimate)".
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<bool>", default))]
    pub derived: bool,
}

/// A line or grouped-bar chart: one x axis, one y axis, one or more series.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct XyChart {
    /// The chart's heading; also its accessible name.
    pub title: Option<String>,
    /// A sentence under the chart's heading.
    pub subtitle: Option<String>,
    /// A footnote under the chart.
    pub note: Option<String>,
    /// The horizontal axis: its title and category labels.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<XAxis>"))]
    pub x: XAxis,
    /// The vertical axis: its title and the unit of every value.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<YAxis>"))]
    pub y: YAxis,
    /// The series, one line (or one bar per category) each.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1)))]
    pub series: Vec<Series>,
    /// Reference lines, shaded ranges and labelled points drawn with the data (see
    /// "Annotations" in docs/spec.md).
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "Option<Vec<super::Annotation>>", length(max = 24))
    )]
    pub annotations: Vec<super::Annotation>,
    /// Bar and area charts: series stack per category instead of standing side by side (bars) or
    /// overlapping (areas). Negative values stack downward from zero, separately.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<bool>", default))]
    pub stacked: bool,
    /// Bar charts: categories down the left, bars to the right (a ranking), in the order given.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<bool>", default))]
    pub horizontal: bool,
    /// Bar charts: the category (or categories) to single out: drawn in the accent colour, the
    /// others muted, its label bold. Each must be one of `x.categories`.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "Option<super::schema_parts::OneOrMany>", default)
    )]
    pub highlight: Vec<String>,
    /// Combo charts: the right-hand axis (title and unit) for series with "axis": "right".
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<YAxis>"))]
    pub y2: Option<YAxis>,
}

/// Small multiples: one small chart per panel, all on the same x and y scales.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct MultiplesChart {
    /// The heading over all panels; also the accessible name.
    pub title: Option<String>,
    /// A sentence under the heading.
    pub subtitle: Option<String>,
    /// A footnote under the panels.
    pub note: Option<String>,
    /// What each panel draws: "line" (default), "bar" or "area".
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<Mark>"))]
    pub mark: Mark,
    /// The shared horizontal axis: every panel's series have one value per category.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<XAxis>"))]
    pub x: XAxis,
    /// The shared vertical axis: one scale for every panel.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<YAxis>"))]
    pub y: YAxis,
    /// The panels, in reading order (left to right, then down).
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1)))]
    pub panels: Vec<Panel>,
}

/// One panel of small multiples.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct Panel {
    /// The panel's heading, e.g. a place name.
    pub title: String,
    /// The panel's series; series of the same name share a colour and one legend entry.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1)))]
    pub series: Vec<Series>,
}

/// How a series is drawn: as bars, a line, or a filled area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Mark {
    #[default]
    Line,
    Bar,
    Area,
}

impl Mark {
    pub const NAMES: [&'static str; 3] = ["line", "bar", "area"];

    pub fn from_name(name: &str) -> Option<Mark> {
        match name {
            "line" => Some(Mark::Line),
            "bar" => Some(Mark::Bar),
            "area" => Some(Mark::Area),
            _ => None,
        }
    }
}

/// Which y axis a combo chart's series is read against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Side {
    #[default]
    Left,
    Right,
}

impl Side {
    pub const NAMES: [&'static str; 2] = ["left", "right"];
}

/// The horizontal axis of a line or bar chart.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(inline))]
pub struct XAxis {
    /// The axis title, shown under the category labels.
    pub label: Option<String>,
    /// "category" (default): one evenly spaced label per category. "time": the categories are
    /// calendar periods ("2024", "2024Q2", "2024年第二季度", "2024-03", "2024年3月", "2024-03-15"),
    /// in increasing order; lines place them proportionally in time, bars keep one band each, and
    /// ticks fall on calendar boundaries thinned to the width.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<XAxisType>", default))]
    #[serde(rename = "type")]
    pub kind: XAxisType,
    /// One label per position; numbers (years such as 2021) are accepted and turned into text.
    /// When present, every series must have exactly as many values. Without categories, values sit
    /// at x = 0, 1, 2, … on a numeric axis (line) or numbered bands (bar).
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "Option<Vec<super::schema_parts::Category>>", length(min = 1))
    )]
    pub categories: Option<Vec<String>>,
    /// A time axis: each category's calendar period, as decoding read it to check it (not part of
    /// the JSON: the model takes them from here instead of reading every category again).
    #[serde(skip)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub periods: Option<Vec<super::time::Period>>,
}

/// The vertical axis of a line or bar chart.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(inline))]
pub struct YAxis {
    /// The axis title, shown above the plot with the unit: "增速（%）".
    pub label: Option<String>,
    /// The unit of every value, e.g. "%" or "亿元". Percent axes label ticks "10%"; other units go
    /// into the caption ("单位：亿元").
    pub unit: Option<String>,
    /// "linear" (default) or "log" for data spanning several powers of ten. On a log axis every
    /// value must be above zero, and bar charts cannot use it (bars start at zero).
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<YScaleType>", default))]
    pub scale: YScaleType,
    /// The bottom of the axis, kept exactly (ticks stay nice values inside it). For bars it must be
    /// 0 or below: bars always start at zero. Values below it are clipped to the plot.
    pub min: Option<f64>,
    /// The top of the axis, kept exactly; values above it are clipped to the plot.
    pub max: Option<f64>,
}

/// What the x axis' categories are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(inline))]
#[serde(rename_all = "lowercase")]
pub enum XAxisType {
    #[default]
    Category,
    Time,
}

impl XAxisType {
    pub const NAMES: [&'static str; 2] = ["category", "time"];

    pub fn from_name(name: &str) -> Option<XAxisType> {
        match name {
            "category" => Some(XAxisType::Category),
            "time" => Some(XAxisType::Time),
            _ => None,
        }
    }
}

/// How values map to heights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(inline))]
#[serde(rename_all = "lowercase")]
pub enum YScaleType {
    #[default]
    Linear,
    Log,
}

impl YScaleType {
    pub const NAMES: [&'static str; 2] = ["linear", "log"];

    pub fn from_name(name: &str) -> Option<YScaleType> {
        match name {
            "linear" => Some(YScaleType::Linear),
            "log" => Some(YScaleType::Log),
            _ => None,
        }
    }
}

/// One data series of a line or bar chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct Series {
    /// The legend entry; also used by tooltips and the screen-reader table.
    pub name: String,
    /// One value per category: a number, or null for a gap, where the line breaks and no bar is
    /// drawn.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Vec<Option<f64>>", length(min = 1)))]
    pub values: Values,
    /// Computed from the source rather than quoted: drawn dashed/hollow and labelled 推算/estimate.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<bool>", default))]
    pub derived: bool,
    /// How a derived series was computed; shown under the chart as "推算：…" / "Estimate: …".
    pub note: Option<String>,
    /// Combo charts only: "bar" (default) or "line".
    pub mark: Option<Mark>,
    /// Combo charts only: the axis the series is read against, "left" (default) or "right".
    pub axis: Option<Side>,
}
