//! Where in spec text each problem is: the structured path (`steps`) and the source span
//! (`spec::locate`) of every diagnostic — byte offsets, UTF-16 offsets, line, column, and what the
//! span covers. These are the places the editor selects when an error is clicked.

use infographic::spec::{
    from_json, locate, parse_json, parse_str, Covers, Diagnostic, Span, Step, Target,
};
use std::fs;
use std::path::Path;

mod support;

fn errors(text: &str) -> Vec<Diagnostic> {
    parse_str(text).expect_err("the spec has errors")
}

fn span(d: &Diagnostic) -> Span {
    d.span.as_deref().copied().unwrap_or_else(|| panic!("no span for {d}"))
}

/// The text a diagnostic's span selects.
fn selected<'t>(text: &'t str, d: &Diagnostic) -> &'t str {
    let s = span(d);
    &text[s.start..s.end]
}

/// The one diagnostic at `path`.
fn at(diagnostics: Vec<Diagnostic>, path: &str) -> Diagnostic {
    let all = format!("{diagnostics:?}");
    let mut found: Vec<Diagnostic> = diagnostics.into_iter().filter(|d| d.path == path).collect();
    assert_eq!(found.len(), 1, "diagnostics at {path}: {all}");
    found.remove(0)
}

const VALUE_ERROR: &str = r#"{
  "version": 1,
  "charts": [{"type": "bar", "x": {"categories": ["a", "b", "c"]},
    "series": [{"name": "S", "values": [2, "abc", 4]}]}]
}"#;

#[test]
fn a_wrong_value_spans_the_whole_value() {
    let d = errors(VALUE_ERROR);
    let e = &at(d.clone(), "charts[0].series[0].values[1]");
    assert_eq!(selected(VALUE_ERROR, e), r#""abc""#);
    let s = span(e);
    assert_eq!(s.covers, Covers::Value);
    assert_eq!((s.line, s.column), (4, 44));
    assert_eq!(
        (s.start_utf16, s.end_utf16),
        (s.start, s.end),
        "ASCII text: bytes are UTF-16 units"
    );
}

#[test]
fn an_array_or_object_value_spans_bracket_to_bracket() {
    let text = r#"{"version": 1, "charts": {"type": "bar"}}"#;
    let e = &at(errors(text), "charts");
    assert_eq!(selected(text, e), r#"{"type": "bar"}"#);
    assert_eq!(span(e).covers, Covers::Value);
}

#[test]
fn diagnostics_carry_their_path_as_steps() {
    let e = errors(VALUE_ERROR).remove(0);
    assert_eq!(
        e.steps,
        vec![
            Step::Key { name: "charts".into(), entry: 1 },
            Step::Index(0),
            Step::Key { name: "series".into(), entry: 2 },
            Step::Index(0),
            Step::Key { name: "values".into(), entry: 1 },
            Step::Index(1),
        ]
    );
    assert_eq!(e.path, "charts[0].series[0].values[1]", "the display path is unchanged");
}

#[test]
fn a_long_unknown_key_is_cut_in_the_path_and_whole_in_the_steps() {
    let key = "k".repeat(60);
    let text = format!(r#"{{"version": 1, "charts": [], "{key}": 1}}"#);
    let d = errors(&text);
    let e = d.iter().find(|d| d.target == Target::Key).expect("unknown field");
    assert!(e.path.len() < key.len(), "path {}", e.path);
    assert_eq!(e.steps, vec![Step::Key { name: key.clone(), entry: 2 }]);
    assert_eq!(selected(&text, e), format!("\"{key}\""));
}

#[test]
fn an_unknown_field_spans_its_key() {
    let text = "{\"version\": 1, \"titel\": \"T\", \"charts\": []}";
    let e = &at(errors(text), "titel");
    assert_eq!(selected(text, e), r#""titel""#);
    assert_eq!(span(e).covers, Covers::Key);
    assert_eq!((span(e).line, span(e).column), (1, 16));
}

#[test]
fn each_duplicate_key_spans_its_own_occurrence() {
    let text =
        r#"{"version": 1, "title": "A", "title": "B", "note": "n", "title": "C", "charts": []}"#;
    let d = errors(text);
    let dups: Vec<&Diagnostic> = d.iter().filter(|d| d.path == "title").collect();
    assert_eq!(dups.len(), 2, "{d:?}");
    let first = text.find(r#""title""#).unwrap();
    let second = text[first + 1..].find(r#""title""#).unwrap() + first + 1;
    let third = text[second + 1..].find(r#""title""#).unwrap() + second + 1;
    for (e, offset) in dups.iter().zip([second, third]) {
        assert_eq!(span(e).start, offset, "{e}");
        assert_eq!(selected(text, e), r#""title""#);
        assert_eq!(span(e).covers, Covers::Key);
    }
}

#[test]
fn a_duplicate_key_inside_an_array_spans_the_second_occurrence() {
    let text = fs::read_to_string(fixture("duplicate_key.json")).unwrap();
    let d = errors(&text);
    let e = &at(d.clone(), "charts[0].series[0].name");
    let first = text.find(r#""name""#).unwrap();
    let second = text[first + 1..].find(r#""name""#).unwrap() + first + 1;
    assert_eq!(span(e).start, second);
    assert_eq!(selected(&text, e), r#""name""#);
}

#[test]
fn a_missing_field_spans_the_brace_of_the_object_that_lacks_it() {
    let text = r#"{"charts": []}"#;
    let e = &at(errors(text), "version");
    assert_eq!(selected(text, e), "{");
    let s = span(e);
    assert_eq!((s.covers, s.start, s.line, s.column), (Covers::Parent, 0, 1, 1));

    let text = fs::read_to_string(fixture("missing_series_name.json")).unwrap();
    let e = &at(errors(&text), "charts[0].series[0].name");
    assert_eq!(selected(&text, e), "{");
    assert_eq!(span(e).start, text.find(r#"{"values""#).unwrap());
    assert_eq!(span(e).covers, Covers::Parent);
    assert_eq!(
        e.steps.last(),
        Some(&Step::Key { name: "name".into(), entry: 1 }),
        "a missing field's step is one past the object's entries"
    );
}

#[test]
fn a_syntax_error_spans_the_character_at_its_line_and_column() {
    let text = "{\n  \"version\": 1\n  \"charts\": []\n}";
    let e = &errors(text)[0];
    assert!(e.message.starts_with("invalid JSON at line 3, column 3"), "{}", e.message);
    let s = span(e);
    assert_eq!((s.covers, s.line, s.column), (Covers::Syntax, 3, 3));
    assert_eq!(selected(text, e), "\"");

    let text = "{\n  \"version\": 1,\n  \"charts\": [],\n}";
    let e = &errors(text)[0];
    assert!(e.message.starts_with("invalid JSON at line 4, column 1"), "{}", e.message);
    assert_eq!((span(e).line, span(e).column), (4, 1));
    assert_eq!(selected(text, e), "}");
}

#[test]
fn a_text_cut_short_spans_nothing_at_its_end_after_a_newline() {
    let text = "[1,\n";
    let e = &errors(text)[0];
    let s = span(e);
    assert_eq!((s.start, s.end, s.line, s.column), (4, 4, 2, 1));
    assert_eq!(s.covers, Covers::Syntax);
}

#[test]
fn offsets_count_bytes_and_utf16_units_and_columns_count_characters() {
    // 中 is 3 bytes and 1 UTF-16 unit; 😀 is 4 bytes and 2 units; both are one character.
    let text = "{\"version\": 1, \"title\": \"中😀\" x}";
    let e = &errors(text)[0];
    let s = span(e);
    let x = text.find('x').unwrap();
    assert_eq!(selected(text, e), "x");
    assert_eq!((s.start, s.end), (x, x + 1));
    assert_eq!(s.start_utf16, text[..x].encode_utf16().count());
    assert_eq!(s.start_utf16, x - 2 - 2, "中 saves 2 units, 😀 2");
    assert_eq!(s.end_utf16, s.start_utf16 + 1);
    assert_eq!(s.column, text[..x].chars().count() + 1);
    // serde_json's column in the message counts bytes.
    assert!(e.message.starts_with(&format!("invalid JSON at line 1, column {}", x + 1)));

    let text = "{\"version\": 1, \"charts\": [{\"type\": \"bar\", \"x\": {\"categories\": [\"é\"]}, \"series\": [{\"name\": \"😀\", \"values\": [\"v\"]}]}]}";
    let e = &at(errors(text), "charts[0].series[0].values[0]");
    let s = span(e);
    assert_eq!(selected(text, e), "\"v\"");
    assert_eq!(s.start_utf16, text[..s.start].encode_utf16().count());
    assert_eq!(s.end_utf16 - s.start_utf16, 3);
    assert_eq!(s.column, text[..s.start].chars().count() + 1);
    assert_eq!(s.start - s.start_utf16, 1 + 2, "é is 2 bytes for 1 unit, 😀 4 for 2");
}

#[test]
fn a_syntax_error_inside_a_multibyte_character_rounds_to_the_next_character() {
    // Cut inside a string: the parser's offset is the end of the text.
    let text = "{\"title\": \"é";
    let e = &errors(text)[0];
    let s = span(e);
    assert_eq!((s.start, s.end), (text.len(), text.len()), "{e}");
    assert_eq!(s.covers, Covers::Syntax);
}

#[test]
fn a_byte_order_mark_is_in_the_offsets_but_not_in_the_columns() {
    let text = "\u{feff}{\"version\": 1 \"charts\": []}";
    let e = &errors(text)[0];
    let s = span(e);
    let quote = text.find("\"charts").unwrap();
    assert_eq!((s.start, s.start_utf16), (quote, quote - 2), "the mark is 3 bytes, 1 unit");
    assert_eq!(s.column, quote - 3 + 1);
    assert!(e.message.starts_with(&format!("invalid JSON at line 1, column {}", s.column)));

    let text = "\u{feff}{\"charts\": []}";
    let e = &at(errors(text), "version");
    assert_eq!((span(e).start, span(e).column), (3, 1));
    assert_eq!(selected(text, e), "{");
}

#[test]
fn a_text_that_is_not_json_without_a_position_spans_its_start() {
    for (text, start) in [(" \n ", 0), ("\u{feff}", 3)] {
        let e = &errors(text)[0];
        let s = span(e);
        assert_eq!(
            (s.covers, s.start, s.end, s.line, s.column),
            (Covers::Start, start, start, 1, 1)
        );
    }
}

#[test]
fn a_problem_with_the_whole_document_spans_the_root_value() {
    let text = " [1, 2] ";
    let e = &errors(text)[0];
    assert!(e.path.is_empty());
    assert_eq!(selected(text, e), "[1, 2]");
    assert_eq!(span(e).covers, Covers::Value);
}

#[test]
fn a_path_past_the_end_spans_the_deepest_value_it_reaches() {
    let text = r#"{"charts": [{"a": 1}, [1, 2]]}"#;
    let mut d = vec![
        Diagnostic {
            steps: vec![
                Step::Key { name: "charts".into(), entry: 0 },
                Step::Index(1),
                Step::Index(5),
            ],
            ..Diagnostic::new("charts[1][5]", "past the end")
        },
        Diagnostic {
            steps: vec![
                Step::Key { name: "charts".into(), entry: 0 },
                Step::Index(0),
                Step::Key { name: "b".into(), entry: 1 },
                Step::Index(0),
            ],
            ..Diagnostic::new("charts[0].b[0]", "inside a missing field")
        },
        Diagnostic {
            steps: vec![
                Step::Key { name: "charts".into(), entry: 0 },
                Step::Index(0),
                Step::Key { name: "a".into(), entry: 0 },
                Step::Index(3),
            ],
            ..Diagnostic::new("charts[0].a[3]", "into a number")
        },
    ];
    locate(text, &mut d);
    let covers: Vec<(Covers, &str)> =
        d.iter().map(|e| (span(e).covers, selected(text, e))).collect();
    assert_eq!(
        covers,
        vec![(Covers::Nearest, "[1, 2]"), (Covers::Nearest, r#"{"a": 1}"#), (Covers::Nearest, "1")]
    );
}

#[test]
fn many_problems_are_placed_in_one_walk_in_any_order() {
    // Problems given out of document order still each get their own place.
    let text = r#"{"a": [10, 20, 30], "b": {"c": "x"}}"#;
    let key = |name: &str, entry| Step::Key { name: name.into(), entry };
    let mut d = vec![
        Diagnostic { steps: vec![key("b", 1), key("c", 0)], ..Diagnostic::new("b.c", "") },
        Diagnostic { steps: vec![key("a", 0), Step::Index(2)], ..Diagnostic::new("a[2]", "") },
        Diagnostic { steps: vec![key("a", 0)], ..Diagnostic::new("a", "") },
        Diagnostic { steps: vec![key("a", 0), Step::Index(0)], ..Diagnostic::new("a[0]", "") },
        Diagnostic { steps: vec![key("b", 1)], target: Target::Key, ..Diagnostic::new("b", "") },
    ];
    locate(text, &mut d);
    let places: Vec<&str> = d.iter().map(|e| selected(text, e)).collect();
    assert_eq!(places, vec![r#""x""#, "30", "[10, 20, 30]", "10", r#""b""#]);
}

#[test]
fn a_spec_without_text_has_steps_but_no_span() {
    let json = parse_json(VALUE_ERROR).unwrap();
    let d = from_json(&json).unwrap_err();
    assert!(d[0].span.is_none());
    assert_eq!(d[0].steps.len(), 6);
    assert_eq!(d, errors(VALUE_ERROR), "the same problems as from the text");
}

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken").join(name)
}

/// Every problem of the broken corpus is placed where its path says: a span inside the text, on
/// character boundaries, whose line and column and UTF-16 offsets agree with the text, and that
/// selects what its rule says.
#[test]
fn every_problem_in_the_broken_corpus_is_placed() {
    let files = support::corpus::spec_files("tests/fixtures/broken");
    assert!(files.len() > 100);
    let mut placed = 0;
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let Err(diagnostics) = parse_str(&text) else { continue };
        for d in &diagnostics {
            let s = span(d);
            let name = file.file_name().unwrap().to_string_lossy();
            assert!(s.start <= s.end && s.end <= text.len(), "{name}: {d}: {s:?}");
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "{name}: {s:?}"
            );
            let before = &text[..s.start];
            assert_eq!(s.start_utf16, before.encode_utf16().count(), "{name}: {d}");
            assert_eq!(s.end_utf16, text[..s.end].encode_utf16().count(), "{name}: {d}");
            assert_eq!(s.line, before.matches('\n').count() + 1, "{name}: {d}");
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let column = before[line_start..].trim_start_matches('\u{feff}').chars().count() + 1;
            assert_eq!(s.column, column, "{name}: {d}");
            let sel = &text[s.start..s.end];
            match s.covers {
                Covers::Key => assert!(sel.starts_with('"') && sel.ends_with('"'), "{name}: {sel}"),
                Covers::Parent => assert_eq!(sel, "{", "{name}: {d}"),
                Covers::Value => assert!(!sel.is_empty(), "{name}: {d}"),
                Covers::Syntax => assert!(d.message.starts_with("invalid JSON at line")),
                Covers::Start | Covers::Nearest => {
                    assert!(d.path.is_empty(), "{name}: {d} not located: {s:?}")
                }
            }
            placed += 1;
        }
    }
    assert!(placed > 200, "{placed} problems placed");
}
