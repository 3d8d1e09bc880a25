//! Colours and type sizes, in a light and a dark theme. The palettes are colour-blind safe (Okabe–Ito
//! hues: darkened for the light background, lightened for the dark one) and every colour holds at least
//! 3:1 against its background (WCAG 1.4.11 for graphics), text at least 4.5:1 (WCAG 1.4.3).
//! `tests/theme.rs` checks both themes.
//!
//! Which theme a widget uses is the spec's [`ThemeChoice`]; resolving `Auto` needs the reader's
//! `prefers-color-scheme`, which the browser layer passes in as a plain bool.

use crate::paint::{Color, Family};
use crate::spec::ThemeChoice;

/// CSS font stack for Chinese text: Chinese system fonts first (macOS, Windows, Android/Linux Noto),
/// then sans-serif. Canvas and SVG both take it verbatim, so the single quotes matter (SVG attributes
/// use double quotes).
pub const CJK_FONTS: &str =
    "'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC',\
'Source Han Sans SC','Noto Sans SC','WenQuanYi Micro Hei',system-ui,sans-serif";

/// CSS font stack for English text: Latin system fonts first, so “quotes” and apostrophes are not the
/// full-width glyphs of a CJK font; Chinese words inside English text fall back to the CJK fonts.
pub const LATIN_FONTS: &str = "system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,\
'Noto Sans','Liberation Sans','PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif";

pub fn font_stack(family: Family) -> &'static str {
    match family {
        Family::Cjk => CJK_FONTS,
        Family::Latin => LATIN_FONTS,
    }
}

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

/// The light palette's hues in the same order, lightened for a dark background, so series 0 is blue,
/// series 1 vermillion, … in both themes and a reader switching themes keeps track of each line.
const DARK_PALETTE: [Color; 6] = [
    Color::hex(0x56B4E9), // sky blue (Okabe–Ito's own light blue)
    Color::hex(0xF28E52), // vermillion, lightened
    Color::hex(0x36C2A5), // bluish green, lightened
    Color::hex(0xD38AC8), // reddish purple, lightened
    Color::hex(0xA6A6A6), // grey
    Color::hex(0xDDB044), // ochre, lightened
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

    /// A charcoal background with a hint of newsroom navy rather than pure black: pure black behind
    /// near-white text makes thin strokes and CJK glyphs shimmer (halation) on many screens.
    pub fn dark() -> Theme {
        Theme {
            background: Color::hex(0x16181C),
            text: Color::hex(0xE8E8E8),
            muted: Color::hex(0x9DA3AB),
            // Just visible (about 1.3:1, like the light theme's grid on white): the grid guides the
            // eye without competing with the data.
            grid: Color::hex(0x2C3036),
            axis: Color::hex(0x8A9099),
            rule: Color::hex(0xE8E8E8),
            // The same red-is-up convention as the light theme, lightened to stay readable as text.
            up: Color::hex(0xFF7B6E),
            down: Color::hex(0x3FC79E),
            palette: &DARK_PALETTE,
        }
    }

    /// The theme a spec asks for; `prefers_dark` is the reader's `prefers-color-scheme: dark`, used only
    /// by [`ThemeChoice::Auto`].
    pub fn for_choice(choice: ThemeChoice, prefers_dark: bool) -> Theme {
        match choice {
            ThemeChoice::Light => Theme::light(),
            ThemeChoice::Dark => Theme::dark(),
            ThemeChoice::Auto if prefers_dark => Theme::dark(),
            ThemeChoice::Auto => Theme::light(),
        }
    }

    pub fn series_color(&self, index: usize) -> Color {
        self.palette[index % self.palette.len()]
    }
}
