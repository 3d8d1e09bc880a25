//! What the widget's download buttons write, as far as it is pure data: the CSV of every value and the
//! file name. (PNG and SVG come from the scene: see `render`.)
//!
//! The CSV is "tidy" — one row per value, `chart,title,category,series,value,unit,derived` — so every
//! chart of a widget fits in one file, a spreadsheet can pivot it, and values round-trip exactly
//! (Rust's shortest representation of each f64; a gap is an empty cell).

use crate::decimal::{parse, shortest};
use crate::spec::{Chart, Series, Side, Spec};

const HEADER: [&str; 7] = ["chart", "title", "category", "series", "value", "unit", "derived"];

pub fn to_csv(spec: &Spec) -> String {
    let mut out = String::new();
    row(&mut out, HEADER.iter().map(|s| s.to_string()));
    for (c, chart) in spec.charts.iter().enumerate() {
        match chart {
            Chart::Kpi(k) => {
                for item in &k.items {
                    let title = k.title.clone().unwrap_or_default();
                    row(
                        &mut out,
                        [
                            c.to_string(),
                            title,
                            item.label.clone(),
                            String::new(),
                            number(Some(item.value)),
                            item.unit.clone().unwrap_or_default(),
                            item.derived.to_string(),
                        ],
                    );
                }
            }
            Chart::Gauge(_) | Chart::Streak(_) | Chart::Timeline(_) => {
                super::export_statements::rows(c, chart, &mut |cells| row(&mut out, cells));
            }
            Chart::Line(xy) | Chart::Bar(xy) | Chart::Area(xy) | Chart::Combo(xy) => {
                let categories = xy.x.categories.as_deref().unwrap_or(&[]);
                let title = xy.title.clone().unwrap_or_default();
                for s in &xy.series {
                    // A combo chart's right-axis series are in the right axis's unit.
                    let unit = match (s.axis, &xy.y2) {
                        (Some(Side::Right), Some(y2)) => y2.unit.clone(),
                        (Some(Side::Right), None) => None,
                        _ => xy.y.unit.clone(),
                    };
                    series_rows(&mut out, c, &title, categories, &s.name, s, unit);
                }
            }
            Chart::Multiples(m) => {
                let categories = m.x.categories.as_deref().unwrap_or(&[]);
                let title = m.title.clone().unwrap_or_default();
                for panel in &m.panels {
                    for s in &panel.series {
                        let name = format!("{} · {}", panel.title, s.name);
                        series_rows(&mut out, c, &title, categories, &name, s, m.y.unit.clone());
                    }
                }
            }
        }
    }
    out
}

fn series_rows(
    out: &mut String,
    chart: usize,
    title: &str,
    categories: &[String],
    name: &str,
    s: &Series,
    unit: Option<String>,
) {
    for (i, v) in s.values.iter().enumerate() {
        let category = categories.get(i).cloned().unwrap_or_else(|| i.to_string());
        row(
            out,
            [
                chart.to_string(),
                title.to_owned(),
                category,
                name.to_owned(),
                number(v),
                unit.clone().unwrap_or_default(),
                s.derived.to_string(),
            ],
        );
    }
}

fn number(v: Option<f64>) -> String {
    v.map(shortest).unwrap_or_default()
}

/// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; CRLF line ends.
/// A field that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe,
/// except plain numbers.
fn row(out: &mut String, fields: impl IntoIterator<Item = String>) {
    let mut first = true;
    for field in fields {
        if !first {
            out.push(',');
        }
        first = false;
        let risky = field.starts_with(['=', '+', '@', '-']) && parse(&field).is_none();
        let field = if risky { format!("'{field}") } else { field };
        if field.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push_str("\r\n");
}

/// A file name from the widget's title: letters (any script) and digits kept, everything else one
/// hyphen, at most 60 characters; "infographic" when nothing is left.
pub fn file_stem(title: Option<&str>) -> String {
    let mut stem = String::new();
    for c in title.unwrap_or_default().chars() {
        if c.is_alphanumeric() {
            stem.push(c);
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
        if stem.chars().count() >= 60 {
            break;
        }
    }
    let stem = stem.trim_end_matches('-').to_string();
    if stem.is_empty() {
        "infographic".to_string()
    } else {
        stem
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_keep_chinese_and_drop_punctuation() {
        assert_eq!(
            file_stem(Some("平远：改革再出发，成绩单上的关键数字")),
            "平远-改革再出发-成绩单上的关键数字"
        );
        assert_eq!(file_stem(Some("GDP: 2024 (H1)")), "GDP-2024-H1");
        assert_eq!(file_stem(Some("?!")), "infographic");
        assert_eq!(file_stem(None), "infographic");
        assert_eq!(file_stem(Some(&"长".repeat(100))).chars().count(), 60);
    }

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        let mut out = String::new();
        row(&mut out, ["a,b".into(), "say \"hi\"".into(), "=1+1".into(), "-3.5".into()]);
        assert_eq!(out, "\"a,b\",\"say \"\"hi\"\"\",'=1+1,-3.5\r\n");
    }
}
