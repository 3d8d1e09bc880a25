//! Shared code of the fuzz targets: the pipeline every input goes through, and the structured spec
//! generator. See `fuzz_targets/` and `scripts/fuzz`.

pub mod pipeline;
pub mod structured;
