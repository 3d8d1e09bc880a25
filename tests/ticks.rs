//! Nice ticks: typical newsroom ranges as tables, then properties over many pseudo-random ranges.

use infographic::testing::{include_zero, integer_ticks, nice_ticks, Ticks};

fn check(ticks: &Ticks, values: &[f64], step: f64) {
    assert_eq!(ticks.values, values, "values of {ticks:?}");
    assert_eq!(ticks.step, step, "step of {ticks:?}");
    assert_eq!(ticks.min, values[0]);
    assert_eq!(ticks.max, values[values.len() - 1]);
}

#[test]
fn typical_ranges() {
    let cases: &[(f64, f64, usize, &[f64], f64)] = &[
        (0.0, 31.0, 5, &[0.0, 10.0, 20.0, 30.0, 40.0], 10.0),
        (0.0, 294.5, 5, &[0.0, 100.0, 200.0, 300.0], 100.0),
        (-3.2, 5.6, 5, &[-4.0, -2.0, 0.0, 2.0, 4.0, 6.0], 2.0),
        (0.001, 0.009, 5, &[0.0, 0.002, 0.004, 0.006, 0.008, 0.01], 0.002),
        (1e9, 5e9, 5, &[1e9, 2e9, 3e9, 4e9, 5e9], 1e9),
        (0.0, 100.0, 5, &[0.0, 20.0, 40.0, 60.0, 80.0, 100.0], 20.0),
        // 2.5 × 10^k only when clearly better than its neighbours.
        (0.0, 75.0, 4, &[0.0, 25.0, 50.0, 75.0], 25.0),
        (0.0, 100.0, 4, &[0.0, 50.0, 100.0], 50.0),
        (0.0, 7.0, 4, &[0.0, 2.5, 5.0, 7.5], 2.5),
        (0.0, 1.0, 6, &[0.0, 0.2, 0.4, 0.6, 0.8, 1.0], 0.2),
        (0.1, 0.3, 3, &[0.1, 0.2, 0.3], 0.1),
        (0.3, 0.7, 5, &[0.3, 0.4, 0.5, 0.6, 0.7], 0.1),
        (44.05, 60.2, 4, &[40.0, 50.0, 60.0, 70.0], 10.0),
    ];
    for &(lo, hi, target, values, step) in cases {
        check(&nice_ticks(lo, hi, target), values, step);
    }
}

#[test]
fn no_float_artefacts() {
    for ticks in [nice_ticks(0.0, 0.9, 10), nice_ticks(0.1, 0.7, 7), nice_ticks(-0.35, 0.35, 8)] {
        for &v in &ticks.values {
            let text = v.to_string();
            assert!(text.len() <= 6, "{v:?} in {ticks:?}");
        }
    }
    assert!(nice_ticks(0.0, 0.9, 10).values.contains(&0.3));
}

#[test]
fn equal_reversed_and_missing_ends() {
    check(&nice_ticks(0.0, 0.0, 5), &[0.0, 0.2, 0.4, 0.6, 0.8, 1.0], 0.2);
    check(&nice_ticks(5.0, 5.0, 5), &[4.0, 4.5, 5.0, 5.5, 6.0], 0.5);
    check(&nice_ticks(-5.0, -5.0, 5), &[-6.0, -5.5, -5.0, -4.5, -4.0], 0.5);
    check(&nice_ticks(300.0, 300.0, 3), &[200.0, 300.0, 400.0], 100.0);
    assert_eq!(nice_ticks(5.6, -3.2, 5), nice_ticks(-3.2, 5.6, 5));
    let unit = nice_ticks(0.0, 1.0, 5);
    for (lo, hi) in
        [(f64::NAN, 1.0), (0.0, f64::NAN), (f64::NEG_INFINITY, f64::INFINITY), (3.0, f64::INFINITY)]
    {
        assert_eq!(nice_ticks(lo, hi, 5), unit, "({lo}, {hi})");
    }
    // -0.0 is 0, and no tick is ever -0.0.
    let ticks = nice_ticks(-0.0, 10.0, 5);
    assert!(ticks.values.iter().all(|v| !(*v == 0.0 && v.is_sign_negative())));
}

#[test]
fn extreme_ranges_stay_finite() {
    let cases = [
        (-1e308, 1e308),
        (f64::MIN, f64::MAX),
        (0.0, f64::MAX),
        (1e308, 1e308),
        (1.7e308, 1.79e308),
        (0.0, 5e-324),
        (5e-324, 5e-324),
        (1e-200, 3e-200),
        (1e15, 1e15 + 1.0),
        (1e20, 1e20 + 16384.0),
        (-1e-300, 1e-300),
    ];
    for (lo, hi) in cases {
        for target in [0, 1, 2, 5, 10, 1000] {
            for ticks in [nice_ticks(lo, hi, target), integer_ticks(lo, hi, target)] {
                assert_valid(&ticks, target);
            }
        }
    }
}

#[test]
fn integer_ticks_are_whole() {
    check(&integer_ticks(0.0, 3.0, 5), &[0.0, 1.0, 2.0, 3.0], 1.0);
    check(&integer_ticks(0.0, 11.0, 5), &[0.0, 5.0, 10.0, 15.0], 5.0);
    check(&integer_ticks(0.0, 11.0, 7), &[0.0, 2.0, 4.0, 6.0, 8.0, 10.0, 12.0], 2.0);
    check(&integer_ticks(0.0, 0.5, 5), &[0.0, 1.0], 1.0);
    check(&integer_ticks(0.0, 0.0, 5), &[0.0, 1.0], 1.0);
    check(&integer_ticks(0.0, 75.0, 4), &[0.0, 25.0, 50.0, 75.0], 25.0);
    check(&integer_ticks(0.0, 7.0, 4), &[0.0, 2.0, 4.0, 6.0, 8.0], 2.0);
    for (lo, hi, target) in
        [(0.0, 7.0, 8), (0.0, 30.0, 4), (3.0, 3.0, 4), (0.0, 2.0, 10), (-0.2, 0.7, 9)]
    {
        let ticks = integer_ticks(lo, hi, target);
        assert!(ticks.step >= 1.0 && ticks.step.fract() == 0.0, "{ticks:?}");
        assert!(ticks.values.iter().all(|v| v.fract() == 0.0), "{ticks:?}");
    }
}

#[test]
fn include_zero_widens_to_zero() {
    let cases = [
        ((3.0, 8.0), (0.0, 8.0)),
        ((-8.0, -3.0), (-8.0, 0.0)),
        ((-2.0, 5.0), (-2.0, 5.0)),
        ((8.0, 3.0), (0.0, 8.0)),
        ((f64::NAN, 5.0), (0.0, 5.0)),
        ((f64::NEG_INFINITY, f64::INFINITY), (0.0, 0.0)),
    ];
    for ((lo, hi), expected) in cases {
        assert_eq!(include_zero(lo, hi), expected, "include_zero({lo}, {hi})");
    }
}

/// A small deterministic generator (Knuth's MMIX LCG), so the property tests need no extra crates.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 11
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        self.next() as f64 / (1u64 << 53) as f64
    }

    /// A value of random sign spread over many orders of magnitude.
    fn value(&mut self) -> f64 {
        let exp = (self.unit() * 24.0 - 12.0).round() as i32;
        let sign = if self.unit() < 0.3 { -1.0 } else { 1.0 };
        sign * self.unit() * 10f64.powi(exp)
    }
}

fn assert_valid(ticks: &Ticks, target: usize) {
    let max_count = 2 * target.clamp(2, 100) + 2;
    let values = &ticks.values;
    assert!(
        values.len() >= 2 && values.len() <= max_count,
        "count of {ticks:?} for target {target}"
    );
    assert!(values.iter().all(|v| v.is_finite()), "{ticks:?}");
    assert!(ticks.step.is_finite() && ticks.step > 0.0, "{ticks:?}");
    assert_eq!(ticks.min, values[0]);
    assert_eq!(ticks.max, values[values.len() - 1]);
    for pair in values.windows(2) {
        // Each tick is the nearest f64 to its decimal, so a gap may be off by an ulp of the ticks.
        let gap = pair[1] - pair[0];
        let ulps = pair[0].abs().max(pair[1].abs()) * 4.0 * f64::EPSILON;
        assert!(
            (gap - ticks.step).abs() <= ticks.step * 1e-9 + ulps,
            "uneven {pair:?} in {ticks:?}"
        );
    }
}

#[test]
fn properties_over_random_ranges() {
    let mut rng = Lcg(20240601);
    for _ in 0..5000 {
        let (a, b) = (rng.value(), rng.value());
        // Sometimes a narrow range far from zero, the case where float steps go wrong.
        let (a, b) = if rng.unit() < 0.2 { (a, a + b.abs() * 1e-6) } else { (a, b) };
        let target = 2 + (rng.next() % 11) as usize;
        let (lo, hi) = (a.min(b), a.max(b));
        for (ticks, integral) in
            [(nice_ticks(a, b, target), false), (integer_ticks(a, b, target), true)]
        {
            assert_valid(&ticks, target);
            assert!(ticks.min <= lo && ticks.max >= hi, "{ticks:?} misses [{lo}, {hi}]");
            // The domain is tight: at most one step of slack at either end (unless the ends were
            // indistinguishable and got widened on purpose). "At most" rather than "less than": lo - step
            // may round to exactly the first tick.
            let distinct = hi - lo > lo.abs().max(hi.abs()) * 1e-12;
            let tight = ticks.min >= lo - ticks.step && ticks.max <= hi + ticks.step;
            assert!(!distinct || tight, "{ticks:?} loose for [{lo}, {hi}]");
            if integral {
                assert!(ticks.step >= 1.0 && ticks.step.fract() == 0.0, "{ticks:?}");
            } else {
                let m = ticks.step / 10f64.powf(ticks.step.log10().floor());
                assert!(
                    [1.0, 2.0, 2.5, 5.0].iter().any(|n| (m - n).abs() < 1e-9),
                    "step {} of {ticks:?}",
                    ticks.step
                );
            }
        }
    }
}
