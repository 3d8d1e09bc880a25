//! Spec text → [`Json`]: our own JSON parser, which can stop after a budget of bytes and go on later.
//!
//! Why not serde_json (issues 6 and 7): a 3 MB text took ~60 ms in one piece in the browser, and a
//! recursive-descent parser cannot be paused; this one keeps all its state in [`TextParser`] (an
//! explicit stack of open arrays and objects, no recursion, so no stack to overflow either), so the
//! widget can parse a large text a slice per task. It also keeps serde_json's parser out of the
//! wasm bundle.
//!
//! It accepts exactly the text serde_json accepts and builds the values serde_json's visitor built
//! before it (numbers exact, `-0` stays `-0`, duplicate keys kept in order), and it reports a
//! syntax error with serde_json's words at serde_json's line and column (columns count bytes, as
//! serde_json's do): the broken-spec corpus pins those messages, and `tests/json_text.rs` compares
//! the two parsers on many texts, valid and broken.

use super::json::{Json, MAX_DEPTH};
use super::{messages, Diagnostic, Target};

/// The parser's own words for what went wrong; `messages::invalid_json` rewords them for an editor.
/// They are serde_json's, so its messages and ours stay one table.
mod what {
    pub const EOF_IN_LIST: &str = "EOF while parsing a list";
    pub const EOF_IN_OBJECT: &str = "EOF while parsing an object";
    pub const EOF_IN_STRING: &str = "EOF while parsing a string";
    pub const EOF_IN_VALUE: &str = "EOF while parsing a value";
    pub const EXPECTED_COLON: &str = "expected `:`";
    pub const EXPECTED_LIST_COMMA_OR_END: &str = "expected `,` or `]`";
    pub const EXPECTED_OBJECT_COMMA_OR_END: &str = "expected `,` or `}`";
    pub const EXPECTED_IDENT: &str = "expected ident";
    pub const EXPECTED_VALUE: &str = "expected value";
    pub const INVALID_ESCAPE: &str = "invalid escape";
    pub const INVALID_NUMBER: &str = "invalid number";
    pub const NUMBER_OUT_OF_RANGE: &str = "number out of range";
    pub const CONTROL_CHARACTER: &str =
        "control character (\\u0000-\\u001F) found while parsing a string";
    pub const KEY_MUST_BE_A_STRING: &str = "key must be a string";
    pub const LONE_SURROGATE: &str = "lone leading surrogate in hex escape";
    pub const UNEXPECTED_END_OF_HEX_ESCAPE: &str = "unexpected end of hex escape";
    pub const TRAILING_COMMA: &str = "trailing comma";
    pub const TRAILING_CHARACTERS: &str = "trailing characters";
    pub const RECURSION_LIMIT: &str = "recursion limit exceeded";
}

/// Parses JSON text a budget of bytes at a time; all its state lives here between calls.
///
/// Drive it with [`step`](Self::step) until that returns `Some`:
///
/// ```
/// use infographic::spec::{Json, TextParser};
/// let mut parser = TextParser::new(String::from(r#"{"values": [1, 2, 3]}"#));
/// let result = loop {
///     // One slice per task in the browser (e.g. ~256 KB): each call returns after about that
///     // many bytes, at the end of a value.
///     if let Some(result) = parser.step(8) {
///         break result;
///     }
/// };
/// assert!(matches!(result, Ok(Json::Object(_))));
/// ```
///
/// The text is any `AsRef<str>`: `&str` to parse at once (see `spec::parse_json`), `String` or
/// `Rc<str>` to keep it across tasks. The result is the same whatever the budgets were. A
/// byte-order mark at the start is skipped; an empty or whitespace-only text is
/// `messages::empty_text`. The spec size limit (`limits::MAX_SPEC_BYTES`) is the caller's to
/// check first, as `spec::parse_json` does.
pub struct TextParser<T: AsRef<str> = String> {
    text: T,
    /// Bytes of the byte-order mark before the JSON text (0 or 3): lines and columns start after it.
    skip: usize,
    state: State,
}

impl<T: AsRef<str>> TextParser<T> {
    pub fn new(text: T) -> Self {
        let full = text.as_ref();
        // Windows editors like to save a byte-order mark; it is not a syntax error worth reporting.
        let json = full.strip_prefix('\u{feff}').unwrap_or(full);
        let skip = full.len() - json.len();
        let next = if json.trim().is_empty() { Next::EmptyText } else { Next::Value };
        TextParser { text, skip, state: State::new(next) }
    }

    /// Parses on for about `budget_bytes` more bytes of text (at least one value or bracket, and
    /// whole strings and numbers). `None`: not finished, call again. `Some`: the parsed value or
    /// the first syntax error, returned once; any later call returns an error saying so.
    pub fn step(&mut self, budget_bytes: usize) -> Option<Result<Json, Diagnostic>> {
        let json = &self.text.as_ref()[self.skip..];
        self.state.run(json, budget_bytes)
    }

    /// The text being parsed, as given.
    pub fn text(&self) -> &T {
        &self.text
    }

    /// How far the parser has read, in bytes of text: for a progress indication.
    pub fn bytes_read(&self) -> usize {
        self.skip + self.state.pos
    }

    /// The whole text's length in bytes.
    pub fn len(&self) -> usize {
        self.text.as_ref().len()
    }

    /// Whether the text is empty (then the first `step` reports `messages::empty_text`).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What the parser expects at `pos`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Next {
    /// The text is empty or whitespace: say so at the first step.
    EmptyText,
    /// A value (after optional whitespace).
    Value,
    /// Right after `[`: the first item or `]`.
    FirstItem,
    /// Right after `{`: the first key or `}`.
    FirstKey,
    /// After an item of the innermost array or object: `,` or its closing bracket.
    AfterItem,
    /// After the root value: only whitespace may follow.
    End,
    /// The result has been returned.
    Done,
}

/// An array or object still open, with what it holds so far.
enum Frame {
    /// `start`: the byte offset of its `[`, to estimate how many items a long array will hold.
    Array { items: Vec<Json>, start: usize },
    /// `key`: the key whose value is being parsed.
    Object { entries: Vec<(String, Json)>, key: String },
}

/// A syntax error: serde_json's description, and the byte offset whose line and column it reports
/// (just past the offending byte, as serde_json counts; the end of the text for a text cut short).
struct SyntaxError {
    at: usize,
    what: &'static str,
}

type Parsed<T> = Result<T, SyntaxError>;

fn fail<T>(at: usize, what: &'static str) -> Parsed<T> {
    Err(SyntaxError { at, what })
}

struct State {
    /// Byte offset of the next byte to read.
    pos: usize,
    next: Next,
    stack: Vec<Frame>,
    root: Option<Json>,
}

impl State {
    fn new(next: Next) -> Self {
        State { pos: 0, next, stack: Vec::new(), root: None }
    }

    fn run(&mut self, text: &str, budget: usize) -> Option<Result<Json, Diagnostic>> {
        let bytes = text.as_bytes();
        let stop = self.pos.saturating_add(budget);
        loop {
            let done = match self.next {
                Next::EmptyText => {
                    self.next = Next::Done;
                    return Some(Err(Diagnostic::new("", messages::empty_text())));
                }
                Next::Done => {
                    return Some(Err(Diagnostic::new("", messages::text_already_parsed())));
                }
                Next::Value => self.value(text),
                Next::FirstItem => self.first_item(bytes),
                Next::FirstKey => self.first_key(text),
                Next::AfterItem => self.after_item(text, stop),
                Next::End => self.end(bytes),
            };
            match done {
                Err(error) => {
                    self.next = Next::Done;
                    self.stack = Vec::new();
                    return Some(Err(diagnostic(bytes, error)));
                }
                Ok(true) => {
                    self.next = Next::Done;
                    return self.root.take().map(Ok);
                }
                Ok(false) if self.pos >= stop => return None,
                Ok(false) => {}
            }
        }
    }

    /// A value at `pos`: a scalar completes at once, a bracket opens a frame.
    fn value(&mut self, text: &str) -> Parsed<bool> {
        let bytes = text.as_bytes();
        match skip_whitespace(bytes, &mut self.pos) {
            Some(b'[') => {
                self.open()?;
                let start = self.pos;
                self.pos += 1;
                self.stack.push(Frame::Array { items: Vec::new(), start });
                self.next = Next::FirstItem;
            }
            Some(b'{') => {
                self.open()?;
                self.pos += 1;
                self.stack.push(Frame::Object { entries: Vec::new(), key: String::new() });
                self.next = Next::FirstKey;
            }
            _ => {
                let value = scalar(text, &mut self.pos)?;
                self.complete(value);
            }
        }
        Ok(false)
    }

    /// serde_json counts the bracket being opened against its limit, so the 128th level fails.
    fn open(&self) -> Parsed<()> {
        if self.stack.len() + 1 >= MAX_DEPTH {
            return fail(self.pos + 1, what::RECURSION_LIMIT);
        }
        Ok(())
    }

    fn first_item(&mut self, bytes: &[u8]) -> Parsed<bool> {
        match skip_whitespace(bytes, &mut self.pos) {
            None => fail(bytes.len(), what::EOF_IN_LIST),
            Some(b']') => {
                self.pos += 1;
                self.close();
                Ok(false)
            }
            Some(_) => {
                self.next = Next::Value;
                Ok(false)
            }
        }
    }

    fn first_key(&mut self, text: &str) -> Parsed<bool> {
        match skip_whitespace(text.as_bytes(), &mut self.pos) {
            None => fail(text.len(), what::EOF_IN_OBJECT),
            Some(b'}') => {
                self.pos += 1;
                self.close();
                Ok(false)
            }
            Some(b'"') => self.key(text),
            Some(_) => fail(self.pos + 1, what::KEY_MUST_BE_A_STRING),
        }
    }

    /// A key (at its opening quote) and the colon after it; the value comes next.
    fn key(&mut self, text: &str) -> Parsed<bool> {
        self.pos += 1;
        let name = string(text, &mut self.pos)?;
        let bytes = text.as_bytes();
        match skip_whitespace(bytes, &mut self.pos) {
            Some(b':') => self.pos += 1,
            Some(_) => return fail(self.pos + 1, what::EXPECTED_COLON),
            None => return fail(bytes.len(), what::EOF_IN_OBJECT),
        }
        if let Some(Frame::Object { key, .. }) = self.stack.last_mut() {
            *key = name;
        }
        self.next = Next::Value;
        Ok(false)
    }

    fn after_item(&mut self, text: &str, stop: usize) -> Parsed<bool> {
        let bytes = text.as_bytes();
        let len = bytes.len();
        match self.stack.last_mut() {
            Some(Frame::Array { items, start }) => {
                // The hot loop of a long array of numbers or strings: item after item without
                // going back to `run`, until the budget is spent or something else comes.
                loop {
                    match skip_whitespace(bytes, &mut self.pos) {
                        None => return fail(len, what::EOF_IN_LIST),
                        Some(b']') => {
                            self.pos += 1;
                            self.close();
                            return Ok(false);
                        }
                        Some(b',') => {
                            self.pos += 1;
                            match skip_whitespace(bytes, &mut self.pos) {
                                Some(b']') => return fail(self.pos + 1, what::TRAILING_COMMA),
                                None => return fail(len, what::EOF_IN_VALUE),
                                Some(b'[' | b'{') => {
                                    self.next = Next::Value;
                                    return Ok(false);
                                }
                                Some(_) => {
                                    let value = scalar(text, &mut self.pos)?;
                                    if items.len() == items.capacity() {
                                        grow(items, *start, self.pos, len);
                                    }
                                    items.push(value);
                                    if self.pos >= stop {
                                        return Ok(false);
                                    }
                                }
                            }
                        }
                        Some(_) => return fail(self.pos + 1, what::EXPECTED_LIST_COMMA_OR_END),
                    }
                }
            }
            Some(Frame::Object { .. }) => match skip_whitespace(bytes, &mut self.pos) {
                None => fail(len, what::EOF_IN_OBJECT),
                Some(b'}') => {
                    self.pos += 1;
                    self.close();
                    Ok(false)
                }
                Some(b',') => {
                    self.pos += 1;
                    match skip_whitespace(bytes, &mut self.pos) {
                        Some(b'"') => self.key(text),
                        Some(b'}') => fail(self.pos + 1, what::TRAILING_COMMA),
                        Some(_) => fail(self.pos + 1, what::KEY_MUST_BE_A_STRING),
                        None => fail(len, what::EOF_IN_VALUE),
                    }
                }
                Some(_) => fail(self.pos + 1, what::EXPECTED_OBJECT_COMMA_OR_END),
            },
            None => unreachable!("AfterItem with no open array or object"),
        }
    }

    fn end(&mut self, bytes: &[u8]) -> Parsed<bool> {
        match skip_whitespace(bytes, &mut self.pos) {
            Some(_) => fail(self.pos + 1, what::TRAILING_CHARACTERS),
            None => Ok(true),
        }
    }

    /// The innermost array or object is complete (its closing bracket read).
    fn close(&mut self) {
        let value = match self.stack.pop() {
            Some(Frame::Array { mut items, .. }) => {
                // The estimate in `grow` may have overshot (more text followed the array).
                if items.capacity() - items.len() > items.len() / 8 + 16 {
                    items.shrink_to_fit();
                }
                Json::Array(items)
            }
            Some(Frame::Object { entries, .. }) => Json::Object(entries),
            None => unreachable!("closing with no open array or object"),
        };
        self.complete(value);
    }

    /// A value is complete: it becomes the next item of the innermost array or object, or the root.
    fn complete(&mut self, value: Json) {
        match self.stack.last_mut() {
            Some(Frame::Array { items, start }) => {
                if items.len() == items.capacity() {
                    grow(items, *start, self.pos, usize::MAX);
                }
                items.push(value);
                self.next = Next::AfterItem;
            }
            Some(Frame::Object { entries, key }) => {
                entries.push((std::mem::take(key), value));
                self.next = Next::AfterItem;
            }
            None => {
                self.root = Some(value);
                self.next = Next::End;
            }
        }
    }
}

/// Room for more items in a full array that started at byte `start` and has been read up to `pos`
/// of `len` bytes of text. Doubling, as `Vec` does, until the array is long; then the array is
/// probably most of the text (the spec's data), so its length is extrapolated from the bytes per
/// item so far: one allocation for 500,000 numbers instead of a dozen copies of ever larger
/// buffers. `close` gives back what an overestimate left unused.
fn grow(items: &mut Vec<Json>, start: usize, pos: usize, len: usize) {
    const LONG: usize = 4096;
    let n = items.len();
    if n < LONG || len == usize::MAX {
        items.reserve(n.max(4));
        return;
    }
    let read = (pos - start).max(1) as u64;
    let whole = (len - start) as u64;
    let estimate = (n as u64 * whole / read) as usize;
    // A little over the estimate (later numbers may be longer), and never less than 1/8 more.
    let target = (estimate + estimate / 16).max(n + n / 8);
    items.reserve_exact(target - n);
}

fn diagnostic(bytes: &[u8], error: SyntaxError) -> Diagnostic {
    let (line, column) = line_and_column(bytes, error.at);
    // serde_json says "column 0" when the text ends right after a newline; editors count from 1.
    let message = messages::invalid_json(line, column.max(1), error.what);
    Diagnostic { target: Target::Syntax { at: error.at }, ..Diagnostic::new("", message) }
}

/// serde_json's position of byte offset `at`: lines from 1, the column in bytes since the line's start.
fn line_and_column(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at.min(bytes.len())];
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line = 1 + before[..line_start].iter().filter(|&&b| b == b'\n').count();
    (line, before.len() - line_start)
}

/// Skips JSON whitespace; the byte after it, if any.
#[inline]
fn skip_whitespace(bytes: &[u8], pos: &mut usize) -> Option<u8> {
    while let Some(&b) = bytes.get(*pos) {
        match b {
            b' ' | b'\n' | b'\t' | b'\r' => *pos += 1,
            _ => return Some(b),
        }
    }
    None
}

/// A string, number, `true`, `false` or `null` at `pos` (not whitespace).
#[inline]
fn scalar(text: &str, pos: &mut usize) -> Parsed<Json> {
    let bytes = text.as_bytes();
    match bytes.get(*pos) {
        Some(b'"') => {
            *pos += 1;
            string(text, pos).map(Json::String)
        }
        Some(b'-' | b'0'..=b'9') => number(text, pos).map(Json::Number),
        Some(b'n') => word(bytes, pos, b"null").map(|()| Json::Null),
        Some(b't') => word(bytes, pos, b"true").map(|()| Json::Bool(true)),
        Some(b'f') => word(bytes, pos, b"false").map(|()| Json::Bool(false)),
        Some(_) => fail(*pos + 1, what::EXPECTED_VALUE),
        None => fail(bytes.len(), what::EOF_IN_VALUE),
    }
}

fn word(bytes: &[u8], pos: &mut usize, word: &[u8]) -> Parsed<()> {
    *pos += 1;
    for &expected in &word[1..] {
        match bytes.get(*pos) {
            None => return fail(*pos, what::EOF_IN_VALUE),
            Some(&b) => {
                *pos += 1;
                if b != expected {
                    return fail(*pos, what::EXPECTED_IDENT);
                }
            }
        }
    }
    Ok(())
}

/// Powers of ten that f64 holds exactly.
const EXACT_POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// A number at `pos` (a `-` or a digit), by the JSON grammar, exactly rounded.
#[inline]
fn number(text: &str, pos: &mut usize) -> Parsed<f64> {
    let bytes = text.as_bytes();
    let start = *pos;
    let mut i = start;
    let negative = bytes[i] == b'-';
    if negative {
        i += 1;
    }
    // The digits as an integer while they fit (19 digits always fit a u64).
    let mut mantissa: u64 = 0;
    let mut digits = 0usize;
    match bytes.get(i) {
        None => return fail(i, what::EOF_IN_VALUE),
        Some(b'0') => {
            i += 1;
            if let Some(b'0'..=b'9') = bytes.get(i) {
                return fail(i + 1, what::INVALID_NUMBER);
            }
        }
        Some(b'1'..=b'9') => {
            while let Some(&b @ b'0'..=b'9') = bytes.get(i) {
                mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(b - b'0'));
                digits += 1;
                i += 1;
            }
        }
        Some(_) => return fail(i + 1, what::INVALID_NUMBER),
    }
    let mut fraction_digits = 0usize;
    if bytes.get(i) == Some(&b'.') {
        i += 1;
        while let Some(&b @ b'0'..=b'9') = bytes.get(i) {
            mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(b - b'0'));
            fraction_digits += 1;
            i += 1;
        }
        if fraction_digits == 0 {
            return match bytes.get(i) {
                Some(_) => fail(i + 1, what::INVALID_NUMBER),
                None => fail(i, what::EOF_IN_VALUE),
            };
        }
        digits += fraction_digits;
    }
    let exponent = match bytes.get(i) {
        Some(b'e' | b'E') => match exponent(bytes, start, &mut i)? {
            Exponent::Power(e) => e,
            Exponent::Zero => {
                *pos = i;
                return Ok(if negative { -0.0 } else { 0.0 });
            }
        },
        _ => 0,
    };
    *pos = i;
    let power = exponent - fraction_digits as i64;
    let value = if digits <= 19 && mantissa <= 1 << 53 && (-22..=22).contains(&power) {
        let v = exact_times_power_of_ten(mantissa, power);
        if negative {
            -v
        } else {
            v
        }
    } else {
        crate::decimal::parse(&text[start..i]).unwrap_or(f64::INFINITY)
    };
    if value.is_infinite() {
        return fail(i, what::NUMBER_OUT_OF_RANGE);
    }
    Ok(value)
}

/// What a number's exponent part says: a power of ten, or (beyond serde_json's i32) zero.
enum Exponent {
    Power(i64),
    Zero,
}

/// The exponent part at `*i` (an `e` or `E`) of the number that starts at `start`; moves `*i` past it.
#[inline]
fn exponent(bytes: &[u8], start: usize, i: &mut usize) -> Parsed<Exponent> {
    *i += 1;
    let positive = match bytes.get(*i) {
        Some(b'-') => {
            *i += 1;
            false
        }
        Some(b'+') => {
            *i += 1;
            true
        }
        _ => true,
    };
    match bytes.get(*i) {
        None => return fail(*i, what::EOF_IN_VALUE),
        Some(b'0'..=b'9') => {}
        Some(_) => return fail(*i + 1, what::INVALID_NUMBER),
    }
    // serde_json keeps the exponent in an i32: beyond it, a number is zero or out of range.
    let mut e: i32 = 0;
    while let Some(&b @ b'0'..=b'9') = bytes.get(*i) {
        *i += 1;
        let digit = i32::from(b - b'0');
        if e >= i32::MAX / 10 && (e > i32::MAX / 10 || digit > i32::MAX % 10) {
            let zero = bytes[start..*i].iter().take_while(|&&b| b != b'e' && b != b'E');
            if positive && zero.clone().any(|&b| matches!(b, b'1'..=b'9')) {
                return fail(*i, what::NUMBER_OUT_OF_RANGE);
            }
            while let Some(b'0'..=b'9') = bytes.get(*i) {
                *i += 1;
            }
            return Ok(Exponent::Zero);
        }
        e = e * 10 + digit;
    }
    Ok(Exponent::Power(if positive { i64::from(e) } else { -i64::from(e) }))
}

/// Clinger's fast path: an exact integer (at most 2^53) times or over an exact power of ten
/// (|power| ≤ 22) is one correctly rounded operation. Anything else goes to the standard library's
/// exact parser.
#[inline]
fn exact_times_power_of_ten(mantissa: u64, power: i64) -> f64 {
    let m = mantissa as f64;
    if power < 0 {
        m / EXACT_POWERS_OF_TEN[(-power) as usize]
    } else {
        m * EXACT_POWERS_OF_TEN[power as usize]
    }
}

/// Whether `b` ends the plain run of a string: a quote, a backslash or a control character.
#[inline]
fn ends_run(b: u8) -> bool {
    b == b'"' || b == b'\\' || b < 0x20
}

/// A string's contents from `pos` (just after its opening quote) to its closing quote.
#[inline]
fn string(text: &str, pos: &mut usize) -> Parsed<String> {
    let bytes = text.as_bytes();
    let start = *pos;
    let mut i = start;
    while i < bytes.len() && !ends_run(bytes[i]) {
        i += 1;
    }
    match bytes.get(i) {
        Some(b'"') => {
            *pos = i + 1;
            Ok(text[start..i].to_owned())
        }
        _ => {
            *pos = i;
            escaped_string(text, start, pos)
        }
    }
}

/// The rest of a string that has escapes (or is broken): `pos` is at the first escape.
#[cold]
fn escaped_string(text: &str, start: usize, pos: &mut usize) -> Parsed<String> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(*pos - start + 16);
    let mut run = start;
    let mut i = *pos;
    loop {
        while i < bytes.len() && !ends_run(bytes[i]) {
            i += 1;
        }
        // Runs end on ASCII bytes, so these are whole characters.
        out.push_str(&text[run..i.min(bytes.len())]);
        match bytes.get(i) {
            None => return fail(bytes.len(), what::EOF_IN_STRING),
            Some(b'"') => {
                *pos = i + 1;
                return Ok(out);
            }
            Some(b'\\') => {
                i += 1;
                let Some(&escape) = bytes.get(i) else {
                    return fail(bytes.len(), what::EOF_IN_STRING);
                };
                i += 1;
                match escape {
                    b'"' => out.push('"'),
                    b'\\' => out.push('\\'),
                    b'/' => out.push('/'),
                    b'b' => out.push('\u{8}'),
                    b'f' => out.push('\u{c}'),
                    b'n' => out.push('\n'),
                    b'r' => out.push('\r'),
                    b't' => out.push('\t'),
                    b'u' => out.push(unicode_escape(bytes, &mut i)?),
                    _ => return fail(i, what::INVALID_ESCAPE),
                }
                run = i;
            }
            Some(_) => return fail(i + 1, what::CONTROL_CHARACTER),
        }
    }
}

/// The character of a `\uXXXX` escape (`i` just after the `u`), or of a surrogate pair of them.
fn unicode_escape(bytes: &[u8], i: &mut usize) -> Parsed<char> {
    let first = hex4(bytes, i)?;
    if (0xDC00..=0xDFFF).contains(&first) {
        return fail(*i, what::LONE_SURROGATE);
    }
    if !(0xD800..=0xDBFF).contains(&first) {
        return Ok(char::from_u32(u32::from(first)).unwrap_or('\u{fffd}'));
    }
    for expected in [b'\\', b'u'] {
        match bytes.get(*i) {
            None => return fail(bytes.len(), what::EOF_IN_STRING),
            Some(&b) => {
                *i += 1;
                if b != expected {
                    return fail(*i, what::UNEXPECTED_END_OF_HEX_ESCAPE);
                }
            }
        }
    }
    let second = hex4(bytes, i)?;
    if !(0xDC00..=0xDFFF).contains(&second) {
        return fail(*i, what::LONE_SURROGATE);
    }
    let code = 0x1_0000 + ((u32::from(first) - 0xD800) << 10 | (u32::from(second) - 0xDC00));
    Ok(char::from_u32(code).unwrap_or('\u{fffd}'))
}

fn hex4(bytes: &[u8], i: &mut usize) -> Parsed<u16> {
    let Some(four) = bytes.get(*i..*i + 4) else {
        *i = bytes.len();
        return fail(bytes.len(), what::EOF_IN_STRING);
    };
    *i += 4;
    let mut n: u16 = 0;
    for &b in four {
        let digit = match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'f' => b - b'a' + 10,
            b'A'..=b'F' => b - b'A' + 10,
            _ => return fail(*i, what::INVALID_ESCAPE),
        };
        n = n << 4 | u16::from(digit);
    }
    Ok(n)
}

/// Parses spec text in one go. Any syntax error becomes one document-level diagnostic (empty path)
/// that names the line and column. A byte-order mark is skipped; empty text is explained.
pub fn parse_text(text: &str) -> Result<Json, Diagnostic> {
    let mut parser = TextParser::new(text);
    loop {
        if let Some(result) = parser.step(usize::MAX) {
            return result;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Json, Diagnostic> {
        TextParser::new(text).step(usize::MAX).expect("finishes in one step")
    }

    #[test]
    fn reads_values() {
        let json = parse(r#" {"a": [1, -2.5e1, "x\ty", true, false, null, {}, []]} "#);
        let expected = Json::Object(vec![(
            "a".into(),
            Json::Array(vec![
                Json::Number(1.0),
                Json::Number(-25.0),
                Json::String("x\ty".into()),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null,
                Json::Object(vec![]),
                Json::Array(vec![]),
            ]),
        )]);
        assert_eq!(json, Ok(expected));
    }

    #[test]
    fn escapes_and_surrogate_pairs() {
        assert_eq!(parse(r#""\ud83d\ude00 \u00e9 \/""#), Ok(Json::String("😀 é /".into())));
    }

    #[test]
    fn numbers_are_exact() {
        for text in
            ["0.1", "1e308", "2.2250738585072014e-308", "123456789012345678901234", "5e-324"]
        {
            assert_eq!(parse(text), Ok(Json::Number(text.parse().unwrap())), "{text}");
        }
        assert!(matches!(parse("-0"), Ok(Json::Number(z)) if z == 0.0 && z.is_sign_negative()));
    }

    #[test]
    fn small_budgets_give_the_same_result() {
        let text = r#"{"a": [1, 2, [3, {"b": "c"}]], "d": {"e": [true, null]}, "f": "g"}"#;
        let whole = parse(text);
        for budget in [0, 1, 2, 7] {
            let mut parser = TextParser::new(text);
            let mut steps = 0;
            let result = loop {
                steps += 1;
                if let Some(result) = parser.step(budget) {
                    break result;
                }
            };
            assert_eq!(result, whole, "budget {budget}");
            assert!(steps > 5, "budget {budget}: {steps} steps");
        }
    }

    #[test]
    fn after_the_result_step_says_so() {
        let mut parser = TextParser::new("1");
        assert_eq!(parser.step(10), Some(Ok(Json::Number(1.0))));
        assert!(matches!(parser.step(10), Some(Err(_))));
    }

    #[test]
    fn columns_count_from_one() {
        let error = parse("[1,\n").unwrap_err().message;
        assert!(error.starts_with("invalid JSON at line 2, column 1:"), "{error}");
    }
}

/// The whole-text entry point ([`parse_text`]): what `spec::parse_json` returns.
#[cfg(test)]
mod parse_text_tests {
    use super::*;
    use crate::spec::messages;

    #[test]
    fn keeps_duplicate_keys_in_order() {
        let json = parse_text(r#"{"b": 1, "a": 2, "b": 3}"#);
        let expected = Json::Object(vec![
            ("b".into(), Json::Number(1.0)),
            ("a".into(), Json::Number(2.0)),
            ("b".into(), Json::Number(3.0)),
        ]);
        assert_eq!(json, Ok(expected));
    }

    #[test]
    fn reads_every_kind_of_value() {
        let json = parse_text(r#"[null, true, -3, 18446744073709551615, 0.5, "s", [], {}]"#);
        let expected = Json::Array(vec![
            Json::Null,
            Json::Bool(true),
            Json::Number(-3.0),
            Json::Number(u64::MAX as f64),
            Json::Number(0.5),
            Json::String("s".into()),
            Json::Array(vec![]),
            Json::Object(vec![]),
        ]);
        assert_eq!(json, Ok(expected));
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let error = parse_text("{\n  \"a\": 1\n  \"b\": 2}").map(|_| ());
        let message = "invalid JSON at line 3, column 3: expected `,` or `}`";
        assert_eq!(error, Err(Diagnostic::new("", message)));
    }

    #[test]
    fn empty_text_is_explained() {
        assert_eq!(
            parse_text(" \n\t").map(|_| ()),
            Err(Diagnostic::new("", messages::empty_text()))
        );
    }

    #[test]
    fn byte_order_mark_is_ignored() {
        assert_eq!(parse_text("\u{feff}null"), Ok(Json::Null));
    }

    #[test]
    fn depth_guard_matches_serde_json() {
        // The same depth as serde_json allowed, so text that parsed before still parses.
        let deep = format!("{}{}", "[".repeat(127), "]".repeat(127));
        assert!(parse_text(&deep).is_ok());
        let deeper = format!("{}{}", "[".repeat(128), "]".repeat(128));
        let message = parse_text(&deeper).map(|_| ()).unwrap_err().message;
        assert!(message.contains("nested too deeply"), "{message}");
    }
}
