//! A column cursor: wraps paragraphs into a box of fixed width, one line after another, top-down.

use super::measure::TextMeasure;
use super::wrap::{wrap_balanced, wrap_without_widow};
use crate::paint::{Anchor, Baseline, Color, Font, Text};

pub struct Flow<'a> {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub leading: f64,
    pub measure: &'a dyn TextMeasure,
    pub out: &'a mut Vec<Text>,
}

impl<'a> Flow<'a> {
    pub fn new(
        x: f64,
        y: f64,
        width: f64,
        leading: f64,
        measure: &'a dyn TextMeasure,
        out: &'a mut Vec<Text>,
    ) -> Self {
        Flow { x, y, width, leading, measure, out }
    }

    /// A paragraph introduced by one of the widget's own words ("注：", "推算：", "数据来源：").
    pub fn prefixed(&mut self, prefix: &str, text: &str, font: Font, color: Color) {
        self.paragraph(&format!("{prefix}{text}"), font, color);
    }

    /// Wraps `text` to the column (without a widow on the last line) and advances the cursor past
    /// it. Empty text takes no space.
    pub fn paragraph(&mut self, text: &str, font: Font, color: Color) {
        let lines = wrap_without_widow(text, font, self.width, self.measure);
        self.lines(lines, font, color);
    }

    /// A heading: wrapped into lines of even length.
    pub fn heading(&mut self, text: &str, font: Font, color: Color) {
        let lines = wrap_balanced(text, font, self.width, self.measure);
        self.lines(lines, font, color);
    }

    fn lines(&mut self, lines: Vec<String>, font: Font, color: Color) {
        if lines.iter().all(|l| l.trim().is_empty()) {
            return;
        }
        for line in lines {
            self.out.push(Text {
                x: self.x,
                y: self.y,
                text: line,
                font,
                color,
                anchor: Anchor::Start,
                baseline: Baseline::Top,
            });
            self.y += line_height(font, self.leading);
        }
    }

    pub fn gap(&mut self, px: f64) {
        self.y += px;
    }
}

pub fn line_height(font: Font, leading: f64) -> f64 {
    (font.size * leading).round()
}

/// A text run at `x, y`: the one constructor every part of the layout uses.
pub(super) fn text(
    x: f64,
    y: f64,
    text: String,
    font: Font,
    color: Color,
    anchor: Anchor,
    baseline: Baseline,
) -> Text {
    Text { x, y, text, font, color, anchor, baseline }
}
