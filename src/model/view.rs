//! What a page shows of a model besides the spec: the theme, the width, and the series the reader
//! hid with the legend. The [`Model`] is the spec normalised once and never changed; a [`View`] is
//! handed to layout with it, so a dark-mode switch, a legend click or a resize costs one layout,
//! not a rebuild (the model's pass over every value is not repeated).
//!
//! A stacked chart's y extent depends on which series are hidden, so the view keeps it, summed
//! again for that chart on a legend toggle (or a step at a time by the render job, `crate::job`).

use super::stack::Piles;
use super::theme::Theme;
use super::{ChartModel, Model, SeriesModel, XyModel};
use crate::paint::Color;

/// The theme, the width and the reader's hidden series a model is laid out with.
#[derive(Debug, Clone)]
pub struct View {
    pub theme: Theme,
    /// CSS px (layout clamps it to what it can draw).
    pub width: f64,
    /// Per chart, per series: whether the reader hid it (short or empty where nothing is hidden).
    hidden: Vec<Vec<bool>>,
    /// Per chart: the stacked extent under `hidden` (`Piles::extent`); `None` for a chart that does
    /// not stack, whose piles are all gaps, or whose stack is not summed yet.
    stacks: Vec<Option<(f64, f64)>>,
}

impl View {
    /// A view of `model` with every series shown and each stack summed.
    pub fn of(model: &Model, theme: Theme, width: f64) -> View {
        let mut view = View::unsummed(theme, width);
        view.sum_stacks(model);
        view
    }

    /// Every series shown, no stack summed: for a model the render job sums a step at a time
    /// ([`View::set_stacked_extent`]), or none yet.
    pub fn unsummed(theme: Theme, width: f64) -> View {
        View { theme, width, hidden: Vec::new(), stacks: Vec::new() }
    }

    /// Sums every stacked chart's extent of `model` (a pass over its values).
    pub fn sum_stacks(&mut self, model: &Model) {
        self.stacks.clear();
        for chart in 0..model.charts.len() {
            self.restack(model, chart);
        }
    }

    /// Every series shown again, no stack summed (a new spec).
    pub fn show_all(&mut self) {
        self.hidden.clear();
        self.stacks.clear();
    }

    /// (chart, series) of every hidden series, in order.
    pub fn hidden(&self) -> Vec<(usize, usize)> {
        let hidden = self.hidden.iter().enumerate().flat_map(|(chart, series)| {
            series.iter().enumerate().filter(|(_, &h)| h).map(move |(s, _)| (chart, s))
        });
        hidden.collect()
    }

    pub fn is_hidden(&self, chart: usize, series: usize) -> bool {
        self.hidden.get(chart).and_then(|h| h.get(series)).copied().unwrap_or(false)
    }

    /// Stacked chart `chart`'s extent, as summed for the series shown.
    pub fn stacked_extent(&self, chart: usize) -> Option<(f64, f64)> {
        self.stacks.get(chart).copied().flatten()
    }

    /// Sets chart `chart`'s stacked extent, summed elsewhere (in steps: `Piles::extent_step`).
    pub fn set_stacked_extent(&mut self, chart: usize, extent: Option<(f64, f64)>) {
        if self.stacks.len() <= chart {
            self.stacks.resize(chart + 1, None);
        }
        self.stacks[chart] = extent;
    }

    /// Shows or hides series `series` of chart `chart` of `model` (the legend toggle), and sums
    /// that chart's stack again. The last visible series of a chart cannot be hidden: returns false
    /// and changes nothing. Small multiples share one legend: the entry shows or hides that name in
    /// every panel.
    pub fn set_series_visible(
        &mut self,
        model: &Model,
        chart: usize,
        series: usize,
        visible: bool,
    ) -> bool {
        let Some(ChartModel::Xy(xy)) = model.charts.get(chart) else { return false };
        let Some(name) = xy.series.get(series).map(|s| s.name.as_str()) else { return false };
        let same = |s: &SeriesModel| s.index == series || (xy.is_multiples() && s.name == name);
        let others_visible = self.xy(xy, chart).visible_series().any(|(_, s)| !same(s));
        if !visible && !others_visible {
            return false;
        }
        if self.hidden.len() <= chart {
            self.hidden.resize(chart + 1, Vec::new());
        }
        let hidden = &mut self.hidden[chart];
        hidden.resize(xy.series.len(), false);
        for s in xy.series.iter().filter(|s| same(s)) {
            hidden[s.index] = !visible;
        }
        self.restack(model, chart);
        true
    }

    /// Chart `chart` (its model `xy`, or a part of it: a panel) as this view shows it.
    pub fn xy<'a>(&'a self, xy: &'a XyModel, chart: usize) -> XyView<'a> {
        XyView { model: xy, chart, view: self }
    }

    fn restack(&mut self, model: &Model, chart: usize) {
        let extent = match model.charts.get(chart) {
            Some(ChartModel::Xy(xy)) if xy.stacked => self.xy(xy, chart).piles().extent(xy.len),
            _ => None,
        };
        self.set_stacked_extent(chart, extent);
    }
}

/// An xy chart as a [`View`] shows it: which of its series are visible, in which colours, and its
/// stack's extent. Reads through to the chart's model for everything else.
#[derive(Clone, Copy)]
pub struct XyView<'a> {
    pub model: &'a XyModel,
    /// Index into the page model's charts.
    pub chart: usize,
    pub view: &'a View,
}

impl std::ops::Deref for XyView<'_> {
    type Target = XyModel;

    fn deref(&self) -> &XyModel {
        self.model
    }
}

impl<'a> XyView<'a> {
    pub fn theme(&self) -> &'a Theme {
        &self.view.theme
    }

    /// False when the reader hid `series` with the legend: not drawn, not in the y scale.
    pub fn shows(&self, series: &SeriesModel) -> bool {
        !self.view.is_hidden(self.chart, series.index)
    }

    /// The colour `series` is drawn in.
    pub fn color(&self, series: &SeriesModel) -> Color {
        self.view.theme.series_color(series.slot)
    }

    /// The series the reader has not hidden, with their indices into `series`.
    pub fn visible_series(&self) -> impl Iterator<Item = (usize, &'a SeriesModel)> + 'a {
        let this = *self;
        self.model.series.iter().enumerate().filter(move |(_, s)| this.shows(s))
    }

    /// Smallest and largest finite value over the visible series; `None` when all are gaps.
    pub fn extent(&self) -> Option<(f64, f64)> {
        self.visible_series()
            .filter_map(|(_, s)| s.stats.extent)
            .reduce(|(a, b), (c, d)| (a.min(c), b.max(d)))
    }

    /// The stack's extent for the series shown (stacked charts; `None` otherwise).
    pub fn stacked_extent(&self) -> Option<(f64, f64)> {
        match self.model.stacked {
            true => self.view.stacked_extent(self.chart),
            false => None,
        }
    }

    /// The visible series, ready to stack.
    pub fn piles(&self) -> Piles<'a> {
        Piles::of(self.visible_series().map(|(i, s)| (i, s.values.up_to(self.model.len))))
    }

    /// The sum of the visible values at position `i` (what a stack's tooltip calls the total).
    pub fn total(&self, i: usize) -> Option<f64> {
        let values: Vec<f64> = self
            .visible_series()
            .filter_map(|(_, s)| s.values.get(i).filter(|v| v.is_finite()))
            .collect();
        (!values.is_empty()).then(|| values.iter().sum::<f64>().clamp(f64::MIN, f64::MAX))
    }

    /// Another part of the same chart (a panel, one side of a combo) in this view.
    pub fn part<'b>(&self, model: &'b XyModel) -> XyView<'b>
    where
        'a: 'b,
    {
        XyView { model, chart: self.chart, view: self.view }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::parse_str;

    const TWO_SERIES: &str = r#"{"version": 1, "charts": [{"type": "bar", "series": [
        {"name": "a", "values": [1, 2]}, {"name": "b", "values": [10, 20]}]}]}"#;

    fn xy(model: &Model) -> &XyModel {
        match &model.charts[0] {
            ChartModel::Xy(xy) => xy,
            _ => unreachable!("the test spec is an xy chart"),
        }
    }

    #[test]
    fn hiding_a_series_rescales_and_the_last_one_stays() {
        let model = Model::new(&parse_str(TWO_SERIES).unwrap());
        let mut view = View::of(&model, Theme::light(), 640.0);
        assert_eq!(view.xy(xy(&model), 0).extent(), Some((1.0, 20.0)));
        assert!(view.set_series_visible(&model, 0, 1, false));
        assert_eq!(view.hidden(), [(0, 1)]);
        let extent = view.xy(xy(&model), 0).extent();
        assert_eq!(extent, Some((1.0, 2.0)), "the axis follows the visible series");
        assert!(!view.set_series_visible(&model, 0, 0, false), "the last visible series stays");
        assert!(view.xy(xy(&model), 0).shows(&xy(&model).series[0]));
        assert!(view.set_series_visible(&model, 0, 1, true));
        assert_eq!(view.xy(xy(&model), 0).extent(), Some((1.0, 20.0)));
        assert!(view.hidden().is_empty());
    }

    #[test]
    fn a_stack_is_summed_for_the_series_shown() {
        let stacked = TWO_SERIES.replace(r#""type": "bar","#, r#""type": "bar", "stacked": true,"#);
        let model = Model::new(&parse_str(&stacked).unwrap());
        let mut view = View::of(&model, Theme::light(), 640.0);
        assert_eq!(view.xy(xy(&model), 0).stacked_extent(), Some((0.0, 22.0)));
        view.set_series_visible(&model, 0, 1, false);
        assert_eq!(view.xy(xy(&model), 0).stacked_extent(), Some((0.0, 2.0)));
        view.set_series_visible(&model, 0, 1, true);
        assert_eq!(view.xy(xy(&model), 0).stacked_extent(), Some((0.0, 22.0)));
        // Not summed yet (the render job sums it in steps): nothing, rather than a stale extent.
        assert_eq!(View::unsummed(Theme::light(), 640.0).stacked_extent(0), None);
    }

    #[test]
    fn small_multiples_hide_a_name_in_every_panel_and_keep_its_colour_slot() {
        let spec = r#"{"version": 1, "charts": [{"type": "multiples", "mark": "line", "panels": [
            {"title": "P", "series": [{"name": "a", "values": [1, 2]}, {"name": "b", "values": [3, 4]}]},
            {"title": "Q", "series": [{"name": "b", "values": [5, 6]}, {"name": "a", "values": [7, 8]}]}]}]}"#;
        let model = Model::new(&parse_str(spec).unwrap());
        let mut view = View::of(&model, Theme::dark(), 640.0);
        let slots: Vec<usize> = xy(&model).series.iter().map(|s| s.slot).collect();
        assert_eq!(slots, [0, 1, 1, 0], "one colour per name");
        assert!(view.set_series_visible(&model, 0, 0, false));
        assert_eq!(view.hidden(), [(0, 0), (0, 3)], "\"a\" in both panels");
        let panel = xy(&model).panel_chart(1);
        let shown: Vec<&str> =
            view.xy(&panel, 0).visible_series().map(|(_, s)| s.name.as_str()).collect();
        assert_eq!(shown, ["b"], "a panel's part keeps the whole chart's indices");
        let colour = view.xy(&panel, 0).color(&panel.series[0]);
        assert_eq!(colour, Theme::dark().series_color(1));
    }
}
