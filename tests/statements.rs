//! Gauges, streaks and timelines, natively: the geometry of their marks (ring angle ∝ value ÷ max,
//! one box per period, timeline x ∝ date, planned events drawn hollow and dashed, labels that never
//! collide), both themes, both locales, and the words screen readers get.

mod support;

use support::draw;

use infographic::layout::{text_bounds, Bounds, EstimateMeasure};
use infographic::model::describe::{self, chart_name, data_table};
use infographic::model::theme::Theme;
use infographic::model::Model;
use infographic::paint::{Circle, Item, Polyline, Rect, RegionKind};
use infographic::scene::Scene;
use infographic::spec::{from_json, parse_str, Json};
use infographic::testing::NARROW_TIMELINE;
use std::f64::consts::PI;

/// Chart `chart`'s summary (a statement's does not depend on the view).
fn summary(model: &Model, chart: usize) -> String {
    describe::summary(model, &draw::view(model, 640.0), chart)
}

fn spec_text(locale: &str, chart: &str) -> String {
    format!(r#"{{"version": 1, "locale": "{locale}", "charts": [{chart}]}}"#)
}

fn scene_with(text: &str, theme: Theme, width: f64) -> Scene {
    let spec = parse_str(text).unwrap_or_else(|e| panic!("test spec has errors: {e:?}"));
    draw::scene_in(&Model::new(&spec), theme, width)
}

fn scene_at(text: &str, width: f64) -> Scene {
    scene_with(text, Theme::light(), width)
}

fn model(text: &str) -> Model {
    Model::new(&parse_str(text).expect("test spec parses"))
}

fn lines(scene: &Scene) -> Vec<&Polyline> {
    scene.items.iter().filter_map(|i| if let Item::Line(l) = i { Some(l) } else { None }).collect()
}

fn circles(scene: &Scene) -> Vec<&Circle> {
    scene
        .items
        .iter()
        .filter_map(|i| if let Item::Circle(c) = i { Some(c) } else { None })
        .collect()
}

fn rects(scene: &Scene) -> Vec<&Rect> {
    scene.items.iter().filter_map(|i| if let Item::Rect(r) = i { Some(r) } else { None }).collect()
}

fn texts(scene: &Scene) -> Vec<String> {
    scene
        .items
        .iter()
        .filter_map(|i| if let Item::Text(t) = i { Some(t.text.clone()) } else { None })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Gauges

/// The ring's track (a stroked circle without fill), and the value arc (the thick polyline).
fn ring(scene: &Scene) -> (&Circle, Option<&Polyline>) {
    let track = circles(scene).into_iter().find(|c| c.fill.is_none()).expect("a ring track");
    let width = track.stroke.unwrap().width;
    let arc = lines(scene).into_iter().find(|l| l.stroke.width == width);
    (track, arc)
}

/// Clockwise angle from 12 o'clock of a point around (cx, cy), in 0 … 2π.
fn clock_angle(cx: f64, cy: f64, (x, y): (f64, f64)) -> f64 {
    let a = (x - cx).atan2(cy - y);
    if a < -1e-9 {
        a + 2.0 * PI
    } else {
        a.max(0.0)
    }
}

#[test]
fn a_ring_arc_spans_value_over_max_of_the_circle_from_twelve_oclock() {
    for (value, max) in [(25.0, 100.0), (62.0, 100.0), (7.0, 12.0), (3.0, 4.0)] {
        let chart = format!(
            r#"{{"type": "gauge", "items": [{{"label": "A", "value": {value}, "max": {max}}}]}}"#
        );
        let scene = scene_at(&spec_text("zh-CN", &chart), 800.0);
        let (track, arc) = ring(&scene);
        let arc = arc.expect("a value arc");
        let (cx, cy, r) = (track.cx, track.cy, track.r);
        let first = arc.points[0];
        let last = *arc.points.last().unwrap();
        assert!(
            (first.0 - cx).abs() < 1e-6 && (first.1 - (cy - r)).abs() < 1e-6,
            "starts at 12 o'clock"
        );
        let expected = value / max * 2.0 * PI;
        let got = clock_angle(cx, cy, last);
        assert!((got - expected).abs() < 1e-6, "{value}/{max}: {got} rad, expected {expected}");
        // Every vertex on the ring and the angle never decreasing: clockwise, one turn at most.
        let angles: Vec<f64> = arc.points.iter().map(|&p| clock_angle(cx, cy, p)).collect();
        assert!(angles.windows(2).all(|w| w[1] >= w[0] - 1e-9), "clockwise");
        assert!(arc.points.iter().all(|&(x, y)| ((x - cx).hypot(y - cy) - r).abs() < 1e-6));
    }
}

#[test]
fn an_empty_gauge_has_no_arc_and_the_target_tick_crosses_the_ring() {
    let chart =
        r#"{"type": "gauge", "items": [{"label": "A", "value": 0, "target": 25, "unit": "%"}]}"#;
    let scene = scene_at(&spec_text("zh-CN", chart), 800.0);
    let (track, arc) = ring(&scene);
    assert!(arc.is_none(), "nothing to fill at 0");
    let tick = lines(&scene).into_iter().find(|l| l.stroke.width == 2.0).expect("a target tick");
    // 25% is 3 o'clock: the tick is horizontal, at the centre's height, crossing the ring's radius.
    let [(x0, y0), (x1, y1)] = tick.points[..] else { panic!("a two-point tick") };
    assert!((y0 - track.cy).abs() < 1e-6 && (y1 - track.cy).abs() < 1e-6);
    assert!(x0 < track.cx + track.r && x1 > track.cx + track.r);
    assert!(texts(&scene).contains(&"目标 25%".to_string()));
}

#[test]
fn a_bar_gauge_fills_its_share_and_ticks_its_target() {
    let chart = r#"{"type": "gauge", "style": "bar", "items": [
        {"label": "Budget", "value": 30, "max": 40, "target": 20}]}"#;
    let scene = scene_at(&spec_text("en", chart), 400.0);
    let bars = rects(&scene);
    let (track, fill) = (bars[0], bars[1]);
    assert!((fill.w / track.w - 0.75).abs() < 1e-9, "30 of 40");
    assert_eq!(fill.x, track.x);
    let tick = lines(&scene).into_iter().find(|l| l.stroke.width == 2.0).expect("a target tick");
    assert!((tick.points[0].0 - (track.x + track.w * 0.5)).abs() < 1e-9, "20 of 40 is halfway");
    assert!(texts(&scene).contains(&"Target 20".to_string()));
}

#[test]
fn derived_gauges_are_pale_and_tagged_in_both_themes() {
    let chart = r#"{"type": "gauge", "items": [{"label": "估", "value": 40, "derived": true}]}"#;
    for theme in [Theme::light(), Theme::dark()] {
        let scene = scene_with(&spec_text("zh-CN", chart), theme.clone(), 600.0);
        let (_, arc) = ring(&scene);
        let color = arc.unwrap().stroke.color;
        assert_eq!(
            (color.r, color.g, color.b),
            (theme.palette[0].r, theme.palette[0].g, theme.palette[0].b)
        );
        assert!(color.a < 1.0, "derived is pale");
        assert!(texts(&scene).contains(&"估（推算）".to_string()));
        assert_eq!(scene.background, theme.background);
    }
}

#[test]
fn non_finite_gauge_values_from_javascript_are_errors_with_paths() {
    let obj = |entries: Vec<(&str, Json)>| {
        Json::Object(entries.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
    };
    let item = obj(vec![
        ("label", Json::String("A".into())),
        ("value", Json::Number(f64::NAN)),
        ("max", Json::Number(f64::INFINITY)),
    ]);
    let chart =
        obj(vec![("type", Json::String("gauge".into())), ("items", Json::Array(vec![item]))]);
    let spec = obj(vec![("version", Json::Number(1.0)), ("charts", Json::Array(vec![chart]))]);
    let errors: Vec<String> = from_json(&spec).unwrap_err().iter().map(|d| d.to_string()).collect();
    assert_eq!(
        errors,
        [
            "charts[0].items[0].value: expected a finite number, found NaN",
            "charts[0].items[0].max: expected a finite number, found Infinity",
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Streaks

#[test]
fn a_streak_draws_count_marked_boxes_after_total_minus_count_unmarked() {
    for (count, total) in [(8, None), (8, Some(10)), (1, Some(1)), (100, None), (30, Some(100))] {
        let total_field = total.map(|t| format!(r#", "total": {t}"#)).unwrap_or_default();
        let chart = format!(
            r#"{{"type": "streak", "items": [{{"label": "A", "count": {count}{total_field}}}]}}"#
        );
        for width in [320.0, 768.0, 1400.0] {
            for theme in [Theme::light(), Theme::dark()] {
                let scene = scene_with(&spec_text("zh-CN", &chart), theme.clone(), width);
                let boxes = rects(&scene);
                let marked: Vec<_> = boxes.iter().filter(|r| r.fill == theme.palette[0]).collect();
                let unmarked = boxes.len() - marked.len();
                assert_eq!(marked.len(), count, "{count}/{total:?} @{width}");
                assert_eq!(unmarked, total.unwrap_or(count) - count, "{count}/{total:?} @{width}");
                // Unmarked boxes come first; boxes never overlap and stay inside the widget.
                let first_marked = boxes.iter().position(|r| r.fill == theme.palette[0]).unwrap();
                assert_eq!(first_marked, unmarked);
                for (i, a) in boxes.iter().enumerate() {
                    assert!(a.x >= 0.0 && a.x + a.w <= width + 1e-9);
                    for b in &boxes[i + 1..] {
                        let (ba, bb) = (bounds(a), bounds(b));
                        assert!(!ba.overlaps(&bb), "boxes overlap @{width}");
                    }
                }
            }
        }
    }
}

fn bounds(r: &Rect) -> Bounds {
    Bounds { x: r.x, y: r.y, w: r.w, h: r.h }
}

#[test]
fn streak_counts_read_as_in_a_row_in_both_locales_and_never_invent_periods() {
    let chart = r#"{"type": "streak", "items": [{"label": "全市第一", "count": 8, "unit": "年"}]}"#;
    let zh = texts(&scene_at(&spec_text("zh-CN", chart), 600.0));
    for word in ["连续", "8", "年"] {
        assert!(zh.contains(&word.to_string()), "{word} in {zh:?}");
    }
    assert!(!zh.iter().any(|t| t.starts_with("20")), "no invented years: {zh:?}");
    let chart = r#"{"type": "streak", "items": [{"label": "First", "count": 8, "unit": "years"}]}"#;
    let en = texts(&scene_at(&spec_text("en", chart), 600.0));
    assert!(en.contains(&"8".to_string()) && en.contains(&"years in a row".to_string()), "{en:?}");
    let chart = r#"{"type": "streak", "items": [{"label": "Once", "count": 1}]}"#;
    assert!(texts(&scene_at(&spec_text("en", chart), 600.0)).contains(&"time in a row".to_string()));
}

#[test]
fn streak_periods_label_their_boxes_when_they_fit() {
    let chart = r#"{"type": "streak", "items": [{"label": "A", "count": 3, "unit": "年",
        "periods": ["2022", "2023", "2024"]}]}"#;
    let all = texts(&scene_at(&spec_text("zh-CN", chart), 800.0));
    for year in ["2022", "2023", "2024"] {
        assert!(all.contains(&year.to_string()), "{year} in {all:?}");
    }
    // Eight periods on a phone: only the two ends are named.
    let chart = r#"{"type": "streak", "items": [{"label": "A", "count": 8, "periods":
        ["2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024"]}]}"#;
    let all = texts(&scene_at(&spec_text("zh-CN", chart), 240.0));
    assert!(all.contains(&"2017".to_string()) && all.contains(&"2024".to_string()), "{all:?}");
    assert!(!all.contains(&"2020".to_string()), "{all:?}");
}

// ---------------------------------------------------------------------------------------------
// Timelines

const TIMELINE: &str = r#"{"type": "timeline", "title": "T", "events": [
    {"date": "2035", "label": "全面建成", "status": "planned", "note": "基本实现现代化"},
    {"date": "2024-06-16", "label": "“6·16”特大暴雨灾害", "note": "灾后重建"},
    {"date": "2024-09", "label": "提前完成全年招商任务"},
    {"date": "2029", "label": "完成各项改革任务", "status": "planned"}
]}"#;

/// Event dots (radius 5.5) in order of x (wide) or y (narrow).
fn dots(scene: &Scene) -> Vec<&Circle> {
    circles(scene).into_iter().filter(|c| (c.r - 5.5).abs() < 1e-9).collect()
}

fn years_of(date: &str) -> f64 {
    infographic::testing::TimelineDate::parse(date).unwrap().years()
}

#[test]
fn timeline_events_sit_in_proportion_to_their_dates() {
    let dates = ["2024-06-16", "2024-09", "2029", "2035"];
    for width in [480.0, 768.0, 1400.0] {
        let scene = scene_at(&spec_text("zh-CN", TIMELINE), width);
        let xs: Vec<f64> = dots(&scene).iter().map(|c| c.cx).collect();
        assert_eq!(xs.len(), 4, "@{width}");
        let t: Vec<f64> = dates.iter().map(|d| years_of(d)).collect();
        for i in 1..4 {
            let expected = (t[i] - t[0]) / (t[3] - t[0]);
            let got = (xs[i] - xs[0]) / (xs[3] - xs[0]);
            assert!((got - expected).abs() < 1e-9, "event {i} @{width}: {got} vs {expected}");
        }
        assert!(xs[0] >= 0.0 && xs[3] <= width, "inside the widget");
    }
}

#[test]
fn planned_events_are_hollow_with_dashed_stems_and_axis() {
    for width in [320.0, 1400.0] {
        for theme in [Theme::light(), Theme::dark()] {
            let scene = scene_with(&spec_text("zh-CN", TIMELINE), theme.clone(), width);
            let dots = dots(&scene);
            let hollow: Vec<bool> = dots.iter().map(|c| c.fill == Some(theme.background)).collect();
            assert_eq!(hollow, [false, false, true, true], "@{width}");
            let dashed = lines(&scene).iter().filter(|l| l.stroke.dash.is_some()).count();
            let solid_thin = lines(&scene).iter().filter(|l| l.stroke.dash.is_none()).count();
            assert!(dashed >= 2, "planned stems or the axis towards them are dashed @{width}");
            assert!(solid_thin >= 1, "the past is solid @{width}");
        }
    }
}

#[test]
fn a_timeline_of_past_events_has_a_solid_axis_and_one_date_starts_left() {
    let chart = r#"{"type": "timeline", "events": [
        {"date": "2020", "label": "A"}, {"date": "2022-05", "label": "B"}]}"#;
    let scene = scene_at(&spec_text("en", chart), 800.0);
    assert!(
        lines(&scene).iter().all(|l| l.stroke.dash.is_none()),
        "nothing planned, nothing dashed"
    );
    let chart = r#"{"type": "timeline", "events": [{"date": "2024", "label": "Only"}]}"#;
    let scene = scene_at(&spec_text("en", chart), 800.0);
    assert!(dots(&scene)[0].cx < 10.0, "a lone date stands at the start");
}

#[test]
fn timelines_turn_vertical_on_phones() {
    let narrow = scene_at(&spec_text("zh-CN", TIMELINE), NARROW_TIMELINE - 1.0);
    let xs: Vec<f64> = dots(&narrow).iter().map(|c| c.cx).collect();
    assert!(xs.windows(2).all(|w| w[0] == w[1]), "one column of dots: {xs:?}");
    let ys: Vec<f64> = dots(&narrow).iter().map(|c| c.cy).collect();
    assert!(ys.windows(2).all(|w| w[0] < w[1]), "in date order downwards");
    let wide = scene_at(&spec_text("zh-CN", TIMELINE), NARROW_TIMELINE);
    let ys: Vec<f64> = dots(&wide).iter().map(|c| c.cy).collect();
    assert!(ys.windows(2).all(|w| w[0] == w[1]), "one axis: {ys:?}");
}

/// A crowd of events, some on one day: at every width no two texts overlap, no event block
/// overlaps another, and every text stays inside the widget.
#[test]
fn timeline_labels_never_collide() {
    let mut events = Vec::new();
    for (i, date) in [
        "2020",
        "2020-01-02",
        "2020-02",
        "2021-06-30",
        "2021-07",
        "2022",
        "2022",
        "2023-03-15",
        "2024-06-16",
        "2024-09",
        "2025",
        "2029",
        "2030",
        "2035",
    ]
    .iter()
    .enumerate()
    {
        let planned = if i >= 10 { r#", "status": "planned""# } else { "" };
        let label = "事件".repeat(1 + i % 5);
        events.push(format!(
            r#"{{"date": "{date}", "label": "{label}{i}", "note": "说明{i}"{planned}}}"#
        ));
    }
    for n in [2, 4, 7, 14] {
        let chart = format!(r#"{{"type": "timeline", "events": [{}]}}"#, events[..n].join(","));
        for locale in ["zh-CN", "en"] {
            for width in [320.0, 480.0, 768.0, 1024.0, 1400.0] {
                let scene = scene_at(&spec_text(locale, &chart), width);
                let boxes: Vec<(String, Bounds)> = scene
                    .items
                    .iter()
                    .filter_map(|i| match i {
                        Item::Text(t) => Some((t.text.clone(), text_bounds(t, &EstimateMeasure))),
                        _ => None,
                    })
                    .collect();
                for (k, (a, ba)) in boxes.iter().enumerate() {
                    assert!(ba.x >= -0.5 && ba.right() <= width + 0.5, "{a:?} outside @{width}");
                    for (b, bb) in &boxes[k + 1..] {
                        assert!(
                            !ba.overlaps(bb),
                            "{n} events @{width} {locale}: {a:?} overlaps {b:?}"
                        );
                    }
                }
                let blocks: Vec<Bounds> = scene
                    .regions
                    .iter()
                    .filter(|r| matches!(r.kind, RegionKind::Tile { .. }))
                    .map(|r| Bounds { x: r.x, y: r.y, w: r.w, h: r.h })
                    .collect();
                assert_eq!(blocks.len(), n);
                for (k, a) in blocks.iter().enumerate() {
                    assert!(
                        blocks[k + 1..].iter().all(|b| !a.overlaps(b)),
                        "blocks overlap @{width}"
                    );
                }
                // Stems never run through another event's block.
                for stem in lines(&scene).iter().filter(|l| {
                    l.points.len() == 2 && l.points[0].0 == l.points[1].0 && l.stroke.width == 1.0
                }) {
                    let (x, y0, y1) = (stem.points[0].0, stem.points[0].1, stem.points[1].1);
                    let (lo, hi) = (y0.min(y1), y0.max(y1));
                    let crossed = blocks.iter().filter(|b| {
                        x > b.x + 0.5
                            && x < b.right() - 0.5
                            && lo < b.bottom() - 0.5
                            && hi > b.y + 0.5
                    });
                    assert_eq!(crossed.count(), 0, "a stem at x={x} crosses a block @{width}");
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Words for readers

#[test]
fn forms_have_names_summaries_and_table_rows_in_both_locales() {
    let charts = format!(
        r#"{{"type": "gauge", "items": [{{"label": "空气质量优良率", "value": 100, "unit": "%", "target": 90, "note": "长期保持"}}]}},
           {{"type": "streak", "items": [{{"label": "全市第一", "count": 8, "unit": "年"}}]}},
           {TIMELINE}"#
    );
    let zh = model(&spec_text("zh-CN", &charts));
    assert_eq!(chart_name(&zh, 0), "进度");
    assert_eq!(chart_name(&zh, 1), "连续纪录");
    assert_eq!(chart_name(&zh, 2), "T");
    assert_eq!(summary(&zh, 0), "空气质量优良率为100%（满值100%），目标90%，已达到。长期保持。");
    assert_eq!(summary(&zh, 1), "全市第一：连续8年。");
    assert_eq!(
        summary(&zh, 2),
        "时间线共4个节点，从2024年6月16日到2035年。2024年6月16日：“6·16”特大暴雨灾害。灾后重建。\
         2024年9月：提前完成全年招商任务。2029年（计划）：完成各项改革任务。\
         2035年（计划）：全面建成。基本实现现代化。"
    );
    let table = data_table(&zh, 0).unwrap();
    assert_eq!(table.headers, ["指标", "数值", "满值", "目标", "说明"]);
    assert_eq!(table.rows, [["空气质量优良率", "100%", "100%", "90%", "长期保持"]]);
    assert_eq!(data_table(&zh, 1).unwrap().rows, [["全市第一", "8年", "", ""]]);
    let timeline = data_table(&zh, 2).unwrap();
    assert_eq!(timeline.rows.len(), 4);
    assert_eq!(timeline.rows[0], ["2024年6月16日", "“6·16”特大暴雨灾害", "已完成", "灾后重建"]);
    assert_eq!(timeline.rows[3][2], "计划");

    let en = model(&spec_text("en", &charts));
    assert_eq!(chart_name(&en, 0), "Progress");
    assert_eq!(summary(&en, 0), "空气质量优良率: 100% of 100%; target 90%, met. 长期保持.");
    assert_eq!(summary(&en, 1), "全市第一: 8 年 in a row.");
    assert!(summary(&en, 2).starts_with("A timeline of 4 milestones, from 16 June 2024 to 2035."));
    assert_eq!(data_table(&en, 2).unwrap().rows[2][0], "2029");
}

#[test]
fn streak_summaries_name_their_span_when_periods_are_given() {
    let chart = r#"{"type": "streak", "items": [{"label": "First", "count": 3, "unit": "years",
        "periods": ["2022", "2023", "2024"]}]}"#;
    let m = model(&spec_text("en", chart));
    assert_eq!(summary(&m, 0), "First: 3 years in a row, 2022 to 2024.");
    assert_eq!(data_table(&m, 0).unwrap().rows[0][2], "2022, 2023, 2024");
}
