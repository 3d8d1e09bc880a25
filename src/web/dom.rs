//! Small DOM helpers. Styles go through the CSSOM (`style.setProperty`), never a `style` attribute or a
//! `<style>` element, so the widget works under a strict Content-Security-Policy (`style-src 'self'`).
//! Text goes through `textContent`, never HTML.

use crate::decimal::Shortest;
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

/// The "visually hidden" pattern: out of sight, still read by screen readers.
pub fn visually_hidden(el: &HtmlElement) {
    set_styles(
        el,
        &[
            ("position", "absolute"),
            ("width", "1px"),
            ("height", "1px"),
            ("margin", "-1px"),
            ("padding", "0"),
            ("border", "0"),
            ("overflow", "hidden"),
            ("clip", "rect(0 0 0 0)"),
            ("clip-path", "inset(50%)"),
            ("white-space", "nowrap"),
        ],
    );
}

/// Positions an absolutely placed element over a box of the scene (CSS px from the widget's corner).
pub fn place(el: &HtmlElement, x: f64, y: f64, w: f64, h: f64) {
    set_styles(
        el,
        &[
            ("position", "absolute"),
            ("left", &format!("{}px", Shortest(x))),
            ("top", &format!("{}px", Shortest(y))),
            ("width", &format!("{}px", Shortest(w))),
            ("height", &format!("{}px", Shortest(h))),
        ],
    );
}

thread_local! {
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

/// A page-unique number for one widget: its id prefix ("infographic-3") for aria-describedby and
/// friends, and its key in the panic guard.
pub fn next_number() -> u32 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    })
}
