//! How each stage of the pipeline grows with the data: parse (JSON text → Spec), typed values
//! (`Json::Numbers` → Spec, the Float64Array path), model, layout, scene building and decimation,
//! at 10 … 10^6 points of one line. Run with `cargo bench --bench pipeline` (see README,
//! "Performance"); every stage should be linear in the points or better.

// criterion is a native dev-dependency: on wasm32 (clippy --all-targets) this is an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{black_box, criterion_group, BenchmarkId, Criterion, Throughput};
    use infographic::layout::{layout, EstimateMeasure};
    use infographic::model::theme::Theme;
    use infographic::model::{Model, View};
    use infographic::scene;
    use infographic::spec::limits::MAX_SPEC_BYTES;
    use infographic::spec::{from_json, parse_json, parse_str, Json};

    const SIZES: [usize; 6] = [10, 100, 1_000, 10_000, 100_000, 1_000_000];
    const WIDTH: f64 = 1400.0;

    fn values(n: usize) -> Vec<f64> {
        (0..n).map(|i| (i as f64 / 977.0).sin() * 100.0 + (i % 13) as f64).collect()
    }

    fn text(n: usize) -> String {
        let numbers: Vec<String> = values(n).iter().map(|v| format!("{v:.3}")).collect();
        format!(
            r#"{{"version": 1, "locale": "en", "charts": [{{"type": "line", "title": "Bench",
            "series": [{{"name": "y", "values": [{}]}}]}}]}}"#,
            numbers.join(",")
        )
    }

    fn typed(n: usize) -> Json {
        let shell = text(1);
        let mut json = parse_json(&shell).unwrap();
        fn put(json: &mut Json, v: &mut Option<Vec<f64>>) {
            match json {
                Json::Object(fields) => fields.iter_mut().for_each(|(k, value)| {
                    if k == "values" {
                        *value = Json::Numbers(v.take().unwrap().into());
                    } else {
                        put(value, v);
                    }
                }),
                Json::Array(items) => items.iter_mut().for_each(|item| put(item, v)),
                _ => {}
            }
        }
        put(&mut json, &mut Some(values(n)));
        json
    }

    fn stages(c: &mut Criterion) {
        let mut group = c.benchmark_group("pipeline");
        group.sample_size(10);
        for n in SIZES {
            group.throughput(Throughput::Elements(n as u64));
            let source = text(n);
            // A million numbers as text exceed MAX_SPEC_BYTES: that size is for typed arrays only.
            if source.len() <= MAX_SPEC_BYTES {
                group.bench_with_input(BenchmarkId::new("parse_text", n), &source, |b, s| {
                    b.iter(|| parse_str(black_box(s)).unwrap())
                });
            }
            let json = typed(n);
            group.bench_with_input(BenchmarkId::new("typed_values", n), &json, |b, j| {
                b.iter(|| from_json(black_box(j)).unwrap())
            });
            let spec = from_json(&json).unwrap();
            group.bench_with_input(BenchmarkId::new("model", n), &spec, |b, s| {
                b.iter(|| Model::new(black_box(s)))
            });
            let model = Model::new(&spec);
            let view = View::of(&model, Theme::light(), WIDTH);
            group.bench_with_input(BenchmarkId::new("layout", n), &model, |b, m| {
                b.iter(|| layout(black_box(m), &view, &EstimateMeasure))
            });
            // Layout, then marks, decimation and hover positions: what a render costs before drawing.
            group.bench_with_input(BenchmarkId::new("scene", n), &model, |b, m| {
                b.iter(|| scene::build(black_box(m), &view, &EstimateMeasure))
            });
            let data: Vec<f64> = values(n);
            group.bench_with_input(BenchmarkId::new("decimate", n), &data, |b, d| {
                let x_of = |i: usize| i as f64 * WIDTH / d.len() as f64;
                b.iter(|| scene::decimate(black_box(d), x_of, 0.0, WIDTH as usize))
            });
        }
        group.finish();
    }

    criterion_group!(benches, stages);
}
