//! Every limit of `spec::limits` at its edge: the largest allowed spec passes, one more is refused with
//! a message at its JSON path. The specs are built in code (a million values would be megabytes of
//! fixture). Also: docs/spec.md quotes every limit, and a decimated million-point line stays small.

mod support;

use support::draw;

use infographic::model::Model;
use infographic::paint::{Item, RegionKind};
use infographic::spec::limits;
use infographic::spec::{from_json, parse_str, Diagnostic, Json, Locale, Spec};

/// Counts as the messages write them: English separators whatever the spec's locale.
fn grouped(n: usize) -> String {
    infographic::testing::grouped(n, Locale::En)
}

fn s(text: &str) -> Json {
    Json::String(text.to_owned())
}

fn object(entries: Vec<(&str, Json)>) -> Json {
    Json::Object(entries.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

fn numbers(n: usize) -> Json {
    Json::Array((0..n).map(|i| Json::Number((i % 100) as f64)).collect())
}

fn series(name: &str, values: Json) -> Json {
    object(vec![("name", s(name)), ("values", values)])
}

fn line(series: Vec<Json>, categories: Option<Json>) -> Json {
    let mut entries = vec![("type", s("line"))];
    if let Some(categories) = categories {
        entries.push(("x", object(vec![("categories", categories)])));
    }
    entries.push(("series", Json::Array(series)));
    object(entries)
}

fn spec(charts: Vec<Json>) -> Json {
    object(vec![("version", Json::Number(1.0)), ("charts", Json::Array(charts))])
}

fn errors(value: &Json) -> Vec<Diagnostic> {
    from_json(value).err().unwrap_or_default()
}

fn one_error(path: &str, message: &str) -> Vec<Diagnostic> {
    vec![Diagnostic::new(path, message)]
}

#[test]
fn spec_text_size_is_checked_before_parsing() {
    // Not even valid JSON: the size alone is reported, with no parsing work done.
    let text = format!("{{\"title\": \"{}", "x".repeat(limits::MAX_SPEC_BYTES));
    let error = parse_str(&text).unwrap_err();
    assert_eq!(
        error,
        one_error(
            "",
            "the spec is too large: 5 MB (5,242,891 bytes); the limit is 5 MB (5,242,880 bytes)"
        )
    );
    // Just under the limit: parsed (and a title over its own limit is then reported).
    let padding = limits::MAX_SPEC_BYTES - 100;
    let text = format!(
        r#"{{"version": 1, "note": "{}", "charts": [{{"type": "line", "series": [{{"name": "A", "values": [1]}}]}}]}}"#,
        " ".repeat(padding)
    );
    assert!(text.len() <= limits::MAX_SPEC_BYTES);
    assert_eq!(
        errors(&infographic::spec::parse_json(&text).unwrap()),
        one_error(
            "note",
            &format!("too long: {} characters; the limit is 1,000", grouped(padding))
        )
    );
}

#[test]
fn a_million_values_pass_and_one_more_is_refused() {
    let ok = spec(vec![line(vec![series("A", numbers(limits::MAX_VALUES))], None)]);
    assert!(from_json(&ok).is_ok());
    let over = spec(vec![line(vec![series("A", numbers(limits::MAX_VALUES + 1))], None)]);
    assert_eq!(
        errors(&over),
        one_error(
            "charts[0].series[0].values",
            "too many values: 1,000,001; the limit is 1,000,000"
        )
    );
}

#[test]
fn categories_over_the_limit_are_refused() {
    let n = limits::MAX_CATEGORIES + 1;
    let categories = Json::Array((0..n).map(|i| Json::Number(i as f64)).collect());
    let over = spec(vec![line(vec![series("A", numbers(3))], Some(categories))]);
    assert_eq!(
        errors(&over),
        one_error(
            "charts[0].x.categories",
            "too many categories: 100,001; the limit is 100,000. For a longer series leave out \
             \"categories\": its values are then placed at 0, 1, 2, … (up to 1,000,000 values)"
        )
    );
}

#[test]
fn values_of_the_whole_spec_are_limited() {
    let full = || series("A", numbers(limits::MAX_VALUES));
    let ok = spec(vec![line(vec![full()], None), line(vec![full()], None)]);
    assert!(from_json(&ok).is_ok());
    let over = spec(vec![
        line(vec![full()], None),
        line(vec![full(), series("B", numbers(1))], None),
        line(vec![series("C", numbers(5))], None),
    ]);
    assert_eq!(
        errors(&over),
        one_error(
            "charts[1].series[1].values",
            "too many values in the spec: with this series there are more than 2,000,000 in all charts together"
        )
    );
}

#[test]
fn counts_at_the_limit_pass() {
    let many_series =
        (0..limits::MAX_SERIES).map(|i| series(&format!("s{i}"), numbers(3))).collect();
    let charts: Vec<Json> =
        (0..limits::MAX_CHARTS).map(|_| line(vec![series("A", numbers(2))], None)).collect();
    assert!(from_json(&spec(vec![line(many_series, None)])).is_ok());
    assert!(from_json(&spec(charts)).is_ok());
    let items = (0..limits::MAX_KPI_ITEMS)
        .map(|i| object(vec![("label", s(&format!("k{i}"))), ("value", Json::Number(1.0))]))
        .collect();
    let kpi = object(vec![("type", s("kpi")), ("items", Json::Array(items))]);
    assert!(from_json(&spec(vec![kpi])).is_ok());
}

#[test]
fn timeline_events_and_streak_periods_at_their_limits() {
    let events = |n: usize| {
        let events = (0..n)
            .map(|i| object(vec![("date", s(&format!("{}", 2000 + i))), ("label", s("e"))]))
            .collect();
        spec(vec![object(vec![("type", s("timeline")), ("events", Json::Array(events))])])
    };
    assert!(from_json(&events(limits::MAX_TIMELINE_EVENTS)).is_ok());
    assert_eq!(
        errors(&events(limits::MAX_TIMELINE_EVENTS + 1)),
        one_error("charts[0].events", "too many events: 41; the limit is 40")
    );
    let streak = |count: usize, periods: usize| {
        let periods = (0..periods).map(|i| s(&i.to_string())).collect();
        let item = object(vec![
            ("label", s("x")),
            ("count", Json::Number(count as f64)),
            ("periods", Json::Array(periods)),
        ]);
        spec(vec![object(vec![("type", s("streak")), ("items", Json::Array(vec![item]))])])
    };
    let max = limits::MAX_STREAK_PERIODS;
    assert!(from_json(&streak(max, max)).is_ok());
    assert_eq!(
        errors(&streak(max + 1, max + 1)),
        vec![
            Diagnostic::new(
                "charts[0].items[0].count",
                "expected a whole number from 1 to 100, found 101"
            ),
            Diagnostic::new(
                "charts[0].items[0].periods",
                "too many periods: 101; the limit is 100"
            ),
        ]
    );
}

#[test]
fn text_at_the_limit_passes() {
    let title = "标".repeat(limits::MAX_TEXT_CHARS);
    let name = "📈".repeat(limits::MAX_NAME_CHARS);
    let value = object(vec![
        ("version", Json::Number(1.0)),
        ("title", s(&title)),
        ("charts", Json::Array(vec![line(vec![series(&name, numbers(2))], None)])),
    ]);
    let spec: Spec = from_json(&value).expect("at the limit");
    assert_eq!(spec.title.as_deref(), Some(title.as_str()));
}

#[test]
fn control_characters_never_reach_the_chart() {
    let text = r#"{"version": 1, "title": "a\u0007b\tc\r\nd\u0000", "charts": [
        {"type": "bar", "x": {"categories": ["x\u001by", "z"]},
         "series": [{"name": "s\u0085", "values": [1, 2]}]}]}"#;
    let spec = parse_str(text).expect("valid");
    assert_eq!(spec.title.as_deref(), Some("ab c\nd"));
    let infographic::spec::Chart::Bar(bar) = &spec.charts[0] else { panic!("a bar chart") };
    assert_eq!(bar.x.categories.as_deref(), Some(&["xy".to_owned(), "z".to_owned()][..]));
    assert_eq!(bar.series[0].name, "s");
}

#[test]
fn a_million_point_line_is_drawn_with_at_most_four_vertices_per_pixel_column() {
    // Spikes every 1,000 points and one global extreme each way: decimation must keep them.
    let values: Vec<Json> = (0..limits::MAX_VALUES)
        .map(|i| {
            Json::Number(match i {
                123_457 => 1e6,
                654_321 => -1e6,
                i if i % 1000 == 0 => 500.0,
                i => ((i as f64) * 0.001).sin() * 100.0,
            })
        })
        .collect();
    let value = spec(vec![line(vec![series("A", Json::Array(values))], None)]);
    let model = Model::new(&from_json(&value).expect("allowed"));
    for width in [320.0, 1400.0] {
        let scene = draw::scene(&model, width);
        let plot = scene
            .regions
            .iter()
            .find(|r| matches!(r.kind, RegionKind::Plot { .. }))
            .expect("a plot");
        // A dense solid line is drawn as filled bands (its outline: 2 vertices per column and edge).
        let bands: Vec<&Vec<(f64, f64)>> = scene
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Polygon(p) => Some(&p.points),
                _ => None,
            })
            .collect();
        let vertices: usize = bands.iter().map(|b| b.len()).sum();
        assert!(vertices > 0);
        assert!(vertices as f64 <= 4.0 * plot.w, "{vertices} vertices in a {} px plot", plot.w);
        let ys: Vec<f64> = bands.iter().flat_map(|b| b.iter().map(|p| p.1)).collect();
        let top = ys.iter().copied().fold(f64::INFINITY, f64::min);
        let bottom = ys.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        assert!((top - plot.y).abs() < 1.5, "the highest point reaches the top: {top}");
        assert!((bottom - (plot.y + plot.h)).abs() < 1.5, "the lowest the bottom: {bottom}");
        let markers = scene.items.iter().filter(|i| matches!(i, Item::Circle(_))).count();
        assert_eq!(markers, 0, "no markers on a long line");
    }
}

#[test]
fn dense_bars_are_drawn_per_pixel_column() {
    let n = 100_000;
    let categories = Json::Array((0..n).map(|i| s(&format!("第{i}天"))).collect());
    let values = Json::Array(
        (0..n).map(|i| Json::Number(if i == 777 { -50.0 } else { (i % 10) as f64 })).collect(),
    );
    let chart = object(vec![
        ("type", s("bar")),
        ("x", object(vec![("categories", categories)])),
        ("series", Json::Array(vec![series("A", values)])),
    ]);
    let model = Model::new(&from_json(&spec(vec![chart])).expect("allowed"));
    let scene = draw::scene(&model, 1400.0);
    let rects = scene.items.iter().filter(|i| matches!(i, Item::Rect(_))).count();
    assert!(rects <= 2 * 1400, "{rects} rects");
    let texts = scene.items.iter().filter(|i| matches!(i, Item::Text(_))).count();
    assert!(texts < 100, "{texts} texts: category labels are thinned");
}

#[test]
fn rankings_take_at_most_their_limit_of_rows() {
    let ranking = |rows: usize, with_categories: bool| {
        let mut entries = vec![("type", s("bar")), ("horizontal", Json::Bool(true))];
        if with_categories {
            let categories = Json::Array((0..rows).map(|i| s(&format!("c{i}"))).collect());
            entries.push(("x", object(vec![("categories", categories)])));
        }
        entries.push(("series", Json::Array(vec![series("A", numbers(rows))])));
        spec(vec![object(entries)])
    };
    let limit = limits::MAX_RANKING_ROWS;
    for with_categories in [true, false] {
        assert_eq!(errors(&ranking(limit, with_categories)), vec![]);
        let message = format!(
            "a horizontal ranking has at most {} rows, one per category; this one has {}: draw \
             them as vertical bars (remove \"horizontal\"), whose labels are thinned to fit",
            grouped(limit),
            grouped(limit + 1)
        );
        assert_eq!(
            errors(&ranking(limit + 1, with_categories)),
            one_error("charts[0].horizontal", &message)
        );
    }
}

#[test]
fn the_docs_quote_every_limit() {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/spec.md"))
        .expect("docs/spec.md");
    let section = docs.split("## Limits").nth(1).expect("a Limits section in docs/spec.md");
    for n in [
        limits::MAX_CHARTS,
        limits::MAX_SERIES,
        limits::MAX_VALUES,
        limits::MAX_CATEGORIES,
        limits::MAX_TOTAL_VALUES,
        limits::MAX_KPI_ITEMS,
        limits::MAX_TIMELINE_EVENTS,
        limits::MAX_STREAK_PERIODS,
        limits::MAX_TEXT_CHARS,
        limits::MAX_NAME_CHARS,
        limits::MAX_URL_CHARS,
        limits::MAX_DIAGNOSTICS,
        limits::MAX_RANKING_ROWS,
    ] {
        assert!(section.contains(&grouped(n)), "docs/spec.md's Limits do not quote {}", grouped(n));
    }
    assert!(section.contains("5 MB") && section.contains("5,242,880"));
}
