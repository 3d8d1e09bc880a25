//! The widget's own words, per locale. Spec text is never translated; only what the widget adds.
//!
//! Word order differs between the locales, so anything longer than a word is a function that takes the
//! already-formatted pieces (numbers with their units, category names, series names) and returns the
//! phrase or sentence. Deciding *what* to say belongs to `describe`; only *how* it is said lives here.

use crate::model::format::format_value;
use crate::spec::Locale;

/// Which way a change goes: a tile's arrow, and the verb that says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Flat,
}

mod annotations;
pub use annotations::AnnotationWords;

/// A series' first and last value, for the summary of a trend.
pub struct Movement<'a> {
    pub name: &'a str,
    /// "100", or "2021年的131" / "131 in 2021" when the series starts later than the chart.
    pub from: &'a str,
    pub to: &'a str,
    /// The signed difference with its unit: "+194.5", "−0.3个百分点".
    pub delta: &'a str,
    pub rising: bool,
    /// last ÷ first − 1 (1.945 for 100 → 294.5), when that means something.
    pub relative: Option<f64>,
}

/// The longest run of consecutive rises or falls in one series.
pub struct Streak<'a> {
    /// The series, when the chart shows several (otherwise the subject is understood).
    pub name: Option<&'a str>,
    pub steps: usize,
    pub rising: bool,
    /// The categories are consecutive years: say 年/years rather than 期/periods.
    pub years: bool,
    /// First and last category of the run; `None` when the run is the whole series.
    pub span: Option<(&'a str, &'a str)>,
}

/// A value and where it is: ("2023年", "224.8").
pub type Placed<'a> = (&'a str, &'a str);

/// One KPI tile, ready to be read as a sentence.
pub struct TileText<'a> {
    /// With the derived tag when the value is computed.
    pub label: &'a str,
    /// The number with its prefix and unit: "超50万吨", "over 500,000 tonnes".
    pub value: &'a str,
    /// Direction and unsigned size of the change: (Up, "5.6%").
    pub change: Option<(Direction, &'a str)>,
    pub note: Option<&'a str>,
}

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
    /// Under a screen-reader table cut at its row limit: (shown, total).
    pub rows_omitted: fn(usize, usize) -> String,
    /// Before the download buttons ("下载：PNG SVG CSV").
    pub download: &'static str,
    /// Accessible names of the download buttons, e.g. "下载PNG图片".
    pub download_png: &'static str,
    pub download_svg: &'static str,
    pub download_csv: &'static str,
    /// Heading of the error box.
    pub error_heading: &'static str,
    /// "and N more": a function because word order differs.
    pub more_errors: fn(usize) -> String,
    /// Wraps an axis title with its unit: "增速（%）" / "Growth (%)".
    pub with_unit: fn(&str, &str) -> String,
    /// An axis caption when there is a unit but no label: "单位：亿元" / "billion yuan".
    pub unit_only: fn(&str) -> String,

    // --- Words for screen readers, tooltips and the data table (`describe`).
    /// Accessible names of charts without a title.
    pub line_chart: &'static str,
    pub bar_chart: &'static str,
    pub stacked_bar_chart: &'static str,
    pub ranking_chart: &'static str,
    pub area_chart: &'static str,
    pub combo_chart: &'static str,
    pub small_multiples: &'static str,
    /// The tooltip row under a stacked bar's segments: "合计" / "Total".
    pub total: &'static str,
    /// A highlighted category in the summary: (where, value, rank or 0 when the bars are not in
    /// rank order, count) → "乙县居第3位（共7个），为5.6%。" / "County B ranks 3rd of 7, at 5.6%."
    pub highlighted: fn(&str, &str, usize, usize) -> String,
    pub key_figures: &'static str,
    /// Header of the first column of a data table when the x axis has no label.
    pub category: &'static str,
    /// The same, when every category is a year.
    pub year: &'static str,
    /// Headers of a KPI chart's data table: indicator, value, change, note.
    pub kpi_headers: [&'static str; 4],
    /// A table caption with the unit of its values: "两项增速（单位：%）".
    pub caption_with_unit: fn(&str, &str) -> String,
    /// A position on an x axis without categories, as its tick reads: "x = 3".
    pub x_position: fn(usize) -> String,
    /// Spoken after a bare year: "2023" → "2023年". Empty in English.
    pub year_suffix: &'static str,
    /// Put between sentences: Chinese full stops need no space.
    pub sentence_gap: &'static str,
    /// "甲、乙和丙" / "A, B and C".
    pub list: fn(&[String]) -> String,
    /// One point, as a screen reader announces it: (where, series, value) → "2023年，甲 224.8".
    pub point: fn(&str, &str, &str) -> String,
    /// A value and where it is: (where, value) → "2021年的131" / "131 in 2021".
    pub at: fn(&str, &str) -> String,
    /// Opens the first sentence of a trend: "2020年至2024年，" / "From 2020 to 2024, ".
    pub range: fn(&str, &str) -> String,
    pub moved: fn(&Movement) -> String,
    /// A series that ends where it started: (series, value).
    pub unchanged: fn(&str, &str) -> String,
    /// A series with a single value: (series, where, value).
    pub only_point: fn(&str, &str, &str) -> String,
    /// A series with no value at all.
    pub series_no_data: fn(&str) -> String,
    /// Gaps at a few named places: (series when several, the places as a list).
    pub gaps_at: fn(Option<&str>, &str) -> String,
    /// Many gaps: (series when several, how many).
    pub gaps_count: fn(Option<&str>, usize) -> String,
    /// Highest and lowest points: (series when several, (where, value) of each).
    pub extremes: fn(Option<&str>, Option<Placed>, Option<Placed>) -> String,
    pub streak: fn(&Streak) -> String,
    /// Which series are estimates: the series names.
    pub estimates: fn(&[String]) -> String,
    /// One bar of a chart of categories: (category, value) → "工业投资31%" / "Industrial investment: 31%".
    pub item: fn(&str, &str) -> String,
    /// Every bar of one series: (series when several, the items).
    pub items: fn(Option<&str>, &[String]) -> String,
    /// Words before a number: ("超", "50万吨") → "超50万吨"; ("over", …) → "over 500,000 tonnes".
    pub prefixed: fn(&str, &str) -> String,
    pub tile: fn(&TileText) -> String,
    /// One sentence per annotation of a chart.
    pub annotations: &'static AnnotationWords,
}

static ZH: Words = Words {
    source_prefix: "数据来源：",
    note_prefix: "注：",
    derived_tag: "（推算）",
    derived_note_prefix: "推算：",
    no_data: "无数据",
    untitled: "图表",
    rows_omitted: |shown, total| format!("表中列出前{shown}行，共{total}行；完整数据可下载CSV。"),
    download: "下载：",
    download_png: "下载PNG图片",
    download_svg: "下载SVG矢量图",
    download_csv: "下载CSV数据",
    error_heading: "图表配置有误，无法显示：",
    more_errors: |n| format!("……另有 {n} 处错误（详见浏览器控制台）"),
    with_unit: |label, unit| format!("{label}（{unit}）"),
    unit_only: |unit| format!("单位：{unit}"),
    line_chart: "折线图",
    bar_chart: "柱状图",
    stacked_bar_chart: "堆积柱状图",
    ranking_chart: "条形图",
    area_chart: "面积图",
    combo_chart: "柱线组合图",
    small_multiples: "分面小图",
    total: "合计",
    highlighted: |at, value, rank, n| match rank {
        0 => format!("突出显示：{at}，{value}。"),
        rank => format!("{at}居第{rank}位（共{n}个），为{value}。"),
    },
    key_figures: "关键数据",
    category: "类别",
    year: "年份",
    kpi_headers: ["指标", "数值", "变化", "说明"],
    caption_with_unit: |caption, unit| format!("{caption}（单位：{unit}）"),
    x_position: |i| format!("x = {i}"),
    year_suffix: "年",
    sentence_gap: "",
    list: zh_list,
    point: |at, series, value| format!("{at}，{series} {value}"),
    at: |at, value| format!("{at}的{value}"),
    range: |from, to| format!("{from}至{to}，"),
    moved: zh_moved,
    unchanged: |name, value| format!("{name}首尾持平，均为{value}。"),
    only_point: |name, at, value| format!("{at}，{name}为{value}。"),
    series_no_data: |name| format!("{name}无数据。"),
    gaps_at: |name, at| {
        format!("{}{at}无数据。", name.map(|n| format!("{n}在")).unwrap_or_default())
    },
    gaps_count: |name, n| format!("{}有{n}处无数据。", name.unwrap_or("")),
    extremes: zh_extremes,
    streak: zh_streak,
    estimates: |names| format!("其中{}为推算值，并非统计公布数。", zh_list(&quoted(names))),
    item: |at, value| format!("{at}{}{value}", zh_gap(at)),
    items: |name, items| {
        format!("{}{}。", name.map(|n| format!("{n}：")).unwrap_or_default(), items.join("，"))
    },
    prefixed: |prefix, value| format!("{prefix}{}{value}", zh_gap(prefix)),
    tile: zh_tile,
    annotations: &annotations::ZH,
};

static EN: Words = Words {
    source_prefix: "Source: ",
    note_prefix: "Note: ",
    derived_tag: " (estimate)",
    derived_note_prefix: "Estimate: ",
    no_data: "no data",
    untitled: "Chart",
    rows_omitted: |shown, total| {
        format!(
            "The table lists the first {shown} of {total} rows; download the CSV for all of them."
        )
    },
    download: "Download:",
    download_png: "Download as PNG image",
    download_svg: "Download as SVG vector image",
    download_csv: "Download the data as CSV",
    error_heading: "This chart's spec has errors and cannot be shown:",
    more_errors: |n| format!("…and {n} more (see the browser console)"),
    with_unit: |label, unit| format!("{label} ({unit})"),
    unit_only: |unit| unit.to_string(),
    line_chart: "Line chart",
    bar_chart: "Bar chart",
    stacked_bar_chart: "Stacked bar chart",
    ranking_chart: "Horizontal bar chart",
    area_chart: "Area chart",
    combo_chart: "Bar and line chart",
    small_multiples: "Small multiples",
    total: "Total",
    highlighted: |at, value, rank, n| match rank {
        0 => format!("Highlighted: {at}, at {value}."),
        rank => format!("{at} ranks {} of {n}, at {value}.", en_ordinal(rank)),
    },
    key_figures: "Key figures",
    category: "Category",
    year: "Year",
    kpi_headers: ["Indicator", "Value", "Change", "Note"],
    caption_with_unit: |caption, unit| format!("{caption} (unit: {unit})"),
    x_position: |i| format!("x = {i}"),
    year_suffix: "",
    sentence_gap: " ",
    list: en_list,
    point: |at, series, value| format!("{at}, {series} {value}"),
    at: |at, value| format!("{value} in {at}"),
    range: |from, to| format!("From {from} to {to}, "),
    moved: en_moved,
    unchanged: |name, value| format!("{name} began and ended at {value}."),
    only_point: |name, at, value| format!("{name} was {value} in {at}."),
    series_no_data: |name| format!("{name}: no data."),
    gaps_at: |name, at| match name {
        Some(name) => format!("No data for {name} in {at}."),
        None => format!("No data for {at}."),
    },
    gaps_count: |name, n| match name {
        Some(name) => format!("{name} has {n} missing values."),
        None => format!("{n} values are missing."),
    },
    extremes: en_extremes,
    streak: en_streak,
    estimates: |names| {
        format!("The values of {} are estimates, not official statistics.", en_list(&quoted(names)))
    },
    item: |at, value| format!("{at}: {value}"),
    items: |name, items| match name {
        Some(name) => format!("{name} — {}.", items.join("; ")),
        None => format!("{}.", items.join("; ")),
    },
    prefixed: |prefix, value| format!("{prefix} {value}"),
    tile: en_tile,
    annotations: &annotations::EN,
};

pub fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::ZhCn => &ZH,
        Locale::En => &EN,
    }
}

// ---------------------------------------------------------------------------------------------
// Phrases too long for a closure

/// Chinese sets CJK text tight against a number ("工业投资31%") but keeps a space after Latin letters
/// and digits, so "A1" and "5" do not run together into "A15".
fn zh_gap(before: &str) -> &'static str {
    match before.chars().last() {
        Some(c) if c.is_ascii_alphanumeric() => " ",
        _ => "",
    }
}

fn quoted(names: &[String]) -> Vec<String> {
    names.iter().map(|n| format!("“{n}”")).collect()
}

fn zh_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}和{last}", init.join("、")),
    }
}

fn en_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// `x` rounded for speech (1 decimal below 10, whole numbers above), and whether rounding changed it
/// (Chinese then says 约, "about").
fn rounded(x: f64) -> (f64, bool) {
    let r = if x.abs() < 10.0 { (x * 10.0).round() / 10.0 } else { x.round() };
    (r, (r - x).abs() > 1e-9 * x.abs().max(1.0))
}

/// "增长约1.9倍" for a rise of 100% or more (Chinese counts the increase in multiples: 增长1倍 is
/// doubling), "增长45%" / "下降约30%" otherwise; `None` when it rounds to nothing.
fn zh_relative(relative: f64, rising: bool) -> Option<String> {
    let (verb, value, unit) = if rising && relative >= 1.0 {
        ("增长", relative, "倍")
    } else {
        (if rising { "增长" } else { "下降" }, relative.abs() * 100.0, "%")
    };
    let (r, approx) = rounded(value);
    let about = if approx { "约" } else { "" };
    (r != 0.0).then(|| format!("{verb}{about}{}{unit}", format_value(r, None, Locale::ZhCn)))
}

fn en_relative(relative: f64, rising: bool) -> Option<String> {
    let (r, _) = rounded(relative.abs() * 100.0);
    let verb = if rising { "up" } else { "down" };
    (r != 0.0).then(|| format!("{verb} {}%", format_value(r, None, Locale::En)))
}

fn zh_moved(m: &Movement) -> String {
    let verb = if m.rising { "升至" } else { "降至" };
    let relative = m.relative.and_then(|r| zh_relative(r, m.rising));
    let tail = relative.map(|r| format!("，{r}")).unwrap_or_default();
    format!("{}从{}{verb}{}（{}）{tail}。", m.name, m.from, m.to, m.delta)
}

fn en_moved(m: &Movement) -> String {
    let verb = if m.rising { "rose" } else { "fell" };
    let relative = m.relative.and_then(|r| en_relative(r, m.rising));
    let tail = relative.map(|r| format!(", {r}")).unwrap_or_default();
    format!("{} {verb} from {} to {} ({}{tail}).", m.name, m.from, m.to, m.delta)
}

fn zh_extremes(name: Option<&str>, high: Option<Placed>, low: Option<Placed>) -> String {
    let parts: Vec<String> = [("最高为", high), ("最低为", low)]
        .into_iter()
        .filter_map(|(word, at)| at.map(|(at, value)| format!("{word}{at}（{value}）")))
        .collect();
    format!("{}{}。", name.unwrap_or(""), parts.join("，"))
}

fn en_extremes(name: Option<&str>, high: Option<Placed>, low: Option<Placed>) -> String {
    let parts: Vec<String> = [("highest", high), ("lowest", low)]
        .into_iter()
        .filter_map(|(word, at)| at.map(|(at, value)| format!("{word}: {at} ({value})")))
        .collect();
    let text = match name {
        Some(name) => format!("{name} — {}.", parts.join("; ")),
        None => format!("{}.", parts.join("; ")),
    };
    capitalise(&text)
}

/// ASCII only: the sentences start with our own English words or a series name, and Unicode case
/// mapping would bring its tables (kilobytes) into the bundle for a first letter.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| std::iter::once(c.to_ascii_uppercase()).chain(chars).collect())
        .unwrap_or_default()
}

fn zh_streak(s: &Streak) -> String {
    let subject = s.name.unwrap_or("");
    let unit = if s.years { "年" } else { "期" };
    let verb = if s.rising { "上升" } else { "下降" };
    let span = match (s.span, s.name) {
        (Some((from, to)), Some(_)) => format!("在{from}至{to}"),
        (Some((from, to)), None) => format!("{from}至{to}"),
        (None, _) => String::new(),
    };
    format!("{subject}{span}连续{}{unit}{verb}。", s.steps)
}

fn en_streak(s: &Streak) -> String {
    let unit = if s.years { "years" } else { "periods" };
    let verb = if s.rising { "rose" } else { "fell" };
    let run = format!("{verb} {} {unit} in a row", s.steps);
    match (s.span, s.name) {
        (Some((from, to)), name) => format!("From {from} to {to}, {} {run}.", name.unwrap_or("it")),
        (None, Some(name)) => format!("{name} {run}."),
        (None, None) => format!("It {run}."),
    }
}

/// Verbs a Chinese note may already use for the change ("同比增长，增速全市第三"): the number then goes
/// right after the verb ("同比增长5.6%") instead of saying 增长 twice.
fn zh_change_verbs(direction: Direction) -> &'static [&'static str] {
    match direction {
        Direction::Up => &["增长", "上升", "增加", "提高", "提升"],
        Direction::Down => &["下降", "减少", "降低", "回落", "下滑"],
        Direction::Flat => &["持平"],
    }
}

/// The note with the change worked into it, if it already names the change's direction.
fn zh_merge_change(note: &str, direction: Direction, size: &str) -> Option<String> {
    if note.contains(size) {
        // The editor already wrote the number; saying it again would be the repetition we avoid.
        return zh_change_verbs(direction).iter().any(|v| note.contains(v)).then(|| note.into());
    }
    let (at, verb) =
        zh_change_verbs(direction).iter().filter_map(|v| note.find(v).map(|at| (at, v))).min()?;
    let end = at + verb.len();
    let size = if direction == Direction::Flat { "" } else { size };
    Some(format!("{}{size}{}", &note[..end], &note[end..]))
}

fn zh_change(direction: Direction, size: &str) -> String {
    match direction {
        Direction::Up => format!("增长{size}"),
        Direction::Down => format!("下降{size}"),
        Direction::Flat => "持平".into(),
    }
}

fn zh_tile(t: &TileText) -> String {
    let head = format!("{}{}{}", t.label, zh_gap(t.label), t.value);
    let note = t.note.map(|n| n.trim_end_matches('。'));
    let rest = match (t.change, note) {
        (Some((direction, size)), Some(note)) => match zh_merge_change(note, direction, size) {
            Some(merged) => format!("，{merged}"),
            None => format!("，{}（{note}）", zh_change(direction, size)),
        },
        (Some((direction, size)), None) => format!("，{}", zh_change(direction, size)),
        (None, Some(note)) => format!("（{note}）"),
        (None, None) => String::new(),
    };
    format!("{head}{rest}。")
}

fn en_tile(t: &TileText) -> String {
    let change = t.change.map(|(direction, size)| match direction {
        Direction::Up => format!(", up {size}"),
        Direction::Down => format!(", down {size}"),
        Direction::Flat => ", unchanged".into(),
    });
    let note = t.note.map(|n| format!(" ({})", n.trim_end_matches('.'))).unwrap_or_default();
    format!("{}: {}{}{note}.", t.label, t.value, change.unwrap_or_default())
}

/// "1st", "2nd", "3rd", "4th", "11th", "21st".
fn en_ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}
