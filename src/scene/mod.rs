//! The scene: a display list in CSS pixels (rects, polylines, circles, plain-text runs) plus named regions.
//!
//! It is what every renderer draws (canvas, SVG, a recorder in tests) and, later, what hover and keyboard
//! focus work on. It holds no fonts, no DOM and no spec: only geometry, colours and strings.

mod annotate;
mod area;
mod bar;
mod build;
mod clip;
mod dense;
mod hbar;
mod hit;
pub mod interact;
mod items;
mod line;
pub(crate) mod prepare;
mod style;

pub use build::{build, build_prepared};
pub use dense::decimate;
pub use items::*;
