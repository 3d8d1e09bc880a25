//! The generated summary of a chart: what a sighted reader would take away, in a few short sentences.
//!
//! - KPI tiles: one sentence each, from label, value, change and note (a note that already names the
//!   change's direction, "同比增长", takes the number instead of repeating the verb).
//! - Ordered x axes (line charts, and bars over years, months, quarters or bare positions): the range
//!   covered, per visible series the first → last value and the change, the highest and lowest point
//!   when they are not already the ends, the longest run of ≥ 3 rises or falls, and where data are
//!   missing.
//! - Bars over unordered categories ("GDP", "industrial investment"): the values themselves when
//!   there are few, then the highest (and, from three bars on, the lowest).
//! - Gauges, streaks and timelines: one sentence per item (value of max and whether the target is
//!   met; count in a row and its span; a timeline's extent, then each event in date order), see
//!   `statements.rs`.
//! - Any chart with a visible derived series ends by saying those values are estimates.

use super::{change_size, spoken_position, tile_value, value_at, value_text, years};
use crate::model::format::format_change;
use crate::model::units::{parse_unit, UnitKind};
use crate::model::words::{Movement, Streak, TileText, Words};
use crate::model::{ChartModel, KpiModel, Model, SeriesModel, View, XyKind, XyModel, XyView};

/// Bars over unordered categories list every value up to this many; beyond it only the extremes are
/// worth hearing.
const MAX_LISTED: usize = 8;
/// A run of rises or falls is worth a sentence from this many steps on (2 steps are noise).
const MIN_STREAK: usize = 3;
/// Places named for one extreme or for gaps; beyond this they are counted, or not mentioned.
const MAX_PLACES: usize = 3;

pub(super) fn summary(model: &Model, view: &View, chart: usize) -> String {
    let sentences = match model.charts.get(chart) {
        Some(ChartModel::Kpi(k)) => kpi_sentences(model, k),
        Some(ChartModel::Xy(xy)) => xy_sentences(model, view.xy(xy, chart)),
        Some(ChartModel::Statement(form)) => super::statements::sentences(model, form),
        None => Vec::new(),
    };
    sentences.join(model.words.sentence_gap)
}

fn kpi_sentences(model: &Model, k: &KpiModel) -> Vec<String> {
    k.tiles
        .iter()
        .map(|t| {
            let value = tile_value(model, t);
            (model.words.tile)(&TileText {
                label: &t.label,
                value: &value,
                change: t.change.as_ref().map(|c| (c.direction, change_size(c))),
                note: t.note.as_deref().filter(|n| !n.trim().is_empty()),
            })
        })
        .collect()
}

/// What every sentence about one xy chart needs.
struct Cx<'m> {
    model: &'m Model,
    words: &'static Words,
    xy: XyView<'m>,
    /// Several series are visible, so each sentence must say which one it is about.
    several: bool,
}

impl Cx<'_> {
    fn value(&self, v: f64) -> String {
        value_text(self.model, &self.xy, Some(v))
    }

    fn place(&self, index: usize) -> String {
        spoken_position(self.words, &self.xy, index)
    }

    /// The series' name when the chart shows several, for sentences that would otherwise be ambiguous.
    fn subject<'s>(&self, s: &'s SeriesModel) -> Option<&'s str> {
        self.several.then_some(s.name.as_str())
    }

    /// "2021年和2023年"; `None` for more than [`MAX_PLACES`] (then naming them helps nobody).
    fn places(&self, indices: &[usize]) -> Option<String> {
        let names: Vec<String> = indices.iter().map(|&i| self.place(i)).collect();
        (!names.is_empty() && names.len() <= MAX_PLACES).then(|| (self.words.list)(&names))
    }
}

fn xy_sentences(model: &Model, xy: XyView) -> Vec<String> {
    // Small multiples: each panel's sentences, its series named with the panel ("平远 · GDP").
    if xy.is_multiples() {
        return (0..xy.panels.len())
            .flat_map(|p| series_sentences(model, xy.part(&xy.labelled_panel_chart(p))))
            .collect();
    }
    // A combo chart's right-axis series are in the right axis's unit.
    if xy.kind == XyKind::Combo && xy.series.iter().any(|s| s.right) {
        let (left, right) = xy.split_sides();
        let mut sentences = series_sentences(model, xy.part(&left));
        sentences.extend(series_sentences(model, xy.part(&right)));
        return sentences;
    }
    series_sentences(model, xy)
}

fn series_sentences(model: &Model, xy: XyView) -> Vec<String> {
    let visible: Vec<&SeriesModel> = xy.visible_series().map(|(_, s)| s).collect();
    let cx = Cx { model, words: model.words, xy, several: visible.len() > 1 };
    let mut sentences = if is_ordered(&xy) {
        visible.iter().enumerate().flat_map(|(k, s)| trend_sentences(&cx, s, k == 0)).collect()
    } else {
        visible.iter().flat_map(|s| nominal_sentences(&cx, s)).collect::<Vec<_>>()
    };
    let derived: Vec<String> =
        visible.iter().filter(|s| s.derived).map(|s| s.name.clone()).collect();
    if !derived.is_empty() {
        sentences.push((cx.words.estimates)(&derived));
    }
    sentences.extend(super::annotations::sentences(model, &xy));
    sentences
}

/// What the sentences about one series need, gathered in one pass over its values within the chart
/// (read in place from the shared buffer).
/// Limits: a series may hold a million values: one pass, nothing allocated per value; an extreme's
/// or the gaps' positions are kept only as far as they can be named (`MAX_PLACES + 1`).
struct Digest {
    /// The first and last point with a value: (position, value).
    first: Option<(usize, f64)>,
    last: Option<(usize, f64)>,
    /// Positions with a value.
    count: usize,
    max: f64,
    max_at: Vec<usize>,
    min: f64,
    min_at: Vec<usize>,
    /// The longest run of rises or falls (at least `MIN_STREAK` steps).
    run: Option<Run>,
    /// Positions without a value (at most `MAX_PLACES + 1` of them), and how many there are.
    missing: Vec<usize>,
    missing_count: usize,
}

impl Digest {
    fn of(s: &SeriesModel, len: usize) -> Digest {
        let values = s.values.up_to(len);
        let mut d = Digest {
            first: None,
            last: None,
            count: 0,
            max: f64::NEG_INFINITY,
            max_at: Vec::new(),
            min: f64::INFINITY,
            min_at: Vec::new(),
            run: None,
            missing: Vec::new(),
            missing_count: 0,
        };
        let mut runs = Runs::default();
        for (i, &v) in values.iter().enumerate() {
            if !v.is_finite() {
                d.note_missing(i);
                continue;
            }
            d.count += 1;
            d.first.get_or_insert((i, v));
            d.last = Some((i, v));
            if v > d.max {
                d.max = v;
                d.max_at.clear();
            }
            if v == d.max && d.max_at.len() <= MAX_PLACES {
                d.max_at.push(i);
            }
            if v < d.min {
                d.min = v;
                d.min_at.clear();
            }
            if v == d.min && d.min_at.len() <= MAX_PLACES {
                d.min_at.push(i);
            }
            runs.push(i, v);
        }
        // A series shorter than the axis is missing its last positions.
        for i in values.len()..len.min(values.len() + MAX_PLACES + 1) {
            d.note_missing(i);
        }
        d.missing_count += len.saturating_sub(values.len() + MAX_PLACES + 1);
        d.run = runs.longest();
        d
    }

    fn note_missing(&mut self, i: usize) {
        self.missing_count += 1;
        if self.missing.len() <= MAX_PLACES {
            self.missing.push(i);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Ordered x axes

/// Whether the x axis runs in an order a reader follows left to right (time, or bare positions), so
/// that first → last, runs and "rose/fell" mean something.
fn is_ordered(xy: &XyModel) -> bool {
    matches!(xy.kind, XyKind::Line | XyKind::Area)
        || xy.numeric_x()
        || xy.categories.iter().all(|c| looks_like_time(c))
}

/// "2023", "2023年", "2023-06", "2023Q1", "1月", "一季度", "上半年", "Q3", "Jan", "March 2024".
fn looks_like_time(category: &str) -> bool {
    let c = category.trim();
    let year_first = c.len() >= 4 && c.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    let zh_period = ["年", "月", "季度", "日", "周", "旬"].iter().any(|end| c.ends_with(end));
    let mut bytes = c.bytes();
    let quarter = matches!(
        (bytes.next(), bytes.next()),
        (Some(b'Q' | b'H' | b'q' | b'h'), Some(b'1'..=b'4'))
    );
    year_first || zh_period || quarter || is_month_name(c)
}

fn is_month_name(text: &str) -> bool {
    const MONTHS: &str =
        "january february march april may june july august september october november december";
    let word = text.split([' ', ',', '-']).next().unwrap_or("").trim_end_matches('.');
    let word = word.to_ascii_lowercase();
    word.len() >= 3
        && MONTHS.split(' ').any(|m| m == word || (word.len() == 3 && m.starts_with(&word)))
}

/// Every category is a year and each follows the last by one, so a run of k steps is "k years".
fn consecutive_years(xy: &XyModel) -> bool {
    years(xy).is_some_and(|y| y.windows(2).all(|w| w[1] == w[0] + 1))
}

fn trend_sentences(cx: &Cx, s: &SeriesModel, first_series: bool) -> Vec<String> {
    let d = Digest::of(s, cx.xy.len);
    let mut sentences = Vec::new();
    let (opening, opens_range) = opening(cx, s, &d);
    // The range is said once, at the start of the first sentence about a trend.
    let range = (first_series && opens_range).then(|| range(cx)).flatten();
    sentences.push(format!("{}{opening}", range.unwrap_or_default()));
    if d.first.is_none() {
        return sentences;
    }
    sentences.extend(trend_extremes(cx, s, &d));
    sentences.extend(streak(cx, s, &d));
    sentences.extend(gaps(cx, s, &d));
    sentences
}

/// "2020年至2024年，" when the axis has named positions; a numeric axis has no range worth saying.
fn range(cx: &Cx) -> Option<String> {
    let last = cx.xy.len.checked_sub(1).filter(|&l| l > 0)?;
    (!cx.xy.numeric_x()).then(|| (cx.words.range)(&cx.place(0), &cx.place(last)))
}

/// The series' first sentence, and whether it reads well after the chart's range.
fn opening(cx: &Cx, s: &SeriesModel, d: &Digest) -> (String, bool) {
    match (d.first, d.last) {
        (Some(first), Some(last)) if first.0 == last.0 => {
            ((cx.words.only_point)(&s.name, &cx.place(first.0), &cx.value(first.1)), false)
        }
        (Some(first), Some(last)) if first.1 == last.1 => {
            ((cx.words.unchanged)(&s.name, &cx.value(first.1)), true)
        }
        (Some(first), Some(last)) => (movement(cx, s, first, last), true),
        _ => ((cx.words.series_no_data)(&s.name), false),
    }
}

fn movement(cx: &Cx, s: &SeriesModel, first: (usize, f64), last: (usize, f64)) -> String {
    let end = |(i, v): (usize, f64), at_edge: bool| {
        if at_edge {
            cx.value(v)
        } else {
            (cx.words.at)(&cx.place(i), &cx.value(v))
        }
    };
    let from = end(first, first.0 == 0);
    let to = end(last, last.0 + 1 == cx.xy.len);
    let unit = cx.xy.y_unit.as_deref();
    let kind = parse_unit(unit.unwrap_or("")).kind();
    // The difference of two percentages is in percentage points, not percent.
    let delta_unit = if kind == UnitKind::Percent { Some("个百分点") } else { unit };
    let delta = format_change(last.1 - first.1, delta_unit, cx.model.locale);
    // "Up 50%" of a percentage, or from a negative or zero start, misleads more than it tells.
    let relative = (kind == UnitKind::Quantity && first.1 > 0.0 && last.1 >= 0.0)
        .then(|| (last.1 - first.1) / first.1);
    (cx.words.moved)(&Movement {
        name: &s.name,
        from: &from,
        to: &to,
        delta: &delta,
        rising: last.1 > first.1,
        relative,
    })
}

/// Highest and lowest points, leaving out an extreme that is the first or last point: the opening
/// sentence has already named it.
fn trend_extremes(cx: &Cx, s: &SeriesModel, d: &Digest) -> Option<String> {
    let (first, last) = (d.first?.0, d.last?.0);
    let interior = |at: &[usize]| at.iter().any(|&i| i != first && i != last);
    let (high, low) = extremes(d)?;
    let high =
        interior(&high.1).then(|| cx.places(&high.1).map(|p| (p, cx.value(high.0)))).flatten();
    let low = interior(&low.1).then(|| cx.places(&low.1).map(|p| (p, cx.value(low.0)))).flatten();
    extremes_sentence(cx, s, high, low)
}

fn extremes_sentence(
    cx: &Cx,
    s: &SeriesModel,
    high: Option<(String, String)>,
    low: Option<(String, String)>,
) -> Option<String> {
    fn borrow(p: &Option<(String, String)>) -> Option<(&str, &str)> {
        p.as_ref().map(|(at, value)| (at.as_str(), value.as_str()))
    }
    if high.is_none() && low.is_none() {
        return None;
    }
    Some((cx.words.extremes)(cx.subject(s), borrow(&high), borrow(&low)))
}

/// ((max, where), (min, where)), or `None` when all values are equal (nothing stands out). "Where"
/// lists at most `MAX_PLACES + 1` positions: more are never named (see `Cx::places`).
type Extreme = (f64, Vec<usize>);
fn extremes(d: &Digest) -> Option<(Extreme, Extreme)> {
    // Values are finite, so this also covers a series without any (−∞ ≤ +∞).
    (d.max > d.min).then(|| ((d.max, d.max_at.clone()), (d.min, d.min_at.clone())))
}

/// A run of consecutive rises (or falls) between neighbouring positions; a gap ends a run, since
/// nobody knows what happened there.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Run {
    /// Position where the run starts (its lowest point for a rise).
    from: usize,
    to: usize,
    steps: usize,
    rising: bool,
}

/// Follows the points of a series in order and keeps the longest run of rises or falls.
#[derive(Default)]
struct Runs {
    best: Option<Run>,
    current: Option<Run>,
    previous: Option<(usize, f64)>,
}

impl Runs {
    fn push(&mut self, j: usize, b: f64) {
        let Some((i, a)) = self.previous.replace((j, b)) else { return };
        self.current = if j != i + 1 || a == b {
            None
        } else {
            let rising = b > a;
            match self.current {
                Some(run) if run.rising == rising => {
                    Some(Run { to: j, steps: run.steps + 1, ..run })
                }
                _ => Some(Run { from: i, to: j, steps: 1, rising }),
            }
        };
        if let Some(run) = self.current.filter(|r| self.best.is_none_or(|b| r.steps > b.steps)) {
            self.best = Some(run);
        }
    }

    /// The longest run of at least [`MIN_STREAK`] steps; the earlier one wins a tie.
    fn longest(self) -> Option<Run> {
        self.best.filter(|r| r.steps >= MIN_STREAK)
    }
}

#[cfg(test)]
fn longest_run(pts: impl Iterator<Item = (usize, f64)>) -> Option<Run> {
    let mut runs = Runs::default();
    pts.for_each(|(i, v)| runs.push(i, v));
    runs.longest()
}

fn streak(cx: &Cx, s: &SeriesModel, d: &Digest) -> Option<String> {
    let run = d.run?;
    let whole = d.first?.0 == run.from && d.last?.0 == run.to;
    // The run's years are those that rose: 2020→2024 is "2021年至2024年连续4年上升".
    let span = (!whole).then(|| (cx.place(run.from + 1), cx.place(run.to)));
    Some((cx.words.streak)(&Streak {
        name: cx.subject(s),
        steps: run.steps,
        rising: run.rising,
        years: consecutive_years(&cx.xy),
        span: span.as_ref().map(|(a, b)| (a.as_str(), b.as_str())),
    }))
}

/// Where the series has no value, named when there are few such places, counted otherwise.
fn gaps(cx: &Cx, s: &SeriesModel, d: &Digest) -> Option<String> {
    if d.missing.is_empty() {
        return None;
    }
    Some(match cx.places(&d.missing) {
        Some(places) => (cx.words.gaps_at)(cx.subject(s), &places),
        None => (cx.words.gaps_count)(cx.subject(s), d.missing_count),
    })
}

// ---------------------------------------------------------------------------------------------
// Unordered categories

fn nominal_sentences(cx: &Cx, s: &SeriesModel) -> Vec<String> {
    let d = Digest::of(s, cx.xy.len);
    if d.first.is_none() {
        return vec![(cx.words.series_no_data)(&s.name)];
    }
    let mut sentences = Vec::new();
    if cx.xy.len <= MAX_LISTED {
        let items: Vec<String> = (0..cx.xy.len)
            .map(|i| (cx.words.item)(&cx.place(i), &value_text(cx.model, &cx.xy, value_at(s, i))))
            .collect();
        sentences.push((cx.words.items)(cx.subject(s), &items));
    }
    if let Some((high, low)) = extremes(&d) {
        let high = cx.places(&high.1).map(|p| (p, cx.value(high.0)));
        // With two bars, the lowest is simply the other one.
        let low = (d.count > 2).then(|| cx.places(&low.1).map(|p| (p, cx.value(low.0)))).flatten();
        sentences.extend(extremes_sentence(cx, s, high, low));
    }
    sentences.extend(highlight_sentences(cx, s, &d));
    sentences
}

/// A highlighted category, with its rank when the bars stand in rank order (a ranking): "乙县居第3位
/// （共7个），为5.6%。" Said for the first series only, where the highlight is about categories.
fn highlight_sentences(cx: &Cx, s: &SeriesModel, d: &Digest) -> Vec<String> {
    let first = cx.xy.visible_series().next().is_some_and(|(_, f)| std::ptr::eq(f, s));
    if cx.xy.highlight.is_empty() || !first {
        return Vec::new();
    }
    // Only largest-first order makes "3rd" unambiguous.
    let values = s.values.up_to(cx.xy.len);
    let ranked = d.count == cx.xy.len && values.windows(2).all(|w| w[0] >= w[1]);
    cx.xy
        .highlight
        .iter()
        .filter_map(|&i| {
            let v = value_at(s, i)?;
            let rank = if ranked { i + 1 } else { 0 };
            Some((cx.words.highlighted)(&cx.place(i), &cx.value(v), rank, cx.xy.len))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(values: &[f64]) -> Option<Run> {
        longest_run(values.iter().copied().enumerate())
    }

    #[test]
    fn runs_need_three_steps_and_the_longest_wins() {
        assert_eq!(run(&[1.0, 2.0, 3.0]), None);
        assert_eq!(
            run(&[1.0, 2.0, 3.0, 4.0]),
            Some(Run { from: 0, to: 3, steps: 3, rising: true })
        );
        let falls = run(&[1.0, 2.0, 3.0, 4.0, 3.0, 2.0, 1.0, 0.0]);
        assert_eq!(falls, Some(Run { from: 3, to: 7, steps: 4, rising: false }));
        assert_eq!(run(&[1.0, 1.0, 1.0, 1.0]), None, "equal values are not a run");
        assert_eq!(run(&[]), None);
        assert_eq!(run(&[5.0]), None);
    }

    #[test]
    fn a_gap_ends_a_run() {
        let pts = [(0, 1.0), (1, 2.0), (3, 3.0), (4, 4.0), (5, 5.0)];
        assert_eq!(longest_run(pts.into_iter()), None);
    }

    #[test]
    fn time_like_categories() {
        for c in [
            "2023",
            "2023年",
            "2023-06",
            "2023Q1",
            "1月",
            "一季度",
            "上半年",
            "Q3",
            "Jan",
            "March 2024",
        ] {
            assert!(looks_like_time(c), "{c}");
        }
        for c in ["GDP", "工业投资", "Market", "A1", "", "Q", "空气质量优良率全市第一"]
        {
            assert!(!looks_like_time(c), "{c}");
        }
    }
}
