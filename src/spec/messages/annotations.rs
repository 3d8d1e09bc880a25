//! The messages about `"annotations"` (see the conventions in `messages`).

use super::{hint, quote, quote_cut};
use crate::spec::json::number_text;

/// How many categories a message lists before "…".
const MAX_LISTED: usize = 8;

pub fn unknown_type(name: &str, suggestion: Option<&str>, allowed: &[&str]) -> String {
    format!("unknown annotation type {}; {}", quote_cut(name), hint(suggestion, allowed))
}

/// A `"line"` or `"range"` names neither axis.
pub fn needs_an_axis(kind: &str) -> String {
    let (x, y) = match kind {
        "range" => ("[\"from\", \"to\"] categories", "[from, to] values"),
        _ => ("a category", "a value"),
    };
    format!(
        "a {} annotation needs \"x\" ({x}, a vertical {kind}) or \"y\" ({y}, a horizontal {kind})",
        quote(kind)
    )
}

/// A `"line"` or `"range"` names both axes.
pub fn both_axes(kind: &str) -> String {
    format!("a {} annotation takes \"x\" or \"y\", not both; make two annotations", quote(kind))
}

/// A position on the x axis that is not one of the categories.
pub fn unknown_category(name: &str, suggestion: Option<&str>, categories: &[String]) -> String {
    let list = match suggestion {
        Some(s) => format!("did you mean {}?", quote(s)),
        None => {
            let shown: Vec<String> =
                categories.iter().take(MAX_LISTED).map(|c| quote_cut(c)).collect();
            let more = if categories.len() > MAX_LISTED { ", …" } else { "" };
            format!("x.categories has {}{more}", shown.join(", "))
        }
    };
    format!("{} is not one of x.categories; {list}", quote_cut(name))
}

/// A position on an axis without categories that is not 0, 1, 2, … len − 1.
pub fn position_out_of_range(found: &str, len: usize) -> String {
    format!(
        "expected a position from 0 to {} (the chart has no x.categories), found {}",
        len.saturating_sub(1),
        quote_cut(found)
    )
}

/// A range is not an array of two elements.
pub fn expected_pair(found_len: usize) -> String {
    format!("expected [from, to] (2 elements), found an array of {found_len}")
}

pub fn reversed_values(from: f64, to: f64) -> String {
    format!(
        "the range runs backwards (from {} to {}); write the smaller value first",
        number_text(from),
        number_text(to)
    )
}

pub fn reversed_categories(from: &str, to: &str) -> String {
    format!(
        "the range runs backwards ({} comes after {} on the axis); write the earlier one first",
        quote_cut(from),
        quote_cut(to)
    )
}

pub fn unknown_series(name: &str, suggestion: Option<&str>, names: &[&str]) -> String {
    format!("no series is named {}; {}", quote_cut(name), hint(suggestion, names))
}

/// A point annotation on a chart of several series must say which one.
pub fn series_required(names: &[&str]) -> String {
    format!(
        "missing required field \"series\": the chart has {} series; name one of {}",
        names.len(),
        names.iter().map(|n| quote_cut(n)).collect::<Vec<_>>().join(", ")
    )
}

/// A point annotation where the series has a gap.
pub fn point_on_gap(series: &str, at: &str) -> String {
    format!(
        "series {} has no value at {} (null): there is no point to mark",
        quote_cut(series),
        quote_cut(at)
    )
}

/// `"annotations"` on a KPI chart.
pub fn on_kpi_chart() -> String {
    "annotations belong to \"line\" and \"bar\" charts; a \"kpi\" chart has no axes to mark"
        .to_owned()
}
