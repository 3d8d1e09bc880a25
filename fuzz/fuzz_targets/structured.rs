//! A valid-shaped spec built by `arbitrary` (edge numbers, thousands of categories, many series, long
//! and strange text), serialised to JSON, then the same pipeline as `parse_bytes`. Reaches layout,
//! ticks and number formatting, which random bytes rarely do.
#![no_main]

use infographic_fuzz::structured::FuzzSpec;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|spec: FuzzSpec| {
    infographic_fuzz::pipeline::run_text(&spec.to_json());
});
