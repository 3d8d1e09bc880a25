//! The typed spec: what `decode` produces once a spec has no errors left.

use serde::Serialize;

/// The only spec version this build understands.
pub const SPEC_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Spec {
    pub version: u32,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    /// Who published the numbers; shown as "数据来源：…" / "Source: …" under the widget.
    pub source: Option<String>,
    /// Must be http(s); anything else is an error.
    pub source_url: Option<String>,
    /// A footnote under the whole widget.
    pub note: Option<String>,
    pub locale: Locale,
    /// Light or dark colours; `Auto` follows the reader's `prefers-color-scheme`.
    pub theme: ThemeChoice,
    /// Whether the widget offers PNG/SVG/CSV downloads (default true).
    pub exports: bool,
    pub charts: Vec<Chart>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum Locale {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
}

impl Locale {
    pub const NAMES: [&'static str; 2] = ["zh-CN", "en"];

    pub fn from_name(name: &str) -> Option<Locale> {
        match name {
            "zh-CN" => Some(Locale::ZhCn),
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::En => "en",
        }
    }
}

/// The spec's `"theme"`: which colours the widget uses. Resolving `Auto` needs the reader's system
/// setting, which only the browser layer knows; `Theme::for_choice` takes it as a plain bool.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
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

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Chart {
    Kpi(KpiChart),
    Line(XyChart),
    Bar(XyChart),
}

impl Chart {
    pub const TYPES: [&'static str; 3] = ["kpi", "line", "bar"];
}

/// A row of headline numbers ("big number" tiles).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KpiChart {
    pub title: Option<String>,
    pub items: Vec<KpiItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KpiItem {
    pub label: String,
    pub value: f64,
    pub unit: Option<String>,
    /// Words before the number, e.g. "超" for "超50万吨" (the source says "超过50万吨").
    pub prefix: Option<String>,
    pub change: Option<f64>,
    pub change_unit: Option<String>,
    pub note: Option<String>,
    /// The value is computed from the source rather than quoted from it.
    pub derived: bool,
}

/// A line or grouped-bar chart: one x axis, one y axis, one or more series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct XyChart {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub note: Option<String>,
    pub x: XAxis,
    pub y: YAxis,
    pub series: Vec<Series>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct XAxis {
    pub label: Option<String>,
    /// Without categories, values sit at x = 0, 1, 2, … on a numeric axis.
    pub categories: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct YAxis {
    pub label: Option<String>,
    pub unit: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    pub name: String,
    /// `None` is a gap (JSON `null`).
    pub values: Vec<Option<f64>>,
    /// Computed from the source rather than quoted: drawn dashed/hollow and labelled 推算/estimate.
    pub derived: bool,
    /// How a derived series was computed; shown under the chart.
    pub note: Option<String>,
}
