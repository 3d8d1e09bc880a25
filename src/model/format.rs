//! Number formatting per locale: values (KPI tiles, tooltips), signed changes, and axis tick labels.
//!
//! Conventions shared by everything here:
//! - the minus sign is U+2212 "−"; zero is always "0" (never "−0", and never "0.0" even on an axis whose
//!   other labels carry decimals — a bare 0 reads as the baseline);
//! - NaN and ±∞ print as "–" (en dash): a visible gap, never a panic;
//! - zh-CN scales to 万 (1e4), 亿 (1e8) and 万亿 (1e12) and never groups digits; en scales to million,
//!   billion and trillion and groups thousands with ",";
//! - a single value keeps at most 4 significant digits once scaled, with no trailing zeros, but never
//!   loses integer digits (English 123456 stays "123,456");
//! - numbers news never has (≥ 1e15 or below 1e-6 once scaled) are written "1.5×10¹⁵" rather than as
//!   hundreds of digits.

use crate::decimal::{exponential, fixed, parse};
use crate::model::units::{parse_unit, Unit, UnitKind};
use crate::spec::digits::group_digits;
use crate::spec::Locale;

const MINUS: &str = "\u{2212}";
/// Shown for NaN and ±∞.
const MISSING: &str = "\u{2013}";
/// Significant digits a single value keeps after scaling.
const SIGNIFICANT: i32 = 4;
/// Scaled magnitudes outside 10^MIN_PLAIN_EXP ..< 10^MAX_PLAIN_EXP are written with ×10ⁿ.
const MIN_PLAIN_EXP: i32 = -6;
const MAX_PLAIN_EXP: i32 = 15;
/// Steps needing more decimals than this get per-label shortest formatting instead.
const MAX_AXIS_DECIMALS: usize = 10;

/// A power of ten a number can be written in: 万, 亿, million…
#[derive(Debug, Clone, Copy, PartialEq)]
struct Magnitude {
    factor: f64,
    word: &'static str,
    /// Smallest |value| in base units that an axis writes in this magnitude. Chinese axes start 万 at
    /// 1e5, so 0…15000 stays "15000" rather than "1.5" under a "万" caption.
    axis_from: f64,
}

const fn magnitude(factor: f64, word: &'static str) -> Magnitude {
    Magnitude { factor, word, axis_from: factor }
}

const UNSCALED: Magnitude = magnitude(1.0, "");
const ZH: [Magnitude; 4] = [
    UNSCALED,
    Magnitude { factor: 1e4, word: "万", axis_from: 1e5 },
    magnitude(1e8, "亿"),
    magnitude(1e12, "万亿"),
];
const EN: [Magnitude; 4] =
    [UNSCALED, magnitude(1e6, "million"), magnitude(1e9, "billion"), magnitude(1e12, "trillion")];

/// The magnitudes a number with `unit` may take in `locale`; percentages are never rescaled.
fn magnitudes(unit: &Unit, locale: Locale) -> &'static [Magnitude] {
    match (unit.kind(), locale) {
        (UnitKind::Quantity, Locale::ZhCn) => &ZH,
        (UnitKind::Quantity, Locale::En) => &EN,
        _ => &[UNSCALED],
    }
}

/// Index of the largest magnitude `base_abs` (a value in base units) reaches.
fn pick(mags: &[Magnitude], base_abs: f64, threshold: impl Fn(&Magnitude) -> f64) -> usize {
    mags.iter().rposition(|m| base_abs >= threshold(m)).unwrap_or(0)
}

/// A value written in `unit` (× `multiplier`), re-expressed in `magnitude`. Dividing by an exact power of
/// ten is more accurate than multiplying by its inexact inverse, hence the two branches.
fn rescale(value: f64, multiplier: f64, magnitude: Magnitude) -> f64 {
    if multiplier >= magnitude.factor {
        value * (multiplier / magnitude.factor)
    } else {
        value / (magnitude.factor / multiplier)
    }
}

/// Formats a single number with its unit: "44.05亿元" / "4.405 billion yuan", "1.2万" / "12,000".
pub fn format_value(value: f64, unit: Option<&str>, locale: Locale) -> String {
    format_number(value, unit, locale, false)
}

/// Formats values shown side by side (the value labels of a ranking) with one number of decimals, so
/// 82.5 and 75 read "82.5" and "75.0" rather than looking unequally precise. A value is padded only
/// while it keeps at most 4 significant digits (1,235 stays "1,235"), and zero stays "0".
pub fn format_values_alike(values: &[f64], unit: Option<&str>, locale: Locale) -> Vec<String> {
    let parsed = parse_unit(unit.unwrap_or(""));
    let decimals = |v: &f64| {
        scaled_digits(v.abs(), &parsed, locale)
            .filter(|(d, _)| !d.contains('×'))
            .and_then(|(d, _)| d.find('.').map(|dot| d.len() - dot - 1))
            .unwrap_or(0)
    };
    let shared = values.iter().filter(|v| v.is_finite()).map(decimals).max().unwrap_or(0);
    values
        .iter()
        .map(|&v| {
            let plain = format_value(v, unit, locale);
            let Some((digits, _)) = scaled_digits(v.abs(), &parsed, locale) else { return plain };
            let int_len = digits.find('.').unwrap_or(digits.len());
            let have = decimals(&v);
            let significant = if digits.starts_with("0") { shared } else { int_len + shared };
            if have >= shared
                || digits == "0"
                || digits.contains('×')
                || significant > SIGNIFICANT as usize
            {
                return plain;
            }
            let padded = if have == 0 {
                format!("{digits}.{}", "0".repeat(shared))
            } else {
                format!("{digits}{}", "0".repeat(shared - have))
            };
            // The digits appear once in the plain label; swap them for the padded ones.
            plain.replacen(&group_digits(&digits, locale), &group_digits(&padded, locale), 1)
        })
        .collect()
}

/// Formats a signed change: "+5.6%", "−0.3个百分点" / "−0.3 percentage points"; zero has no sign.
pub fn format_change(value: f64, unit: Option<&str>, locale: Locale) -> String {
    format_number(value, unit, locale, true)
}

fn format_number(value: f64, unit: Option<&str>, locale: Locale, plus: bool) -> String {
    if !value.is_finite() {
        return MISSING.to_string();
    }
    let unit = parse_unit(unit.unwrap_or(""));
    let Some((digits, magnitude)) = scaled_digits(value.abs(), &unit, locale) else {
        return MISSING.to_string();
    };
    let sign = if digits == "0" {
        ""
    } else if value < 0.0 {
        MINUS
    } else if plus {
        "+"
    } else {
        ""
    };
    let one = digits == "1" && magnitude == UNSCALED;
    let number = format!("{sign}{}", group_digits(&digits, locale));
    join(locale, &number, magnitude.word, &unit, unit.name(locale, one))
}

/// The digits of |value| and the magnitude they are written in, e.g. (4.405e9 yuan) → ("4.405", billion);
/// `None` if the value cannot be written finitely.
fn scaled_digits(abs: f64, unit: &Unit, locale: Locale) -> Option<(String, Magnitude)> {
    let mags = magnitudes(unit, locale);
    let mut i = pick(mags, abs * unit.multiplier(), |m| m.factor);
    loop {
        let scaled = rescale(abs, unit.multiplier(), mags[i]);
        if !scaled.is_finite() {
            return None;
        }
        let digits = shortest(scaled);
        // Rounding can carry into the next magnitude: 9999.99万 → "10000万" must read "1亿".
        match mags.get(i + 1) {
            Some(next) if parse(&digits).is_some_and(|d| d >= next.factor / mags[i].factor) => {
                i += 1
            }
            _ => return Some((digits, mags[i])),
        }
    }
}

/// Number, magnitude word and unit name in the order and spacing of `locale`.
fn join(locale: Locale, number: &str, word: &str, unit: &Unit, name: &str) -> String {
    match locale {
        Locale::ZhCn => format!("{number}{word}{}{name}", zh_gap(name)),
        Locale::En if unit.kind() == UnitKind::Percent => format!("{number}{word}{name}"),
        Locale::En => [number, word, name]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// Chinese sets CJK units tight against the number ("50万吨") but Latin ones apart ("50 USD").
fn zh_gap(name: &str) -> &'static str {
    match name.chars().next() {
        Some(c) if c.is_ascii_alphanumeric() => " ",
        _ => "",
    }
}

/// |x| with at most 4 significant digits (but all its integer digits), no trailing zeros.
fn shortest(x: f64) -> String {
    if x == 0.0 {
        return "0".to_string();
    }
    if let Some(digits) = shortest_by_integers(x.abs()) {
        return digits;
    }
    shortest_exact(x)
}

/// [`shortest`] through integer arithmetic, for the plain range; `None` where it might differ from the
/// exact decimal rounding of `core::fmt` (outside that range, or within a hair of a rounding tie).
/// Why: every value in a tooltip, a table cell or a tick label passes here, and `{:.3e}` / `{:.N}`
/// of an `f64` take the exact (big-number) path of `core::fmt` — several µs a value in wasm, a large
/// part of describing a million-value chart. A product `x · 10ᵈ` is off by at most an ulp or two, so
/// rounding it to an integer gives the exact result unless its fraction is that close to ½ (then
/// the exact path decides); `tests` compare the two on many values.
fn shortest_by_integers(x: f64) -> Option<String> {
    // 10^d is exact in f64 up to d = 22; integers below 2^53 are exact too.
    const MAX_EXACT: f64 = 9_007_199_254_740_992.0;
    let round = |scaled: f64| {
        let r = scaled.round();
        let tie = ((scaled - scaled.trunc()).abs() - 0.5).abs() < 1e-6;
        (!tie && r < MAX_EXACT).then_some(r)
    };
    let estimate = x.log10().floor() as i32;
    if !(MIN_PLAIN_EXP + 1..MAX_PLAIN_EXP - 1).contains(&estimate) {
        return None;
    }
    // The exponent after rounding to SIGNIFICANT digits: log10 may be off by one near a power of
    // ten, and rounding may carry (999.96 → 1000).
    let mut exp = estimate;
    for _ in 0..3 {
        let r = round(x * 10f64.powi(SIGNIFICANT - 1 - exp))?;
        if r >= 10f64.powi(SIGNIFICANT) {
            exp += 1;
        } else if r < 10f64.powi(SIGNIFICANT - 1) {
            exp -= 1;
        } else {
            break;
        }
    }
    if !(MIN_PLAIN_EXP..MAX_PLAIN_EXP).contains(&exp) {
        return None;
    }
    let decimals = (SIGNIFICANT - 1 - exp).max(0) as usize;
    let r = round(x * 10f64.powi(decimals as i32))? as u64;
    let mut digits = r.to_string();
    if decimals > 0 {
        if digits.len() <= decimals {
            digits.insert_str(0, &"0".repeat(decimals + 1 - digits.len()));
        }
        digits.insert(digits.len() - decimals, '.');
    }
    Some(trim_zeros(digits))
}

/// [`shortest`] through `core::fmt`'s exact decimal rounding.
fn shortest_exact(x: f64) -> String {
    // `{:.3e}` rounds to 4 significant digits once, correctly, and tells us the exponent after rounding
    // (999.96 → "1.000e3"), so the fixed-point rounding below hits the same digit.
    let sci = exponential(x.abs(), (SIGNIFICANT - 1) as usize);
    let exp = sci.rsplit('e').next().and_then(|e| e.parse::<i32>().ok()).unwrap_or(0);
    if !(MIN_PLAIN_EXP..MAX_PLAIN_EXP).contains(&exp) {
        return times_ten_to(&sci, exp);
    }
    let decimals = (SIGNIFICANT - 1 - exp).max(0) as usize;
    trim_zeros(fixed(x.abs(), decimals))
}

/// "1.500e15" → "1.5×10¹⁵".
fn times_ten_to(sci: &str, exp: i32) -> String {
    let mantissa = trim_zeros(sci.split('e').next().unwrap_or("").to_string());
    let power: String = exp.to_string().chars().map(superscript).collect();
    format!("{mantissa}×10{power}")
}

fn superscript(c: char) -> char {
    match c {
        '-' => '⁻',
        '0' => '⁰',
        '1' => '¹',
        '2' => '²',
        '3' => '³',
        '4' => '⁴',
        '5' => '⁵',
        '6' => '⁶',
        '7' => '⁷',
        '8' => '⁸',
        '9' => '⁹',
        other => other,
    }
}

fn trim_zeros(mut s: String) -> String {
    if s.contains('.') {
        s.truncate(s.trim_end_matches('0').trim_end_matches('.').len());
    }
    s
}

/// Labels for one value axis: one magnitude and one number of decimals for every tick, the unit in a
/// caption (percent axes excepted: their labels read "10%" and they have no caption).
#[derive(Debug, Clone, PartialEq)]
pub struct AxisFormat {
    unit: Unit,
    locale: Locale,
    magnitude: Magnitude,
    /// Decimals every label shows; `None` when the step has no short decimal form, and each label is then
    /// written like a single value.
    decimals: Option<usize>,
    /// A log axis: each label takes its own magnitude ("100", "1万", "100万" / "1,000", "1m").
    per_tick: bool,
}

impl AxisFormat {
    /// Chooses the magnitude from the largest |tick| (in base units) and the decimals from `step`.
    /// A non-finite or non-positive `step` falls back to the decimals the ticks themselves need.
    pub fn new(ticks: &[f64], step: f64, unit: Option<&str>, locale: Locale) -> AxisFormat {
        let unit = parse_unit(unit.unwrap_or(""));
        let mags = magnitudes(&unit, locale);
        let largest = ticks.iter().filter(|t| t.is_finite()).fold(0.0, |m: f64, t| m.max(t.abs()));
        let magnitude = mags[pick(mags, largest * unit.multiplier(), |m| m.axis_from)];
        let scaled = |v: f64| rescale(v.abs(), unit.multiplier(), magnitude);
        let decimals = if scaled(largest) >= 10f64.powi(MAX_PLAIN_EXP) {
            None
        } else if step.is_finite() && step > 0.0 {
            decimals_for(scaled(step))
        } else {
            ticks
                .iter()
                .filter(|t| t.is_finite() && **t != 0.0)
                .map(|&t| decimals_for(scaled(t)))
                .try_fold(0, |d, t| t.map(|t| d.max(t)))
        };
        AxisFormat { unit, locale, magnitude, decimals, per_tick: false }
    }

    /// For a log axis, whose ticks span powers of ten: no shared magnitude, each label scaled on its
    /// own with a short word (zh "万", "亿", "万亿"; en "k" is not used, "m", "bn", "tn"), and the
    /// caption names the base unit only ("元" for "亿元").
    pub fn log(unit: Option<&str>, locale: Locale) -> AxisFormat {
        let unit = parse_unit(unit.unwrap_or(""));
        AxisFormat { unit, locale, magnitude: UNSCALED, decimals: None, per_tick: true }
    }

    /// The label of the tick at `v` (in the axis' unit): "2.5", "10,000", "−5%".
    pub fn tick_label(&self, v: f64) -> String {
        if !v.is_finite() {
            return MISSING.to_string();
        }
        if self.per_tick {
            return self.compact_label(v);
        }
        let scaled = rescale(v.abs(), self.unit.multiplier(), self.magnitude);
        if !scaled.is_finite() {
            return MISSING.to_string();
        }
        let digits = match self.decimals {
            Some(d) => fixed(scaled, d),
            None => shortest(scaled),
        };
        let percent = if self.unit.kind() == UnitKind::Percent { "%" } else { "" };
        if digits.bytes().all(|b| b == b'0' || b == b'.') {
            return format!("0{percent}");
        }
        let sign = if v < 0.0 { MINUS } else { "" };
        format!("{sign}{}{percent}", group_digits(&digits, self.locale))
    }

    fn compact_label(&self, v: f64) -> String {
        let percent = if self.unit.kind() == UnitKind::Percent { "%" } else { "" };
        let Some((digits, magnitude)) = scaled_digits(v.abs(), &self.unit, self.locale) else {
            return MISSING.to_string();
        };
        let sign = if v < 0.0 && digits != "0" { MINUS } else { "" };
        let word = match magnitude.word {
            "million" => "m",
            "billion" => "bn",
            "trillion" => "tn",
            other => other,
        };
        format!("{sign}{}{word}{percent}", group_digits(&digits, self.locale))
    }

    /// What the numbers count, shown once by the axis: "亿元", "万吨", "billion yuan", "tonnes", "万";
    /// `None` for percent axes and plain unscaled numbers.
    pub fn unit_caption(&self) -> Option<String> {
        if self.unit.kind() == UnitKind::Percent {
            return None;
        }
        let name = self.unit.name(self.locale, false);
        let caption = join(self.locale, "", self.magnitude.word, &self.unit, name);
        let caption = caption.trim();
        (!caption.is_empty()).then(|| caption.to_string())
    }
}

/// Fewest decimals that write `x` exactly (0.5 → 1, 2.5 → 1, 25 → 0), tolerating float noise
/// (0.30000000000000004 → 1, relative to the size so 1e-300 is not "0"); `None` beyond
/// [`MAX_AXIS_DECIMALS`].
fn decimals_for(x: f64) -> Option<usize> {
    if !x.is_finite() || x == 0.0 {
        return Some(0);
    }
    (0..=MAX_AXIS_DECIMALS).find(|&d| {
        let y = x.abs() * 10f64.powi(d as i32);
        (y - y.round()).abs() <= y * 1e-12
    })
}

/// Splits "44.05亿元" into ("44.05", "亿元") and "4.405 billion yuan" into ("4.405", "billion yuan"),
/// so a tile can draw the number big and the unit small.
pub fn split_number(formatted: &str) -> (String, String) {
    let end = formatted
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '+' | '-' | '−')))
        .map_or(formatted.len(), |(i, _)| i);
    let (number, unit) = formatted.split_at(end);
    (number.to_string(), unit.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortest_by_integers_matches_the_exact_rounding_wherever_it_answers() {
        // Deterministic pseudo-random values over every magnitude, plus values at and near ties.
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut values = Vec::new();
        for _ in 0..200_000 {
            let mantissa = (next() % 10_000_000) as f64 / 1_000_000.0;
            let exp = (next() % 26) as i32 - 8;
            values.push(mantissa * 10f64.powi(exp));
        }
        values.extend([0.125, 0.375, 2.5, 1.005, 999.95, 999.96, 9999.5, 0.00012345, 1e-6, 1e15]);
        values.extend((1..2000).map(|i| i as f64 / 8.0)); // exact binary ties
        let mut answered = 0;
        for x in values.into_iter().filter(|x| *x > 0.0) {
            if let Some(fast) = shortest_by_integers(x) {
                answered += 1;
                assert_eq!(fast, shortest_exact(x), "{x:e}");
            }
        }
        assert!(answered > 100_000, "the fast path answers most values: {answered}");
    }

    #[test]
    fn numbers_and_units_split_for_big_number_tiles() {
        assert_eq!(split_number("44.05亿元"), ("44.05".into(), "亿元".into()));
        assert_eq!(split_number("4.405 billion yuan"), ("4.405".into(), "billion yuan".into()));
        assert_eq!(split_number("−3.25%"), ("−3.25".into(), "%".into()));
        assert_eq!(split_number("156"), ("156".into(), "".into()));
    }
}
