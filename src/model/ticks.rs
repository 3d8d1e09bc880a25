//! "Nice" axis ticks: steps of 1, 2, 2.5 or 5 × 10^k covering the data.
//!
//! Every input is sanitised rather than trusted, so any pair of f64 gives a finite, increasing, bounded
//! list of ticks:
//! - NaN or ±∞ anywhere → the domain [0, 1];
//! - `lo > hi` → swapped;
//! - magnitudes beyond ±1e300 are clamped (so extending the domain to a whole step cannot overflow), and
//!   magnitudes below 1e-200 count as 0;
//! - equal (or relatively indistinguishable) ends → 0 gives [0, 1]; any other v gives v ± 10^⌊log10 |v|⌋
//!   before rounding, so 5 → [4, 6] and 300 → [200, 400]: the value sits mid-axis, in its own units.
//!
//! Tick values are the nearest f64 to the exact decimal k × step (0.3, never 0.30000000000000004), so
//! formatting and equality tests see clean numbers.

/// Ticks of one axis. `min`/`max` are the nice domain: the first and last tick.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticks {
    pub values: Vec<f64>,
    pub step: f64,
    pub min: f64,
    pub max: f64,
}

/// Ticks for a continuous axis: about `target` of them (`target` is clamped to 2..=100), never more than
/// `2 × target + 2`.
pub fn nice_ticks(lo: f64, hi: f64, target: usize) -> Ticks {
    ticks(lo, hi, target, Grid::Real)
}

/// Ticks whose step is a whole number ≥ 1: for index axes (0, 1, 2, …).
pub fn integer_ticks(lo: f64, hi: f64, target: usize) -> Ticks {
    ticks(lo, hi, target, Grid::Integer)
}

/// Widens `[lo, hi]` to contain 0 (bars grow from zero). Non-finite ends count as 0; reversed ends are
/// swapped.
pub fn include_zero(lo: f64, hi: f64) -> (f64, f64) {
    let finite = |v: f64| if v.is_finite() { v } else { 0.0 };
    let (lo, hi) = ordered(finite(lo), finite(hi));
    // `+ 0.0` so that an end of -0.0 comes back as 0.0.
    (lo.min(0.0) + 0.0, hi.max(0.0) + 0.0)
}

/// Beyond this, extending the domain by a step (up to ~5× the span) could overflow to ∞.
const LIMIT: f64 = 1e300;
/// Below this a magnitude counts as 0, which keeps every 10^k computed here far from f64's limits.
const TINY: f64 = 1e-200;
/// Ends closer than this, relative to their size, are treated as equal: the steps would be below f64
/// resolution and the ticks would repeat.
const RESOLUTION: f64 = 1e-12;
const MAX_TARGET: usize = 100;
const MANTISSAS: [f64; 4] = [1.0, 2.0, 2.5, 5.0];
/// 2.5 gives an extra decimal (0.25, 7.5), so it costs as much as one tick off target: it is chosen only
/// when clearly better (ties go to the smaller step, which comes first).
const PENALTY_2_5: f64 = 1.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grid {
    Real,
    Integer,
}

/// A step m × 10^e, kept apart so tick values can be computed as exact decimals.
#[derive(Debug, Clone, Copy)]
struct Step {
    mantissa: f64,
    exp: i32,
}

impl Step {
    /// k × step, rounded once from the exact decimal (k × m is exact: k is a whole number, m a half).
    fn at(self, k: f64) -> f64 {
        // `+ 0.0` turns -0.0 (k = -0 from flooring -0.0) into 0.0.
        scale(k * self.mantissa, self.exp) + 0.0
    }

    fn size(self) -> f64 {
        self.at(1.0)
    }

    fn is_integral(self) -> bool {
        self.exp >= 1 || (self.exp == 0 && self.mantissa != 2.5)
    }

    /// Indices of the first and last tick: the smallest multiples of the step enclosing [lo, hi].
    fn bounds(self, lo: f64, hi: f64) -> (f64, f64) {
        let size = self.size();
        // The division may land one off an exact multiple (0.3 / 0.1 = 2.999…); fix up against the
        // tick values themselves, which are what the chart will use.
        let mut first = (lo / size).floor();
        if self.at(first) > lo {
            first -= 1.0;
        } else if self.at(first + 1.0) <= lo {
            first += 1.0;
        }
        let mut last = (hi / size).ceil();
        if self.at(last) < hi {
            last += 1.0;
        } else if self.at(last - 1.0) >= hi {
            last -= 1.0;
        }
        (first, last)
    }
}

fn ticks(lo: f64, hi: f64, target: usize, grid: Grid) -> Ticks {
    let target = target.clamp(2, MAX_TARGET);
    let (lo, hi) = sanitise(lo, hi, grid);
    match best_step(lo, hi, target, grid) {
        Some(step) => build(step, step.bounds(lo, hi)),
        // Unreachable in practice (a step within 2× of the raw step always exists), but never panic.
        None => build(Step { mantissa: 1.0, exp: 0 }, (0.0, 1.0)),
    }
}

/// A finite domain with lo < hi, per the rules in the module docs.
fn sanitise(lo: f64, hi: f64, grid: Grid) -> (f64, f64) {
    if !lo.is_finite() || !hi.is_finite() {
        return (0.0, 1.0);
    }
    let tidy = |v: f64| {
        if v.abs() < TINY {
            0.0
        } else {
            v.clamp(-LIMIT, LIMIT)
        }
    };
    let (lo, hi) = ordered(tidy(lo), tidy(hi));
    if hi - lo > lo.abs().max(hi.abs()) * RESOLUTION {
        return (lo, hi);
    }
    let mid = lo / 2.0 + hi / 2.0;
    if mid.abs() < TINY {
        return (0.0, 1.0);
    }
    let mut half = scale(1.0, mid.abs().log10().floor() as i32);
    if grid == Grid::Integer {
        half = half.max(1.0);
    }
    (mid - half, mid + half)
}

fn ordered(a: f64, b: f64) -> (f64, f64) {
    if a > b {
        (b, a)
    } else {
        (a, b)
    }
}

/// The step whose tick count is closest to `target`, preferring tight domains and avoiding 2.5.
fn best_step(lo: f64, hi: f64, target: usize, grid: Grid) -> Option<Step> {
    let span = hi - lo;
    let raw = span / (target - 1) as f64;
    let mut e0 = raw.log10().floor() as i32;
    if grid == Grid::Integer {
        e0 = e0.max(0);
    }
    let max_count = (2 * target + 2) as f64;
    let candidates = (e0 - 1..=e0 + 1)
        .flat_map(|exp| MANTISSAS.map(|mantissa| Step { mantissa, exp }))
        .filter(|s| grid == Grid::Real || s.is_integral());
    let mut best: Option<(f64, Step)> = None;
    for step in candidates {
        let (first, last) = step.bounds(lo, hi);
        let count = last - first + 1.0;
        if count > max_count {
            continue;
        }
        let domain = step.at(last) - step.at(first);
        let waste = 1.0 - span / domain;
        let penalty = if step.mantissa == 2.5 { PENALTY_2_5 } else { 0.0 };
        let cost = (count - target as f64).abs() + penalty + waste;
        if best.is_none_or(|(c, _)| cost < c) {
            best = Some((cost, step));
        }
    }
    best.map(|(_, step)| step)
}

fn build(step: Step, (first, last): (f64, f64)) -> Ticks {
    // `best_step` bounded the count; the cast cannot be huge.
    let count = (last - first + 1.0).max(1.0) as usize;
    let values: Vec<f64> = (0..count).map(|i| step.at(first + i as f64)).collect();
    let min = values.first().copied().unwrap_or(0.0);
    let max = values.last().copied().unwrap_or(0.0);
    Ticks { values, step: step.size(), min, max }
}

/// x × 10^exp with a single rounding whenever 10^|exp| is exact (|exp| ≤ 22), which makes k × step the
/// nearest f64 to the decimal.
fn scale(x: f64, exp: i32) -> f64 {
    if exp >= 0 {
        x * pow10(exp.unsigned_abs())
    } else {
        x / pow10(exp.unsigned_abs())
    }
}

fn pow10(n: u32) -> f64 {
    // The literals up to 1e22 are exact; `powi` may round at every multiplication.
    match POW10.get(n as usize) {
        Some(&p) => p,
        None => 10f64.powi(n.min(400) as i32),
    }
}

const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];
