//! Long series: typed-array values (`Json::Numbers`, what a JS `Float64Array` becomes), and the
//! limits that keep a million points cheap: the drawn line has at most a few vertices per pixel
//! column, and hover keeps one position per pixel column that still reaches every peak.

mod support;

use support::draw;

use infographic::model::{ChartModel, Model};
use infographic::paint::Item;
use infographic::scene;
use infographic::spec::{from_json, parse_json, parse_str, Chart, Json, Spec};
use std::rc::Rc;

const SHELL: &str = r#"{"version": 1, "locale": "en", "charts": [
  {"type": "line", "title": "Dense", "series": [{"name": "y", "values": [0]}]}]}"#;

/// The shell spec with its one series' values replaced by `values`.
fn with_values(values: Json) -> Json {
    with_values_in(SHELL, values)
}

/// `shell` (a spec with one `values` field) with that field replaced by `values`.
fn with_values_in(shell: &str, values: Json) -> Json {
    fn replace(json: &mut Json, values: &mut Option<Json>) {
        match json {
            Json::Object(fields) => {
                for (key, value) in fields {
                    if key == "values" {
                        *value = values.take().expect("one values field");
                    } else {
                        replace(value, values);
                    }
                }
            }
            Json::Array(items) => items.iter_mut().for_each(|item| replace(item, values)),
            _ => {}
        }
    }
    let mut json = parse_json(shell).unwrap();
    replace(&mut json, &mut Some(values));
    json
}

fn dense_spec(n: usize, spike_at: usize) -> Spec {
    let values =
        (0..n)
            .map(|i| {
                if i == spike_at {
                    5.0
                } else {
                    (i as f64 / 977.0).sin() * ((i % 13) as f64 / 13.0)
                }
            })
            .collect::<Vec<f64>>();
    from_json(&with_values(Json::Numbers(values.into()))).expect("a valid spec")
}

#[test]
fn typed_values_read_nan_as_a_gap() {
    let spec = from_json(&with_values(Json::Numbers(vec![1.5, f64::NAN, -2.0].into()))).unwrap();
    let infographic::spec::Chart::Line(xy) = &spec.charts[0] else { panic!("a line chart") };
    assert_eq!(xy.series[0].values, vec![Some(1.5), None, Some(-2.0)]);
}

/// The model's series values (in chart order).
fn model_values(model: &Model) -> Vec<&infographic::spec::Values> {
    let ChartModel::Xy(xy) = &model.charts[0] else { panic!("an xy chart") };
    xy.series.iter().map(|s| &s.values).collect()
}

#[test]
fn a_typed_array_is_one_buffer_shared_by_the_json_the_spec_and_the_model() {
    let numbers: Rc<[f64]> = vec![4.0, f64::NAN, 6.0, 5.5].into();
    let spec = from_json(&with_values(Json::Numbers(Rc::clone(&numbers)))).unwrap();
    let Chart::Line(xy) = &spec.charts[0] else { panic!("a line chart") };
    let in_spec = &xy.series[0].values;
    // Decoding checked the buffer in place and kept it: the very allocation the typed array filled.
    assert!(std::ptr::eq(in_spec.as_slice(), &*numbers), "the spec copied the typed array");
    let model = Model::new(&spec);
    let in_model = model_values(&model)[0];
    assert!(in_model.shares_buffer_with(in_spec), "the model copied the spec's values");
    assert_eq!(*in_model, vec![Some(4.0), None, Some(6.0), Some(5.5)]);
}

#[test]
fn values_from_text_are_shared_by_the_spec_and_the_model() {
    let spec = parse_str(
        r#"{"version": 1, "charts": [{"type": "line", "series": [
            {"name": "a", "values": [1, null, 3]}, {"name": "b", "values": [2, 2, null]}]}]}"#,
    )
    .unwrap();
    let Chart::Line(xy) = &spec.charts[0] else { panic!("a line chart") };
    let model = Model::new(&spec);
    for (in_model, s) in model_values(&model).into_iter().zip(&xy.series) {
        assert!(in_model.shares_buffer_with(&s.values), "{} was copied", s.name);
    }
    assert_eq!(xy.series[0].values, vec![Some(1.0), None, Some(3.0)]);
    assert_eq!(xy.series[1].values.get(2), None);
}

#[test]
fn small_multiples_share_their_panels_values_too() {
    let spec = parse_str(
        r#"{"version": 1, "charts": [{"type": "multiples", "mark": "line",
            "x": {"categories": ["2022", "2023"]},
            "panels": [{"title": "甲", "series": [{"name": "a", "values": [1, 2]}]},
                       {"title": "乙", "series": [{"name": "a", "values": [3, null]}]}]}]}"#,
    )
    .unwrap();
    let Chart::Multiples(chart) = &spec.charts[0] else { panic!("small multiples") };
    let model = Model::new(&spec);
    let in_spec = chart.panels.iter().flat_map(|p| &p.series).map(|s| &s.values);
    for (in_model, in_spec) in model_values(&model).into_iter().zip(in_spec) {
        assert!(in_model.shares_buffer_with(in_spec));
    }
}

#[test]
fn typed_values_report_infinity_with_its_path() {
    let errors =
        from_json(&with_values(Json::Numbers(vec![1.0, 2.0, f64::INFINITY].into()))).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].path, "charts[0].series[0].values[2]");
}

#[test]
fn typed_values_at_or_below_zero_on_a_log_scale_are_reported_as_in_an_array() {
    let shell = r#"{"version": 1, "charts": [{"type": "line", "y": {"scale": "log"},
        "series": [{"name": "y", "values": [1, 0, 10, -2]}]}]}"#;
    let from_array = from_json(&parse_json(shell).unwrap()).unwrap_err();
    let typed = Json::Numbers(vec![1.0, 0.0, 10.0, -2.0].into());
    let from_typed = from_json(&with_values_in(shell, typed)).unwrap_err();
    assert_eq!(from_typed, from_array);
    let paths: Vec<&str> = from_typed.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(paths, ["charts[0].series[0].values[1]", "charts[0].series[0].values[3]"]);
    assert!(from_typed[0].message.contains("log scale"), "{from_typed:?}");
}

#[test]
fn typed_values_obey_the_same_limits() {
    let errors = from_json(&with_values(Json::Numbers(Vec::new().into()))).unwrap_err();
    assert_eq!(errors[0].path, "charts[0].series[0].values");
    let too_many = vec![0.0; infographic::spec::limits::MAX_VALUES + 1];
    let errors = from_json(&with_values(Json::Numbers(too_many.into()))).unwrap_err();
    assert!(errors[0].message.contains("1,000,000"), "{errors:?}");
}

#[test]
fn a_million_points_draw_at_most_four_vertices_per_pixel_column() {
    let spec = dense_spec(1_000_000, 123_457);
    let scene = draw::scene(&Model::new(&spec), 800.0);
    let plot_width = scene.plots[0].area.w;
    let vertices: usize = scene
        .items
        .iter()
        .map(|item| match item {
            Item::Line(line) => line.points.len(),
            Item::Polygon(band) => band.points.len(),
            _ => 0,
        })
        .sum();
    assert!(vertices as f64 >= plot_width, "the line is drawn: {vertices} vertices");
    assert!(
        vertices as f64 <= 4.0 * plot_width + 100.0,
        "{vertices} vertices for a plot {plot_width} px wide"
    );
}

#[test]
fn hover_keeps_one_position_per_pixel_column_and_reaches_every_peak() {
    let spike = 123_457;
    let spec = dense_spec(1_000_000, spike);
    let scene = draw::scene(&Model::new(&spec), 800.0);
    let plot = &scene.plots[0];
    assert!(plot.xs.len() as f64 <= plot.area.w.ceil(), "{} positions", plot.xs.len());
    assert!(plot.xs.len() as f64 >= plot.area.w.floor() - 1.0, "every column can be hovered");
    assert_eq!(plot.xs.len(), plot.series[0].points.len());
    assert!(plot.index.windows(2).all(|w| w[0] < w[1]), "positions in data order");
    let at = plot.index.iter().position(|&i| i == spike).expect("the spike is a hover position");
    assert_eq!(plot.data_index(at), spike);
    let x = plot.xs[at];
    assert_eq!(scene::interact::nearest_index(plot, x), Some(at));
}

#[test]
fn a_short_line_keeps_every_value_as_a_position() {
    let spec = dense_spec(300, 1);
    let scene = draw::scene(&Model::new(&spec), 800.0);
    let plot = &scene.plots[0];
    assert_eq!(plot.xs.len(), 300);
    assert!(plot.index.is_empty());
    assert_eq!(plot.data_index(42), 42);
}

/// The outlines of the filled shapes of a scene (a dense line's bands).
fn bands(scene: &scene::Scene) -> Vec<&Vec<(f64, f64)>> {
    let polygons = scene.items.iter().filter_map(|item| match item {
        Item::Polygon(p) => Some(&p.points),
        _ => None,
    });
    polygons.collect()
}

/// The value of every index of `dense_spec`, for checks independent of the scene's own scan.
fn dense_value(i: usize, spike_at: usize) -> f64 {
    if i == spike_at {
        5.0
    } else {
        (i as f64 / 977.0).sin() * ((i % 13) as f64 / 13.0)
    }
}

#[test]
fn a_dense_line_is_one_band_covering_each_pixel_columns_lowest_and_highest_value() {
    let (n, spike) = (200_000, 123_457);
    let spec = dense_spec(n, spike);
    let scene = draw::scene(&Model::new(&spec), 800.0);
    let plot = &scene.plots[0];
    let bands = bands(&scene);
    assert_eq!(bands.len(), 1, "no gaps: one band");
    let band = bands[0];
    // The band is its upper edge left to right, then its lower edge back: a vertex per column each.
    let half = band.len() / 2;
    let (upper, lower) = (&band[..half], &band[half..]);
    let columns = plot.area.w.floor() as usize;
    assert_eq!(upper.len(), columns, "every column has data");
    // x and y of a value, fitted from two hover points (a linear axis), not from the scan.
    let (p, q) = (0, plot.xs.len() - 1);
    let (ip, iq) = (plot.data_index(p), plot.data_index(q));
    let x_of = |i: usize| {
        plot.xs[p] + (plot.xs[q] - plot.xs[p]) * (i as f64 - ip as f64) / (iq - ip) as f64
    };
    let point = |k: usize| plot.series[0].points[k].unwrap();
    let (a, b) = (point(p).1, point(q).1);
    let (va, vb) = (dense_value(ip, spike), dense_value(iq, spike));
    let y_of = |v: f64| a + (b - a) * (v - va) / (vb - va);
    let mut lowest = vec![f64::INFINITY; columns];
    let mut highest = vec![f64::NEG_INFINITY; columns];
    for i in 0..n {
        let col = ((x_of(i) - plot.area.x).floor() as usize).min(columns - 1);
        lowest[col] = lowest[col].min(dense_value(i, spike));
        highest[col] = highest[col].max(dense_value(i, spike));
    }
    for col in 0..columns {
        let top = upper[col].1;
        let bottom = lower[lower.len() - 1 - col].1;
        let (hi, lo) = (y_of(highest[col]), y_of(lowest[col]));
        assert!(
            top <= hi + 0.01 && bottom >= lo - 0.01,
            "column {col}: band {top}..{bottom}, data {hi}..{lo}"
        );
        assert!(bottom - top >= 2.5 - 0.01, "at least the line's width");
    }
    // The spike's column reaches up to it (half the line width above, within the plot).
    let spike_col = ((x_of(spike) - plot.area.x).floor()) as usize;
    let expected = (y_of(5.0) - 1.25).max(plot.area.y);
    assert!((upper[spike_col].1 - expected).abs() < 0.01, "{:?}", upper[spike_col]);
    assert!(upper.iter().all(|&(_, y)| y >= expected - 0.01), "nothing above the spike");
}

#[test]
fn a_dense_line_with_data_in_one_lone_column_still_shows_it_a_pixel_wide() {
    let values = (0..200_000).map(|i| if (100_000..100_010).contains(&i) { 1.0 } else { f64::NAN });
    let spec = from_json(&with_values(Json::Numbers(values.collect()))).expect("a valid spec");
    let scene = draw::scene(&Model::new(&spec), 800.0);
    let bands = bands(&scene);
    assert_eq!(bands.len(), 1);
    let xs: Vec<f64> = bands[0].iter().map(|p| p.0).collect();
    let width = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max)
        - xs.iter().copied().fold(f64::INFINITY, f64::min);
    assert!((width - 1.0).abs() < 1e-9, "a lone column spans its pixel: {:?}", bands[0]);
}

#[test]
fn positions_on_a_long_numeric_x_axis_are_written_with_thousands_separators() {
    let spec = dense_spec(200_000, 1);
    let scene = draw::scene(&Model::new(&spec), 800.0);
    let labels: Vec<&str> = scene
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Text(t) if t.text.chars().all(|c| c.is_ascii_digit() || c == ',') => {
                Some(t.text.as_str())
            }
            _ => None,
        })
        .collect();
    assert!(labels.contains(&"100,000"), "x labels: {labels:?}");
    assert!(!labels.iter().any(|l| l.len() > 3 && !l.contains(',')), "ungrouped: {labels:?}");
}
