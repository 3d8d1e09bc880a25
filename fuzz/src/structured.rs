//! A spec of valid shape built from fuzzer bytes (`arbitrary`): every chart type (gauges, streaks
//! and timelines too), numbers from the edges of f64 (±1e308, subnormals, -0.0), up to a few
//! thousand categories, up to 60 series, long text, emoji, right-to-left and control characters. Random bytes almost never get past decoding;
//! these reach layout, ticks, number formatting and rendering.

use arbitrary::Arbitrary;
use serde_json::{json, Map, Value};

#[derive(Debug, Arbitrary)]
pub struct FuzzSpec {
    title: Option<FuzzText>,
    subtitle: Option<FuzzText>,
    source: Option<FuzzText>,
    note: Option<FuzzText>,
    link: bool,
    english: bool,
    theme: u8,
    charts: Vec<FuzzChart>,
    /// Rarely, a deliberate mistake so decoding errors are mixed in.
    mistake: Option<Mistake>,
}

#[derive(Debug, Arbitrary)]
enum Mistake {
    LengthMismatch,
    StringNumber,
    UnknownField,
    Version(u32),
}

#[derive(Debug, Arbitrary)]
enum FuzzChart {
    Kpi { title: Option<FuzzText>, items: Vec<FuzzItem> },
    Line(FuzzXy),
    Bar(FuzzXy),
    Gauge { title: Option<FuzzText>, bar: bool, items: Vec<FuzzGauge> },
    Streak { title: Option<FuzzText>, items: Vec<FuzzStreak> },
    Timeline { title: Option<FuzzText>, events: Vec<FuzzEvent> },
    /// The chart forms: stacked, horizontal, area, combo, small multiples.
    Form(FuzzForm, FuzzXy),
}

/// Valid by construction (value and target within 0 … max), or an edge number for `max`.
#[derive(Debug, Arbitrary)]
struct FuzzGauge {
    label: FuzzText,
    value: u16,
    max: Option<u16>,
    target: Option<u16>,
    tiny_max: bool,
    unit: Option<FuzzUnit>,
    note: Option<FuzzText>,
    derived: bool,
}

#[derive(Debug, Arbitrary)]
struct FuzzStreak {
    label: FuzzText,
    count: u8,
    total: Option<u8>,
    periods: bool,
    unit: Option<FuzzUnit>,
    note: Option<FuzzText>,
}

#[derive(Debug, Arbitrary)]
struct FuzzEvent {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
    label: FuzzText,
    note: Option<FuzzText>,
    planned: bool,
}

#[derive(Debug, Clone, Copy, Arbitrary)]
enum FuzzForm {
    StackedBar,
    /// Horizontal bars, highlighting the category at this index (mod the count) when there are any.
    Horizontal(u16),
    Area,
    StackedArea,
    /// Combo: every odd series a line on the right axis; `true` adds a y2 with a unit.
    Combo(bool),
    /// Small multiples of this many series per panel (mod 3, plus 1), with mark line/bar/area.
    Multiples(u8, u8),
}

#[derive(Debug, Arbitrary)]
struct FuzzItem {
    label: FuzzText,
    value: FuzzNum,
    unit: Option<FuzzUnit>,
    prefix: Option<FuzzText>,
    change: Option<FuzzNum>,
    change_unit: Option<FuzzUnit>,
    note: Option<FuzzText>,
    derived: bool,
}

#[derive(Debug, Arbitrary)]
struct FuzzXy {
    title: Option<FuzzText>,
    subtitle: Option<FuzzText>,
    note: Option<FuzzText>,
    x_label: Option<FuzzText>,
    y_label: Option<FuzzText>,
    unit: Option<FuzzUnit>,
    /// None: a numeric x axis. Some: as many categories as the series have values.
    categories: Option<FuzzCategories>,
    /// Number of positions (mod 3001).
    len: u16,
    series: Vec<FuzzSeries>,
    /// Adds this many extra plain series (mod 61): "50 series".
    extra_series: u8,
    /// Reference lines, bands and marked points (at most 30, beyond the limit of 24 on purpose).
    annotations: Vec<FuzzAnnotation>,
    /// A time axis: replaces `categories` with increasing calendar periods.
    time: Option<FuzzTime>,
    /// `"y": {"scale": "log"}` (an error on bars and for values ≤ 0, which is worth fuzzing too).
    log: bool,
    y_min: Option<FuzzNum>,
    y_max: Option<FuzzNum>,
}

/// Calendar periods from a start year, in one of the written forms.
#[derive(Debug, Arbitrary)]
enum FuzzTime {
    /// Every `step % 7 + 1` years.
    Years(u16, u8),
    Quarters(u16),
    Months(u16),
    Days(u16),
}

/// Positions are taken modulo the chart's length; a marked point may land on a gap or on a series
/// whose name another series shares, which decoding must report, not trip over.
#[derive(Debug, Arbitrary)]
enum FuzzAnnotation {
    ValueLine(FuzzNum, Option<FuzzText>),
    PositionLine(u16, Option<FuzzText>),
    ValueRange(FuzzNum, FuzzNum, Option<FuzzText>),
    PositionRange(u16, u16, Option<FuzzText>),
    Point(u16, u8, Option<FuzzText>),
}

#[derive(Debug, Arbitrary)]
enum FuzzCategories {
    Years(i16),
    Numbered(FuzzText),
    Explicit(Vec<FuzzText>),
}

#[derive(Debug, Arbitrary)]
struct FuzzSeries {
    name: FuzzText,
    values: FuzzValues,
    derived: bool,
    note: Option<FuzzText>,
}

#[derive(Debug, Arbitrary)]
enum FuzzValues {
    Constant(FuzzNum),
    Ramp(FuzzNum, FuzzNum),
    Explicit(Vec<Option<FuzzNum>>),
    /// Values from the list, gaps where `gaps` has a set bit.
    Gappy(Vec<FuzzNum>, u64),
    AllGaps,
}

#[derive(Debug, Clone, Copy, Arbitrary)]
enum FuzzNum {
    Any(f64),
    Huge(bool),
    Max(bool),
    Tiny(bool),
    Subnormal,
    NegZero,
    Int(i32),
    Cents(i16),
    Pow10(i8, bool),
}

#[derive(Debug, Arbitrary)]
enum FuzzUnit {
    Known(u8),
    Text(FuzzText),
}

const UNITS: [&str; 20] = [
    "%",
    "个百分点",
    "亿元",
    "万元",
    "元",
    "美元",
    "万吨",
    "吨",
    "次",
    "年",
    "人",
    "户",
    "亩",
    "千瓦",
    "公里",
    "平方公里",
    "万亿元",
    "百万",
    "千万美元",
    "",
];

#[derive(Debug, Arbitrary)]
enum FuzzText {
    Any(String),
    Sample(u8),
    Repeat(u8, u16),
    Spaces(u16),
}

const SAMPLES: [&str; 16] = [
    "地区生产总值",
    "GDP growth, year on year",
    "📈🚀👩‍👩‍👧‍👦🇨🇳",
    "מדד המחירים לצרכן",
    "مؤشر أسعار المستهلك",
    "a\u{0}b\u{7}c\td\re\nf",
    "\u{202e}reversed\u{202c}",
    "（推算）",
    "supercalifragilisticexpialidocious",
    "\u{200b}\u{200b}\u{feff}",
    "e\u{301}\u{301}\u{301}\u{301}",
    "<img src=x onerror=alert(1)>",
    "=1+1",
    "  ",
    "",
    "超",
];

impl FuzzText {
    fn text(&self) -> String {
        match self {
            FuzzText::Any(s) => s.clone(),
            FuzzText::Sample(i) => SAMPLES[*i as usize % SAMPLES.len()].to_string(),
            // Up to 20,000 characters: very long titles and labels.
            FuzzText::Repeat(i, n) => {
                SAMPLES[*i as usize % SAMPLES.len()].repeat(*n as usize % 2000 + 1)
            }
            FuzzText::Spaces(n) => " ".repeat(*n as usize % 5000),
        }
    }
}

impl FuzzNum {
    fn value(self) -> f64 {
        let sign = |negative: bool| if negative { -1.0 } else { 1.0 };
        match self {
            FuzzNum::Any(v) => v,
            FuzzNum::Huge(n) => sign(n) * 1e308,
            FuzzNum::Max(n) => sign(n) * f64::MAX,
            FuzzNum::Tiny(n) => sign(n) * 1e-300,
            FuzzNum::Subnormal => 5e-324,
            FuzzNum::NegZero => -0.0,
            FuzzNum::Int(i) => i as f64,
            FuzzNum::Cents(c) => c as f64 / 100.0,
            FuzzNum::Pow10(e, n) => sign(n) * 10f64.powi(e as i32 % 310),
        }
    }

    /// JSON cannot hold NaN or ∞ (serde_json would write null); such values become the largest finite
    /// number of their sign, which is what an editor could actually type.
    fn json(self) -> Value {
        let v = self.value();
        let v = if v.is_nan() {
            0.0
        } else if v.is_infinite() {
            v.signum() * f64::MAX
        } else {
            v
        };
        json!(v)
    }
}

fn gauge(g: &FuzzGauge) -> Value {
    let max = if g.tiny_max { 1e-300 } else { f64::from(g.max.unwrap_or(100).max(1)) };
    let share = |v: u16| f64::from(v) / f64::from(u16::MAX) * max;
    json!({
        "label": g.label.text(),
        "value": share(g.value),
        "max": max,
        "target": g.target.map_or(Value::Null, |t| json!(share(t))),
        "unit": unit(&g.unit),
        "note": text(&g.note),
        "derived": g.derived,
    })
}

fn streak(s: &FuzzStreak) -> Value {
    let count = u32::from(s.count % 100) + 1;
    let total = s.total.map(|t| (count + u32::from(t)).min(100));
    let periods: Option<Vec<String>> =
        s.periods.then(|| (0..count).map(|i| format!("{}", 1990 + i)).collect());
    json!({
        "label": s.label.text(),
        "count": count,
        "total": total,
        "periods": periods,
        "unit": unit(&s.unit),
        "note": text(&s.note),
    })
}

fn event(e: &FuzzEvent) -> Value {
    let year = e.year % 9999 + 1;
    let date = match (e.month, e.day) {
        (Some(m), Some(d)) => format!("{year:04}-{:02}-{:02}", m % 12 + 1, d % 28 + 1),
        (Some(m), None) => format!("{year:04}-{:02}", m % 12 + 1),
        _ => format!("{year:04}"),
    };
    json!({
        "date": date,
        "label": e.label.text(),
        "note": text(&e.note),
        "status": if e.planned { "planned" } else { "done" },
    })
}

fn unit(u: &Option<FuzzUnit>) -> Value {
    match u {
        None => Value::Null,
        Some(FuzzUnit::Known(i)) => json!(UNITS[*i as usize % UNITS.len()]),
        Some(FuzzUnit::Text(t)) => json!(t.text()),
    }
}

fn text(t: &Option<FuzzText>) -> Value {
    t.as_ref().map_or(Value::Null, |t| json!(t.text()))
}

impl FuzzValues {
    fn json(&self, len: usize) -> Value {
        let values: Vec<Value> = match self {
            FuzzValues::Constant(v) => vec![v.json(); len],
            FuzzValues::Ramp(start, step) => {
                let (a, d) = (start.value(), step.value());
                (0..len).map(|i| FuzzNum::Any(a + d * i as f64).json()).collect()
            }
            FuzzValues::Explicit(list) if !list.is_empty() => {
                (0..len).map(|i| list[i % list.len()].map_or(Value::Null, FuzzNum::json)).collect()
            }
            FuzzValues::Gappy(list, gaps) if !list.is_empty() => (0..len)
                .map(|i| {
                    if gaps >> (i % 64) & 1 == 1 {
                        Value::Null
                    } else {
                        list[i % list.len()].json()
                    }
                })
                .collect(),
            _ => vec![Value::Null; len],
        };
        Value::Array(values)
    }
}

impl FuzzSpec {
    /// The spec as JSON text.
    pub fn to_json(&self) -> String {
        let mut root = Map::new();
        let version = match self.mistake {
            Some(Mistake::Version(v)) => v,
            _ => 1,
        };
        root.insert("version".into(), json!(version));
        root.insert("title".into(), text(&self.title));
        root.insert("subtitle".into(), text(&self.subtitle));
        root.insert("source".into(), text(&self.source));
        root.insert("note".into(), text(&self.note));
        if self.link {
            root.insert("source_url".into(), json!("https://example.org/a?b=c#d"));
        }
        root.insert("locale".into(), json!(if self.english { "en" } else { "zh-CN" }));
        root.insert("theme".into(), json!(["auto", "light", "dark"][self.theme as usize % 3]));
        let charts: Vec<Value> = self.charts.iter().take(12).map(|c| self.chart(c)).collect();
        root.insert("charts".into(), Value::Array(charts));
        if let Some(Mistake::UnknownField) = self.mistake {
            root.insert("titel".into(), json!("typo"));
        }
        Value::Object(root).to_string()
    }

    fn chart(&self, chart: &FuzzChart) -> Value {
        match chart {
            FuzzChart::Kpi { title, items } => {
                let items: Vec<Value> = items
                    .iter()
                    .take(40)
                    .map(|item| {
                        json!({
                            "label": item.label.text(),
                            "value": item.value.json(),
                            "unit": unit(&item.unit),
                            "prefix": text(&item.prefix),
                            "change": item.change.map_or(Value::Null, FuzzNum::json),
                            "change_unit": unit(&item.change_unit),
                            "note": text(&item.note),
                            "derived": item.derived,
                        })
                    })
                    .collect();
                json!({ "type": "kpi", "title": text(title), "items": items })
            }
            FuzzChart::Line(xy) => self.xy("line", xy),
            FuzzChart::Bar(xy) => self.xy("bar", xy),
            FuzzChart::Gauge { title, bar, items } => {
                let items: Vec<Value> = items.iter().take(24).map(gauge).collect();
                let style = if *bar { "bar" } else { "ring" };
                json!({ "type": "gauge", "title": text(title), "style": style, "items": items })
            }
            FuzzChart::Streak { title, items } => {
                let items: Vec<Value> = items.iter().take(24).map(streak).collect();
                json!({ "type": "streak", "title": text(title), "items": items })
            }
            FuzzChart::Timeline { title, events } => {
                let events: Vec<Value> = events.iter().take(40).map(event).collect();
                json!({ "type": "timeline", "title": text(title), "events": events })
            }
            FuzzChart::Form(form, xy) => self.form(*form, xy),
        }
    }

    fn form(&self, form: FuzzForm, xy: &FuzzXy) -> Value {
        let kind = match form {
            FuzzForm::StackedBar | FuzzForm::Horizontal(_) => "bar",
            FuzzForm::Area | FuzzForm::StackedArea => "area",
            FuzzForm::Combo(_) => "combo",
            FuzzForm::Multiples(..) => "multiples",
        };
        let mut chart = self.xy(kind, xy);
        let Some(obj) = chart.as_object_mut() else { return chart };
        match form {
            FuzzForm::StackedBar | FuzzForm::StackedArea => {
                obj.insert("stacked".into(), json!(true));
            }
            FuzzForm::Horizontal(k) => {
                obj.insert("horizontal".into(), json!(true));
                let first = obj["x"].get("categories").and_then(|c| c.as_array()).and_then(|c| {
                    let k = k as usize % c.len().max(1);
                    c.get(k).cloned()
                });
                if let Some(Value::String(name)) = first {
                    obj.insert("highlight".into(), json!(name));
                }
            }
            FuzzForm::Area => {}
            FuzzForm::Combo(y2) => {
                if let Some(Value::Array(series)) = obj.get_mut("series") {
                    for (k, s) in series.iter_mut().enumerate().filter(|(k, _)| k % 2 == 1) {
                        s["mark"] = json!("line");
                        s["axis"] = json!(if k % 4 == 1 { "right" } else { "left" });
                    }
                }
                if y2 {
                    obj.insert("y2".into(), json!({ "label": "y2", "unit": "%" }));
                }
            }
            FuzzForm::Multiples(per_panel, mark) => {
                let per_panel = per_panel as usize % 3 + 1;
                // Small multiples take no annotations (yet).
                obj.remove("annotations");
                let series = obj.remove("series").unwrap_or(Value::Null);
                let series = series.as_array().cloned().unwrap_or_default();
                let panels: Vec<Value> = series
                    .chunks(per_panel)
                    .take(50)
                    .enumerate()
                    .map(|(k, chunk)| json!({ "title": format!("P{k}"), "series": chunk }))
                    .collect();
                obj.insert("panels".into(), Value::Array(panels));
                obj.insert("mark".into(), json!(["line", "bar", "area"][mark as usize % 3]));
            }
        }
        chart
    }

    fn xy(&self, kind: &str, xy: &FuzzXy) -> Value {
        let len = (xy.len as usize % 3001).max(1);
        let categories = xy.categories.as_ref().map(|c| match c {
            FuzzCategories::Years(start) => {
                (0..len).map(|i| json!(*start as i64 + i as i64)).collect::<Vec<_>>()
            }
            FuzzCategories::Numbered(t) => {
                let base = t.text();
                (0..len).map(|i| json!(format!("{base}{i}"))).collect()
            }
            FuzzCategories::Explicit(list) if !list.is_empty() => {
                (0..len).map(|i| json!(list[i % list.len()].text())).collect()
            }
            FuzzCategories::Explicit(_) => (0..len).map(|i| json!(i.to_string())).collect(),
        });
        let mut series: Vec<Value> = xy
            .series
            .iter()
            .take(60)
            .enumerate()
            .map(|(k, s)| {
                let mut values = s.values.json(len);
                match self.mistake {
                    Some(Mistake::LengthMismatch) if k == 0 => {
                        values.as_array_mut().map(|v| v.push(json!(1)));
                    }
                    Some(Mistake::StringNumber) if k == 0 => values[0] = json!("12.5"),
                    _ => {}
                }
                json!({
                    "name": s.name.text(),
                    "values": values,
                    "derived": s.derived,
                    "note": text(&s.note),
                })
            })
            .collect();
        let first_values = series.first().map(|s| s["values"].clone());
        for k in 0..(xy.extra_series as usize % 61) {
            let values = first_values.clone().unwrap_or_else(|| json!(vec![k; len]));
            series.push(json!({ "name": format!("S{k}"), "values": values }));
        }
        if series.is_empty() {
            series.push(json!({ "name": "only", "values": vec![1; len] }));
        }
        let mut x = Map::new();
        x.insert("label".into(), text(&xy.x_label));
        let categories = match &xy.time {
            Some(time) => {
                x.insert("type".into(), json!("time"));
                Some(periods(time, len))
            }
            None => categories,
        };
        if let Some(categories) = &categories {
            x.insert("categories".into(), Value::Array(categories.clone()));
        }
        let position = |i: u16| -> Value {
            let i = i as usize % len;
            match &categories {
                // A time axis may hold fewer periods than positions (it stops at 9999).
                Some(c) => c.get(i % c.len().max(1)).cloned().unwrap_or(json!(i)),
                None => json!(i),
            }
        };
        let annotations: Vec<Value> = xy
            .annotations
            .iter()
            .take(30)
            .map(|a| match a {
                FuzzAnnotation::ValueLine(v, l) => {
                    json!({"type": "line", "y": v.json(), "label": text(l)})
                }
                FuzzAnnotation::PositionLine(i, l) => {
                    json!({"type": "line", "x": position(*i), "label": text(l)})
                }
                FuzzAnnotation::ValueRange(a, b, l) => {
                    let (a, b) = (a.value(), b.value());
                    let (lo, hi) = (FuzzNum::Any(a.min(b)).json(), FuzzNum::Any(a.max(b)).json());
                    json!({"type": "range", "y": [lo, hi], "label": text(l)})
                }
                FuzzAnnotation::PositionRange(a, b, l) => {
                    let (a, b) = (*a.min(b), *a.max(b));
                    json!({"type": "range", "x": [position(a), position(b)], "label": text(l)})
                }
                FuzzAnnotation::Point(i, k, l) => {
                    let name = series[*k as usize % series.len()]["name"].clone();
                    json!({"type": "point", "x": position(*i), "series": name, "label": text(l)})
                }
            })
            .collect();
        let mut y = Map::new();
        y.insert("label".into(), text(&xy.y_label));
        y.insert("unit".into(), unit(&xy.unit));
        if xy.log {
            y.insert("scale".into(), json!("log"));
        }
        if let Some(min) = xy.y_min {
            y.insert("min".into(), min.json());
        }
        if let Some(max) = xy.y_max {
            y.insert("max".into(), max.json());
        }
        json!({
            "type": kind,
            "annotations": annotations,
            "title": text(&xy.title),
            "subtitle": text(&xy.subtitle),
            "note": text(&xy.note),
            "x": Value::Object(x),
            "y": Value::Object(y),
            "series": series,
        })
    }
}

/// `len` increasing periods (years stay within 1000–9999, the range the time axis accepts).
fn periods(time: &FuzzTime, len: usize) -> Vec<Value> {
    let start = |y: u16| 1000 + (y as usize % 9000);
    let (y0, per_year, step) = match *time {
        FuzzTime::Years(y, step) => (start(y), 1, step as usize % 7 + 1),
        FuzzTime::Quarters(y) => (start(y), 4, 1),
        FuzzTime::Months(y) => (start(y), 12, 1),
        FuzzTime::Days(y) => (start(y), 336, 1), // 12 months of 28 days
    };
    (0..len)
        .map(|i| i * step)
        .map(|k| (y0 + k / per_year, k % per_year))
        .take_while(|&(y, _)| y <= 9999)
        .map(|(y, k)| match time {
            FuzzTime::Years(..) => json!(y),
            FuzzTime::Quarters(_) => json!(format!("{y}Q{}", k + 1)),
            FuzzTime::Months(_) => json!(format!("{y}年{}月", k + 1)),
            FuzzTime::Days(_) => json!(format!("{y}-{:02}-{:02}", k / 28 % 12 + 1, k % 28 + 1)),
        })
        .collect()
}
