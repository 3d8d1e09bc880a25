//! Our own `BackendTextStyle`: it carries family, size, weight, colour and anchor to backends that draw
//! text themselves (canvas, SVG), without plotters' font subsystem (which on wasm measures through a DOM
//! span). Backends that rasterise glyphs themselves (bitmaps) are not supported, by design.

use crate::paint::{Anchor, Baseline};
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendTextStyle, FontFamily, FontStyle};

pub struct TextStyle {
    pub family: &'static str,
    pub size: f64,
    pub bold: bool,
    pub color: BackendColor,
    pub anchor: Anchor,
    pub baseline: Baseline,
}

#[derive(Debug)]
pub struct NoGlyphs;

impl std::fmt::Display for NoGlyphs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("this backend rasterises glyphs itself; infographic only targets backends that draw text")
    }
}

impl std::error::Error for NoGlyphs {}

impl BackendTextStyle for TextStyle {
    type FontError = NoGlyphs;

    fn color(&self) -> BackendColor {
        self.color
    }

    fn size(&self) -> f64 {
        self.size
    }

    fn style(&self) -> FontStyle {
        if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }

    fn anchor(&self) -> Pos {
        let h = match self.anchor {
            Anchor::Start => HPos::Left,
            Anchor::Middle => HPos::Center,
            Anchor::End => HPos::Right,
        };
        let v = match self.baseline {
            Baseline::Top => VPos::Top,
            Baseline::Middle => VPos::Center,
            Baseline::Bottom => VPos::Bottom,
        };
        Pos::new(h, v)
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(self.family)
    }

    fn layout_box(&self, _text: &str) -> Result<((i32, i32), (i32, i32)), NoGlyphs> {
        Err(NoGlyphs)
    }

    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, NoGlyphs> {
        Err(NoGlyphs)
    }
}
