//! Layout with each engine's own text metrics (this file runs in headless Chromium and in headless
//! Firefox): engines may resolve fonts and shape text differently, so the layout must hold with whatever
//! `measureText` returns. At 320…1400 px, light and dark, zh and en: no text box the widget reports
//! overlaps another or leaves the widget. (`tests/layout_fits.rs` checks the same natively with estimated
//! metrics; the e2e layout matrix also covers dpr 2, in Chromium only.)
#![cfg(target_arch = "wasm32")]

use infographic::spec::story::PINGYUAN_JSON;
use infographic::web::mount;
use js_sys::{Reflect, JSON};
use wasm_bindgen_test::*;

mod support;

use support::fits::text_problems;
use support::{host, text_boxes};

wasm_bindgen_test_configure!(run_in_browser);

const EN: &str = include_str!("../www/specs/pingyuan.en.json");
const FORMS: &str = include_str!("../www/specs/pingyuan-forms.json");
const FORMS_EN: &str = include_str!("../www/specs/pingyuan-forms.en.json");
const FORMS_DENSE: &str = include_str!("fixtures/good/forms_dense.json");
// The chart forms on real data: stacked area (zh), ranking with highlight (zh), stacked bars, combo and
// small multiples (en).
const STACKED_AREA: &str = include_str!("../www/specs/us-unemployment-by-industry.json");
const RANKING: &str = include_str!("../www/specs/life-expectancy-ranking.json");
const STACKED_BARS_EN: &str = include_str!("../www/specs/us-population-by-age.en.json");
const COMBO_EN: &str = include_str!("../www/specs/seattle-rain-temperature.en.json");
const MULTIPLES_EN: &str = include_str!("../www/specs/tech-stocks.en.json");
const XY_FORMS_EDGES: &str = include_str!("fixtures/good/forms_edges.json");

#[wasm_bindgen_test]
fn no_text_overlaps_or_leaves_the_widget_in_this_browsers_fonts() {
    let mut problems = Vec::new();
    let specs = [
        ("pingyuan.json", PINGYUAN_JSON),
        ("pingyuan.en.json", EN),
        ("pingyuan-forms.json", FORMS),
        ("pingyuan-forms.en.json", FORMS_EN),
        ("forms_dense.json", FORMS_DENSE),
        ("us-unemployment-by-industry.json", STACKED_AREA),
        ("life-expectancy-ranking.json", RANKING),
        ("us-population-by-age.en.json", STACKED_BARS_EN),
        ("seattle-rain-temperature.en.json", COMBO_EN),
        ("tech-stocks.en.json", MULTIPLES_EN),
        ("forms_edges.json", XY_FORMS_EDGES),
    ];
    for (name, text) in specs {
        for theme in ["light", "dark"] {
            for width in [320, 375, 768, 1024, 1400] {
                let spec = JSON::parse(text).unwrap();
                Reflect::set(&spec, &"theme".into(), &theme.into()).unwrap();
                let el = host(width);
                let chart = mount(&el, spec).unwrap();
                let canvas = support::canvas_in(&el).get_bounding_client_rect();
                let boxes = text_boxes(&chart.text_boxes());
                let at = format!("{name} {theme} @{width}px");
                if boxes.is_empty() {
                    problems.push(format!("{at}: no text drawn"));
                }
                problems.extend(text_problems(&at, &boxes, canvas.width(), canvas.height()));
                chart.destroy();
                el.remove();
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems[..problems.len().min(8)].join("\n"));
}
