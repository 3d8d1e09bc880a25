//! The chart forms in a real browser: each is mounted and its marks are found in the canvas pixels
//! where the numbers put them (stacked segments on top of each other, the highlighted row of a
//! ranking between grey ones, a pale fill under an area's line in the dark theme, a combo's line
//! over its bars with ticks on both sides, small multiples side by side, a one-value spike among
//! 400,000 stacked-area values at its own pixel column), and the tooltips of stacked bars and
//! horizontal bars say what they must.
#![cfg(target_arch = "wasm32")]

use infographic::web::mount;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement, PointerEvent, PointerEventInit,
};

mod support;

use support::{canvas_in, find, host};

wasm_bindgen_test_configure!(run_in_browser);

const BLUE: (u8, u8, u8) = (0x00, 0x72, 0xB2);
const VERMILLION: (u8, u8, u8) = (0xC8, 0x52, 0x00);
const DARK_SKY: (u8, u8, u8) = (0x56, 0xB4, 0xE9);

/// Device-pixel bounding box (x0, y0, x1, y1) and count of opaque pixels within 6 of `rgb`.
fn bbox(canvas: &HtmlCanvasElement, rgb: (u8, u8, u8)) -> Option<(u32, u32, u32, u32, usize)> {
    bbox_below(canvas, rgb, 0)
}

/// [`bbox`] of the pixels from device row `top` down (below the legend keys).
fn bbox_below(
    canvas: &HtmlCanvasElement,
    rgb: (u8, u8, u8),
    top: u32,
) -> Option<(u32, u32, u32, u32, usize)> {
    let ctx: CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let (w, h) = (canvas.width(), canvas.height());
    let data = ctx.get_image_data(0.0, 0.0, w as f64, h as f64).unwrap().data();
    let mut out: Option<(u32, u32, u32, u32, usize)> = None;
    for (k, p) in data.chunks_exact(4).enumerate() {
        let near = |a: u8, b: u8| (a as i32 - b as i32).abs() <= 6;
        if near(p[0], rgb.0) && near(p[1], rgb.1) && near(p[2], rgb.2) && p[3] == 255 {
            let (x, y) = (k as u32 % w, k as u32 / w);
            if y < top {
                continue;
            }
            let b = out.get_or_insert((x, y, x, y, 0));
            *b = (b.0.min(x), b.1.min(y), b.2.max(x), b.3.max(y), b.4 + 1);
        }
    }
    out
}

/// The colour at device pixel (x, y).
fn at(canvas: &HtmlCanvasElement, x: u32, y: u32) -> (u8, u8, u8) {
    let ctx: CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let d = ctx.get_image_data(x as f64, y as f64, 1.0, 1.0).unwrap().data();
    (d[0], d[1], d[2])
}

fn dpr() -> f64 {
    web_sys::window().unwrap().device_pixel_ratio()
}

fn hover(el: &HtmlElement, x: f64, y: f64) {
    let init = PointerEventInit::new();
    init.set_bubbles(true);
    init.set_client_x(x as i32);
    init.set_client_y(y as i32);
    init.set_pointer_type("mouse");
    let event = PointerEvent::new_with_event_init_dict("pointermove", &init).unwrap();
    find(el, "canvas").dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
fn stacked_segments_sit_on_each_other_and_the_tooltip_totals_them() {
    let el = host(600);
    let spec = r#"{"version": 1, "theme": "light", "exports": false, "charts": [{"type": "bar",
        "stacked": true, "x": {"categories": ["a"]},
        "series": [{"name": "A", "values": [10]}, {"name": "B", "values": [20]}]}]}"#;
    let chart = mount(&el, spec.into()).unwrap();
    let canvas = canvas_in(&el);
    // Below the top of the plot, past the legend keys.
    let plot = find(&el, "[data-ig=\"plot:0\"]").get_bounding_client_rect();
    let top = ((plot.top() - canvas.get_bounding_client_rect().top()) * dpr()) as u32;
    let a = bbox_below(&canvas, BLUE, top).expect("segment A is drawn");
    let b = bbox_below(&canvas, VERMILLION, top).expect("segment B is drawn");
    let (a_h, b_h) = ((a.3 - a.1 + 1) as f64, (b.3 - b.1 + 1) as f64);
    assert!((b.3 as i64 + 1 - a.1 as i64).abs() <= 1, "B ends where A begins: {a:?} {b:?}");
    assert!((b_h / a_h - 2.0).abs() < 0.05, "B is twice as tall as A: {a_h} vs {b_h}");
    assert_eq!(a.0, b.0, "one column");
    let rect = find(&el, "[data-ig=\"plot:0\"]").get_bounding_client_rect();
    hover(&el, rect.left() + rect.width() / 2.0, rect.top() + rect.height() / 2.0);
    let tip = chart.tooltip_text().expect("a tooltip");
    assert!(tip.contains("A") && tip.contains("B") && tip.contains("合计 30"), "{tip}");
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn a_ranking_draws_its_highlighted_row_in_colour_between_grey_ones() {
    let el = host(500);
    let spec = r#"{"version": 1, "theme": "light", "exports": false, "charts": [{"type": "bar",
        "horizontal": true, "highlight": "平远",
        "x": {"categories": ["甲县", "乙县", "平远", "丁县"]}, "y": {"unit": "%"},
        "series": [{"name": "增速", "values": [7.2, 6.1, 5.6, 4.9]}]}]}"#;
    let chart = mount(&el, spec.into()).unwrap();
    let canvas = canvas_in(&el);
    let (x0, y0, x1, y1, _) = bbox(&canvas, BLUE).expect("the highlighted bar");
    let thickness = (y1 - y0 + 1) as f64 / dpr();
    assert!((thickness - 18.0).abs() <= 1.0, "one bar, 18 px thick: {thickness}");
    // Straight above and below it (a row away): grey bars, neither white nor blue.
    let row = (y1 - y0 + 1) as f64 * 1.6;
    for y in [y0 as f64 - row, y1 as f64 + row] {
        let (r, g, b) = at(&canvas, x0 + 4, y as u32);
        assert!(r == g && g == b && r < 240 && r > 100, "a grey bar at y={y}: {:?}", (r, g, b));
    }
    assert!(x1 > x0 + 100, "the bar runs right");
    let rect = find(&el, "[data-ig=\"plot:0\"]").get_bounding_client_rect();
    let row_y = canvas.get_bounding_client_rect().top() + (y0 + y1) as f64 / 2.0 / dpr();
    hover(&el, rect.left() + 20.0, row_y);
    let tip = chart.tooltip_text().expect("a tooltip for the row");
    assert!(tip.contains("平远") && tip.contains("5.6%"), "{tip}");
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn an_area_is_filled_pale_under_its_line_in_the_dark_theme() {
    let el = host(600);
    let spec = r#"{"version": 1, "theme": "dark", "exports": false, "charts": [{"type": "area",
        "series": [{"name": "A", "values": [2, 4, 3, 5]}]}]}"#;
    let chart = mount(&el, spec.into()).unwrap();
    let canvas = canvas_in(&el);
    let line = bbox(&canvas, DARK_SKY).expect("the line in the dark palette's first colour");
    // Below the line's lowest point, above the baseline: the fill, a dim blue on the dark ground.
    let x = (line.0 + line.2) / 2;
    let (r, g, b) = at(&canvas, x, line.3 + (8.0 * dpr()) as u32);
    assert!(b > r && b > 40 && b < 0xE9, "a pale blue fill under the line: {:?}", (r, g, b));
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn a_combo_draws_bars_a_line_and_ticks_on_both_sides() {
    let el = host(600);
    let spec = r#"{"version": 1, "theme": "light", "exports": false, "charts": [{"type": "combo",
        "x": {"categories": ["2021", "2022", "2023"]},
        "y": {"label": "GDP", "unit": "亿元"}, "y2": {"label": "增速", "unit": "%"},
        "series": [{"name": "GDP", "values": [35.1, 36.9, 38.8]},
                   {"name": "增速", "mark": "line", "axis": "right", "values": [8.3, 3.9, 4.8]}]}]}"#;
    let chart = mount(&el, spec.into()).unwrap();
    let canvas = canvas_in(&el);
    let bars = bbox(&canvas, BLUE).expect("bars");
    let line = bbox(&canvas, VERMILLION).expect("the line (and the right caption, in its colour)");
    assert!(line.4 > 200, "the line has substance: {line:?}");
    assert!(line.2 > bars.0, "the line crosses the bars");
    // Right ticks (in %) lie right of every bar; the right caption ends at the widget's edge.
    let boxes = js_sys::Array::from(&chart.text_boxes());
    let get = |b: &wasm_bindgen::JsValue, k: &str| js_sys::Reflect::get(b, &k.into()).unwrap();
    let bars_right = bars.2 as f64 / dpr();
    let right_ticks: Vec<f64> = boxes
        .iter()
        .filter(|b| get(b, "text").as_string().is_some_and(|t| t.ends_with('%')))
        .map(|b| get(&b, "x").as_f64().unwrap())
        .collect();
    assert!(right_ticks.len() >= 3, "{right_ticks:?}");
    assert!(right_ticks.iter().all(|&x| x > bars_right), "{right_ticks:?} vs {bars_right}");
    let caption = boxes
        .iter()
        .find(|b| get(b, "text").as_string().is_some_and(|t| t.starts_with("增速（%）")))
        .expect("the right caption");
    let end = get(&caption, "x").as_f64().unwrap() + get(&caption, "w").as_f64().unwrap();
    assert!((end - 600.0).abs() < 1.0, "right-aligned to the edge: {end}");
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn small_multiples_draw_panels_side_by_side() {
    let el = host(900);
    let panel = |t: &str, v: &str| {
        format!(r#"{{"title": "{t}", "series": [{{"name": "A", "values": {v}}}]}}"#)
    };
    let spec = format!(
        r#"{{"version": 1, "theme": "light", "exports": false, "charts": [{{"type": "multiples",
        "mark": "bar", "x": {{"categories": ["1", "2"]}}, "panels": [{}, {}, {}]}}]}}"#,
        panel("甲", "[1, 2]"),
        panel("乙", "[2, 1]"),
        panel("丙", "[3, 3]")
    );
    let chart = mount(&el, spec.into()).unwrap();
    let canvas = canvas_in(&el);
    // Blue pixels in three separate column ranges: scan one row through the bars' lower part.
    let all = bbox(&canvas, BLUE).expect("bars");
    let y = all.3 - (4.0 * dpr()) as u32;
    let mut runs = 0;
    let mut inside = false;
    let mut gap = 0;
    for x in 0..canvas.width() {
        let c = at(&canvas, x, y);
        let blue = c.0 < 8 && (c.1 as i32 - 0x72).abs() < 8 && (c.2 as i32 - 0xB2).abs() < 8;
        if blue && !inside && gap > (10.0 * dpr()) as u32 {
            runs += 1;
        }
        if blue {
            gap = 0;
        } else {
            gap += 1;
        }
        inside = blue;
        if runs == 0 && blue {
            runs = 1;
        }
    }
    assert!(runs >= 3, "bars in three panels (one per panel, all reaching the baseline): {runs}");
    assert_eq!(
        el.query_selector_all("[data-ig^=\"plot:\"]").unwrap().length(),
        3,
        "a stop per panel"
    );
    chart.destroy();
    el.remove();
}

fn key(target: &HtmlElement, name: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_key(name);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
fn the_keyboard_walks_a_ranking_downward_and_each_panel_is_a_stop() {
    let el = host(500);
    let spec = r#"{"version": 1, "exports": false, "charts": [{"type": "bar", "horizontal": true,
        "x": {"categories": ["甲县", "乙县", "丙县"]}, "y": {"unit": "%"},
        "series": [{"name": "增速", "values": [7.2, 6.1, 5.6]}]}]}"#;
    let chart = mount(&el, spec.into()).unwrap();
    let target = find(&el, "[data-ig=\"plot:0\"]");
    let live = find(&el, "[aria-live=polite]");
    target.focus().unwrap();
    let mut heard = vec![live.text_content().unwrap()];
    for name in ["ArrowDown", "ArrowDown", "ArrowUp"] {
        key(&target, name);
        heard.push(live.text_content().unwrap());
    }
    assert_eq!(heard, ["甲县，增速 7.2%", "乙县，增速 6.1%", "丙县，增速 5.6%", "乙县，增速 6.1%"]);
    chart.destroy();
    el.remove();

    let el = host(700);
    let spec = r#"{"version": 1, "exports": false, "charts": [{"type": "multiples", "title": "分面",
        "x": {"categories": ["2023", "2024"]},
        "panels": [{"title": "甲", "series": [{"name": "A", "values": [1, 2]}]},
                   {"title": "乙", "series": [{"name": "A", "values": [3, 4]}]}]}]}"#;
    let chart = mount(&el, spec.into()).unwrap();
    let second = find(&el, "[data-ig=\"plot:1\"]");
    assert_eq!(second.get_attribute("aria-label").map(|l| l.starts_with("分面 · 乙")), Some(true));
    second.focus().unwrap();
    key(&second, "ArrowRight");
    let live = find(&el, "[aria-live=polite]");
    assert_eq!(live.text_content().as_deref(), Some("2024年，乙 · A 4"));
    assert!(chart.tooltip_text().is_some_and(|t| t.contains("乙 · 2024")));
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn a_stacked_area_of_400_000_values_draws_a_lone_spike_where_it_is() {
    let el = host(800);
    let (n, spike) = (200_000, 123_457);
    let a: Vec<f64> = (0..n).map(|i| 5.0 + (i as f64 / 900.0).sin() * 2.0).collect();
    let b: Vec<f64> = (0..n).map(|i| if i == spike { 100.0 } else { 3.0 }).collect();
    let text = r#"{"version": 1, "theme": "light", "exports": false, "charts": [{"type": "area",
        "stacked": true, "series": [{"name": "A", "values": []}, {"name": "B", "values": []}]}]}"#;
    let spec = js_sys::JSON::parse(text).unwrap();
    let series = ["charts", "0", "series"]
        .iter()
        .fold(spec.clone(), |v, k| js_sys::Reflect::get(&v, &(*k).into()).unwrap());
    for (k, values) in [a, b].iter().enumerate() {
        let s = js_sys::Reflect::get(&series, &(k as u32).into()).unwrap();
        let typed = js_sys::Float64Array::from(&values[..]);
        js_sys::Reflect::set(&s, &"values".into(), &typed).unwrap();
    }
    let chart = mount(&el, spec).unwrap();
    // Large data render in stages, a task each: wait until the plot is there.
    for _ in 0..20 {
        if el.query_selector("[data-ig=\"plot:0\"]").unwrap().is_some() {
            break;
        }
        support::next_frame().await;
    }
    let canvas = canvas_in(&el);
    let plot = find(&el, "[data-ig=\"plot:0\"]").get_bounding_client_rect();
    let origin = canvas.get_bounding_client_rect();
    let top = ((plot.top() - origin.top()) * dpr()) as u32;
    // B's line (the stack's outline) reaches highest exactly at the spike: a 1-px column among
    // 400,000 values, kept by the per-column decimation. Drawn that thin, its tip is anti-aliased:
    // any clearly vermillion-tinted pixel counts.
    let ctx: CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let (w, h) = (canvas.width(), canvas.height());
    let data = ctx.get_image_data(0.0, 0.0, w as f64, h as f64).unwrap().data();
    let reddish = |p: &[u8]| p[0] as i32 - p[2] as i32 > 60 && p[0] as i32 - p[1] as i32 > 30;
    let y0 = (top..h)
        .find(|&y| (0..w).any(|x| reddish(&data[((y * w + x) * 4) as usize..][..4])))
        .expect("B's line is drawn");
    let xs: Vec<u32> =
        (0..w).filter(|&x| reddish(&data[((y0 * w + x) * 4) as usize..][..4])).collect();
    let peak_x = xs.iter().sum::<u32>() as f64 / xs.len() as f64 / dpr() + origin.left();
    let expected = plot.left() + plot.width() * (spike as f64 + 0.5) / n as f64;
    assert!(
        (peak_x - expected).abs() <= 3.0,
        "the spike at {peak_x}, expected {expected}: {xs:?} in row {y0}, plot {:?}",
        (plot.left(), plot.top(), plot.width())
    );
    // It rises far above the rest of the stack (about 10 high, against 105 at the spike).
    let rest_top = plot.top() + plot.height() * 0.6;
    assert!((y0 as f64 / dpr() + origin.top()) < rest_top, "the spike stands tall: {y0}");
    chart.destroy();
    el.remove();
}
