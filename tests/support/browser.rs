//! Helpers of the browser test files (`support::host`, …): a host element, finding an element, the
//! canvas, counting pixels of a colour. wasm32 only.

use infographic::layout::Bounds;
use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement};

/// A host element of a given CSS width at the top of the page (so it is in view: widgets far below
/// the fold wait until they scroll near).
pub fn host(width: u32) -> HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    el.style().set_property("width", &format!("{width}px")).unwrap();
    doc.body().unwrap().prepend_with_node_1(&el).unwrap();
    el
}

pub fn find(el: &HtmlElement, selector: &str) -> HtmlElement {
    el.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap()
}

pub fn canvas_in(el: &HtmlElement) -> HtmlCanvasElement {
    find(el, "canvas").dyn_into().unwrap()
}

/// Opaque pixels within `tolerance` (per channel) of `rgb`, over the whole backing store.
pub fn count_pixels(canvas: &HtmlCanvasElement, rgb: (u8, u8, u8), tolerance: i32) -> usize {
    let ctx: CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let data =
        ctx.get_image_data(0.0, 0.0, canvas.width() as f64, canvas.height() as f64).unwrap().data();
    data.chunks_exact(4)
        .filter(|p| {
            (p[0] as i32 - rgb.0 as i32).abs() <= tolerance
                && (p[1] as i32 - rgb.1 as i32).abs() <= tolerance
                && (p[2] as i32 - rgb.2 as i32).abs() <= tolerance
                && p[3] == 255
        })
        .count()
}

/// Resolves after the next animation frame (ResizeObserver callbacks run before it paints).
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The boxes `textBoxes()` reports (CSS px, in this browser's fonts), with their text.
pub fn text_boxes(value: &JsValue) -> Vec<(String, Bounds)> {
    let num = |b: &JsValue, k: &str| Reflect::get(b, &k.into()).unwrap().as_f64().unwrap();
    Array::from(value)
        .iter()
        .map(|b| {
            let text = Reflect::get(&b, &"text".into()).unwrap().as_string().unwrap();
            (text, Bounds { x: num(&b, "x"), y: num(&b, "y"), w: num(&b, "w"), h: num(&b, "h") })
        })
        .collect()
}
