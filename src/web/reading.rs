//! A JavaScript object read over several tasks (large input must not freeze the page for more than
//! a frame): the long arrays the call left (`js_json::to_json_deferring`) — label arrays, written
//! as JSON text by the engine and parsed a slice per task, and `values` arrays, copied into wasm
//! memory a chunk per task. It is the render job's [`SpecSource`] for an object (a long text is
//! the job's own `TextParser`); the spec is checked once it is whole, so its errors arrive a few
//! tasks after the call (`ready()` says when). The page should not change those arrays before
//! then (what is read is what they hold then).

use super::js_json::{self, Deferred, DeferredKind};
use crate::job::SpecSource;
use crate::spec::{Diagnostic, Json, TextParser};
use std::rc::Rc;

/// An object read but for some long arrays: the tree with `null` in their places, the arrays
/// left, and the one being read.
pub struct Reading {
    tree: Json,
    left: Vec<Deferred>,
    current: Option<Part>,
}

/// A long array being read.
pub enum Part {
    Labels(Deferred, TextParser<String>),
    /// The buffer being filled, and how far.
    Values(Deferred, Rc<[f64]>, usize),
}

/// Limits: how much of `budget` (bytes of JSON text per task) each kind of array gets: labels
/// parse slower per byte than numbers (a string each); a typed array is a plain copy (8 bytes a
/// value, ~5 ms for 1,000,000 on a slow machine, most of it fresh memory); a plain array is
/// checked and converted by the engine (~10 ns a value).
fn values_per_task(budget: usize, kind: &DeferredKind) -> usize {
    match kind {
        DeferredKind::Labels => budget / 2,
        DeferredKind::Typed => budget.saturating_mul(2),
        DeferredKind::Plain => budget / 2,
    }
}

impl Reading {
    /// `deferred` read into `tree` over the next tasks.
    pub fn parts(tree: Json, mut deferred: Vec<Deferred>) -> Reading {
        deferred.reverse(); // taken from the end, in document order
        Reading { tree, left: deferred, current: None }
    }
}

impl SpecSource for Reading {
    /// Reads about `budget` more bytes of text (or as much data); the whole spec's JSON once it
    /// is read.
    fn step(&mut self, budget: usize) -> Option<Result<Json, Diagnostic>> {
        let Reading { tree, left, current } = self;
        let part = match current.take() {
            Some(part) => part,
            None => {
                let Some(next) = left.pop() else {
                    return Some(Ok(std::mem::replace(tree, Json::Null)));
                };
                match next.kind {
                    DeferredKind::Labels => {
                        // Written as JSON text by the engine, here rather than in the call (~5 ms
                        // for 100,000 labels). A text that cannot be had parses as an error, and
                        // the array is then walked element by element, below.
                        let text = js_json::stringify(&next.source).unwrap_or_default();
                        // Parsed from the next task on: writing the text is this task's work.
                        *current = Some(Part::Labels(next, TextParser::new(text)));
                        return None;
                    }
                    DeferredKind::Typed | DeferredKind::Plain => {
                        let buffer = js_json::zeroed(js_json::values_len(&next.source));
                        Part::Values(next, buffer, 0)
                    }
                }
            }
        };
        let (deferred, json) = match part {
            Part::Labels(deferred, mut parser) => {
                let Some(parsed) = parser.step(values_per_task(budget, &deferred.kind)) else {
                    *current = Some(Part::Labels(deferred, parser));
                    return None;
                };
                // Not an array of strings (a number, a null, a lone surrogate…): read it element
                // by element as the call would have, for the same value or the same error.
                let json = js_json::labels(parsed).map(Ok);
                (deferred, json)
            }
            Part::Values(deferred, mut buffer, next) => {
                let len = buffer.len();
                let end = next.saturating_add(values_per_task(budget, &deferred.kind)).min(len);
                let slots = Rc::get_mut(&mut buffer).map(|slots| &mut slots[..]);
                let copied =
                    slots.is_some_and(|s| js_json::copy_chunk(&deferred.source, s, next..end));
                if copied && end < len {
                    *current = Some(Part::Values(deferred, buffer, end));
                    return None;
                }
                // All finite numbers: shared from here on, as a typed array read in the call is.
                let json = copied.then_some(Ok(Json::Numbers(buffer)));
                (deferred, json)
            }
        };
        let json = json.unwrap_or_else(|| js_json::to_json_at(&deferred.source, deferred.at.len()));
        match json {
            Ok(json) => {
                if let Some(place) = slot(tree, &deferred.at) {
                    *place = json;
                }
            }
            Err(e) => return Some(Err(e)),
        }
        // The next step returns the tree (when no array is left), to be checked in a task of its own.
        None
    }
}

/// The value at `at` (entry indices from the root) in `json`.
fn slot<'a>(json: &'a mut Json, at: &[usize]) -> Option<&'a mut Json> {
    let Some((&i, rest)) = at.split_first() else { return Some(json) };
    match json {
        Json::Array(items) => slot(items.get_mut(i)?, rest),
        Json::Object(entries) => slot(&mut entries.get_mut(i)?.1, rest),
        _ => None,
    }
}
