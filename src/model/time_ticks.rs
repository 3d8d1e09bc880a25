//! Ticks of a time axis at calendar boundaries: every day, week-ish (1st, 8th, 15th, 22nd), half
//! month, month, quarter, half year, and 1, 2, 5, 10, 20, 50… years. Layout tries the intervals from
//! the finest up and keeps the first whose labels do not collide at the plot's width.
//!
//! Labels are short and say the larger unit only where it changes, as FT and Caixin axes do: a year
//! boundary is labelled with the year ("2024" / "2024年"), other ticks with the month ("Apr" / "4月"),
//! quarter ("Q2" / "二季度") or day ("15" / "15日"); the first tick names its year when it is not
//! itself a year boundary ("Apr 2024" / "2024年4月"), so the reader always knows where the axis starts.

use crate::spec::time::{civil_from_days, days_from_civil, month_name, zh_quarter, Precision};
use crate::spec::Locale;

/// The spacing of ticks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interval {
    /// 1: every day; 7: the 1st, 8th, 15th and 22nd; 15: the 1st and 16th.
    Days(u32),
    /// Months starting a block of this many: 1, 3 (quarters), 6.
    Months(u32),
    /// Years divisible by this.
    Years(u32),
}

impl Interval {
    /// About how many days apart two ticks are.
    pub fn approx_days(self) -> f64 {
        match self {
            Interval::Days(n) => f64::from(n),
            Interval::Months(n) => 30.44 * f64::from(n),
            Interval::Years(n) => 365.25 * f64::from(n),
        }
    }
}

/// One tick: where it is (days since 1970-01-01) and its label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeTick {
    pub days: i64,
    pub label: String,
}

const YEAR_STEPS: [u32; 12] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

/// The intervals worth trying for data of `precision`, finest first: never finer than the data (a
/// yearly series gets no month ticks).
pub fn intervals(precision: Precision) -> Vec<Interval> {
    let mut out = Vec::new();
    if precision == Precision::Day {
        out.extend([Interval::Days(1), Interval::Days(7), Interval::Days(15)]);
    }
    if precision <= Precision::Month {
        out.push(Interval::Months(1));
    }
    if precision <= Precision::Quarter {
        out.extend([Interval::Months(3), Interval::Months(6)]);
    }
    out.extend(YEAR_STEPS.map(Interval::Years));
    out
}

/// Ticks of `interval` from day `first` to day `last` (inclusive). `quarters` names quarter ticks
/// "Q2" / "二季度" rather than by their month. At most `max` ticks: `None` if there would be more.
pub fn ticks(
    interval: Interval,
    first: i64,
    last: i64,
    quarters: bool,
    locale: Locale,
    max: usize,
) -> Option<Vec<TimeTick>> {
    let (first, last) = (first.min(last), first.max(last));
    let estimate = (last - first) as f64 / interval.approx_days();
    if estimate > max as f64 + 1.0 {
        return None;
    }
    let mut out = Vec::new();
    let (y0, m0, _) = civil_from_days(first);
    let (y1, _, _) = civil_from_days(last);
    let push = |days: i64, out: &mut Vec<TimeTick>| {
        if (first..=last).contains(&days) {
            let label = label(interval, days, out.is_empty(), quarters, locale);
            out.push(TimeTick { days, label });
        }
    };
    match interval {
        Interval::Years(n) => {
            let n = n as i32;
            let mut y = y0.div_euclid(n) * n;
            while y <= y1 {
                push(days_from_civil(y, 1, 1), &mut out);
                y += n;
            }
        }
        Interval::Months(n) => {
            let (mut y, mut m) = (y0, m0);
            while y <= y1 {
                if (m - 1) % n == 0 {
                    push(days_from_civil(y, m, 1), &mut out);
                }
                (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            }
        }
        Interval::Days(n) => {
            for days in first..=last {
                let (_, _, d) = civil_from_days(days);
                let on = match n {
                    1 => true,
                    7 => matches!(d, 1 | 8 | 15 | 22),
                    _ => matches!(d, 1 | 16),
                };
                if on {
                    push(days, &mut out);
                }
            }
        }
    }
    (out.len() <= max).then_some(out)
}

fn label(interval: Interval, days: i64, first: bool, quarters: bool, locale: Locale) -> String {
    let (y, m, d) = civil_from_days(days);
    let year = || match locale {
        Locale::ZhCn => format!("{y}年"),
        Locale::En => format!("{y}"),
    };
    if matches!(interval, Interval::Years(_)) || (m == 1 && d == 1) {
        return year();
    }
    let zh_year = if first { format!("{y}年") } else { String::new() };
    let en_year = if first { format!(" {y}") } else { String::new() };
    if d == 1 {
        return match (quarters && (m - 1) % 3 == 0, locale) {
            (true, Locale::ZhCn) => format!("{zh_year}{}季度", zh_quarter((m - 1) / 3 + 1)),
            (true, Locale::En) => format!("Q{}{en_year}", (m - 1) / 3 + 1),
            (false, Locale::ZhCn) => format!("{zh_year}{m}月"),
            (false, Locale::En) => format!("{}{en_year}", month_name(m)),
        };
    }
    match (first, locale) {
        (true, Locale::ZhCn) => format!("{m}月{d}日"),
        (true, Locale::En) => format!("{} {d}", month_name(m)),
        (false, Locale::ZhCn) => format!("{d}日"),
        (false, Locale::En) => format!("{d}"),
    }
}
