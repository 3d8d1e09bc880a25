//! Limits: what layout needs to know of a series' values, computed once when the model is built.
//!
//! Layout runs on every resize (twice per grid row: once to measure, once to place) and needs the
//! y extent and each line's last value. Scanning a million values for them each time would make
//! layout O(points); with these summaries it is O(series), and only scene building reads the values.

/// Smallest and largest finite value, and the last finite value with its index; `None` when the
/// series is all gaps.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct SeriesStats {
    pub extent: Option<(f64, f64)>,
    pub last: Option<(usize, f64)>,
}

impl SeriesStats {
    /// Of a series' values as stored (`Values::as_slice`: NaN for a gap).
    pub fn of(values: &[f64]) -> SeriesStats {
        // Plain comparisons against ±∞ rather than `f64::min` and an `Option` per step: this runs
        // over every value of every series once per model.
        let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
        let mut last = None;
        for (i, &v) in values.iter().enumerate() {
            if v.is_finite() {
                lo = if v < lo { v } else { lo };
                hi = if v > hi { v } else { hi };
                last = Some(i);
            }
        }
        SeriesStats { extent: last.map(|_| (lo, hi)), last: last.map(|i| (i, values[i])) }
    }
}

/// The lowest and highest end of any pile of a stacked chart (zero included), over the visible
/// series; `None` when nothing is visible. Per position, positive values pile upward from zero and
/// negative ones downward, each on its own pile (as `layout::stack::segments` stacks them).
/// Limits: computed once with the model (and again when a series is shown or hidden), position by
/// position with two running sums, so layout never walks a stack's values and nothing is allocated.
pub fn piles_extent(series: &[super::SeriesModel], len: usize) -> Option<(f64, f64)> {
    let visible: Vec<&[f64]> =
        series.iter().filter(|s| s.visible).map(|s| s.values.up_to(len)).collect();
    let (mut lo, mut hi, mut any) = (0.0_f64, 0.0_f64, false);
    for i in 0..len {
        let (mut up, mut down) = (0.0_f64, 0.0_f64);
        for values in &visible {
            let Some(&v) = values.get(i).filter(|v| v.is_finite()) else { continue };
            any = true;
            // Limits: ±1e308 values would sum to ∞; clamping keeps every end finite.
            if v >= 0.0 {
                up = (up + v).min(f64::MAX);
            } else {
                down = (down + v).max(f64::MIN);
            }
        }
        lo = lo.min(down);
        hi = hi.max(up);
    }
    any.then_some((lo, hi))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_gaps_and_non_finite_values() {
        let values = [f64::NAN, 3.0, f64::NAN, -2.0, 7.0, f64::NAN, f64::INFINITY];
        let stats = SeriesStats::of(&values);
        assert_eq!(stats.extent, Some((-2.0, 7.0)));
        assert_eq!(stats.last, Some((4, 7.0)));
        assert_eq!(SeriesStats::of(&[f64::NAN, f64::NAN]), SeriesStats::default());
    }
}
