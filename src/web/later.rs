//! One deferred call on a widget, in a task of its own after the current one, cancelled by dropping
//! it (so an `update`, a resize or `destroy()` in between leaves nothing to run on stale data, and no
//! callback ever reaches a dropped closure: the timer is cleared before the closure goes).
//!
//! The widget uses it to split the work on large data into stages, a task each (reading a long text,
//! the model, the drawing, the description, the table's rows; see `widget::LARGE_DATA_ABOVE`), so
//! the page can paint and take input in between.

use super::dom::window;
use super::guard::Guarded;
use std::rc::Weak;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub struct Later {
    handle: i32,
    _callback: Closure<dyn FnMut()>,
}

impl Later {
    /// Calls `run` on the widget in a later task, if the widget still exists then. Generic over what
    /// is guarded so this module needs no widget (one instance, for `Widget`).
    pub fn schedule<T: 'static>(
        widget: Weak<Guarded<T>>,
        run: fn(&mut T),
    ) -> Result<Later, JsValue> {
        let callback = Closure::<dyn FnMut()>::new(move || {
            if let Some(widget) = widget.upgrade() {
                let _ = widget.with(run);
            }
        });
        let handle = window()?.set_timeout_with_callback(callback.as_ref().unchecked_ref())?;
        Ok(Later { handle, _callback: callback })
    }
}

impl Drop for Later {
    fn drop(&mut self) {
        // Clearing a timer that has already fired is a no-op.
        if let Ok(window) = window() {
            window.clear_timeout_with_handle(self.handle);
        }
    }
}
