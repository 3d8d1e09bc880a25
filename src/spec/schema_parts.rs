//! The parts of the spec's JSON Schema the derive cannot infer from the Rust types, named in the
//! `schemars` attributes of `types.rs`, `annotation.rs` and `statements.rs` (native builds only);
//! `schema.rs` puts the whole schema together from those types.

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::{json, Value};
use std::borrow::Cow;

/// `version`: the number 1 (1.0 is the same number).
pub(super) fn version(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "const": 1 })
}

/// `exports` defaults to true.
pub(super) fn yes() -> bool {
    true
}

/// An entry of `x.categories`: text, or a number (years typed as `2021`), which the decoder turns
/// into text.
pub(super) struct Category;

impl JsonSchema for Category {
    fn schema_name() -> Cow<'static, str> {
        "Category".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": ["string", "number"] })
    }
}

/// `highlight`: one category label, or an array of them.
pub(super) struct OneOrMany;

impl JsonSchema for OneOrMany {
    fn schema_name() -> Cow<'static, str> {
        "OneOrMany".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "anyOf": [
            { "type": "string" },
            { "type": "array", "items": { "type": "string" }, "minItems": 1 }
        ] })
    }
}

/// Turns the derived `oneOf` of [`Chart`](super::Chart) (one alternative per `"type"`) into
/// `"type"` as an enum plus one `if "type" is …, then …` per kind. Both accept the same charts,
/// but with `oneOf` a mistake inside a chart is reported as "not valid under any of the given
/// schemas" on the whole chart; with `if`/`then` it is reported where it is, and editors complete
/// the fields of the chosen type only.
pub(super) fn chart_by_type(schema: &mut Schema) {
    let Some(Value::Array(variants)) = schema.remove("oneOf") else {
        panic!("the derived schema of Chart has no oneOf: {schema:?}");
    };
    let mut names = Vec::new();
    let mut summaries = Vec::new();
    let mut rules = Vec::new();
    for variant in variants {
        let name = variant.pointer("/properties/type/const").cloned().expect("a tagged variant");
        let summary = variant.get("description").and_then(Value::as_str).unwrap_or_default();
        summaries.push(format!("{name}: {summary}"));
        let condition =
            json!({ "properties": { "type": { "const": name } }, "required": ["type"] });
        rules.push(json!({ "if": condition, "then": variant }));
        names.push(name);
    }
    let description = format!("Which kind of chart this is.\n\n{}", summaries.join("\n\n"));
    schema.insert("type".to_owned(), "object".into());
    schema.insert(
        "properties".to_owned(),
        json!({ "type": { "description": description, "enum": names } }),
    );
    schema.insert("required".to_owned(), json!(["type"]));
    schema.insert("allOf".to_owned(), Value::Array(rules));
}
