//! CSV rows of gauges, streaks and timelines, in the tidy columns of `export.rs`
//! (`chart,title,category,series,value,unit,derived`): a gauge gives a "value", a "max" and maybe a
//! "target" row per item; a streak a "count" row; a timeline one row per event, the date as category,
//! the label as series and "planned" in the unit column when it is planned.

use crate::decimal::shortest;
use crate::spec::{Chart, EventStatus};

pub(super) fn rows(chart_index: usize, chart: &Chart, emit: &mut dyn FnMut([String; 7])) {
    let c = chart_index.to_string();
    match chart {
        Chart::Gauge(g) => {
            let title = g.title.clone().unwrap_or_default();
            for item in &g.items {
                let unit = item.unit.clone().unwrap_or_default();
                let parts =
                    [("value", Some(item.value)), ("max", Some(item.max)), ("target", item.target)];
                for (series, v) in parts {
                    let Some(v) = v else { continue };
                    emit([
                        c.clone(),
                        title.clone(),
                        item.label.clone(),
                        series.to_string(),
                        shortest(v),
                        unit.clone(),
                        (item.derived && series == "value").to_string(),
                    ]);
                }
            }
        }
        Chart::Streak(s) => {
            let title = s.title.clone().unwrap_or_default();
            for item in &s.items {
                emit([
                    c.clone(),
                    title.clone(),
                    item.label.clone(),
                    "count".to_string(),
                    item.count.to_string(),
                    item.unit.clone().unwrap_or_default(),
                    false.to_string(),
                ]);
            }
        }
        Chart::Timeline(t) => {
            let title = t.title.clone().unwrap_or_default();
            for e in &t.events {
                let status = if e.status == EventStatus::Planned { "planned" } else { "" };
                emit([
                    c.clone(),
                    title.clone(),
                    e.date.clone(),
                    e.label.clone(),
                    String::new(),
                    status.to_string(),
                    false.to_string(),
                ]);
            }
        }
        Chart::Kpi(_)
        | Chart::Line(_)
        | Chart::Bar(_)
        | Chart::Area(_)
        | Chart::Combo(_)
        | Chart::Multiples(_) => {}
    }
}
