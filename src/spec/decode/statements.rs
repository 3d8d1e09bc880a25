//! Decoding the gauge, streak and timeline charts (types in `spec/statements.rs`), with the same collector,
//! paths and leaf decoders as the rest of `decode`.

use super::super::limits::{MAX_KPI_ITEMS, MAX_STREAK_PERIODS, MAX_TIMELINE_EVENTS};
use super::super::timeline_date::{TimelineDate, ACCEPTED_FORMS};
use super::super::{
    EventStatus, GaugeChart, GaugeItem, GaugeStyle, StreakChart, StreakItem, TimelineChart,
    TimelineEvent,
};
use super::{
    at_most, boolean, category, each, fail, messages, name, non_empty_array, number, string,
    suggest, text, Cx, Json, ObjectReader, Path,
};

/// A gauge without `max` is a percentage.
const DEFAULT_MAX: f64 = 100.0;

pub(super) fn gauge_chart(cx: &mut Cx, mut obj: ObjectReader<'_>) -> Option<GaugeChart> {
    let title = obj.optional(cx, "title", text);
    let style = obj.optional(cx, "style", gauge_style);
    let items = obj.required(cx, "items", |cx, v, p| {
        let items = non_empty_array(cx, v, p, "items", "item")?;
        at_most(cx, items, p, "items", MAX_KPI_ITEMS)?;
        each(cx, items, p, gauge_item)
    });
    obj.finish(cx);
    Some(GaugeChart { title, style: style.unwrap_or_default(), items: items? })
}

fn gauge_style(cx: &mut Cx, value: &Json, path: &Path) -> Option<GaugeStyle> {
    let name = string(cx, value, path)?;
    GaugeStyle::from_name(&name).or_else(|| {
        let suggestion = suggest::nearest(&name, &GaugeStyle::NAMES);
        fail(cx, path, messages::unknown_gauge_style(&name, suggestion, &GaugeStyle::NAMES))
    })
}

fn gauge_item(cx: &mut Cx, value: &Json, path: &Path) -> Option<GaugeItem> {
    let mut obj = ObjectReader::open(cx, value, path)?;
    let label = obj.required(cx, "label", text);
    let max = obj.optional(cx, "max", |cx, v, p| {
        let max = number(cx, v, p)?;
        if max <= 0.0 {
            return fail(cx, p, messages::gauge_max_not_positive(max));
        }
        Some(max)
    });
    // The range checks need max, so they run once it is known (a bad max is reported alone).
    let scale = if has_value(&obj, "max") { max } else { Some(DEFAULT_MAX) };
    let value = obj.required(cx, "value", |cx, v, p| in_gauge_range(cx, v, p, "value", scale));
    let target = obj.optional(cx, "target", |cx, v, p| in_gauge_range(cx, v, p, "target", scale));
    let unit = obj.optional(cx, "unit", name);
    let note = obj.optional(cx, "note", text);
    let derived = obj.optional(cx, "derived", boolean);
    obj.finish(cx);
    Some(GaugeItem {
        label: label?,
        value: value?,
        max: scale?,
        target,
        unit,
        note,
        derived: derived.unwrap_or(false),
    })
}

/// Whether the object has field `name` with a value other than null (which counts as absent).
fn has_value(obj: &ObjectReader<'_>, name: &str) -> bool {
    obj.entries.iter().any(|(key, value)| key == name && !matches!(value, Json::Null))
}

fn in_gauge_range(
    cx: &mut Cx,
    value: &Json,
    path: &Path,
    what: &str,
    max: Option<f64>,
) -> Option<f64> {
    let v = number(cx, value, path)?;
    match max {
        Some(max) if !(0.0..=max).contains(&v) => {
            fail(cx, path, messages::gauge_out_of_range(what, v, max))
        }
        _ => Some(v),
    }
}

pub(super) fn streak_chart(cx: &mut Cx, mut obj: ObjectReader<'_>) -> Option<StreakChart> {
    let title = obj.optional(cx, "title", text);
    let items = obj.required(cx, "items", |cx, v, p| {
        let items = non_empty_array(cx, v, p, "items", "item")?;
        at_most(cx, items, p, "items", MAX_KPI_ITEMS)?;
        each(cx, items, p, streak_item)
    });
    obj.finish(cx);
    Some(StreakChart { title, items: items? })
}

fn streak_item(cx: &mut Cx, value: &Json, path: &Path) -> Option<StreakItem> {
    let mut obj = ObjectReader::open(cx, value, path)?;
    let label = obj.required(cx, "label", text);
    let count = obj.required(cx, "count", period_count);
    let unit = obj.optional(cx, "unit", name);
    let periods = obj.optional(cx, "periods", |cx, v, p| {
        let items = super::array(cx, v, p)?;
        at_most(cx, items, p, "periods", MAX_STREAK_PERIODS)?;
        let labels = each(cx, items, p, category);
        if let Some(count) = count.filter(|&c| c as usize != items.len()) {
            cx.error(p, messages::periods_mismatch(items.len(), count));
        }
        labels
    });
    let total = obj.optional(cx, "total", |cx, v, p| {
        let total = period_count(cx, v, p)?;
        match count {
            Some(count) if total < count => {
                fail(cx, p, messages::streak_total_below_count(total, count))
            }
            _ => Some(total),
        }
    });
    let note = obj.optional(cx, "note", text);
    obj.finish(cx);
    Some(StreakItem { label: label?, count: count?, unit, periods, total, note })
}

/// A whole number of periods, 1 … [`MAX_STREAK_PERIODS`].
fn period_count(cx: &mut Cx, value: &Json, path: &Path) -> Option<u32> {
    let n = number(cx, value, path)?;
    if n.fract() != 0.0 || n < 1.0 || n > MAX_STREAK_PERIODS as f64 {
        return fail(cx, path, messages::streak_count_out_of_range(n, MAX_STREAK_PERIODS));
    }
    Some(n as u32)
}

pub(super) fn timeline_chart(cx: &mut Cx, mut obj: ObjectReader<'_>) -> Option<TimelineChart> {
    let title = obj.optional(cx, "title", text);
    let events = obj.required(cx, "events", |cx, v, p| {
        let items = non_empty_array(cx, v, p, "events", "event")?;
        at_most(cx, items, p, "events", MAX_TIMELINE_EVENTS)?;
        each(cx, items, p, timeline_event)
    });
    obj.finish(cx);
    Some(TimelineChart { title, events: events? })
}

fn timeline_event(cx: &mut Cx, value: &Json, path: &Path) -> Option<TimelineEvent> {
    let mut obj = ObjectReader::open(cx, value, path)?;
    let date = obj.required(cx, "date", event_date);
    let label = obj.required(cx, "label", text);
    let note = obj.optional(cx, "note", text);
    let status = obj.optional(cx, "status", event_status);
    obj.finish(cx);
    Some(TimelineEvent { date: date?, label: label?, note, status: status.unwrap_or_default() })
}

/// A date string that parses. A bare number (2029) is refused with a hint: a year typed as a number
/// is the likeliest slip, and accepting it would make "2024.5" mean something odd.
fn event_date(cx: &mut Cx, value: &Json, path: &Path) -> Option<String> {
    if let Json::Number(n) = value {
        return fail(cx, path, messages::date_as_number(*n, ACCEPTED_FORMS));
    }
    let written = name(cx, value, path)?;
    match TimelineDate::parse(&written) {
        Some(_) => Some(written),
        None => fail(cx, path, messages::invalid_date(&written, ACCEPTED_FORMS)),
    }
}

fn event_status(cx: &mut Cx, value: &Json, path: &Path) -> Option<EventStatus> {
    let name = string(cx, value, path)?;
    EventStatus::from_name(&name).or_else(|| {
        let suggestion = suggest::nearest(&name, &EventStatus::NAMES);
        fail(cx, path, messages::unknown_event_status(&name, suggestion, &EventStatus::NAMES))
    })
}
