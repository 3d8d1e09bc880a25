//! The JSON Schema of spec v1, generated from the types in `types.rs` (native builds only).
//!
//! Editors use it for completion, hover help and squiggles; `tests/schema.rs` keeps the committed
//! copy (`www/schema/infographic-v1.schema.json`) equal to [`schema_json`] and checks that it agrees
//! with the decoder on the demo specs and the test fixtures.
//!
//! The schema says what the decoder accepts, as far as JSON Schema can. It cannot say that a
//! series has exactly as many values as `x.categories` has entries, or that a key appears only once
//! in an object; the decoder checks both.

use super::Spec;
use schemars::generate::SchemaSettings;
use schemars::transform::{RecursiveTransform, RestrictFormats};
use schemars::{Schema, SchemaGenerator};
use serde_json::{Map, Value};

/// The schema's `$id`: a name, not an address (the schema is served with the page, wherever that is).
pub const SCHEMA_ID: &str = "urn:infographic:spec:v1";

/// The schema as a JSON value (draft 2020-12).
pub fn schema() -> Value {
    let settings = SchemaSettings::draft2020_12()
        .with_transform(RestrictFormats::default())
        .with_transform(RecursiveTransform(unwrap_description));
    let mut schema = SchemaGenerator::new(settings).into_root_schema_for::<Spec>();
    schema.insert("$id".to_owned(), SCHEMA_ID.into());
    schema.insert("title".to_owned(), "Infographic spec, version 1".into());
    let mut value = schema.to_value();
    // "$schema" is allowed at the root (editors use it to find this schema); it is not a Spec field.
    if let Some(properties) = value.get_mut("properties").and_then(Value::as_object_mut) {
        properties.insert(
            "$schema".to_owned(),
            serde_json::json!({
                "description": "The address of this schema, for editors that read it from the file. Ignored by the widget.",
                "type": "string"
            }),
        );
    }
    value
}

/// The schema as pretty JSON text with a stable key order and a trailing newline: what
/// `www/schema/infographic-v1.schema.json` holds.
pub fn schema_json() -> String {
    let mut out = String::new();
    write_value(&mut out, &schema(), 0, false);
    out.push('\n');
    out
}

/// Doc comments arrive with the line breaks of the source; editors show them as hover text, where
/// only paragraph breaks belong.
fn unwrap_description(schema: &mut Schema) {
    if let Some(Value::String(text)) = schema.get_mut("description") {
        let paragraphs: Vec<String> = text
            .split("\n\n")
            .map(|p| p.split('\n').map(str::trim).collect::<Vec<_>>().join(" "))
            .collect();
        *text = paragraphs.join("\n\n");
    }
}

// ---------------------------------------------------------------------------------------------
// Pretty printing in a fixed key order

/// Keywords first in this order, then any others alphabetically; the names inside `properties` and
/// `$defs` are field and type names, sorted alphabetically.
const KEYWORD_ORDER: [&str; 22] = [
    "$schema",
    "$id",
    "title",
    "description",
    "$ref",
    "type",
    "const",
    "enum",
    "default",
    "pattern",
    "minimum",
    "minItems",
    "items",
    "properties",
    "required",
    "additionalProperties",
    "oneOf",
    "anyOf",
    "allOf",
    "if",
    "then",
    "$defs",
];

fn sorted_keys(map: &Map<String, Value>, names: bool) -> Vec<&String> {
    let mut keys: Vec<&String> = map.keys().collect();
    let rank = |k: &str| {
        if names {
            0
        } else {
            KEYWORD_ORDER.iter().position(|&kw| kw == k).unwrap_or(KEYWORD_ORDER.len())
        }
    };
    keys.sort_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| a.cmp(b)));
    keys
}

fn write_value(out: &mut String, value: &Value, indent: usize, names: bool) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            out.push('{');
            let keys = sorted_keys(map, names);
            for (i, key) in keys.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                push_indent(out, indent + 1);
                out.push_str(&Value::String((*key).clone()).to_string());
                out.push_str(": ");
                let holds_names =
                    !names && (key.as_str() == "properties" || key.as_str() == "$defs");
                write_value(out, &map[key.as_str()], indent + 1, holds_names);
            }
            out.push('\n');
            push_indent(out, indent);
            out.push('}');
        }
        Value::Array(items) if !items.is_empty() => {
            // Short arrays of plain values (`"type": ["string", "null"]`) stay on one line.
            if items.iter().all(|v| !v.is_object() && !v.is_array()) {
                let items: Vec<String> = items.iter().map(Value::to_string).collect();
                out.push_str(&format!("[{}]", items.join(", ")));
                return;
            }
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                push_indent(out, indent + 1);
                write_value(out, item, indent + 1, false);
            }
            out.push('\n');
            push_indent(out, indent);
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

fn push_indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push_str("  ");
    }
}
