//! How much data a spec carries: what the browser widget uses to decide whether a render is split
//! over several tasks (issue 7: large input must not freeze the page for more than a frame).

use super::{Chart, Series, Spec, XAxis};

impl Spec {
    /// Values in every series plus category labels on every x axis: the quantity the linear stages
    /// (model, decimation, descriptions) walk. Gauges, streaks, timelines and KPI tiles are bounded
    /// by their own small limits and count nothing.
    pub fn data_size(&self) -> usize {
        self.charts.iter().map(chart_size).sum()
    }
}

fn chart_size(chart: &Chart) -> usize {
    match chart {
        Chart::Line(c) | Chart::Bar(c) | Chart::Area(c) | Chart::Combo(c) => {
            axis_size(&c.x) + series_size(&c.series)
        }
        Chart::Multiples(m) => {
            axis_size(&m.x) + m.panels.iter().map(|p| series_size(&p.series)).sum::<usize>()
        }
        Chart::Kpi(_) | Chart::Gauge(_) | Chart::Streak(_) | Chart::Timeline(_) => 0,
    }
}

fn axis_size(x: &XAxis) -> usize {
    x.categories.as_ref().map_or(0, Vec::len)
}

fn series_size(series: &[Series]) -> usize {
    series.iter().map(|s| s.values.len()).sum()
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_values_and_categories_of_every_xy_chart_and_nothing_else() {
        let spec = crate::spec::parse_str(
            r#"{"version": 1, "charts": [
                {"type": "kpi", "items": [{"label": "a", "value": 1}]},
                {"type": "line", "x": {"categories": ["a", "b", "c"]},
                 "series": [{"name": "s", "values": [1, 2, 3]}, {"name": "t", "values": [4, 5, 6]}]},
                {"type": "multiples", "x": {"categories": ["a", "b"]}, "panels": [
                    {"title": "p", "series": [{"name": "s", "values": [1, 2]}]},
                    {"title": "q", "series": [{"name": "s", "values": [3, 4]}]}]}]}"#,
        )
        .unwrap();
        assert_eq!(spec.data_size(), (3 + 6) + (2 + 4));
    }
}
