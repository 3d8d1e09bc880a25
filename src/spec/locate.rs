//! Where in spec text each problem is: a [`Span`] for every [`Diagnostic`], found after decoding.
//!
//! The parsed [`Json`](super::Json) keeps no offsets (a large spec holds a million numbers, and a
//! valid one never needs them), so the places are found afterwards, for the problems only: one walk
//! over the text, in document order, going into just the values some problem's path leads into and
//! skipping the rest byte by byte. Every place is then turned into UTF-16 offsets, a line and a
//! column in one more pass. The rules (see [`Covers`]):
//! - a syntax error: the character at serde_json's line and column — the byte just before the
//!   parser's offset, or the first character of the line when that offset starts a line; nothing at
//!   the end of the text;
//! - a problem with a value: the whole value (a string with its quotes, an array or object from
//!   bracket to bracket); with the whole document (no path): the root value;
//! - an unknown field or a duplicate key: that key, with its quotes (a duplicate's own occurrence:
//!   paths count entries, duplicates included);
//! - a missing field: the `{` of the object that should hold it;
//! - a path that leads no further (an index past an array's end): the deepest value it reaches;
//! - text that is not JSON, with no position: the start of the text (after a byte-order mark).

use super::{Covers, Diagnostic, Span, Step, Target};

const BOM: &[u8] = "\u{feff}".as_bytes();

/// A diagnostic's place before it is counted in UTF-16 units and lines: byte range and rule.
type Found = (usize, usize, Covers);

/// Sets the span of every diagnostic found in `text` (the text they were found in).
pub fn locate(text: &str, diagnostics: &mut [Diagnostic]) {
    let skip = if text.as_bytes().starts_with(BOM) { BOM.len() } else { 0 };
    let mut spans = find(text, skip, diagnostics);
    count_places(text, skip, &mut spans);
    for (d, span) in diagnostics.iter_mut().zip(spans) {
        d.span = Some(Box::new(span));
    }
}

/// Each diagnostic's byte range and rule (the rest of its span is counted later).
fn find(text: &str, skip: usize, diagnostics: &[Diagnostic]) -> Vec<Span> {
    let bytes = text.as_bytes();
    let start = Span {
        start: skip,
        end: skip,
        start_utf16: 0,
        end_utf16: 0,
        line: 1,
        column: 1,
        covers: Covers::Start,
    };
    let mut walk = Walk { bytes, diagnostics, found: vec![start; diagnostics.len()] };
    // In document order: a path's positions compared step by step, a path before those inside it.
    let positions = |i: usize| diagnostics[i].steps.iter().map(Step::position);
    let order =
        crate::sort::stable_order(diagnostics.len(), &|a, b| positions(a).cmp(positions(b)));
    let mut structural = Vec::with_capacity(order.len());
    for i in order {
        match diagnostics[i].target {
            Target::Syntax { at } => walk.set(i, syntax_place(text, skip, at)),
            Target::Value | Target::Key => structural.push(i),
        }
    }
    if let Some(root) = whitespace(bytes, skip) {
        walk.value(root, 0, &structural, None);
    }
    walk.found
}

/// A syntax error's place: serde_json's column counts the offending byte itself, so the place is
/// the byte before the parser's offset — rounded up to a whole character (a text cut inside one) —
/// or the offset itself when it starts a line (serde_json's "column 0"); one character long.
fn syntax_place(text: &str, skip: usize, at: usize) -> Found {
    let bytes = text.as_bytes();
    let at = (skip + at).min(bytes.len());
    let mut place = if at > skip && bytes[at - 1] != b'\n' { at - 1 } else { at };
    while !text.is_char_boundary(place) {
        place += 1;
    }
    let end = place + text[place..].chars().next().map_or(0, char::len_utf8);
    (place, end, Covers::Syntax)
}

/// One walk over the text, placing the problems whose paths lead into the values it goes through.
struct Walk<'a> {
    bytes: &'a [u8],
    diagnostics: &'a [Diagnostic],
    found: Vec<Span>,
}

impl Walk<'_> {
    fn steps(&self, i: usize) -> &[Step] {
        &self.diagnostics[i].steps
    }

    fn set(&mut self, i: usize, (start, end, covers): Found) {
        let span = &mut self.found[i];
        (span.start, span.end, span.covers) = (start, end, covers);
    }

    fn place(&mut self, targets: &[usize], start: usize, end: usize, covers: Covers) {
        for &i in targets {
            self.set(i, (start, end, covers));
        }
    }

    /// The value at `start` (not whitespace), which the first `depth` steps of every one of
    /// `targets` (in document order) lead to; `key`: the byte range of its key in an object. Its
    /// end, or `None` if the text is not JSON there.
    fn value(
        &mut self,
        start: usize,
        depth: usize,
        targets: &[usize],
        key: Option<(usize, usize)>,
    ) -> Option<usize> {
        if targets.is_empty() {
            return skip_value(self.bytes, start);
        }
        // Paths that end here sort before the paths that go on inside.
        let here = targets.iter().take_while(|&&i| self.steps(i).len() == depth).count();
        let (here, inside) = targets.split_at(here);
        let end = match *self.bytes.get(start)? {
            b'{' => self.object(start, depth, inside)?,
            b'[' => self.array(start, depth, inside)?,
            _ => {
                let end = skip_value(self.bytes, start)?;
                self.place(inside, start, end, Covers::Nearest);
                end
            }
        };
        for &i in here {
            let place = match (self.diagnostics[i].target, key) {
                (Target::Key, Some((from, to))) => (from, to, Covers::Key),
                _ => (start, end, Covers::Value),
            };
            self.set(i, place);
        }
        Some(end)
    }

    /// The targets whose step at `depth` goes to entry or element `position`, off the front of `rest`.
    fn take<'t>(&self, rest: &mut &'t [usize], depth: usize, position: usize) -> &'t [usize] {
        let n = rest.iter().take_while(|&&i| self.steps(i)[depth].position() == position).count();
        let (mine, later) = rest.split_at(n);
        *rest = later;
        mine
    }

    fn object(&mut self, start: usize, depth: usize, targets: &[usize]) -> Option<usize> {
        let bytes = self.bytes;
        let mut rest = targets;
        let mut pos = whitespace(bytes, start + 1)?;
        let mut entry = 0;
        let end = if *bytes.get(pos)? == b'}' {
            pos + 1
        } else {
            loop {
                let key_end = skip_string(bytes, pos)?;
                let colon = whitespace(bytes, key_end)?;
                (*bytes.get(colon)? == b':').then_some(())?;
                let value = whitespace(bytes, colon + 1)?;
                let mine = self.take(&mut rest, depth, entry);
                pos = whitespace(bytes, self.value(value, depth + 1, mine, Some((pos, key_end)))?)?;
                entry += 1;
                match *bytes.get(pos)? {
                    b',' => pos = whitespace(bytes, pos + 1)?,
                    b'}' => break pos + 1,
                    _ => return None,
                }
            }
        };
        // What is left goes to entries the object lacks: a missing field, or something inside one.
        for &i in rest {
            let missing = self.steps(i).len() == depth + 1;
            let (to, covers) =
                if missing { (start + 1, Covers::Parent) } else { (end, Covers::Nearest) };
            self.set(i, (start, to, covers));
        }
        Some(end)
    }

    fn array(&mut self, start: usize, depth: usize, targets: &[usize]) -> Option<usize> {
        let bytes = self.bytes;
        let mut rest = targets;
        let mut pos = whitespace(bytes, start + 1)?;
        let mut index = 0;
        let end = if *bytes.get(pos)? == b']' {
            pos + 1
        } else {
            loop {
                let mine = self.take(&mut rest, depth, index);
                pos = whitespace(bytes, self.value(pos, depth + 1, mine, None)?)?;
                index += 1;
                match *bytes.get(pos)? {
                    b',' => pos = whitespace(bytes, pos + 1)?,
                    b']' => break pos + 1,
                    _ => return None,
                }
            }
        };
        // Indices past the end.
        self.place(rest, start, end, Covers::Nearest);
        Some(end)
    }
}
/// The first byte at or after `pos` that is not JSON whitespace; `None` at the end of the text.
fn whitespace(bytes: &[u8], mut pos: usize) -> Option<usize> {
    while matches!(bytes.get(pos)?, b' ' | b'\n' | b'\t' | b'\r') {
        pos += 1;
    }
    Some(pos)
}

/// The end of the string whose opening quote is at `pos`.
fn skip_string(bytes: &[u8], pos: usize) -> Option<usize> {
    (bytes.get(pos) == Some(&b'"')).then_some(())?;
    let mut i = pos + 1;
    loop {
        match bytes.get(i)? {
            b'"' => return Some(i + 1),
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
}

/// The end of the value at `pos`, without building it: a string, a run of a scalar's bytes, or
/// brackets counted to the one that closes the first (strings inside skipped whole).
fn skip_value(bytes: &[u8], pos: usize) -> Option<usize> {
    match bytes.get(pos)? {
        b'"' => skip_string(bytes, pos),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = pos;
            loop {
                match bytes.get(i)? {
                    b'"' => i = skip_string(bytes, i)?,
                    b'{' | b'[' => {
                        depth += 1;
                        i += 1;
                    }
                    b'}' | b']' => {
                        depth -= 1;
                        i += 1;
                        if depth == 0 {
                            return Some(i);
                        }
                    }
                    _ => i += 1,
                }
            }
        }
        _ => {
            let run = bytes[pos..]
                .iter()
                .position(|b| matches!(b, b',' | b']' | b'}' | b' ' | b'\n' | b'\t' | b'\r'));
            Some(pos + run.unwrap_or(bytes.len() - pos))
        }
    }
}

/// Counts the UTF-16 offsets of the start and end of each span and the line and column of its
/// start, in one pass over `text` (offsets on character boundaries). Columns count characters; a
/// byte-order mark (`skip` bytes) is not counted.
fn count_places(text: &str, skip: usize, spans: &mut [Span]) {
    let is_start = |k: usize| k.is_multiple_of(2);
    let offset = |k: usize| if is_start(k) { spans[k / 2].start } else { spans[k / 2].end };
    let order = crate::sort::stable_order(2 * spans.len(), &|a, b| offset(a).cmp(&offset(b)));
    let mut chars = text.char_indices().peekable();
    let (mut utf16, mut line, mut column) = (0, 1, 1);
    for k in order {
        let span = &mut spans[k / 2];
        let target = if is_start(k) { span.start } else { span.end };
        while let Some(&(at, c)) = chars.peek() {
            if at >= target {
                break;
            }
            chars.next();
            utf16 += c.len_utf16();
            if c == '\n' {
                line += 1;
                column = 1;
            } else if at >= skip {
                column += 1;
            }
        }
        if is_start(k) {
            (span.start_utf16, span.line, span.column) = (utf16, line, column);
        } else {
            span.end_utf16 = utf16;
        }
    }
}
