//! Our own JSON value, and turning spec text into one.
//!
//! Owns the [`Json`] tree and its `serde::Deserialize` impl, so the same tree comes from text
//! (`serde_json`); a JavaScript object is walked into it by `web::js_json`. It keeps what a typed
//! deserializer would hide and `decode` must report: duplicate keys (objects are a `Vec` in document
//! order) and non-finite numbers (JS `NaN`/`Infinity` stay `Number(NaN)` etc.).

use super::{messages, Diagnostic};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;
use std::rc::Rc;

/// How many arrays/objects may sit inside each other. serde_json refuses text beyond this depth on
/// its own; the same guard here keeps a deep JavaScript object from overflowing the wasm stack.
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

/// Parses spec text. Any syntax error becomes one document-level diagnostic (empty path) that
/// names the line and column.
pub fn parse_text(text: &str) -> Result<Json, Diagnostic> {
    // Windows editors like to save a byte-order mark; it is not a syntax error worth reporting.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Diagnostic::new("", messages::empty_text()));
    }
    serde_json::from_str(text).map_err(|e| Diagnostic::new("", syntax_message(&e)))
}

fn syntax_message(error: &serde_json::Error) -> String {
    let full = error.to_string();
    // serde_json appends the position to its description; we place it ourselves, up front.
    let position = format!(" at line {} column {}", error.line(), error.column());
    let detail = full.strip_suffix(&position).unwrap_or(&full);
    // serde_json says "column 0" when the text ends right after a newline; editors count from 1.
    messages::invalid_json(error.line(), error.column().max(1), detail)
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

impl<'de> serde::Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Depth(MAX_DEPTH).deserialize(deserializer)
    }
}

/// Deserializes one value with `.0` more levels of nesting allowed below it.
#[derive(Clone, Copy)]
struct Depth(usize);

impl Depth {
    fn enter<E: de::Error>(self) -> Result<Depth, E> {
        match self.0.checked_sub(1) {
            Some(left) => Ok(Depth(left)),
            None => Err(E::custom(messages::nested_too_deeply(MAX_DEPTH))),
        }
    }
}

impl<'de> DeserializeSeed<'de> for Depth {
    type Value = Json;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Depth {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Json, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<Json, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }

    // Integers beyond 2^53 lose precision as f64, exactly as they would in JavaScript.
    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }

    fn visit_i128<E>(self, v: i128) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }

    fn visit_u128<E>(self, v: u128) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Json, E> {
        Ok(Json::Number(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::String(v))
    }

    /// A JS `Uint8Array` arrives as bytes; it reads naturally as an array of numbers.
    fn visit_bytes<E>(self, v: &[u8]) -> Result<Json, E> {
        Ok(Json::Array(v.iter().map(|&b| Json::Number(f64::from(b))).collect()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let inner = self.enter()?;
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(item) = seq.next_element_seed(inner)? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let inner = self.enter()?;
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(1024));
        while let Some(key) = map.next_key::<String>()? {
            entries.push((key, map.next_value_seed(inner)?));
        }
        Ok(Json::Object(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        // Our own guard must never be stricter than serde_json, or text that parses in one place
        // would fail in the other.
        let deep = format!("{}{}", "[".repeat(127), "]".repeat(127));
        assert!(parse_text(&deep).is_ok());
        let deeper = format!("{}{}", "[".repeat(129), "]".repeat(129));
        let message = parse_text(&deeper).map(|_| ()).unwrap_err().message;
        assert!(message.contains("nested too deeply"), "{message}");
    }

    #[test]
    fn depth_guard_stops_other_deserializers() {
        // serde's own value deserializer has no depth limit, like serde_wasm_bindgen.
        use serde::de::value::{Error, SeqDeserializer};
        let empty: Vec<u8> = Vec::new();
        let shallow = Depth(0).deserialize(SeqDeserializer::<_, Error>::new(empty.into_iter()));
        assert!(shallow.is_err());
        let ok = Depth(1).deserialize(SeqDeserializer::<_, Error>::new(vec![1u8].into_iter()));
        assert_eq!(ok.ok(), Some(Json::Array(vec![Json::Number(1.0)])));
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
