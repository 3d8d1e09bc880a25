//! The dates a timeline event may carry: "2024-06-16", "2024-06" or "2024". Deliberately small and
//! local to timelines (x-axis time parsing lives elsewhere); both should be unified one day.

/// A parsed event date, as precise as it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimelineDate {
    pub year: i32,
    /// 1–12 when written.
    pub month: Option<u32>,
    /// 1–31 (valid for the month) when written.
    pub day: Option<u32>,
}

/// The forms `parse` accepts, for messages and docs.
pub const ACCEPTED_FORMS: &str = "\"2024-06-16\", \"2024-06\" or \"2024\"";

impl TimelineDate {
    /// `None` unless `text` is exactly YYYY, YYYY-MM or YYYY-MM-DD with a real month and day.
    pub fn parse(text: &str) -> Option<TimelineDate> {
        let mut parts = text.split('-');
        let year = digits(parts.next()?, 4)?;
        let month = parts.next().map(|m| digits(m, 2)).map_or(Ok(None), |m| m.map(Some).ok_or(()));
        let day = parts.next().map(|d| digits(d, 2)).map_or(Ok(None), |d| d.map(Some).ok_or(()));
        let (month, day) = (month.ok()?, day.ok()?);
        if parts.next().is_some() || year == 0 {
            return None;
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year as i32, m) {
                    return None;
                }
            }
        }
        Some(TimelineDate { year: year as i32, month, day })
    }

    /// The date in years, at the start of the period written ("2024" is 1 January 2024): the
    /// position on a proportional time axis.
    pub fn years(self) -> f64 {
        let month = self.month.unwrap_or(1);
        let day = self.day.unwrap_or(1);
        let before: u32 = (1..month).map(|m| days_in_month(self.year, m)).sum();
        let in_year = if is_leap(self.year) { 366.0 } else { 365.0 };
        f64::from(self.year) + f64::from(before + day - 1) / in_year
    }
}

fn digits(text: &str, len: usize) -> Option<u32> {
    (text.len() == len && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok())?
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_three_forms_only() {
        let d = TimelineDate::parse("2024-06-16").unwrap();
        assert_eq!((d.year, d.month, d.day), (2024, Some(6), Some(16)));
        assert_eq!(TimelineDate::parse("2029").unwrap().month, None);
        assert_eq!(TimelineDate::parse("2024-06").unwrap().day, None);
        for bad in [
            "",
            "24",
            "2024-6",
            "2024-13",
            "2024-00",
            "2023-02-29",
            "2024-06-31",
            "2024/06/16",
            "2024-06-16T00",
            "0000",
            "二〇二四",
            "2024-",
            "+2024",
        ] {
            assert_eq!(TimelineDate::parse(bad), None, "{bad}");
        }
        assert!(TimelineDate::parse("2024-02-29").is_some());
    }

    #[test]
    fn years_place_dates_in_proportion() {
        assert_eq!(TimelineDate::parse("2024").unwrap().years(), 2024.0);
        let june = TimelineDate::parse("2024-06-16").unwrap().years();
        assert!((june - (2024.0 + 167.0 / 366.0)).abs() < 1e-9, "{june}");
        assert!(TimelineDate::parse("2024-12-31").unwrap().years() < 2025.0);
    }
}
