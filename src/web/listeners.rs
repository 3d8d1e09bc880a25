//! Everything the widget subscribes to, owned by one struct whose `Drop` unsubscribes it
//! (the wasm-bindgen `closures` example's pattern; `Closure::forget` would leak).
//!
//! One ResizeObserver watches a zero-height "sizer" at the top of the widget. Its size changes with
//! the widget's width and, observed as `device-pixel-content-box`, with the device pixel ratio
//! (zoom, moving to another screen) — but never because we re-render, so rendering right inside the
//! callback cannot start a resize loop. ResizeObserver already delivers at most once per frame: that
//! is the coalescing.
//!
//! The observer's callback holds the widget *strongly*, as a DOM listener keeps its target alive: a
//! page that drops the `Chart` handle returned by `mount` still gets a chart that follows its
//! container. The cycle (widget → listeners → callback → widget) is broken by `destroy()`.

use super::widget::Widget;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ResizeObserver, ResizeObserverBoxOptions, ResizeObserverOptions};

pub struct Listeners {
    observer: ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
}

impl Listeners {
    pub fn attach(widget: Rc<RefCell<Widget>>, sizer: &HtmlElement) -> Result<Listeners, JsValue> {
        let on_resize = Closure::<dyn FnMut()>::new(move || Widget::on_resize(&widget));
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref())?;
        if device_pixel_box_supported() {
            let options = ResizeObserverOptions::new();
            options.set_box(ResizeObserverBoxOptions::DevicePixelContentBox);
            observer.observe_with_options(sizer, &options);
        } else {
            // Safari: width changes only; a ratio change is picked up at the next resize.
            observer.observe(sizer);
        }
        Ok(Listeners { observer, _on_resize: on_resize })
    }
}

/// Passing an unknown box option throws, so ask first (Chromium and Firefox have it; Safari not yet).
fn device_pixel_box_supported() -> bool {
    let global = js_sys::global();
    js_sys::Reflect::get(&global, &"ResizeObserverEntry".into())
        .ok()
        .filter(|ctor| !ctor.is_undefined())
        .and_then(|ctor| js_sys::Reflect::get(&ctor, &"prototype".into()).ok())
        .is_some_and(|proto| {
            js_sys::Reflect::has(&proto, &"devicePixelContentBoxSize".into()).unwrap_or(false)
        })
}

impl Drop for Listeners {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
