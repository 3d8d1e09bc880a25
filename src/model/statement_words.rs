//! The widget's own words for gauges, streaks and timelines, per locale (kept beside `words.rs` so the
//! three forms can grow without crowding it). Spec text is never translated.

use crate::spec::timeline_date::TimelineDate;
use crate::spec::Locale;

/// A gauge's target and whether the value reaches it: ("100%", true).
pub type TargetText<'a> = Option<(&'a str, bool)>;

pub struct FormWords {
    /// Accessible names of untitled charts.
    pub gauges: &'static str,
    pub streaks: &'static str,
    pub timeline: &'static str,
    /// The period of a streak whose spec names none, for a count.
    pub default_period: fn(u32) -> &'static str,
    /// Drawn small before the count (zh "连续"); empty when the language puts it after.
    pub streak_before: &'static str,
    /// Drawn small after the count: (unit) → "年" / "years in a row".
    pub streak_after: fn(&str) -> String,
    /// Under a gauge with a target: "目标 100%" / "Target 100%".
    pub target: fn(&str) -> String,
    /// After a planned event's date in lists and tables: "（计划）" / " (planned)".
    pub planned_tag: &'static str,
    pub done: &'static str,
    pub planned: &'static str,
    pub gauge_headers: [&'static str; 5],
    pub streak_headers: [&'static str; 4],
    pub timeline_headers: [&'static str; 4],
    /// A date as written for readers: "2024年6月16日" / "16 June 2024".
    pub date: fn(TimelineDate) -> String,
    /// (label, value, max, target met?) → the gauge's sentence.
    pub gauge_sentence: fn(&str, &str, &str, TargetText) -> String,
    /// (label, count with unit, span) → the streak's sentence.
    pub streak_sentence: fn(&str, &str, Option<(&str, &str)>) -> String,
    /// (number of events, first date, last date) → the timeline's opening sentence.
    pub timeline_opening: fn(usize, &str, &str) -> String,
    /// (date, label, planned) → one event as a sentence.
    pub event_sentence: fn(&str, &str, bool) -> String,
    /// A count with its period: "8年" / "8 years".
    pub count: fn(u32, &str) -> String,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const ZH: FormWords = FormWords {
    gauges: "进度",
    streaks: "连续纪录",
    timeline: "时间线",
    default_period: |_| "次",
    streak_before: "连续",
    streak_after: |unit| unit.to_string(),
    target: |t| format!("目标 {t}"),
    planned_tag: "（计划）",
    done: "已完成",
    planned: "计划",
    gauge_headers: ["指标", "数值", "满值", "目标", "说明"],
    streak_headers: ["事项", "连续", "时期", "说明"],
    timeline_headers: ["日期", "事件", "状态", "说明"],
    date: |d| match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{}年{m}月{day}日", d.year),
        (Some(m), None) => format!("{}年{m}月", d.year),
        _ => format!("{}年", d.year),
    },
    gauge_sentence: |label, value, max, target| {
        let mut s = format!("{label}为{value}（满值{max}）");
        if let Some((t, met)) = target {
            s.push_str(&format!("，目标{t}，{}", if met { "已达到" } else { "尚未达到" }));
        }
        s.push('。');
        s
    },
    streak_sentence: |label, count, span| match span {
        Some((a, b)) => format!("{label}：{a}至{b}连续{count}。"),
        None => format!("{label}：连续{count}。"),
    },
    timeline_opening: |n, a, b| format!("时间线共{n}个节点，从{a}到{b}。"),
    event_sentence: |date, label, planned| {
        if planned {
            format!("{date}（计划）：{label}。")
        } else {
            format!("{date}：{label}。")
        }
    },
    count: |n, unit| format!("{n}{unit}"),
};

const EN: FormWords = FormWords {
    gauges: "Progress",
    streaks: "Streaks",
    timeline: "Timeline",
    default_period: |n| if n == 1 { "time" } else { "times" },
    streak_before: "",
    streak_after: |unit| format!("{unit} in a row"),
    target: |t| format!("Target {t}"),
    planned_tag: " (planned)",
    done: "done",
    planned: "planned",
    gauge_headers: ["Indicator", "Value", "Maximum", "Target", "Note"],
    streak_headers: ["Achievement", "In a row", "Periods", "Note"],
    timeline_headers: ["Date", "Event", "Status", "Note"],
    date: |d| match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{day} {} {}", MONTHS[(m as usize + 11) % 12], d.year),
        (Some(m), None) => format!("{} {}", MONTHS[(m as usize + 11) % 12], d.year),
        _ => d.year.to_string(),
    },
    gauge_sentence: |label, value, max, target| {
        let mut s = format!("{label}: {value} of {max}");
        if let Some((t, met)) = target {
            s.push_str(&format!("; target {t}, {}", if met { "met" } else { "not yet met" }));
        }
        s.push('.');
        s
    },
    streak_sentence: |label, count, span| match span {
        Some((a, b)) => format!("{label}: {count} in a row, {a} to {b}."),
        None => format!("{label}: {count} in a row."),
    },
    timeline_opening: |n, a, b| {
        let noun = if n == 1 { "milestone" } else { "milestones" };
        format!("A timeline of {n} {noun}, from {a} to {b}.")
    },
    event_sentence: |date, label, planned| {
        if planned {
            format!("{date} (planned): {label}.")
        } else {
            format!("{date}: {label}.")
        }
    },
    count: |n, unit| format!("{n} {unit}"),
};

pub fn statement_words(locale: Locale) -> &'static FormWords {
    match locale {
        Locale::ZhCn => &ZH,
        Locale::En => &EN,
    }
}
