//! The browser binding (wasm32 only) and the ONLY module that names `web_sys`, `js_sys` or
//! `wasm_bindgen`. It turns JavaScript input into a `Spec`, sizes the canvas for the device pixel
//! ratio, hands the scene to plotters-canvas, shows errors in the DOM, and owns every listener.
//!
//! ```js
//! import init, { mount, validate } from "./pkg/infographic.js";
//! await init();
//! const chart = mount(element, spec);   // spec: object, JSON text, or nothing for the default story
//! chart.update(spec); chart.errors(); chart.destroy(); validate(spec);
//! ```

mod a11y;
mod alert;
mod dom;
mod error_box_style;
mod events;
mod exports;
mod guard;
mod input;
mod js_json;
mod later;
mod layers;
mod measure;
mod path_canvas;
mod reading;
mod targets;
mod tooltip;
mod widget;
pub use js_json::{DEFER_LABELS_FROM, DEFER_VALUES_FROM};
pub use widget::{LARGE_DATA_ABOVE, TEXT_IN_TASKS_ABOVE};

use crate::spec::Diagnostic;
use wasm_bindgen::prelude::*;
use widget::Widget;

#[wasm_bindgen(start)]
fn start() {
    guard::install_panic_hook();
}

/// A mounted widget. Every method is safe to call after `destroy()` (it then does nothing).
#[wasm_bindgen]
pub struct Chart {
    widget: widget::Shared,
}

/// Renders `spec` (an object, JSON text, or `undefined` for the embedded default story; `null` is an
/// error) into `element`. Never throws for a bad spec: the errors are shown inside `element` and
/// logged.
#[wasm_bindgen]
pub fn mount(element: &web_sys::Element, spec: JsValue) -> Result<Chart, JsValue> {
    let widget = Widget::mount(element)?;
    widget.with(|w| w.update(&spec))?;
    Ok(Chart { widget })
}

/// Checks a spec without rendering: `[]` or `[{ path, message, steps, span? }, …]` (`span` for
/// spec text only; see `spec::Diagnostic`).
#[wasm_bindgen]
pub fn validate(spec: JsValue) -> JsValue {
    let diagnostics = input::read_spec(&spec).err().unwrap_or_default();
    to_js(diagnostics.as_slice())
}

/// The pre-rendered embed snippet of spec `text` (what `infographic-cli embed` writes): a picture of
/// the chart per width band, its text for screen readers and the spec, for a page to paste; the
/// live widget adopts it. `base`: where that page finds infographic.css, embed.js and pkg/.
/// Throws the spec's problems (`[{ path, message, steps, span }]`, as `validate` lists them). In
/// the editor's module only (`--features editor`, www/pkg-editor/).
#[cfg(feature = "editor")]
#[wasm_bindgen(js_name = embedSnippet)]
pub fn embed_snippet(text: &str, base: &str) -> Result<String, JsValue> {
    let options = crate::snippet::Options { base: base.to_string() };
    crate::snippet::snippet(text, &options).map_err(|diagnostics| to_js(diagnostics.as_slice()))
}

#[wasm_bindgen]
impl Chart {
    /// Re-renders with a new spec (same rules as `mount`). Throws only if an internal error stopped
    /// this chart earlier.
    pub fn update(&self, spec: JsValue) -> Result<(), JsValue> {
        self.widget.with(|w| w.update(&spec))?;
        Ok(())
    }

    /// A promise that resolves once the spec given last is read and drawn — at once for most specs;
    /// a few tasks later for large data (rendered in stages), large JSON text, long category and
    /// values arrays (read in slices, so their `errors()` are known only then). Also resolves if a later `update` or `destroy()`
    /// supersedes that spec. Never rejects.
    pub fn ready(&self) -> js_sys::Promise {
        let widget = &self.widget;
        js_sys::Promise::new(&mut |resolve, _reject| {
            let waiting = widget.with(|w| {
                let busy = w.busy();
                if busy {
                    w.wait(resolve.clone());
                }
                busy
            });
            if !matches!(waiting, Ok(Some(true))) {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            }
        })
    }

    /// `[]` when the spec now shown is valid, else its `[{ path, message, steps, span? }, …]`, as
    /// `validate()` gives them.
    pub fn errors(&self) -> JsValue {
        match self.widget.with(|w| to_js(w.errors.as_slice())) {
            Ok(Some(errors)) => errors,
            Ok(None) => js_sys::Array::new().into(),
            Err(guard::Broken(message)) => {
                to_js(&[Diagnostic::new("", format!("internal error: {message}"))][..])
            }
        }
    }

    /// Removes every node, listener and observer this widget added. Idempotent.
    pub fn destroy(&self) {
        if self.widget.with(Widget::destroy).is_err() {
            // Stopped by a panic: its state is unusable, but its element can still go.
            self.widget.root.remove();
        }
    }

    /// `{ renders, overlayDraws, stagedTasks }`: how many times the static layer was laid out and
    /// painted, how many times the hover/focus overlay was redrawn, and how many tasks of a staged
    /// render (large data, see `LARGE_DATA_ABOVE`) have run. For tests and benchmarks.
    pub fn stats(&self) -> JsValue {
        to_js(&self.widget.with(|w| w.stats).ok().flatten().unwrap_or_default())
    }

    /// `[{ text, x, y, w, h }]`: every text run now drawn, with its box in CSS px as measured by the
    /// browser's fonts. For overlap tests; `[]` before the first render or when showing errors.
    #[wasm_bindgen(js_name = textBoxes)]
    pub fn text_boxes(&self) -> JsValue {
        to_js(&self.widget.with(|w| w.text_boxes()).ok().flatten().unwrap_or_default())
    }

    /// The widget as a PNG `data:` URL at 2× pixel ratio; `undefined` when nothing is shown.
    #[wasm_bindgen(js_name = exportPng)]
    pub fn export_png(&self) -> Result<Option<String>, JsValue> {
        self.widget.with(|w| w.export(targets::ExportKind::Png))?.unwrap_or(Ok(None))
    }

    /// The widget as SVG text, drawn from the same scene as the canvas.
    #[wasm_bindgen(js_name = exportSvg)]
    pub fn export_svg(&self) -> Result<Option<String>, JsValue> {
        self.widget.with(|w| w.export(targets::ExportKind::Svg))?.unwrap_or(Ok(None))
    }

    /// Every value as CSV: `chart,title,category,series,value,unit,derived`, one row per value.
    #[wasm_bindgen(js_name = exportCsv)]
    pub fn export_csv(&self) -> Result<Option<String>, JsValue> {
        self.widget.with(|w| w.export(targets::ExportKind::Csv))?.unwrap_or(Ok(None))
    }

    /// Panics inside this chart, to test that a bug stops only the chart it happens in. Not for use.
    #[doc(hidden)]
    #[wasm_bindgen(js_name = crashForTesting)]
    pub fn crash_for_testing(&self) -> Result<(), JsValue> {
        self.widget.with(|_| panic!("crash requested by crashForTesting()"))?;
        Ok(())
    }

    /// The tooltip's text while a point is focused or hovered, else `undefined`.
    #[wasm_bindgen(js_name = tooltipText)]
    pub fn tooltip_text(&self) -> Option<String> {
        self.widget.with(|w| w.tooltip_text()).ok().flatten().flatten()
    }
}

/// A value the API returns, as plain JavaScript objects and arrays (serde-wasm-bindgen: the shape
/// is the Rust type's `Serialize`, written once). Serializing our own types cannot fail.
fn to_js<T: serde::Serialize + ?Sized>(value: &T) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value.serialize(&serializer).unwrap_or(JsValue::UNDEFINED)
}
