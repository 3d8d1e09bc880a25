//! The error objects `validate()` and `chart.errors()` return in a real browser: `path` and
//! `message` as before, `steps` (keys as strings, indices as numbers) and, for spec text only,
//! `span` (`start`/`end` in bytes, `startUtf16`/`endUtf16` for JavaScript strings, `line`,
//! `column`, `covers`) — for a text read at once and for a large text read in tasks.
#![cfg(target_arch = "wasm32")]

use infographic::web::{mount, validate, TEXT_IN_TASKS_ABOVE};
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

mod support;

use support::host;

wasm_bindgen_test_configure!(run_in_browser);

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &key.into()).unwrap()
}

fn number(object: &JsValue, key: &str) -> f64 {
    get(object, key).as_f64().unwrap_or_else(|| panic!("{key} is not a number"))
}

fn first(errors: &JsValue) -> JsValue {
    let errors = Array::from(errors);
    assert!(errors.length() > 0, "no errors");
    errors.get(0)
}

/// 平原 (2 characters, 6 bytes, 2 UTF-16 units) before the bad value on its line.
const BAD_TEXT: &str = "{\"version\": 1, \"title\": \"平原\", \"charts\": [\n  {\"type\": \"line\", \"series\": [{\"name\": \"a\", \"values\": [1, \"abc\"]}]}]}";

#[wasm_bindgen_test]
fn validate_gives_each_error_its_steps_and_span_in_the_text() {
    let e = first(&validate(BAD_TEXT.into()));
    assert_eq!(get(&e, "path").as_string().unwrap(), "charts[0].series[0].values[1]");
    assert_eq!(
        JSON::stringify(&get(&e, "steps")).unwrap().as_string().unwrap(),
        r#"["charts",0,"series",0,"values",1]"#
    );
    let span = get(&e, "span");
    let at = BAD_TEXT.find("\"abc\"").unwrap();
    let at16 = BAD_TEXT[..at].encode_utf16().count();
    assert_eq!((number(&span, "start"), number(&span, "end")), (at as f64, (at + 5) as f64));
    assert_eq!(
        (number(&span, "startUtf16"), number(&span, "endUtf16")),
        (at16 as f64, (at16 + 5) as f64)
    );
    let column = BAD_TEXT[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    assert_eq!((number(&span, "line"), number(&span, "column")), (2.0, column as f64));
    assert_eq!(get(&span, "covers").as_string().unwrap(), "value");
    // What JavaScript selects with the UTF-16 offsets is the bad value.
    let js_text = JsValue::from_str(BAD_TEXT);
    let selected = js_sys::JsString::from(js_text).slice(at16 as u32, (at16 + 5) as u32);
    assert_eq!(String::from(selected), "\"abc\"");
}

#[wasm_bindgen_test]
fn a_syntax_error_has_a_span_at_its_line_and_column() {
    let text = "{\"version\": 1,\n \"title\": \"平原\" \"charts\": []}";
    let e = first(&validate(text.into()));
    let message = get(&e, "message").as_string().unwrap();
    assert!(message.starts_with("invalid JSON at line 2"), "{message}");
    assert_eq!(JSON::stringify(&get(&e, "steps")).unwrap().as_string().unwrap(), "[]");
    let span = get(&e, "span");
    assert_eq!(get(&span, "covers").as_string().unwrap(), "syntax");
    assert_eq!(number(&span, "line"), 2.0);
    assert_eq!(number(&span, "column"), " \"title\": \"平原\" ".chars().count() as f64 + 1.0);
}

#[wasm_bindgen_test]
fn an_object_spec_has_steps_but_no_span() {
    let object = JSON::parse(BAD_TEXT).unwrap();
    let e = first(&validate(object));
    assert_eq!(get(&e, "path").as_string().unwrap(), "charts[0].series[0].values[1]");
    assert_eq!(Array::from(&get(&e, "steps")).length(), 6);
    assert!(!Reflect::has(&e, &"span".into()).unwrap(), "no text, no span");
}

#[wasm_bindgen_test]
fn chart_errors_carry_the_span_for_text_and_none_for_an_object() {
    let el = host(400);
    let chart = mount(&el, BAD_TEXT.into()).unwrap();
    let span = get(&first(&chart.errors()), "span");
    assert_eq!(get(&span, "covers").as_string().unwrap(), "value");
    assert_eq!(number(&span, "line"), 2.0);
    chart.update(JSON::parse(BAD_TEXT).unwrap()).unwrap();
    let e = first(&chart.errors());
    assert!(!Reflect::has(&e, &"span".into()).unwrap());
    assert_eq!(get(&e, "message").as_string().unwrap(), "expected a number or null, found \"abc\"");
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn a_large_text_read_in_tasks_gives_its_errors_spans_too() {
    // Whitespace pads the text past the size read in tasks; the problem is the key after it.
    let padding = " ".repeat(TEXT_IN_TASKS_ABOVE + 10);
    let text = format!(
        "{{\"version\": 1,{padding}\"titel\": \"T\", \"charts\": [{{\"type\": \"line\", \"series\": [{{\"name\": \"a\", \"values\": [1]}}]}}]}}"
    );
    assert!(text.len() > TEXT_IN_TASKS_ABOVE);
    let el = host(400);
    let chart = mount(&el, text.as_str().into()).unwrap();
    JsFuture::from(chart.ready()).await.unwrap();
    let e = first(&chart.errors());
    assert_eq!(get(&e, "path").as_string().unwrap(), "titel");
    let span = get(&e, "span");
    assert_eq!(get(&span, "covers").as_string().unwrap(), "key");
    assert_eq!(number(&span, "start"), text.find("\"titel\"").unwrap() as f64);
    chart.destroy();
    el.remove();
}
