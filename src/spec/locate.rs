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

/// Sets the span of every diagnostic found in `text` (the text they were found in).
pub fn locate(text: &str, diagnostics: &mut [Diagnostic]) {
    let skip = if text.as_bytes().starts_with(BOM) { BOM.len() } else { 0 };
    let found = find(text, skip, diagnostics);
    let offsets: Vec<usize> = found.iter().flat_map(|&(start, end, _)| [start, end]).collect();
    let places = places(text, skip, &offsets);
    for (i, d) in diagnostics.iter_mut().enumerate() {
        let (start, end, covers) = found[i];
        let (from, to) = (&places[2 * i], &places[2 * i + 1]);
        d.span = Some(Span {
            start,
            end,
            start_utf16: from.utf16,
            end_utf16: to.utf16,
            line: from.line,
            column: from.column,
            covers,
        });
    }
}

/// The byte range and rule of each diagnostic.
fn find(text: &str, skip: usize, diagnostics: &[Diagnostic]) -> Vec<(usize, usize, Covers)> {
    let bytes = text.as_bytes();
    let mut walk = Walk { bytes, diagnostics, found: vec![None; diagnostics.len()] };
    let mut structural: Vec<usize> = Vec::new();
    for (i, d) in diagnostics.iter().enumerate() {
        match d.target {
            Target::Syntax { at } => walk.found[i] = Some(syntax_place(text, skip, at)),
            Target::Value | Target::Key => structural.push(i),
        }
    }
    // In document order: a path's positions compared step by step, a path before those inside it.
    let positions = |i: &usize| diagnostics[*i].steps.iter().map(Step::position);
    crate::sort::sort_by(&mut structural, |a, b| positions(a).cmp(positions(b)));
    if let Some(root) = whitespace(bytes, skip) {
        walk.value(root, 0, &structural);
    }
    walk.found.iter().map(|f| f.unwrap_or((skip, skip, Covers::Start))).collect()
}

/// A syntax error's place: serde_json's column counts the offending byte itself, so the place is
/// the byte before the parser's offset — rounded up to a whole character (a text cut inside one) —
/// or the offset itself when it starts a line (serde_json's "column 0"); one character long.
fn syntax_place(text: &str, skip: usize, at: usize) -> (usize, usize, Covers) {
    let bytes = text.as_bytes();
    let at = at.min(bytes.len());
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
    /// Byte range and rule of each diagnostic placed so far.
    found: Vec<Option<(usize, usize, Covers)>>,
}

impl Walk<'_> {
    fn steps(&self, i: usize) -> &[Step] {
        &self.diagnostics[i].steps
    }

    fn place(&mut self, targets: &[usize], start: usize, end: usize, covers: Covers) {
        for &i in targets {
            self.found[i] = Some((start, end, covers));
        }
    }

    /// The value at `start` (not whitespace), which the first `depth` steps of every one of
    /// `targets` (in document order) lead to. Its end, or `None` if the text is not JSON there.
    fn value(&mut self, start: usize, depth: usize, targets: &[usize]) -> Option<usize> {
        if targets.is_empty() {
            return skip_value(self.bytes, start);
        }
        // Paths that end here sort before the paths that go on inside.
        let here = targets.iter().take_while(|&&i| self.steps(i).len() == depth).count();
        let (here, inside) = targets.split_at(here);
        let end = match self.bytes[start] {
            b'{' => self.object(start, depth, inside)?,
            b'[' => self.array(start, depth, inside)?,
            _ => {
                let end = skip_value(self.bytes, start)?;
                self.place(inside, start, end, Covers::Nearest);
                end
            }
        };
        self.place(here, start, end, Covers::Value);
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
        let end = if bytes[pos] == b'}' {
            pos + 1
        } else {
            loop {
                let key_end = skip_string(bytes, pos)?;
                let colon = whitespace(bytes, key_end)?;
                (bytes[colon] == b':').then_some(())?;
                let value = whitespace(bytes, colon + 1)?;
                let mine = self.take(&mut rest, depth, entry);
                let is_key = |i: &usize| {
                    let d = &self.diagnostics[*i];
                    d.target == Target::Key && d.steps.len() == depth + 1
                };
                let (keys, into): (Vec<usize>, Vec<usize>) = mine.iter().copied().partition(is_key);
                self.place(&keys, pos, key_end, Covers::Key);
                pos = whitespace(bytes, self.value(value, depth + 1, &into)?)?;
                entry += 1;
                match bytes[pos] {
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
            self.found[i] = Some((start, to, covers));
        }
        Some(end)
    }

    fn array(&mut self, start: usize, depth: usize, targets: &[usize]) -> Option<usize> {
        let bytes = self.bytes;
        let mut rest = targets;
        let mut pos = whitespace(bytes, start + 1)?;
        let mut index = 0;
        let end = if bytes[pos] == b']' {
            pos + 1
        } else {
            loop {
                let mine = self.take(&mut rest, depth, index);
                pos = whitespace(bytes, self.value(pos, depth + 1, mine)?)?;
                index += 1;
                match bytes[pos] {
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

/// A byte offset as an editor counts it.
#[derive(Clone, Copy, Default)]
struct Place {
    utf16: usize,
    line: usize,
    column: usize,
}

/// The places of `offsets` (byte offsets on character boundaries, in any order), in one pass over
/// `text`. Columns count characters; a byte-order mark (`skip` bytes) is not counted.
fn places(text: &str, skip: usize, offsets: &[usize]) -> Vec<Place> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    crate::sort::sort_by(&mut order, |a, b| offsets[*a].cmp(&offsets[*b]));
    let mut out = vec![Place::default(); offsets.len()];
    let mut chars = text.char_indices().peekable();
    let (mut utf16, mut line, mut column) = (0, 1, 1);
    for i in order {
        while let Some(&(at, c)) = chars.peek() {
            if at >= offsets[i] {
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
        out[i] = Place { utf16, line, column };
    }
    out
}
