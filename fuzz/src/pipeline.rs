//! The whole pure pipeline on one input, as the widget runs it: text → spec → model (light and dark) →
//! layout and scene at several widths → render into a recording backend (dpr 1 and 3) and SVG →
//! hover/focus marks, screen-reader texts, tooltips and the CSV export.
//!
//! Shared by the fuzz targets (`fuzz/fuzz_targets/`) and by `tests/fuzz_regressions.rs`, which replays
//! every saved crash input through exactly this code. Anything that panics here (including overflow,
//! the invariant checks below and those of the checking recorder, `infographic::testing::Recorder`)
//! is a bug.

use infographic::layout::EstimateMeasure;
use infographic::model::theme::Theme;
use infographic::model::{describe, export, ChartModel, Model, View};
use infographic::paint::Color;
use infographic::render::{self, RenderOptions};
use infographic::scene::{self, interact, Scene};
use infographic::spec::{self, Spec};
use infographic::testing::{finite_geometry, Recorder};

/// Widths that must be clamped or refused gracefully: the layout promises 240..=4000 px whatever it
/// is given.
const ODD_WIDTHS: [f64; 9] =
    [0.0, -1.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 1e308, 239.9, 4000.5, 375.0];

/// Runs raw bytes through everything; bytes that are not UTF-8 stop at the first step, as in the
/// browser (which refuses them before parsing).
pub fn run_bytes(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        run_text(text);
    }
}

/// Runs spec text through everything. The width and the odd cases tried come from the text itself,
/// so a saved input replays exactly.
pub fn run_text(text: &str) {
    let seed = fnv1a(text.as_bytes());
    let value = match spec::parse_json(text) {
        Ok(value) => value,
        Err(diagnostic) => {
            assert!(!diagnostic.message.is_empty(), "a syntax error has a message");
            return;
        }
    };
    let _ = spec::locale_hint(&value);
    match spec::from_json(&value) {
        Ok(spec) => run_spec(&spec, seed),
        Err(diagnostics) => {
            assert!(!diagnostics.is_empty(), "Err carries at least one diagnostic");
            for d in &diagnostics {
                assert!(!d.message.is_empty(), "every diagnostic has a message: {d:?}");
            }
        }
    }
}

/// Everything after decoding, for a valid spec.
pub fn run_spec(spec: &Spec, seed: u64) {
    let _ = export::to_csv(spec);
    let _ = export::file_stem(spec.title.as_deref());

    let model = Model::new(spec);
    // A normal width, derived from the input.
    let width = 240.0 + (seed % 3761) as f64;
    let mut view = View::of(&model, Theme::light(), width);
    let scene = build_and_check(&model, &view);
    render_everywhere(&scene);
    hover_everywhere(&model, &view, &scene, seed);
    describe_everything(&model, &view);

    // An odd width (clamped by layout).
    view.width = ODD_WIDTHS[(seed >> 16) as usize % ODD_WIDTHS.len()];
    let odd_scene = build_and_check(&model, &view);
    Recorder::record(&odd_scene, 1.0);
    view.width = width;

    // The reader hides a series (legend toggle) and the scene is laid out again, as in the widget.
    if seed & 0x100 != 0 {
        for chart in 0..model.charts.len() {
            let _ = view.set_series_visible(&model, chart, (seed >> 24) as usize % 4, false);
        }
        let hidden = build_and_check(&model, &view);
        Recorder::record(&hidden, 2.0);
        describe_everything(&model, &view);
    }

    // The dark theme (the same model in another view).
    view.theme = Theme::dark();
    let dark_scene = build_and_check(&model, &view);
    Recorder::record(&dark_scene, 1.5);
}

fn build_and_check(model: &Model, view: &View) -> Scene {
    let scene = scene::build(model, view, &EstimateMeasure);
    check_scene(&scene);
    scene
}

/// What any scene must be: a size a canvas can have, and geometry a canvas can draw. NaN or ∞ in an
/// item would be silently dropped by the canvas (a blank chart) or wreck the SVG.
fn check_scene(scene: &Scene) {
    assert!((240.0..=4000.0).contains(&scene.width), "width {} outside 240..=4000", scene.width);
    assert!(scene.height.is_finite() && scene.height > 0.0, "height {}", scene.height);
    for item in &scene.items {
        assert!(finite_geometry(item), "non-finite geometry in {item:?}");
    }
    for region in &scene.regions {
        let r = [region.x, region.y, region.w, region.h];
        assert!(r.iter().all(|v| v.is_finite()), "non-finite region {region:?}");
    }
}

fn render_everywhere(scene: &Scene) {
    Recorder::record(scene, 1.0);
    Recorder::record(scene, 3.0);
    let svg = render::svg::to_svg(scene);
    assert!(svg.starts_with("<svg"), "SVG output starts with <svg");
}

/// Pointer and keyboard focus over every plot: left edge, right edge, a spot from the seed, outside.
fn hover_everywhere(model: &Model, view: &View, scene: &Scene, seed: u64) {
    let ink = Color::rgb(0, 0, 0);
    for plot in &scene.plots {
        let a = &plot.area;
        let xs = [a.x, a.x + a.w, a.x + a.w * ((seed % 101) as f64 / 100.0), a.x - 1e6, f64::NAN];
        for x in xs {
            let _ = interact::plot_at(scene, x, a.y + a.h / 2.0);
            if let Some(index) = interact::nearest_index(plot, x) {
                let focused = plot.series.first().map(|s| s.series);
                let marks = interact::focus_marks(plot, index, focused, ink, scene.background);
                let _ = render::draw_items(
                    &marks,
                    &mut Recorder::sized(scene, 2.0),
                    RenderOptions::default(),
                );
                let _ = describe::tooltip(model, view, plot.chart, index);
                let _ = describe::announce_point(model, plot.chart, 0, index);
            }
        }
        // Out of range: must say None, not panic.
        let _ = interact::focus_marks(plot, usize::MAX, None, ink, scene.background);
        let _ = describe::tooltip(model, view, plot.chart, usize::MAX);
        let _ = describe::announce_point(model, plot.chart, usize::MAX, 0);
    }
}

/// Screen-reader name, summary and table of every chart; tooltips of every position of xy charts.
fn describe_everything(model: &Model, view: &View) {
    for chart in 0..model.charts.len() + 1 {
        let _ = describe::chart_name(model, chart);
        let _ = describe::summary(model, view, chart);
        if let Some(table) = describe::data_table(model, chart) {
            for row in &table.rows {
                assert_eq!(row.len(), table.headers.len(), "a table row has a cell per header");
            }
        }
        if let Some(ChartModel::Xy(xy)) = model.charts.get(chart) {
            // Every position for short charts; a sample of long ones (the widget asks one at a time).
            let step = (xy.len / 64).max(1);
            for index in (0..xy.len).step_by(step).chain([xy.len.saturating_sub(1), xy.len]) {
                let _ = describe::tooltip(model, view, chart, index);
                for series in 0..xy.series.len().min(8) {
                    let _ = describe::announce_point(model, chart, series, index);
                }
            }
        }
    }
}

/// FNV-1a: a stable seed from the input, so widths and choices replay exactly.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}
