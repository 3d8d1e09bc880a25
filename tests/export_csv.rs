//! The CSV download round-trips: every value of every chart comes back exactly, gaps as empty cells.

use infographic::model::export::to_csv;
use infographic::spec::story::PINGYUAN_JSON;
use infographic::spec::{parse_str, Chart};

/// A small RFC 4180 reader, enough for the widget's own output.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    rows
}

#[test]
fn every_value_of_the_default_story_round_trips() {
    let spec = parse_str(PINGYUAN_JSON).unwrap();
    let rows = read_csv(&to_csv(&spec));
    assert_eq!(rows[0], ["chart", "title", "category", "series", "value", "unit", "derived"]);
    let mut expected = Vec::new();
    for (c, chart) in spec.charts.iter().enumerate() {
        match chart {
            Chart::Kpi(k) => {
                expected.extend(k.items.iter().map(|i| (c, i.label.clone(), Some(i.value))))
            }
            Chart::Multiples(_) => unreachable!("the default story has no small multiples"),
            Chart::Line(xy) | Chart::Bar(xy) | Chart::Area(xy) | Chart::Combo(xy) => {
                let cats = xy.x.categories.clone().unwrap_or_default();
                for s in &xy.series {
                    for (i, v) in s.values.iter().enumerate() {
                        expected.push((c, cats[i].clone(), v));
                    }
                }
            }
            Chart::Gauge(g) => {
                for i in &g.items {
                    let parts = [Some(i.value), Some(i.max), i.target];
                    expected
                        .extend(parts.into_iter().flatten().map(|v| (c, i.label.clone(), Some(v))));
                }
            }
            Chart::Streak(s) => expected
                .extend(s.items.iter().map(|i| (c, i.label.clone(), Some(f64::from(i.count))))),
            Chart::Timeline(t) => {
                expected.extend(t.events.iter().map(|e| (c, e.date.clone(), None)))
            }
        }
    }
    let got: Vec<(usize, String, Option<f64>)> = rows[1..]
        .iter()
        .map(|r| {
            (r[0].parse().unwrap(), r[2].clone(), (!r[4].is_empty()).then(|| r[4].parse().unwrap()))
        })
        .collect();
    assert_eq!(got, expected);
    assert!(rows.iter().any(|r| r[3] == "工业投资指数" && r[6] == "true"), "derived is marked");
}

#[test]
fn gaps_are_empty_cells_and_odd_text_is_quoted() {
    let spec = parse_str(
        r#"{"version": 1, "charts": [{"type": "line", "title": "A, \"quoted\" title",
            "series": [{"name": "=SUM(A1)", "values": [1.25, null, -0.1]}]}]}"#,
    )
    .unwrap();
    let rows = read_csv(&to_csv(&spec));
    assert_eq!(rows[1][1], "A, \"quoted\" title");
    assert_eq!(rows[1][3], "'=SUM(A1)", "a formula-looking name is defused");
    let values: Vec<&str> = rows[1..].iter().map(|r| r[4].as_str()).collect();
    assert_eq!(values, ["1.25", "", "-0.1"]);
    let categories: Vec<&str> = rows[1..].iter().map(|r| r[2].as_str()).collect();
    assert_eq!(categories, ["0", "1", "2"], "no categories: positions");
}

#[test]
fn gauges_streaks_and_timelines_export_their_numbers_and_dates() {
    let spec = parse_str(include_str!("../www/specs/pingyuan-forms.json")).unwrap();
    let rows = read_csv(&to_csv(&spec));
    let find = |category: &str, series: &str| {
        rows.iter()
            .find(|r| r[2] == category && r[3] == series)
            .unwrap_or_else(|| panic!("no row {category}/{series}: {rows:?}"))
            .clone()
    };
    assert_eq!(find("空气质量优良率", "value")[4], "100");
    assert_eq!(find("空气质量优良率", "max")[4], "100");
    assert_eq!(find("空气质量优良率位居全市第一", "count")[4..6], ["8", "年"]);
    assert_eq!(find("2024-06-16", "“6·16”特大暴雨灾害")[5], "");
    assert_eq!(find("2035", "全面建成高水平社会主义市场经济体制")[5], "planned");
}
