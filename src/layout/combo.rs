//! The combo chart's two value axes: each side's extent, and right-axis ticks placed level with the
//! left axis's gridlines (same number of ticks, nice steps, zero on the same line when both axes
//! show it), so one set of gridlines serves both and no second grid cuts across the plot.

use super::RightAxis;
use crate::model::format::AxisFormat;
use crate::model::ticks::Ticks;
use crate::model::{Model, XyView};
use crate::paint::Color;
use crate::spec::Mark;

/// Smallest and largest finite visible value of the series on one side; `None` when there are none.
pub fn side_extent(xy: XyView<'_>, right: bool) -> Option<(f64, f64)> {
    xy.visible_series()
        .filter(|(_, s)| s.right == right)
        .flat_map(|(_, s)| s.values.as_slice().iter().copied())
        .filter(|v| v.is_finite())
        .fold(None, |acc: Option<(f64, f64)>, v| match acc {
            None => Some((v, v)),
            Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
        })
}

/// Bars stand on zero, so a side with a visible bar series must show zero.
pub fn side_has_bars(xy: XyView<'_>, right: bool) -> bool {
    xy.visible_series().any(|(_, s)| s.right == right && s.mark == Mark::Bar)
}

/// Whether the chart has a right axis: some visible series is read against it.
pub fn has_right_axis(xy: XyView<'_>) -> bool {
    xy.visible_series().any(|(_, s)| s.right)
}

/// The right axis for `xy`, aligned with the left axis's `left` ticks.
pub fn right_axis(model: &Model, xy: XyView<'_>, left: &Ticks) -> RightAxis {
    let (mut lo, mut hi) = side_extent(xy, true).unwrap_or((0.0, 1.0));
    if side_has_bars(xy, true) {
        lo = lo.min(0.0);
        hi = hi.max(0.0);
    }
    let ticks = aligned_ticks(lo, hi, left);
    let format = AxisFormat::new(&ticks.values, ticks.step, xy.y2_unit.as_deref(), model.locale);
    RightAxis { ticks, format }
}

/// The right axis's caption: "增速（%）", "单位：%" style, as the left one is written.
pub fn right_caption(model: &Model, xy: XyView<'_>, format: &AxisFormat) -> Option<String> {
    let words = model.words;
    match (xy.y2_label.as_deref(), format.unit_caption(), xy.y2_unit.as_deref()) {
        (Some(label), Some(unit), _) => Some((words.with_unit)(label, &unit)),
        // A percent axis writes "%" on its ticks; its caption still says so, as the left one would
        // not need to: two axes side by side must each say what they count.
        (Some(label), None, Some(unit)) if unit.trim() == "%" => {
            Some((words.with_unit)(label, "%"))
        }
        (Some(label), None, _) => Some(label.to_string()),
        (None, Some(unit), _) => Some((words.unit_only)(&unit)),
        (None, None, Some(unit)) if unit.trim() == "%" => Some((words.unit_only)("%")),
        (None, None, _) => None,
    }
}

/// The captions' colours: a side read by exactly one visible series takes its colour (the caption
/// then doubles as that series' key); otherwise the muted text colour.
pub fn caption_colours(xy: XyView<'_>, muted: Color) -> (Color, Color) {
    if xy.kind != crate::model::XyKind::Combo || !has_right_axis(xy) {
        return (muted, muted);
    }
    let only = |right: bool| {
        let mut side = xy.visible_series().filter(|(_, s)| s.right == right);
        match (side.next(), side.next()) {
            (Some((_, s)), None) => xy.color(s),
            _ => muted,
        }
    };
    (only(false), only(true))
}

/// As many ticks as `left` has, with a nice step, covering `lo..=hi`. When the left axis has a tick
/// at zero, the right axis puts its zero at the same tick wherever the data allow.
pub fn aligned_ticks(lo: f64, hi: f64, left: &Ticks) -> Ticks {
    let n = left.values.len().max(2);
    let intervals = (n - 1) as f64;
    let (lo, hi) = if lo.is_finite() && hi.is_finite() && lo <= hi { (lo, hi) } else { (0.0, 1.0) };
    let (lo, hi) = if hi > lo { (lo, hi) } else { (lo - 1.0, hi + 1.0) };
    // Zero at the left axis's zero tick k (counted from the bottom), when the right data fit it:
    // k steps below zero must hold the lowest value, the n − 1 − k above it the highest.
    let zero_at = left.values.iter().position(|&t| t == 0.0);
    if let Some(k) = zero_at {
        let below = k as f64;
        let above = intervals - below;
        let fits = (lo >= 0.0 || below > 0.0) && (hi <= 0.0 || above > 0.0);
        if fits {
            let need = f64::max(
                if above > 0.0 { hi.max(0.0) / above } else { 0.0 },
                if below > 0.0 { (-lo).max(0.0) / below } else { 0.0 },
            );
            let step = nice_at_least(need);
            return evenly(-below * step, step, n);
        }
    }
    let mut step = nice_at_least((hi - lo) / intervals);
    loop {
        let start = (lo / step).floor() * step;
        if start + step * intervals >= hi || !step.is_finite() {
            return evenly(start, step, n);
        }
        step = nice_at_least(step * 1.01);
    }
}

fn evenly(start: f64, step: f64, n: usize) -> Ticks {
    let first = (start / step).round();
    let values: Vec<f64> = (0..n).map(|j| (first + j as f64) * step + 0.0).collect();
    let values: Vec<f64> = values.into_iter().map(|v| clean(v, step)).collect();
    Ticks { min: values[0], max: values[n - 1], step, values }
}

/// Removes float noise (0.30000000000000004) at the step's precision.
fn clean(v: f64, step: f64) -> f64 {
    let decimals = (-step.log10().floor()).clamp(0.0, 12.0) as i32 + 1;
    let f = 10f64.powi(decimals);
    let r = (v * f).round() / f;
    if r.is_finite() {
        r + 0.0
    } else {
        v
    }
}

/// The smallest step of the form {1, 2, 2.5, 5} × 10^k that is at least `x` (1 for x ≤ 0).
fn nice_at_least(x: f64) -> f64 {
    if !(x.is_finite() && x > 0.0) {
        return 1.0;
    }
    let exp = x.log10().floor();
    let base = 10f64.powf(exp);
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if m * base >= x * (1.0 - 1e-12) {
            return m * base;
        }
    }
    10.0 * base
}

#[cfg(test)]
mod tests {
    use super::*;

    fn left(values: &[f64]) -> Ticks {
        Ticks {
            values: values.to_vec(),
            step: values[1] - values[0],
            min: values[0],
            max: *values.last().unwrap(),
        }
    }

    #[test]
    fn right_ticks_match_the_left_count_and_zero() {
        let l = left(&[0.0, 10.0, 20.0, 30.0, 40.0, 50.0]);
        let r = aligned_ticks(2.1, 8.4, &l);
        assert_eq!(r.values, vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        let l = left(&[-20.0, 0.0, 20.0, 40.0]);
        let r = aligned_ticks(-3.0, 12.0, &l);
        assert_eq!(r.values.len(), 4);
        assert_eq!(r.values[1], 0.0, "zero on the same gridline: {:?}", r.values);
        assert!(r.values[0] <= -3.0 && r.values[3] >= 12.0);
    }

    #[test]
    fn right_ticks_without_a_left_zero_cover_the_data() {
        let l = left(&[100.0, 150.0, 200.0, 250.0]);
        let r = aligned_ticks(31.0, 77.0, &l);
        assert_eq!(r.values.len(), 4);
        assert!(r.min <= 31.0 && r.max >= 77.0, "{:?}", r.values);
    }

    #[test]
    fn steps_are_nice() {
        assert_eq!(nice_at_least(1.7), 2.0);
        assert_eq!(nice_at_least(2.2), 2.5);
        assert_eq!(nice_at_least(0.031), 0.05);
        assert_eq!(nice_at_least(6.0), 10.0);
    }
}
