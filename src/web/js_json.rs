//! A JavaScript object spec → our [`Json`], walked directly through `js_sys`.
//!
//! It replaces serde-wasm-bindgen: about the same code for plain values, less in the bundle, and a
//! fast path the generic deserializer cannot take: a `Float64Array` (or `Float32Array`) becomes
//! [`Json::Numbers`] in one copy into wasm memory, never an element-by-element conversion; the spec
//! and the model then share that buffer (`spec::Values`). A long plain array of numbers under a
//! `values` key takes the same road (see [`bulk_numbers`]). Like the text parser it keeps what
//! `decode` must report: `NaN`/`Infinity` stay numbers (reported there), and nesting deeper than
//! [`MAX_DEPTH`] is an error instead of a stack overflow (a cyclic object ends the same way).

use crate::spec::json::MAX_DEPTH;
use crate::spec::{messages, Diagnostic, Json};
use js_sys::{Array, Float32Array, Float64Array, Function, Object, Reflect};
use std::rc::Rc;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

/// Plain arrays at least this long are tried as numbers in one go: below it the element-by-element
/// walk costs microseconds, and a short array is more likely to hold a mistake worth reporting.
const BULK_MIN_LEN: u32 = 1024;

#[wasm_bindgen]
extern "C" {
    /// A JavaScript `Array`, seen through the one binding js_sys lacks (below).
    #[wasm_bindgen(extends = Array, js_name = Array)]
    type TestedArray;

    /// `Array.prototype.every` given a JavaScript function: the whole test runs inside the engine,
    /// with no call into wasm per element (js_sys's `every` takes a Rust closure, called per element).
    #[wasm_bindgen(method, js_name = every)]
    fn every_with(this: &TestedArray, test: &Function) -> bool;

    /// The built-in `Number.isFinite`: true for a finite number only (no conversion of strings,
    /// `null` or booleans, unlike the global `isFinite`).
    #[wasm_bindgen(thread_local_v2, js_namespace = Number, js_name = isFinite)]
    static IS_FINITE: Function;
}

/// Limits: a label array at least this long is not parsed in the call by [`to_json_deferring`]
/// but left to later tasks (`web::reading`): reading 100,000 labels (text, parse, check) took
/// ~30–40 ms in one go on a slow machine.
pub const DEFER_LABELS_FROM: u32 = 20_000;

/// Limits: a series' `values` with at least this many numbers (a `Float64Array`, or a plain
/// array) is not copied in the call by [`to_json_deferring`] but a chunk per task (`web::reading`):
/// copying 2 × 1,000,000 values into fresh wasm memory and checking them took ~15–20 ms in one
/// go on a slow machine.
pub const DEFER_VALUES_FROM: u32 = 250_000;

/// A long array not read yet: where it belongs in the tree (entry indices from the root), what it
/// is, and the array itself.
pub struct Deferred {
    pub at: Vec<usize>,
    pub kind: DeferredKind,
    pub source: JsValue,
}

pub enum DeferredKind {
    /// `categories`, written as JSON text by the engine in the first task that reads it (the array
    /// itself is walked element by element if the text does not read as an array of strings).
    Labels,
    /// `values` as a `Float64Array`, copied a chunk at a time.
    Typed,
    /// `values` as a plain array, converted a chunk at a time while every element is a finite
    /// number (else walked element by element, as in the call).
    Plain,
}

pub fn to_json(value: &JsValue) -> Result<Json, Diagnostic> {
    Walk::default().walk(value, MAX_DEPTH)
}

/// [`to_json`], except that long label arrays are left as text with `Json::Null` in their place.
pub fn to_json_deferring(value: &JsValue) -> Result<(Json, Vec<Deferred>), Diagnostic> {
    let mut walk = Walk { defer: true, ..Walk::default() };
    let json = walk.walk(value, MAX_DEPTH)?;
    Ok((json, walk.deferred))
}

/// The element-by-element reading of a value at `depth` levels from the root (for a deferred
/// array whose text did not read as labels).
pub fn to_json_at(value: &JsValue, depth: usize) -> Result<Json, Diagnostic> {
    Walk::default().walk(value, MAX_DEPTH.saturating_sub(depth))
}

#[derive(Default)]
struct Walk {
    /// Leave long label arrays to later tasks.
    defer: bool,
    deferred: Vec<Deferred>,
    /// Entry indices from the root to the value being walked.
    path: Vec<usize>,
}

impl Walk {
    fn walk(&mut self, value: &JsValue, depth: usize) -> Result<Json, Diagnostic> {
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
            return Ok(Json::Numbers(copy_in(numbers)));
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
                self.path.push(i as usize);
                let item = self.walk(&array.get(i), inner);
                self.path.pop();
                items.push(item?);
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
            let key = key.as_string().unwrap_or_default();
            self.path.push(entries.len());
            let long_values = self.defer.then(|| long_values(&key, &item)).flatten();
            let item = match long_values {
                Some(kind) => {
                    let at = self.path.clone();
                    self.deferred.push(Deferred { at, kind, source: item });
                    Ok(Json::Null)
                }
                None => match bulk_numbers(&key, &item) {
                    Some(numbers) => Ok(Json::Numbers(numbers)),
                    None if self.defer && is_long_labels(&key, &item) => {
                        let at = self.path.clone();
                        self.deferred.push(Deferred {
                            at,
                            kind: DeferredKind::Labels,
                            source: item,
                        });
                        Ok(Json::Null)
                    }
                    None => match bulk_strings(&key, &item) {
                        Some(labels) => Ok(labels),
                        None => self.walk(&item, inner),
                    },
                },
            };
            self.path.pop();
            entries.push((key, item?));
        }
        Ok(Json::Object(entries))
    }
}

/// `values` given as a `Float64Array` or a plain array of at least [`DEFER_VALUES_FROM`] entries.
fn long_values(key: &str, value: &JsValue) -> Option<DeferredKind> {
    if key != "values" {
        return None;
    }
    if let Some(typed) = value.dyn_ref::<Float64Array>() {
        return (typed.length() >= DEFER_VALUES_FROM).then_some(DeferredKind::Typed);
    }
    let long =
        Array::is_array(value) && value.unchecked_ref::<Array>().length() >= DEFER_VALUES_FROM;
    long.then_some(DeferredKind::Plain)
}

/// The length of a deferred `values` array.
pub fn values_len(source: &JsValue) -> usize {
    match source.dyn_ref::<Float64Array>() {
        Some(typed) => typed.length() as usize,
        None => source.unchecked_ref::<Array>().length() as usize,
    }
}

/// Copies `source[range]` (a deferred `values` array) into `buffer[range]`; false when a plain
/// array's chunk holds anything but finite numbers (then the array is read element by element).
pub fn copy_chunk(source: &JsValue, buffer: &mut [f64], range: std::ops::Range<usize>) -> bool {
    let (start, end) = (range.start as u32, range.end as u32);
    if let Some(typed) = source.dyn_ref::<Float64Array>() {
        typed.subarray(start, end).copy_to(&mut buffer[range]);
        return true;
    }
    let chunk = source.unchecked_ref::<Array>().slice(start, end);
    if !IS_FINITE.with(|test| chunk.unchecked_ref::<TestedArray>().every_with(test)) {
        return false;
    }
    Float64Array::new(&chunk).copy_to(&mut buffer[range]);
    true
}

/// `categories` given as an array of at least [`DEFER_LABELS_FROM`] entries.
fn is_long_labels(key: &str, value: &JsValue) -> bool {
    key == "categories"
        && Array::is_array(value)
        && value.unchecked_ref::<Array>().length() >= DEFER_LABELS_FROM
}

pub fn stringify(value: &JsValue) -> Option<String> {
    js_sys::JSON::stringify(value).ok()?.as_string()
}

/// A series' `values` given as a long plain array of finite numbers, converted in two calls instead
/// of one `get` + `as_f64` crossing per element (~95 ms for a million in Chromium): the engine
/// checks every element with `Number.isFinite`, then copies them all into a `Float64Array`.
///
/// Anything else — a `null` (which `Float64Array` would turn into 0), a string, an object, NaN or
/// ±Infinity — takes the element-by-element walk, so its reading and its error message stay exactly
/// as before. Holes in a sparse array are skipped by `every` and become NaN, a gap, just as the walk
/// reads them (`undefined` → `null`). Only under `values`, the one place the spec takes a long run of
/// numbers: elsewhere a typed buffer would change what an error says about the array.
fn bulk_numbers(key: &str, value: &JsValue) -> Option<Rc<[f64]>> {
    if key != "values" || !Array::is_array(value) {
        return None;
    }
    let array: &TestedArray = value.unchecked_ref();
    if array.length() < BULK_MIN_LEN || !IS_FINITE.with(|test| array.every_with(test)) {
        return None;
    }
    Some(copy_in(&Float64Array::new(array)))
}

/// An x axis's `categories` given as a long plain array of strings, read in one crossing instead of
/// one `get` + `as_string` per element (~0.25 µs each in Chromium, a quarter of a second for a
/// million): the engine writes the array as JSON text (`JSON.stringify`), which our parser reads back.
///
/// Taken only when every element comes back a string; anything else (a number, `null`, an object,
/// a nested array, a lone surrogate, which our parser refuses) takes the element-by-element walk, so
/// its reading and its error message stay as before. One difference, documented: an object with a
/// `toJSON` method that returns a string (a `Date`) reads as that string instead of an error.
fn bulk_strings(key: &str, value: &JsValue) -> Option<Json> {
    if key != "categories" || !Array::is_array(value) {
        return None;
    }
    if value.unchecked_ref::<Array>().length() < BULK_MIN_LEN {
        return None;
    }
    let text = stringify(value)?;
    labels(crate::spec::TextParser::new(text.as_str()).step(usize::MAX)?)
}

/// A parsed label array's JSON when it is an array of strings only.
pub fn labels(parsed: Result<Json, Diagnostic>) -> Option<Json> {
    match parsed {
        Ok(Json::Array(items)) if items.iter().all(|i| matches!(i, Json::String(_))) => {
            Some(Json::Array(items))
        }
        _ => None,
    }
}

/// A typed array's numbers in one allocation of the final size, filled by one copy out of JS
/// (`to_vec` and then an `Rc` would copy them twice). This buffer is the only copy the pipeline makes.
///
/// Limits: allocated zeroed rather than filled with 0.0 value by value: a large block comes
/// straight from fresh wasm memory, which is zero already, so the copy is the only pass over it
/// (filling first cost a second pass, ~4 ms per million values on a slow machine).
fn copy_in(numbers: &Float64Array) -> Rc<[f64]> {
    let mut buffer = zeroed(numbers.length() as usize);
    if let Some(slots) = Rc::get_mut(&mut buffer) {
        numbers.copy_to(slots);
    }
    buffer
}

/// `len` zeros, from a zeroed allocation (fresh wasm memory is zero already: no pass over it).
pub fn zeroed(len: usize) -> Rc<[f64]> {
    let zeroed = Rc::<[f64]>::new_zeroed_slice(len);
    // SAFETY: all-zero bits are a valid f64 (0.0), so every element is initialised.
    unsafe { zeroed.assume_init() }
}
