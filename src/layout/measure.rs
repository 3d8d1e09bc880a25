//! Text measurement is a seam: the browser measures with the canvas (`measureText`), native code and
//! tests with a deterministic estimate. plotters' own wasm measurement inserts a DOM span and unwraps
//! `document.body`, so layout never asks plotters.

use crate::paint::Font;

pub trait TextMeasure {
    /// Advance width of `text` in CSS px when drawn in `font`.
    fn width(&self, text: &str, font: Font) -> f64;
}

/// A deterministic estimate from per-character classes (CJK full width, Latin proportional).
/// Slightly generous, so layouts computed with it leave room when real fonts run a little wider.
#[derive(Debug, Clone, Copy, Default)]
pub struct EstimateMeasure;

impl TextMeasure for EstimateMeasure {
    fn width(&self, text: &str, font: Font) -> f64 {
        let latin = font.family == crate::paint::Family::Latin;
        let ems: f64 = text
            .chars()
            .map(|c| match c {
                // Latin fonts draw these narrow; CJK fonts full width.
                '“' | '”' | '‘' | '’' | '·' if latin => 0.35,
                '…' | '—' if latin => 0.9,
                c => char_em(c),
            })
            .sum();
        let bold = if font.bold { 1.06 } else { 1.0 };
        ems * font.size * bold
    }
}

fn char_em(c: char) -> f64 {
    match c {
        ' ' => 0.28,
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' => 0.3,
        'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '-' => 0.38,
        'm' | 'w' | 'M' | 'W' => 0.86,
        '0'..='9' => 0.6,
        '%' => 0.9,
        'A'..='Z' => 0.68,
        c if c.is_ascii() => 0.56,
        c if is_wide(c) => 1.0,
        _ => 0.62,
    }
}

/// East Asian wide characters (CJK ideographs, kana, hangul, full-width forms and punctuation).
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF |
        0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 |
        0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
        || matches!(c, '“' | '”' | '‘' | '’' | '…' | '—' | '·' | '▲' | '▼')
}
