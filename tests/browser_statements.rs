//! Gauges, streaks and timelines in a real browser: each form is mounted, and the canvas is read back
//! where the scene says its marks are (a ring's filled and empty parts, a streak's marked and unmarked
//! boxes, done and planned timeline dots), in the light and the dark theme. The geometry comes from the
//! scene built natively in the test: these positions do not depend on text measurement (labels are
//! short enough never to wrap), so they are where the widget drew them.
#![cfg(target_arch = "wasm32")]

use infographic::model::theme::Theme;
use infographic::model::Model;
use infographic::paint::{Circle, Item, Rect};
use infographic::scene::Scene;
use infographic::spec::parse_str;
use infographic::web::mount;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

mod support;

use support::draw;

use support::{canvas_in, host};

wasm_bindgen_test_configure!(run_in_browser);

const WIDTH: u32 = 600;

fn spec(theme: &str, chart: &str) -> String {
    format!(r#"{{"version": 1, "theme": "{theme}", "exports": false, "charts": [{chart}]}}"#)
}

fn native_scene(text: &str, theme: Theme) -> Scene {
    let spec = parse_str(text).expect("test spec parses");
    draw::scene_in(&Model::new(&spec), theme, f64::from(WIDTH))
}

/// The colour of the canvas at CSS point (x, y).
fn pixel(canvas: &HtmlCanvasElement, x: f64, y: f64) -> (u8, u8, u8) {
    let dpr = web_sys::window().unwrap().device_pixel_ratio();
    let ctx: CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let data = ctx.get_image_data((x * dpr).floor(), (y * dpr).floor(), 1.0, 1.0).unwrap().data();
    (data[0], data[1], data[2])
}

fn near(a: (u8, u8, u8), b: (u8, u8, u8), tolerance: i32) -> bool {
    (a.0 as i32 - b.0 as i32).abs() <= tolerance
        && (a.1 as i32 - b.1 as i32).abs() <= tolerance
        && (a.2 as i32 - b.2 as i32).abs() <= tolerance
}

fn rgb(c: infographic::paint::Color) -> (u8, u8, u8) {
    (c.r, c.g, c.b)
}

/// Mounts `text`, runs `check` on its canvas, and cleans up.
fn with_canvas(text: &str, check: impl FnOnce(&HtmlCanvasElement)) {
    let el = host(WIDTH);
    let chart = mount(&el, JsValue::from_str(text)).unwrap();
    let errors = js_sys::Array::from(&chart.errors());
    assert_eq!(errors.length(), 0, "the spec renders");
    check(&canvas_in(&el));
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn a_ring_is_filled_clockwise_from_twelve_to_its_share() {
    let chart = r#"{"type": "gauge", "items": [{"label": "Share", "value": 25, "unit": "%"}]}"#;
    for (name, theme) in [("light", Theme::light()), ("dark", Theme::dark())] {
        let text = spec(name, chart);
        let scene = native_scene(&text, theme.clone());
        let track = scene
            .items
            .iter()
            .find_map(|i| match i {
                Item::Circle(c @ Circle { fill: None, .. }) => Some(*c),
                _ => None,
            })
            .expect("a ring");
        let (cx, cy, r) = (track.cx, track.cy, track.r);
        let at = |degrees: f64| {
            let a = degrees.to_radians();
            (cx + r * a.sin(), cy - r * a.cos())
        };
        with_canvas(&text, |canvas| {
            let blue = rgb(theme.palette[0]);
            for deg in [10.0, 45.0, 80.0] {
                let (x, y) = at(deg);
                assert!(near(pixel(canvas, x, y), blue, 24), "{name}: {deg}° is filled");
            }
            for deg in [120.0, 180.0, 270.0, 340.0] {
                let (x, y) = at(deg);
                let p = pixel(canvas, x, y);
                assert!(!near(p, blue, 60), "{name}: {deg}° is not filled: {p:?}");
                assert!(!near(p, rgb(theme.background), 4), "{name}: {deg}° shows the track");
            }
            assert!(near(pixel(canvas, cx - r / 2.0, cy + r / 2.0), rgb(theme.background), 4));
        });
    }
}

#[wasm_bindgen_test]
fn a_streak_fills_its_marked_boxes_only() {
    let chart = r#"{"type": "streak", "items": [{"label": "First", "count": 3, "total": 5}]}"#;
    for (name, theme) in [("light", Theme::light()), ("dark", Theme::dark())] {
        let text = spec(name, chart);
        let scene = native_scene(&text, theme.clone());
        let boxes: Vec<Rect> = scene
            .items
            .iter()
            .filter_map(|i| if let Item::Rect(r) = i { Some(*r) } else { None })
            .collect();
        assert_eq!(boxes.len(), 5);
        with_canvas(&text, |canvas| {
            for (k, b) in boxes.iter().enumerate() {
                let p = pixel(canvas, b.x + b.w / 2.0, b.y + b.h / 2.0);
                let marked = near(p, rgb(theme.palette[0]), 24);
                assert_eq!(marked, k >= 2, "{name}: box {k} is {p:?}");
                assert!(!near(p, rgb(theme.background), 4), "{name}: box {k} is drawn");
            }
        });
    }
}

#[wasm_bindgen_test]
fn timeline_dots_are_solid_when_done_and_hollow_when_planned() {
    let chart = r#"{"type": "timeline", "events": [
        {"date": "2000", "label": "Done"},
        {"date": "2030", "label": "Planned", "status": "planned"}]}"#;
    for (name, theme) in [("light", Theme::light()), ("dark", Theme::dark())] {
        let text = spec(name, chart);
        let scene = native_scene(&text, theme.clone());
        let dots: Vec<Circle> = scene
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Circle(c) if (c.r - 5.5).abs() < 1e-9 => Some(*c),
                _ => None,
            })
            .collect();
        assert_eq!(dots.len(), 2);
        assert!(dots[1].cx > f64::from(WIDTH) - 20.0, "2030 at the right end");
        with_canvas(&text, |canvas| {
            let blue = rgb(theme.palette[0]);
            let done = pixel(canvas, dots[0].cx, dots[0].cy);
            assert!(near(done, blue, 24), "{name}: the done dot is filled: {done:?}");
            let planned = pixel(canvas, dots[1].cx, dots[1].cy);
            assert!(near(planned, rgb(theme.background), 8), "{name}: hollow: {planned:?}");
            let ring = pixel(canvas, dots[1].cx - dots[1].r, dots[1].cy);
            assert!(near(ring, blue, 60), "{name}: the planned dot's ring: {ring:?}");
        });
    }
}

#[wasm_bindgen_test]
fn screen_readers_get_each_forms_summary_and_table() {
    let text = r#"{"version": 1, "charts": [
        {"type": "gauge", "items": [{"label": "优良率", "value": 100, "unit": "%"}]},
        {"type": "streak", "items": [{"label": "全市第一", "count": 8, "unit": "年"}]},
        {"type": "timeline", "title": "时间表", "events": [
            {"date": "2029", "label": "完成改革任务", "status": "planned"},
            {"date": "2024-06-16", "label": "暴雨灾害"}]}]}"#;
    let el = host(WIDTH);
    let chart = mount(&el, JsValue::from_str(text)).unwrap();
    let groups = el.query_selector_all("[role=group]").unwrap();
    assert_eq!(groups.length(), 3, "one described group per chart");
    let group_text = |i: u32| groups.item(i).unwrap().text_content().unwrap_or_default();
    assert!(group_text(0).contains("优良率为100%（满值100%）"), "{}", group_text(0));
    assert!(group_text(1).contains("全市第一：连续8年。"), "{}", group_text(1));
    let timeline = groups.item(2).unwrap();
    let rows =
        timeline.dyn_ref::<web_sys::Element>().unwrap().query_selector_all("tbody tr").unwrap();
    assert_eq!(rows.length(), 2);
    let first = rows.item(0).unwrap().text_content().unwrap();
    assert!(first.starts_with("2024年6月16日暴雨灾害已完成"), "sorted by date: {first}");
    chart.destroy();
    el.remove();
}
