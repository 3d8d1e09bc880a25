//! DOM event listeners owned by values: dropping an `EventListener` removes it from its target, so a
//! widget's `destroy()` (or drop) leaves nothing subscribed behind.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, EventTarget};

pub struct EventListener {
    target: EventTarget,
    kind: &'static str,
    callback: Closure<dyn FnMut(Event)>,
}

impl EventListener {
    pub fn new(
        target: &EventTarget,
        kind: &'static str,
        handler: impl FnMut(Event) + 'static,
    ) -> Result<EventListener, JsValue> {
        let callback = Closure::<dyn FnMut(Event)>::new(handler);
        target.add_event_listener_with_callback(kind, callback.as_ref().unchecked_ref())?;
        Ok(EventListener { target: target.clone(), kind, callback })
    }
}

impl Drop for EventListener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.kind, self.callback.as_ref().unchecked_ref());
    }
}
