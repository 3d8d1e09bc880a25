//! Hard but valid specs must render sensibly: every `tests/fixtures/render/*.json` (huge and tiny
//! numbers, single points, gaps, 50 series, very long text, emoji and right-to-left text, control
//! characters) plus specs too big to commit (100,000 categories, a million points), at a phone's and
//! a desktop's width: no panic, every coordinate finite, no text outside the widget or on top of other
//! text, and every line or bar chart draws something in its plot.

#![cfg(not(target_arch = "wasm32"))]

use infographic::model::Model;
use infographic::paint::{Item, RegionKind};
use infographic::scene::Scene;
use infographic::spec::parse_str;
use infographic::testing::finite_geometry;

mod support;

use support::draw;

use support::corpus;
use support::fits::scene_text_problems;

const WIDTHS: [f64; 2] = [320.0, 1400.0];

fn fixtures() -> Vec<(String, String)> {
    let specs = corpus::spec_texts(&["tests/fixtures/render"]);
    assert!(specs.len() >= 10, "only {} render fixtures", specs.len());
    specs
}

/// 100,000 categories (a bar and a line chart) and a million-point line: built here, not committed.
fn generated() -> Vec<(String, String)> {
    let n = 100_000;
    let categories: Vec<String> = (0..n).map(|i| format!("\"2024-{:05}\"", i)).collect();
    let values: Vec<String> = (0..n).map(|i| ((i * 37) % 1000).to_string()).collect();
    let many = format!(
        r#"{{"version": 1, "title": "100,000 categories", "charts": [
            {{"type": "bar", "x": {{"categories": [{c}]}}, "series": [{{"name": "A", "values": [{v}]}}]}},
            {{"type": "line", "x": {{"categories": [{c}]}}, "series": [{{"name": "A", "values": [{v}]}}, {{"name": "B", "values": [{v}]}}]}}]}}"#,
        c = categories.join(","),
        v = values.join(",")
    );
    let points: Vec<String> = (0..1_000_000).map(|i| (i % 977).to_string()).collect();
    let million = format!(
        r#"{{"version": 1, "charts": [{{"type": "line", "series": [{{"name": "A", "values": [{}]}}]}}]}}"#,
        points.join(",")
    );
    vec![("100k categories".into(), many), ("1M points".into(), million)]
}

fn check(name: &str, scene: &Scene, failures: &mut Vec<String>) {
    let width = scene.width;
    if !(scene.height.is_finite() && scene.height > 0.0) {
        failures.push(format!("{name} @{width}: height {}", scene.height));
        return;
    }
    for item in &scene.items {
        if let Item::Text(t) = item {
            if t.text.chars().any(char::is_control) {
                failures.push(format!("{name} @{width}: control character in {:?}", t.text));
            }
        }
        if !finite_geometry(item) {
            failures.push(format!("{name} @{width}: non-finite item {item:?}"));
        }
    }
    failures.extend(scene_text_problems(&format!("{name} @{width}"), scene));
    // Every plot shows a mark (a line, a point or a bar) inside it.
    for plot in scene.regions.iter().filter(|r| matches!(r.kind, RegionKind::Plot { .. })) {
        let inside = |x: f64, y: f64| {
            x >= plot.x - 1.0
                && x <= plot.x + plot.w + 1.0
                && y >= plot.y - 1.0
                && y <= plot.y + plot.h + 1.0
        };
        let marked = scene.items.iter().any(|item| match item {
            Item::Line(l) => l.stroke.width > 2.0 && l.points.iter().all(|p| inside(p.0, p.1)),
            Item::Circle(c) => inside(c.cx, c.cy),
            Item::Polygon(p) => p.points.iter().all(|q| inside(q.0, q.1)),
            Item::Rect(r) => r.h >= 0.0 && inside(r.x, r.y) && inside(r.x + r.w, r.y + r.h),
            Item::Text(_) => false,
        });
        if !marked {
            failures.push(format!("{name} @{width}: nothing drawn in {:?}", plot.kind));
        }
    }
}

fn run(specs: Vec<(String, String)>) {
    let mut failures = Vec::new();
    for (name, text) in specs {
        let spec = match parse_str(&text) {
            Ok(spec) => spec,
            Err(errors) => {
                failures.push(format!("{name}: {errors:?}"));
                continue;
            }
        };
        let model = Model::new(&spec);
        for width in WIDTHS {
            check(&name, &draw::scene(&model, width), &mut failures);
        }
    }
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn hard_fixtures_render_sensibly() {
    run(fixtures());
}

#[test]
fn huge_specs_render_sensibly() {
    run(generated());
}

#[test]
fn huge_values_are_labelled_with_their_true_value() {
    let text = corpus::read(&corpus::root().join("tests/fixtures/render/huge_values.json"));
    let scene = draw::scene(&Model::new(&parse_str(&text).unwrap()), 1400.0);
    let texts: Vec<&str> = scene
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text(t) => Some(t.text.as_str()),
            _ => None,
        })
        .collect();
    assert!(texts.iter().any(|t| t.contains("10³⁰⁸")), "{texts:?}");
}
