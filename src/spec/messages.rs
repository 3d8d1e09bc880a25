//! Every user-facing message about a spec, one function each (after Vega-Lite's `log/message.ts`).
//!
//! Decoding and parsing only decide *what* went wrong and *where*; the words live here so they stay
//! consistent and can be reviewed in one place. Conventions:
//!
//! - a message starts in lower case and has no final period; the JSON path is added by `Diagnostic`;
//! - field names and string values are written as JSON strings (`"title"`), numbers as JSON/JS would;
//! - a mismatch reads `expected <what>, found <value>`, with the value rendered by [`describe`];
//! - a hint follows after `; ` (`did you mean "title"?`, `allowed: kpi, line, bar`).

pub mod annotations;

use super::digits;
use super::json::{number_text, Json, MAX_DEPTH};
use super::Locale;
use crate::decimal::{fixed, parse};

/// A count in a message, with English thousands separators ("1,000,000") whatever the spec's locale:
/// the messages are English text for the person writing the spec (the editor shows them as they
/// are), so their numbers follow English usage, as their words do.
fn grouped(n: usize) -> String {
    digits::grouped(n, Locale::En)
}

/// Shown wherever an editor needs a reminder of what a spec looks like.
const SPEC_EXAMPLE: &str = r#"{"version": 1, "charts": [...]}"#;

/// Strings longer than this are cut in messages: the path already says where the value is.
const MAX_QUOTED_CHARS: usize = 40;

/// The spec text is empty or only whitespace.
pub fn empty_text() -> String {
    format!("the spec is empty: expected a JSON object such as {SPEC_EXAMPLE}")
}

/// The spec text is not valid JSON; `detail` is the parser's own description of the problem.
pub fn invalid_json(line: usize, column: usize, detail: &str) -> String {
    format!("invalid JSON at line {line}, column {column}: {}", plain_syntax_detail(detail))
}

/// `TextParser::step` was called again after it had returned its result (a bug in the caller).
pub fn text_already_parsed() -> String {
    "the spec text was already parsed".to_owned()
}

/// Arrays and objects are nested deeper than the parser allows.
pub fn nested_too_deeply(limit: usize) -> String {
    format!("nested too deeply (more than {limit} arrays or objects inside each other)")
}

/// Rewords the text parser's terse syntax errors (serde_json's words, which `json_text` keeps) for
/// an editor; anything else is already plain enough.
fn plain_syntax_detail(detail: &str) -> String {
    let plain = match detail {
        "EOF while parsing an object" => "the text ends before the object is closed (missing `}`?)",
        "EOF while parsing a list" => "the text ends before the array is closed (missing `]`?)",
        "EOF while parsing a string" => "the text ends inside a string (missing `\"`?)",
        "EOF while parsing a value" => "the text ends where a value was expected",
        "expected value" => "expected a value (a string in double quotes, a number, true, false, null, an array or an object)",
        "expected ident" => "expected true, false or null",
        "key must be a string" => "expected a key in double quotes",
        "trailing comma" => "trailing comma: remove the last `,`",
        "trailing characters" => "unexpected text after the end of the spec",
        "recursion limit exceeded" => return nested_too_deeply(MAX_DEPTH),
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "a control character (such as a raw tab or line break) inside a string; write it as an escape: \\t, \\n"
        }
        "invalid number" => "invalid number (NaN and Infinity are not JSON: write null for a gap)",
        "number out of range" => "a number too large to store (beyond ±1.8e308)",
        "invalid escape" => "invalid escape in a string (allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)",
        "lone leading surrogate in hex escape" | "unexpected end of hex escape" => {
            "an unpaired \\uD800–\\uDBFF escape: emoji need both halves of the pair"
        }
        other => other,
    };
    plain.to_owned()
}

/// The JavaScript value handed to `mount`, `update` or `validate` is neither a spec object nor JSON
/// text. `null` is named apart: a host whose fetch returned nothing must see an error, never the
/// default story (only a missing argument means that).
pub fn not_a_spec(found: &str) -> String {
    format!(
        "expected a spec object or JSON text, found {found} (leave the argument out for the default story)"
    )
}

/// The document parsed, but is not an object.
pub fn root_not_object(found: &Json) -> String {
    format!(
        "expected the spec to be a JSON object such as {SPEC_EXAMPLE}, found {}",
        describe(found)
    )
}

/// A value has the wrong JSON type; `what` names the expected kind, e.g. "a string".
pub fn expected(what: &str, found: &Json) -> String {
    format!("expected {what}, found {}", describe(found))
}

/// Like [`expected`] for a number, with a hint when the value is a number written in quotes.
pub fn expected_number(what: &str, found: &Json) -> String {
    let message = expected(what, found);
    match found {
        Json::String(s) if looks_like_number(s) => {
            format!("{message} (a string; write the number without quotes)")
        }
        _ => message,
    }
}

fn looks_like_number(s: &str) -> bool {
    parse(s.trim()).is_some_and(f64::is_finite)
}

/// NaN or ±Infinity: only possible from a JavaScript object, never from JSON text.
pub fn not_finite(value: f64) -> String {
    format!("expected a finite number, found {}", number_text(value))
}

/// A required field is absent.
pub fn missing_field(name: &str) -> String {
    format!("missing required field {}", quote(name))
}

/// A field the spec does not define; `allowed` lists every field of that object.
pub fn unknown_field(name: &str, suggestion: Option<&str>, allowed: &[&str]) -> String {
    format!("unknown field {}; {}", quote_cut(name), hint(suggestion, allowed))
}

/// The same key appears twice in one object (JSON allows it; we refuse to guess which one is meant).
pub fn duplicate_key(name: &str) -> String {
    format!("duplicate key {}", quote_cut(name))
}

/// `version` is not a number at all (often the string "1").
pub fn expected_version(found: &Json, supported: u32) -> String {
    expected_number(&format!("the number {supported}"), found)
}

/// `version` is a number, but not one this build understands.
pub fn unsupported_version(found: &Json, supported: u32) -> String {
    format!("unsupported version {}; this build supports version {supported}", describe(found))
}

pub fn unknown_locale(name: &str, suggestion: Option<&str>, allowed: &[&str]) -> String {
    format!("unknown locale {}; {}", quote_cut(name), hint(suggestion, allowed))
}

pub fn unknown_theme(name: &str, suggestion: Option<&str>, allowed: &[&str]) -> String {
    format!("unknown theme {}; {}", quote_cut(name), hint(suggestion, allowed))
}

pub fn unknown_chart_type(name: &str, suggestion: Option<&str>, allowed: &[&str]) -> String {
    format!("unknown chart type {}; {}", quote_cut(name), hint(suggestion, allowed))
}

pub fn unknown_axis_type(name: &str, suggestion: Option<&str>, allowed: &[&str]) -> String {
    format!("unknown x axis type {}; {}", quote_cut(name), hint(suggestion, allowed))
}

pub fn unknown_scale(name: &str, suggestion: Option<&str>, allowed: &[&str]) -> String {
    format!("unknown scale {}; {}", quote_cut(name), hint(suggestion, allowed))
}

/// A category of a `"type": "time"` axis is not a calendar period; `statements` lists the accepted ones.
pub fn not_a_period(found: &str, forms: &str) -> String {
    format!("{} is not a date the time axis understands; write it like {forms}", quote_cut(found))
}

/// Time categories must run forward: a line drawn through them would double back.
pub fn period_not_increasing(found: &str, previous: &str) -> String {
    format!(
        "{} does not come after {}: the categories of a time axis must increase",
        quote_cut(found),
        quote_cut(previous)
    )
}

/// `"scale": "log"` on a bar chart: the length of a bar on a log axis means nothing.
pub fn log_scale_on_bars() -> String {
    "bar charts cannot use a log scale: bars start at zero, which a log axis does not have; use a line chart or a linear scale".to_owned()
}

/// A value at or below zero on a log axis, which has no place for it.
pub fn not_positive_on_log(value: f64) -> String {
    format!(
        "{} cannot be shown on a log scale: every value must be above 0 (write null for a gap)",
        number_text(value)
    )
}

/// `y.min` or `y.max` at or below zero on a log axis.
pub fn log_bound_not_positive(value: f64) -> String {
    format!("expected a number above 0 on a log scale, found {}", number_text(value))
}

/// `y.min` above zero on a bar chart.
pub fn bar_min_above_zero(min: f64) -> String {
    format!("bars start at zero, so min must be 0 or below, found {}; use a line chart to zoom in on a range", number_text(min))
}

/// `y.max` not above `y.min`.
pub fn max_not_above_min(max: f64, min: f64) -> String {
    format!("max ({}) must be greater than min ({})", number_text(max), number_text(min))
}

pub fn unknown_gauge_style(name: &str, suggestion: Option<&str>, allowed: &[&str]) -> String {
    format!("unknown gauge style {}; {}", quote_cut(name), hint(suggestion, allowed))
}

pub fn unknown_event_status(name: &str, suggestion: Option<&str>, allowed: &[&str]) -> String {
    format!("unknown event status {}; {}", quote_cut(name), hint(suggestion, allowed))
}

/// A gauge's `max` is zero or negative: there is no scale to fill.
pub fn gauge_max_not_positive(max: f64) -> String {
    format!("expected a maximum greater than 0, found {}", number_text(max))
}

/// A gauge's value (or target) lies outside 0 … max; `what` is "value" or "target".
pub fn gauge_out_of_range(what: &str, value: f64, max: f64) -> String {
    format!(
        "the {what} {} is outside 0 to max ({}); a gauge shows a share of its maximum",
        number_text(value),
        number_text(max)
    )
}

/// A streak count (or total) is not a whole number in 1 … limit.
pub fn streak_count_out_of_range(found: f64, limit: usize) -> String {
    format!("expected a whole number from 1 to {limit}, found {}", number_text(found))
}

/// A streak's `total` is smaller than its `count`.
pub fn streak_total_below_count(total: u32, count: u32) -> String {
    format!(
        "total {total} is less than count {count}; total counts every box, the streak's included"
    )
}

/// A streak's `periods` do not label every marked box.
pub fn periods_mismatch(periods: usize, count: u32) -> String {
    format!("has {periods} periods but count is {count}; give one label per period of the streak")
}

/// A timeline date written as a number (2029) rather than a string ("2029").
pub fn date_as_number(found: f64, accepted: &str) -> String {
    format!(
        "expected a date such as {accepted} (a string), found {}; write the year in quotes",
        number_text(found)
    )
}

/// A timeline date that does not parse.
pub fn invalid_date(text: &str, accepted: &str) -> String {
    format!("expected a date such as {accepted}, found {}", quote_cut(text))
}

/// A chart field that only some chart types take, written on another type.
pub fn field_not_for_type(field: &str, chart_type: &str, allowed: &[&str]) -> String {
    let types: Vec<String> = allowed.iter().map(|t| quote(t)).collect();
    format!(
        "{} applies to {} charts only; this chart's type is {}",
        quote(field),
        types.join(" and "),
        quote(chart_type)
    )
}

/// Two chart options that this version cannot draw together.
pub fn not_combinable(field: &str, other: &str) -> String {
    format!("{} cannot be combined with {} (yet); remove one of them", quote(field), quote(other))
}

/// A `highlight` entry that names no category.
pub fn unknown_highlight(name: &str, suggestion: Option<&str>, allowed: &[&str]) -> String {
    let hint = match suggestion {
        Some(s) => format!("did you mean {}?", quote(s)),
        None if allowed.len() <= 8 => {
            let names: Vec<String> = allowed.iter().map(|c| quote_cut(c)).collect();
            format!("the categories are {}", names.join(", "))
        }
        None => "it must be one of x.categories, written exactly".to_owned(),
    };
    format!("{} is not one of the categories; {hint}", quote_cut(name))
}

/// `highlight` on a chart without `x.categories`: there is nothing to name.
pub fn highlight_without_categories() -> String {
    "\"highlight\" names categories, but this chart has no x.categories".to_owned()
}

pub fn unknown_mark(name: &str, suggestion: Option<&str>, allowed: &[&str]) -> String {
    format!("unknown mark {}; {}", quote_cut(name), hint(suggestion, allowed))
}

pub fn unknown_axis_side(name: &str, suggestion: Option<&str>, allowed: &[&str]) -> String {
    format!("unknown axis {}; {}", quote_cut(name), hint(suggestion, allowed))
}

/// `source_url` becomes a link; only web addresses are safe to link (not `javascript:`, `data:`, …).
pub fn unsafe_source_url(url: &str) -> String {
    format!("expected a link starting with http:// or https://, found {}", quote_cut(url))
}

/// An array that needs at least one element is empty; `noun` names one element.
pub fn empty_array(field: &str, noun: &str) -> String {
    format!("{field} is empty; add at least one {noun}")
}

/// A series does not have one value per category.
pub fn length_mismatch(values: usize, categories: usize) -> String {
    let noun = if values == 1 { "value" } else { "values" };
    format!("has {values} {noun} but x.categories has {categories}")
}

/// The spec text is larger than the limit (checked before parsing).
pub fn spec_too_large(bytes: usize, limit: usize) -> String {
    format!(
        "the spec is too large: {} ({} bytes); the limit is {} ({} bytes)",
        megabytes(bytes),
        grouped(bytes),
        megabytes(limit),
        grouped(limit)
    )
}

fn megabytes(bytes: usize) -> String {
    let mb = bytes as f64 / (1024.0 * 1024.0);
    let text = fixed(mb, 1);
    format!("{} MB", text.strip_suffix(".0").unwrap_or(&text))
}

/// An array holds more elements than the limit allows; `noun` is the plural of one element.
pub fn too_many(count: usize, noun: &str, limit: usize) -> String {
    format!("too many {noun}: {}; the limit is {}", grouped(count), grouped(limit))
}

/// An x axis with more labels than the limit, and what a long series does instead.
pub fn too_many_categories(count: usize, limit: usize) -> String {
    format!(
        "too many categories: {}; the limit is {}. For a longer series leave out \"categories\": its \
         values are then placed at 0, 1, 2, … (up to {} values)",
        grouped(count),
        grouped(limit),
        grouped(super::limits::MAX_VALUES)
    )
}

/// A horizontal ranking with more rows than it can label.
pub fn too_many_rows(rows: usize, limit: usize) -> String {
    format!(
        "a horizontal ranking has at most {} rows, one per category; this one has {}: draw them \
         as vertical bars (remove \"horizontal\"), whose labels are thinned to fit",
        grouped(limit),
        grouped(rows)
    )
}

/// The values of all series together exceed the limit; reported at the series that crosses it.
pub fn too_many_values_in_spec(limit: usize) -> String {
    format!(
        "too many values in the spec: with this series there are more than {} in all charts together",
        grouped(limit)
    )
}

/// A string is longer than its field allows.
pub fn text_too_long(chars: usize, limit: usize) -> String {
    format!("too long: {} characters; the limit is {}", grouped(chars), grouped(limit))
}

/// More problems were found than are listed.
pub fn more_problems(count: usize) -> String {
    let noun = if count == 1 { "problem" } else { "problems" };
    format!("…and {} more {noun} not listed; fix these first", grouped(count))
}

/// Decoding failed without saying why: a bug in the decoder, never the editor's fault.
pub fn unreadable_spec() -> String {
    "the spec could not be read (an internal error; please report it with the spec attached)"
        .to_owned()
}

/// A short, JSON-ish rendering of a found value: `"abc"`, `12`, `true`, `null`, `an array`.
pub fn describe(value: &Json) -> String {
    match value {
        Json::Null => "null".to_owned(),
        Json::Bool(b) => b.to_string(),
        Json::Number(n) => number_text(*n),
        Json::String(s) => quote_cut(s),
        Json::Array(_) => "an array".to_owned(),
        Json::Object(_) => "an object".to_owned(),
        Json::Numbers(_) => "a typed array".to_owned(),
    }
}

/// "did you mean …?" when a name is close, else the full list so the editor can pick.
fn hint(suggestion: Option<&str>, allowed: &[&str]) -> String {
    match suggestion {
        Some(name) => format!("did you mean {}?", quote(name)),
        None => format!("allowed: {}", allowed.join(", ")),
    }
}

/// `s` as a JSON string literal, escaped exactly as serde_json writes it (`\"`, `\\`, the short escapes
/// `\b \f \n \r \t`, `\u00xx` for other control characters). By hand: going through
/// `serde_json::Value` linked its whole serializer, number printing included, into the wasm bundle.
fn quote(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 0xf] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A string quoted for a message, cut after `MAX_QUOTED_CHARS` characters.
pub fn quote_cut(s: &str) -> String {
    match s.char_indices().nth(MAX_QUOTED_CHARS) {
        Some((end, _)) => quote(&format!("{}…", &s[..end])),
        None => quote(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_escapes_as_serde_json_does() {
        for s in [
            "plain",
            "say \"hi\"",
            "back\\slash",
            "tab\tnew\nline\r",
            "\u{8}\u{c}\u{1}\u{1f}\u{7f}",
            "中文 é",
            "",
        ] {
            assert_eq!(quote(s), serde_json::Value::String(s.to_owned()).to_string(), "{s:?}");
        }
    }

    #[test]
    fn describes_values_briefly() {
        assert_eq!(describe(&Json::String("abc".into())), r#""abc""#);
        assert_eq!(describe(&Json::Number(12.0)), "12");
        assert_eq!(describe(&Json::Number(-0.5)), "-0.5");
        assert_eq!(describe(&Json::Number(f64::NEG_INFINITY)), "-Infinity");
        assert_eq!(describe(&Json::Bool(true)), "true");
        assert_eq!(describe(&Json::Array(vec![])), "an array");
        assert_eq!(describe(&Json::Object(vec![])), "an object");
        assert_eq!(describe(&Json::String("say \"hi\"".into())), r#""say \"hi\"""#);
    }

    #[test]
    fn cuts_long_strings() {
        let long = "数".repeat(50);
        let shown = describe(&Json::String(long));
        assert_eq!(shown, format!("\"{}…\"", "数".repeat(MAX_QUOTED_CHARS)));
    }

    #[test]
    fn hints_at_quoted_numbers_only() {
        let quoted = Json::String(" 12.5".into());
        assert_eq!(
            expected_number("a number", &quoted),
            r#"expected a number, found " 12.5" (a string; write the number without quotes)"#
        );
        assert_eq!(
            expected_number("a number", &Json::String("NaN".into())),
            r#"expected a number, found "NaN""#
        );
    }
}
