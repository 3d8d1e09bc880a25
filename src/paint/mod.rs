//! The paint vocabulary: colours, fonts, text runs, marks and hit regions.
//!
//! It sits below every stage: the model picks colours and font families, layout positions text runs
//! and boxes, the per-chart builders emit marks and regions, renderers draw them. It names no other
//! module of the crate, so any stage may use it without an import circle.

mod color;
mod mark;
mod region;
mod text;

pub use color::Color;
pub use mark::{Circle, Item, Polygon, Polyline, Rect, Stroke};
pub use region::{Region, RegionKind};
pub use text::{Anchor, Baseline, Family, Font, Text};
