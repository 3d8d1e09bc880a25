//! Normalisation of a spec into what layout needs: the widget's words in the spec's locale,
//! formatted KPI numbers, per-chart data extents; and the [`View`] it is laid out with (theme,
//! width, the series the reader hid). No pixels here: sizes belong to layout.

pub(crate) mod annotate;
mod chart_model;
pub mod describe;
pub mod export;
mod export_statements;
pub(crate) mod format;
mod normalize;
pub(crate) mod stack;
pub(crate) mod statement_words;
pub(crate) mod statements;
pub(crate) mod stats;
pub mod theme;
pub(crate) mod ticks;
pub(crate) mod time_ticks;
pub(crate) mod units;
mod view;
pub(crate) mod words;
mod xy_variants;
pub(crate) mod y_scale;

pub use chart_model::{
    family_of, Change, ChartModel, KpiModel, Model, SeriesModel, Tile, XyKind, XyModel,
};
pub use format::split_number;
pub use view::{View, XyView};
pub use words::Direction;
