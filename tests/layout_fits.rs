//! At every width from a 320 px phone to a 1400 px desktop, for every good spec (the demo stories and
//! the test fixtures), no two pieces of text overlap, no text leaves the widget, and no two plots or
//! KPI tiles share space.

use infographic::layout::Bounds;
use infographic::model::Model;
use infographic::paint::{Anchor, Item, Region, RegionKind};
use infographic::scene::Scene;
use infographic::spec::parse_str;

mod support;

use support::draw;

use support::fits::{scene_text_problems, text_boxes};

const WIDTHS: [f64; 10] = [320.0, 360.0, 375.0, 414.0, 480.0, 600.0, 768.0, 1024.0, 1280.0, 1400.0];

fn good_specs() -> Vec<(String, String)> {
    let specs =
        support::corpus::spec_texts(&["www/specs", "tests/fixtures/good", "tests/fixtures/render"]);
    assert!(specs.len() >= 5, "the corpus is there");
    specs
}

fn scene_at(text: &str, width: f64) -> Scene {
    let spec = parse_str(text).unwrap_or_else(|e| panic!("good spec has errors: {e:?}"));
    draw::scene(&Model::new(&spec), width)
}

fn region_bounds(r: &Region) -> Bounds {
    Bounds { x: r.x, y: r.y, w: r.w, h: r.h }
}

#[test]
fn no_text_overlaps_or_leaves_the_widget_at_any_width() {
    let mut failures = Vec::new();
    for (name, text) in good_specs() {
        for width in WIDTHS {
            let scene = scene_at(&text, width);
            assert!(scene.height.is_finite() && scene.height > 0.0);
            failures.extend(scene_text_problems(&format!("{name} @{width}"), &scene));
        }
    }
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn plots_and_tiles_never_share_space() {
    for (name, text) in good_specs() {
        for width in WIDTHS {
            let scene = scene_at(&text, width);
            let areas: Vec<&Region> = scene
                .regions
                .iter()
                .filter(|r| matches!(r.kind, RegionKind::Plot { .. } | RegionKind::Tile { .. }))
                .collect();
            for (i, a) in areas.iter().enumerate() {
                assert!(a.w > 0.0 && a.h > 0.0, "{name} @{width}: empty {:?}", a.kind);
                assert!(
                    a.x >= 0.0 && a.x + a.w <= scene.width + 0.5,
                    "{name} @{width}: {:?} outside",
                    a.kind
                );
                for b in &areas[i + 1..] {
                    assert!(
                        !region_bounds(a).overlaps(&region_bounds(b)),
                        "{name} @{width}: {:?} overlaps {:?}",
                        a.kind,
                        b.kind
                    );
                }
            }
        }
    }
}

#[test]
fn text_never_sits_on_top_of_another_charts_plot() {
    for (name, text) in good_specs() {
        for width in WIDTHS {
            let scene = scene_at(&text, width);
            let plots: Vec<Bounds> = scene
                .regions
                .iter()
                .filter(|r| matches!(r.kind, RegionKind::Plot { .. }))
                .map(region_bounds)
                .collect();
            for (label, b) in text_boxes(&scene) {
                let touching = plots.iter().filter(|p| p.overlaps(&b)).count();
                assert!(touching <= 1, "{name} @{width}: {label:?} spans two plots");
            }
        }
    }
}

/// Category labels wrap at spaces (and between CJK characters), never inside a word or a number: on
/// a phone, eleven years that do not fit side by side are thinned ("1955", "1965", …), not broken into
/// "195" over "5", which reads as two labels.
#[test]
fn category_labels_never_break_inside_a_word() {
    let years: Vec<String> = (1955..=2005).step_by(5).map(|y| y.to_string()).collect();
    let countries = ["China", "India", "United States", "Indonesia", "Brazil", "Pakistan"];
    let spec = format!(
        r#"{{"version": 1, "locale": "en", "charts": [
            {{"type": "line", "x": {{"categories": {years:?}}},
              "series": [{{"name": "a", "values": {values:?}}}]}},
            {{"type": "bar", "x": {{"categories": {countries:?}}},
              "series": [{{"name": "b", "values": [1, 2, 3, 4, 5, 6]}}]}}]}}"#,
        values = (0..years.len()).collect::<Vec<_>>(),
    );
    let words: Vec<&str> = countries.iter().flat_map(|c| c.split(' ')).collect();
    for width in WIDTHS {
        let scene = scene_at(&spec, width);
        // The texts in the three lines under each plot: its category labels.
        let plots: Vec<Bounds> = scene
            .regions
            .iter()
            .filter(|r| matches!(r.kind, RegionKind::Plot { .. }))
            .map(region_bounds)
            .collect();
        let texts: Vec<String> = scene
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Text(t) if t.anchor == Anchor::Middle => Some(t),
                _ => None,
            })
            .filter(|t| plots.iter().any(|p| t.y >= p.bottom() && t.y < p.bottom() + 60.0))
            .map(|t| t.text.clone())
            .collect();
        let year_labels: Vec<&String> = texts.iter().filter(|t| years.contains(t)).collect();
        assert!(year_labels.len() >= 2, "@{width}: year labels {year_labels:?}");
        for t in &texts {
            let digits = !t.is_empty() && t.chars().all(|c| c.is_ascii_digit());
            assert!(!digits || t.len() == 4, "@{width}: a year broken into {t:?}");
            // A piece of a country name must be a whole word of it (or cut with "…").
            if let Some(whole) = countries.iter().find(|c| {
                c.contains(t.as_str()) && !c.starts_with(t.as_str()) || c.starts_with(t.as_str())
            }) {
                assert!(
                    t.as_str() == *whole
                        || t.ends_with('…')
                        || t.split(' ').all(|w| words.contains(&w)),
                    "@{width}: {t:?} breaks a word of {whole:?}"
                );
            }
        }
    }
}
