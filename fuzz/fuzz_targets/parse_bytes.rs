//! Arbitrary bytes → UTF-8 → parse → decode → model → layout → scene → render (recorder, SVG) →
//! descriptions and CSV. Seeded with the example specs (`scripts/fuzz` copies them into the corpus).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    infographic_fuzz::pipeline::run_bytes(data);
});
