//! Layout: where everything goes for a given width. Produces positioned text runs (already wrapped),
//! the boxes of KPI tiles and plots, the y scale of each plot and its x positions. Heights follow the
//! content; the width is the container's.
//!
//! Layout measures text only through [`TextMeasure`], so it runs the same natively and in the browser.

pub(crate) mod annotate;
mod bar_labels;
mod cell;
mod combo;
mod context;
mod end_labels;
mod flow;
mod hbar;
mod kpi;
mod legend;
pub(crate) mod measure;
pub(crate) mod metrics;
mod multiples;
mod page;
pub(crate) mod plot_columns;
pub(crate) mod stack;
pub(crate) mod statements;
mod time_axis;
pub(crate) mod wrap;
mod x_labels;

pub use measure::{EstimateMeasure, TextMeasure};
pub use page::layout;

use crate::model::format::AxisFormat;
use crate::model::ticks::Ticks;
use crate::model::y_scale::YScale;
use crate::paint::{Anchor, Baseline, Item, Rect, Region, Text};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Bounds {
    pub fn right(&self) -> f64 {
        self.x + self.w
    }
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }
    /// True when the two boxes share some area (touching edges do not count).
    pub fn overlaps(&self, other: &Bounds) -> bool {
        self.x < other.right() - 0.01
            && other.x < self.right() - 0.01
            && self.y < other.bottom() - 0.01
            && other.y < self.bottom() - 0.01
    }
}

pub struct Layout {
    pub width: f64,
    pub height: f64,
    /// Every piece of text, positioned, in drawing order.
    pub texts: Vec<Text>,
    /// Decorative rules (above KPI tiles).
    pub rules: Vec<Rect>,
    /// Finished marks of gauges, streaks and timelines (`statements`), drawn under the text.
    pub marks: Vec<Item>,
    pub plots: Vec<PlotLayout>,
    pub legend_swatches: Vec<Swatch>,
    pub regions: Vec<Region>,
}

impl Layout {
    pub fn empty(width: f64) -> Layout {
        Layout {
            width,
            height: 0.0,
            texts: Vec::new(),
            rules: Vec::new(),
            marks: Vec::new(),
            plots: Vec::new(),
            legend_swatches: Vec::new(),
            regions: Vec::new(),
        }
    }
}

/// The geometry of one line or bar chart's plot area.
pub struct PlotLayout {
    /// Index into `spec.charts`.
    pub chart: usize,
    pub area: Bounds,
    pub ticks: Ticks,
    /// Maps values to heights: the ticks' range, or the spec's min/max, linear or log.
    pub scale: YScale,
    pub format: AxisFormat,
    pub x: XScale,
    /// The chart's annotations with their labels placed (`annotate`).
    pub annotations: Vec<annotate::PlacedAnnotation>,
    /// Combo charts: the right axis, its ticks level with the left axis's gridlines.
    pub y2: Option<RightAxis>,
    /// Small multiples: which panel of the chart this plot draws.
    pub panel: Option<usize>,
}

/// The right-hand value axis of a combo chart.
pub struct RightAxis {
    pub ticks: Ticks,
    pub format: AxisFormat,
}

impl PlotLayout {
    /// y pixel of a value on the axis a series is read against.
    pub fn y_on(&self, v: f64, right: bool) -> f64 {
        match (&self.y2, right) {
            (Some(axis), true) => y_in(&axis.ticks, self.area, v),
            _ => self.y_of(v),
        }
    }
}

fn y_in(ticks: &Ticks, area: Bounds, v: f64) -> f64 {
    let (lo, hi) = (ticks.min, ticks.max);
    let t = if hi > lo { (v - lo) / (hi - lo) } else { 0.5 };
    area.bottom() - t.clamp(0.0, 1.0) * area.h
}

impl PlotLayout {
    /// y pixel of a value (clamped to the plot so a bad value never draws outside it).
    pub fn y_of(&self, v: f64) -> f64 {
        self.area.bottom() - self.scale.fraction(v) * self.area.h
    }

    /// y pixel of a value, not clamped: above the plot's top or below its bottom when the value is
    /// outside the axis' min/max (lines are clipped there). A non-finite result maps to the edge.
    pub fn y_of_unclamped(&self, v: f64) -> f64 {
        let t = self.scale.unclamped(v);
        let t = if t.is_nan() { 0.5 } else { t.clamp(-1e6, 1e6) };
        self.area.bottom() - t * self.area.h
    }

    /// x pixel of the centre of position `i`.
    pub fn x_of(&self, i: usize) -> f64 {
        match self.x {
            XScale::Band { band, .. } => self.area.x + band * (i as f64 + 0.5),
            XScale::Linear { min, max } => {
                let t = if max > min { (i as f64 - min) / (max - min) } else { 0.5 };
                self.area.x + t * self.area.w
            }
            XScale::Time { min, max, ref at } => {
                let d = at.get(i).copied().unwrap_or(min);
                self.x_of_day(d, min, max)
            }
        }
    }

    fn x_of_day(&self, d: f64, min: f64, max: f64) -> f64 {
        let t = if max > min { (d - min) / (max - min) } else { 0.5 };
        self.area.x + t * self.area.w
    }

    /// x pixel of a day (days since 1970-01-01) on a time scale; `None` on other scales.
    pub fn x_of_days(&self, days: f64) -> Option<f64> {
        match self.x {
            XScale::Time { min, max, .. } => Some(self.x_of_day(days, min, max)),
            _ => None,
        }
    }
}

impl PlotLayout {
    /// Left edge and width of bar `series` (of `count`) at position `i`. Bars of one category form a
    /// group taking 72% of the band, capped so a lone bar does not become a slab.
    pub fn bar(&self, i: usize, series: usize, count: usize) -> (f64, f64) {
        let band = match self.x {
            XScale::Band { band, .. } => band,
            XScale::Linear { .. } | XScale::Time { .. } => self.area.w / 10.0,
        };
        let count = count.max(1) as f64;
        let group = (band * 0.72).min(56.0 * count);
        let w = group / count;
        (self.x_of(i) - group / 2.0 + w * series as f64, w)
    }

    /// Free space beside a bar group, shared by its value labels.
    pub fn bar_gap(&self, count: usize) -> f64 {
        match self.x {
            XScale::Band { band, .. } => band - self.bar(0, 0, count).1 * count.max(1) as f64,
            XScale::Linear { .. } | XScale::Time { .. } => 0.0,
        }
    }
}

/// The box a text run occupies (line box of 1.2 × the font size), for overlap checks and hit-testing.
pub fn text_bounds(text: &Text, measure: &dyn TextMeasure) -> Bounds {
    let w = measure.width(&text.text, text.font);
    let h = text.font.size * 1.2;
    let x = match text.anchor {
        Anchor::Start => text.x,
        Anchor::Middle => text.x - w / 2.0,
        Anchor::End => text.x - w,
    };
    let y = match text.baseline {
        Baseline::Top => text.y,
        Baseline::Middle => text.y - h / 2.0,
        Baseline::Bottom => text.y - h,
    };
    Bounds { x, y, w, h }
}

#[derive(Debug, Clone, PartialEq)]
pub enum XScale {
    /// Categories (and bars): equal bands, marks at band centres.
    Band { n: usize, band: f64 },
    /// No categories: index i at a linear position between min and max.
    Linear { min: f64, max: f64 },
    /// A time axis of a line chart: position i at day `at[i]` (days since 1970-01-01) between the
    /// first and last day.
    Time { min: f64, max: f64, at: Arc<[f64]> },
}

/// A legend key: a coloured mark for series `series` of chart `chart`, drawn at `at`.
pub struct Swatch {
    pub chart: usize,
    pub series: usize,
    pub at: Bounds,
}
