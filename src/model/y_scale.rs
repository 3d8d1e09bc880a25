//! The value (y) scale of an xy chart: linear or logarithmic, over a domain that is either rounded
//! out to nice ticks or fixed by the spec's `"min"` / `"max"`. Small and self-contained so every xy
//! form (lines, bars, areas, a right axis, small multiples) maps values the same way.

use super::ticks::{nice_ticks, Ticks};
use crate::decimal::{clamp, parse};
use crate::spec::YScaleType;

/// Linear or logarithmic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ScaleKind {
    #[default]
    Linear,
    Log,
}

/// A value → [0, 1] mapping (0 at the bottom of the plot). Values outside the domain are clamped:
/// nothing is drawn outside the plot.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YScale {
    pub kind: ScaleKind,
    pub min: f64,
    pub max: f64,
}

impl YScale {
    /// Where `v` sits between the bottom (0) and the top (1) of the plot, clamped to [0, 1]. A
    /// non-positive value on a log scale sits at the bottom.
    pub fn fraction(&self, v: f64) -> f64 {
        let t = self.unclamped(v);
        if t.is_nan() {
            0.5
        } else {
            t.clamp(0.0, 1.0)
        }
    }

    /// Like [`fraction`](Self::fraction) but not clamped: below 0 or above 1 is outside the plot
    /// (lines are clipped there rather than flattened along the edge).
    pub fn unclamped(&self, v: f64) -> f64 {
        let (lo, hi, v) = match self.kind {
            ScaleKind::Linear => (self.min, self.max, v),
            ScaleKind::Log if v > 0.0 => (self.min.log10(), self.max.log10(), v.log10()),
            ScaleKind::Log => return 0.0,
        };
        if hi > lo && v.is_finite() {
            (v - lo) / (hi - lo)
        } else if v.is_finite() {
            0.5
        } else if v > 0.0 {
            1.0
        } else {
            0.0
        }
    }

    /// The value at the bottom of the plot that bars and the strong baseline start from: zero when
    /// it is in view, else the nearest end.
    pub fn base(&self) -> f64 {
        match self.kind {
            ScaleKind::Linear => clamp(0.0, self.min.min(self.max), self.max.max(self.min)),
            ScaleKind::Log => self.min,
        }
    }
}

/// The data's extent and the spec's wishes for one axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Domain {
    pub kind: ScaleKind,
    /// The data extent, already widened by the chart's rules (zero for bars, headroom for labels).
    pub lo: f64,
    pub hi: f64,
    /// The spec's `"min"` / `"max"`: honoured exactly.
    pub min: Option<f64>,
    pub max: Option<f64>,
}

/// The scale and its ticks. Ends the spec fixes stay where they are (the ticks are nice values
/// inside them); free ends are rounded out to the next nice tick.
pub fn fit(domain: Domain, target: usize) -> (YScale, Ticks) {
    match domain.kind {
        ScaleKind::Linear => fit_linear(domain, target),
        ScaleKind::Log => fit_log(domain, target),
    }
}

fn fit_linear(d: Domain, target: usize) -> (YScale, Ticks) {
    let lo = d.min.unwrap_or(d.lo);
    let hi = d.max.unwrap_or(d.hi);
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    let mut ticks = nice_ticks(lo, hi, target);
    let min = d.min.unwrap_or(ticks.min);
    let max = d.max.unwrap_or(ticks.max);
    if d.min.is_some() || d.max.is_some() {
        // A fixed end cuts the nice ticks beyond it.
        let eps = (max - min).abs() * 1e-9;
        ticks.values.retain(|&t| t >= min - eps && t <= max + eps);
        ticks.min = ticks.values.first().copied().unwrap_or(min);
        ticks.max = ticks.values.last().copied().unwrap_or(max);
    }
    (YScale { kind: ScaleKind::Linear, min, max }, ticks)
}

/// Log ticks: every power of ten, with 2 and 5 between them while the axis spans few decades, every
/// other power once it spans many. Free ends round out to a power of ten (or to 2× / 5× one).
fn fit_log(d: Domain, target: usize) -> (YScale, Ticks) {
    let positive = |v: f64| if v.is_finite() && v > 0.0 { Some(v) } else { None };
    let lo = d.min.and_then(positive).or(positive(d.lo)).unwrap_or(1.0).clamp(1e-300, 1e300);
    let hi = d.max.and_then(positive).or(positive(d.hi)).unwrap_or(lo * 10.0).clamp(1e-300, 1e300);
    let (lo, hi) = if lo < hi { (lo, hi) } else { (lo / 10.0, lo * 10.0) };
    let decades = (hi.log10().ceil() - lo.log10().floor()).max(1.0);
    // 1, 2, 5 per decade while that stays within 1.5 × the target count (two decades at most).
    let mantissas: &[f64] =
        if decades * 3.0 + 1.0 <= target as f64 * 1.5 { &[1.0, 2.0, 5.0] } else { &[1.0] };
    let every = ((decades / target.max(2) as f64).ceil() as i32).max(1);
    // Powers of ten (times 2 and 5 when few) from `lo_e` to `hi_e`, every `every`-th power counted
    // from `phase`.
    let candidates = |lo_e: i32, hi_e: i32, every: i32, phase: i32| -> Vec<f64> {
        let mut out = Vec::new();
        for e in lo_e..=hi_e {
            if (e - phase).rem_euclid(every) != 0 {
                continue;
            }
            for &m in mantissas {
                // Parsed from the decimal so 0.02 is the nearest f64 to 0.02, not 2 × 0.1 × 0.1.
                out.push(parse(&format!("{}e{e}", m as u8)).unwrap_or(m * 10f64.powi(e)));
            }
        }
        out
    };
    let (lo_e, hi_e) = (lo.log10().floor() as i32 - 1, hi.log10().ceil() as i32 + 1);
    // Free ends: the largest candidate ≤ lo, the smallest ≥ hi, any power of ten.
    let ends = candidates(lo_e, hi_e, 1, 0);
    let min = d.min.unwrap_or_else(|| {
        ends.iter().rev().find(|&&t| t <= lo * (1.0 + 1e-9)).copied().unwrap_or(lo)
    });
    let max = d
        .max
        .unwrap_or_else(|| ends.iter().find(|&&t| t >= hi * (1.0 - 1e-9)).copied().unwrap_or(hi));
    // When only every n-th power is labelled, the bottom one is.
    let phase = min.log10().ceil() as i32;
    let values: Vec<f64> = candidates(lo_e, hi_e, every, phase)
        .into_iter()
        .filter(|&t| t >= min * (1.0 - 1e-9) && t <= max * (1.0 + 1e-9))
        .collect();
    let ticks = Ticks {
        step: f64::NAN,
        min: values.first().copied().unwrap_or(min),
        max: values.last().copied().unwrap_or(max),
        values,
    };
    (YScale { kind: ScaleKind::Log, min, max }, ticks)
}

/// The spec's `"scale"` as the model's scale kind.
impl From<YScaleType> for ScaleKind {
    fn from(scale: YScaleType) -> ScaleKind {
        match scale {
            YScaleType::Linear => ScaleKind::Linear,
            YScaleType::Log => ScaleKind::Log,
        }
    }
}
