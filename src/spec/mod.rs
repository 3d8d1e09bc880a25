//! The public JSON spec, version 1: its types, and parsing that reports every mistake with its JSON path.
//!
//! This module owns what an editor may write. It knows nothing of pixels, fonts or the browser.

mod annotation;
mod decode;
mod diagnostic;
pub(crate) mod digits;
pub(crate) mod json;
mod json_text;
pub mod limits;
mod locale;
mod locate;
pub mod messages;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
#[cfg(not(target_arch = "wasm32"))]
mod schema_parts;
mod size;
mod statements;
pub mod story;
mod suggest;
pub(crate) mod time;
pub(crate) mod timeline_date;
mod types;
mod values;

pub use annotation::*;
pub use diagnostic::{Covers, Diagnostic, Span, Step, Target};
pub use json::Json;
pub use json_text::TextParser;
pub use locale::Locale;
pub use locate::locate;
pub use statements::*;
pub use types::*;
pub use values::Values;

/// Parses spec text (JSON). Every problem found is returned, each with its JSON path and its
/// place in `text` (see [`locate`]).
pub fn parse_str(text: &str) -> Result<Spec, Vec<Diagnostic>> {
    parse_json(text).map_err(|d| vec![d]).and_then(|value| from_json(&value)).map_err(|mut d| {
        locate(text, &mut d);
        d
    })
}

/// Parses JSON text into our `Json` value (syntax errors only; nothing is checked against the spec).
/// In one go; to parse a large text a slice per task, check its size the same way and drive a
/// [`TextParser`].
pub fn parse_json(text: &str) -> Result<Json, Diagnostic> {
    // Limits: a text over the size limit is refused before any parsing work (see `limits`).
    if text.len() > limits::MAX_SPEC_BYTES {
        return Err(Diagnostic::new(
            "",
            messages::spec_too_large(text.len(), limits::MAX_SPEC_BYTES),
        ));
    }
    json_text::parse_text(text)
}

/// The locale a (possibly broken) spec asks for, so that even its error box speaks the editor's language.
pub fn locale_hint(value: &Json) -> Locale {
    match value {
        Json::Object(fields) => fields
            .iter()
            .find(|(key, _)| key == "locale")
            .and_then(|(_, v)| match v {
                Json::String(name) => Locale::from_name(name),
                _ => None,
            })
            .unwrap_or_default(),
        _ => Locale::default(),
    }
}

/// Decodes an already-parsed JSON value (from text, or from a JavaScript object in the browser).
pub fn from_json(value: &Json) -> Result<Spec, Vec<Diagnostic>> {
    decode::decode_spec(value)
}
