//! Panic containment. On `wasm32-unknown-unknown` a Rust panic cannot unwind: it aborts the call with
//! a trap. The module instance survives, but the widget that was running is left half-updated (its
//! `RefCell` still borrowed). So:
//!
//! - every entry into a widget goes through [`Guarded::with`], which records the widget as *current*;
//! - our panic hook (installed at start) logs the panic, marks the current widget broken, and replaces
//!   that widget's content with a short error box — before the trap;
//! - later calls on a broken widget return a clean error (and its listeners do nothing), while every
//!   other widget on the page, with its own state, keeps working.

use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;

thread_local! {
    /// (id, root) of the widgets being run, innermost last.
    static CURRENT: RefCell<Vec<(u32, HtmlElement)>> = const { RefCell::new(Vec::new()) };
    /// Widgets stopped by a panic, with the panic's message.
    static BROKEN: RefCell<HashMap<u32, String>> = RefCell::new(HashMap::new());
}

/// A widget and what the panic hook needs to know of it without borrowing it.
/// Generic over what is guarded, so that guarding needs nothing of the widget (one instance: the
/// widget's).
pub struct Guarded<T> {
    pub id: u32,
    pub root: HtmlElement,
    cell: RefCell<T>,
}

/// A call on a widget that an earlier panic stopped.
#[derive(Debug)]
pub struct Broken(pub String);

impl From<Broken> for JsValue {
    fn from(b: Broken) -> JsValue {
        js_sys::Error::new(&format!(
            "infographic: this chart stopped after an internal error ({})",
            b.0
        ))
        .into()
    }
}

impl<T> Guarded<T> {
    pub fn new(id: u32, root: HtmlElement, widget: T) -> Guarded<T> {
        Guarded { id, root, cell: RefCell::new(widget) }
    }

    pub fn broken(&self) -> Option<String> {
        BROKEN.with(|b| b.borrow().get(&self.id).cloned())
    }

    /// Runs `f` on the widget. `Ok(None)` when the widget is already busy further up the stack (a DOM
    /// call inside our own work fired an event synchronously): that work covers it.
    pub fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> Result<Option<R>, Broken> {
        if let Some(message) = self.broken() {
            return Err(Broken(message));
        }
        let Ok(mut widget) = self.cell.try_borrow_mut() else { return Ok(None) };
        CURRENT.with(|c| c.borrow_mut().push((self.id, self.root.clone())));
        let result = f(&mut widget);
        CURRENT.with(|c| c.borrow_mut().pop());
        Ok(Some(result))
    }
}

/// Installed once at start: logs the panic with its stack (console_error_panic_hook), then stops the
/// widget that was running and says so inside it.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let message = match info.payload().downcast_ref::<&str>() {
            Some(s) => (*s).to_string(),
            None => {
                info.payload().downcast_ref::<String>().cloned().unwrap_or_else(|| "panic".into())
            }
        };
        let Some((id, root)) = CURRENT.with(|c| c.borrow().last().cloned()) else { return };
        BROKEN.with(|b| b.borrow_mut().insert(id, message));
        let _ = show_internal_error(&root);
    }));
}

/// Replaces the widget's content with a short, bilingual error box (the locale may be unknowable).
fn show_internal_error(root: &HtmlElement) -> Result<(), JsValue> {
    let doc = super::dom::document()?;
    root.set_text_content(None);
    let alert = super::alert::create_alert(&doc)?;
    alert.set_text_content(Some(
        "图表内部出错，已停止显示；页面上的其他图表不受影响。 \
         This chart hit an internal error and stopped; other charts on the page are unaffected.",
    ));
    root.append_child(&alert)?;
    Ok(())
}
