//! The model of the three statement forms (gauge, streak, timeline): numbers formatted, defaults
//! resolved, timeline events sorted and placed in years. Layout reads only this.

use super::format::{format_value, split_number};
use super::statement_words::{statement_words, FormWords};
use super::words::Words;
use crate::spec::limits::MAX_STREAK_PERIODS;
use crate::spec::timeline_date::TimelineDate;
use crate::spec::{EventStatus, GaugeChart, GaugeStyle, Locale, StreakChart, TimelineChart};

pub enum StatementModel {
    Gauge(GaugeModel),
    Streak(StreakModel),
    Timeline(TimelineModel),
}

impl StatementModel {
    pub fn title(&self) -> Option<&str> {
        match self {
            StatementModel::Gauge(g) => g.title.as_deref(),
            StatementModel::Streak(s) => s.title.as_deref(),
            StatementModel::Timeline(t) => t.title.as_deref(),
        }
    }
}

pub struct GaugeModel {
    pub title: Option<String>,
    pub style: GaugeStyle,
    pub gauges: Vec<Gauge>,
}

pub struct Gauge {
    /// With the derived tag when the value is computed.
    pub label: String,
    /// "100" — drawn big; `unit` beside it, smaller.
    pub number: String,
    pub unit: String,
    /// value ÷ max, in 0 … 1: the share of the ring or bar that is filled.
    pub share: f64,
    /// target ÷ max, in 0 … 1.
    pub target_share: Option<f64>,
    /// "100%": the value, max and target as a reader reads them.
    pub value_text: String,
    pub max_text: String,
    pub target_text: Option<String>,
    pub target_met: Option<bool>,
    pub note: Option<String>,
    pub derived: bool,
}

pub struct StreakModel {
    pub title: Option<String>,
    pub streaks: Vec<Streak>,
}

pub struct Streak {
    pub label: String,
    pub count: u32,
    /// The period ("年", "years"; the locale's default when the spec names none).
    pub unit: String,
    /// Boxes drawn unmarked before the streak (`total − count`).
    pub unmarked: u32,
    /// One label per marked box, or empty: boxes are never labelled with invented periods.
    pub periods: Vec<String>,
    pub note: Option<String>,
}

pub struct TimelineModel {
    pub title: Option<String>,
    /// Sorted by date; equal dates keep the spec's order.
    pub events: Vec<Event>,
}

pub struct Event {
    pub date: TimelineDate,
    /// The date in (fractional) years: its position on the axis.
    pub at: f64,
    /// "2024年6月16日" / "16 June 2024".
    pub date_text: String,
    pub label: String,
    pub note: Option<String>,
    pub planned: bool,
}

pub fn gauge_model(chart: &GaugeChart, locale: Locale, words: &Words) -> GaugeModel {
    let gauges = chart
        .items
        .iter()
        .map(|item| {
            let unit = item.unit.as_deref();
            let value_text = format_value(item.value, unit, locale);
            let (number, unit_text) = split_number(&value_text);
            // Decoding guarantees 0 ≤ value ≤ max and max > 0; clamping keeps a model built by hand
            // from drawing outside its ring.
            let share = |v: f64| {
                if item.max > 0.0 && v.is_finite() {
                    (v / item.max).clamp(0.0, 1.0)
                } else {
                    0.0
                }
            };
            let label = if item.derived {
                format!("{}{}", item.label, words.derived_tag)
            } else {
                item.label.clone()
            };
            Gauge {
                label,
                number,
                unit: unit_text,
                share: share(item.value),
                target_share: item.target.map(share),
                value_text,
                max_text: format_value(item.max, unit, locale),
                target_text: item.target.map(|t| format_value(t, unit, locale)),
                target_met: item.target.map(|t| item.value >= t),
                note: item.note.clone(),
                derived: item.derived,
            }
        })
        .collect();
    GaugeModel { title: chart.title.clone(), style: chart.style, gauges }
}

pub fn streak_model(chart: &StreakChart, locale: Locale) -> StreakModel {
    let fw = statement_words(locale);
    let streaks = chart
        .items
        .iter()
        .map(|item| Streak {
            label: item.label.clone(),
            // Decoding keeps counts in 1 ..= MAX_STREAK_PERIODS; a hand-built spec is held to it too,
            // since every period becomes a box.
            count: item.count.clamp(1, MAX_STREAK_PERIODS as u32),
            unit: item
                .unit
                .clone()
                .filter(|u| !u.trim().is_empty())
                .unwrap_or_else(|| (fw.default_period)(item.count).to_string()),
            unmarked: item
                .total
                .map_or(0, |t| t.min(MAX_STREAK_PERIODS as u32).saturating_sub(item.count)),
            periods: item.periods.clone().unwrap_or_default(),
            note: item.note.clone(),
        })
        .collect();
    StreakModel { title: chart.title.clone(), streaks }
}

pub fn timeline_model(chart: &TimelineChart, locale: Locale) -> TimelineModel {
    let fw: &FormWords = statement_words(locale);
    let mut events: Vec<Event> = chart
        .events
        .iter()
        .filter_map(|e| {
            // Decoding has checked every date; an unparsable one (a hand-built spec) is left out
            // rather than drawn at a made-up place.
            let date = TimelineDate::parse(&e.date)?;
            Some(Event {
                date,
                at: date.years(),
                date_text: (fw.date)(date),
                label: e.label.clone(),
                note: e.note.clone(),
                planned: e.status == EventStatus::Planned,
            })
        })
        .collect();
    crate::sort::sort_by(&mut events, |a, b| a.at.total_cmp(&b.at));
    TimelineModel { title: chart.title.clone(), events }
}
