//! The reader's side in a real browser (headless Chromium): hover and touch tooltips, the legend
//! toggle, keyboard walking with live announcements, the hidden data table, and one render per frame.
#![cfg(target_arch = "wasm32")]

use infographic::web::{mount, Chart};
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{
    CanvasRenderingContext2d, DomRect, HtmlCanvasElement, HtmlElement, KeyboardEvent,
    KeyboardEventInit, PointerEvent, PointerEventInit,
};

mod support;

use support::{count_pixels, find, host, next_frame};

wasm_bindgen_test_configure!(run_in_browser);

const SPEC: &str = r#"{"version": 1, "title": "Reader test", "locale": "en", "charts": [
  {"type": "line", "title": "Two lines",
   "x": {"categories": ["2021", "2022", "2023"]}, "y": {"unit": "%"},
   "series": [
     {"name": "Alpha", "values": [1.5, null, 3.25]},
     {"name": "Beta", "values": [2, 2.5, 4], "derived": true, "note": "estimated"}]}]}"#;

fn plot_rect(el: &HtmlElement) -> DomRect {
    find(el, "[data-ig=\"plot:0\"]").get_bounding_client_rect()
}

/// Client x of category `i` of `n` (bands of equal width, marks at their centres).
fn category_x(rect: &DomRect, i: usize, n: usize) -> f64 {
    rect.left() + rect.width() / n as f64 * (i as f64 + 0.5)
}

fn pointer(el: &HtmlElement, kind: &str, pointer_type: &str, x: f64, y: f64) {
    let init = PointerEventInit::new();
    init.set_bubbles(true);
    init.set_client_x(x as i32);
    init.set_client_y(y as i32);
    init.set_pointer_type(pointer_type);
    let event = PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
    // Dispatch on the canvas, as a real pointer over the chart would.
    find(el, "canvas").dispatch_event(&event).unwrap();
}

fn key(target: &HtmlElement, name: &str) {
    let init = KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_key(name);
    target
        .dispatch_event(
            &KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap(),
        )
        .unwrap();
}

fn tooltip(el: &HtmlElement) -> Option<String> {
    let tip = find(el, "[role=tooltip]");
    (tip.get_bounding_client_rect().height() > 0.0).then(|| tip.text_content().unwrap_or_default())
}

fn stats(chart: &Chart) -> (u32, u32) {
    let s = chart.stats();
    let get = |k: &str| Reflect::get(&s, &k.into()).unwrap().as_f64().unwrap() as u32;
    (get("renders"), get("overlayDraws"))
}

#[wasm_bindgen_test]
fn hovering_each_category_shows_its_values_and_leaving_hides_them() {
    let el = host(600);
    let chart = mount(&el, SPEC.into()).unwrap();
    let rect = plot_rect(&el);
    let y = rect.top() + rect.height() / 2.0;
    let expected = [
        ("2021", ["Alpha 1.5%", "Beta 2% (estimate)"]),
        ("2022", ["Alpha no data", "Beta 2.5% (estimate)"]),
        ("2023", ["Alpha 3.25%", "Beta 4% (estimate)"]),
    ];
    let (renders, _) = stats(&chart);
    for (i, (category, rows)) in expected.iter().enumerate() {
        pointer(&el, "pointermove", "mouse", category_x(&rect, i, 3), y);
        let text = tooltip(&el).expect("a visible tooltip");
        assert!(text.starts_with(category), "{text}");
        for row in rows {
            assert!(text.contains(row), "{text:?} lacks {row:?}");
        }
        assert_eq!(chart.tooltip_text().as_deref(), Some(text.as_str()));
    }
    assert_eq!(stats(&chart).0, renders, "hover never re-lays out the static layer");
    pointer(&el, "pointerleave", "mouse", 0.0, 0.0);
    assert_eq!(tooltip(&el), None, "leaving hides the tooltip");
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn the_tooltip_stays_inside_the_widget() {
    let el = host(360);
    let chart = mount(&el, SPEC.into()).unwrap();
    let rect = plot_rect(&el);
    pointer(&el, "pointermove", "mouse", category_x(&rect, 2, 3), rect.top() + 2.0);
    let tip = find(&el, "[role=tooltip]").get_bounding_client_rect();
    let widget = el.get_bounding_client_rect();
    assert!(
        tip.left() >= widget.left() - 0.5 && tip.right() <= widget.right() + 0.5,
        "inside horizontally"
    );
    assert!(tip.top() >= widget.top() - 0.5, "inside vertically");
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn a_tap_shows_the_tooltip_and_a_tap_elsewhere_hides_it() {
    let el = host(500);
    let chart = mount(&el, SPEC.into()).unwrap();
    let rect = plot_rect(&el);
    pointer(&el, "pointerdown", "touch", category_x(&rect, 1, 3), rect.top() + 10.0);
    assert!(tooltip(&el).is_some_and(|t| t.starts_with("2022")));
    // The finger lifts: browsers then send pointerleave too, which must not take the tooltip away.
    for kind in ["pointerup", "pointerout", "pointerleave"] {
        pointer(&el, kind, "touch", category_x(&rect, 1, 3), rect.top() + 10.0);
    }
    assert!(
        tooltip(&el).is_some_and(|t| t.starts_with("2022")),
        "the lifted finger hid the tooltip"
    );
    // A tap on the page outside the widget.
    let init = PointerEventInit::new();
    init.set_bubbles(true);
    init.set_pointer_type("touch");
    let outside = web_sys::window().unwrap().document().unwrap().body().unwrap();
    outside
        .dispatch_event(&PointerEvent::new_with_event_init_dict("pointerdown", &init).unwrap())
        .unwrap();
    assert_eq!(tooltip(&el), None);
    let canvas = find(&el, "canvas");
    assert_eq!(
        canvas.style().get_property_value("touch-action").unwrap(),
        "pan-y",
        "vertical scrolling stays"
    );
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn the_legend_hides_and_shows_a_series() {
    let el = host(600);
    let chart = mount(&el, SPEC.into()).unwrap();
    let canvas: HtmlCanvasElement = find(&el, "canvas").dyn_into().unwrap();
    let alpha = (0x00, 0x72, 0xB2);
    let before = count_pixels(&canvas, alpha, 9);
    let button = find(&el, "button[data-ig=\"legend:0:0\"]");
    assert_eq!(button.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(button.text_content().as_deref(), Some("Alpha"));
    button.click();
    let button = find(&el, "button[data-ig=\"legend:0:0\"]");
    assert_eq!(button.get_attribute("aria-pressed").as_deref(), Some("false"));
    let after = count_pixels(&canvas, alpha, 9);
    assert!(after * 4 < before, "Alpha's line is gone: {before} → {after} pixels");
    // The last visible series cannot be hidden.
    find(&el, "button[data-ig=\"legend:0:1\"]").click();
    assert_eq!(
        find(&el, "button[data-ig=\"legend:0:1\"]").get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    find(&el, "button[data-ig=\"legend:0:0\"]").click();
    assert_eq!(count_pixels(&canvas, alpha, 9), before, "shown again, drawn as before");
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn the_keyboard_walks_every_point_and_announces_it() {
    let el = host(600);
    let chart = mount(&el, SPEC.into()).unwrap();
    let target = find(&el, "[data-ig=\"plot:0\"]");
    assert_eq!(target.tab_index(), 0, "reachable with Tab");
    let live = find(&el, "[aria-live=polite]");
    target.focus().unwrap();
    // Across Alpha, down to Beta, back across: every point of the chart, in order.
    let mut heard = vec![live.text_content().unwrap()];
    for name in ["ArrowRight", "ArrowRight", "ArrowDown", "ArrowLeft", "ArrowLeft"] {
        key(&target, name);
        heard.push(live.text_content().unwrap());
    }
    assert_eq!(
        heard,
        vec![
            "2021, Alpha 1.5%",
            "2022, Alpha no data",
            "2023, Alpha 3.25%",
            "2023, Beta 4% (estimate)",
            "2022, Beta 2.5% (estimate)",
            "2021, Beta 2% (estimate)",
        ]
    );
    key(&target, "End");
    assert_eq!(live.text_content().unwrap(), "2023, Beta 4% (estimate)");
    key(&target, "Home");
    assert!(
        tooltip(&el).is_some_and(|t| t.starts_with("2021")),
        "the focused point has the same tooltip"
    );
    key(&target, "Escape");
    assert_eq!(tooltip(&el), None);
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn the_hidden_table_holds_every_value() {
    let el = host(600);
    let chart = mount(&el, SPEC.into()).unwrap();
    let table = find(&el, "table");
    let cells: Vec<String> = (0..table.query_selector_all("td, th").unwrap().length())
        .map(|i| {
            table.query_selector_all("td, th").unwrap().get(i).unwrap().text_content().unwrap()
        })
        .collect();
    for value in ["2021", "1.5%", "2%", "2022", "no data", "2.5%", "2023", "3.25%", "4%"] {
        assert!(cells.iter().any(|c| c.starts_with(value)), "{value} missing from {cells:?}");
    }
    let described = find(&el, "[data-ig=\"plot:0\"]").get_attribute("aria-describedby").unwrap();
    let summary =
        web_sys::window().unwrap().document().unwrap().get_element_by_id(&described).unwrap();
    assert!(
        summary.text_content().unwrap().contains("estimate"),
        "the summary says what is estimated"
    );
    chart.destroy();
    el.remove();
}

/// The computed `font-family` of `el`, without quotes or spaces (browsers normalise both).
fn family(el: &HtmlElement) -> String {
    let style = web_sys::window().unwrap().get_computed_style(el).unwrap().unwrap();
    let family = style.get_property_value("font-family").unwrap();
    family.chars().filter(|c| !matches!(c, '"' | '\'' | ' ')).collect()
}

#[wasm_bindgen_test]
fn the_widgets_own_text_is_set_in_the_canvas_typeface() {
    use infographic::model::theme::{CJK_FONTS, LATIN_FONTS};
    let bare = |stack: &str| stack.chars().filter(|c| !matches!(c, '\'' | ' ')).collect::<String>();
    let el = host(600);
    let chart = mount(&el, SPEC.into()).unwrap();
    // The tooltip, the download buttons and the hidden descriptions: the same family as the
    // drawing (which is also why laying out the descriptions reuses the glyphs it loaded).
    let parts = ["[role=tooltip]", "button[data-ig^=export]", "[role=group]", "table"];
    for selector in parts {
        assert_eq!(family(&find(&el, selector)), bare(LATIN_FONTS), "{selector}, English");
    }
    let chinese = SPEC.replace(r#""locale": "en""#, r#""locale": "zh-CN""#);
    chart.update(chinese.into()).unwrap();
    for selector in parts {
        assert_eq!(family(&find(&el, selector)), bare(CJK_FONTS), "{selector}, Chinese");
    }
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn twenty_resizes_in_one_frame_render_once() {
    let el = host(600);
    let chart = mount(&el, SPEC.into()).unwrap();
    next_frame().await;
    next_frame().await;
    let (before, _) = stats(&chart);
    for i in 0..20 {
        el.style().set_property("width", &format!("{}px", 400 + i * 10)).unwrap();
    }
    next_frame().await;
    next_frame().await;
    let (after, _) = stats(&chart);
    assert_eq!(after - before, 1, "one render for twenty width changes");
    let _ = JsValue::NULL;
    chart.destroy();
    el.remove();
}

/// The colour of the canvas pixel at CSS (x, y).
fn pixel(canvas: &HtmlCanvasElement, x: f64, y: f64) -> (u8, u8, u8) {
    let dpr = web_sys::window().unwrap().device_pixel_ratio();
    let ctx: CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let d = ctx.get_image_data((x * dpr).round(), (y * dpr).round(), 1.0, 1.0).unwrap().data();
    (d[0], d[1], d[2])
}

#[wasm_bindgen_test]
fn the_dark_theme_paints_a_dark_background_and_light_text() {
    let el = host(500);
    let dark = SPEC.replace(r#""locale": "en","#, r#""locale": "en", "theme": "dark","#);
    let chart = mount(&el, dark.into()).unwrap();
    let canvas: HtmlCanvasElement = find(&el, "canvas").dyn_into().unwrap();
    let (r, g, b) = pixel(&canvas, 496.0, 2.0); // top-right corner: background only
    assert!(u32::from(r) + u32::from(g) + u32::from(b) < 150, "dark background: {:?}", (r, g, b));
    chart
        .update(SPEC.replace(r#""locale": "en","#, r#""locale": "en", "theme": "light","#).into())
        .unwrap();
    assert_eq!(pixel(&canvas, 496.0, 2.0), (255, 255, 255), "light background");
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn a_widget_below_the_fold_renders_when_it_scrolls_near() {
    let doc = web_sys::window().unwrap().document().unwrap();
    let spacer: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    spacer.style().set_property("height", "5000px").unwrap();
    doc.body().unwrap().append_child(&spacer).unwrap();
    let el: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    el.style().set_property("width", "500px").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    let chart = mount(&el, SPEC.into()).unwrap();
    next_frame().await;
    next_frame().await;
    assert_eq!(stats(&chart).0, 0, "not rendered while far below the viewport");
    el.scroll_into_view();
    for _ in 0..10 {
        next_frame().await;
        if stats(&chart).0 > 0 {
            break;
        }
    }
    assert_eq!(stats(&chart).0, 1, "rendered once it came near");
    chart.destroy();
    el.remove();
    spacer.remove();
    web_sys::window().unwrap().scroll_to_with_x_and_y(0.0, 0.0);
}
