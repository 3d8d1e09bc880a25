//! The typed `"annotations"` of a line or bar chart: reference lines, shaded ranges and labelled
//! points. `decode/annotations.rs` produces them (checked against the chart's categories and series);
//! `model::annotate` resolves them to positions, `layout::annotate` places their labels.
//!
//! Positions on the x axis are kept as the text of a category (numbers such as `2024` are turned into
//! text, as in `x.categories`); on an axis without categories they are the index written as text.

use serde::Serialize;

/// One annotation; its "type" says which kind: "line", "range" or "point".
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(transform = by_type))]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Annotation {
    /// A thin dashed reference line: horizontal at a value (`"y": 5.6`, e.g. a target or an
    /// average; the y axis always reaches it) or vertical at a category (`"x": "2024"`).
    Line(LineAnnotation),
    /// A light shaded band behind the data: between two values (`"y": [90, 100]`) or from one
    /// category to another (`"x": ["2020", "2022"]`).
    Range(RangeAnnotation),
    /// One data point with a short label (`"x": "2024"`, `"series": "…"`): ringed on a line; on a
    /// bar, the bar itself is the mark.
    Point(PointAnnotation),
}

impl Annotation {
    pub const TYPES: [&'static str; 3] = ["line", "range", "point"];

    pub fn label(&self) -> Option<&str> {
        match self {
            Annotation::Line(a) => a.label.as_deref(),
            Annotation::Range(a) => a.label.as_deref(),
            Annotation::Point(a) => a.label.as_deref(),
        }
    }
}

/// A reference line: give exactly one of `x` and `y`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct LineAnnotation {
    /// A vertical line at this category (one of `x.categories`; a year may be written as a number),
    /// or at this position on an axis without categories (0, 1, 2, …).
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "Option<super::schema_parts::Category>")
    )]
    pub x: Option<String>,
    /// A horizontal line at this value, in the unit of the y axis.
    pub y: Option<f64>,
    /// A few words at the line's end, e.g. "全市平均" (the value is not repeated automatically).
    pub label: Option<String>,
}

/// A shaded range: give exactly one of `x` and `y`, each as [from, to] with from ≤ to.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct RangeAnnotation {
    /// From one category to another, both included: ["2020", "2022"].
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "Option<[super::schema_parts::Category; 2]>")
    )]
    pub x: Option<[String; 2]>,
    /// Between two values in the unit of the y axis: [90, 100]. The y axis always reaches both.
    pub y: Option<[f64; 2]>,
    /// A few words inside the band, at its top.
    pub label: Option<String>,
}

/// A labelled data point.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct PointAnnotation {
    /// The point's category (or position on an axis without categories).
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "super::schema_parts::Category"))]
    pub x: String,
    /// The series' name; may be left out when the chart has one series.
    pub series: Option<String>,
    /// Short text beside the point; placed clear of the data, with a leader line when it had to
    /// move away.
    pub label: Option<String>,
}

/// The schema of [`Annotation`]: one `if "type" is …, then …` per kind, as for charts.
#[cfg(not(target_arch = "wasm32"))]
fn by_type(schema: &mut schemars::Schema) {
    super::schema_parts::chart_by_type(schema);
    let description = schema
        .get_mut("properties")
        .and_then(|p| p.get_mut("type"))
        .and_then(|t| t.get_mut("description"));
    if let Some(serde_json::Value::String(text)) = description {
        *text =
            text.replacen("Which kind of chart this is.", "Which kind of annotation this is.", 1);
    }
}
