//! One problem in a spec: where (a JSON path such as `charts[1].series[0].values[3]`, the same as a
//! list of steps, and — for spec text — the place in the text) and what.

use serde::ser::{Serialize, SerializeMap, Serializer};
use std::fmt;

/// Serialized (for JavaScript: `validate()`, `errors()`) as `{ path, message, steps, span? }`.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// JSON path from the root; empty for the document as a whole (e.g. a syntax error).
    pub path: String,
    pub message: String,
    /// The same path as steps from the root: a key (the full key, where `path` cuts a long one)
    /// or an index. Empty for the document as a whole.
    pub steps: Vec<Step>,
    /// What in the document the problem is about; `locate` turns it into `span`.
    pub target: Target,
    /// Where in the spec text the problem is: set by [`locate`](super::locate) for spec text
    /// (`parse_str`, and the browser's text input); absent for a spec that had no text (a
    /// JavaScript object, a `Json` built in Rust). Boxed: most diagnostics never have one, and a
    /// `Result<_, Diagnostic>` stays small.
    pub span: Option<Box<Span>>,
}

/// One step of a path: a field of an object or an element of an array.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A field: its key, and which entry of the object it is (0-based, every key counted in text
    /// order, so the second of two duplicate keys is told from the first). A missing field's entry
    /// is the object's number of entries: one past the last.
    Key {
        name: String,
        entry: usize,
    },
    Index(usize),
}

impl Step {
    /// The entry or element this step goes to, counted in document order.
    pub fn position(&self) -> usize {
        match self {
            Step::Key { entry, .. } => *entry,
            Step::Index(i) => *i,
        }
    }
}

/// A step reaches JavaScript as what it is: a key is a string, an index a number.
impl Serialize for Step {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Step::Key { name, .. } => serializer.serialize_str(name),
            Step::Index(i) => serializer.serialize_f64(*i as f64),
        }
    }
}

/// What in the document a problem is about, before it is placed in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Target {
    /// The value at `steps` (the whole document when `steps` is empty); a missing field's
    /// problem is about the object that should hold it.
    #[default]
    Value,
    /// The key of the last step (an unknown field, a duplicate key).
    Key,
    /// A syntax error at this byte offset of the text after its byte-order mark, if any (as the
    /// parser counts): just past the offending byte, as serde_json counts (its line and column are
    /// in the message), or the end of a text cut short.
    Syntax { at: usize },
}

/// A place in spec text. Offsets are into the text as given (a byte-order mark included); `line`
/// and `column` are 1-based, the column counting characters (Unicode code points, as an editor
/// shows them) from the line's start (a byte-order mark on the first line is not counted).
/// Serialized as `{ start, end, startUtf16, endUtf16, line, column, covers }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Byte offsets (UTF-8) of the first byte and one past the last.
    pub start: usize,
    pub end: usize,
    /// The same offsets in UTF-16 code units: JavaScript string indices, for
    /// `textarea.setSelectionRange`.
    pub start_utf16: usize,
    pub end_utf16: usize,
    /// Line and column of `start`.
    pub line: usize,
    pub column: usize,
    pub covers: Covers,
}

/// What a span covers; serialized as its [`name`](Covers::name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Covers {
    /// The value the path leads to: a number, a string with its quotes, an array or object from
    /// bracket to bracket.
    Value,
    /// The key of an unknown field or a duplicate key, with its quotes (for a duplicate, the
    /// occurrence the problem is about).
    Key,
    /// A missing field: the `{` of the object that should hold it.
    Parent,
    /// A syntax error: the character at serde_json's line and column (nothing at the end of the text).
    Syntax,
    /// The path leads no further than this value (an index past the end of an array, a missing
    /// object on the way): the deepest value it reaches.
    Nearest,
    /// Nothing better (a text that is not JSON, without a position): the start of the text.
    Start,
}

// Serialized by hand as maps, not derived as structs: serde-wasm-bindgen writes a struct's field
// names through a cache of interned strings (a hash map in a thread-local), about 2 KB of wasm for
// a few calls; a map's keys are plain strings (`serialize_maps_as_objects` makes it an object).
// Every value is a `str`, an `f64` (the numbers are far below 2^53) or one of these types: each
// value type compiles its own copy of the serializer's code.

impl Serialize for Diagnostic {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("path", self.path.as_str())?;
        map.serialize_entry("message", self.message.as_str())?;
        map.serialize_entry("steps", self.steps.as_slice())?;
        if let Some(span) = &self.span {
            map.serialize_entry("span", &**span)?;
        }
        map.end()
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (key, n) in [
            ("start", self.start),
            ("end", self.end),
            ("startUtf16", self.start_utf16),
            ("endUtf16", self.end_utf16),
            ("line", self.line),
            ("column", self.column),
        ] {
            map.serialize_entry(key, &(n as f64))?;
        }
        map.serialize_entry("covers", self.covers.name())?;
        map.end()
    }
}

impl Covers {
    /// Its name in JavaScript.
    pub fn name(self) -> &'static str {
        match self {
            Covers::Value => "value",
            Covers::Key => "key",
            Covers::Parent => "parent",
            Covers::Syntax => "syntax",
            Covers::Nearest => "nearest",
            Covers::Start => "start",
        }
    }
}

impl Diagnostic {
    /// A problem with the document as a whole (`path` empty) or at a path given as text only.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            message: message.into(),
            steps: Vec::new(),
            target: Target::Value,
            span: None,
        }
    }
}

/// Two diagnostics are equal when they say the same thing at the same path: `steps` follow from
/// the path, and the span is where it sits in one particular text.
impl PartialEq for Diagnostic {
    fn eq(&self, other: &Self) -> bool {
        self.path == other.path && self.message == other.message
    }
}

impl Eq for Diagnostic {}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}
