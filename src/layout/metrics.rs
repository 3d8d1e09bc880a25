//! Type sizes and spacing, in CSS px. One place, so the rhythm of the page can be tuned as a whole.

use crate::paint::{Family, Font};

pub struct Metrics {
    pub title: Font,
    pub subtitle: Font,
    pub chart_title: Font,
    pub chart_subtitle: Font,
    pub label: Font,
    pub value_label: Font,
    pub legend: Font,
    pub small: Font,
    pub kpi_label: Font,
    pub kpi_number: Font,
    pub kpi_unit: Font,
    pub kpi_change: Font,
    /// Line height as a multiple of the font size.
    pub leading: f64,
    pub gutter: f64,
    pub section_gap: f64,
}

impl Metrics {
    /// Every font of the page's type scale.
    pub fn fonts(&self) -> [Font; 12] {
        [
            self.title,
            self.subtitle,
            self.chart_title,
            self.chart_subtitle,
            self.label,
            self.value_label,
            self.legend,
            self.small,
            self.kpi_label,
            self.kpi_number,
            self.kpi_unit,
            self.kpi_change,
        ]
    }
}

/// Phones get slightly smaller display type; body-size labels stay put for legibility. Every font is
/// in `family` (the locale's).
pub fn metrics(width: f64, family: Family) -> Metrics {
    let narrow = width < 480.0;
    let regular = |size: f64| Font::regular(size).in_family(family);
    let bold = |size: f64| Font::bold(size).in_family(family);
    Metrics {
        title: bold(if narrow { 20.0 } else { 24.0 }),
        subtitle: regular(if narrow { 14.0 } else { 15.0 }),
        chart_title: bold(15.0),
        chart_subtitle: regular(13.0),
        label: regular(12.0),
        value_label: bold(12.0),
        legend: regular(13.0),
        small: regular(12.0),
        kpi_label: regular(13.0),
        kpi_number: bold(if narrow { 26.0 } else { 30.0 }),
        kpi_unit: regular(if narrow { 14.0 } else { 15.0 }),
        kpi_change: bold(13.0),
        leading: 1.4,
        gutter: if narrow { 16.0 } else { 24.0 },
        section_gap: if narrow { 24.0 } else { 28.0 },
    }
}
