//! Our own JSON value, and turning spec text into one.
//!
//! Owns the [`Json`] tree; text becomes one through our own parser (`json_text::parse_text`), a JavaScript object
//! through `web::js_json`. It keeps what a typed deserializer would hide and `decode` must report:
//! duplicate keys (objects are a `Vec` in document order) and non-finite numbers (JS
//! `NaN`/`Infinity` stay `Number(NaN)` etc.).

use crate::decimal::shortest;
use std::rc::Rc;

/// How many arrays/objects may sit inside each other. Text reaching this depth is refused (the
/// 128th level, as serde_json refused it before our parser, so the broken corpus still holds); the
/// same guard keeps a deep JavaScript object from overflowing the wasm stack.
pub const MAX_DEPTH: usize = 128;
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    /// Keys in document order, duplicates included.
    Object(Vec<(String, Json)>),
    /// A JavaScript `Float64Array`/`Float32Array` (or a long plain array of numbers under a `values`
    /// key), copied into wasm memory in one call (never from text). Only series `values` accept it;
    /// `NaN` in it is a gap (there is no `null` in a typed array). Shared, so that the spec and the
    /// model can hold this very buffer instead of copies (see `spec::Values`).
    Numbers(Rc<[f64]>),
}

/// A number as JSON or JavaScript would print it: `2021`, `12.5`, `NaN`, `-Infinity`.
pub fn number_text(n: f64) -> String {
    if n.is_nan() {
        "NaN".to_owned()
    } else if n.is_infinite() {
        let sign = if n < 0.0 { "-" } else { "" };
        format!("{sign}Infinity")
    } else if n == 0.0 {
        // Rust prints -0.0 as "-0"; JavaScript as "0".
        "0".to_owned()
    } else {
        shortest(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_like_javascript() {
        assert_eq!(number_text(2021.0), "2021");
        assert_eq!(number_text(-0.0), "0");
        assert_eq!(number_text(12.5), "12.5");
        assert_eq!(number_text(f64::NAN), "NaN");
        assert_eq!(number_text(f64::INFINITY), "Infinity");
    }
}
