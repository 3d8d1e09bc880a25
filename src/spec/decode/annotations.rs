//! Decoding `"annotations"` of a line or bar chart, checked against what the chart has: every x
//! position must be one of its categories (or a position on an axis without them), every series
//! name one of its series, every range must run forwards, and a marked point must have a value.
//!
//! A child of `decode`, so it reads objects with the same `ObjectReader` and reports through the same
//! `Cx`; the words come from `messages::annotations`.

use super::{array, at_most, each, fail, finite, number, text, Cx, ObjectReader, Path};
use crate::spec::json::number_text;
use crate::spec::limits::MAX_ANNOTATIONS;
use crate::spec::messages::{self, annotations as say};
use crate::spec::{suggest, Annotation, Json, LineAnnotation, PointAnnotation, RangeAnnotation};
use crate::spec::{Series, XAxis};

/// Categories beyond this many are not searched for a "did you mean": the distance is per name.
const MAX_SUGGESTED_FROM: usize = 1000;

/// What an annotation is checked against. Parts that failed to decode are `None`; checks that need
/// them are skipped (their own problems are already reported).
pub(super) struct Axes<'a> {
    pub categories: Option<&'a [String]>,
    pub series: Option<&'a [Series]>,
}

impl<'a> Axes<'a> {
    pub fn new(x: Option<&'a XAxis>, series: Option<&'a [Series]>) -> Self {
        let categories = x.and_then(|x| x.categories.as_deref()).filter(|c| !c.is_empty());
        Axes { categories, series }
    }

    /// Positions on the x axis, when known: the categories, else the longest series.
    fn len(&self) -> Option<usize> {
        match self.categories {
            Some(c) => Some(c.len()),
            None => self.series.map(|s| s.iter().map(|s| s.values.len()).max().unwrap_or(0)),
        }
    }
}

pub(super) fn annotations(
    cx: &mut Cx,
    value: &Json,
    path: &Path,
    axes: &Axes,
) -> Option<Vec<Annotation>> {
    let items = array(cx, value, path)?;
    at_most(cx, items, path, "annotations", MAX_ANNOTATIONS)?;
    each(cx, items, path, |cx, v, p| annotation(cx, v, p, axes))
}

/// `"annotations"` on a KPI chart: said plainly rather than as an unknown field.
/// Only asked for when present, so "annotations" is not offered among a KPI chart's fields.
pub(super) fn refuse_on_kpi(cx: &mut Cx, obj: &mut ObjectReader<'_>) {
    if !obj.entries.iter().any(|(key, _)| key == "annotations") {
        return;
    }
    if let Some((_, path)) = obj.field("annotations") {
        cx.error(&path, say::on_kpi_chart());
    }
}

fn annotation(cx: &mut Cx, value: &Json, path: &Path, axes: &Axes) -> Option<Annotation> {
    let mut obj = ObjectReader::open(cx, value, path)?;
    // As for charts: without a known type the other fields cannot be checked.
    let kind = obj.required(cx, "type", kind)?;
    let decoded = match kind {
        "line" => line(cx, &mut obj, axes).map(Annotation::Line),
        "range" => range(cx, &mut obj, axes).map(Annotation::Range),
        _ => point(cx, &mut obj, axes).map(Annotation::Point),
    };
    obj.finish(cx);
    decoded
}

fn kind(cx: &mut Cx, value: &Json, path: &Path) -> Option<&'static str> {
    let name = super::string(cx, value, path)?;
    match Annotation::TYPES.iter().find(|&&t| t == name) {
        Some(t) => Some(t),
        None => {
            let suggestion = suggest::nearest(&name, &Annotation::TYPES);
            fail(cx, path, say::unknown_type(&name, suggestion, &Annotation::TYPES))
        }
    }
}

fn line(cx: &mut Cx, obj: &mut ObjectReader<'_>, axes: &Axes) -> Option<LineAnnotation> {
    let x = obj.optional(cx, "x", |cx, v, p| position(cx, v, p, axes));
    let y = obj.optional(cx, "y", number);
    let label = obj.optional(cx, "label", text);
    one_axis(cx, obj, "line")?;
    Some(LineAnnotation { x: x.map(|(name, _)| name), y, label })
}

fn range(cx: &mut Cx, obj: &mut ObjectReader<'_>, axes: &Axes) -> Option<RangeAnnotation> {
    let x = obj.optional(cx, "x", |cx, v, p| category_range(cx, v, p, axes));
    let y = obj.optional(cx, "y", value_range);
    let label = obj.optional(cx, "label", text);
    one_axis(cx, obj, "range")?;
    Some(RangeAnnotation { x, y, label })
}

fn point(cx: &mut Cx, obj: &mut ObjectReader<'_>, axes: &Axes) -> Option<PointAnnotation> {
    let x = obj.required(cx, "x", |cx, v, p| position(cx, v, p, axes));
    let series = obj.optional(cx, "series", super::name);
    let label = obj.optional(cx, "label", text);
    let (x, index) = x?;
    let Some(all) = axes.series else {
        return Some(PointAnnotation { x, series, label });
    };
    let names: Vec<&str> = all.iter().map(|s| s.name.as_str()).collect();
    let chosen = match &series {
        Some(name) => match all.iter().find(|s| &s.name == name) {
            Some(s) => s,
            None => {
                let path = obj.path_of("series");
                let suggestion = suggest::nearest(name, &names);
                return fail(cx, &path, say::unknown_series(name, suggestion, &names));
            }
        },
        None if all.len() == 1 => &all[0],
        None => {
            let path = obj.path_of("series");
            return fail(cx, &path, say::series_required(&names));
        }
    };
    let has_value = index.is_none_or(|i| chosen.values.get(i).is_some());
    if !has_value {
        let path = obj.path_of("x");
        return fail(cx, &path, say::point_on_gap(&chosen.name, &x));
    }
    Some(PointAnnotation { x, series, label })
}

/// Exactly one of "x" and "y" is present (a `null` counts as absent, as everywhere).
fn one_axis(cx: &mut Cx, obj: &ObjectReader<'_>, kind: &str) -> Option<()> {
    let present = |name: &str| obj.entries.iter().any(|(k, v)| k == name && *v != Json::Null);
    match (present("x"), present("y")) {
        (true, false) | (false, true) => Some(()),
        (false, false) => fail(cx, &obj.path, say::needs_an_axis(kind)),
        (true, true) => fail(cx, &obj.path_of("y"), say::both_axes(kind)),
    }
}

/// A position on the x axis, as the text of its category, and its index when that is known.
fn position(
    cx: &mut Cx,
    value: &Json,
    path: &Path,
    axes: &Axes,
) -> Option<(String, Option<usize>)> {
    let name = match value {
        Json::String(_) => super::name(cx, value, path)?,
        Json::Number(n) if n.is_finite() => number_text(*n),
        Json::Number(n) => return fail(cx, path, messages::not_finite(*n)),
        other => {
            return fail(cx, path, messages::expected("a category (a string or a number)", other))
        }
    };
    if let Some(categories) = axes.categories {
        return match categories.iter().position(|c| *c == name) {
            Some(i) => Some((name, Some(i))),
            None => {
                // "2025" for "2024" is one edit away, but a year is not a typo: list them instead.
                let numeric = crate::decimal::parse(&name).is_some();
                let suggestion = (categories.len() <= MAX_SUGGESTED_FROM && !numeric)
                    .then(|| {
                        let names: Vec<&str> = categories.iter().map(String::as_str).collect();
                        suggest::nearest(&name, &names).map(str::to_owned)
                    })
                    .flatten();
                fail(cx, path, say::unknown_category(&name, suggestion.as_deref(), categories))
            }
        };
    }
    let Some(len) = axes.len() else { return Some((name, None)) };
    match name.parse::<usize>() {
        Ok(i) if i < len => Some((name, Some(i))),
        _ => fail(cx, path, say::position_out_of_range(&name, len)),
    }
}

fn pair<'j>(cx: &mut Cx, value: &'j Json, path: &Path) -> Option<&'j [Json]> {
    let items = array(cx, value, path)?;
    if items.len() != 2 {
        return fail(cx, path, say::expected_pair(items.len()));
    }
    Some(items)
}

fn category_range(cx: &mut Cx, value: &Json, path: &Path, axes: &Axes) -> Option<[String; 2]> {
    let items = pair(cx, value, path)?;
    let ends = each(cx, items, path, |cx, v, p| position(cx, v, p, axes))?;
    let [(from, i), (to, j)]: [(String, Option<usize>); 2] = ends.try_into().ok()?;
    if let (Some(i), Some(j)) = (i, j) {
        if i > j {
            return fail(cx, path, say::reversed_categories(&from, &to));
        }
    }
    Some([from, to])
}

fn value_range(cx: &mut Cx, value: &Json, path: &Path) -> Option<[f64; 2]> {
    let items = pair(cx, value, path)?;
    let ends = each(cx, items, path, |cx, v, p| finite(cx, v, p, "a number"))?;
    let (from, to) = (ends[0], ends[1]);
    if from > to {
        return fail(cx, path, say::reversed_values(from, to));
    }
    Some([from, to])
}

impl ObjectReader<'_> {
    /// The path of field `name`: where it is, or where it would go when absent.
    fn path_of(&self, name: &'static str) -> Path {
        match self.entries.iter().position(|(k, _)| k == name) {
            Some(position) => self.path.key(name, position),
            None => self.path.absent(name, self.entries.len()),
        }
    }
}
