//! The pipeline's stages on one long line, timed as the best of N runs: on a shared, busy machine
//! the minimum is far steadier than criterion's mean (some run gets a whole core).
//! `cargo run --release --example stages -- 1000000 15` (points, runs). The first rows parse spec
//! text of up to 560,000 numbers (~3 MB, near `MAX_SPEC_BYTES`): our parser in one go and in 256 KB
//! steps, and serde_json with the visitor it replaced (the reference of `tests/json_text.rs`).

#[cfg(not(target_arch = "wasm32"))]
#[path = "../fuzz/src/json_reference.rs"]
#[allow(dead_code)]
mod json_reference;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use infographic::layout::{layout, EstimateMeasure};
    use infographic::model::theme::Theme;
    use infographic::model::{Model, View};
    use infographic::scene;
    use infographic::spec::{from_json, parse_json, Json};
    use std::hint::black_box;
    use std::time::Instant;

    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let n = args.first().copied().unwrap_or(1_000_000);
    let runs = args.get(1).copied().unwrap_or(15);
    let values: Vec<f64> =
        (0..n).map(|i| (i as f64 / 977.0).sin() * 100.0 + (i % 13) as f64).collect();
    let shell = r#"{"version": 1, "locale": "en", "charts": [{"type": "line", "title": "Bench",
        "series": [{"name": "y", "values": [1]}]}]}"#;
    let mut json = parse_json(shell).unwrap();
    if let Json::Object(root) = &mut json {
        if let Some((_, Json::Array(charts))) = root.iter_mut().find(|(k, _)| k == "charts") {
            if let Json::Object(chart) = &mut charts[0] {
                if let Some((_, Json::Array(series))) =
                    chart.iter_mut().find(|(k, _)| k == "series")
                {
                    if let Json::Object(s) = &mut series[0] {
                        s.iter_mut().find(|(k, _)| k == "values").unwrap().1 =
                            Json::Numbers(values.clone().into());
                    }
                }
            }
        }
    }
    let best = |name: &str, f: &mut dyn FnMut()| {
        let mut best = f64::INFINITY;
        for _ in 0..runs {
            let t = Instant::now();
            f();
            best = best.min(t.elapsed().as_secs_f64() * 1e3);
        }
        println!("{name:>14} {best:9.3} ms");
    };
    // Numbers as JavaScript's JSON.stringify writes values rounded to cents: "12.34", "-3.1", "7".
    let text_points = n.min(560_000);
    let numbers: Vec<String> =
        values[..text_points].iter().map(|v| ((v * 100.0).round() / 100.0).to_string()).collect();
    let text = shell.replace("[1]", &format!("[{}]", numbers.join(",")));
    println!("text: {} numbers, {} bytes", text_points, text.len());
    best("parse_json", &mut || drop(black_box(parse_json(black_box(&text)).unwrap())));
    best("parse_steps", &mut || {
        let mut parser = infographic::spec::TextParser::new(black_box(text.as_str()));
        while parser.step(256 * 1024).is_none() {}
    });
    best("serde_json", &mut || {
        drop(black_box(json_reference::reference(black_box(&text)).unwrap()))
    });
    let spec = from_json(&json).unwrap();
    let model = Model::new(&spec);
    best("typed_values", &mut || drop(black_box(from_json(black_box(&json)).unwrap())));
    best("model", &mut || drop(black_box(Model::new(black_box(&spec)))));
    let view = View::of(&model, Theme::light(), 1400.0);
    best("view", &mut || drop(black_box(View::of(&model, Theme::light(), 1400.0))));
    best("layout", &mut || drop(black_box(layout(&model, &view, &EstimateMeasure))));
    best("scene", &mut || drop(black_box(scene::build(&model, &view, &EstimateMeasure))));
    best("summary", &mut || {
        drop(black_box(infographic::model::describe::summary(&model, &view, 0)))
    });
    best("data_table", &mut || {
        drop(black_box(infographic::model::describe::data_table(&model, 0)))
    });
    best("decimate", &mut || {
        let x_of = |i: usize| i as f64 * 1400.0 / n as f64;
        drop(black_box(scene::decimate(black_box(&values), x_of, 0.0, 1400)))
    });
}
