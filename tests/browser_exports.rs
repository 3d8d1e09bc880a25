//! Downloads in a real browser: the PNG decodes at 2× the widget's size, the SVG carries the title, the
//! CSV equals the core's and round-trips, the buttons are reachable, and `"exports": false` hides them.
#![cfg(target_arch = "wasm32")]

use infographic::model::export::to_csv;
use infographic::spec::parse_str;
use infographic::web::mount;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlImageElement};

mod support;

use support::host;

wasm_bindgen_test_configure!(run_in_browser);

const SPEC: &str = r#"{"version": 1, "title": "Exports: a test", "locale": "en", "charts": [
  {"type": "bar", "x": {"categories": ["a", "b", "c"]},
   "series": [{"name": "s", "values": [1.5, null, 3]}]}]}"#;

async fn decode(url: &str) -> HtmlImageElement {
    let img = HtmlImageElement::new().unwrap();
    img.set_src(url);
    wasm_bindgen_futures::JsFuture::from(img.decode()).await.expect("the PNG decodes");
    img
}

#[wasm_bindgen_test]
async fn png_is_twice_the_widget_size() {
    let el = host(480);
    let chart = mount(&el, SPEC.into()).unwrap();
    let url = chart.export_png().unwrap().expect("a PNG");
    assert!(url.starts_with("data:image/png;base64,"));
    let img = decode(&url).await;
    let canvas = el.query_selector("canvas").unwrap().unwrap().get_bounding_client_rect();
    assert_eq!(img.natural_width(), (canvas.width() * 2.0).round() as u32);
    assert_eq!(img.natural_height(), (canvas.height() * 2.0).round() as u32);
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn svg_and_csv_come_from_the_same_chart() {
    let el = host(480);
    let chart = mount(&el, SPEC.into()).unwrap();
    let svg = chart.export_svg().unwrap().expect("an SVG");
    assert!(
        svg.contains("<svg") && svg.contains("Exports: a test"),
        "{}",
        &svg[..200.min(svg.len())]
    );
    let csv = chart.export_csv().unwrap().expect("a CSV");
    assert_eq!(csv, to_csv(&parse_str(SPEC).unwrap()));
    let values: Vec<&str> = csv.lines().skip(1).map(|l| l.split(',').nth(4).unwrap()).collect();
    assert_eq!(values, ["1.5", "", "3"]);
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn the_buttons_are_there_unless_the_spec_turns_them_off() {
    let el = host(480);
    let chart = mount(&el, SPEC.into()).unwrap();
    let buttons = el.query_selector_all("button[data-ig^=\"export:\"]").unwrap();
    assert_eq!(buttons.length(), 3);
    let png: HtmlElement = buttons.get(0).unwrap().dyn_into().unwrap();
    assert_eq!(png.get_attribute("aria-label").as_deref(), Some("Download as PNG image"));
    assert!(png.get_bounding_client_rect().height() > 0.0, "visible");
    chart
        .update(
            SPEC.replace("\"locale\": \"en\",", "\"locale\": \"en\", \"exports\": false,").into(),
        )
        .unwrap();
    let png = el.query_selector("button[data-ig=\"export:png\"]").unwrap();
    assert!(
        png.is_none_or(|b| b.get_bounding_client_rect().height() == 0.0),
        "hidden when turned off"
    );
    chart.update(JsValue::from_str("{\"version\": 1}")).unwrap();
    assert_eq!(chart.export_svg().unwrap(), None, "nothing to export while showing errors");
    chart.destroy();
    el.remove();
}

/// "rgb(r, g, b)" / "rgba(r, g, b, a)" as computed by the browser → (r, g, b, a).
fn rgba(css: &str) -> (f64, f64, f64, f64) {
    let inner = css.split_once('(').and_then(|(_, rest)| rest.strip_suffix(')')).unwrap_or("");
    let parts: Vec<f64> = inner.split(',').map(|p| p.trim().parse().unwrap_or(0.0)).collect();
    (parts[0], parts[1], parts[2], parts.get(3).copied().unwrap_or(1.0))
}

fn luminance((r, g, b, _): (f64, f64, f64, f64)) -> f64 {
    let lin = |c: f64| {
        let c = c / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

#[wasm_bindgen_test]
fn a_dark_widget_on_a_light_page_keeps_its_buttons_readable() {
    let el = host(480);
    el.style().set_property("background", "rgb(255, 255, 255)").unwrap();
    let spec = SPEC.replacen(r#""locale": "en","#, r#""locale": "en", "theme": "dark","#, 1);
    let chart = mount(&el, spec.into()).unwrap();
    let button: HtmlElement =
        el.query_selector("button[data-ig=\"export:png\"]").unwrap().unwrap().dyn_into().unwrap();
    let bar = button.parent_element().unwrap();
    let window = web_sys::window().unwrap();
    let computed = |e: &web_sys::Element, property: &str| {
        window.get_computed_style(e).unwrap().unwrap().get_property_value(property).unwrap()
    };
    let ground = rgba(&computed(&bar, "background-color"));
    assert_eq!(ground.3, 1.0, "the bar has the widget's own (opaque) ground: {ground:?}");
    assert!(luminance(ground) < 0.05, "dark theme, dark ground: {ground:?}");
    let text = rgba(&computed(&button, "color"));
    let (hi, lo) = (luminance(text).max(luminance(ground)), luminance(text).min(luminance(ground)));
    let contrast = (hi + 0.05) / (lo + 0.05);
    assert!(contrast >= 4.5, "button text {text:?} on {ground:?}: contrast {contrast:.2}");
    chart.destroy();
    el.remove();
}
