//! Stacking: where each series' segment sits in a stacked bar or area chart.
//!
//! Per category, visible series stack in legend order: positive values upward from zero, negative
//! values downward from zero, each on its own pile, so a negative segment never hides a positive
//! one. A gap contributes nothing (the series above rests on what is below it). Hidden series take
//! no room. Computed with the model (again when a series is shown or hidden), so layout (the y
//! domain), the scene (the marks) and hit-testing share one stacking and a resize never re-stacks.

use super::{SeriesModel, XyModel};

/// Per series (indexed like `xy.series`), per position: the segment's (base, top) values; `None`
/// for a gap, a hidden series or a non-finite value.
pub type Segments = Vec<Vec<Option<(f64, f64)>>>;

/// The segments of `series` over `len` positions.
/// Limits: one pass per series with two running piles; each series' segments in one allocation.
pub fn segments(series: &[SeriesModel], len: usize) -> Segments {
    let mut up = vec![0.0_f64; len];
    let mut down = vec![0.0_f64; len];
    series
        .iter()
        .map(|s| {
            let values = s.values.up_to(len);
            let mut out = Vec::with_capacity(len);
            if !s.visible {
                out.resize(len, None);
                return out;
            }
            for (&v, (up, down)) in values.iter().zip(up.iter_mut().zip(&mut down)) {
                if !v.is_finite() {
                    out.push(None);
                    continue;
                }
                let pile = if v >= 0.0 { up } else { down };
                let base = *pile;
                // Limits: ±1e308 values would sum to ∞; clamping keeps every end finite.
                *pile = (base + v).clamp(f64::MIN, f64::MAX);
                out.push(Some((base, *pile)));
            }
            out.resize(len, None);
            out
        })
        .collect()
}

/// The lowest and highest end of any pile (zero included); `None` when nothing is stacked.
pub fn extent(segments: &Segments) -> Option<(f64, f64)> {
    let ends = segments.iter().flatten().flatten();
    ends.fold(None, |acc: Option<(f64, f64)>, &(a, b)| {
        let (lo, hi) = acc.unwrap_or((0.0, 0.0));
        Some((lo.min(a.min(b)), hi.max(a.max(b))))
    })
}

/// The sum of the visible values at position `i` (what a stack's tooltip calls the total).
pub fn total(xy: &XyModel, i: usize) -> Option<f64> {
    let values: Vec<f64> = xy
        .visible_series()
        .filter_map(|(_, s)| s.values.get(i).filter(|v| v.is_finite()))
        .collect();
    (!values.is_empty()).then(|| values.iter().sum::<f64>().clamp(f64::MIN, f64::MAX))
}
