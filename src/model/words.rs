//! The widget's own words, per locale. Spec text is never translated; only what the widget adds.

use crate::spec::Locale;

pub struct Words {
    /// Before the source name: "数据来源：梅州日报".
    pub source_prefix: &'static str,
    /// Before a footnote.
    pub note_prefix: &'static str,
    /// Appended to a derived series' legend entry.
    pub derived_tag: &'static str,
    /// Before the explanation of how a derived value was computed.
    pub derived_note_prefix: &'static str,
    pub no_data: &'static str,
    /// Accessible name of a chart without a title.
    pub untitled: &'static str,
    /// Heading of the error box.
    pub error_heading: &'static str,
    /// "and N more": a function because word order differs.
    pub more_errors: fn(usize) -> String,
    /// Wraps an axis title with its unit: "增速（%）" / "Growth (%)".
    pub with_unit: fn(&str, &str) -> String,
    /// An axis caption when there is a unit but no label: "单位：亿元" / "billion yuan".
    pub unit_only: fn(&str) -> String,
}

static ZH: Words = Words {
    source_prefix: "数据来源：",
    note_prefix: "注：",
    derived_tag: "（推算）",
    derived_note_prefix: "推算：",
    no_data: "无数据",
    untitled: "图表",
    error_heading: "图表配置有误，无法显示：",
    more_errors: |n| format!("……另有 {n} 处错误（详见浏览器控制台）"),
    with_unit: |label, unit| format!("{label}（{unit}）"),
    unit_only: |unit| format!("单位：{unit}"),
};

static EN: Words = Words {
    source_prefix: "Source: ",
    note_prefix: "Note: ",
    derived_tag: " (estimate)",
    derived_note_prefix: "Estimate: ",
    no_data: "no data",
    untitled: "Chart",
    error_heading: "This chart's spec has errors and cannot be shown:",
    more_errors: |n| format!("…and {n} more (see the browser console)"),
    with_unit: |label, unit| format!("{label} ({unit})"),
    unit_only: |unit| unit.to_string(),
};

pub fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::ZhCn => &ZH,
        Locale::En => &EN,
    }
}
