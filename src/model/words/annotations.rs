//! The words for annotations in summaries: one sentence per annotation, in each locale. The pieces
//! arrive formatted (values with their unit, positions as spoken: "2024年"); a label is the
//! editor's own text, never translated.

pub struct AnnotationWords {
    /// A horizontal reference line: (label, value) → "参考线：全市平均 5.6%。"
    pub value_line: fn(Option<&str>, &str) -> String,
    /// A vertical reference line: (label, position).
    pub position_line: fn(Option<&str>, &str) -> String,
    /// A shaded band: (label, from, to), values or positions.
    pub range: fn(Option<&str>, &str, &str) -> String,
    /// A marked point: (label, series when several, position, value).
    pub point: fn(Option<&str>, Option<&str>, &str, &str) -> String,
}

pub static ZH: AnnotationWords = AnnotationWords {
    value_line: |label, value| match label {
        Some(label) => format!("参考线：{label} {value}。"),
        None => format!("参考线：{value}。"),
    },
    position_line: |label, at| match label {
        Some(label) => format!("参考线：{label}（{at}）。"),
        None => format!("参考线：{at}。"),
    },
    range: |label, from, to| match label {
        Some(label) => format!("阴影区间：{label}（{from}至{to}）。"),
        None => format!("阴影区间：{from}至{to}。"),
    },
    point: |label, series, at, value| {
        let what = match series {
            Some(series) => format!("{at}，{series} {value}"),
            None => format!("{at}，{value}"),
        };
        match label {
            Some(label) => format!("标注（{what}）：{label}。"),
            None => format!("标注：{what}。"),
        }
    },
};

pub static EN: AnnotationWords = AnnotationWords {
    value_line: |label, value| match label {
        Some(label) => format!("Reference line: {label}, {value}."),
        None => format!("Reference line at {value}."),
    },
    position_line: |label, at| match label {
        Some(label) => format!("Reference line at {at}: {label}."),
        None => format!("Reference line at {at}."),
    },
    range: |label, from, to| match label {
        Some(label) => format!("Shaded range from {from} to {to}: {label}."),
        None => format!("Shaded range from {from} to {to}."),
    },
    point: |label, series, at, value| {
        let what = match series {
            Some(series) => format!("{series}, {at}, {value}"),
            None => format!("{at}, {value}"),
        };
        match label {
            Some(label) => format!("Marked point ({what}): {label}."),
            None => format!("Marked point: {what}."),
        }
    },
};
