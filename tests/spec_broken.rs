//! Broken specs and the exact diagnostics they must produce.
//!
//! Each `tests/fixtures/broken/NAME.json` sits beside `NAME.expected`: one diagnostic per line,
//! `path: message` (just the message for document-level problems), in document order.
//! `BLESS=1 cargo test --test spec_broken` rewrites the `.expected` files from the current output;
//! review the diff by eye before keeping it.
//!
//! Over-limit specs too large to commit (a million values, 5 MB of text) are built in code in
//! `tests/spec_limits.rs`. NaN and ±Infinity cannot come from JSON text (the literals are syntax
//! errors, see `syntax_nan_literal`); from a JavaScript object they can, and are tested below.

use infographic::spec::{from_json, parse_str, Diagnostic, Json};
use std::fs;
use std::path::PathBuf;

mod support;

use support::corpus;

const BROKEN: &str = "tests/fixtures/broken";

/// The diagnostics for one spec text, as the lines of an `.expected` file.
fn render(text: &str) -> String {
    match parse_str(text) {
        Ok(_) => "(parsed without error)\n".to_owned(),
        Err(diagnostics) => diagnostics.iter().map(|d| format!("{d}\n")).collect(),
    }
}

#[test]
fn broken_specs_report_the_expected_diagnostics() {
    let bless = std::env::var_os("BLESS").is_some_and(|v| v == "1");
    let specs = corpus::spec_files(BROKEN);
    assert!(specs.len() >= 60, "only {} broken specs", specs.len());

    let mut failures = Vec::new();
    for spec in &specs {
        let text = fs::read_to_string(spec).expect("readable fixture");
        let actual = render(&text);
        let expected_path = spec.with_extension("expected");
        if bless {
            fs::write(&expected_path, &actual).expect("writable .expected");
            continue;
        }
        match fs::read_to_string(&expected_path) {
            Ok(expected) if expected == actual => {}
            Ok(expected) => failures
                .push(format!("{}\n--- expected\n{expected}--- actual\n{actual}", spec.display())),
            Err(_) => failures.push(format!(
                "{} has no .expected file (run with BLESS=1, then review it)\n--- actual\n{actual}",
                spec.display()
            )),
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_expected_file_has_its_spec() {
    let orphans: Vec<PathBuf> = corpus::files(BROKEN, Some("expected"))
        .into_iter()
        .filter(|path| !path.with_extension("json").exists())
        .collect();
    assert!(orphans.is_empty(), "no .json beside {orphans:?}");
}

// JavaScript objects can carry values JSON text cannot: NaN and ±Infinity arrive as numbers.

fn number(n: f64) -> Json {
    Json::Number(n)
}

fn object(entries: Vec<(&str, Json)>) -> Json {
    Json::Object(entries.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

fn spec_with_values(values: Vec<Json>) -> Json {
    let series = object(vec![("name", Json::String("A".into())), ("values", Json::Array(values))]);
    let chart =
        object(vec![("type", Json::String("line".into())), ("series", Json::Array(vec![series]))]);
    object(vec![("version", number(1.0)), ("charts", Json::Array(vec![chart]))])
}

#[test]
fn non_finite_numbers_from_javascript_are_reported() {
    let value = spec_with_values(vec![
        number(1.0),
        number(f64::NAN),
        number(f64::INFINITY),
        number(f64::NEG_INFINITY),
        Json::Null,
    ]);
    let expected = vec![
        Diagnostic::new("charts[0].series[0].values[1]", "expected a finite number, found NaN"),
        Diagnostic::new(
            "charts[0].series[0].values[2]",
            "expected a finite number, found Infinity",
        ),
        Diagnostic::new(
            "charts[0].series[0].values[3]",
            "expected a finite number, found -Infinity",
        ),
    ];
    assert_eq!(from_json(&value), Err(expected));
}

#[test]
fn non_finite_kpi_value_is_reported() {
    let item = object(vec![("label", Json::String("A".into())), ("value", number(f64::NAN))]);
    let chart =
        object(vec![("type", Json::String("kpi".into())), ("items", Json::Array(vec![item]))]);
    let value = object(vec![("version", number(1.0)), ("charts", Json::Array(vec![chart]))]);
    let expected =
        Diagnostic::new("charts[0].items[0].value", "expected a finite number, found NaN");
    assert_eq!(from_json(&value), Err(vec![expected]));
}
