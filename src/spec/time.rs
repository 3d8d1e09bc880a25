//! Calendar periods on a time x axis: reading them as editors write them ("2024", "2024Q2",
//! "2024年第二季度", "2024-03", "2024年3月", "2024-03-15") and naming them per locale.
//!
//! A period is placed at its first day, counted in days since 1970-01-01 (proleptic Gregorian), so an
//! uneven series (2010, 2015, 2020, 2021) keeps its true spacing. Choosing ticks is
//! `model::time_ticks`' job. This lives in `spec` because the decoder reads every period, to report a
//! bad one at its JSON path.

use super::Locale;

/// How fine a period is: a category "2024Q2" is a quarter, "2024-03-15" a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Day,
    Month,
    Quarter,
    Year,
}

/// One calendar period, identified by its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub precision: Precision,
    pub year: i32,
    /// 1–12: the first month of a quarter, 1 for a year.
    pub month: u32,
    /// 1–31: 1 unless the period is a day.
    pub day: u32,
}

/// The forms [`parse_period`] accepts, for error messages.
pub const ACCEPTED_FORMS: &str =
    "\"2024\", \"2024Q2\", \"2024 Q2\", \"2024-Q2\", \"2024年第二季度\", \"2024-03\", \"2024年3月\", \"2024-03-15\", \"2024年3月15日\"";

/// Years outside this range are surely typos in a newsroom chart (and keep day counts small).
const YEARS: std::ops::RangeInclusive<i32> = 1000..=9999;

const ZH_QUARTERS: [&str; 4] = ["一", "二", "三", "四"];
const EN_MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

impl Period {
    pub fn year(year: i32) -> Period {
        Period { precision: Precision::Year, year, month: 1, day: 1 }
    }

    pub fn quarter(year: i32, quarter: u32) -> Period {
        Period { precision: Precision::Quarter, year, month: 3 * (quarter - 1) + 1, day: 1 }
    }

    pub fn month(year: i32, month: u32) -> Period {
        Period { precision: Precision::Month, year, month, day: 1 }
    }

    pub fn date(year: i32, month: u32, day: u32) -> Period {
        Period { precision: Precision::Day, year, month, day }
    }

    /// 1–4, for quarters (and the quarter a month falls in).
    pub fn quarter_number(&self) -> u32 {
        (self.month - 1) / 3 + 1
    }

    /// The period's first day, in days since 1970-01-01.
    pub fn days(&self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// The full name, as a tooltip or a data table writes it: "2024年第二季度" / "2024 Q2",
    /// "2024年3月" / "Mar 2024", "2024年3月15日" / "15 Mar 2024", "2024年" / "2024".
    pub fn label(&self, locale: Locale) -> String {
        // Limits: written piece by piece, not through `format!`: a time axis names every one of
        // up to 100,000 periods when the model is built (~120 ns each through core::fmt in the
        // size-optimised build).
        let mut out = String::with_capacity(20);
        let year = |out: &mut String| push_number(out, self.year);
        let n = |out: &mut String, n: u32| push_number(out, n as i32);
        match (self.precision, locale) {
            (Precision::Year, Locale::ZhCn) => {
                year(&mut out);
                out.push('年');
            }
            (Precision::Year, Locale::En) => year(&mut out),
            (Precision::Quarter, Locale::ZhCn) => {
                year(&mut out);
                out.push_str("年第");
                out.push_str(ZH_QUARTERS[self.quarter_number() as usize - 1]);
                out.push_str("季度");
            }
            (Precision::Quarter, Locale::En) => {
                year(&mut out);
                out.push_str(" Q");
                n(&mut out, self.quarter_number());
            }
            (Precision::Month, Locale::ZhCn) => {
                year(&mut out);
                out.push('年');
                n(&mut out, self.month);
                out.push('月');
            }
            (Precision::Month, Locale::En) => {
                out.push_str(month_name(self.month));
                out.push(' ');
                year(&mut out);
            }
            (Precision::Day, Locale::ZhCn) => {
                year(&mut out);
                out.push('年');
                n(&mut out, self.month);
                out.push('月');
                n(&mut out, self.day);
                out.push('日');
            }
            (Precision::Day, Locale::En) => {
                n(&mut out, self.day);
                out.push(' ');
                out.push_str(month_name(self.month));
                out.push(' ');
                year(&mut out);
            }
        }
        out
    }
}

/// "00", "01", … "99", for [`push_number`].
const PAIRS: &str = "0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849\
5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";

/// Writes `n` in decimal digits, as `{n}` would: from a table of digit pairs for 0..10,000 (days,
/// months and years, written 100,000 times for a long time axis).
fn push_number(out: &mut String, n: i32) {
    let pair = |k: usize| &PAIRS[2 * k..2 * k + 2];
    match usize::try_from(n) {
        Ok(n @ 0..10) => out.push_str(&pair(n)[1..]),
        Ok(n @ 10..100) => out.push_str(pair(n)),
        Ok(n @ 100..10_000) => {
            let (high, low) = (n / 100, n % 100);
            out.push_str(if high < 10 { &pair(high)[1..] } else { pair(high) });
            out.push_str(pair(low));
        }
        _ => out.push_str(&n.to_string()),
    }
}

/// "Mar" for 3.
pub fn month_name(month: u32) -> &'static str {
    EN_MONTHS[(month.clamp(1, 12) - 1) as usize]
}

/// "二" for 2.
pub fn zh_quarter(quarter: u32) -> &'static str {
    ZH_QUARTERS[(quarter.clamp(1, 4) - 1) as usize]
}

/// Reads a category of a time axis; `None` when it is none of [`ACCEPTED_FORMS`] or not a real date.
pub fn parse_period(text: &str) -> Option<Period> {
    if let Some(period) = parse_digits(text.as_bytes()) {
        return period;
    }
    parse_any(text)
}

/// The all-digit forms "YYYY", "YYYY-MM" and "YYYY-MM-DD" ("-" or "/"), byte by byte: `Some` of
/// what [`parse_any`] gives for them, `None` for any other text (which `parse_any` reads).
/// Limits: 100,000 daily dates are read twice (checked, then modelled); the general reader's
/// string searches cost ~200 ns a date in the size-optimised build, this a few.
fn parse_digits(s: &[u8]) -> Option<Option<Period>> {
    let digits = |from: usize, to: usize| -> Option<u32> {
        s[from..to]
            .iter()
            .try_fold(0, |n, &b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
    };
    let separator = |i: usize| s[i] == b'-' || s[i] == b'/';
    let (year, month, day) = match s.len() {
        4 => (digits(0, 4)?, None, None),
        7 if separator(4) => (digits(0, 4)?, Some(digits(5, 7)?), None),
        10 if separator(4) && separator(7) => {
            (digits(0, 4)?, Some(digits(5, 7)?), Some(digits(8, 10)?))
        }
        _ => return None,
    };
    let year = year as i32;
    if !YEARS.contains(&year) {
        return Some(None);
    }
    Some(match (month, day) {
        (None, _) => Some(Period::year(year)),
        (Some(m), _) if !(1..=12).contains(&m) => None,
        (Some(m), None) => Some(Period::month(year, m)),
        (Some(m), Some(d)) => {
            (1..=days_in_month(year, m)).contains(&d).then(|| Period::date(year, m, d))
        }
    })
}

/// Every accepted form (see [`ACCEPTED_FORMS`]).
fn parse_any(text: &str) -> Option<Period> {
    let s = text.trim();
    if let Some(rest) = s.strip_suffix('日') {
        return parse_zh_date(rest);
    }
    if s.contains('年') {
        return parse_zh(s);
    }
    // ASCII forms: YYYY, YYYYQn, YYYY Qn, YYYY-Qn, YYYY-MM, YYYY-MM-DD (also with "/").
    let year = s.get(..4).and_then(year_of)?;
    let rest = &s[4..];
    if rest.is_empty() {
        return Some(Period::year(year));
    }
    let quarter = rest
        .strip_prefix(['Q', 'q'])
        .or_else(|| rest.strip_prefix(" Q"))
        .or_else(|| rest.strip_prefix("-Q"))
        .or_else(|| rest.strip_prefix(" q"))
        .or_else(|| rest.strip_prefix("-q"));
    if let Some(q) = quarter {
        return number(q, 1..=4).map(|q| Period::quarter(year, q));
    }
    let rest = rest.strip_prefix(['-', '/'])?;
    let mut parts = rest.split(['-', '/']);
    let month = parts.next().and_then(|m| number(m, 1..=12))?;
    match (parts.next(), parts.next()) {
        (None, _) => Some(Period::month(year, month)),
        (Some(d), None) => day(year, month, d),
        _ => None,
    }
}

/// "2024年", "2024年3月", "2024年第二季度", "2024年二季度", "2024年Q2", "2024年第2季度".
fn parse_zh(s: &str) -> Option<Period> {
    let (y, rest) = s.split_once('年')?;
    let year = year_of(y.trim())?;
    let rest = rest.trim();
    if rest.is_empty() {
        return Some(Period::year(year));
    }
    if let Some(m) = rest.strip_suffix('月') {
        return number(m.trim(), 1..=12).map(|m| Period::month(year, m));
    }
    let q = rest.strip_suffix("季度").or_else(|| rest.strip_prefix(['Q', 'q']))?;
    let q = q.strip_prefix('第').unwrap_or(q).trim();
    let quarter = ZH_QUARTERS
        .iter()
        .position(|&z| z == q)
        .map(|i| i as u32 + 1)
        .or_else(|| number(q, 1..=4))?;
    Some(Period::quarter(year, quarter))
}

/// "2024年3月15" (the "日" already removed).
fn parse_zh_date(s: &str) -> Option<Period> {
    let (y, rest) = s.split_once('年')?;
    let (m, d) = rest.split_once('月')?;
    let year = year_of(y.trim())?;
    let month = number(m.trim(), 1..=12)?;
    day(year, month, d.trim())
}

fn year_of(s: &str) -> Option<i32> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|y| YEARS.contains(y))
}

/// One or two ASCII digits within `range`.
fn number(s: &str, range: std::ops::RangeInclusive<u32>) -> Option<u32> {
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|n| range.contains(n))
}

fn day(year: i32, month: u32, d: &str) -> Option<Period> {
    number(d, 1..=days_in_month(year, month)).map(|d| Period::date(year, month, d))
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
pub fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count: the inverse of [`days_from_civil`].
pub fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_accepted_form_parses() {
        let cases = [
            ("2024", Period::year(2024)),
            ("2024年", Period::year(2024)),
            ("2024Q2", Period::quarter(2024, 2)),
            ("2024 Q2", Period::quarter(2024, 2)),
            ("2024-Q2", Period::quarter(2024, 2)),
            ("2024q4", Period::quarter(2024, 4)),
            ("2024年第二季度", Period::quarter(2024, 2)),
            ("2024年二季度", Period::quarter(2024, 2)),
            ("2024年第3季度", Period::quarter(2024, 3)),
            ("2024-03", Period::month(2024, 3)),
            ("2024-3", Period::month(2024, 3)),
            ("2024/03", Period::month(2024, 3)),
            ("2024年3月", Period::month(2024, 3)),
            ("2024年12月", Period::month(2024, 12)),
            ("2024-03-15", Period::date(2024, 3, 15)),
            ("2024-02-29", Period::date(2024, 2, 29)),
            ("2024年3月15日", Period::date(2024, 3, 15)),
            (" 2024 ", Period::year(2024)),
        ];
        for (text, want) in cases {
            assert_eq!(parse_period(text), Some(want), "{text}");
        }
    }

    #[test]
    fn non_dates_are_refused() {
        for text in [
            "",
            "24",
            "20245",
            "2024Q5",
            "2024Q0",
            "2024-13",
            "2024-00",
            "2023-02-29",
            "2024-04-31",
            "2024年13月",
            "2024年第五季度",
            "Q2 2024",
            "March 2024",
            "0999",
            "2024-03-15T00:00",
            "2024—03",
            "二〇二四年",
        ] {
            assert_eq!(parse_period(text), None, "{text:?}");
        }
    }

    #[test]
    fn day_counts_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for days in (-400_000..400_000).step_by(997) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn labels_name_the_period_per_locale() {
        let table = [
            (Period::year(2024), "2024年", "2024"),
            (Period::quarter(2024, 2), "2024年第二季度", "2024 Q2"),
            (Period::month(2024, 3), "2024年3月", "Mar 2024"),
            (Period::date(2024, 3, 15), "2024年3月15日", "15 Mar 2024"),
        ];
        for (p, zh, en) in table {
            assert_eq!(p.label(Locale::ZhCn), zh);
            assert_eq!(p.label(Locale::En), en);
        }
    }

    #[test]
    fn the_digit_reader_agrees_with_the_general_one() {
        let years =
            ["0999", "1000", "2024", "2023", "2000", "1900", "9999", "abcd", "20x4", " 202"];
        let parts =
            ["", "00", "01", "02", "09", "12", "13", "28", "29", "30", "31", "32", "1", "x1", "Q2"];
        let seps = ["-", "/", " ", "."];
        let mut checked = 0;
        for y in years {
            for s1 in seps {
                for m in parts {
                    for s2 in seps {
                        for d in parts {
                            for text in
                                [y.to_string(), format!("{y}{s1}{m}"), format!("{y}{s1}{m}{s2}{d}")]
                            {
                                assert_eq!(parse_period(&text), parse_any(&text), "{text:?}");
                                checked += 1;
                            }
                        }
                    }
                }
            }
        }
        assert!(checked > 10_000);
        // Every day of a leap and a common year, both ways.
        for year in [2023, 2024, 1900, 2000] {
            for month in 1..=12 {
                for day in 1..=31 {
                    let text = format!("{year}-{month:02}-{day:02}");
                    assert_eq!(parse_period(&text), parse_any(&text), "{text}");
                    assert_eq!(
                        parse_period(&text).is_some(),
                        day <= days_in_month(year, month),
                        "{text}"
                    );
                }
            }
        }
        assert_eq!(parse_digits(b"2024-03-15"), Some(Some(Period::date(2024, 3, 15))));
        assert_eq!(parse_digits(b"2024/02/30"), Some(None));
        assert_eq!(parse_digits(b"2024Q2"), None, "left to the general reader");
    }

    #[test]
    fn labels_are_written_as_format_would_write_them() {
        for (y, m, d) in [(1000, 1, 1), (2024, 3, 15), (9999, 12, 31), (1970, 10, 9), (2000, 2, 29)]
        {
            let q = (m - 1) / 3 + 1;
            let zh = ZH_QUARTERS[q as usize - 1];
            let name = month_name(m);
            let cases = [
                (Period::year(y), format!("{y}年"), format!("{y}")),
                (Period::quarter(y, q), format!("{y}年第{zh}季度"), format!("{y} Q{q}")),
                (Period::month(y, m), format!("{y}年{m}月"), format!("{name} {y}")),
                (Period::date(y, m, d), format!("{y}年{m}月{d}日"), format!("{d} {name} {y}")),
            ];
            for (period, zh_cn, en) in cases {
                assert_eq!(period.label(Locale::ZhCn), zh_cn);
                assert_eq!(period.label(Locale::En), en);
            }
        }
        let mut out = String::new();
        for n in (0..10_000).chain([12345, -3, i32::MAX, i32::MIN]) {
            out.clear();
            push_number(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }
}
