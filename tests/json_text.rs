//! Our JSON text parser (`spec::TextParser`, `spec::parse_json`) against serde_json, the parser it
//! replaced: on every fixture and example spec, every prefix of a few of them, thousands of random
//! edits and generated texts, and hand-picked edge cases (numbers at the ends of f64, escapes and
//! surrogates, control characters, depth), both must give the same value (numbers bit for bit,
//! `-0` included) or the same message at the same line and column. And a text parsed in small
//! steps must give exactly what one step gives.
//!
//! The reference (`fuzz/src/json_reference.rs`, shared with the `json_text` fuzz target) is the
//! serde visitor `spec::json` used before, with serde_json's `float_roundtrip` (Cargo.toml), so its
//! numbers are exactly rounded, as ours are. (Without it serde_json is off by an ulp for some long
//! numbers; the fuzzer found `9666666666666666666666666`, kept below.)

#[path = "../fuzz/src/json_reference.rs"]
mod json_reference;

use infographic::spec::{parse_json, Diagnostic, Json, TextParser};
use json_reference::{reference, same};
use std::fs;

mod support;

use support::corpus;

fn stepped(text: &str, budget: usize) -> Result<Json, Diagnostic> {
    let mut parser = TextParser::new(text);
    loop {
        if let Some(result) = parser.step(budget) {
            return result;
        }
    }
}

/// Our parser and serde_json agree on `text`; returns how many texts were checked (1).
fn check(text: &str) -> usize {
    let ours = parse_json(text);
    let theirs = reference(text);
    assert!(same(&ours, &theirs), "text {text:?}\n  ours   {ours:?}\n  serde  {theirs:?}");
    1
}

fn check_budgets(text: &str, budgets: &[usize]) {
    let whole = parse_json(text);
    for &budget in budgets {
        let result = stepped(text, budget);
        assert!(same(&result, &whole), "budget {budget}, text {text:?}");
    }
}

fn corpus() -> Vec<(String, String)> {
    let mut texts = Vec::new();
    // Every file, the `.expected` files of the broken corpus too: any text is a test of the parser.
    for dir in ["www/specs", "tests/fixtures/good", "tests/fixtures/broken", "tests/fixtures/fuzz"]
    {
        for path in corpus::files(dir, None) {
            // Fuzz inputs may not be UTF-8; spec text always is.
            if let Ok(text) = fs::read_to_string(&path) {
                texts.push((path.display().to_string(), text));
            }
        }
    }
    assert!(texts.len() > 250, "only {} texts", texts.len());
    texts
}

#[test]
fn agrees_on_every_fixture_and_example() {
    for (_, text) in corpus() {
        check(&text);
    }
}

#[test]
fn agrees_on_every_prefix() {
    let mut count = 0;
    for name in ["tests/fixtures/good/edge-cases.json", "www/specs/pingyuan-kpis.json"] {
        let Ok(text) = fs::read_to_string(corpus::root().join(name)) else { continue };
        for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            count += check(&text[..end]);
        }
    }
    let escapes =
        r#"{"a\"b": ["\u00e9\ud83d\ude00\\\/\b\f\n\r\t", -12.5e-3, 0, 1E+2, true, null]}"#;
    for end in 0..=escapes.len() {
        count += check(&escapes[..end]);
    }
    assert!(count > 1000, "{count} prefixes");
}

/// A small, seedable random source (xorshift64*): the same texts on every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Characters that matter to a JSON parser, and a few that do not.
const EDITS: &[&str] = &[
    "{", "}", "[", "]", ",", ":", "\"", "\\", " ", "\n", "\t", "\r", "0", "1", "9", ".", "e", "E",
    "+", "-", "t", "f", "n", "u", "l", "\u{1}", "\u{1f}", "é", "中", "😀", "x", "/", "", "\\u",
    "\\ud83d", "\\ude00", "1e400", "-0", "\u{feff}",
];

#[test]
fn agrees_after_random_edits() {
    let texts: Vec<String> =
        corpus().into_iter().map(|(_, text)| text).filter(|text| text.len() < 20_000).collect();
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    let mut count = 0;
    for round in 0..6000 {
        let mut text = texts[round % texts.len()].clone();
        for _ in 0..1 + random.below(3) {
            let boundaries: Vec<usize> =
                (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            let at = boundaries[random.below(boundaries.len())];
            let next = boundaries.iter().copied().find(|&b| b > at).unwrap_or(at);
            let replacement = random.pick(EDITS);
            // Replace one character, insert, or cut the text here.
            match random.below(3) {
                0 => text.replace_range(at..next, replacement),
                1 => text.insert_str(at, replacement),
                _ => text.truncate(at),
            }
        }
        count += check(&text);
    }
    assert_eq!(count, 6000);
}

fn number(random: &mut Random) -> String {
    let digits = |random: &mut Random, n: usize| -> String {
        (0..n).map(|_| char::from(b'0' + random.below(10) as u8)).collect()
    };
    let mut s = String::new();
    if random.below(3) == 0 {
        s.push('-');
    }
    match random.below(4) {
        0 => s.push('0'),
        _ => {
            s.push(char::from(b'1' + random.below(9) as u8));
            let n = [0, 1, 2, 5, 15, 16, 17, 18, 19, 20, 25, 40, 330][random.below(13)];
            s += &digits(random, n);
        }
    }
    if random.below(2) == 0 {
        s.push('.');
        let n = [1, 2, 3, 8, 15, 17, 20, 30, 400][random.below(9)];
        s += &digits(random, n);
    }
    if random.below(3) == 0 {
        s.push(['e', 'E'][random.below(2)]);
        s += random.pick(&["", "+", "-"]);
        let n = [1, 2, 3, 4, 10][random.below(5)];
        s += &digits(random, n);
    }
    s
}

fn string(random: &mut Random) -> String {
    let pieces = [
        "a",
        "b",
        "Δ",
        "数据",
        "😀",
        " ",
        "\\n",
        "\\\"",
        "\\\\",
        "\\/",
        "\\b",
        "\\f",
        "\\r",
        "\\t",
        "\\u0041",
        "\\u00e9",
        "\\ud83d\\ude00",
        "\\uDBFF\\uDFFF",
        "\\u0000",
    ];
    let n = random.below(6);
    let body: String = (0..n).map(|_| random.pick(&pieces)).collect();
    format!("\"{body}\"")
}

fn value(random: &mut Random, depth: usize, out: &mut String) {
    let space = |random: &mut Random, out: &mut String| {
        *out += random.pick(&["", "", "", " ", "\n", "\t", " \r\n  "]);
    };
    let kind = if depth > 4 { random.below(5) } else { random.below(7) };
    match kind {
        0 => *out += &number(random),
        1 => *out += &string(random),
        2 => *out += random.pick(&["true", "false", "null"]),
        3 | 4 => *out += &number(random),
        5 => {
            out.push('[');
            for i in 0..random.below(5) {
                if i > 0 {
                    out.push(',');
                }
                space(random, out);
                value(random, depth + 1, out);
                space(random, out);
            }
            out.push(']');
        }
        _ => {
            out.push('{');
            for i in 0..random.below(5) {
                if i > 0 {
                    out.push(',');
                }
                space(random, out);
                *out += &string(random);
                space(random, out);
                out.push(':');
                space(random, out);
                value(random, depth + 1, out);
            }
            out.push('}');
        }
    }
}

#[test]
fn agrees_on_generated_texts_and_their_edits() {
    let mut random = Random(0x0123_4567_89AB_CDEF);
    for _ in 0..4000 {
        let mut text = String::new();
        value(&mut random, 0, &mut text);
        check(&text);
        check_budgets(&text, &[1, 7]);
        // One random edit of a valid text: most edits make a syntax error somewhere inside.
        let boundaries: Vec<usize> =
            (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        let at = boundaries[random.below(boundaries.len())];
        text.insert_str(at, random.pick(EDITS));
        check(&text);
    }
}

#[test]
fn agrees_on_edge_cases() {
    let numbers = [
        "0", "-0", "-0.0", "0.0", "1E+2", "1e-2", "1E2", "0e0", "-0e-0", "1e308", "1.7976931348623157e308",
        "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "-1e309", "1e400", "0.1e-400",
        "1e-400", "4.9e-324", "5e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
        "2.2250738585072011e-308", "2.2250738585072014e-308", "18446744073709551615",
        "18446744073709551616", "-9223372036854775808", "-9223372036854775809",
        "123456789012345678901234567890", "9666666666666666666666666", "9007199254740993", "-9007199254740993",
        "0.30000000000000004", "1e2147483647", "1e2147483648", "1e-2147483648", "0e2147483648",
        "0.000e99999999999", "1e99999999999", "-1e99999999999", "1e-99999999999",
        "1.5e-99999999999", "00", "01", "-", "-a", "1.", "1.e1", ".1", "1e", "1e+", "1e-",
        "1ex", "+1", "1.5.5", "0x10", "Infinity", "-Infinity", "NaN", "1_000", "１",
        "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0",
        "1797693134862315700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0",
    ];
    for n in numbers {
        check(n);
        check(&format!("[{n}]"));
        check(&format!("{{\"n\": {n}}}"));
        check(&format!("[1, {n}, 2]"));
        check(&format!("\n\n  {n}  \n"));
    }
    let strings = [
        r#""""#,
        r#""\u""#,
        r#""\u12""#,
        r#""\u12345""#,
        r#""\uZZZZ""#,
        r#""\ud83d""#,
        r#""\ud83d\""#,
        r#""\ud83dx""#,
        r#""\ud83d\n""#,
        r#""\ud83d\u0041""#,
        r#""\ude00""#,
        r#""\ud83d\ud83d""#,
        r#""\ud83d\ude00""#,
        r#""\x""#,
        r#""\"#,
        r#""\é""#,
        "\"a\u{1}b\"",
        "\"a\tb\"",
        "\"a\nb\"",
        "\"a\u{7f}b\"",
        "\"é\u{0}\"",
        r#""\/""#,
        r#""abc"#,
        "\"中文",
        r#""\ud83d\"#,
        r#""\ud83d\u"#,
        r#""\ud83d\ude0"#,
    ];
    for s in strings {
        check(s);
        check(&format!("{{{s}: 1}}"));
        check(&format!("[\n{s}\n]"));
    }
    let structures = [
        "",
        " ",
        "\n\t\r ",
        "\u{feff}",
        "\u{feff}{}",
        "\u{feff} [1 2]",
        "\u{a0}",
        "\u{a0}1",
        "[]",
        "{}",
        "[,]",
        "[1,]",
        "[1,,2]",
        "[1 2]",
        "[1;2]",
        "{,}",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "{\"a\":}",
        "{\"a\"}",
        "{1:2}",
        "{a:1}",
        "{\"a\":1 \"b\":2}",
        "{\"a\":1,\"a\":2,\"a\":3}",
        "[1]]",
        "[1]x",
        "{}{}",
        "nul",
        "nulx",
        "tru",
        "trUe",
        "f",
        "falsey",
        "null null",
        "[\"a\", ]",
        "[\n1,\n]",
        "{\n\"a\": 1,\n}",
        "[",
        "{",
        "[1",
        "{\"a\"",
        "{\"a\":",
        "{\"a\":1",
        "[1,",
        "{\"a\":1,",
        "]",
        "}",
        ":",
        ",",
        "[}",
        "{]",
        "[\"a\":1]",
        "中",
        "\"\u{feff}\"",
        "[1,\n",
        "{\n",
        "{\"a\":[{\"b\":[",
        "  \n  x",
    ];
    for s in structures {
        check(s);
    }
    for depth in [1, 2, 100, 126, 127, 128, 129, 200, 5000] {
        let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let objects = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
        let mixed = format!("{}0{}", "[{\"k\": ".repeat(depth / 2 + 1), "}]".repeat(depth / 2 + 1));
        for text in [&arrays, &objects, &mixed, &arrays[..depth], &format!(" \n{arrays}")] {
            check(text);
            check_budgets(text, &[1, 3]);
        }
    }
}

#[test]
fn any_budget_gives_the_one_step_result() {
    for (name, text) in corpus() {
        let budgets: &[usize] = if text.len() > 50_000 { &[4096] } else { &[0, 1, 7, 4096] };
        let whole = parse_json(&text);
        for &budget in budgets {
            assert!(same(&stepped(&text, budget), &whole), "{name}, budget {budget}");
        }
    }
}

#[test]
fn a_long_array_parses_in_many_steps() {
    let values: Vec<String> = (0..100_000).map(|i| format!("{}.{}", i % 997, i % 13)).collect();
    let text = format!("{{\"values\": [{}], \"after\": [1, 2]}}", values.join(", "));
    let mut parser = TextParser::new(text.as_str());
    let mut steps = 0;
    let result = loop {
        steps += 1;
        if let Some(result) = parser.step(64 * 1024) {
            break result;
        }
    };
    // About one step per 64 KB: the budget is kept inside a long array too.
    assert!(steps >= text.len() / (64 * 1024), "{steps} steps for {} bytes", text.len());
    assert!(same(&result, &reference(&text)));
    assert_eq!(parser.bytes_read(), text.len());
}
