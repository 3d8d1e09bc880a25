//! Inputs the fuzzer (`fuzz/`, `scripts/fuzz`) found crashing, replayed through the same pipeline the
//! fuzz targets run (`fuzz/src/pipeline.rs`: parse → decode → model → layout → scene → render into a
//! checking recorder and SVG → descriptions and CSV), so a fixed bug stays fixed under `cargo test`
//! without nightly or cargo-fuzz.
//!
//! Every file in `tests/fixtures/fuzz/` is replayed (`every_saved_fuzz_input_runs_clean`); the named
//! tests below say which bug each input found.
#![cfg(not(target_arch = "wasm32"))] // the pipeline draws into `infographic::testing`, native only

#[path = "../fuzz/src/pipeline.rs"]
#[allow(dead_code)]
mod pipeline;
mod support;

use std::path::PathBuf;
use support::corpus;

fn fixture(name: &str) -> PathBuf {
    corpus::root().join("tests/fixtures/fuzz").join(name)
}

fn replay(name: &str) {
    let bytes = std::fs::read(fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    pipeline::run_bytes(&bytes);
}

#[test]
fn every_saved_fuzz_input_runs_clean() {
    // Every file, whatever its name: a crash input is saved as the fuzzer found it.
    let inputs = corpus::files("tests/fixtures/fuzz", None);
    for path in &inputs {
        let bytes = std::fs::read(path).expect("a readable fixture");
        pipeline::run_bytes(&bytes);
    }
    assert!(!inputs.is_empty(), "no fuzz inputs in tests/fixtures/fuzz");
}

/// The example specs go through the fuzz pipeline too: its invariant checks hold on real stories.
#[test]
fn example_specs_pass_the_fuzz_pipeline() {
    for (_, text) in corpus::spec_texts(&["www/specs", "tests/fixtures/good"]) {
        pipeline::run_text(&text);
    }
}

/// Bug: `layout::wrap` made one token per space, so a run of spaces (or ideographic spaces U+3000)
/// grew a line that was re-trimmed and re-measured per space: 100,000 spaces in a title froze the page
/// (quadratic; minutes under the fuzzer). Fixed in `wrap.rs` (`tokens`): a run of spaces is one token.
#[test]
fn wrap_space_run_quadratic() {
    replay("wrap_space_run_quadratic.json");

    // The cost, counted rather than timed (no timing thresholds in tests): the characters handed to
    // the text measure. Quadratic before the fix (about n²/2), linear now.
    use infographic::layout::{EstimateMeasure, TextMeasure};
    use infographic::paint::Font;
    use infographic::testing::wrap;
    use std::cell::Cell;
    struct Counting(Cell<usize>);
    impl TextMeasure for Counting {
        fn width(&self, text: &str, font: Font) -> f64 {
            self.0.set(self.0.get() + text.chars().count());
            EstimateMeasure.width(text, font)
        }
    }
    let n = 100_000;
    for text in [" ".repeat(n), format!("a{}b", " ".repeat(n)), "\u{3000}".repeat(n)] {
        let measure = Counting(Cell::new(0));
        let lines = wrap(&text, Font::regular(12.0), 300.0, &measure);
        assert!(!lines.is_empty());
        let work = measure.0.get();
        assert!(work <= 20 * n, "wrapping {n} spaces measured {work} characters (quadratic?)");
    }
}
