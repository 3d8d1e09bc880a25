//! Colours and type sizes. One light theme for now; the palette is colour-blind safe (Okabe–Ito hues,
//! darkened where needed) and every colour holds at least 3:1 against the background (WCAG 1.4.11
//! for graphics), text at least 4.5:1 (WCAG 1.4.3). `tests/theme.rs` checks both.

use crate::scene::Color;

/// CSS font stack: Chinese system fonts first (macOS, Windows, Android/Linux Noto), then sans-serif.
/// Canvas and SVG both take it verbatim, so the single quotes matter (SVG attributes use double quotes).
pub const FONT_FAMILY: &str =
    "'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC',\
'Source Han Sans SC','Noto Sans SC','WenQuanYi Micro Hei',system-ui,sans-serif";

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub background: Color,
    /// Titles, KPI numbers.
    pub text: Color,
    /// Subtitles, labels, notes, source.
    pub muted: Color,
    pub grid: Color,
    /// The zero line and the x-axis baseline.
    pub axis: Color,
    /// The rule above each KPI tile.
    pub rule: Color,
    pub up: Color,
    pub down: Color,
    pub palette: &'static [Color],
}

const PALETTE: [Color; 6] = [
    Color::hex(0x0072B2), // blue
    Color::hex(0xC85200), // vermillion, darkened for contrast
    Color::hex(0x00806A), // bluish green, darkened
    Color::hex(0x8E4585), // reddish purple, darkened
    Color::hex(0x6A6A6A), // grey
    Color::hex(0x9A6A00), // ochre (Okabe–Ito orange, darkened)
];

impl Theme {
    pub fn light() -> Theme {
        Theme {
            background: Color::hex(0xFFFFFF),
            text: Color::hex(0x1A1A1A),
            muted: Color::hex(0x595959),
            grid: Color::hex(0xE3E3E3),
            axis: Color::hex(0x333333),
            rule: Color::hex(0x1A1A1A),
            // Chinese readers read red as "up" (markets), but colour never carries the meaning alone:
            // the arrow and the sign do.
            up: Color::hex(0xB3261E),
            down: Color::hex(0x00735C),
            palette: &PALETTE,
        }
    }

    pub fn series_color(&self, index: usize) -> Color {
        self.palette[index % self.palette.len()]
    }
}
