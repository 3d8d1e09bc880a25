//! The public JSON spec, version 1: its types, and parsing that reports every mistake with its JSON path.
//!
//! This module owns what an editor may write. It knows nothing of pixels, fonts or the browser.

mod decode;
mod diagnostic;
mod json;
pub mod messages;
mod suggest;
mod types;

pub use diagnostic::Diagnostic;
pub use json::Json;
pub use types::*;

/// Parses spec text (JSON). Every problem found is returned, each with its JSON path.
pub fn parse_str(text: &str) -> Result<Spec, Vec<Diagnostic>> {
    let value = json::parse_text(text).map_err(|d| vec![d])?;
    from_json(&value)
}

/// Decodes an already-parsed JSON value (from text, or from a JavaScript object in the browser).
pub fn from_json(value: &Json) -> Result<Spec, Vec<Diagnostic>> {
    decode::decode_spec(value)
}
