//! Scene → SVG text through plotters' SVG backend: the same drawing code as the canvas, for native
//! tests, `<noscript>` images and exports.

use super::{draw, RenderOptions};
use crate::scene::Scene;
use plotters::backend::SVGBackend;

/// plotters-svg divides font sizes by this (`font-size = size / 1.24`); we multiply it back so the SVG
/// text matches the canvas.
const SVG_FONT_QUIRK: f64 = 1.24;

pub fn to_svg(scene: &Scene) -> String {
    let mut out = String::new();
    let size = (scene.width.ceil().max(1.0) as u32, scene.height.ceil().max(1.0) as u32);
    {
        let mut backend = SVGBackend::with_string(&mut out, size);
        let options = RenderOptions { scale: 1.0, font_size_factor: SVG_FONT_QUIRK };
        // The SVG backend writes to a String: it cannot fail.
        let _ = draw(scene, &mut backend, options);
    }
    out
}
