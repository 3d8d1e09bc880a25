//! Normalisation of a spec into what layout needs: resolved colours, the widget's words in the spec's
//! locale, formatted KPI numbers, and per-chart data extents. No pixels here: sizes belong to layout.

pub mod annotate;
pub mod describe;
pub mod export;
mod export_statements;
pub mod format;
mod normalize;
pub mod stack;
pub mod statement_words;
pub mod statements;
pub mod stats;
pub mod theme;
pub mod ticks;
pub mod time_ticks;
pub mod units;
pub mod words;
mod xy_variants;
pub mod y_scale;

pub use normalize::*;
