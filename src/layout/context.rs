//! What the parts of a layout read, gathered so that each part's function takes one context and its
//! own inputs instead of the same six loose arguments.

use super::measure::TextMeasure;
use super::metrics::Metrics;
use super::Bounds;
use crate::model::theme::Theme;
use crate::model::{Model, View, XyModel, XyView};

/// The whole page: the model and the view of it, the type scale and spacing for its width, and the
/// text measure.
#[derive(Clone, Copy)]
pub struct PageContext<'a> {
    pub model: &'a Model,
    pub view: &'a View,
    /// The view's theme.
    pub theme: &'a Theme,
    pub m: &'a Metrics,
    pub measure: &'a dyn TextMeasure,
    pub width: f64,
}

impl<'a> PageContext<'a> {
    /// The context of line or bar chart `chart` (its model `xy`) laid out in `cell`.
    pub fn cell(&self, xy: &'a XyModel, chart: usize, cell: Bounds) -> CellContext<'a> {
        CellContext {
            model: self.model,
            theme: self.theme,
            xy: self.view.xy(xy, chart),
            chart,
            cell,
            m: self.m,
            measure: self.measure,
        }
    }
}

/// One line or bar chart in the box it is laid out in (a grid cell, or the full width for small
/// multiples): what its header, plot, labels and footnotes read.
#[derive(Clone, Copy)]
pub struct CellContext<'a> {
    pub model: &'a Model,
    pub theme: &'a Theme,
    /// The chart as the view shows it.
    pub xy: XyView<'a>,
    /// Index into `model.charts`.
    pub chart: usize,
    pub cell: Bounds,
    pub m: &'a Metrics,
    pub measure: &'a dyn TextMeasure,
}
