//! Typed-array values in a real browser (headless Chromium/Firefox): a JS object spec whose `values`
//! is a `Float64Array` or `Float32Array` renders with those values (read back through the tooltip),
//! `NaN` in it is a gap, and a million values mount, hover per pixel column and never re-lay out.
//! Large data is rendered in stages, one task each (checked, then modelled, drawn, described).
//! A long plain array of numbers (read in bulk, not element by element) gives the same chart, and a
//! `null`, a string or NaN in it reads exactly as in a short array.
#![cfg(target_arch = "wasm32")]

use infographic::web::{mount, Chart};
use js_sys::{Array, Float32Array, Float64Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, PointerEvent, PointerEventInit};

mod support;

use support::{find, host};

wasm_bindgen_test_configure!(run_in_browser);

/// A one-line spec object (`JSON.parse` of the shell) with `values` set to `values`.
fn spec_with(values: &JsValue, categories: &str) -> JsValue {
    let text = format!(
        r#"{{"version": 1, "locale": "en", "charts": [{{"type": "line", "title": "Typed",
            {categories} "series": [{{"name": "Alpha", "values": []}}]}}]}}"#
    );
    let spec = JSON::parse(&text).unwrap();
    let charts = Reflect::get(&spec, &"charts".into()).unwrap();
    let chart = Reflect::get(&charts, &0.into()).unwrap();
    let series = Reflect::get(&chart, &"series".into()).unwrap();
    let first = Reflect::get(&series, &0.into()).unwrap();
    Reflect::set(&first, &"values".into(), values).unwrap();
    spec
}

fn hover(el: &HtmlElement, x: f64) {
    let rect = find(el, "[data-ig=\"plot:0\"]").get_bounding_client_rect();
    let init = PointerEventInit::new();
    init.set_bubbles(true);
    init.set_client_x((rect.left() + x * rect.width()) as i32);
    init.set_client_y((rect.top() + rect.height() / 2.0) as i32);
    init.set_pointer_type("mouse");
    let event = PointerEvent::new_with_event_init_dict("pointermove", &init).unwrap();
    find(el, "canvas").dispatch_event(&event).unwrap();
}

fn renders(chart: &Chart) -> f64 {
    Reflect::get(&chart.stats(), &"renders".into()).unwrap().as_f64().unwrap()
}

fn staged_tasks(chart: &Chart) -> f64 {
    Reflect::get(&chart.stats(), &"stagedTasks".into()).unwrap().as_f64().unwrap()
}

fn errors(chart: &Chart) -> u32 {
    js_sys::Array::from(&chart.errors()).length()
}

/// `field` ("path" or "message") of the chart's first error.
fn first_error(chart: &Chart, field: &str) -> Option<String> {
    let first = js_sys::Array::from(&chart.errors()).get(0);
    Reflect::get(&first, &field.into()).unwrap().as_string()
}

#[wasm_bindgen_test]
fn a_float64array_renders_its_values_and_nan_is_a_gap() {
    let el = host(600);
    let values = Float64Array::from(&[1.5, f64::NAN, 3.25][..]);
    let categories = r#""x": {"categories": ["2021", "2022", "2023"]},"#;
    let chart = mount(&el, spec_with(&values, categories)).unwrap();
    assert_eq!(errors(&chart), 0);
    let expected = [("2021", "Alpha 1.5"), ("2022", "Alpha no data"), ("2023", "Alpha 3.25")];
    for (i, (category, row)) in expected.iter().enumerate() {
        hover(&el, (i as f64 + 0.5) / 3.0);
        let text = chart.tooltip_text().expect("a tooltip");
        assert!(text.starts_with(category) && text.contains(row), "{text:?}");
    }
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
fn a_float32array_is_read_too_and_infinity_is_reported_with_its_path() {
    let el = host(600);
    let values = Float32Array::from(&[2.0f32, 0.5][..]);
    let chart = mount(&el, spec_with(&values, "")).unwrap();
    assert_eq!(errors(&chart), 0);
    hover(&el, 0.99);
    let text = chart.tooltip_text().expect("a tooltip");
    assert!(text.contains("Alpha 0.5"), "{text:?}");
    let bad = Float64Array::from(&[1.0, f64::INFINITY][..]);
    chart.update(spec_with(&bad, "")).unwrap();
    let path = first_error(&chart, "path");
    assert_eq!(path.as_deref(), Some("charts[0].series[0].values[1]"));
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn a_million_values_hover_per_pixel_column_without_re_layout() {
    let el = host(800);
    let n = 1_000_000;
    let spike = 500_000;
    let data: Vec<f64> =
        (0..n).map(|i| if i == spike { 9.0 } else { (i as f64 / 5000.0).sin() }).collect();
    let chart = mount(&el, spec_with(&Float64Array::from(&data[..]), "")).unwrap();
    assert_eq!(errors(&chart), 0);
    drawn(&chart).await;
    let before = renders(&chart);
    assert_eq!(before, 1.0);
    let mut seen_spike = false;
    for k in 0..=200 {
        hover(&el, 0.01 + 0.98 * k as f64 / 200.0);
        let text = chart.tooltip_text().expect("a tooltip everywhere over the plot");
        seen_spike |= text.contains("Alpha 9");
    }
    assert_eq!(renders(&chart), before, "hover never re-lays out");
    // The spike's column is hovered by sweeping every pixel column near the middle.
    for k in 0..=400 {
        hover(&el, 0.45 + 0.1 * k as f64 / 400.0);
        seen_spike |= chart.tooltip_text().is_some_and(|t| t.contains("Alpha 9"));
    }
    assert!(seen_spike, "the one spike can be read under the pointer");
    chart.destroy();
    el.remove();
}

/// Resolves after a task queued now has run (so after any task the widget queued before).
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits (a task at a time, at most a few) until a staged render has drawn.
async fn drawn(chart: &Chart) {
    for _ in 0..10 {
        if renders(chart) > 0.0 {
            return;
        }
        next_task().await;
    }
    panic!("a large chart is drawn within a few tasks of the call");
}

fn tables(el: &HtmlElement) -> u32 {
    el.query_selector_all("table").unwrap().length()
}

fn wave(n: usize) -> Float64Array {
    let data: Vec<f64> = (0..n).map(|i| (i as f64 / 700.0).sin() * 10.0).collect();
    Float64Array::from(&data[..])
}

#[wasm_bindgen_test]
async fn a_large_chart_is_checked_in_the_call_then_modelled_drawn_and_described_in_later_tasks() {
    let el = host(800);
    let chart = mount(&el, spec_with(&wave(200_000), "")).unwrap();
    assert_eq!(errors(&chart), 0, "checked in the call");
    assert_eq!(renders(&chart), 0.0, "not drawn in the call");
    assert_eq!(tables(&el), 0, "nor described");
    drawn(&chart).await;
    assert_eq!(
        staged_tasks(&chart),
        4.0,
        "its fonts (a widget's first staged render), the model, the scene, its painting"
    );
    // Then the summary, the table's headings; its 1,000 rows (MAX_TABLE_ROWS) a batch per task.
    let mut batches = Vec::new();
    for _ in 0..30 {
        next_task().await;
        let rows = el.query_selector_all("tbody tr").unwrap().length();
        if batches.last() != Some(&rows) {
            batches.push(rows);
        }
        if rows == 1000 {
            break;
        }
    }
    assert_eq!(tables(&el), 1);
    let expected: Vec<u32> = (0..=10).map(|k| k * 100).collect();
    assert_eq!(batches, expected, "rows per task (ROWS_PER_TASK = 100): {batches:?}");
    assert_eq!(
        staged_tasks(&chart),
        16.0,
        "fonts, model, scene, painting, summary, table headings, ten batches of rows"
    );
    assert_eq!(renders(&chart), 1.0, "drawn once");
    let target = find(&el, "[data-ig=\"plot:0\"]");
    let described = target.get_attribute("aria-describedby").unwrap();
    let summary = el.query_selector(&format!("[id=\"{described}\"]")).unwrap();
    assert!(summary.is_some_and(|p| !p.text_content().unwrap().is_empty()));
    // The description comes first in reading order, as when it is built at once.
    let first = el.query_selector("[role=group], [data-ig]").unwrap().unwrap();
    assert_eq!(first.get_attribute("role").as_deref(), Some("group"));
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn an_update_or_destroy_before_the_deferred_description_cancels_it() {
    let el = host(800);
    let chart = mount(&el, spec_with(&wave(200_000), "")).unwrap();
    // A small spec replaces it within the same task: described at once, and the large one never.
    chart.update(spec_with(&Float64Array::from(&[1.0, 2.0, 3.0][..]), "")).unwrap();
    assert_eq!(tables(&el), 1);
    next_task().await;
    next_task().await;
    assert_eq!(tables(&el), 1, "the cancelled description of the large spec never arrives");
    let cells = el.query_selector_all("tbody tr").unwrap().length();
    assert_eq!(cells, 3, "the table is the small spec's");
    // Destroyed before its description: nothing runs afterwards (a callback reaching a dropped
    // closure would throw here), and nothing is added to the removed widget.
    let other = mount(&el, spec_with(&wave(200_000), "")).unwrap();
    let root = el.query_selector_all(".infographic").unwrap().get(1).unwrap();
    other.destroy();
    next_task().await;
    next_task().await;
    assert_eq!(root.dyn_ref::<web_sys::Element>().unwrap().query_selector("table").unwrap(), None);
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn a_large_spec_with_a_mistake_reports_it_in_the_call() {
    let el = host(800);
    let data: Vec<f64> = (0..100_000).map(|i| if i == 777 { f64::INFINITY } else { 1.0 }).collect();
    let chart = mount(&el, spec_with(&Float64Array::from(&data[..]), "")).unwrap();
    assert_eq!(errors(&chart), 1, "reported in the call, not a task later");
    let path = first_error(&chart, "path");
    assert_eq!(path.as_deref(), Some("charts[0].series[0].values[777]"));
    let alert = find(&el, "[role=alert]");
    assert!(!alert.hidden() && alert.text_content().unwrap().contains("values[777]"));
    next_task().await;
    next_task().await;
    assert_eq!(renders(&chart), 0.0, "nothing is drawn for a spec with errors");
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn an_export_right_after_mounting_large_data_finishes_the_render_first() {
    let el = host(800);
    let chart = mount(&el, spec_with(&wave(100_000), "")).unwrap();
    assert_eq!(renders(&chart), 0.0);
    let svg = chart.export_svg().unwrap().expect("an SVG of the chart, not None");
    assert!(
        svg.contains("<polygon") && svg.contains("Typed"),
        "the dense line as a band: {}",
        &svg[..200]
    );
    assert_eq!(renders(&chart), 1.0, "drawn by the export");
    let csv = chart.export_csv().unwrap().unwrap();
    assert_eq!(csv.lines().count(), 1 + 100_000, "a header and every value");
    for _ in 0..16 {
        next_task().await;
    }
    assert_eq!(renders(&chart), 1.0, "the queued stages do not draw it again");
    assert_eq!(tables(&el), 1, "and it is still described");
    assert_eq!(el.query_selector_all("tbody tr").unwrap().length(), 1000);
    assert_eq!(staged_tasks(&chart), 12.0, "only the description was left to tasks (2 + 10)");
    chart.destroy();
    el.remove();
}

/// Longer than the length from which a plain array is read in bulk (`web::js_json`).
const LONG: usize = 3000;

fn long_numbers() -> Vec<f64> {
    (0..LONG).map(|i| ((i * 37) % 1000) as f64 / 8.0 - 20.0).collect()
}

fn plain_array(numbers: &[f64]) -> Array {
    numbers.iter().map(|&n| JsValue::from_f64(n)).collect()
}

/// The CSV and SVG exports and a few tooltips: what a reader can get out of a mounted chart.
fn read_out(values: &JsValue) -> (String, String, Vec<Option<String>>) {
    let el = host(700);
    let chart = mount(&el, spec_with(values, "")).unwrap();
    assert_eq!(errors(&chart), 0);
    let csv = chart.export_csv().unwrap().expect("a CSV");
    let svg = chart.export_svg().unwrap().expect("an SVG");
    let tips = (0..7)
        .map(|k| {
            hover(&el, 0.02 + 0.16 * k as f64);
            chart.tooltip_text()
        })
        .collect();
    chart.destroy();
    el.remove();
    (csv, svg, tips)
}

/// The errors of a spec whose values are `values`, as (path, message).
fn error_list(values: &JsValue) -> Vec<(String, String)> {
    let el = host(600);
    let chart = mount(&el, spec_with(values, "")).unwrap();
    let list = Array::from(&chart.errors())
        .iter()
        .map(|e| {
            let field = |k: &str| Reflect::get(&e, &k.into()).unwrap().as_string().unwrap();
            (field("path"), field("message"))
        })
        .collect();
    chart.destroy();
    el.remove();
    list
}

#[wasm_bindgen_test]
fn a_long_plain_array_of_numbers_reads_like_the_same_float64array() {
    let numbers = long_numbers();
    let (csv, svg, tips) = read_out(&plain_array(&numbers));
    let (typed_csv, typed_svg, typed_tips) = read_out(&Float64Array::from(&numbers[..]));
    assert_eq!(csv.lines().count(), LONG + 1, "a header and one row per value");
    assert!(csv.lines().nth(2).unwrap().contains(",-15.375,"), "{:?}", csv.lines().nth(2));
    assert_eq!(csv, typed_csv);
    assert_eq!(svg, typed_svg);
    assert!(tips.iter().all(Option::is_some));
    assert_eq!(tips, typed_tips);
}

#[wasm_bindgen_test]
fn a_long_array_with_a_null_or_a_hole_has_a_gap_there_as_a_typed_nan_does() {
    let mut numbers = long_numbers();
    let with_null = plain_array(&numbers);
    with_null.set(1500, JsValue::NULL);
    let sparse = Array::new_with_length(LONG as u32);
    for (i, &n) in numbers.iter().enumerate().filter(|&(i, _)| i != 1500) {
        sparse.set(i as u32, JsValue::from_f64(n));
    }
    numbers[1500] = f64::NAN;
    let (typed_csv, ..) = read_out(&Float64Array::from(&numbers[..]));
    let gap_row = typed_csv.lines().nth(1501).unwrap();
    assert!(gap_row.starts_with("0,Typed,1500,Alpha,,"), "{gap_row}");
    assert_eq!(read_out(&with_null).0, typed_csv);
    assert_eq!(read_out(&sparse).0, typed_csv);
}

#[wasm_bindgen_test]
fn a_string_object_nan_or_infinity_in_a_long_array_is_reported_as_in_a_short_one() {
    let cases: [(JsValue, &str); 5] = [
        (
            JsValue::from_str("7"),
            r#"expected a number or null, found "7" (a string; write the number without quotes)"#,
        ),
        (Object::new().into(), "expected a number or null, found an object"),
        (JsValue::TRUE, "expected a number or null, found true"),
        (JsValue::from_f64(f64::NAN), "expected a finite number, found NaN"),
        (JsValue::from_f64(f64::NEG_INFINITY), "expected a finite number, found -Infinity"),
    ];
    for (bad, message) in cases {
        let short = plain_array(&[1.0, 2.0, 3.0]);
        short.set(1, bad.clone());
        let expected = vec![("charts[0].series[0].values[1]".to_owned(), message.to_owned())];
        assert_eq!(error_list(&short), expected, "short array with {bad:?}");
        let long = plain_array(&long_numbers());
        long.set(1777, bad.clone());
        let expected = vec![("charts[0].series[0].values[1777]".to_owned(), message.to_owned())];
        assert_eq!(error_list(&long), expected, "long array with {bad:?}");
    }
}

#[wasm_bindgen_test]
fn a_value_at_zero_in_a_long_array_on_a_log_scale_is_reported_as_in_a_short_one() {
    let log = r#""y": {"scale": "log"},"#;
    let errors_with = |values: &Array| {
        let el = host(600);
        let chart = mount(&el, spec_with(values, log)).unwrap();
        let first = Array::from(&chart.errors()).get(0);
        let field = |k: &str| {
            first.is_object().then(|| Reflect::get(&first, &k.into()).unwrap().as_string())
        };
        let field = |k: &str| field(k).flatten();
        let found = (field("path"), field("message"), errors(&chart));
        chart.destroy();
        el.remove();
        found
    };
    let positive: Vec<f64> = long_numbers().iter().map(|n| n.abs() + 1.0).collect();
    let long = plain_array(&positive);
    assert_eq!(errors_with(&long).2, 0, "all above zero: no error");
    long.set(2024, JsValue::from_f64(0.0));
    let short = plain_array(&[1.0, 0.0, 3.0]);
    let (short_path, short_message, _) = errors_with(&short);
    let (long_path, long_message, count) = errors_with(&long);
    assert_eq!(short_path.as_deref(), Some("charts[0].series[0].values[1]"));
    assert_eq!(long_path.as_deref(), Some("charts[0].series[0].values[2024]"));
    assert_eq!(long_message, short_message);
    assert!(long_message.is_some_and(|m| m.contains("log scale")));
    assert_eq!(count, 1);
}

/// A bar spec object with `categories` set to `categories` and one value per category.
fn bars_with(categories: &JsValue, n: usize) -> JsValue {
    let text = r#"{"version": 1, "locale": "en", "charts": [{"type": "bar", "title": "Labels",
        "x": {"categories": []}, "series": [{"name": "Alpha", "values": []}]}]}"#;
    let spec = JSON::parse(text).unwrap();
    let chart = Reflect::get(&Reflect::get(&spec, &"charts".into()).unwrap(), &0.into()).unwrap();
    let x = Reflect::get(&chart, &"x".into()).unwrap();
    Reflect::set(&x, &"categories".into(), categories).unwrap();
    let series = Reflect::get(&Reflect::get(&chart, &"series".into()).unwrap(), &0.into()).unwrap();
    // A plain array, so that JSON.stringify writes it as one (a Float64Array becomes an object).
    let values: js_sys::Array = (0..n).map(|i| JsValue::from((i % 17) as f64)).collect();
    Reflect::set(&series, &"values".into(), &values).unwrap();
    spec
}

#[wasm_bindgen_test]
async fn a_long_array_of_category_labels_reads_like_the_same_labels_written_as_json() {
    let n = 3000;
    let labels: js_sys::Array = (0..n).map(|i| JsValue::from(format!("第{i}号 \"x\"\\"))).collect();
    let el = host(800);
    let chart = mount(&el, bars_with(&labels, n)).unwrap();
    assert_eq!(errors(&chart), 0);
    let csv = chart.export_csv().unwrap().unwrap();
    // The same spec, written as JSON text and read by the text parser: the same CSV.
    let text = JSON::stringify(&bars_with(&labels, n)).unwrap().as_string().unwrap();
    let again = mount(&el, JsValue::from(text)).unwrap();
    assert_eq!(again.export_csv().unwrap().unwrap(), csv);
    assert!(csv.contains("第2999号 \"\"x\"\"\\"), "quotes and backslashes survive");
    again.destroy();
    chart.destroy();
    // An object among them is reported at its own index, as in a short array.
    labels.set(1500, js_sys::Object::new().into());
    let broken = mount(&el, bars_with(&labels, n)).unwrap();
    let path = first_error(&broken, "path");
    assert_eq!(path.as_deref(), Some("charts[0].x.categories[1500]"));
    broken.destroy();
    el.remove();
}

/// JSON text of a line spec with `n` values, past the size parsed in one go (`TEXT_IN_TASKS_ABOVE`).
fn long_text(n: usize, tail: &str) -> String {
    let values: Vec<String> = (0..n).map(|i| format!("{}.25", i % 1000)).collect();
    format!(
        r#"{{"version": 1, "locale": "en", "charts": [{{"type": "line", "title": "Text",
            "series": [{{"name": "Alpha", "values": [{}]}}]}}]{tail}}}"#,
        values.join(", ")
    )
}

async fn ready(chart: &Chart) {
    wasm_bindgen_futures::JsFuture::from(chart.ready()).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_long_text_is_parsed_a_slice_per_task_and_ready_says_when_it_is_shown() {
    let text = long_text(120_000, "");
    assert!(text.len() > infographic::web::TEXT_IN_TASKS_ABOVE * 2);
    let el = host(800);
    let chart = mount(&el, JsValue::from(text.as_str())).unwrap();
    assert_eq!(renders(&chart), 0.0, "not drawn in the call");
    assert_eq!(staged_tasks(&chart), 0.0, "not even parsed yet");
    ready(&chart).await;
    assert_eq!(errors(&chart), 0);
    assert_eq!(renders(&chart), 1.0, "drawn when ready");
    assert!(
        staged_tasks(&chart) >= 2.0 + 2.0,
        "two slices of text, then the model and the drawing"
    );
    let csv = chart.export_csv().unwrap().unwrap();
    assert_eq!(csv.lines().count(), 1 + 120_000);
    assert!(
        csv.lines().nth(1000).unwrap().contains(",999.25,"),
        "{}",
        csv.lines().nth(1000).unwrap()
    );
    // ready() on a chart with nothing left to do resolves at once.
    ready(&chart).await;
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn a_long_text_with_a_syntax_error_reports_it_with_line_and_column_when_ready() {
    let text = long_text(60_000, ",");
    let el = host(800);
    let chart = mount(&el, JsValue::from(text.as_str())).unwrap();
    assert_eq!(errors(&chart), 0, "not known in the call");
    ready(&chart).await;
    assert_eq!(errors(&chart), 1);
    let message = first_error(&chart, "message").unwrap();
    assert!(message.starts_with("invalid JSON at line 2, column"), "{message}");
    let alert = find(&el, "[role=alert]");
    assert!(!alert.hidden() && alert.text_content().unwrap().contains("invalid JSON"));
    assert_eq!(renders(&chart), 0.0);
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn an_update_while_a_long_text_is_read_wins_and_the_text_never_lands() {
    let el = host(800);
    let chart = mount(&el, JsValue::from(long_text(60_000, "").as_str())).unwrap();
    let waiting = chart.ready();
    chart.update(spec_with(&Float64Array::from(&[1.0, 2.0, 3.0][..]), "")).unwrap();
    // The first promise resolves too: its spec was superseded.
    wasm_bindgen_futures::JsFuture::from(waiting).await.unwrap();
    for _ in 0..8 {
        next_task().await;
    }
    assert_eq!(el.query_selector_all("tbody tr").unwrap().length(), 3, "the small spec's table");
    let csv = chart.export_csv().unwrap().unwrap();
    assert_eq!(csv.lines().count(), 1 + 3, "the small spec's data");
    // Destroyed while reading: nothing runs afterwards.
    let other = mount(&el, JsValue::from(long_text(60_000, "").as_str())).unwrap();
    other.destroy();
    for _ in 0..6 {
        next_task().await;
    }
    assert_eq!(js_sys::Array::from(&other.errors()).length(), 0);
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn long_category_labels_in_an_object_are_read_in_later_tasks_and_ready_says_when() {
    let n = infographic::web::DEFER_LABELS_FROM as usize + 5000;
    let labels: js_sys::Array = (0..n).map(|i| JsValue::from(format!("第{i}号"))).collect();
    let el = host(800);
    let chart = mount(&el, bars_with(&labels, n)).unwrap();
    assert_eq!(renders(&chart), 0.0, "not drawn in the call");
    assert_eq!(staged_tasks(&chart), 0.0, "the labels are not even parsed yet");
    ready(&chart).await;
    assert_eq!(errors(&chart), 0);
    assert_eq!(renders(&chart), 1.0, "drawn when ready");
    let csv = chart.export_csv().unwrap().unwrap();
    assert_eq!(csv.lines().count(), 1 + n);
    let last = format!(",第{}号,", n - 1);
    assert!(csv.lines().last().unwrap().contains(&last), "{:?}", csv.lines().last());
    // An export right after the call finishes the reading at once: the same CSV.
    let at_once = mount(&el, bars_with(&labels, n)).unwrap();
    assert_eq!(at_once.export_csv().unwrap().unwrap(), csv);
    at_once.destroy();
    chart.destroy();
    // A number among the labels is accepted as text, as in a short array (read element by
    // element when the text is not all strings); an object is reported at its own index.
    labels.set(7, JsValue::from(2024));
    let numbered = mount(&el, bars_with(&labels, n)).unwrap();
    ready(&numbered).await;
    assert_eq!(errors(&numbered), 0);
    let csv = numbered.export_csv().unwrap().unwrap();
    assert!(csv.lines().nth(8).unwrap().contains(",2024,"), "{:?}", csv.lines().nth(8));
    numbered.destroy();
    labels.set(n as u32 - 2, js_sys::Object::new().into());
    let broken = mount(&el, bars_with(&labels, n)).unwrap();
    assert_eq!(errors(&broken), 0, "not known in the call");
    ready(&broken).await;
    let path = first_error(&broken, "path");
    assert_eq!(path, Some(format!("charts[0].x.categories[{}]", n - 2)));
    assert_eq!(renders(&broken), 0.0);
    broken.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn a_staged_description_keeps_the_charts_in_order_ahead_of_the_focus_targets() {
    let el = host(800);
    let spec = spec_with(&wave(30_000), "");
    // A second large chart: the same line again, under another title.
    let charts: js_sys::Array = Reflect::get(&spec, &"charts".into()).unwrap().into();
    let second =
        JSON::parse(&JSON::stringify(&charts.get(0)).unwrap().as_string().unwrap()).unwrap();
    Reflect::set(&second, &"title".into(), &"Second".into()).unwrap();
    let series =
        Reflect::get(&Reflect::get(&second, &"series".into()).unwrap(), &0.into()).unwrap();
    Reflect::set(&series, &"values".into(), &wave(25_000)).unwrap();
    charts.push(&second);
    let chart = mount(&el, spec).unwrap();
    for _ in 0..40 {
        next_task().await;
    }
    assert_eq!(errors(&chart), 0);
    assert_eq!(tables(&el), 2);
    // The layer: chart 0's group, chart 1's group, then the focus targets (the reading order).
    let layer = find(&el, "[data-ig=\"plot:0\"]").parent_element().unwrap();
    let kids = layer.query_selector_all(":scope > *").unwrap();
    let kid = |i: u32| kids.item(i).unwrap().dyn_into::<web_sys::Element>().unwrap();
    let label = |i: u32| kid(i).get_attribute("aria-label").unwrap_or_default();
    assert!(
        label(0).contains("Typed") && label(1).contains("Second"),
        "{} / {}",
        label(0),
        label(1)
    );
    assert_eq!(kid(2).get_attribute("data-ig").as_deref(), Some("plot:0"));
    for (k, rows) in [(0, 1000), (1, 1000)] {
        let group = kid(k);
        assert_eq!(group.query_selector_all("tbody tr").unwrap().length(), rows, "chart {k}");
        let target = find(&el, &format!("[data-ig=\"plot:{k}\"]"));
        let id = target.get_attribute("aria-describedby").unwrap();
        assert!(group.query_selector(&format!("p[id=\"{id}\"]")).unwrap().is_some(), "{id}");
    }
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn a_large_stack_is_summed_over_tasks_and_draws_as_when_summed_at_once() {
    let el = host(800);
    // 2 × 700,000 values: the stack's extent takes two tasks, and so do the per-column summaries
    // made ahead of the scene (1,000,000 values a task).
    let stacked = || {
        let spec = spec_with(&wave(700_000), "");
        let chart =
            Reflect::get(&Reflect::get(&spec, &"charts".into()).unwrap(), &0.into()).unwrap();
        Reflect::set(&chart, &"type".into(), &"area".into()).unwrap();
        Reflect::set(&chart, &"stacked".into(), &JsValue::TRUE).unwrap();
        let series: js_sys::Array = Reflect::get(&chart, &"series".into()).unwrap().into();
        let second = Object::new();
        Reflect::set(&second, &"name".into(), &"Beta".into()).unwrap();
        let values: Vec<f64> =
            (0..700_000).map(|i| 30.0 + (i as f64 / 900.0).cos() * 25.0).collect();
        Reflect::set(&second, &"values".into(), &Float64Array::from(&values[..])).unwrap();
        series.push(&second);
        spec
    };
    // Summed at once: an export right after the call finishes every stage in its own call.
    let at_once = mount(&el, stacked()).unwrap();
    let svg = at_once.export_svg().unwrap().unwrap();
    at_once.destroy();
    let chart = mount(&el, stacked()).unwrap();
    ready(&chart).await;
    assert_eq!(
        staged_tasks(&chart),
        11.0,
        "each values array copied in a task (DEFER_VALUES_FROM), the spec checked in one, its \
         fonts, the model, the stack in two, its column summaries in two, the scene, its painting"
    );
    assert_eq!(chart.export_svg().unwrap().unwrap(), svg, "the same drawing either way");
    assert!(svg.contains("Beta"));
    chart.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn long_values_arrays_are_copied_in_later_tasks_and_read_as_in_the_call() {
    let n = infographic::web::DEFER_VALUES_FROM as usize + 50_000;
    let data: Vec<f64> = (0..n).map(|i| ((i % 1000) as f64) * 0.25).collect();
    let el = host(800);
    // A Float64Array and the same numbers in a plain array: not read in the call, then the same.
    let typed = mount(&el, spec_with(&Float64Array::from(&data[..]), "")).unwrap();
    assert_eq!(staged_tasks(&typed), 0.0, "not copied in the call");
    assert_eq!(renders(&typed), 0.0);
    ready(&typed).await;
    assert_eq!(errors(&typed), 0);
    let csv = typed.export_csv().unwrap().unwrap();
    assert_eq!(csv.lines().count(), 1 + n);
    typed.destroy();
    let plain: js_sys::Array = data.iter().map(|&v| JsValue::from(v)).collect();
    let chart = mount(&el, spec_with(&plain, "")).unwrap();
    assert_eq!(renders(&chart), 0.0, "not read in the call");
    ready(&chart).await;
    assert_eq!(chart.export_csv().unwrap().unwrap(), csv, "the same data either way");
    chart.destroy();
    // A null deep in the plain array: a gap, as in a short one; a string: an error at its path,
    // known once read.
    plain.set(n as u32 - 10, JsValue::NULL);
    let gap = mount(&el, spec_with(&plain, "")).unwrap();
    ready(&gap).await;
    assert_eq!(errors(&gap), 0);
    let csv = gap.export_csv().unwrap().unwrap();
    // chart,title,category,series,value,unit,derived: the value column, empty for the gap only.
    let value =
        |row: usize| csv.lines().nth(1 + row).unwrap().split(',').nth(4).unwrap().to_string();
    assert_eq!(value(n - 10), "", "a gap");
    assert_eq!(value(n - 11), format!("{}", ((n - 11) % 1000) as f64 * 0.25));
    gap.destroy();
    plain.set(n as u32 - 5, JsValue::from("7"));
    let broken = mount(&el, spec_with(&plain, "")).unwrap();
    assert_eq!(errors(&broken), 0, "not known in the call");
    ready(&broken).await;
    let path = first_error(&broken, "path");
    assert_eq!(path, Some(format!("charts[0].series[0].values[{}]", n - 5)));
    broken.destroy();
    el.remove();
}
