//! Normalising the chart forms beyond plain line and grouped-bar charts: which mark each series
//! gets, and small multiples as one [`XyModel`] whose series carry their panel.
//!
//! Small multiples are one chart (one spec index, one accessible name, one table) whose series are
//! all panels' series in reading order. Series of the same name share a colour and one legend
//! entry, so "GDP" is the same blue in every panel.

use super::chart_model::{Frame, SeriesModel, XyKind, XyModel};
use super::words::Words;
use super::y_scale::ScaleKind;
use crate::spec::time::parse_period;
use crate::spec::{Locale, Mark, MultiplesChart, Series, XAxisType};

/// The mark of one series: the chart's own, or on a combo chart the series' (bars by default).
pub(super) fn series_mark(kind: XyKind, series: &Series) -> Mark {
    match kind {
        XyKind::Line => Mark::Line,
        XyKind::Bar => Mark::Bar,
        XyKind::Area => Mark::Area,
        XyKind::Combo => series.mark.unwrap_or(Mark::Bar),
    }
}

pub(super) fn multiples_model(chart: &MultiplesChart, locale: Locale, words: &Words) -> XyModel {
    let kind = match chart.mark {
        Mark::Line => XyKind::Line,
        Mark::Bar => XyKind::Bar,
        Mark::Area => XyKind::Area,
    };
    let mut categories = chart.x.categories.clone().unwrap_or_default();
    // A time axis' periods are written for readers ("Jan 2000", "2000年1月") in the panels' end labels,
    // tooltips and table; the panels themselves space them as categories (no calendar ticks yet).
    if chart.x.kind == XAxisType::Time {
        if let Some(labels) =
            categories.iter().map(|c| parse_period(c).map(|p| p.label(locale))).collect()
        {
            categories = labels;
        }
    }
    let mut names: Vec<&str> = Vec::new();
    let mut series = Vec::new();
    for (p, panel) in chart.panels.iter().enumerate() {
        for s in &panel.series {
            let colour_index = match names.iter().position(|n| *n == s.name) {
                Some(k) => k,
                None => {
                    names.push(&s.name);
                    names.len() - 1
                }
            };
            let of = SeriesModel::of(s, words, series.len(), colour_index, chart.mark);
            series.push(SeriesModel { panel: p, ..of });
        }
    }
    let frame = Frame {
        kind,
        title: &chart.title,
        subtitle: &chart.subtitle,
        note: &chart.note,
        x: &chart.x,
        y: &chart.y,
    };
    // Panels space periods as categories (see above): no calendar ticks in small panels yet.
    XyModel {
        panels: chart.panels.iter().map(|p| p.title.clone()).collect(),
        ..frame.model(categories, series)
    }
}

impl XyModel {
    /// Part of this chart as a chart of its own: the same x axis, y axis and unit, only `series`,
    /// and none of the headings, notes, annotations or highlights, which belong to the whole chart.
    fn part(&self, series: Vec<SeriesModel>) -> XyModel {
        XyModel {
            kind: self.kind,
            title: None,
            subtitle: None,
            note: None,
            x_label: None,
            categories: self.categories.clone(),
            len: self.len,
            y_label: None,
            y_unit: self.y_unit.clone(),
            y_scale: self.y_scale,
            y_min: self.y_min,
            y_max: self.y_max,
            time: self.time.clone(),
            series,
            stacked: self.stacked,
            horizontal: false,
            highlight: Vec::new(),
            y2_label: None,
            y2_unit: None,
            panels: Vec::new(),
            annotations: Vec::new(),
        }
    }

    /// The chart as one panel shows it: only that panel's series (each keeps its index into the
    /// full chart's series, `SeriesModel::index`).
    pub fn panel_chart(&self, panel: usize) -> XyModel {
        self.part(self.series.iter().filter(|s| s.panel == panel).cloned().collect())
    }

    /// [`XyModel::panel_chart`] with each series named with its panel, for sentences read out of
    /// context ("平远 · 地区生产总值").
    pub fn labelled_panel_chart(&self, panel: usize) -> XyModel {
        let mut part = self.panel_chart(panel);
        let title = self.panels.get(panel).cloned().unwrap_or_default();
        for s in &mut part.series {
            s.name = format!("{title} · {}", s.name);
        }
        part
    }

    /// A combo chart as two charts, one per axis, each in its own unit (for summaries).
    pub fn split_sides(&self) -> (XyModel, XyModel) {
        let side = |right: bool| {
            let mut part =
                self.part(self.series.iter().filter(|s| s.right == right).cloned().collect());
            if right {
                part.y_unit = self.y2_unit.clone();
                part.y_scale = ScaleKind::Linear;
                (part.y_min, part.y_max) = (None, None);
            }
            part
        };
        (side(false), side(true))
    }

    /// Indices (into `series`) of the series of `panel`.
    pub fn panel_series(&self, panel: usize) -> Vec<usize> {
        self.series.iter().enumerate().filter(|(_, s)| s.panel == panel).map(|(i, _)| i).collect()
    }

    /// A series' name as a reader hears it: in small multiples, with its panel ("平远 · GDP").
    pub fn series_label(&self, index: usize) -> String {
        match (self.series.get(index), self.is_multiples()) {
            (Some(s), true) => {
                let panel = self.panels.get(s.panel).map(String::as_str).unwrap_or_default();
                format!("{panel} · {}", s.name)
            }
            (Some(s), false) => s.name.clone(),
            (None, _) => String::new(),
        }
    }
}
