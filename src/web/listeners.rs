//! Everything the widget subscribes to, owned by one struct whose `Drop` unsubscribes it all
//! (the wasm-bindgen `closures` example's pattern; `Closure::forget` would leak).
//!
//! - a ResizeObserver on the widget's root: a width change schedules one render per animation frame;
//! - a `(resolution: Ndppx)` media query: a devicePixelRatio change (zoom, another screen) schedules one
//!   too, and the query is re-armed for the new ratio by `rewatch_dpr`.

use super::dom::{device_pixel_ratio, window};
use super::widget::Widget;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, MediaQueryList, ResizeObserver};

pub struct Listeners {
    observer: ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
    frame: Rc<Frame>,
    dpr: Option<DprWatch>,
}

/// One pending requestAnimationFrame at most: many resize notifications become one render.
struct Frame {
    callback: Closure<dyn FnMut()>,
    pending: Cell<Option<i32>>,
}

struct DprWatch {
    query: MediaQueryList,
    on_change: Closure<dyn FnMut()>,
    ratio: f64,
}

impl Frame {
    fn schedule(&self) {
        if self.pending.get().is_some() {
            return;
        }
        if let Ok(window) = window() {
            if let Ok(id) = window.request_animation_frame(self.callback.as_ref().unchecked_ref()) {
                self.pending.set(Some(id));
            }
        }
    }
}

impl Listeners {
    pub fn attach(widget: Weak<RefCell<Widget>>, root: &HtmlElement) -> Result<Listeners, JsValue> {
        let frame = Rc::new_cyclic(|me: &Weak<Frame>| {
            let me = me.clone();
            let widget = widget.clone();
            Frame {
                callback: Closure::new(move || {
                    if let Some(frame) = me.upgrade() {
                        frame.pending.set(None);
                    }
                    if let Some(widget) = widget.upgrade() {
                        Widget::on_frame(&widget);
                    }
                }),
                pending: Cell::new(None),
            }
        });
        let on_resize = {
            let frame = Rc::downgrade(&frame);
            Closure::<dyn FnMut()>::new(move || {
                if let Some(frame) = frame.upgrade() {
                    frame.schedule();
                }
            })
        };
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref())?;
        observer.observe(root);
        let mut listeners = Listeners {
            observer,
            _on_resize: on_resize,
            frame,
            dpr: None,
        };
        listeners.rewatch_dpr();
        Ok(listeners)
    }

    /// Arms the media query for the current ratio, unless it is already armed for it.
    pub fn rewatch_dpr(&mut self) {
        let ratio = device_pixel_ratio();
        if self.dpr.as_ref().is_some_and(|w| w.ratio == ratio) {
            return;
        }
        self.dpr = None; // drops (and unsubscribes) the old watch first
        let Ok(window) = window() else { return };
        let Ok(Some(query)) = window.match_media(&format!("(resolution: {ratio}dppx)")) else {
            return;
        };
        let frame = Rc::downgrade(&self.frame);
        let on_change = Closure::<dyn FnMut()>::new(move || {
            if let Some(frame) = frame.upgrade() {
                frame.schedule();
            }
        });
        if query
            .add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref())
            .is_ok()
        {
            self.dpr = Some(DprWatch {
                query,
                on_change,
                ratio,
            });
        }
    }
}

impl Drop for DprWatch {
    fn drop(&mut self) {
        let _ = self
            .query
            .remove_event_listener_with_callback("change", self.on_change.as_ref().unchecked_ref());
    }
}

impl Drop for Listeners {
    fn drop(&mut self) {
        self.observer.disconnect();
        if let (Some(id), Ok(window)) = (self.frame.pending.take(), window()) {
            let _ = window.cancel_animation_frame(id);
        }
    }
}
