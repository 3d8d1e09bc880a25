//! Thousands separators, by locale: the one routine every number written for a reader or an editor
//! goes through (value labels and tooltips in `model::format`, numbered x axes in `layout`, counts in
//! the `messages`). It lives in `spec`, the lowest stage, beside [`Locale`], so all of them may use it.
//!
//! English groups thousands with commas ("12,000"). Chinese does not: "9999", and above that 万 and
//! 亿 take over where a quantity is written (`model::format`); plain digits elsewhere ("40000").

use super::Locale;

/// `digits` (plain ASCII digits, perhaps with a fraction: "1234567.25") with the separators of
/// `locale`: "1,234,567.25" in English, unchanged in Chinese. Anything else ("1.5×10¹⁵", a sign) is
/// returned unchanged: callers write the sign themselves.
pub fn group_digits(digits: &str, locale: Locale) -> String {
    match locale {
        Locale::En => group_thousands(digits),
        Locale::ZhCn => digits.to_string(),
    }
}

/// A count or a position (`n`) written with the separators of `locale`.
pub fn grouped(n: usize, locale: Locale) -> String {
    group_digits(&n.to_string(), locale)
}

fn group_thousands(digits: &str) -> String {
    let (int, frac) = digits.split_at(digits.find('.').unwrap_or(digits.len()));
    if int.len() <= 3 || !int.bytes().all(|b| b.is_ascii_digit()) {
        return digits.to_string();
    }
    let mut out = String::with_capacity(digits.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out.push_str(frac);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_by_thousands() {
        let grouped = |n| grouped(n, Locale::En);
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(5_242_880), "5,242,880");
        assert_eq!(grouped(1_000_000), "1,000,000");
    }
}
