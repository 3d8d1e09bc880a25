//! The dates a timeline event may carry: a day, a month or a year, read by the same parser as the
//! categories of a `"type": "time"` x axis (`spec::time`) — except quarters: a milestone has a date.

use super::time::{days_in_month, parse_period, Precision};

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
pub const ACCEPTED_FORMS: &str =
    "\"2024-06-16\", \"2024年6月16日\", \"2024-06\", \"2024年6月\" or \"2024\"";

impl TimelineDate {
    /// `None` unless `text` is a real day, month or year in one of the forms of `spec::time`.
    pub fn parse(text: &str) -> Option<TimelineDate> {
        let period = parse_period(text)?;
        let (month, day) = match period.precision {
            Precision::Year => (None, None),
            Precision::Month => (Some(period.month), None),
            Precision::Day => (Some(period.month), Some(period.day)),
            Precision::Quarter => return None,
        };
        Some(TimelineDate { year: period.year, month, day })
    }

    /// The date in years, at the start of the period written ("2024" is 1 January 2024): the
    /// position on a proportional time axis.
    pub fn years(self) -> f64 {
        let month = self.month.unwrap_or(1);
        let day = self.day.unwrap_or(1);
        let before: u32 = (1..month).map(|m| days_in_month(self.year, m)).sum();
        let in_year: u32 = (1..=12).map(|m| days_in_month(self.year, m)).sum();
        f64::from(self.year) + f64::from(before + day - 1) / f64::from(in_year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_days_months_and_years_as_the_time_axis_writes_them() {
        let d = TimelineDate::parse("2024-06-16").unwrap();
        assert_eq!((d.year, d.month, d.day), (2024, Some(6), Some(16)));
        assert_eq!(TimelineDate::parse("2029").unwrap().month, None);
        assert_eq!(TimelineDate::parse("2024-06").unwrap().day, None);
        assert_eq!(TimelineDate::parse("2024年6月16日"), TimelineDate::parse("2024-06-16"));
        assert_eq!(TimelineDate::parse("2024年6月"), TimelineDate::parse("2024-06"));
        for bad in [
            "",
            "24",
            "2024Q2",
            "2024年第二季度",
            "2024-13",
            "2024-00",
            "2023-02-29",
            "2024-06-31",
            "16/06/2024",
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
