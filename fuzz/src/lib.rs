//! Shared code of the fuzz targets: the pipeline every input goes through, the structured spec
//! generator, and serde_json as the reference for our JSON text parser. See `fuzz_targets/` and
//! `scripts/fuzz`.

pub mod json_reference;
pub mod pipeline;
pub mod structured;
