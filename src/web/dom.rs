//! Small DOM helpers. Styles go through the CSSOM (`style.setProperty`), never a `style` attribute or a
//! `<style>` element, so the widget works under a strict Content-Security-Policy (`style-src 'self'`).
//! Text goes through `textContent`, never HTML.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, HtmlElement};

pub fn window() -> Result<web_sys::Window, JsValue> {
    web_sys::window()
        .ok_or_else(|| JsValue::from_str("infographic: no window (not running in a page)"))
}

pub fn document() -> Result<Document, JsValue> {
    window()?.document().ok_or_else(|| JsValue::from_str("infographic: no document"))
}

pub fn create<T: JsCast>(doc: &Document, tag: &str) -> Result<T, JsValue> {
    doc.create_element(tag)?
        .dyn_into::<T>()
        .map_err(|_| JsValue::from_str("infographic: unexpected element type"))
}

pub fn set_styles(el: &HtmlElement, styles: &[(&str, &str)]) {
    let style = el.style();
    for (name, value) in styles {
        // setProperty only fails for read-only declarations, which element styles are not.
        let _ = style.set_property(name, value);
    }
}

pub fn show(el: &HtmlElement, visible: bool) {
    let style = el.style();
    let _ = if visible {
        style.remove_property("display").map(|_| ())
    } else {
        style.set_property("display", "none")
    };
}

/// `devicePixelRatio`, sanitised: browsers report 0 in some detached/headless states.
pub fn device_pixel_ratio() -> f64 {
    let dpr = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    if dpr.is_finite() && dpr > 0.0 {
        dpr.min(8.0)
    } else {
        1.0
    }
}
