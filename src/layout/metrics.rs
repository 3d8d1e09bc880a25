//! Type sizes and spacing, in CSS px. One place, so the rhythm of the page can be tuned as a whole.

use crate::scene::Font;

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

/// Phones get slightly smaller display type; body-size labels stay put for legibility.
pub fn metrics(width: f64) -> Metrics {
    let narrow = width < 480.0;
    Metrics {
        title: Font::bold(if narrow { 20.0 } else { 24.0 }),
        subtitle: Font::regular(if narrow { 14.0 } else { 15.0 }),
        chart_title: Font::bold(15.0),
        chart_subtitle: Font::regular(13.0),
        label: Font::regular(12.0),
        value_label: Font::bold(12.0),
        legend: Font::regular(13.0),
        small: Font::regular(12.0),
        kpi_label: Font::regular(13.0),
        kpi_number: Font::bold(if narrow { 26.0 } else { 30.0 }),
        kpi_unit: Font::regular(if narrow { 14.0 } else { 15.0 }),
        kpi_change: Font::bold(13.0),
        leading: 1.4,
        gutter: if narrow { 16.0 } else { 24.0 },
        section_gap: if narrow { 24.0 } else { 28.0 },
    }
}
