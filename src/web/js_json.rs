//! A JavaScript object spec → our [`Json`], walked directly through `js_sys`.
//!
//! It replaces serde-wasm-bindgen: about the same code for plain values, less in the bundle, and a
//! fast path the generic deserializer cannot take: a `Float64Array` (or `Float32Array`) becomes
//! [`Json::Numbers`] in one copy into wasm memory, never an element-by-element conversion. Like the
//! text parser it keeps what `decode` must report: `NaN`/`Infinity` stay numbers (reported there),
//! and nesting deeper than [`MAX_DEPTH`] is an error instead of a stack overflow (a cyclic object
//! ends the same way).

use crate::spec::json::MAX_DEPTH;
use crate::spec::{messages, Diagnostic, Json};
use js_sys::{Array, Float32Array, Float64Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

pub fn to_json(value: &JsValue) -> Result<Json, Diagnostic> {
    walk(value, MAX_DEPTH)
}

fn walk(value: &JsValue, depth: usize) -> Result<Json, Diagnostic> {
    // `undefined` reads as null, as JSON.stringify would drop it or write null.
    if value.is_null() || value.is_undefined() {
        return Ok(Json::Null);
    }
    if let Some(b) = value.as_bool() {
        return Ok(Json::Bool(b));
    }
    if let Some(n) = value.as_f64() {
        return Ok(Json::Number(n));
    }
    if let Some(s) = value.as_string() {
        return Ok(Json::String(s));
    }
    if let Some(numbers) = value.dyn_ref::<Float64Array>() {
        return Ok(Json::Numbers(numbers.to_vec()));
    }
    if let Some(numbers) = value.dyn_ref::<Float32Array>() {
        return Ok(Json::Numbers(numbers.to_vec().into_iter().map(f64::from).collect()));
    }
    if !value.is_object() || value.is_function() {
        let found = value.js_typeof().as_string().unwrap_or_default();
        return Err(Diagnostic::new("", format!("expected JSON data, found a {found}")));
    }
    let Some(inner) = depth.checked_sub(1) else {
        return Err(Diagnostic::new("", messages::nested_too_deeply(MAX_DEPTH)));
    };
    if Array::is_array(value) {
        let array: &Array = value.unchecked_ref();
        let mut items = Vec::with_capacity(array.length() as usize);
        for i in 0..array.length() {
            items.push(walk(&array.get(i), inner)?);
        }
        return Ok(Json::Array(items));
    }
    // Own enumerable string keys in insertion order, as JSON.stringify sees them.
    let keys = Object::keys(value.unchecked_ref::<Object>());
    let mut entries = Vec::with_capacity(keys.length() as usize);
    for key in keys.iter() {
        // A getter may throw: that is the page's bug, reported like any unreadable value.
        let item = Reflect::get(value, &key)
            .map_err(|_| Diagnostic::new("", messages::unreadable_spec()))?;
        entries.push((key.as_string().unwrap_or_default(), walk(&item, inner)?));
    }
    Ok(Json::Object(entries))
}
