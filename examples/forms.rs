//! Every chart form on huge data: what its scene holds (vertices, rects, items) and how long
//! building it takes (best of N runs; the minimum is steadiest on a busy machine).
//! `cargo run --release --example forms -- 5` (runs).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use infographic::layout::EstimateMeasure;
    use infographic::model::theme::Theme;
    use infographic::model::{Model, View};
    use infographic::paint::Item;
    use infographic::scene;
    use infographic::spec::{from_json, parse_json, Json};
    use std::time::Instant;

    let runs: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(5);
    let wave = |n: usize, phase: f64| -> Vec<f64> {
        (0..n).map(|i| (i as f64 / 977.0 + phase).sin() * 10.0 + 12.0 + (i % 7) as f64).collect()
    };
    // Each `"values": [0]` of the shell is replaced by the next series in `data`, and
    // `"categories": ["c"]` by `cats` categories.
    fn fill(json: &mut Json, data: &mut std::vec::IntoIter<Vec<f64>>, cats: usize) {
        match json {
            Json::Object(fields) => {
                for (key, value) in fields {
                    match key.as_str() {
                        "values" => *value = Json::Numbers(data.next().expect("values").into()),
                        "categories" => {
                            *value = Json::Array(
                                (0..cats).map(|i| Json::String(format!("c{i}"))).collect(),
                            )
                        }
                        _ => fill(value, data, cats),
                    }
                }
            }
            Json::Array(items) => items.iter_mut().for_each(|item| fill(item, data, cats)),
            _ => {}
        }
    }
    let one = r#"[{"name": "a", "values": [0]}]"#;
    let two = r#"[{"name": "a", "values": [0]}, {"name": "b", "values": [0]}]"#;
    let mut cases: Vec<(&str, String, usize, usize)> = vec![
        ("line 1M", format!(r#"{{"type": "line", "series": {one}}}"#), 1, 1_000_000),
        ("bar 1M", format!(r#"{{"type": "bar", "series": {one}}}"#), 1, 1_000_000),
        ("bar 2x500k", format!(r#"{{"type": "bar", "series": {two}}}"#), 2, 500_000),
        (
            "bar stacked 2x500k",
            format!(r#"{{"type": "bar", "stacked": true, "series": {two}}}"#),
            2,
            500_000,
        ),
        (
            "hbar 300 hl",
            format!(
                r#"{{"type": "bar", "horizontal": true, "highlight": "c7",
                 "x": {{"categories": ["c"]}}, "series": {one}}}"#
            ),
            1,
            300,
        ),
        (
            "hbar 100k hl",
            format!(
                r#"{{"type": "bar", "horizontal": true, "highlight": "c7",
                 "x": {{"categories": ["c"]}}, "series": {one}}}"#
            ),
            1,
            100_000,
        ),
        ("area 1M", format!(r#"{{"type": "area", "series": {one}}}"#), 1, 1_000_000),
        (
            "area stacked 2x500k",
            format!(r#"{{"type": "area", "stacked": true, "series": {two}}}"#),
            2,
            500_000,
        ),
        (
            "combo 2x500k",
            r#"{"type": "combo", "y2": {"unit": "%"}, "series": [{"name": "a", "values": [0]},
              {"name": "b", "mark": "line", "axis": "right", "values": [0]}]}"#
                .to_string(),
            2,
            500_000,
        ),
        (
            "line 1M annotated",
            format!(
                r#"{{"type": "line", "series": {one}, "annotations": [
                  {{"type": "line", "y": 20, "label": "target"}},
                  {{"type": "line", "x": 500000, "label": "mid"}},
                  {{"type": "range", "x": [100000, 200000], "label": "band"}},
                  {{"type": "point", "x": 700000, "label": "here"}}]}}"#
            ),
            1,
            1_000_000,
        ),
        (
            "bar 1M annotated",
            format!(
                r#"{{"type": "bar", "series": {one}, "annotations": [
                  {{"type": "line", "y": 20, "label": "target"}},
                  {{"type": "point", "x": 700000, "label": "here"}}]}}"#
            ),
            1,
            1_000_000,
        ),
    ];
    // Small multiples, one panel per letter, in each mark.
    let panels = r#"[{"title": "p", "series": [{"name": "a", "values": [0]}]},
        {"title": "q", "series": [{"name": "a", "values": [0]}]},
        {"title": "r", "series": [{"name": "a", "values": [0]}]},
        {"title": "s", "series": [{"name": "a", "values": [0]}]}]"#;
    for (name, mark) in [
        ("multiples line 4x250k", "line"),
        ("multiples area 4x250k", "area"),
        ("multiples bar 4x250k", "bar"),
    ] {
        let spec = format!(r#"{{"type": "multiples", "mark": "{mark}", "panels": {panels}}}"#);
        cases.push((name, spec, 4, 250_000));
    }
    println!(
        "{:<24} {:>9} {:>8} {:>9} {:>7} {:>8} {:>8} {:>9}",
        "case", "items", "rects", "vertices", "texts", "hits", "height", "scene ms"
    );
    for (name, chart, series, n) in cases {
        let text = format!(r#"{{"version": 1, "locale": "en", "charts": [{chart}]}}"#);
        let mut json = parse_json(&text).unwrap();
        let data: Vec<Vec<f64>> = (0..series).map(|k| wave(n, k as f64)).collect();
        fill(&mut json, &mut data.into_iter(), n);
        let spec = match from_json(&json) {
            Ok(spec) => spec,
            Err(e) => {
                println!("{name:<24} error: {}", e[0].message);
                continue;
            }
        };
        let model = Model::new(&spec);
        let view = View::of(&model, Theme::light(), 1400.0);
        let mut best = f64::INFINITY;
        let mut scene = None;
        for _ in 0..runs {
            let t = Instant::now();
            let s = scene::build(&model, &view, &EstimateMeasure);
            best = best.min(t.elapsed().as_secs_f64() * 1e3);
            scene = Some(s);
        }
        let scene = scene.unwrap();
        let (mut rects, mut vertices, mut texts) = (0, 0, 0);
        for item in &scene.items {
            match item {
                Item::Rect(_) => rects += 1,
                Item::Line(l) => vertices += l.points.len(),
                Item::Polygon(p) => vertices += p.points.len(),
                Item::Text(_) => texts += 1,
                _ => {}
            }
        }
        let hits: usize = scene.plots.iter().map(|p| p.xs.len()).sum();
        println!(
            "{name:<24} {:>9} {rects:>8} {vertices:>9} {texts:>7} {hits:>8} {:>8.0} {best:>9.1}",
            scene.items.len(),
            scene.height
        );
    }
}
