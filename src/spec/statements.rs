//! The spec types of the three "statement" forms: a gauge (a share against a target), a streak (N
//! periods in a row) and a timeline of dated milestones. Decoded by `decode/statements.rs`; see
//! `types.rs` for what the `schemars` attributes mean.

use serde::Serialize;

/// Progress against a maximum: rings (or bars) side by side, wrapping like KPI tiles.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct GaugeChart {
    /// A heading above the gauges.
    pub title: Option<String>,
    /// "ring" (default): an arc from 12 o'clock with the number in its centre; "bar": a horizontal
    /// progress bar.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<GaugeStyle>", default))]
    pub style: GaugeStyle,
    /// The gauges, one per item.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1)))]
    pub items: Vec<GaugeItem>,
}

/// How a gauge is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(inline))]
#[serde(rename_all = "lowercase")]
pub enum GaugeStyle {
    #[default]
    Ring,
    Bar,
}

impl GaugeStyle {
    pub const NAMES: [&'static str; 2] = ["ring", "bar"];

    pub fn from_name(name: &str) -> Option<GaugeStyle> {
        match name {
            "ring" => Some(GaugeStyle::Ring),
            "bar" => Some(GaugeStyle::Bar),
            _ => None,
        }
    }
}

/// One gauge: `value` out of `max`, with an optional target tick.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct GaugeItem {
    /// What is measured, e.g. "空气质量优良率".
    pub label: String,
    /// The value, between 0 and `max`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0)))]
    pub value: f64,
    /// The full scale (a full ring); greater than 0. Defaults to 100.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<f64>", default))]
    pub max: f64,
    /// A goal, drawn as a tick across the ring or bar; between 0 and `max`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0)))]
    pub target: Option<f64>,
    /// The unit of value, max and target, e.g. "%".
    pub unit: Option<String>,
    /// A short line under the gauge, e.g. "长期保持".
    pub note: Option<String>,
    /// The value is computed rather than quoted: the label gets "（推算）" / "(estimate)" and the arc is
    /// drawn pale.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<bool>", default))]
    pub derived: bool,
}

/// Runs of consecutive periods that met a condition ("连续8年全市第一").
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct StreakChart {
    /// A heading above the streaks.
    pub title: Option<String>,
    /// The streaks, one per item.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1)))]
    pub items: Vec<StreakItem>,
}

/// One streak: `count` periods in a row, drawn as a row of filled boxes.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct StreakItem {
    /// What was achieved each period, e.g. "空气质量优良率全市第一".
    pub label: String,
    /// How many periods in a row: 1 to 100.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1, max = 100)))]
    pub count: u32,
    /// The period, e.g. "年" or "years" (default "次" / "times").
    pub unit: Option<String>,
    /// A label per marked box, oldest first (e.g. years); exactly `count` of them. Without them the
    /// boxes carry no labels.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "Option<Vec<super::schema_parts::Category>>")
    )]
    pub periods: Option<Vec<String>>,
    /// All periods shown, at least `count` and at most 100: the first `total − count` boxes are drawn
    /// unmarked, before the streak.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1, max = 100)))]
    pub total: Option<u32>,
    /// A short line under the boxes.
    pub note: Option<String>,
}

/// Dated milestones on a time axis, placed in proportion to their dates.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct TimelineChart {
    /// A heading above the timeline.
    pub title: Option<String>,
    /// The events, in any order: they are sorted by date (equal dates keep the spec's order).
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1)))]
    pub events: Vec<TimelineEvent>,
}

/// One milestone.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct TimelineEvent {
    /// A day ("2024-06-16", "2024年6月16日"), a month ("2024-06", "2024年6月") or a year ("2024"):
    /// the forms of a time x axis except quarters.
    pub date: String,
    /// What happened or is planned, e.g. "“6·16”特大暴雨灾害".
    pub label: String,
    /// A short line under the label.
    pub note: Option<String>,
    /// "done" (default): drawn solid; "planned": a goal, drawn hollow with a dashed stem.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<EventStatus>", default))]
    pub status: EventStatus,
}

/// Whether a milestone has happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(inline))]
#[serde(rename_all = "lowercase")]
pub enum EventStatus {
    #[default]
    Done,
    Planned,
}

impl EventStatus {
    pub const NAMES: [&'static str; 2] = ["done", "planned"];

    pub fn from_name(name: &str) -> Option<EventStatus> {
        match name {
            "done" => Some(EventStatus::Done),
            "planned" => Some(EventStatus::Planned),
            _ => None,
        }
    }
}
