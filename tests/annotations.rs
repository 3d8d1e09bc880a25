//! Annotations: the marks sit where their values are, the y scale reaches every marked value, labels
//! keep clear of each other, of the plot's edges, of other text and (where there is room) of the
//! data, and every annotation is a sentence in the chart's summary. Broken annotations are in
//! `tests/fixtures/broken/annotation_*.json`; values only a JavaScript object can carry are here.

mod support;

use support::draw;

use infographic::layout::{text_bounds, Bounds, EstimateMeasure, PlotLayout};
use infographic::model::describe::{self, announce_point, Tooltip};
use infographic::model::theme::Theme;
use infographic::model::{Model, View};
use infographic::paint::{Item, Polyline, Rect};
use infographic::scene::{self, Scene};
use infographic::spec::{from_json, parse_str, Json};

/// The tooltip of category `index` with every series shown (the light theme's colours).
fn tooltip(model: &Model, chart: usize, index: usize) -> Option<Tooltip> {
    describe::tooltip(model, &View::of(model, Theme::light(), 640.0), chart, index)
}

/// Chart `chart`'s summary with every series shown.
fn summary(model: &Model, chart: usize) -> String {
    describe::summary(model, &View::of(model, Theme::light(), 640.0), chart)
}

fn model(text: &str) -> Model {
    Model::new(&parse_str(text).unwrap_or_else(|e| panic!("{e:?}")))
}

fn spec(chart: &str) -> String {
    format!(r#"{{"version": 1, "charts": [{chart}]}}"#)
}

fn plot_at(model: &Model, width: f64) -> PlotLayout {
    draw::layout(model, width).plots.into_iter().next().expect("a plot")
}

fn scene_at(model: &Model, width: f64) -> Scene {
    draw::scene(model, width)
}

fn dashed_lines(scene: &Scene) -> Vec<&Polyline> {
    scene
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Line(l) if l.stroke.dash == Some((4.0, 3.0)) => Some(l),
            _ => None,
        })
        .collect()
}

fn translucent_rects(scene: &Scene) -> Vec<&Rect> {
    scene
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Rect(r) if r.fill.a < 0.2 => Some(r),
            _ => None,
        })
        .collect()
}

fn label_box(scene: &Scene, text: &str) -> Bounds {
    scene
        .items
        .iter()
        .find_map(|i| match i {
            Item::Text(t) if t.text == text => Some(text_bounds(t, &EstimateMeasure)),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no label {text:?}"))
}

fn near(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.01
}

const LINE: &str = r#"{"type": "line", "x": {"categories": ["2020", "2021", "2022", "2023", "2024"]},
    "y": {"unit": "%"}, "series": [{"name": "增速", "values": [3.1, 4.0, 5.2, 4.8, 6.0]}],
    "annotations": [{"type": "line", "y": 5.6, "label": "全市平均"},
                    {"type": "line", "x": "2022", "label": "政策出台"}]}"#;

#[test]
fn reference_lines_sit_at_their_value_and_category() {
    let model = model(&spec(LINE));
    let plot = plot_at(&model, 680.0);
    let scene = scene_at(&model, 680.0);
    let lines = dashed_lines(&scene);
    assert_eq!(lines.len(), 2, "{lines:?}");
    let y = plot.y_of(5.6);
    assert_eq!(lines[0].points, vec![(plot.area.x, y), (plot.area.right(), y)]);
    let x = plot.x_of(2);
    assert_eq!(lines[1].points, vec![(x, plot.area.y), (x, plot.area.bottom())]);
    // The horizontal line's label sits at its right end, just above it.
    let label = label_box(&scene, "全市平均");
    assert!(label.bottom() <= y && label.bottom() > y - 8.0, "{label:?} vs y {y}");
    assert!(label.right() > plot.area.right() - 40.0, "{label:?}");
}

#[test]
fn bands_span_their_values_and_categories() {
    let text = spec(
        r#"{"type": "bar", "x": {"categories": ["A", "B", "C", "D"]},
        "series": [{"name": "s", "values": [95, 97, 99, 92]}],
        "annotations": [{"type": "range", "y": [90, 100], "label": "目标"},
                        {"type": "range", "x": ["B", "C"], "label": "试点"}]}"#,
    );
    let model = model(&text);
    let plot = plot_at(&model, 768.0);
    let scene = scene_at(&model, 768.0);
    let bands = translucent_rects(&scene);
    assert_eq!(bands.len(), 2, "{bands:?}");
    let (top, bottom) = (plot.y_of(100.0), plot.y_of(90.0));
    assert!(near(bands[0].y, top) && near(bands[0].y + bands[0].h, bottom), "{:?}", bands[0]);
    assert!(near(bands[0].x, plot.area.x) && near(bands[0].w, plot.area.w));
    let band = plot.area.w / 4.0;
    assert!(near(bands[1].x, plot.area.x + band) && near(bands[1].w, 2.0 * band), "{:?}", bands[1]);
    assert!(near(bands[1].y, plot.area.y) && near(bands[1].h, plot.area.h));
    // Bands are behind the data: drawn before the first bar.
    let first_band = scene.items.iter().position(|i| matches!(i, Item::Rect(r) if r.fill.a < 0.2));
    let first_bar = scene.items.iter().position(|i| matches!(i, Item::Rect(r) if r.fill.a == 1.0));
    assert!(first_band < first_bar);
}

#[test]
fn a_line_range_runs_from_point_to_point() {
    let text = spec(
        r#"{"type": "line", "x": {"categories": ["2019", "2020", "2021", "2022", "2023"]},
        "series": [{"name": "s", "values": [1, 2, 3, 2, 1]}],
        "annotations": [{"type": "range", "x": ["2020", "2022"], "label": "疫情"}]}"#,
    );
    let model = model(&text);
    let plot = plot_at(&model, 680.0);
    let scene = scene_at(&model, 680.0);
    let band = translucent_rects(&scene)[0];
    assert!(near(band.x, plot.x_of(1)) && near(band.x + band.w, plot.x_of(3)), "{band:?}");
}

#[test]
fn the_y_scale_reaches_marked_values_outside_the_data() {
    let text = spec(
        r#"{"type": "line", "series": [{"name": "s", "values": [1, 3, 2, 4]}],
        "annotations": [{"type": "line", "y": 12, "label": "目标"},
                        {"type": "range", "y": [-5, -2]}]}"#,
    );
    let plot = plot_at(&model(&text), 680.0);
    assert!(plot.ticks.max >= 12.0, "{:?}", plot.ticks);
    assert!(plot.ticks.min <= -5.0, "{:?}", plot.ticks);
    let bar = spec(
        r#"{"type": "bar", "series": [{"name": "s", "values": [10, 20]}],
        "annotations": [{"type": "line", "y": 80}]}"#,
    );
    assert!(plot_at(&model(&bar), 680.0).ticks.max >= 80.0);
}

const CROWDED: &str = r#"{"type": "line", "x": {"categories": ["2020", "2021", "2022", "2023", "2024"]},
    "series": [{"name": "工业投资指数", "values": [100, 131, 171.6, 224.8, 294.5]}],
    "annotations": [
        {"type": "line", "y": 290, "label": "目标：三百左右"},
        {"type": "point", "x": "2024", "label": "四年约2.9倍"},
        {"type": "line", "x": "2024", "label": "暴雨灾害"},
        {"type": "range", "y": [280, 300], "label": "高位区间"}]}"#;

#[test]
fn crowded_labels_keep_clear_of_each_other_the_edges_and_other_text() {
    let labels = ["目标：三百左右", "四年约2.9倍", "暴雨灾害", "高位区间"];
    for width in [320.0, 768.0, 1400.0] {
        let model = model(&spec(CROWDED));
        let plot = plot_at(&model, width);
        let scene = scene_at(&model, width);
        let boxes: Vec<(String, Bounds)> = scene
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text(t) => Some((t.text.clone(), text_bounds(t, &EstimateMeasure))),
                _ => None,
            })
            .collect();
        for label in labels {
            let b = label_box(&scene, label);
            let a = plot.area;
            assert!(
                b.x >= a.x && b.right() <= a.right() && b.y >= a.y && b.bottom() <= a.bottom(),
                "@{width}: {label:?} {b:?} leaves the plot {a:?}"
            );
            for (other, o) in &boxes {
                assert!(other == label || !b.overlaps(o), "@{width}: {label:?} overlaps {other:?}");
            }
        }
    }
}

#[test]
fn a_point_label_avoids_the_line_when_there_is_room() {
    // A steady rise: the free space is above-left and below-right of a middle point.
    let text = spec(
        r#"{"type": "line", "x": {"categories": ["a", "b", "c", "d", "e", "f", "g"]},
        "series": [{"name": "s", "values": [10, 20, 30, 40, 50, 60, 70]}],
        "annotations": [{"type": "point", "x": "d", "label": "拐点在此"}]}"#,
    );
    for width in [320.0, 768.0, 1400.0] {
        let model = model(&text);
        let plot = plot_at(&model, width);
        let scene = scene_at(&model, width);
        let label = label_box(&scene, "拐点在此");
        let points: Vec<(f64, f64)> =
            (0..7).map(|i| (plot.x_of(i), plot.y_of(10.0 * (i + 1) as f64))).collect();
        for pair in points.windows(2) {
            assert!(!crosses(&label, pair[0], pair[1]), "@{width}: {label:?} sits on the line");
        }
        // And near its point: within a few label heights.
        let (px, py) = (plot.x_of(3), plot.y_of(40.0));
        let dx = (px - px.clamp(label.x, label.right())).abs();
        let dy = (py - py.clamp(label.y, label.bottom())).abs();
        assert!(dx < 70.0 && dy < 70.0, "@{width}: {label:?} far from ({px}, {py})");
    }
}

/// Whether segment p–q passes through the box, by sampling it finely.
fn crosses(b: &Bounds, p: (f64, f64), q: (f64, f64)) -> bool {
    (0..=200).any(|k| {
        let t = f64::from(k) / 200.0;
        let (x, y) = (p.0 + (q.0 - p.0) * t, p.1 + (q.1 - p.1) * t);
        x > b.x && x < b.right() && y > b.y && y < b.bottom()
    })
}

#[test]
fn a_point_on_a_hidden_series_is_not_drawn() {
    let text = spec(
        r#"{"type": "line", "series": [{"name": "a", "values": [1, 2]}, {"name": "b", "values": [3, 4]}],
        "annotations": [{"type": "point", "x": 1, "series": "b", "label": "乙"}]}"#,
    );
    let model = model(&text);
    assert!(scene_at(&model, 600.0)
        .items
        .iter()
        .any(|i| matches!(i, Item::Text(t) if t.text == "乙")));
    let mut view = draw::view(&model, 600.0);
    assert!(view.set_series_visible(&model, 0, 1, false));
    let scene = scene::build(&model, &view, &EstimateMeasure);
    assert!(!scene.items.iter().any(|i| matches!(i, Item::Text(t) if t.text == "乙")));
}

#[test]
fn every_annotation_is_a_sentence_of_the_summary() {
    let zh = summary(&model(&spec(LINE)), 0);
    assert!(zh.contains("参考线：全市平均 5.6%。"), "{zh}");
    assert!(zh.contains("参考线：政策出台（2022年）。"), "{zh}");
    let en = format!(
        r#"{{"version": 1, "locale": "en", "charts": [{}]}}"#,
        r#"{"type": "bar", "x": {"categories": ["2020", "2021", "2022"]}, "y": {"unit": "%"},
        "series": [{"name": "Growth", "values": [1, 2, 3]}, {"name": "Target", "values": [2, 2, 2]}],
        "annotations": [{"type": "range", "x": ["2020", "2021"], "label": "Pandemic"},
                        {"type": "range", "y": [1.5, 2.5]},
                        {"type": "point", "x": "2022", "series": "Growth", "label": "Record"}]}"#
    );
    let en = summary(&model(&en), 0);
    assert!(en.contains("Shaded range from 2020 to 2021: Pandemic."), "{en}");
    assert!(en.contains("Shaded range from 1.5% to 2.5%."), "{en}");
    assert!(en.contains("Marked point (Growth, 2022, 3%): Record."), "{en}");
}

#[test]
fn many_points_and_annotations_are_placed() {
    // Long data: candidates only look at the data under them (sampled), and nothing panics.
    let values: Vec<String> = (0..100_000).map(|i| format!("{}", (i % 97) as f64)).collect();
    let text = spec(&format!(
        r#"{{"type": "line", "series": [{{"name": "s", "values": [{}]}}],
        "annotations": [{{"type": "point", "x": 50000, "label": "这里"}},
                        {{"type": "range", "x": [100, 90000], "label": "区间"}},
                        {{"type": "line", "y": 50, "label": "均值"}}]}}"#,
        values.join(",")
    ));
    let scene = scene_at(&model(&text), 1024.0);
    for label in ["这里", "区间", "均值"] {
        label_box(&scene, label);
    }
}

// JavaScript objects can carry NaN and ±Infinity; they are refused where they are.
#[test]
fn non_finite_values_are_refused_with_their_path() {
    let obj = |fields: Vec<(&str, Json)>| {
        Json::Object(fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
    };
    let s = |t: &str| Json::String(t.to_owned());
    let annotations = Json::Array(vec![
        obj(vec![("type", s("line")), ("y", Json::Number(f64::NAN))]),
        obj(vec![
            ("type", s("range")),
            ("y", Json::Array(vec![Json::Number(1.0), Json::Number(f64::INFINITY)])),
        ]),
        obj(vec![("type", s("point")), ("x", Json::Number(f64::NEG_INFINITY))]),
    ]);
    let chart = obj(vec![
        ("type", s("line")),
        (
            "series",
            Json::Array(vec![obj(vec![
                ("name", s("a")),
                ("values", Json::Array(vec![Json::Number(1.0)])),
            ])]),
        ),
        ("annotations", annotations),
    ]);
    let root = obj(vec![("version", Json::Number(1.0)), ("charts", Json::Array(vec![chart]))]);
    let errors: Vec<String> = from_json(&root).unwrap_err().iter().map(|d| d.to_string()).collect();
    assert_eq!(
        errors,
        vec![
            "charts[0].annotations[0].y: expected a finite number, found NaN",
            "charts[0].annotations[1].y[1]: expected a finite number, found Infinity",
            "charts[0].annotations[2].x: expected a finite number, found -Infinity",
        ]
    );
}

#[test]
fn a_focused_marked_point_announces_its_label() {
    let text = spec(
        r#"{"type": "line", "x": {"categories": ["2023", "2024"]},
        "series": [{"name": "指数", "values": [224.8, 294.5]}],
        "annotations": [{"type": "point", "x": "2024", "label": "约为2020年的2.9倍"}]}"#,
    );
    let model = model(&text);
    assert_eq!(
        announce_point(&model, 0, 0, 1).as_deref(),
        Some("2024年，指数 294.5：约为2020年的2.9倍")
    );
    assert_eq!(announce_point(&model, 0, 0, 0).as_deref(), Some("2023年，指数 224.8"));
}

#[test]
fn tooltips_carry_the_labels_at_their_category() {
    let text = spec(
        r#"{"type": "line", "x": {"categories": ["2019", "2020", "2021", "2022"]},
        "series": [{"name": "s", "values": [1, 2, 3, 4]}],
        "annotations": [{"type": "range", "x": ["2020", "2021"], "label": "疫情"},
                        {"type": "line", "x": "2021", "label": "政策"},
                        {"type": "point", "x": "2022", "label": "新高"},
                        {"type": "line", "y": 2, "label": "均值"}]}"#,
    );
    let model = model(&text);
    let notes = |i: usize| tooltip(&model, 0, i).unwrap().notes;
    assert_eq!(notes(0), Vec::<String>::new());
    assert_eq!(notes(1), vec!["疫情"]);
    assert_eq!(notes(2), vec!["疫情", "政策"]);
    assert_eq!(notes(3), vec!["新高"]);
}
