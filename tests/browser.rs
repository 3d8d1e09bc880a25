//! The widget in a real browser (headless Chromium through wasm-bindgen-test): mount the default story
//! and read pixels back, show errors for a bad spec without throwing, recover on update, clean up on
//! destroy, and keep several widgets independent.
#![cfg(target_arch = "wasm32")]

use infographic::web::{mount, validate, Chart};
use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

mod support;

use support::{canvas_in, count_pixels, host, next_frame};

wasm_bindgen_test_configure!(run_in_browser);

fn alert_in(el: &HtmlElement) -> Option<HtmlElement> {
    el.query_selector("[role=alert]").unwrap().map(|e| e.dyn_into().unwrap())
}

fn visible(el: &HtmlElement) -> bool {
    el.get_bounding_client_rect().height() > 0.0
}

fn errors(chart: &Chart) -> Vec<(String, String)> {
    Array::from(&chart.errors())
        .iter()
        .map(|e| {
            let get = |k: &str| Reflect::get(&e, &k.into()).unwrap().as_string().unwrap();
            (get("path"), get("message"))
        })
        .collect()
}

const SERIES_BLUE: (u8, u8, u8) = (0x00, 0x72, 0xB2);
const TEXT: (u8, u8, u8) = (0x1A, 0x1A, 0x1A);

const BAD_SPEC: &str = r#"{"version": 1, "charts": [
  {"type": "line", "series": [{"name": "a", "values": [1, 2, 3, "abc"]}]}]}"#;

const GOOD_SPEC: &str = r#"{"version": 1, "title": "Good", "charts": [
  {"type": "bar", "x": {"categories": ["a", "b"]}, "series": [{"name": "s", "values": [3, 5]}]}]}"#;

#[wasm_bindgen_test]
fn default_story_fills_the_width_and_draws_crisply() {
    let el = host(640);
    let chart = mount(&el, JsValue::UNDEFINED).unwrap();
    let canvas = canvas_in(&el);
    let css = canvas.get_bounding_client_rect();
    let dpr = web_sys::window().unwrap().device_pixel_ratio();

    assert_eq!(css.width(), 640.0, "the widget fills its element's width");
    assert!(css.height() > 600.0, "height follows the content: {}", css.height());
    assert_eq!(
        canvas.width(),
        (css.width() * dpr).round() as u32,
        "backing store = CSS width × dpr"
    );
    assert_eq!(
        canvas.height(),
        (css.height() * dpr).round() as u32,
        "backing store = CSS height × dpr"
    );

    // The bars and the index line are drawn in the first palette colour; titles and numbers in text colour.
    let blue = count_pixels(&canvas, SERIES_BLUE, 8);
    assert!(blue > (2000.0 * dpr * dpr) as usize, "plot areas are not blank: {blue} series pixels");
    assert!(count_pixels(&canvas, TEXT, 16) > 1000, "text was drawn");
    assert_eq!(canvas.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        canvas.get_attribute("aria-label").as_deref(),
        Some("平远：改革再出发，成绩单上的关键数字")
    );
    assert!(errors(&chart).is_empty());
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn bad_spec_shows_an_alert_with_the_path_and_does_not_throw() {
    let el = host(500);
    let chart = mount(&el, BAD_SPEC.into()).expect("mount never throws for a bad spec");
    let alert = alert_in(&el).expect("an element with role=alert");
    assert!(visible(&alert));
    let text = alert.text_content().unwrap();
    assert!(text.contains("charts[0].series[0].values[3]"), "{text}");
    assert!(text.contains("expected a number or null, found \"abc\""), "{text}");
    assert!(
        !visible(&canvas_in(&el).unchecked_into()),
        "no stale or blank chart beside the errors"
    );
    assert_eq!(
        errors(&chart),
        vec![(
            "charts[0].series[0].values[3]".into(),
            "expected a number or null, found \"abc\"".into()
        )]
    );

    // A later good spec renders normally and clears the errors.
    chart.update(GOOD_SPEC.into()).unwrap();
    assert!(!visible(&alert_in(&el).unwrap()));
    let canvas = canvas_in(&el);
    assert!(visible(canvas.unchecked_ref()));
    assert!(count_pixels(&canvas, SERIES_BLUE, 8) > 500, "the good spec's bars are drawn");
    assert!(errors(&chart).is_empty());
    chart.destroy();
    el.remove();
}

/// Only a missing argument means the default story: `null` (a CMS whose fetch returned nothing) is an
/// error naming what was expected, from `mount`, `update` and `validate` alike.
#[wasm_bindgen_test]
fn a_null_spec_is_an_error_not_the_default_story() {
    const NOT_A_SPEC: &str =
        "expected a spec object or JSON text, found null (leave the argument out for the default story)";
    let el = host(500);
    let chart = mount(&el, JsValue::NULL).expect("mount never throws for a bad spec");
    let alert = alert_in(&el).expect("an element with role=alert");
    assert!(visible(&alert));
    assert!(
        alert.text_content().unwrap().contains(NOT_A_SPEC),
        "{}",
        alert.text_content().unwrap()
    );
    assert!(!visible(&canvas_in(&el).unchecked_into()), "no chart beside the error");
    assert_eq!(errors(&chart), vec![(String::new(), NOT_A_SPEC.to_string())]);

    chart.update(GOOD_SPEC.into()).unwrap();
    assert!(errors(&chart).is_empty());
    chart.update(JsValue::NULL).unwrap();
    assert_eq!(errors(&chart), vec![(String::new(), NOT_A_SPEC.to_string())]);
    assert!(!visible(&canvas_in(&el).unchecked_into()), "the earlier chart is not left standing");
    let checked = Array::from(&validate(JsValue::NULL));
    assert_eq!(checked.length(), 1);
    let message = Reflect::get(&checked.get(0), &"message".into()).unwrap().as_string();
    assert_eq!(message.as_deref(), Some(NOT_A_SPEC));
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn many_errors_are_summarised_and_all_returned() {
    let el = host(500);
    let values: Vec<String> = (0..8).map(|i| format!("\"x{i}\"")).collect();
    let spec = format!(
        r#"{{"version": 1, "charts": [{{"type": "line", "series": [{{"name": "a", "values": [{}]}}]}}]}}"#,
        values.join(",")
    );
    let chart = mount(&el, spec.into()).unwrap();
    assert_eq!(errors(&chart).len(), 8);
    let alert = alert_in(&el).unwrap();
    assert_eq!(alert.query_selector_all("li").unwrap().length(), 5, "at most five shown");
    assert!(alert.text_content().unwrap().contains("另有 3 处错误"));
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn object_specs_with_non_finite_numbers_are_reported_not_drawn_as_gaps() {
    let el = host(400);
    let spec = js_sys::JSON::parse(GOOD_SPEC).unwrap();
    // (Array::from would copy; unchecked_into views the same JS array.)
    let charts: Array = Reflect::get(&spec, &"charts".into()).unwrap().unchecked_into();
    let series: Array = Reflect::get(&charts.get(0), &"series".into()).unwrap().unchecked_into();
    let values: Array = Reflect::get(&series.get(0), &"values".into()).unwrap().unchecked_into();
    values.set(1, JsValue::from_f64(f64::NAN));
    let chart = mount(&el, spec).unwrap();
    assert_eq!(
        errors(&chart),
        vec![(
            "charts[0].series[0].values[1]".into(),
            "expected a finite number, found NaN".into()
        )]
    );
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn destroy_leaves_the_element_empty_and_later_calls_are_harmless() {
    let el = host(400);
    let chart = mount(&el, JsValue::UNDEFINED).unwrap();
    assert_eq!(el.child_element_count(), 1);
    chart.destroy();
    assert_eq!(el.child_element_count(), 0);
    assert_eq!(el.inner_html(), "");
    chart.destroy();
    chart.update(GOOD_SPEC.into()).unwrap();
    assert_eq!(el.child_element_count(), 0, "a destroyed widget does not come back");
    el.remove();
}

#[wasm_bindgen_test]
fn widgets_on_one_page_are_independent() {
    let (a, b) = (host(400), host(400));
    let first = mount(&a, JsValue::UNDEFINED).unwrap();
    let second = mount(&b, GOOD_SPEC.into()).unwrap();
    second.update(BAD_SPEC.into()).unwrap();
    assert!(alert_in(&b).is_some_and(|e| visible(&e)));
    assert!(!visible(&alert_in(&a).unwrap()), "the first widget shows no error");
    assert!(count_pixels(&canvas_in(&a), SERIES_BLUE, 8) > 500, "and is still drawn");
    first.destroy();
    assert_eq!(b.child_element_count(), 1, "destroying one leaves the other");
    second.destroy();
    a.remove();
    b.remove();
}

#[wasm_bindgen_test]
fn validate_returns_diagnostics_without_rendering() {
    assert_eq!(Array::from(&validate(GOOD_SPEC.into())).length(), 0);
    assert_eq!(
        Array::from(&validate(JsValue::UNDEFINED)).length(),
        0,
        "the default story is valid"
    );
    let found = Array::from(&validate(BAD_SPEC.into()));
    assert_eq!(found.length(), 1);
    let path = Reflect::get(&found.get(0), &"path".into()).unwrap();
    assert_eq!(path.as_string().as_deref(), Some("charts[0].series[0].values[3]"));
    let not_a_spec = Array::from(&validate(JsValue::from_f64(3.0)));
    assert_eq!(not_a_spec.length(), 1);
}

#[wasm_bindgen_test]
async fn follows_its_container_when_the_width_changes() {
    let el = host(1000);
    let chart = mount(&el, JsValue::UNDEFINED).unwrap();
    let canvas = canvas_in(&el);
    let tall = canvas.get_bounding_client_rect().height();
    el.style().set_property("width", "360px").unwrap();
    next_frame().await;
    next_frame().await;
    let css = canvas.get_bounding_client_rect();
    assert_eq!(css.width(), 360.0, "re-laid out at the new width");
    assert!(
        css.height() > tall,
        "on a phone the charts stack in one column: {} vs {tall}",
        css.height()
    );
    let dpr = web_sys::window().unwrap().device_pixel_ratio();
    assert_eq!(canvas.width(), (360.0 * dpr).round() as u32);
    chart.destroy();
    el.remove();
}
