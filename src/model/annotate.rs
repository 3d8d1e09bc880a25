//! A chart's annotations resolved against its axes: x positions become indices, series names become
//! series indices. `decode` has already checked that every name resolves; one that does not (a
//! hand-built `Spec`) is dropped here rather than drawn in the wrong place.

use crate::spec::{Annotation, Series};

#[derive(Debug, Clone, PartialEq)]
pub struct AnnotationModel {
    pub mark: Mark,
    /// Empty labels are `None`.
    pub label: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mark {
    /// A horizontal reference line at a value.
    ValueLine(f64),
    /// A vertical reference line at position `i`.
    PositionLine(usize),
    /// A band between two values, from ≤ to.
    ValueRange(f64, f64),
    /// A band over positions from..=to.
    PositionRange(usize, usize),
    /// A ring on series `series` at position `index`.
    Point { series: usize, index: usize },
}

impl AnnotationModel {
    /// The values the y axis must reach so that this annotation shows.
    pub fn y_values(&self) -> impl Iterator<Item = f64> {
        let values = match self.mark {
            Mark::ValueLine(v) => [Some(v), None],
            Mark::ValueRange(a, b) => [Some(a), Some(b)],
            _ => [None, None],
        };
        values.into_iter().flatten().filter(|v| v.is_finite())
    }
}

/// Resolves the spec's annotations; `categories` is empty on an axis without categories.
pub fn resolve(
    annotations: &[Annotation],
    categories: &[String],
    series: &[Series],
) -> Vec<AnnotationModel> {
    let index = |name: &str| -> Option<usize> {
        if categories.is_empty() {
            name.parse().ok()
        } else {
            categories.iter().position(|c| c == name)
        }
    };
    annotations
        .iter()
        .filter_map(|a| {
            let mark = match a {
                Annotation::Line(l) => match (&l.x, l.y) {
                    (_, Some(v)) => Mark::ValueLine(v),
                    (Some(x), None) => Mark::PositionLine(index(x)?),
                    (None, None) => return None,
                },
                Annotation::Range(r) => match (&r.x, r.y) {
                    (_, Some([a, b])) => Mark::ValueRange(a.min(b), a.max(b)),
                    (Some([a, b]), None) => {
                        let (a, b) = (index(a)?, index(b)?);
                        Mark::PositionRange(a.min(b), a.max(b))
                    }
                    (None, None) => return None,
                },
                Annotation::Point(p) => {
                    let series = match &p.series {
                        Some(name) => series.iter().position(|s| &s.name == name)?,
                        None => 0,
                    };
                    Mark::Point { series, index: index(&p.x)? }
                }
            };
            let label = a.label().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned);
            Some(AnnotationModel { mark, label })
        })
        .collect()
}

/// The data's extent widened to every value an annotation marks, so a target above the data still
/// shows; `None` only when there are neither data nor marked values.
pub fn widen(extent: Option<(f64, f64)>, annotations: &[AnnotationModel]) -> Option<(f64, f64)> {
    annotations.iter().flat_map(AnnotationModel::y_values).fold(extent, |acc, v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })
}
