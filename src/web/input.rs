//! JavaScript value → Spec. Accepts JSON text, a plain object (walked into our `Json` by `js_json`,
//! which keeps NaN/Infinity so they are reported instead of silently becoming gaps, and copies a
//! `Float64Array`/`Float32Array` of `values` in one call), or nothing (`undefined`, a missing
//! argument) for the embedded default story. `null` is an error: a CMS whose fetch returned null must
//! not show an unrelated article's chart.

use crate::spec::story::PINGYUAN_JSON;
use crate::spec::{self, messages, Diagnostic, Json, Spec};
use wasm_bindgen::JsValue;

/// A read spec, checked: the spec or its errors, with the locale it asked for.
pub use crate::job::Checked as Input;

pub fn read_spec(value: &JsValue) -> Result<Spec, Vec<Diagnostic>> {
    read(value).spec
}

pub fn read(value: &JsValue) -> Input {
    let json = if value.is_undefined() {
        spec::parse_json(PINGYUAN_JSON)
    } else if value.is_null() {
        Err(Diagnostic::new("", messages::not_a_spec("null")))
    } else if let Some(text) = value.as_string() {
        return from_text(&text, spec::parse_json(&text));
    } else if value.is_object() {
        super::js_json::to_json(value)
    } else {
        let found = value.js_typeof().as_string().unwrap_or_default();
        Err(Diagnostic::new("", messages::not_a_spec(&["a ", &found].concat())))
    };
    decode(json)
}

/// [`decode`] for a spec parsed from `text`: its errors are placed in the text (`spec::locate`).
pub fn from_text(text: &str, json: Result<Json, Diagnostic>) -> Input {
    locate(text, decode(json))
}

/// Sets the span of every error of `input` in `text`, the spec text it was read from.
pub fn locate(text: &str, mut input: Input) -> Input {
    if let Err(diagnostics) = &mut input.spec {
        spec::locate(text, diagnostics);
    }
    input
}

/// A parsed (or unparsable) spec → the checked spec, or its errors with the locale it asked for.
pub fn decode(json: Result<Json, Diagnostic>) -> Input {
    crate::job::check(json).0
}
