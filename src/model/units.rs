//! Units as editors write them ("亿元", "万吨", "%", "吨", "次"), understood as a magnitude times a base unit,
//! so that 44.05 "亿元" can be written "44.05亿元" in Chinese and "4.405 billion yuan" in English.
//!
//! A unit is zero or more magnitude prefixes (百, 千, 万, 亿; they stack, so 千万 = 1e7 and 万亿 = 1e12)
//! followed by a base unit from [`BASE_UNITS`], the one table of known units. Parsing never fails: text
//! that is not prefixes + a known base ("USD", "t", "辆") is kept verbatim with multiplier 1.
//!
//! This module only understands units; choosing 万/亿 or million/billion for display is `format`'s job.

use crate::spec::Locale;
use UnitKind::{Percent, PercentagePoints, Quantity};

/// How a unit behaves when a number is written with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    /// A count or a measure: may be rescaled to 万/亿 or million/billion.
    Quantity,
    /// "%": a share; never rescaled, and written straight after the number in every locale.
    Percent,
    /// "个百分点": the difference of two percentages; never rescaled.
    PercentagePoints,
}

/// A base unit we can name in both locales.
#[derive(Debug, PartialEq, Eq)]
pub struct BaseUnit {
    /// What the editor writes.
    written: &'static str,
    /// What we print after a Chinese number (normally the same as `written`).
    zh: &'static str,
    /// English name for any count but one; "" for a bare count.
    en: &'static str,
    /// English name for exactly one ("1 tonne", "+1 percentage point").
    en_one: &'static str,
    kind: UnitKind,
}

const fn base(
    written: &'static str,
    en: &'static str,
    en_one: &'static str,
    kind: UnitKind,
) -> BaseUnit {
    BaseUnit { written, zh: written, en, en_one, kind }
}

/// Every unit this crate can translate. Exact matches are tried before prefixes are stripped, which is
/// what keeps "千瓦" (kW) and "百分点" from being read as 千 × "瓦" or 百 × "分点".
const BASE_UNITS: &[BaseUnit] = &[
    base("", "", "", Quantity),
    base("个", "", "", Quantity),
    base("元", "yuan", "yuan", Quantity),
    // Not in the original brief, but the commonest currency in Chinese news after 元.
    base("美元", "US dollars", "US dollar", Quantity),
    base("吨", "tonnes", "tonne", Quantity),
    base("次", "times", "time", Quantity),
    base("年", "years", "year", Quantity),
    base("人", "people", "person", Quantity),
    base("户", "households", "household", Quantity),
    base("亩", "mu", "mu", Quantity),
    base("千瓦", "kW", "kW", Quantity),
    base("公里", "km", "km", Quantity),
    base("平方公里", "km²", "km²", Quantity),
    base("%", "%", "%", Percent),
    // Full-width percent sign from Chinese input methods; printed as the ASCII one.
    BaseUnit { written: "％", zh: "%", en: "%", en_one: "%", kind: Percent },
    base("个百分点", "percentage points", "percentage point", PercentagePoints),
    base("百分点", "percentage points", "percentage point", PercentagePoints),
];

/// Magnitude prefixes an editor may put before a base unit.
const PREFIXES: [(&str, f64); 4] = [("百", 1e2), ("千", 1e3), ("万", 1e4), ("亿", 1e8)];

/// The largest multiplier we accept: 万亿. Beyond it ("亿亿") the text is kept verbatim, which also keeps
/// `format`'s rescaling within finite numbers.
const MAX_MULTIPLIER: f64 = 1e12;

#[derive(Debug, Clone, PartialEq)]
enum Base {
    Known(&'static BaseUnit),
    /// Text we do not understand, printed as written in both locales.
    Verbatim(String),
}

/// A parsed unit: value × [`Unit::multiplier`] is the value in base units.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    multiplier: f64,
    base: Base,
}

impl Unit {
    /// Base units per written unit: 1e4 for "万吨", 1e8 for "亿元", 1 for "吨", "%" or unknown text.
    pub fn multiplier(&self) -> f64 {
        self.multiplier
    }

    pub fn kind(&self) -> UnitKind {
        match &self.base {
            Base::Known(b) => b.kind,
            Base::Verbatim(_) => Quantity,
        }
    }

    /// The base unit's name in `locale` ("吨" / "tonnes"), without any magnitude; "" for a bare count.
    /// `one` asks for the English singular ("1 tonne"); Chinese has none.
    pub fn name(&self, locale: Locale, one: bool) -> &str {
        match (&self.base, locale) {
            (Base::Verbatim(text), _) => text,
            (Base::Known(b), Locale::ZhCn) => b.zh,
            (Base::Known(b), Locale::En) if one => b.en_one,
            (Base::Known(b), Locale::En) => b.en,
        }
    }

    /// Whether the unit was recognised (rather than kept verbatim).
    pub fn is_known(&self) -> bool {
        matches!(self.base, Base::Known(_))
    }
}

/// Reads a unit as an editor wrote it. Never fails; surrounding whitespace is ignored and "" means a bare
/// count (the same as no unit).
pub fn parse_unit(s: &str) -> Unit {
    let written = s.trim();
    let mut rest = written;
    let mut multiplier = 1.0;
    loop {
        if let Some(b) = lookup(rest) {
            // "万%" and the like are not units: percentages do not take magnitudes.
            if multiplier == 1.0 || b.kind == Quantity {
                return Unit { multiplier, base: Base::Known(b) };
            }
            break;
        }
        match strip_prefix(rest) {
            Some((m, after)) if multiplier * m <= MAX_MULTIPLIER => {
                multiplier *= m;
                rest = after;
            }
            _ => break,
        }
    }
    Unit { multiplier: 1.0, base: Base::Verbatim(written.to_string()) }
}

fn lookup(written: &str) -> Option<&'static BaseUnit> {
    BASE_UNITS.iter().find(|b| b.written == written)
}

fn strip_prefix(s: &str) -> Option<(f64, &str)> {
    PREFIXES.iter().find_map(|&(p, m)| s.strip_prefix(p).map(|after| (m, after)))
}
