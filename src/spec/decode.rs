//! Decoding a [`Json`] tree into the typed [`Spec`], collecting every problem with its JSON path.
//!
//! Owns the rules of spec v1: which fields exist, which are required, and what values they take.
//! The words come from `messages`, the "did you mean" from `suggest`.
//!
//! Decoding never stops at the first problem: each decoder records what is wrong in a [`Cx`] and
//! returns `None`, and its siblings are still decoded. A value built from a part that failed may be a
//! placeholder; it never escapes, because any recorded problem turns the whole result into `Err`.
//!
//! The limits of `limits` (counts and text lengths) are enforced here, each at the JSON path of what
//! is too big; an array over its limit is reported once and its elements are not decoded.

use super::limits::{
    MAX_CATEGORIES, MAX_CHARTS, MAX_DIAGNOSTICS, MAX_KPI_ITEMS, MAX_NAME_CHARS, MAX_SERIES,
    MAX_TEXT_CHARS, MAX_TOTAL_VALUES, MAX_URL_CHARS, MAX_VALUES,
};
use super::time::{parse_period, Period, ACCEPTED_FORMS};
use super::{
    messages, suggest, Chart, Diagnostic, Json, KpiChart, KpiItem, Locale, Series, Spec, Step,
    Target, ThemeChoice, Values, XAxis, XAxisType, XyChart, YAxis, YScaleType, SPEC_VERSION,
};
use std::collections::HashSet;
use std::rc::Rc;

mod annotations;
mod statements;
mod xy_variants;

/// Decodes a whole spec; `Err` holds every problem found, in document order.
pub fn decode_spec(value: &Json) -> Result<Spec, Vec<Diagnostic>> {
    let mut cx = Cx::default();
    let spec = spec(&mut cx, value);
    cx.finish(spec, value)
}

// ---------------------------------------------------------------------------------------------
// Paths and the problem collector

/// Where a value sits: the text users see (`charts[1].series[0].values[3]`) and its position in the
/// document, which sorts problems into document order whatever order the decoder visits fields in.
/// A problem's [`Step`]s are read off the document along `order` only when a problem is reported.
#[derive(Debug, Clone, Default)]
struct Path {
    text: String,
    /// Entry index within each enclosing object, element index within each array, from the root.
    order: Vec<usize>,
    /// The name of the last step when it is a field the object lacks (the document cannot say it).
    absent: Option<&'static str>,
}

impl Path {
    /// The field `name`, the `position`-th entry of this object (or one past the end if absent).
    fn key(&self, name: &str, position: usize) -> Path {
        // A long key (only ever an unknown one) is cut, as in messages: the path must stay readable.
        let long = name.len() > 40 && name.chars().nth(40).is_some();
        let text = if !is_identifier(name) || long {
            // Keys such as "foo bar" or "" cannot follow a dot unambiguously.
            let quoted = messages::quote_cut(name);
            format!("{}[{quoted}]", self.text)
        } else if self.text.is_empty() {
            name.to_owned()
        } else {
            format!("{}.{name}", self.text)
        };
        self.child(text, position)
    }

    /// Where the field `name` would be in an object of `entries` entries that lacks it.
    fn absent(&self, name: &'static str, entries: usize) -> Path {
        Path { absent: Some(name), ..self.key(name, entries) }
    }

    fn index(&self, i: usize) -> Path {
        self.child(format!("{}[{i}]", self.text), i)
    }

    fn child(&self, text: String, position: usize) -> Path {
        let mut order = self.order.clone();
        order.push(position);
        Path { text, order, absent: None }
    }

    /// The steps of this path in `root`, the document it was made in.
    fn steps(&self, root: &Json) -> Vec<Step> {
        let mut steps = Vec::with_capacity(self.order.len());
        let mut value = Some(root);
        for &position in &self.order {
            let step = match value {
                Some(Json::Object(entries)) => {
                    let entry = entries.get(position);
                    value = entry.map(|(_, v)| v);
                    let name = match entry {
                        Some((key, _)) => key.clone(),
                        None => self.absent.unwrap_or_default().to_owned(),
                    };
                    Step::Key { name, entry: position }
                }
                Some(Json::Array(items)) => {
                    value = items.get(position);
                    Step::Index(position)
                }
                // Numbers copied in from JavaScript: an element, no value to go into.
                _ => {
                    value = None;
                    Step::Index(position)
                }
            };
            steps.push(step);
        }
        steps
    }
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The problems found so far, each with its path and what it is about.
#[derive(Default)]
struct Cx {
    problems: Vec<(Path, Diagnostic)>,
    /// Problems found beyond `MAX_DIAGNOSTICS`: counted, not kept (limits).
    unlisted: usize,
    /// Series values decoded so far, for `MAX_TOTAL_VALUES`; `total_reported` once it was exceeded.
    total_values: usize,
    total_reported: bool,
}

impl Cx {
    /// A problem with the value at `path` (or, for a missing field, with the object lacking it).
    fn error(&mut self, path: &Path, message: String) {
        self.problem(path, message, Target::Value);
    }

    /// A problem with the key at the end of `path`: an unknown field, a duplicate key.
    fn key_error(&mut self, path: &Path, message: String) {
        self.problem(path, message, Target::Key);
    }

    fn problem(&mut self, path: &Path, message: String, target: Target) {
        if self.problems.len() >= MAX_DIAGNOSTICS {
            self.unlisted += 1;
            return;
        }
        let diagnostic = Diagnostic { target, ..Diagnostic::new(path.text.clone(), message) };
        self.problems.push((path.clone(), diagnostic));
    }

    /// The result, or every problem in document order, each with its steps in `root`.
    fn finish<T>(mut self, value: Option<T>, root: &Json) -> Result<T, Vec<Diagnostic>> {
        match value {
            Some(value) if self.problems.is_empty() => Ok(value),
            _ => {
                // Stable: problems at the same position keep the order the decoder found them in.
                crate::sort::sort_by(&mut self.problems, |a, b| a.0.order.cmp(&b.0.order));
                let mut diagnostics = Vec::with_capacity(self.problems.len() + 1);
                for (path, d) in self.problems {
                    diagnostics.push(Diagnostic { steps: path.steps(root), ..d });
                }
                if self.unlisted > 0 {
                    diagnostics.push(Diagnostic::new("", messages::more_problems(self.unlisted)));
                }
                debug_assert!(!diagnostics.is_empty(), "a decoder failed silently");
                if diagnostics.is_empty() {
                    return Err(vec![Diagnostic::new("", messages::unreadable_spec())]);
                }
                Err(diagnostics)
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reading one object

/// One JSON object being decoded. Every field the decoder asks for is remembered, so `finish` can
/// report the keys nobody asked for, suggesting the nearest asked-for name: the list of fields of
/// each object is written once, as the sequence of `required`/`optional` calls.
struct ObjectReader<'j> {
    entries: &'j [(String, Json)],
    path: Path,
    asked: Vec<&'static str>,
}

impl<'j> ObjectReader<'j> {
    /// Starts reading `value`, or records "expected an object" and returns `None`.
    fn open(cx: &mut Cx, value: &'j Json, path: &Path) -> Option<Self> {
        match value {
            Json::Object(entries) => {
                Some(ObjectReader { entries, path: path.clone(), asked: Vec::new() })
            }
            other => {
                cx.error(path, messages::expected("an object", other));
                None
            }
        }
    }

    /// The first entry named `name`; later ones are reported as duplicates by `finish`.
    fn field(&mut self, name: &'static str) -> Option<(&'j Json, Path)> {
        self.asked.push(name);
        let entries = self.entries;
        entries
            .iter()
            .enumerate()
            .find(|(_, (key, _))| key == name)
            .map(|(position, (_, value))| (value, self.path.key(name, position)))
    }

    /// Decodes field `name`, recording a problem if it is absent.
    fn required<T>(
        &mut self,
        cx: &mut Cx,
        name: &'static str,
        decode: impl FnOnce(&mut Cx, &'j Json, &Path) -> Option<T>,
    ) -> Option<T> {
        match self.field(name) {
            Some((value, path)) => decode(cx, value, &path),
            None => {
                let path = self.path.absent(name, self.entries.len());
                cx.error(&path, messages::missing_field(name));
                None
            }
        }
    }

    /// Decodes field `name` if present. `null` counts as absent: JavaScript callers often pass
    /// `title: undefined` or `null` for "no title".
    fn optional<T>(
        &mut self,
        cx: &mut Cx,
        name: &'static str,
        decode: impl FnOnce(&mut Cx, &'j Json, &Path) -> Option<T>,
    ) -> Option<T> {
        match self.field(name) {
            None | Some((Json::Null, _)) => None,
            Some((value, path)) => decode(cx, value, &path),
        }
    }

    /// Reports duplicate keys and keys that no `required`/`optional` call asked for.
    fn finish(self, cx: &mut Cx) {
        let mut seen = HashSet::new();
        for (position, (key, _)) in self.entries.iter().enumerate() {
            let path = self.path.key(key, position);
            if !seen.insert(key.as_str()) {
                cx.key_error(&path, messages::duplicate_key(key));
            } else if !self.asked.contains(&key.as_str()) {
                let suggestion = suggest::nearest(key, &self.asked);
                cx.key_error(&path, messages::unknown_field(key, suggestion, &self.asked));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The spec, top down

fn spec(cx: &mut Cx, value: &Json) -> Option<Spec> {
    let root = Path::default();
    if !matches!(value, Json::Object(_)) {
        cx.error(&root, messages::root_not_object(value));
        return None;
    }
    let mut obj = ObjectReader::open(cx, value, &root)?;
    let version = obj.required(cx, "version", version);
    let locale = obj.optional(cx, "locale", locale);
    let theme = obj.optional(cx, "theme", theme);
    let title = obj.optional(cx, "title", text);
    let subtitle = obj.optional(cx, "subtitle", text);
    let source = obj.optional(cx, "source", text);
    let source_url = obj.optional(cx, "source_url", source_url);
    let note = obj.optional(cx, "note", text);
    let exports = obj.optional(cx, "exports", boolean);
    // Editors write "$schema" to get completion from the published schema; it means nothing here.
    let _ = obj.optional(cx, "$schema", |cx, v, p| limited(cx, v, p, MAX_URL_CHARS));
    let charts = obj.required(cx, "charts", |cx, v, p| {
        let items = non_empty_array(cx, v, p, "charts", "chart")?;
        at_most(cx, items, p, "charts", MAX_CHARTS)?;
        each(cx, items, p, chart)
    });
    obj.finish(cx);
    Some(Spec {
        version: version?,
        title,
        subtitle,
        source,
        source_url,
        note,
        locale: locale.unwrap_or_default(),
        theme: theme.unwrap_or_default(),
        exports: exports.unwrap_or(true),
        charts: charts?,
    })
}

fn version(cx: &mut Cx, value: &Json, path: &Path) -> Option<u32> {
    match value {
        Json::Number(n) if *n == f64::from(SPEC_VERSION) => Some(SPEC_VERSION),
        Json::Number(_) => fail(cx, path, messages::unsupported_version(value, SPEC_VERSION)),
        other => fail(cx, path, messages::expected_version(other, SPEC_VERSION)),
    }
}

fn locale(cx: &mut Cx, value: &Json, path: &Path) -> Option<Locale> {
    let name = string(cx, value, path)?;
    Locale::from_name(&name).or_else(|| {
        let suggestion = suggest::nearest(&name, &Locale::NAMES);
        fail(cx, path, messages::unknown_locale(&name, suggestion, &Locale::NAMES))
    })
}

fn theme(cx: &mut Cx, value: &Json, path: &Path) -> Option<ThemeChoice> {
    let name = string(cx, value, path)?;
    ThemeChoice::from_name(&name).or_else(|| {
        let suggestion = suggest::nearest(&name, &ThemeChoice::NAMES);
        fail(cx, path, messages::unknown_theme(&name, suggestion, &ThemeChoice::NAMES))
    })
}

/// The source link ends up in an `href`, so only web addresses pass: never `javascript:`, `data:`,
/// or a relative path that would resolve against whichever page embeds the widget.
fn source_url(cx: &mut Cx, value: &Json, path: &Path) -> Option<String> {
    let url = limited(cx, value, path, MAX_URL_CHARS)?;
    if is_web_link(&url) {
        Some(url)
    } else {
        fail(cx, path, messages::unsafe_source_url(&url))
    }
}

fn is_web_link(url: &str) -> bool {
    ["http://", "https://"].iter().any(|scheme| {
        url.len() > scheme.len()
            && url.get(..scheme.len()).is_some_and(|head| head.eq_ignore_ascii_case(scheme))
    })
}

/// The chart kinds of spec v1, in the order of [`Chart::TYPES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Kpi,
    Line,
    Bar,
    Gauge,
    Streak,
    Timeline,
    Area,
    Combo,
    Multiples,
}

impl Kind {
    fn name(self) -> &'static str {
        Chart::TYPES[self as usize]
    }
}

fn chart(cx: &mut Cx, value: &Json, path: &Path) -> Option<Chart> {
    let mut obj = ObjectReader::open(cx, value, path)?;
    // Without a known type we cannot tell which other fields belong, so they go unchecked.
    let kind = obj.required(cx, "type", chart_kind)?;
    match kind {
        Kind::Kpi => kpi_chart(cx, obj).map(Chart::Kpi),
        Kind::Line => xy_chart(cx, obj, kind).map(Chart::Line),
        Kind::Bar => xy_chart(cx, obj, kind).map(Chart::Bar),
        Kind::Gauge => statements::gauge_chart(cx, obj).map(Chart::Gauge),
        Kind::Streak => statements::streak_chart(cx, obj).map(Chart::Streak),
        Kind::Timeline => statements::timeline_chart(cx, obj).map(Chart::Timeline),
        Kind::Area => xy_chart(cx, obj, kind).map(Chart::Area),
        Kind::Combo => xy_chart(cx, obj, kind).map(Chart::Combo),
        Kind::Multiples => xy_variants::multiples_chart(cx, obj).map(Chart::Multiples),
    }
}

fn chart_kind(cx: &mut Cx, value: &Json, path: &Path) -> Option<Kind> {
    let name = string(cx, value, path)?;
    match name.as_str() {
        "kpi" => Some(Kind::Kpi),
        "line" => Some(Kind::Line),
        "bar" => Some(Kind::Bar),
        "gauge" => Some(Kind::Gauge),
        "streak" => Some(Kind::Streak),
        "timeline" => Some(Kind::Timeline),
        "area" => Some(Kind::Area),
        "combo" => Some(Kind::Combo),
        "multiples" => Some(Kind::Multiples),
        _ => {
            let suggestion = suggest::nearest(&name, &Chart::TYPES);
            fail(cx, path, messages::unknown_chart_type(&name, suggestion, &Chart::TYPES))
        }
    }
}

fn kpi_chart(cx: &mut Cx, mut obj: ObjectReader<'_>) -> Option<KpiChart> {
    let title = obj.optional(cx, "title", text);
    annotations::refuse_on_kpi(cx, &mut obj);
    let items = obj.required(cx, "items", |cx, v, p| {
        let items = non_empty_array(cx, v, p, "items", "item")?;
        at_most(cx, items, p, "items", MAX_KPI_ITEMS)?;
        each(cx, items, p, kpi_item)
    });
    obj.finish(cx);
    Some(KpiChart { title, items: items? })
}

fn kpi_item(cx: &mut Cx, value: &Json, path: &Path) -> Option<KpiItem> {
    let mut obj = ObjectReader::open(cx, value, path)?;
    let label = obj.required(cx, "label", text);
    let value = obj.required(cx, "value", number);
    let unit = obj.optional(cx, "unit", name);
    let prefix = obj.optional(cx, "prefix", name);
    let change = obj.optional(cx, "change", number);
    let change_unit = obj.optional(cx, "change_unit", name);
    let note = obj.optional(cx, "note", text);
    let derived = obj.optional(cx, "derived", boolean);
    obj.finish(cx);
    Some(KpiItem {
        label: label?,
        value: value?,
        unit,
        prefix,
        change,
        change_unit,
        note,
        derived: derived.unwrap_or(false),
    })
}

/// A line, bar, area or combo chart. Bars, areas and combo charts stand on zero: their y axis must
/// include it (no log scale).
fn xy_chart(cx: &mut Cx, mut obj: ObjectReader<'_>, kind: Kind) -> Option<XyChart> {
    let bars = matches!(kind, Kind::Bar | Kind::Area | Kind::Combo);
    let title = obj.optional(cx, "title", text);
    let subtitle = obj.optional(cx, "subtitle", text);
    let note = obj.optional(cx, "note", text);
    let x = obj.optional(cx, "x", x_axis);
    let y = obj.optional(cx, "y", |cx, v, p| y_axis(cx, v, p, bars));
    // Values at or below zero are reported on a log line chart; on bars the scale itself is wrong.
    let log = !bars && y.as_ref().is_some_and(|y| y.scale == YScaleType::Log);
    // Series are checked against the categories even when some categories were invalid: the count
    // is still known, and reporting both problems at once saves the editor a round trip.
    let categories =
        x.as_ref().and_then(|x| x.categories.as_ref()).map(Vec::len).filter(|&n| n > 0);
    let series = obj.required(cx, "series", |cx, v, p| {
        let items = non_empty_array(cx, v, p, "series", "series")?;
        at_most(cx, items, p, "series", MAX_SERIES)?;
        each(cx, items, p, |cx, v, p| series(cx, v, p, categories, log, kind))
    });
    let axes = annotations::Axes::new(x.as_ref(), series.as_deref());
    let annotations =
        obj.optional(cx, "annotations", |cx, v, p| annotations::annotations(cx, v, p, &axes));
    let names = x.as_ref().and_then(|x| x.categories.as_deref());
    let rows = categories
        .unwrap_or_else(|| series.iter().flatten().map(|s| s.values.len()).max().unwrap_or(0));
    let extras = xy_variants::xy_extras(cx, &mut obj, kind, names, rows);
    obj.finish(cx);
    Some(XyChart {
        title,
        subtitle,
        note,
        x: x.unwrap_or_default(),
        y: y.unwrap_or_default(),
        series: series?,
        annotations: annotations.unwrap_or_default(),
        stacked: extras.stacked,
        horizontal: extras.horizontal,
        highlight: extras.highlight,
        y2: extras.y2,
    })
}

/// `None` only when `x` is not an object; bad categories leave placeholders (see the module docs)
/// so that their count still reaches the length check.
fn x_axis(cx: &mut Cx, value: &Json, path: &Path) -> Option<XAxis> {
    let mut obj = ObjectReader::open(cx, value, path)?;
    let label = obj.optional(cx, "label", text);
    let kind = obj.optional(cx, "type", axis_type);
    let mut read = None;
    let categories = obj.optional(cx, "categories", |cx, v, p| {
        let names = categories(cx, v, p)?;
        if kind == Some(XAxisType::Time) {
            read = periods(cx, v, &names, p);
        }
        Some(names)
    });
    obj.finish(cx);
    Some(XAxis { label, kind: kind.unwrap_or_default(), categories, periods: read })
}

fn axis_type(cx: &mut Cx, value: &Json, path: &Path) -> Option<XAxisType> {
    let name = string(cx, value, path)?;
    XAxisType::from_name(&name).or_else(|| {
        let suggestion = suggest::nearest(&name, &XAxisType::NAMES);
        fail(cx, path, messages::unknown_axis_type(&name, suggestion, &XAxisType::NAMES))
    })
}

/// The categories of a time axis: each a calendar period, each after the one before. Returns the
/// periods read (every one of them, or `None`).
fn periods(cx: &mut Cx, value: &Json, names: &[String], path: &Path) -> Option<Vec<Period>> {
    let Json::Array(items) = value else { return None };
    let mut read = Vec::with_capacity(names.len());
    let mut previous: Option<(i64, &str)> = None;
    for (i, (item, name)) in items.iter().zip(names).enumerate() {
        // A category of the wrong JSON type was already reported by `category`.
        if !matches!(item, Json::String(_) | Json::Number(_)) {
            continue;
        }
        let Some(period) = parse_period(name) else {
            cx.error(&path.index(i), messages::not_a_period(name, ACCEPTED_FORMS));
            continue;
        };
        let days = period.days();
        if let Some((_, before_name)) = previous.filter(|&(before, _)| days <= before) {
            cx.error(&path.index(i), messages::period_not_increasing(name, before_name));
        }
        previous = Some((days, name));
        read.push(period);
    }
    (read.len() == names.len()).then_some(read)
}

fn categories(cx: &mut Cx, value: &Json, path: &Path) -> Option<Vec<String>> {
    let items = array(cx, value, path)?;
    if items.is_empty() {
        cx.error(path, messages::empty_array("categories", "category"));
    }
    if items.len() > MAX_CATEGORIES {
        return fail(cx, path, messages::too_many_categories(items.len(), MAX_CATEGORIES));
    }
    // The common case without building a path per element: there may be a million of them.
    let names = items.iter().enumerate().map(|(i, item)| match item {
        Json::String(s) if s.len() <= MAX_NAME_CHARS && !s.chars().any(char::is_control) => {
            s.clone()
        }
        _ => category(cx, item, &path.index(i)).unwrap_or_default(),
    });
    Some(names.collect())
}

/// Years are often typed as numbers (`2021`); they label the axis as the same text.
fn category(cx: &mut Cx, value: &Json, path: &Path) -> Option<String> {
    match value {
        Json::String(_) => name(cx, value, path),
        Json::Number(n) if n.is_finite() => Some(super::json::number_text(*n)),
        Json::Number(n) => fail(cx, path, messages::not_finite(*n)),
        other => fail(cx, path, messages::expected("a string or a number", other)),
    }
}

fn y_axis(cx: &mut Cx, value: &Json, path: &Path, bars: bool) -> Option<YAxis> {
    let mut obj = ObjectReader::open(cx, value, path)?;
    let label = obj.optional(cx, "label", text);
    let unit = obj.optional(cx, "unit", name);
    let scale = obj.optional(cx, "scale", |cx, v, p| {
        let scale = scale(cx, v, p)?;
        if bars && scale == YScaleType::Log {
            return fail(cx, p, messages::log_scale_on_bars());
        }
        Some(scale)
    });
    let log = scale == Some(YScaleType::Log);
    let min = obj.optional(cx, "min", |cx, v, p| {
        let min = number(cx, v, p)?;
        if log && min <= 0.0 {
            return fail(cx, p, messages::log_bound_not_positive(min));
        }
        if bars && min > 0.0 {
            return fail(cx, p, messages::bar_min_above_zero(min));
        }
        Some(min)
    });
    let max = obj.optional(cx, "max", |cx, v, p| {
        let max = number(cx, v, p)?;
        if log && max <= 0.0 {
            return fail(cx, p, messages::log_bound_not_positive(max));
        }
        match min {
            Some(min) if max <= min => fail(cx, p, messages::max_not_above_min(max, min)),
            _ => Some(max),
        }
    });
    obj.finish(cx);
    Some(YAxis { label, unit, scale: scale.unwrap_or_default(), min, max })
}

fn scale(cx: &mut Cx, value: &Json, path: &Path) -> Option<YScaleType> {
    let name = string(cx, value, path)?;
    YScaleType::from_name(&name).or_else(|| {
        let suggestion = suggest::nearest(&name, &YScaleType::NAMES);
        fail(cx, path, messages::unknown_scale(&name, suggestion, &YScaleType::NAMES))
    })
}

fn series(
    cx: &mut Cx,
    value: &Json,
    path: &Path,
    categories: Option<usize>,
    log: bool,
    kind: Kind,
) -> Option<Series> {
    let mut obj = ObjectReader::open(cx, value, path)?;
    let name = obj.required(cx, "name", name);
    let values = obj.required(cx, "values", |cx, v, p| values(cx, v, p, categories, log));
    let derived = obj.optional(cx, "derived", boolean);
    let note = obj.optional(cx, "note", text);
    let (mark, axis) = xy_variants::series_extras(cx, &mut obj, kind);
    obj.finish(cx);
    Some(Series {
        name: name?,
        values: values?,
        derived: derived.unwrap_or(false),
        note,
        mark,
        axis,
    })
}

fn values(
    cx: &mut Cx,
    value: &Json,
    path: &Path,
    categories: Option<usize>,
    log: bool,
) -> Option<Values> {
    if let Json::Numbers(numbers) = value {
        return typed_values(cx, numbers, path, categories, log);
    }
    let items = array(cx, value, path)?;
    value_count(cx, items.len(), path, categories)?;
    // The common case without building a path per element: there may be a million of them.
    // Collected straight into the shared buffer (one allocation of the final size), a gap as NaN.
    let mut ok = true;
    let buffer: Rc<[f64]> = items
        .iter()
        .enumerate()
        .map(|(i, item)| match item {
            Json::Number(n) if log && n.is_finite() && *n <= 0.0 => {
                cx.error(&path.index(i), messages::not_positive_on_log(*n));
                ok = false;
                f64::NAN
            }
            Json::Number(n) if n.is_finite() => *n,
            Json::Null => f64::NAN,
            other => {
                ok &= number_or_gap(cx, other, &path.index(i)).is_some();
                f64::NAN
            }
        })
        .collect();
    ok.then(|| Values::from_gapped(buffer))
}

/// `values` given as a JavaScript `Float64Array`/`Float32Array` (see `Json::Numbers`): `NaN` is a
/// gap, as `null` is in an array; ±Infinity, and on a log scale a value ≤ 0, are reported as in an
/// array. Checked in place: the spec then shares the very buffer the typed array was copied into.
fn typed_values(
    cx: &mut Cx,
    numbers: &Rc<[f64]>,
    path: &Path,
    categories: Option<usize>,
    log: bool,
) -> Option<Values> {
    value_count(cx, numbers.len(), path, categories)?;
    let mut ok = true;
    // Limits: a plain loop, two comparisons per value in the common case (a NaN gap fails both
    // tests); the release build optimises for size and left the iterator chain's closures as
    // calls, ~4 ns a value.
    for (i, &n) in numbers.iter().enumerate() {
        if !(n.is_infinite() || (log && n <= 0.0)) {
            continue;
        }
        let message = if n.is_infinite() {
            messages::not_finite(n)
        } else {
            messages::not_positive_on_log(n)
        };
        cx.error(&path.index(i), message);
        ok = false;
    }
    ok.then(|| Values::from_gapped(Rc::clone(numbers)))
}

/// The checks on a series' length, whatever form its values came in.
fn value_count(cx: &mut Cx, len: usize, path: &Path, categories: Option<usize>) -> Option<()> {
    if len == 0 {
        return fail(cx, path, messages::empty_array("values", "value"));
    }
    // Without categories, series may differ in length: the shorter ones simply end early.
    if let Some(expected) = categories.filter(|&n| n != len) {
        cx.error(path, messages::length_mismatch(len, expected));
    }
    if len > MAX_VALUES {
        return fail(cx, path, messages::too_many(len, "values", MAX_VALUES));
    }
    cx.total_values += len;
    if cx.total_values > MAX_TOTAL_VALUES {
        // Said once, at the series that crosses the limit; later series are not decoded either.
        if !cx.total_reported {
            cx.total_reported = true;
            cx.error(path, messages::too_many_values_in_spec(MAX_TOTAL_VALUES));
        }
        return None;
    }
    Some(())
}

// ---------------------------------------------------------------------------------------------
// Leaf values

fn string(cx: &mut Cx, value: &Json, path: &Path) -> Option<String> {
    match value {
        Json::String(s) => Some(s.clone()),
        other => fail(cx, path, messages::expected("a string", other)),
    }
}

/// Prose shown on the widget: titles, subtitles, notes, labels, the source.
fn text(cx: &mut Cx, value: &Json, path: &Path) -> Option<String> {
    limited(cx, value, path, MAX_TEXT_CHARS)
}

/// A name that sits beside data: series names, categories, units, prefixes.
fn name(cx: &mut Cx, value: &Json, path: &Path) -> Option<String> {
    limited(cx, value, path, MAX_NAME_CHARS)
}

/// A string of at most `limit` characters, with control characters made harmless (see `clean`).
fn limited(cx: &mut Cx, value: &Json, path: &Path, limit: usize) -> Option<String> {
    let s = string(cx, value, path)?;
    // Bytes ≥ characters, so most strings pass without counting.
    if s.len() > limit {
        let chars = s.chars().count();
        if chars > limit {
            return fail(cx, path, messages::text_too_long(chars, limit));
        }
    }
    Some(clean(s))
}

/// Control characters are valid in JSON strings (escaped, "\u0007") but draw as boxes or nothing and
/// are not allowed in SVG text at all. A tab becomes a space, a carriage return (alone or before a
/// line feed) a line break; the line feed stays (it breaks the line); every other control character
/// (C0, DEL, C1) is dropped.
fn clean(s: String) -> String {
    if !s.chars().any(char::is_control) {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' => out.push(' '),
            '\n' => out.push('\n'),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push('\n');
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn boolean(cx: &mut Cx, value: &Json, path: &Path) -> Option<bool> {
    match value {
        Json::Bool(b) => Some(*b),
        other => fail(cx, path, messages::expected("true or false", other)),
    }
}

fn number(cx: &mut Cx, value: &Json, path: &Path) -> Option<f64> {
    finite(cx, value, path, "a number")
}

/// A series value: a number, or `null` for a gap in the line.
fn number_or_gap(cx: &mut Cx, value: &Json, path: &Path) -> Option<Option<f64>> {
    match value {
        Json::Null => Some(None),
        other => finite(cx, other, path, "a number or null").map(Some),
    }
}

fn finite(cx: &mut Cx, value: &Json, path: &Path, what: &str) -> Option<f64> {
    match value {
        Json::Number(n) if n.is_finite() => Some(*n),
        Json::Number(n) => fail(cx, path, messages::not_finite(*n)),
        other => fail(cx, path, messages::expected_number(what, other)),
    }
}

fn array<'j>(cx: &mut Cx, value: &'j Json, path: &Path) -> Option<&'j [Json]> {
    match value {
        Json::Array(items) => Some(items),
        other => fail(cx, path, messages::expected("an array", other)),
    }
}

/// An array that must hold at least one `noun`; `field` names it in the message.
fn non_empty_array<'j>(
    cx: &mut Cx,
    value: &'j Json,
    path: &Path,
    field: &str,
    noun: &str,
) -> Option<&'j [Json]> {
    match array(cx, value, path)? {
        [] => fail(cx, path, messages::empty_array(field, noun)),
        items => Some(items),
    }
}

/// Records a problem if `items` has more than `limit` elements; then its elements are not decoded
/// (`None`), so an over-long array costs nothing more and reports one problem, not thousands.
fn at_most(cx: &mut Cx, items: &[Json], path: &Path, noun: &str, limit: usize) -> Option<()> {
    if items.len() > limit {
        return fail(cx, path, messages::too_many(items.len(), noun, limit));
    }
    Some(())
}

/// Decodes every element, even after one fails, so all their problems are reported.
fn each<T>(
    cx: &mut Cx,
    items: &[Json],
    path: &Path,
    mut decode: impl FnMut(&mut Cx, &Json, &Path) -> Option<T>,
) -> Option<Vec<T>> {
    let decoded: Vec<Option<T>> =
        items.iter().enumerate().map(|(i, item)| decode(cx, item, &path.index(i))).collect();
    decoded.into_iter().collect()
}

fn fail<T>(cx: &mut Cx, path: &Path, message: String) -> Option<T> {
    cx.error(path, message);
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_links_pass() {
        assert!(is_web_link("https://www.stats.gov.cn/"));
        assert!(is_web_link("HTTP://example.org"));
        assert!(!is_web_link("https://"));
        assert!(!is_web_link(" https://example.org"));
        assert!(!is_web_link("javascript:alert(1)"));
        assert!(!is_web_link("//example.org"));
        assert!(!is_web_link("数据"));
    }

    #[test]
    fn control_characters_are_made_harmless() {
        assert_eq!(clean("a\tb\u{7}c\r\nd\re\u{7f}\u{85}f\ng".into()), "a bc\nd\nef\ng");
        assert_eq!(clean("📈 עברית".into()), "📈 עברית");
    }

    #[test]
    fn paths_quote_keys_that_are_not_identifiers() {
        let root = Path::default();
        assert_eq!(root.key("title", 0).text, "title");
        assert_eq!(root.key("foo bar", 0).text, r#"["foo bar"]"#);
        let chart = root.key("charts", 1).index(2);
        assert_eq!(chart.key("", 0).text, r#"charts[2][""]"#);
        assert_eq!(chart.key("type", 0).order, vec![1, 2, 0]);
    }
}
