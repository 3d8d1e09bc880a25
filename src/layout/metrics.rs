//! Type sizes and spacing, in CSS px. One place, so the rhythm of the page can be tuned as a whole.

use crate::paint::{Family, Font};

/// Below the plot, clear of the lowest y tick label (centred on the baseline, so half a line box
/// hangs below it): where x labels start, on every kind of x axis.
pub const X_LABEL_GAP: f64 = 8.0;

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
    pub space: Spacing,
}

/// The fixed gaps between the parts of a page and of a chart, in CSS px: the same at every width
/// (the gutter and the section gap, which follow the width, are fields of [`Metrics`]).
pub struct Spacing {
    /// Below the page's title, above its subtitle.
    pub below_page_title: f64,
    /// Below the page's title and subtitle, above the first chart.
    pub below_page_header: f64,
    /// Below the last chart, above the page's note and source line.
    pub above_page_footer: f64,
    /// Below the last line of the page (the source line).
    pub below_page: f64,
    /// Below a chart's title and subtitle, above its legend.
    pub above_legend: f64,
    /// Above the y-axis caption.
    pub above_caption: f64,
    /// Between the header (its last line: the caption) and the plot.
    pub above_plot: f64,
    /// Between a combo chart's two captions when they share a line.
    pub between_captions: f64,
    /// Under the plot: above the x-axis title, above the footnotes, below a legend set there.
    pub above_x_title: f64,
    pub above_footnotes: f64,
    pub below_legend: f64,
    /// A legend entry: between its key and its name, and before the next entry.
    pub key_to_name: f64,
    pub between_legend_entries: f64,
    /// Below a KPI row's title; below a gauge, streak or timeline's title.
    pub below_kpi_title: f64,
    pub below_form_title: f64,
}

const SPACING: Spacing = Spacing {
    below_page_title: 4.0,
    below_page_header: 16.0,
    above_page_footer: 12.0,
    below_page: 6.0,
    above_legend: 6.0,
    above_caption: 6.0,
    above_plot: 10.0,
    between_captions: 16.0,
    above_x_title: 2.0,
    above_footnotes: 6.0,
    below_legend: 4.0,
    key_to_name: 5.0,
    between_legend_entries: 14.0,
    below_kpi_title: 8.0,
    below_form_title: 10.0,
};

impl Metrics {
    /// Every font of the page's type scale (the browser measures them ahead of a staged render).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
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
        space: SPACING,
    }
}
