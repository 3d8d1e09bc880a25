//! The reference for our JSON text parser: serde_json with the visitor `spec::json` used before
//! `spec::json_text` replaced it, serde_json's error text and position reworded by the same
//! `messages::invalid_json`. Shared by the `json_text` fuzz target and `tests/json_text.rs`
//! (which includes this file by path).

use infographic::spec::{messages, Diagnostic, Json};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// What `spec::parse_json` returned when it went through serde_json.
pub fn reference(text: &str) -> Result<Json, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Diagnostic::new("", messages::empty_text()));
    }
    serde_json::from_str::<Reference>(text).map(|r| r.0).map_err(|error| {
        let full = error.to_string();
        let position = format!(" at line {} column {}", error.line(), error.column());
        let detail = full.strip_suffix(&position).unwrap_or(&full);
        Diagnostic::new("", messages::invalid_json(error.line(), error.column().max(1), detail))
    })
}

/// Whether two results are the same, numbers bit for bit (`-0` is not `0`).
pub fn same(a: &Result<Json, Diagnostic>, b: &Result<Json, Diagnostic>) -> bool {
    match (a, b) {
        (Ok(a), Ok(b)) => same_json(a, b),
        (Err(a), Err(b)) => a == b,
        _ => false,
    }
}

fn same_json(a: &Json, b: &Json) -> bool {
    match (a, b) {
        (Json::Number(a), Json::Number(b)) => a.to_bits() == b.to_bits(),
        (Json::Array(a), Json::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same_json(a, b))
        }
        (Json::Object(a), Json::Object(b)) => {
            a.len() == b.len()
                && a.iter().zip(b).all(|((ka, va), (kb, vb))| ka == kb && same_json(va, vb))
        }
        _ => a == b,
    }
}

struct Reference(Json);

impl<'de> serde::Deserialize<'de> for Reference {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Depth(128).deserialize(deserializer).map(Reference)
    }
}

/// Deserializes one value with `.0` more levels of nesting allowed below it (serde_json's own
/// limit, one level shallower, always struck first).
#[derive(Clone, Copy)]
struct Depth(usize);

impl Depth {
    fn enter<E: de::Error>(self) -> Result<Depth, E> {
        match self.0.checked_sub(1) {
            Some(left) => Ok(Depth(left)),
            None => Err(E::custom(messages::nested_too_deeply(128))),
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

    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
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

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let inner = self.enter()?;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(inner)? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let inner = self.enter()?;
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            entries.push((key, map.next_value_seed(inner)?));
        }
        Ok(Json::Object(entries))
    }
}
