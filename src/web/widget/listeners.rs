//! Observers the widget subscribes to, owned by one struct whose `Drop` disconnects them
//! (the wasm-bindgen `closures` example's pattern; `Closure::forget` would leak).
//!
//! - A ResizeObserver watches a zero-height "sizer" at the top of the widget. Its size changes with
//!   the widget's width and, observed as `device-pixel-content-box`, with the device pixel ratio (zoom,
//!   another screen) — but never because we re-render, so rendering inside the callback cannot start
//!   a resize loop. ResizeObserver delivers at most once per frame: that is the coalescing.
//! - An IntersectionObserver tells when a widget below the fold comes near the viewport, so a page
//!   with many widgets only renders what is about to be seen.
//! - `(prefers-color-scheme: dark)` switches the "auto" theme live.
//! - `(resolution: Ndppx)` catches pixel-ratio changes that some engines do not report through the
//!   ResizeObserver (Chromium under device emulation, Safari): when it stops matching, the widget
//!   re-renders and the query is re-armed for the new ratio.
//!
//! The ResizeObserver's callback holds the widget *strongly*, as a DOM listener keeps its target
//! alive: a page that drops the `Chart` handle returned by `mount` still gets a chart that follows its
//! container. The cycle (widget → listeners → callback → widget) is broken by `destroy()`.

use super::Widget;
use crate::decimal::Shortest;
use crate::web::dom::window;
use crate::web::events::EventListener;
use crate::web::guard::Guarded;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    HtmlElement, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit,
    MediaQueryList, ResizeObserver, ResizeObserverBoxOptions, ResizeObserverOptions,
};

/// How far below (or above) the viewport a widget starts rendering.
pub const NEAR_VIEWPORT: &str = "300px 0px";

/// An IntersectionObserver and the callback it calls (kept alive as long as the observer).
type Intersection = (IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>);

pub struct Listeners {
    _dpr: Option<DprWatch>,
    resize: ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
    intersection: Option<Intersection>,
    _color_scheme: Option<EventListener>,
}

impl Listeners {
    pub fn attach(
        widget: Rc<Guarded<Widget>>,
        sizer: &HtmlElement,
        root: &HtmlElement,
        dark_query: Option<&MediaQueryList>,
    ) -> Result<Listeners, JsValue> {
        let weak = Rc::downgrade(&widget);
        let weak_for_dpr = weak.clone();
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            let _ = widget.with(Widget::on_resize);
        });
        let resize = ResizeObserver::new(on_resize.as_ref().unchecked_ref())?;
        if device_pixel_box_supported() {
            let options = ResizeObserverOptions::new();
            options.set_box(ResizeObserverBoxOptions::DevicePixelContentBox);
            resize.observe_with_options(sizer, &options);
        } else {
            // Safari: width changes only; a ratio change is picked up at the next resize.
            resize.observe(sizer);
        }

        let intersection = {
            let weak = weak.clone();
            let callback =
                Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    let near = entries.iter().any(|e| {
                        e.dyn_into::<IntersectionObserverEntry>().is_ok_and(|e| e.is_intersecting())
                    });
                    if let (true, Some(widget)) = (near, weak.upgrade()) {
                        let _ = widget.with(Widget::on_near_viewport);
                    }
                });
            let init = IntersectionObserverInit::new();
            init.set_root_margin(NEAR_VIEWPORT);
            match IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init) {
                Ok(observer) => {
                    observer.observe(root);
                    Some((observer, callback))
                }
                Err(_) => None, // very old browsers: the widget renders at once instead
            }
        };

        let color_scheme = match dark_query {
            Some(query) => Some(EventListener::new(query, "change", move |_| {
                if let Some(widget) = weak.upgrade() {
                    let _ = widget.with(Widget::on_color_scheme);
                }
            })?),
            None => None,
        };
        let dpr = DprWatch::new(weak_for_dpr);
        Ok(Listeners {
            _dpr: dpr,
            resize,
            _on_resize: on_resize,
            intersection,
            _color_scheme: color_scheme,
        })
    }

    /// Stops watching for the viewport once the widget has rendered for the first time.
    pub fn stop_watching_viewport(&self) {
        if let Some((observer, _)) = &self.intersection {
            observer.disconnect();
        }
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

/// `(prefers-color-scheme: dark)`, when the browser can answer.
pub fn dark_query() -> Option<MediaQueryList> {
    window().ok()?.match_media("(prefers-color-scheme: dark)").ok().flatten()
}

/// One persistent callback, moved from one `(resolution: Ndppx)` query to the next as the ratio changes
/// (re-arming inside the callback never drops the closure that is running).
struct DprWatch {
    query: Rc<RefCell<Option<MediaQueryList>>>,
    function: Rc<RefCell<Option<js_sys::Function>>>,
    _callback: Closure<dyn FnMut()>,
}

impl DprWatch {
    fn new(widget: std::rc::Weak<Guarded<Widget>>) -> Option<DprWatch> {
        let query = Rc::new(RefCell::new(None));
        let function: Rc<RefCell<Option<js_sys::Function>>> = Rc::new(RefCell::new(None));
        let callback = {
            let (query, function) = (Rc::clone(&query), Rc::clone(&function));
            Closure::<dyn FnMut()>::new(move || {
                if let Some(widget) = widget.upgrade() {
                    let _ = widget.with(Widget::on_resize);
                }
                if let Some(f) = function.borrow().as_ref() {
                    arm(&query, f);
                }
            })
        };
        let f: js_sys::Function = callback.as_ref().unchecked_ref::<js_sys::Function>().clone();
        arm(&query, &f);
        query.borrow().as_ref()?;
        *function.borrow_mut() = Some(f);
        Some(DprWatch { query, function, _callback: callback })
    }
}

/// Subscribes `f` to a query matching the current pixel ratio, unsubscribing it from the previous one.
fn arm(slot: &RefCell<Option<MediaQueryList>>, f: &js_sys::Function) {
    if let Some(old) = slot.borrow_mut().take() {
        let _ = old.remove_event_listener_with_callback("change", f);
    }
    let ratio = crate::web::dom::device_pixel_ratio();
    let Ok(Some(query)) =
        window().and_then(|w| w.match_media(&format!("(resolution: {}dppx)", Shortest(ratio))))
    else {
        return;
    };
    if query.add_event_listener_with_callback("change", f).is_ok() {
        *slot.borrow_mut() = Some(query);
    }
}

impl Drop for DprWatch {
    fn drop(&mut self) {
        if let (Some(query), Some(f)) =
            (self.query.borrow_mut().take(), self.function.borrow_mut().take())
        {
            let _ = query.remove_event_listener_with_callback("change", &f);
        }
    }
}

impl Drop for Listeners {
    fn drop(&mut self) {
        self.resize.disconnect();
        if let Some((observer, _)) = &self.intersection {
            observer.disconnect();
        }
    }
}
