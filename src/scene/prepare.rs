//! Work a staged render does before it builds the scene, a step per task (`web::stages`): the
//! per-pixel-column summaries of each dense stacked area ([`StackScans`]), a pass over every value
//! of every stacked series, which for 2 × 1,000,000 values takes longer than a frame in one go.
//! The scene then takes them instead of summarising again ([`build_prepared`](super::build_prepared));
//! a summary that no longer fits (a resize, a series hidden since) is simply not used.

use super::dense::is_dense;
use crate::layout::plot_columns::StackScans;
use crate::layout::{layout, Layout, PlotLayout, TextMeasure};
use crate::model::{ChartModel, Model, View, XyKind, XyView};

/// Summaries made ahead of the scene, per chart.
#[derive(Default)]
pub struct Prepared {
    stacks: Vec<(usize, StackScans)>,
}

impl Prepared {
    /// The finished summaries of chart `chart`'s stack, if they fit `plot` as the model is now.
    pub(super) fn stack_scans(&self, xy: XyView<'_>, plot: &PlotLayout) -> Option<&StackScans> {
        let piles = xy.piles();
        let (_, scans) = self.stacks.iter().find(|(chart, _)| *chart == plot.chart)?;
        scans.fit(&piles, plot, xy.len).then_some(scans)
    }
}

/// Preparation under way: the layout it is for, the plots left, the one being summarised.
pub struct Preparing {
    layout: Layout,
    /// Indices into `layout.plots`, in order.
    plots: Vec<usize>,
    current: Option<StackScans>,
    done: Prepared,
}

impl Preparing {
    /// What a scene of `model` as `view` shows it needs prepared; `None` when nothing.
    pub fn new(model: &Model, view: &View, measure: &dyn TextMeasure) -> Option<Preparing> {
        let layout = layout(model, view, measure);
        let plots: Vec<usize> = (0..layout.plots.len())
            .filter(|&k| dense_stack(model, view, &layout.plots[k]).is_some())
            .collect();
        let done = Prepared::default();
        (!plots.is_empty()).then_some(Preparing { layout, plots, current: None, done })
    }

    /// Reads about `budget` more values (positions × stacked series); true once all is prepared.
    pub fn step(&mut self, model: &Model, view: &View, budget: usize) -> bool {
        let Some(&k) = self.plots.first() else { return true };
        let plot = &self.layout.plots[k];
        let Some(xy) = dense_stack(model, view, plot) else {
            self.plots.remove(0);
            return self.plots.is_empty();
        };
        let piles = xy.piles();
        let scans = self.current.get_or_insert_with(|| StackScans::new(plot, &piles));
        if scans.step(&piles, xy.len, plot, budget / piles.count().max(1)) {
            self.done.stacks.extend(self.current.take().map(|scans| (plot.chart, scans)));
            self.plots.remove(0);
        }
        self.plots.is_empty()
    }

    pub fn finish(self) -> Prepared {
        self.done
    }
}

/// The chart `plot` draws, when it is a stacked area with more positions than pixel columns.
fn dense_stack<'a>(model: &'a Model, view: &'a View, plot: &PlotLayout) -> Option<XyView<'a>> {
    let Some(ChartModel::Xy(xy)) = model.charts.get(plot.chart) else { return None };
    let stacked_area = xy.kind == XyKind::Area && xy.stacked && !xy.horizontal;
    (stacked_area && plot.panel.is_none() && is_dense(xy.len, plot))
        .then(|| view.xy(xy, plot.chart))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::plot_columns::stack_scans;
    use crate::layout::EstimateMeasure;
    use crate::model::theme::Theme;

    fn stacked_area(n: usize) -> Model {
        let a: Vec<String> = (0..n).map(|i| format!("{}", (i % 97) as f64 * 0.5)).collect();
        let b: Vec<String> = (0..n)
            .map(|i| if i % 11 == 0 { "null".into() } else { format!("{}", (i % 13) as i32 - 4) })
            .collect();
        let text = format!(
            r#"{{"version": 1, "charts": [{{"type": "area", "stacked": true, "series": [
                {{"name": "a", "values": [{}]}}, {{"name": "b", "values": [{}]}}]}}]}}"#,
            a.join(","),
            b.join(",")
        );
        Model::new(&crate::spec::parse_str(&text).unwrap())
    }

    #[test]
    fn summaries_made_in_steps_are_those_the_scene_would_make_and_are_used_while_they_fit() {
        let model = stacked_area(30_000);
        let mut view = View::of(&model, Theme::light(), 640.0);
        let mut preparing = Preparing::new(&model, &view, &EstimateMeasure).expect("a dense stack");
        let mut steps = 1;
        while !preparing.step(&model, &view, 7_000) {
            steps += 1;
        }
        // 30,000 positions × 2 series, 3,500 positions a step.
        assert_eq!(steps, 9);
        let prepared = preparing.finish();
        let wide = layout(&model, &view, &EstimateMeasure);
        let plot = &wide.plots[0];
        let ChartModel::Xy(xy) = &model.charts[0] else { panic!("an xy chart") };
        let ready = prepared.stack_scans(view.xy(xy, 0), plot).expect("fits the same layout");
        assert_eq!(ready.scans, stack_scans(&view.xy(xy, 0).piles(), xy.len, plot));
        // Another width, or a series hidden since: not used.
        let narrow = layout(&model, &View::of(&model, Theme::light(), 500.0), &EstimateMeasure);
        assert!(prepared.stack_scans(view.xy(xy, 0), &narrow.plots[0]).is_none());
        assert!(view.set_series_visible(&model, 0, 1, false));
        assert!(prepared.stack_scans(view.xy(xy, 0), plot).is_none());
        // A line chart has nothing to prepare.
        let line = Model::new(
            &crate::spec::parse_str(r#"{"version": 1, "charts": [{"type": "line", "series": [{"name": "a", "values": [1, 2, 3]}]}]}"#).unwrap(),
        );
        let view = View::of(&line, Theme::light(), 640.0);
        assert!(Preparing::new(&line, &view, &EstimateMeasure).is_none());
    }
}
