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
