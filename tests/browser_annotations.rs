//! Annotations drawn by a real browser (headless Chromium and Firefox): the band's light grey
//! behind the data, the dashed reference line across the plot at its value, the labels where the
//! widget reports them and clear of every other text, the dark theme's colours, and the summary
//! sentence a screen reader hears.
#![cfg(target_arch = "wasm32")]

use infographic::web::mount;
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    CanvasRenderingContext2d, DomRect, HtmlCanvasElement, HtmlElement, PointerEvent,
    PointerEventInit,
};

mod support;

use support::{canvas_in, find, host};

wasm_bindgen_test_configure!(run_in_browser);

/// Bars at 40–60 %; a target band at 70–90 % and a ceiling at 95 % above them (the axis must reach
/// them), and the highest bar marked.
const SPEC: &str = r#"{"version": 1, "charts": [
  {"type": "bar", "title": "达标情况",
   "x": {"categories": ["甲", "乙", "丙"]}, "y": {"unit": "%"},
   "series": [{"name": "达标率", "values": [40, 60, 50]}],
   "annotations": [
     {"type": "range", "y": [70, 90], "label": "目标区间"},
     {"type": "line", "y": 95, "label": "上限"},
     {"type": "point", "x": "乙", "label": "最高"}]}]}"#;

fn with_theme(text: &str, theme: &str) -> wasm_bindgen::JsValue {
    let spec = JSON::parse(text).unwrap();
    Reflect::set(&spec, &"theme".into(), &theme.into()).unwrap();
    spec
}

fn without_annotations(text: &str) -> String {
    let spec = JSON::parse(text).unwrap();
    let chart = Reflect::get(&Reflect::get(&spec, &"charts".into()).unwrap(), &0.into()).unwrap();
    Reflect::delete_property(chart.unchecked_ref::<js_sys::Object>(), &"annotations".into())
        .unwrap();
    JSON::stringify(&spec).unwrap().as_string().unwrap()
}

/// The plot area in canvas pixels: left, top, width, height; and the pixel ratio.
fn plot_in_canvas(el: &HtmlElement, canvas: &HtmlCanvasElement) -> (f64, f64, f64, f64, f64) {
    let css: DomRect = canvas.get_bounding_client_rect();
    let plot = find(el, "[data-ig=\"plot:0\"]").get_bounding_client_rect();
    let dpr = f64::from(canvas.width()) / css.width();
    (
        (plot.left() - css.left()) * dpr,
        (plot.top() - css.top()) * dpr,
        plot.width() * dpr,
        plot.height() * dpr,
        dpr,
    )
}

fn pixel(canvas: &HtmlCanvasElement, x: f64, y: f64) -> (u8, u8, u8) {
    let ctx: CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let d = ctx.get_image_data(x.round(), y.round(), 1.0, 1.0).unwrap().data();
    (d[0], d[1], d[2])
}

fn close(a: (u8, u8, u8), b: (u8, u8, u8), tolerance: i32) -> bool {
    (i32::from(a.0) - i32::from(b.0)).abs() <= tolerance
        && (i32::from(a.1) - i32::from(b.1)).abs() <= tolerance
        && (i32::from(a.2) - i32::from(b.2)).abs() <= tolerance
}

/// Pixels of one canvas row within the plot that are clearly darker than the background.
fn dark_pixels_in_row(canvas: &HtmlCanvasElement, left: f64, width: f64, y: f64) -> usize {
    let ctx: CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let data = ctx.get_image_data(left.round(), y.round(), width.round(), 1.0).unwrap().data();
    data.chunks_exact(4).filter(|p| p[0] < 200 && p[3] == 255).count()
}

type TextBox = (String, f64, f64, f64, f64);

fn text_boxes(chart: &infographic::web::Chart) -> Vec<TextBox> {
    Array::from(&chart.text_boxes())
        .iter()
        .map(|b| {
            let n = |k: &str| Reflect::get(&b, &k.into()).unwrap().as_f64().unwrap();
            let text = Reflect::get(&b, &"text".into()).unwrap().as_string().unwrap();
            (text, n("x"), n("y"), n("w"), n("h"))
        })
        .collect()
}

/// The y scale as the axis shows it: from the y tick labels ("0%", "20%", …), each centred on its
/// value, to a function from value to canvas px.
fn y_scale(chart: &infographic::web::Chart, dpr: f64) -> impl Fn(f64) -> f64 {
    let ticks: Vec<(f64, f64)> = text_boxes(chart)
        .into_iter()
        .filter_map(|(text, _, y, _, h)| {
            text.strip_suffix('%')?.parse::<f64>().ok().map(|v| (v, (y + h / 2.0) * dpr))
        })
        .collect();
    let lowest = ticks.iter().copied().min_by(|a, b| a.0.total_cmp(&b.0)).unwrap();
    let highest = ticks.iter().copied().max_by(|a, b| a.0.total_cmp(&b.0)).unwrap();
    assert!(highest.0 >= 95.0, "the axis reaches the ceiling at 95%: {ticks:?}");
    move |v| lowest.1 + (v - lowest.0) / (highest.0 - lowest.0) * (highest.1 - lowest.1)
}

#[wasm_bindgen_test]
fn bands_and_reference_lines_are_drawn_at_their_values() {
    let el = host(600);
    let chart = mount(&el, with_theme(SPEC, "light")).unwrap();
    let canvas = canvas_in(&el);
    let (left, _, width, _, dpr) = plot_in_canvas(&el, &canvas);
    let y_of = y_scale(&chart, dpr);
    // Left of the first bar, inside the band at 75 % (clear of the gridlines): light grey.
    let band = pixel(&canvas, left + 1.5 * dpr, y_of(75.0));
    assert!(close(band, (239, 239, 239), 3), "band pixel {band:?}");
    // Below the band, the same column is the white background.
    let outside = pixel(&canvas, left + 1.5 * dpr, y_of(65.0));
    assert!(close(outside, (255, 255, 255), 1), "outside the band {outside:?}");
    // The dashed line at 95 % covers about 4/7 of the plot's width in one of the rows it touches.
    let y = y_of(95.0);
    let dashed = [y - 1.0, y, y + 1.0]
        .iter()
        .map(|&row| dark_pixels_in_row(&canvas, left, width, row))
        .max()
        .unwrap();
    assert!(
        dashed as f64 > width * 0.35 && (dashed as f64) < width * 0.9,
        "{dashed} dark pixels of {width} at the reference line"
    );
    chart.destroy();

    // Without annotations: no band, no line (and the axis ends lower, at the data).
    let plain = mount(&el, with_theme(&without_annotations(SPEC), "light")).unwrap();
    let canvas = canvas_in(&el);
    let (left, top, _, height, dpr) = plot_in_canvas(&el, &canvas);
    let band_area = (top + height * 0.1, top + height * 0.9);
    for k in 0..=8 {
        let y = band_area.0 + (band_area.1 - band_area.0) * f64::from(k) / 8.0;
        let spot = pixel(&canvas, left + 1.5 * dpr, y);
        assert!(!close(spot, (239, 239, 239), 3), "{spot:?} at {y}");
    }
    plain.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn dark_bands_are_a_lighter_charcoal() {
    let el = host(600);
    let chart = mount(&el, with_theme(SPEC, "dark")).unwrap();
    let canvas = canvas_in(&el);
    let (left, _, _, _, dpr) = plot_in_canvas(&el, &canvas);
    let y_of = y_scale(&chart, dpr);
    let band = pixel(&canvas, left + 1.5 * dpr, y_of(75.0));
    let background = pixel(&canvas, left + 1.5 * dpr, y_of(65.0));
    assert!(close(background, (0x16, 0x18, 0x1C), 1), "background {background:?}");
    assert!(close(band, (37, 39, 42), 3), "band pixel {band:?}");
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn labels_are_drawn_clear_of_other_text_and_read_out() {
    for width in [320, 768, 1400] {
        let el = host(width);
        let chart = mount(&el, with_theme(SPEC, "light")).unwrap();
        let boxes = text_boxes(&chart);
        let plot = find(&el, "[data-ig=\"plot:0\"]").get_bounding_client_rect();
        let canvas = canvas_in(&el).get_bounding_client_rect();
        for label in ["目标区间", "上限", "最高"] {
            let (_, x, y, w, h) = boxes
                .iter()
                .find(|b| b.0 == label)
                .unwrap_or_else(|| panic!("@{width}: no {label:?}"))
                .clone();
            let (px, py) = (plot.left() - canvas.left(), plot.top() - canvas.top());
            assert!(
                x >= px - 0.5
                    && x + w <= px + plot.width() + 0.5
                    && y >= py - 0.5
                    && y + h <= py + plot.height() + 0.5,
                "@{width}: {label:?} leaves the plot"
            );
            for other in boxes.iter().filter(|b| b.0 != label) {
                let apart = x + w <= other.1 + 0.01
                    || other.1 + other.3 <= x + 0.01
                    || y + h <= other.2 + 0.01
                    || other.2 + other.4 <= y + 0.01;
                assert!(apart, "@{width}: {label:?} overlaps {:?}", other.0);
            }
        }
        let summary = el.text_content().unwrap_or_default();
        assert!(summary.contains("参考线：上限 95%。"), "{summary}");
        assert!(summary.contains("阴影区间：目标区间（70%至90%）。"), "{summary}");
        assert!(summary.contains("标注（乙，60%）：最高。"), "{summary}");
        chart.destroy();
        el.remove();
    }
}

#[wasm_bindgen_test]
fn hovering_a_marked_category_shows_the_label_in_the_tooltip() {
    let el = host(600);
    let chart = mount(&el, with_theme(SPEC, "light")).unwrap();
    let plot = find(&el, "[data-ig=\"plot:0\"]").get_bounding_client_rect();
    let hover = |i: f64| {
        let init = PointerEventInit::new();
        init.set_bubbles(true);
        init.set_client_x((plot.left() + plot.width() / 3.0 * (i + 0.5)) as i32);
        init.set_client_y((plot.top() + plot.height() / 2.0) as i32);
        init.set_pointer_type("mouse");
        let event = PointerEvent::new_with_event_init_dict("pointermove", &init).unwrap();
        find(&el, "canvas").dispatch_event(&event).unwrap();
        find(&el, "[role=tooltip]").text_content().unwrap_or_default()
    };
    let marked = hover(1.0);
    assert!(marked.starts_with('乙') && marked.ends_with("最高"), "{marked:?}");
    let plain = hover(0.0);
    assert!(plain.starts_with('甲') && !plain.contains("最高"), "{plain:?}");
    chart.destroy();
    el.remove();
}
