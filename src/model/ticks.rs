//! "Nice" axis ticks: steps of 1, 2, 2.5 or 5 × 10^k covering the data.
//!
//! STUB: signatures agreed; implementation owned by the format/ticks work.
