//! Every chart form on huge data draws in proportion to the plot's width, not the data's length,
//! and keeps what a reader must see: per pixel column, the highest and lowest point of every band
//! (stacked areas) and of every bar pile (stacked, plain and combo bars). The expected per-column
//! extremes are computed here from the values, independently of the scene's decimation.

mod support;

use support::draw;

use infographic::layout::PlotLayout;
use infographic::model::theme::Theme;
use infographic::model::Model;
use infographic::paint::{Item, Rect};
use infographic::scene::Scene;
use infographic::spec::{from_json, parse_json, Json};

const WIDTH: f64 = 1000.0;

/// The chart `chart` (JSON text) in a spec, each of its `"values": [0]` replaced in order by
/// one of `data`.
fn build(chart: &str, data: Vec<Vec<f64>>) -> (Model, Scene, PlotLayout) {
    fn fill(json: &mut Json, data: &mut std::vec::IntoIter<Vec<f64>>) {
        match json {
            Json::Object(fields) => {
                for (key, value) in fields {
                    if key == "values" {
                        *value =
                            Json::Numbers(data.next().expect("a series for each values").into());
                    } else {
                        fill(value, data);
                    }
                }
            }
            Json::Array(items) => items.iter_mut().for_each(|item| fill(item, data)),
            _ => {}
        }
    }
    let text = format!(r#"{{"version": 1, "locale": "en", "charts": [{chart}]}}"#);
    let mut json = parse_json(&text).unwrap();
    fill(&mut json, &mut data.into_iter());
    let model = Model::new(&from_json(&json).expect("a valid spec"));
    let scene = draw::scene(&model, WIDTH);
    let plot = draw::layout(&model, WIDTH).plots.remove(0);
    (model, scene, plot)
}

/// Noisy waves with a few spikes, so that every column has a distinct peak and dip.
fn wave(n: usize, phase: f64) -> Vec<f64> {
    (0..n)
        .map(|i| {
            let spike = if (i + phase as usize * 7).is_multiple_of(7919) { 40.0 } else { 0.0 };
            (i as f64 / 977.0 + phase).sin() * 10.0 + 12.0 + ((i * 31) % 17) as f64 / 4.0 + spike
        })
        .collect()
}

fn columns(plot: &PlotLayout) -> usize {
    plot.area.w.floor() as usize
}

fn column_of(plot: &PlotLayout, x: f64) -> usize {
    ((x - plot.area.x).floor().max(0.0) as usize).min(columns(plot) - 1)
}

/// Per column: (lowest, highest) of `value(i)` over the positions `i` whose x falls in it.
fn extremes(plot: &PlotLayout, n: usize, value: impl Fn(usize) -> Option<f64>) -> Vec<(f64, f64)> {
    let mut out = vec![(f64::INFINITY, f64::NEG_INFINITY); columns(plot)];
    for i in 0..n {
        let Some(v) = value(i) else { continue };
        let c = &mut out[column_of(plot, plot.x_of(i))];
        *c = (c.0.min(v), c.1.max(v));
    }
    out
}

/// The pale fills of areas (a dense solid line is drawn as an opaque band: not a fill).
fn polygons(scene: &Scene) -> Vec<&Vec<(f64, f64)>> {
    scene
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Polygon(p) if p.fill.a < 1.0 => Some(&p.points),
            _ => None,
        })
        .collect()
}

fn vertices(scene: &Scene) -> usize {
    scene
        .items
        .iter()
        .map(|i| match i {
            Item::Polygon(p) => p.points.len(),
            Item::Line(l) => l.points.len(),
            _ => 0,
        })
        .sum()
}

fn rects(scene: &Scene) -> Vec<&Rect> {
    scene
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Rect(r) => Some(r),
            _ => None,
        })
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

/// Whether `points` hold a vertex in pixel column `col` at height `y`.
fn has_vertex(plot: &PlotLayout, points: &[(f64, f64)], col: usize, y: f64) -> bool {
    points.iter().any(|&(px, py)| column_of(plot, px) == col && close(py, y))
}

#[test]
fn a_stacked_area_of_a_million_values_keeps_every_bands_peak_and_dip_per_column() {
    let n = 500_000;
    let (a, b) = (wave(n, 0.0), wave(n, 2.0));
    let chart = r#"{"type": "area", "stacked": true,
        "series": [{"name": "a", "values": [0]}, {"name": "b", "values": [0]}]}"#;
    let (_, scene, plot) = build(chart, vec![a.clone(), b.clone()]);
    let cols = columns(&plot);
    let drawn = vertices(&scene);
    assert!(drawn <= 2 * 12 * cols + 200, "{drawn} vertices for {cols} columns");
    let fills = polygons(&scene);
    assert_eq!(fills.len(), 2, "one fill per band");
    // Band a: from zero to a; band b: from a to a + b.
    let top_a = extremes(&plot, n, |i| Some(a[i]));
    let top_b = extremes(&plot, n, |i| Some(a[i] + b[i]));
    for col in 0..cols {
        let (lo, hi) = top_a[col];
        if lo > hi {
            continue;
        }
        for v in [lo, hi] {
            // a's top is the upper edge of band a and the lower edge of band b.
            assert!(has_vertex(&plot, fills[0], col, plot.y_of(v)), "band a, column {col}");
            assert!(has_vertex(&plot, fills[1], col, plot.y_of(v)), "band b's base, column {col}");
        }
        let (lo, hi) = top_b[col];
        for v in [lo, hi] {
            assert!(has_vertex(&plot, fills[1], col, plot.y_of(v)), "band b, column {col}");
        }
    }
    // The highest point of the whole stack is drawn, on the outline.
    let peak = (0..n).map(|i| a[i] + b[i]).fold(f64::MIN, f64::max);
    assert!(fills[1].iter().any(|&(_, y)| close(y, plot.y_of(peak))));
}

#[test]
fn a_plain_area_of_a_million_values_is_drawn_from_its_columns() {
    let n = 1_000_000;
    let a = wave(n, 1.0);
    let chart = r#"{"type": "area", "series": [{"name": "a", "values": [0]}]}"#;
    let (_, scene, plot) = build(chart, vec![a.clone()]);
    let cols = columns(&plot);
    assert!(vertices(&scene) <= 8 * cols + 200, "{} vertices", vertices(&scene));
    let fill = polygons(&scene)[0];
    for (col, (lo, hi)) in extremes(&plot, n, |i| Some(a[i])).into_iter().enumerate() {
        if lo <= hi {
            assert!(has_vertex(&plot, fill, col, plot.y_of(lo)), "column {col}'s dip");
            assert!(has_vertex(&plot, fill, col, plot.y_of(hi)), "column {col}'s peak");
        }
    }
    // The fill reaches down to zero at both ends.
    let zero = plot.y_of(0.0);
    assert_eq!(fill.iter().filter(|&&(_, y)| close(y, zero)).count(), 2);
}

#[test]
fn a_short_stacked_area_still_draws_every_value() {
    let chart = r#"{"type": "area", "stacked": true,
        "series": [{"name": "a", "values": [0]}, {"name": "b", "values": [0]}]}"#;
    let (_, scene, _) = build(chart, vec![wave(300, 0.0), wave(300, 2.0)]);
    let fills = polygons(&scene);
    assert_eq!(fills.iter().map(|p| p.len()).collect::<Vec<_>>(), vec![600, 600]);
}

#[test]
fn stacked_bars_of_a_million_values_keep_each_piles_extremes_per_column() {
    let n = 500_000;
    let a = wave(n, 0.0);
    // b dips below zero now and then: a downward pile of its own.
    let b: Vec<f64> = wave(n, 3.0)
        .into_iter()
        .enumerate()
        .map(|(i, v)| if i % 5003 == 0 { -v } else { v })
        .collect();
    let chart = r#"{"type": "bar", "stacked": true,
        "series": [{"name": "a", "values": [0]}, {"name": "b", "values": [0]}]}"#;
    let (model, scene, plot) = build(chart, vec![a.clone(), b.clone()]);
    let cols = columns(&plot);
    let drawn = rects(&scene);
    assert!(drawn.len() <= 2 * 2 * cols + 100, "{} rects for {cols} columns", drawn.len());
    let infographic::model::ChartModel::Xy(xy) = &model.charts[0] else { panic!("an xy chart") };
    let (ca, cb) = (
        Theme::light().series_color(xy.series[0].slot),
        Theme::light().series_color(xy.series[1].slot),
    );
    // Upward piles: a from 0 to a; b from a to a + b where b ≥ 0. Downward: b from 0 to b.
    let a_up = extremes(&plot, n, |i| Some(a[i]));
    let b_up = extremes(&plot, n, |i| (b[i] >= 0.0).then(|| a[i] + b[i]));
    let b_down = extremes(&plot, n, |i| (b[i] < 0.0).then_some(b[i]));
    let b_base = extremes(&plot, n, |i| (b[i] >= 0.0).then_some(a[i]));
    let rect_at = |col: usize, color, top: f64, bottom: f64| {
        drawn.iter().any(|r| {
            r.fill == color
                && column_of(&plot, r.x + r.w / 2.0) == col
                && close(r.y, plot.y_of(top))
                && close(r.y + r.h, plot.y_of(bottom))
        })
    };
    for col in 0..cols {
        if a_up[col].0 > a_up[col].1 {
            continue;
        }
        assert!(rect_at(col, ca, a_up[col].1, 0.0), "a's pile in column {col}");
        if b_up[col].0 <= b_up[col].1 {
            assert!(rect_at(col, cb, b_up[col].1, b_base[col].0), "b's pile in column {col}");
        }
        if b_down[col].0 <= b_down[col].1 {
            assert!(rect_at(col, cb, 0.0, b_down[col].0), "b's downward pile in column {col}");
        }
    }
    // Drawn last series first: a's rect covers b's where they overlap, so each boundary shows
    // at its column's highest point.
    let in_plot = |r: &&&Rect| r.y >= plot.area.y - 0.5 && r.y + r.h <= plot.area.bottom() + 0.5;
    let marks: Vec<_> = drawn.iter().filter(in_plot).collect();
    let first_a = marks.iter().position(|r| r.fill == ca).unwrap();
    let last_b = marks.iter().rposition(|r| r.fill == cb).unwrap();
    assert!(last_b < first_a);
    // Hover still names real stacks: one position per column at most, each a category in it.
    let hit = &scene.plots[0];
    assert!(hit.xs.len() <= cols);
    for (p, &x) in hit.xs.iter().enumerate() {
        assert!(close(plot.x_of(hit.data_index(p)), x));
    }
}

#[test]
fn combo_bars_and_line_of_a_million_values_are_drawn_per_column() {
    let n = 500_000;
    let (bars, line) = (wave(n, 0.0), wave(n, 5.0));
    let chart = r#"{"type": "combo", "y2": {"unit": "%"}, "series": [
        {"name": "a", "values": [0]}, {"name": "b", "mark": "line", "axis": "right", "values": [0]}]}"#;
    let (model, scene, plot) = build(chart, vec![bars.clone(), line]);
    let cols = columns(&plot);
    let drawn = rects(&scene);
    assert!(drawn.len() <= 2 * cols + 100, "{} rects", drawn.len());
    assert!(vertices(&scene) <= 4 * cols + 200, "{} vertices", vertices(&scene));
    let infographic::model::ChartModel::Xy(xy) = &model.charts[0] else { panic!("an xy chart") };
    let color = Theme::light().series_color(xy.series[0].slot);
    for (col, (_, hi)) in extremes(&plot, n, |i| Some(bars[i])).into_iter().enumerate() {
        let found = drawn.iter().any(|r| {
            r.fill == color && column_of(&plot, r.x + r.w / 2.0) == col && close(r.y, plot.y_of(hi))
        });
        assert!(found, "the highest bar of column {col}");
    }
}

#[test]
fn a_highlighted_category_stands_out_among_a_hundred_thousand_bars() {
    let n = 100_000;
    let chart = r#"{"type": "bar", "highlight": "c4242", "x": {"categories": ["c"]},
        "series": [{"name": "a", "values": [0]}]}"#;
    let categories = (0..n).map(|i| format!("\"c{i}\"")).collect::<Vec<_>>().join(",");
    let chart = chart.replace(r#"["c"]"#, &format!("[{categories}]"));
    let values = wave(n, 0.0);
    let (model, scene, plot) = build(&chart, vec![values.clone()]);
    let infographic::model::ChartModel::Xy(xy) = &model.charts[0] else { panic!("an xy chart") };
    let accent = Theme::light().series_color(xy.series[0].slot);
    let drawn = rects(&scene);
    assert!(drawn.len() <= 2 * columns(&plot) + 100);
    let accented: Vec<_> = drawn.iter().filter(|r| r.fill == accent).collect();
    assert_eq!(accented.len(), 1, "only the highlighted bar keeps the series colour");
    let r = accented[0];
    assert!(r.w >= 1.0 && close(r.y, plot.y_of(values[4242])));
    assert!((r.x + r.w / 2.0 - plot.x_of(4242)).abs() <= 0.5);
}

#[test]
fn an_annotated_million_point_line_places_its_labels_off_the_data() {
    let n = 1_000_000;
    // Data in the lower half; a quiet band of room above.
    let values: Vec<f64> = wave(n, 0.0).into_iter().map(|v| v.min(30.0)).collect();
    let chart = r#"{"type": "line", "y": {"max": 60}, "series": [{"name": "a", "values": [0]}],
        "annotations": [{"type": "line", "y": 45, "label": "target"},
                        {"type": "point", "x": 600000, "label": "this one"}]}"#;
    let (_, _, plot) = build(chart, vec![values.clone()]);
    assert_eq!(plot.annotations.len(), 2);
    let top_of_data = plot.y_of(30.0);
    for placed in &plot.annotations {
        let label = placed.label.expect("a placed label");
        assert!(label.bottom() <= top_of_data, "{label:?} covers the line");
    }
}

#[test]
fn a_long_axis_of_numbered_bars_is_labelled_at_round_steps_with_grouped_digits() {
    let (_, scene, plot) = build(
        r#"{"type": "bar", "title": "t", "series": [{"name": "a", "values": [0]}]}"#,
        vec![wave(200_000, 0.0)],
    );
    let below = plot.area.bottom();
    let labels: Vec<String> = scene
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Text(t) if t.y > below && t.y < below + 30.0 => Some(t.text.clone()),
            _ => None,
        })
        .collect();
    assert!(labels.len() >= 3, "{labels:?}");
    let numbers: Vec<usize> = labels.iter().map(|l| l.replace(',', "").parse().unwrap()).collect();
    let step = numbers[1] - numbers[0];
    assert_eq!(numbers[0], 0, "{labels:?}");
    assert!(
        [1, 2, 5].iter().any(|m| (0..7).any(|k| m * 10_usize.pow(k) == step)),
        "a round step: {labels:?}"
    );
    assert!(numbers.iter().all(|n| n % step == 0), "{labels:?}");
    assert!(labels.iter().any(|l| l.contains(',')), "grouped digits: {labels:?}");
}
