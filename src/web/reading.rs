//! Spec input read over several tasks (issue 7: large input must not freeze the page for more than
//! a frame): a long JSON text parsed a slice per task, or a JavaScript object whose long label
//! arrays were left as JSON text by the call (`js_json::to_json_deferring`) and are parsed into
//! their places a slice per task. Either way the spec is checked once it is whole, so its errors
//! arrive a few tasks after the call (`ready()` says when).

use super::js_json::{self, Deferred};
use crate::spec::{Diagnostic, Json, TextParser};

pub enum Reading {
    /// A long spec text.
    Text(TextParser<String>),
    /// An object read but for some long label arrays: the tree with `null` in their places, the
    /// arrays left, and the one being parsed.
    Labels { tree: Json, left: Vec<Deferred>, current: Option<(Deferred, TextParser<String>)> },
}

impl Reading {
    /// `deferred` read into `tree` over the next tasks.
    pub fn labels(tree: Json, mut deferred: Vec<Deferred>) -> Reading {
        deferred.reverse(); // taken from the end, in document order
        Reading::Labels { tree, left: deferred, current: None }
    }

    /// Reads about `budget` more bytes of text; the whole spec's JSON once it is read.
    pub fn step(&mut self, budget: usize) -> Option<Result<Json, Diagnostic>> {
        let budget = match self {
            Reading::Text(_) => budget,
            // Labels parse slower per byte than numbers: a string each.
            Reading::Labels { .. } => budget / 2,
        };
        match self {
            Reading::Text(parser) => parser.step(budget),
            Reading::Labels { tree, left, current } => {
                if current.is_none() {
                    let Some(mut next) = left.pop() else {
                        return Some(Ok(std::mem::replace(tree, Json::Null)));
                    };
                    let parser = TextParser::new(std::mem::take(&mut next.text));
                    *current = Some((next, parser));
                }
                let (deferred, parser) = current.as_mut()?;
                let parsed = parser.step(budget)?;
                // Not an array of strings (a number, a null, a lone surrogate…): read it element
                // by element as the call would have, for the same value or the same error.
                let json = match js_json::labels(parsed) {
                    Some(json) => json,
                    None => match js_json::to_json_at(&deferred.source, deferred.at.len()) {
                        Ok(json) => json,
                        Err(e) => return Some(Err(e)),
                    },
                };
                if let Some(place) = slot(tree, &deferred.at) {
                    *place = json;
                }
                // The next step returns the tree (when no array is left), to be checked in a task
                // of its own.
                *current = None;
                None
            }
        }
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
