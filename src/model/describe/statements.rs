//! Words about a gauge, streak or timeline for readers who do not see it: the accessible name of an
//! untitled one, a summary sentence per item, and a table row per item (`describe.rs` dispatches).

use super::DataTable;
use crate::model::statement_words::statement_words;
use crate::model::statements::{Gauge, StatementModel, Streak};
use crate::model::Model;

/// What an untitled form is called.
pub(super) fn generic_name(model: &Model, form: &StatementModel) -> &'static str {
    let fw = statement_words(model.locale);
    match form {
        StatementModel::Gauge(_) => fw.gauges,
        StatementModel::Streak(_) => fw.streaks,
        StatementModel::Timeline(_) => fw.timeline,
    }
}

pub(super) fn sentences(model: &Model, form: &StatementModel) -> Vec<String> {
    let fw = statement_words(model.locale);
    match form {
        StatementModel::Gauge(g) => g
            .gauges
            .iter()
            .map(|gauge| {
                let target = gauge.target_text.as_deref().zip(gauge.target_met);
                let mut s =
                    (fw.gauge_sentence)(&gauge.label, &gauge.value_text, &gauge.max_text, target);
                push_note(&mut s, gauge.note.as_deref(), model);
                s
            })
            .collect(),
        StatementModel::Streak(s) => s
            .streaks
            .iter()
            .map(|streak| {
                let count = (fw.count)(streak.count, &streak.unit);
                let span = span(streak);
                let mut s = (fw.streak_sentence)(&streak.label, &count, span);
                push_note(&mut s, streak.note.as_deref(), model);
                s
            })
            .collect(),
        StatementModel::Timeline(t) => {
            let (Some(first), Some(last)) = (t.events.first(), t.events.last()) else {
                return Vec::new();
            };
            let mut out =
                vec![(fw.timeline_opening)(t.events.len(), &first.date_text, &last.date_text)];
            out.extend(t.events.iter().map(|e| {
                let mut s = (fw.event_sentence)(&e.date_text, &e.label, e.planned);
                push_note(&mut s, e.note.as_deref(), model);
                s
            }));
            out
        }
    }
}

/// First and last period of a streak, when the spec names them.
fn span(streak: &Streak) -> Option<(&str, &str)> {
    Some((streak.periods.first()?.as_str(), streak.periods.last()?.as_str()))
}

/// A note follows its sentence as a sentence of its own.
fn push_note(sentence: &mut String, note: Option<&str>, model: &Model) {
    if let Some(note) = note.map(str::trim).filter(|n| !n.is_empty()) {
        sentence.push_str(model.words.sentence_gap);
        sentence.push_str(note);
        if !note.ends_with(['。', '.', '!', '！', '?', '？']) {
            sentence.push(if model.words.sentence_gap.is_empty() { '。' } else { '.' });
        }
    }
}

pub(super) fn table(model: &Model, caption: String, form: &StatementModel) -> DataTable {
    let fw = statement_words(model.locale);
    let note = |n: &Option<String>| n.clone().unwrap_or_default();
    let (headers, rows): (Vec<&str>, Vec<Vec<String>>) = match form {
        StatementModel::Gauge(g) => (
            fw.gauge_headers.to_vec(),
            g.gauges.iter().map(|gauge| gauge_row(gauge, note(&gauge.note))).collect(),
        ),
        StatementModel::Streak(s) => (
            fw.streak_headers.to_vec(),
            s.streaks
                .iter()
                .map(|streak| {
                    vec![
                        streak.label.clone(),
                        (fw.count)(streak.count, &streak.unit),
                        streak.periods.join(if model.words.sentence_gap.is_empty() {
                            "、"
                        } else {
                            ", "
                        }),
                        note(&streak.note),
                    ]
                })
                .collect(),
        ),
        StatementModel::Timeline(t) => (
            fw.timeline_headers.to_vec(),
            t.events
                .iter()
                .map(|e| {
                    let status = if e.planned { fw.planned } else { fw.done };
                    vec![e.date_text.clone(), e.label.clone(), status.to_string(), note(&e.note)]
                })
                .collect(),
        ),
    };
    DataTable {
        caption,
        headers: headers.into_iter().map(str::to_string).collect(),
        rows,
        omitted: 0,
    }
}

fn gauge_row(gauge: &Gauge, note: String) -> Vec<String> {
    vec![
        gauge.label.clone(),
        gauge.value_text.clone(),
        gauge.max_text.clone(),
        gauge.target_text.clone().unwrap_or_default(),
        note,
    ]
}
