//! `Model::new(&Spec)`: the spec normalised once into the model's types (`chart_model.rs`), each
//! chart by its kind: KPI tiles here, line/bar/area/combo here with their marks from
//! `xy_variants.rs`, small multiples there, gauges, streaks and timelines in `statements.rs`.

use super::chart_model::{family_of, Frame};
use super::format::{format_change, format_value, split_number};
use super::statements::{gauge_model, streak_model, timeline_model, StatementModel};
use super::words::{words, Words};
use super::xy_variants::{multiples_model, series_mark};
use super::{Change, ChartModel, Direction, KpiModel, Model, SeriesModel, Tile, XyKind, XyModel};
use crate::spec::time::{parse_period, Period};
use crate::spec::{Chart, KpiChart, Locale, Side, Spec, XAxisType, XyChart};

impl Model {
    /// The spec normalised: everything layout needs but the view (theme, width, hidden series).
    pub fn new(spec: &Spec) -> Model {
        let words = words(spec.locale);
        let locale = spec.locale;
        let charts = spec
            .charts
            .iter()
            .map(|chart| match chart {
                Chart::Kpi(k) => ChartModel::Kpi(kpi_model(k, locale, words)),
                Chart::Line(c) => ChartModel::Xy(xy_model(c, XyKind::Line, locale, words)),
                Chart::Bar(c) => ChartModel::Xy(xy_model(c, XyKind::Bar, locale, words)),
                Chart::Area(c) => ChartModel::Xy(xy_model(c, XyKind::Area, locale, words)),
                Chart::Combo(c) => ChartModel::Xy(xy_model(c, XyKind::Combo, locale, words)),
                Chart::Multiples(c) => ChartModel::Xy(multiples_model(c, locale, words)),
                Chart::Gauge(c) => {
                    ChartModel::Statement(StatementModel::Gauge(gauge_model(c, locale, words)))
                }
                Chart::Streak(c) => {
                    ChartModel::Statement(StatementModel::Streak(streak_model(c, locale)))
                }
                Chart::Timeline(c) => {
                    ChartModel::Statement(StatementModel::Timeline(timeline_model(c, locale)))
                }
            })
            .collect();
        Model {
            locale,
            family: family_of(locale),
            words,
            title: spec.title.clone(),
            subtitle: spec.subtitle.clone(),
            note: spec.note.clone(),
            source: spec.source.clone(),
            source_url: spec.source_url.clone(),
            charts,
        }
    }
}

fn kpi_model(chart: &KpiChart, locale: Locale, words: &Words) -> KpiModel {
    let tiles = chart
        .items
        .iter()
        .map(|item| {
            let formatted = format_value(item.value, item.unit.as_deref(), locale);
            let (number, unit) = split_number(&formatted);
            let change = item.change.map(|c| {
                let direction = if c > 0.0 {
                    Direction::Up
                } else if c < 0.0 {
                    Direction::Down
                } else {
                    Direction::Flat
                };
                let arrow = match direction {
                    Direction::Up => "▲ ",
                    Direction::Down => "▼ ",
                    Direction::Flat => "",
                };
                // The arrow carries the sign; a "+" after "▲" would say it twice.
                let text = if direction == Direction::Flat {
                    format_change(c, item.change_unit.as_deref(), locale)
                } else {
                    format!("{arrow}{}", format_value(c.abs(), item.change_unit.as_deref(), locale))
                };
                Change { text, direction }
            });
            let label = if item.derived {
                format!("{}{}", item.label, words.derived_tag)
            } else {
                item.label.clone()
            };
            Tile {
                label,
                prefix: item.prefix.clone(),
                number,
                unit,
                change,
                note: item.note.clone(),
                derived: item.derived,
            }
        })
        .collect();
    KpiModel { title: chart.title.clone(), tiles }
}

fn xy_model(chart: &XyChart, kind: XyKind, locale: Locale, words: &Words) -> XyModel {
    let written = chart.x.categories.as_deref().unwrap_or_default();
    // Decoding checked every period; a spec built by hand that skipped it falls back to categories.
    // Read once, by decoding (`XAxis::periods`); read here only for a spec built by hand.
    let time = (chart.x.kind == XAxisType::Time && !written.is_empty())
        .then(|| match &chart.x.periods {
            Some(periods) if periods.len() == written.len() => Some(periods.clone()),
            _ => written.iter().map(|c| parse_period(c)).collect::<Option<Vec<Period>>>(),
        })
        .flatten();
    // A time axis names its periods in the locale's words (no copy of the written ones first).
    let categories: Vec<String> = match &time {
        Some(periods) => periods.iter().map(|p| p.label(locale)).collect(),
        None => written.to_vec(),
    };
    let series = chart
        .series
        .iter()
        .enumerate()
        .map(|(i, s)| SeriesModel {
            right: kind == XyKind::Combo && s.axis == Some(Side::Right),
            ..SeriesModel::of(s, words, i, i, series_mark(kind, s))
        })
        .collect::<Vec<_>>();
    // Annotations name categories as the spec wrote them, not as a time axis relabels them.
    let annotations = super::annotate::resolve(&chart.annotations, written, &chart.series);
    let highlight =
        chart.highlight.iter().filter_map(|h| written.iter().position(|c| c == h)).collect();
    let frame = Frame {
        kind,
        title: &chart.title,
        subtitle: &chart.subtitle,
        note: &chart.note,
        x: &chart.x,
        y: &chart.y,
    };
    XyModel {
        time,
        annotations,
        stacked: chart.stacked,
        horizontal: chart.horizontal,
        highlight,
        y2_label: chart.y2.as_ref().and_then(|y| y.label.clone()),
        y2_unit: chart.y2.as_ref().and_then(|y| y.unit.clone()),
        ..frame.model(categories, series)
    }
}
