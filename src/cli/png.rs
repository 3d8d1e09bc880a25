//! SVG → PNG with resvg, drawing text with the fonts installed on this machine (system fonts, loaded
//! once per process). Chinese needs a CJK font such as Debian's `fonts-noto-cjk`; the scene's font
//! stacks name Noto Sans CJK SC, and resvg falls back to any installed font that has a missing glyph.

use crate::spec::Locale;
use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb};
use std::sync::{Arc, OnceLock};

/// Generic `sans-serif` (the last name of every stack): the first of these that is installed.
const SANS_SERIF: [&str; 6] = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans",
    "Liberation Sans",
    "DejaVu Sans",
    "Arial",
];

fn system_fonts() -> Arc<fontdb::Database> {
    static FONTS: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = fontdb::Database::new();
            db.load_system_fonts();
            let installed = |family: &str| {
                db.faces().any(|face| face.families.iter().any(|(name, _)| name == family))
            };
            if let Some(family) = SANS_SERIF.into_iter().find(|f| installed(f)) {
                db.set_sans_serif_family(family);
            }
            Arc::new(db)
        })
        .clone()
}

/// Rasterizes `svg` at `scale` device pixels per CSS px.
pub fn svg_to_png(svg: &str, scale: f32, locale: Locale) -> Result<Vec<u8>, String> {
    let options = usvg::Options {
        fontdb: system_fonts(),
        // Picks the Chinese forms of Han characters when a fallback font has several.
        languages: vec![locale.name().to_string()],
        ..usvg::Options::default()
    };
    let tree =
        usvg::Tree::from_str(svg, &options).map_err(|e| format!("cannot read the SVG: {e}"))?;
    let size = tree.size();
    let width = (size.width() * scale).ceil() as u32;
    let height = (size.height() * scale).ceil() as u32;
    let mut pixmap = Pixmap::new(width, height)
        .ok_or_else(|| format!("cannot make a {width}×{height} px image"))?;
    resvg::render(&tree, Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("cannot encode the PNG: {e}"))
}
