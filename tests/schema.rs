//! The JSON Schema of spec v1 (`www/schema/infographic-v1.schema.json`): the committed file is
//! what the Rust types generate, and the schema agrees with the decoder on the demo specs and the
//! test fixtures.
//!
//! `BLESS=1 cargo test --test schema` rewrites the committed file from the types; review the diff.
#![cfg(not(target_arch = "wasm32"))]

use infographic::spec::{parse_str, schema};
use jsonschema::Validator;
use serde_json::Value;
use std::fs;
use std::path::PathBuf;

mod support;

use support::corpus::{read, root, spec_files};

fn schema_file() -> PathBuf {
    root().join("www/schema/infographic-v1.schema.json")
}

fn validator() -> Validator {
    jsonschema::draft202012::new(&schema::schema()).expect("the generated schema compiles")
}

/// The schema's complaints about a spec text, one line each (`/json/pointer: message`).
fn schema_errors(validator: &Validator, text: &str) -> Vec<String> {
    let instance: Value = serde_json::from_str(text).expect("fixture is JSON");
    validator.iter_errors(&instance).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

#[test]
fn committed_schema_is_up_to_date() {
    let generated = schema::schema_json();
    let path = schema_file();
    if std::env::var_os("BLESS").is_some_and(|v| v == "1") {
        fs::create_dir_all(path.parent().unwrap()).expect("schema directory");
        fs::write(&path, &generated).expect("writable schema file");
        return;
    }
    let committed = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{} is stale or missing: run `BLESS=1 cargo test --test schema` to regenerate it \
         (then review the diff)",
        path.display()
    );
}

#[test]
fn schema_is_draft_2020_12_with_id_and_title() {
    let schema = schema::schema();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(schema["$id"], schema::SCHEMA_ID);
    assert!(schema["title"].as_str().is_some_and(|t| t.contains("version 1")));
    let text = schema::schema_json();
    assert!(text.ends_with("}\n"));
    assert_eq!(serde_json::from_str::<Value>(&text).expect("schema_json is JSON"), schema);
}

#[test]
fn every_demo_spec_validates() {
    let validator = validator();
    let specs = spec_files("www/specs");
    assert!(!specs.is_empty());
    for spec in specs {
        let errors = schema_errors(&validator, &read(&spec));
        assert!(errors.is_empty(), "{} fails the schema:\n{}", spec.display(), errors.join("\n"));
    }
}

/// Every good fixture the parser accepts, the schema accepts too (the schema is not stricter).
#[test]
fn good_fixtures_validate() {
    let validator = validator();
    let specs = spec_files("tests/fixtures/good");
    assert!(specs.len() >= 2);
    for spec in specs {
        let text = read(&spec);
        assert!(parse_str(&text).is_ok(), "{} no longer parses", spec.display());
        let errors = schema_errors(&validator, &text);
        assert!(errors.is_empty(), "{} fails the schema:\n{}", spec.display(), errors.join("\n"));
    }
}

/// What the decoder accepts beyond the obvious: `null` for any optional field, numbers as
/// categories, 1.0 as the version, gaps, upper-case link schemes.
#[test]
fn decoder_leniencies_validate() {
    let spec = r#"{
      "version": 1.0, "title": null, "subtitle": null, "source": null, "source_url": "HTTP://x",
      "note": null, "locale": null, "theme": null, "exports": null,
      "charts": [
        {"type": "kpi", "title": null, "items": [{"label": "A", "value": -1.5e3, "unit": null,
          "prefix": null, "change": null, "change_unit": null, "note": null, "derived": null}]},
        {"type": "line", "title": null, "subtitle": null, "note": null, "x": null, "y": null,
          "series": [{"name": "A", "values": [null, 2], "derived": null, "note": null}]},
        {"type": "line", "x": {"label": "x only"}, "y": {},
          "series": [{"name": "A", "values": [1]}, {"name": "B", "values": [1, 2]}]},
        {"type": "bar", "x": {"categories": null}, "series": [{"name": "A", "values": [1]}]},
        {"type": "bar", "x": {"label": null, "categories": [2021, "2022年", 2023.5]},
          "y": {"label": null, "unit": null},
          "series": [{"name": "A", "values": [1, null, 3], "derived": false}]}
      ]
    }"#;
    assert!(parse_str(spec).is_ok(), "{:?}", parse_str(spec).err());
    assert_eq!(schema_errors(&validator(), spec), Vec::<String>::new());
}

/// The issue's list: each of these is refused by the parser and by the schema.
#[test]
fn broken_specs_fail_both_schema_and_parser() {
    let validator = validator();
    let dir = root().join("tests/fixtures/broken");
    for name in [
        "unknown_root_field_suggestion", // unknown field
        "kpi_fields_on_line_chart",      // a field of another chart type
        "wrong_types",                   // strings where numbers go, arrays for objects, …
        "kpi_value_string",              // "12.5" for a number
        "chart_type_unknown",            // "type": "pie"
        "missing_chart_type",
        "locale_short",          // "zh"
        "theme_misspelt",        // "drak"
        "values_abc",            // a string among the values
        "missing_version",       // no "version"
        "version_2",             // a version this build does not know
        "source_url_javascript", // javascript: link
        "empty_charts",          // "charts": []
        "empty_values",          // "values": []
    ] {
        let text = read(&dir.join(format!("{name}.json")));
        assert!(parse_str(&text).is_err(), "the parser accepts {name}.json");
        assert!(!schema_errors(&validator, &text).is_empty(), "the schema accepts {name}.json");
    }
}

/// A mistake inside a chart is reported where it is, as the decoder does, not as "the chart matches
/// no alternative".
#[test]
fn schema_errors_point_at_the_mistake() {
    let validator = validator();
    let dir = root().join("tests/fixtures/broken");
    for (name, path) in [
        ("values_abc", "/charts/0/series/0/values/1"),
        ("chart_type_unknown", "/charts/0/type"),
        ("locale_short", "/locale"),
        ("source_url_javascript", "/source_url"),
    ] {
        let errors = schema_errors(&validator, &read(&dir.join(format!("{name}.json"))));
        assert!(
            errors.iter().any(|e| e.starts_with(&format!("{path}: "))),
            "{name}.json: no schema error at {path}:\n{}",
            errors.join("\n")
        );
    }
}

/// Edge cases of single fields, refused by both.
#[test]
fn edge_cases_fail_both_schema_and_parser() {
    let validator = validator();
    let kpi = r#"{"type": "kpi", "items": [{"label": "A", "value": 1}]}"#;
    let line = |x: &str| {
        format!(r#"{{"type": "line", "x": {x}, "series": [{{"name": "A", "values": [1]}}]}}"#)
    };
    for fields in [
        r#""source_url": "https://""#.to_owned(),
        r#""source_url": " https://example.org""#.to_owned(),
        r#""source_url": "//example.org""#.to_owned(),
        r#""version": "1""#.to_owned(),
        r#""version": 1.5"#.to_owned(),
        r#""exports": "yes""#.to_owned(),
        r#""locale": "EN""#.to_owned(),
        r#""$schema": 5"#.to_owned(),
        format!(r#""extra": {kpi}"#),
    ] {
        let version = if fields.starts_with(r#""version""#) { "" } else { r#""version": 1, "# };
        let text = format!(r#"{{{version}{fields}, "charts": [{kpi}]}}"#);
        assert!(parse_str(&text).is_err(), "the parser accepts {text}");
        assert!(!schema_errors(&validator, &text).is_empty(), "the schema accepts {text}");
    }
    for chart in [
        line(r#"{"categories": [true]}"#),
        line(r#"{"categories": [["2021"]]}"#),
        line(r#"{"categories": "2021"}"#),
        r#"{"type": "kpi", "items": [{"label": "A", "value": null}]}"#.to_owned(),
        r#"{"type": "kpi", "items": [{"label": "A", "value": 1, "derived": 1}]}"#.to_owned(),
        r#"{"type": "line", "series": [{"name": "A", "values": [[1]]}]}"#.to_owned(),
        r#"{"type": null, "series": [{"name": "A", "values": [1]}]}"#.to_owned(),
        r#"{"type": "LINE", "series": [{"name": "A", "values": [1]}]}"#.to_owned(),
    ] {
        let text = format!(r#"{{"version": 1, "charts": [{chart}]}}"#);
        assert!(parse_str(&text).is_err(), "the parser accepts {text}");
        assert!(!schema_errors(&validator, &text).is_empty(), "the schema accepts {text}");
    }
}

/// Broken fixtures the schema cannot refuse: JSON Schema has no way to say them. Anything else in
/// `tests/fixtures/broken/` that is JSON at all must fail the schema as well as the parser.
const DECODER_ONLY: [(&str, &str); 34] = [
    ("annotation_line_axes", "exactly one of \"x\" and \"y\""),
    ("annotation_not_on_axis", "positions that must be among x.categories"),
    ("annotation_range_reversed", "from ≤ to, and ranges of exactly two ends"),
    ("annotation_series", "series names that must name a series of the chart"),
    ("gauge_value_over_max", "a gauge value or target above its own item's max"),
    ("duplicate_key", "a key given twice (JSON parsers keep one of them)"),
    ("duplicate_keys_nested", "a key given twice (JSON parsers keep one of them)"),
    ("length_mismatch", "values and x.categories of different lengths"),
    ("length_mismatch_several", "values and x.categories of different lengths"),
    // The limits of `spec::limits` are not (yet) in the generated schema.
    ("limit_category_too_long", "a category over the length limit"),
    ("limit_kpi_too_many_items", "more KPI items than the limit"),
    ("limit_series_name_too_long", "a series name over the length limit"),
    ("limit_source_url_too_long", "a source_url over the length limit"),
    ("limit_title_too_long", "a title over the length limit"),
    ("limit_too_many_charts", "more charts than the limit"),
    ("limit_too_many_series", "more series than the limit"),
    ("limit_unit_too_long", "a unit over the length limit"),
    // Rules that depend on another field (the chart type, the axis type, the scale).
    ("time_category_not_a_date", "a time axis category that is not a calendar period"),
    ("time_categories_not_increasing", "time axis categories out of order"),
    ("log_scale_on_bars", "a log scale on a bar chart"),
    ("log_scale_non_positive_values", "values at or below zero on a log scale"),
    ("log_scale_bounds", "min or max at or below zero on a log scale"),
    ("bar_min_above_zero", "a min above zero on a bar chart"),
    ("highlight_unknown_category", "a highlight naming no category"),
    ("highlight_array_one_unknown", "a highlight naming no category"),
    ("highlight_without_categories", "a highlight on a chart without categories"),
    (
        "highlight_on_line_chart",
        "a bar-only field on a line chart (line, bar, area and combo share one schema)",
    ),
    ("stacked_on_line_chart", "a bar/area-only field on a line chart (xy charts share one schema)"),
    ("stacked_and_horizontal", "two options that cannot be combined"),
    ("horizontal_on_area_chart", "a bar-only field on an area chart (xy charts share one schema)"),
    ("mark_on_bar_chart", "a combo-only series field on a bar chart (series share one schema)"),
    ("annotations_on_horizontal_bars", "two options that cannot be combined"),
    ("y2_on_bar_chart", "a combo-only field on a bar chart (xy charts share one schema)"),
    (
        "multiples_series_mark",
        "a combo-only series field in small multiples (series share one schema)",
    ),
];

#[test]
fn schema_refuses_every_broken_fixture_it_can_express() {
    let validator = validator();
    let mut checked = 0;
    for spec in spec_files("tests/fixtures/broken") {
        let name = spec.file_stem().unwrap().to_string_lossy().into_owned();
        let text = read(&spec);
        assert!(parse_str(&text).is_err(), "the parser accepts {name}.json");
        let Ok(instance) = serde_json::from_str::<Value>(&text) else {
            continue; // a syntax error: no schema to check against
        };
        let schema_ok = validator.is_valid(&instance);
        match DECODER_ONLY.iter().find(|(n, _)| *n == name) {
            Some((_, why)) => assert!(
                schema_ok,
                "{name}.json ({why}) now fails the schema: remove it from DECODER_ONLY"
            ),
            None => assert!(!schema_ok, "the schema accepts {name}.json, which the parser refuses"),
        }
        checked += 1;
    }
    assert!(checked >= 25, "only {checked} broken fixtures are JSON");
}
