//! The fields of the chart forms beyond plain line and grouped-bar charts: stacking, horizontal
//! bars, highlighted categories, the combo chart's second axis and per-series marks, and small
//! multiples. Each field is read on every xy chart, so that one written on the wrong type says so
//! ("applies to bar charts only") instead of being an unknown field.

use super::{
    boolean, each, fail, non_empty_array, series, string, text, x_axis, y_axis, Cx, Kind,
    ObjectReader, Path,
};
use crate::spec::limits::{MAX_CATEGORIES, MAX_RANKING_ROWS, MAX_SERIES};
use crate::spec::{messages, suggest, Json, Mark, MultiplesChart, Panel, Side, YAxis};

/// The form fields of one xy chart, already checked against its type.
#[derive(Default)]
pub(super) struct Extras {
    pub stacked: bool,
    pub horizontal: bool,
    pub highlight: Vec<String>,
    pub y2: Option<YAxis>,
}

pub(super) fn xy_extras(
    cx: &mut Cx,
    obj: &mut ObjectReader<'_>,
    kind: Kind,
    categories: Option<&[String]>,
    rows: usize,
) -> Extras {
    let stacked = obj.optional(cx, "stacked", |cx, v, p| {
        only_on(cx, p, "stacked", kind, &[Kind::Bar, Kind::Area])?;
        boolean(cx, v, p)
    });
    let horizontal = obj.optional(cx, "horizontal", |cx, v, p| {
        only_on(cx, p, "horizontal", kind, &[Kind::Bar])?;
        let horizontal = boolean(cx, v, p)?;
        Some((horizontal, p.clone()))
    });
    let highlight = obj.optional(cx, "highlight", |cx, v, p| {
        only_on(cx, p, "highlight", kind, &[Kind::Bar])?;
        highlight(cx, v, p, categories)
    });
    let y2 = obj.optional(cx, "y2", |cx, v, p| {
        only_on(cx, p, "y2", kind, &[Kind::Combo])?;
        y_axis(cx, v, p, true)
    });
    let stacked = stacked.unwrap_or(false);
    let horizontal = match horizontal {
        Some((true, path)) if stacked => {
            cx.error(&path, messages::not_combinable("horizontal", "stacked"));
            false
        }
        // Limits: every row of a ranking is laid out, labelled and drawn at full height.
        Some((true, path)) if rows > MAX_RANKING_ROWS => {
            cx.error(&path, messages::too_many_rows(rows, MAX_RANKING_ROWS));
            false
        }
        Some((horizontal, _)) => horizontal,
        None => false,
    };
    // Annotations are placed on a vertical value axis; a ranking has none (yet).
    if horizontal {
        if let Some((value, path)) = obj.field("annotations") {
            if !matches!(value, Json::Null) {
                cx.error(&path, messages::not_combinable("annotations", "horizontal"));
            }
        }
    }
    Extras { stacked, horizontal, highlight: highlight.unwrap_or_default(), y2 }
}

/// `mark` and `axis` of one series: combo charts only.
pub(super) fn series_extras(
    cx: &mut Cx,
    obj: &mut ObjectReader<'_>,
    kind: Kind,
) -> (Option<Mark>, Option<Side>) {
    let mark = obj.optional(cx, "mark", |cx, v, p| {
        only_on(cx, p, "mark", kind, &[Kind::Combo])?;
        let name = string(cx, v, p)?;
        match name.as_str() {
            "bar" => Some(Mark::Bar),
            "line" => Some(Mark::Line),
            _ => {
                let allowed = ["bar", "line"];
                let suggestion = suggest::nearest(&name, &allowed);
                fail(cx, p, messages::unknown_mark(&name, suggestion, &allowed))
            }
        }
    });
    let axis = obj.optional(cx, "axis", |cx, v, p| {
        only_on(cx, p, "axis", kind, &[Kind::Combo])?;
        let name = string(cx, v, p)?;
        match name.as_str() {
            "left" => Some(Side::Left),
            "right" => Some(Side::Right),
            _ => {
                let suggestion = suggest::nearest(&name, &Side::NAMES);
                fail(cx, p, messages::unknown_axis_side(&name, suggestion, &Side::NAMES))
            }
        }
    });
    (mark, axis)
}

/// Records "applies to … charts only" unless `kind` is one of `allowed`.
fn only_on(cx: &mut Cx, path: &Path, field: &str, kind: Kind, allowed: &[Kind]) -> Option<()> {
    if allowed.contains(&kind) {
        return Some(());
    }
    let names: Vec<&str> = allowed.iter().map(|k| k.name()).collect();
    fail(cx, path, messages::field_not_for_type(field, kind.name(), &names))
}

/// One category label or an array of them, each one of `categories`.
fn highlight(
    cx: &mut Cx,
    value: &Json,
    path: &Path,
    categories: Option<&[String]>,
) -> Option<Vec<String>> {
    let names: Vec<(String, Path)> = match value {
        Json::String(s) => vec![(s.clone(), path.clone())],
        Json::Array(_) => {
            let items = non_empty_array(cx, value, path, "highlight", "category")?;
            if items.len() > MAX_CATEGORIES {
                return fail(
                    cx,
                    path,
                    messages::too_many(items.len(), "highlight", MAX_CATEGORIES),
                );
            }
            each(cx, items, path, |cx, v, p| string(cx, v, p).map(|s| (s, p.clone())))?
        }
        other => {
            return fail(cx, path, messages::expected("a category or an array of them", other))
        }
    };
    let Some(categories) = categories else {
        return fail(cx, path, messages::highlight_without_categories());
    };
    let known: Vec<&str> = categories.iter().map(String::as_str).collect();
    let mut ok = true;
    for (name, at) in &names {
        if !known.contains(&name.as_str()) {
            let suggestion = nearest_category(name, &known);
            cx.error(at, messages::unknown_highlight(name, suggestion, &known));
            ok = false;
        }
    }
    ok.then(|| names.into_iter().map(|(n, _)| n).collect())
}

/// The category an editor probably meant: the usual nearest name, else one that contains the
/// input or is contained in it ("丙县" → "丙县（含开发区）"), else for short Chinese names one that
/// differs in a single character ("平原" → "平远": two-character names are too short for the
/// usual rule, which wants more than half the letters kept).
fn nearest_category<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    suggest::nearest(name, known)
        .or_else(|| {
            let name = name.trim();
            (!name.is_empty())
                .then(|| known.iter().copied().find(|k| k.contains(name) || name.contains(*k)))
                .flatten()
        })
        .or_else(|| {
            let chars: Vec<char> = name.chars().collect();
            known.iter().copied().find(|k| {
                let other: Vec<char> = k.chars().collect();
                other.len() == chars.len()
                    && chars.len() >= 2
                    && chars.iter().zip(&other).filter(|(a, b)| a != b).count() == 1
            })
        })
}

pub(super) fn multiples_chart(cx: &mut Cx, mut obj: ObjectReader<'_>) -> Option<MultiplesChart> {
    let title = obj.optional(cx, "title", text);
    let subtitle = obj.optional(cx, "subtitle", text);
    let note = obj.optional(cx, "note", text);
    let mark = obj.optional(cx, "mark", |cx, v, p| {
        let name = string(cx, v, p)?;
        Mark::from_name(&name).or_else(|| {
            let suggestion = suggest::nearest(&name, &Mark::NAMES);
            fail(cx, p, messages::unknown_mark(&name, suggestion, &Mark::NAMES))
        })
    });
    let x = obj.optional(cx, "x", x_axis);
    // Bars and areas stand on zero: no log scale for them (lines may).
    let bars = matches!(mark, Some(Mark::Bar | Mark::Area));
    let y = obj.optional(cx, "y", |cx, v, p| y_axis(cx, v, p, bars));
    let log = !bars && y.as_ref().is_some_and(|y| y.scale == crate::spec::YScaleType::Log);
    let categories =
        x.as_ref().and_then(|x| x.categories.as_ref()).map(Vec::len).filter(|&n| n > 0);
    let panels = obj.required(cx, "panels", |cx, v, p| {
        let items = non_empty_array(cx, v, p, "panels", "panel")?;
        if items.len() > MAX_SERIES {
            return fail(cx, p, messages::too_many(items.len(), "panels", MAX_SERIES));
        }
        each(cx, items, p, |cx, v, p| panel(cx, v, p, categories, log))
    });
    obj.finish(cx);
    Some(MultiplesChart {
        title,
        subtitle,
        note,
        mark: mark.unwrap_or_default(),
        x: x.unwrap_or_default(),
        y: y.unwrap_or_default(),
        panels: panels?,
    })
}

fn panel(
    cx: &mut Cx,
    value: &Json,
    path: &Path,
    categories: Option<usize>,
    log: bool,
) -> Option<Panel> {
    let mut obj = ObjectReader::open(cx, value, path)?;
    let title = obj.required(cx, "title", text);
    let series = obj.required(cx, "series", |cx, v, p| {
        let items = non_empty_array(cx, v, p, "series", "series")?;
        if items.len() > MAX_SERIES {
            return fail(cx, p, messages::too_many(items.len(), "series", MAX_SERIES));
        }
        each(cx, items, p, |cx, v, p| series(cx, v, p, categories, log, Kind::Multiples))
    });
    obj.finish(cx);
    Some(Panel { title: title?, series: series? })
}
