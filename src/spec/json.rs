//! Our own JSON value, and turning spec text into one.
//!
//! Owns the [`Json`] tree; text becomes one through our own parser (`json_text`), a JavaScript object
//! through `web::js_json`. It keeps what a typed deserializer would hide and `decode` must report:
//! duplicate keys (objects are a `Vec` in document order) and non-finite numbers (JS
//! `NaN`/`Infinity` stay `Number(NaN)` etc.).

use super::json_text::TextParser;
use super::Diagnostic;
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

/// Parses spec text in one go. Any syntax error becomes one document-level diagnostic (empty path)
/// that names the line and column. A byte-order mark is skipped; empty text is explained.
pub fn parse_text(text: &str) -> Result<Json, Diagnostic> {
    let mut parser = TextParser::new(text);
    loop {
        if let Some(result) = parser.step(usize::MAX) {
            return result;
        }
    }
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
        n.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::messages;

    #[test]
    fn keeps_duplicate_keys_in_order() {
        let json = parse_text(r#"{"b": 1, "a": 2, "b": 3}"#);
        let expected = Json::Object(vec![
            ("b".into(), Json::Number(1.0)),
            ("a".into(), Json::Number(2.0)),
            ("b".into(), Json::Number(3.0)),
        ]);
        assert_eq!(json, Ok(expected));
    }

    #[test]
    fn reads_every_kind_of_value() {
        let json = parse_text(r#"[null, true, -3, 18446744073709551615, 0.5, "s", [], {}]"#);
        let expected = Json::Array(vec![
            Json::Null,
            Json::Bool(true),
            Json::Number(-3.0),
            Json::Number(u64::MAX as f64),
            Json::Number(0.5),
            Json::String("s".into()),
            Json::Array(vec![]),
            Json::Object(vec![]),
        ]);
        assert_eq!(json, Ok(expected));
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let error = parse_text("{\n  \"a\": 1\n  \"b\": 2}").map(|_| ());
        let message = "invalid JSON at line 3, column 3: expected `,` or `}`";
        assert_eq!(error, Err(Diagnostic::new("", message)));
    }

    #[test]
    fn empty_text_is_explained() {
        assert_eq!(
            parse_text(" \n\t").map(|_| ()),
            Err(Diagnostic::new("", messages::empty_text()))
        );
    }

    #[test]
    fn byte_order_mark_is_ignored() {
        assert_eq!(parse_text("\u{feff}null"), Ok(Json::Null));
    }

    #[test]
    fn depth_guard_matches_serde_json() {
        // The same depth as serde_json allowed, so text that parsed before still parses.
        let deep = format!("{}{}", "[".repeat(127), "]".repeat(127));
        assert!(parse_text(&deep).is_ok());
        let deeper = format!("{}{}", "[".repeat(128), "]".repeat(128));
        let message = parse_text(&deeper).map(|_| ()).unwrap_err().message;
        assert!(message.contains("nested too deeply"), "{message}");
    }

    #[test]
    fn numbers_print_like_javascript() {
        assert_eq!(number_text(2021.0), "2021");
        assert_eq!(number_text(-0.0), "0");
        assert_eq!(number_text(12.5), "12.5");
        assert_eq!(number_text(f64::NAN), "NaN");
        assert_eq!(number_text(f64::INFINITY), "Infinity");
    }
}
