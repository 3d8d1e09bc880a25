//! One sentence per annotation of an xy chart, after the sentences about the data: what the
//! reference lines, bands and marked points say, with their values and positions as the summary
//! speaks them ("参考线：全市平均 5.6%。").

use super::{point_value, spoken_position, value_text};
use crate::model::annotate::Mark;
use crate::model::{Model, XyModel, XyView};

pub(super) fn sentences(model: &Model, xy: &XyModel) -> Vec<String> {
    let words = model.words.annotations;
    let value = |v: f64| value_text(model, xy, Some(v));
    let at = |i: usize| spoken_position(model.words, xy, i);
    xy.annotations
        .iter()
        .filter_map(|a| {
            let label = a.label.as_deref();
            Some(match a.mark {
                Mark::ValueLine(v) => (words.value_line)(label, &value(v)),
                Mark::PositionLine(i) => (words.position_line)(label, &at(i)),
                Mark::ValueRange(lo, hi) => (words.range)(label, &value(lo), &value(hi)),
                Mark::PositionRange(from, to) => (words.range)(label, &at(from), &at(to)),
                Mark::Point { series, index } => {
                    let s = xy.series.get(series)?;
                    let several = xy.series.len() > 1;
                    let v = point_value(model, xy, s, index);
                    (words.point)(label, several.then_some(s.name.as_str()), &at(index), &v)
                }
            })
        })
        .collect()
}

/// A focused point's announcement, followed by the labels of annotations marking that point, so a
/// keyboard reader hears the note where a sighted reader sees it: "2024年，工业投资指数 294.5（推算）：
/// 约为2020年的2.9倍".
pub(super) fn with_point_labels(
    model: &Model,
    xy: &XyModel,
    series: usize,
    index: usize,
    point: String,
) -> String {
    let labels: Vec<&str> = xy
        .annotations
        .iter()
        .filter(|a| a.mark == Mark::Point { series, index })
        .filter_map(|a| a.label.as_deref())
        .collect();
    let (colon, semicolon) = match model.locale {
        crate::spec::Locale::ZhCn => ("：", "；"),
        crate::spec::Locale::En => (": ", "; "),
    };
    if labels.is_empty() {
        point
    } else {
        format!("{point}{colon}{}", labels.join(semicolon))
    }
}

/// The labels a tooltip shows at position `index`: of a point marked there (on a visible series), a
/// vertical line there, and a range covering it.
pub(super) fn notes_at(xy: XyView, index: usize) -> Vec<String> {
    xy.annotations
        .iter()
        .filter(|a| match a.mark {
            Mark::Point { series, index: i } => {
                i == index && xy.series.get(series).is_some_and(|s| xy.shows(s))
            }
            Mark::PositionLine(i) => i == index,
            Mark::PositionRange(from, to) => (from..=to).contains(&index),
            Mark::ValueLine(_) | Mark::ValueRange(..) => false,
        })
        .filter_map(|a| a.label.clone())
        .collect()
}
