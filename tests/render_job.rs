//! The render job (`infographic::job`), stepped with any sequence of budgets, gives what one pass
//! gives: the same checked spec (or the same errors), the same scene and the same screen-reader text
//! (each chart's summary and table) as `Model::new` → `scene::build` → `describe` in one go,
//! for every spec of the corpus (`www/specs/*.json`) and large generated ones (a 1,000,000-point
//! line, a 2 × 500,000 stacked area, 100,000 category bars, long texts with and without a mistake).
//! The budgets come from a seeded generator, so a failure replays.

mod support;

use support::draw;

use infographic::job::{Budget, Context, Progress, RenderJob};
use infographic::layout::EstimateMeasure;
use infographic::model::describe::{data_table, summary, DataTable};
use infographic::model::theme::Theme;
use infographic::model::{Model, View};
use infographic::scene::Scene;
use std::path::Path;

/// What a render shows: the errors (with their paths and spans), or the scene and each chart's summary and table.
#[derive(Debug, PartialEq)]
struct Shown {
    errors: Vec<String>,
    scene: Option<Scene>,
    summaries: Vec<(usize, String)>,
    tables: Vec<(usize, Option<DataTable>)>,
}

/// A tiny xorshift generator: budgets that replay from their seed.
struct Budgets {
    state: u64,
    /// The largest budget of each kind this spec gets (a few dozen steps per stage on average).
    max: Budget,
}

impl Budgets {
    fn below(&mut self, n: usize) -> usize {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        (self.state % n.max(1) as u64) as usize
    }

    /// Mostly up to `max`, a quarter of the time tiny (down to one byte, one value).
    fn pick(&mut self, max: usize) -> usize {
        match self.below(4) {
            0 => 1 + self.below(16),
            _ => 1 + self.below(max),
        }
    }

    fn next(&mut self) -> Budget {
        let max = self.max;
        let text_bytes = self.pick(max.text_bytes);
        let values = self.pick(max.values);
        Budget { text_bytes, values }
    }
}

const WIDTH: f64 = 640.0;

/// The job on `text`, every step given `budget()`; also how many steps it took.
fn staged(text: &str, mut budget: impl FnMut() -> Budget) -> (Shown, usize) {
    let mut shown =
        Shown { errors: Vec::new(), scene: None, summaries: Vec::new(), tables: Vec::new() };
    let (mut spec, mut model, mut steps) = (None, None, 0);
    let mut view = View::unsummed(Theme::light(), WIDTH);
    let mut job = RenderJob::read_text(text.to_string());
    loop {
        steps += 1;
        let mut cx = Context {
            spec: spec.as_ref(),
            model: &mut model,
            view: &mut view,
            laid_out: true,
            measure: &EstimateMeasure,
        };
        match job.step(budget(), &mut cx) {
            Progress::More => {}
            Progress::Checked(checked) => match checked.spec {
                Ok(checked) => {
                    spec = Some(checked);
                    job = job.render();
                }
                Err(errors) => {
                    shown.errors = errors.iter().map(|d| format!("{d:?}")).collect();
                    break;
                }
            },
            Progress::Scene(scene) => shown.scene = Some(scene),
            Progress::Summary { chart, text } => shown.summaries.push((chart, text)),
            Progress::Table { chart, table } => shown.tables.push((chart, table)),
            Progress::Done => break,
        }
    }
    assert!(job.is_done(), "a job that says Done has nothing left");
    (shown, steps)
}

/// The same in one pass, without the job.
fn at_once(text: &str) -> Shown {
    let spec = match infographic::spec::parse_str(text) {
        Ok(spec) => spec,
        Err(errors) => {
            let errors = errors.iter().map(|d| format!("{d:?}")).collect();
            return Shown { errors, scene: None, summaries: Vec::new(), tables: Vec::new() };
        }
    };
    let model = Model::new(&spec);
    let view = draw::view(&model, WIDTH);
    let charts = 0..model.charts.len();
    Shown {
        errors: Vec::new(),
        scene: Some(draw::scene(&model, WIDTH)),
        summaries: charts.clone().map(|c| (c, summary(&model, &view, c))).collect(),
        tables: charts.map(|c| (c, data_table(&model, c))).collect(),
    }
}

/// Checks `text` staged with unlimited budgets and `runs` random sequences against one pass.
/// `valid`: whether the spec checks (else its errors are compared).
fn same_either_way(name: &str, text: &str, valid: bool, max: Budget, runs: u64) {
    let expected = at_once(text);
    assert_eq!(expected.errors.is_empty(), valid, "{name}: {:?}", &expected.errors[..]);
    let (unlimited, fewest) = staged(text, || Budget::UNLIMITED);
    assert!(unlimited == expected, "{name}: the job with no limit differs from one pass");
    for seed in 1..=runs {
        let mut budgets = Budgets { state: 0x9E37_79B9_7F4A_7C15 ^ seed, max };
        let (shown, steps) = staged(text, || budgets.next());
        assert!(shown == expected, "{name}: budgets from seed {seed} give another result");
        // Budgets smaller than the work split it: more steps than with no limit.
        assert!(steps > fewest, "{name}: {steps} steps, against {fewest} with no limit");
    }
}

fn corpus() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/specs");
    let mut specs: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("www/specs")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            (name, std::fs::read_to_string(&path).expect("readable"))
        })
        .collect();
    specs.sort();
    assert!(specs.len() >= 10, "only {} specs in www/specs", specs.len());
    specs
}

#[test]
fn every_corpus_spec_renders_the_same_whatever_the_budgets() {
    let small = Budget { text_bytes: 400, values: 40 };
    for (name, text) in corpus() {
        same_either_way(&name, &text, true, small, 8);
    }
}

fn numbers(n: usize, f: impl Fn(usize) -> String) -> String {
    (0..n).map(f).collect::<Vec<_>>().join(",")
}

fn chart(kind: &str, extra: &str, series: &[(&str, String)]) -> String {
    let series: Vec<String> = series
        .iter()
        .map(|(name, values)| format!(r#"{{"name": "{name}", "values": [{values}]}}"#))
        .collect();
    format!(
        r#"{{"version": 1, "locale": "en", "title": "Large", "charts": [{{"type": "{kind}"{extra},
            "series": [{}]}}]}}"#,
        series.join(",")
    )
}

#[test]
fn a_million_point_line_renders_the_same_whatever_the_budgets() {
    let values = numbers(1_000_000, |i| format!("{}", (i * 7919) % 100 + i / 20_000));
    let text = chart("line", "", &[("Wave", values)]);
    let max = Budget { text_bytes: text.len() / 20, values: 100_000 };
    same_either_way("1,000,000-point line", &text, true, max, 2);
}

#[test]
fn a_large_stacked_area_renders_the_same_whatever_the_budgets() {
    // Stacked and denser than any plot: its extent and its column summaries are staged.
    // A trend, so that every slice of the extent matters.
    let a = numbers(500_000, |i| format!("{}", (i % 97) / 2 + i / 10_000));
    let b = numbers(500_000, |i| {
        if i % 11 == 0 {
            "null".into()
        } else {
            format!("{}", (i % 13) as i32 - 4)
        }
    });
    let text = chart("area", r#", "stacked": true"#, &[("a", a), ("b", b)]);
    let max = Budget { text_bytes: text.len() / 20, values: 100_000 };
    same_either_way("2 × 500,000 stacked area", &text, true, max, 3);
}

#[test]
fn a_hundred_thousand_bars_render_the_same_whatever_the_budgets() {
    let labels = numbers(100_000, |i| format!("\"c{i}\""));
    let values = numbers(100_000, |i| format!("{}", (i * 31) % 1000 + i / 100));
    let extra = format!(r#", "stacked": true, "x": {{"categories": [{labels}]}}"#);
    let text = chart("bar", &extra, &[("one", values.clone()), ("two", values)]);
    let max = Budget { text_bytes: text.len() / 20, values: 20_000 };
    same_either_way("100,000 category bars", &text, true, max, 2);
}

#[test]
fn a_long_text_with_escapes_or_a_mistake_reads_the_same_whatever_the_budgets() {
    let labels = numbers(20_000, |i| format!("\"\\u00e9t\\u00e9 \\\"{i}\\\" 平原\""));
    let values = numbers(20_000, |i| format!("{}.5e-1", i % 300));
    let extra = format!(r#", "note": "{}", "x": {{"categories": [{labels}]}}"#, "注 ".repeat(300));
    let text = chart("line", &extra, &[("Alpha", values.clone())]);
    let max = Budget { text_bytes: text.len() / 20, values: 5_000 };
    same_either_way("long text", &text, true, max, 3);
    // A mistake near the end: the same error, found after many slices.
    let broken = format!("{}, ]", &text[..text.len() - 1]);
    same_either_way("long text with a mistake", &broken, false, max, 3);
    // A spec that parses but does not check: the same diagnostics.
    let wrong = text.replacen("\"line\"", "\"lines\"", 1);
    same_either_way("long text of a wrong spec", &wrong, false, max, 2);
}
