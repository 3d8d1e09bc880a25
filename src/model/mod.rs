//! Normalisation of a spec into what layout needs: the widget's words in the spec's locale,
//! formatted KPI numbers, per-chart data extents; and the [`View`] it is laid out with (theme,
//! width, the series the reader hid). No pixels here: sizes belong to layout.

pub mod annotate;
mod chart_model;
pub mod describe;
pub mod export;
mod export_statements;
pub mod format;
pub mod stack;
pub mod statement_words;
pub mod statements;
pub mod stats;
pub mod theme;
pub mod ticks;
pub mod time_ticks;
pub mod units;
mod view;
pub mod words;
mod xy_variants;
pub mod y_scale;

pub use chart_model::{
    family_of, split_number, Change, ChartModel, Direction, KpiModel, Model, SeriesModel, Tile,
    XyKind, XyModel,
};
pub use view::{View, XyView};
