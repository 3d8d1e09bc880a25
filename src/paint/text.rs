//! Text runs: a positioned plain string in a font of the type scale, with its anchor and baseline.

use super::Color;

#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub x: f64,
    pub y: f64,
    /// Plain text, never markup: every renderer escapes or draws it as glyphs.
    pub text: String,
    pub font: Font,
    pub color: Color,
    pub anchor: Anchor,
    pub baseline: Baseline,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Font {
    pub size: f64,
    pub bold: bool,
    pub family: Family,
}

/// Which font stack a text run uses (see `model::theme::font_stack`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Family {
    /// Chinese fonts first: their Latin glyphs are fine, and punctuation is full width as Chinese wants.
    #[default]
    Cjk,
    /// Latin fonts first, CJK as fallback: English quotes and apostrophes stay narrow.
    Latin,
}

impl Font {
    pub const fn regular(size: f64) -> Font {
        Font { size, bold: false, family: Family::Cjk }
    }
    pub const fn bold(size: f64) -> Font {
        Font { size, bold: true, family: Family::Cjk }
    }
    pub const fn in_family(self, family: Family) -> Font {
        Font { family, ..self }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Baseline {
    Top,
    Middle,
    Bottom,
}
