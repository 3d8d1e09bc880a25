//! Scene → any plotters `DrawingBackend`: the canvas in the browser, SVG natively, a recorder in tests.
//!
//! Backends take integer device coordinates, so the scene (CSS px) is scaled by the device pixel ratio
//! *here*, before rounding: at dpr 2 a 0.5 px detail survives, and every line lands on whole device
//! pixels instead of being blurred by a context transform.

mod dash;
pub mod path_data;
pub mod svg;
mod text_style;

use crate::model::theme::font_stack;
use crate::paint::{Circle, Color, Item, Polygon, Polyline, Rect, Stroke, Text};
use crate::scene::Scene;
use plotters_backend::{BackendColor, BackendStyle, DrawingBackend, DrawingErrorKind};
use text_style::TextStyle;

pub use dash::dash_polyline;

#[derive(Debug, Clone, Copy)]
pub struct RenderOptions {
    /// Device pixels per CSS pixel (window.devicePixelRatio in the browser).
    pub scale: f64,
    /// plotters' SVG backend writes `font-size = size / 1.24`; the SVG entry point undoes that.
    pub font_size_factor: f64,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions { scale: 1.0, font_size_factor: 1.0 }
    }
}

type DrawResult<B> = Result<(), DrawingErrorKind<<B as DrawingBackend>::ErrorType>>;

/// Paints the background, then every item in order.
pub fn draw<B: DrawingBackend>(
    scene: &Scene,
    backend: &mut B,
    options: RenderOptions,
) -> DrawResult<B> {
    backend.ensure_prepared()?;
    let (w, h) = backend.get_size();
    backend.draw_rect((0, 0), (w as i32, h as i32), &style(scene.background, 1.0), true)?;
    draw_items(&scene.items, backend, options)
}

/// Paints `items` over whatever the backend holds (the hover overlay: the caller clears it first).
pub fn draw_items<B: DrawingBackend>(
    items: &[Item],
    backend: &mut B,
    options: RenderOptions,
) -> DrawResult<B> {
    let s = if options.scale.is_finite() && options.scale > 0.0 { options.scale } else { 1.0 };
    for item in items {
        match item {
            Item::Rect(r) => rect(backend, r, s)?,
            Item::Line(l) => polyline(backend, l, s)?,
            Item::Circle(c) => circle(backend, c, s)?,
            Item::Text(t) => text(backend, t, s, options.font_size_factor)?,
            Item::Polygon(p) => polygon(backend, p, s)?,
        }
    }
    backend.present()
}

/// CSS px → device px, rounded and kept inside i32 whatever the input.
fn px(v: f64, s: f64) -> i32 {
    let d = (v * s).round();
    if d.is_nan() {
        0
    } else {
        d.clamp(-1.0e9, 1.0e9) as i32
    }
}

struct ShapeStyle {
    color: BackendColor,
    width: u32,
}

impl BackendStyle for ShapeStyle {
    fn color(&self) -> BackendColor {
        self.color
    }
    fn stroke_width(&self) -> u32 {
        self.width
    }
}

fn backend_color(c: Color) -> BackendColor {
    BackendColor { alpha: c.a.clamp(0.0, 1.0), rgb: (c.r, c.g, c.b) }
}

fn style(color: Color, width: f64) -> ShapeStyle {
    ShapeStyle { color: backend_color(color), width: width.round().max(1.0) as u32 }
}

fn rect<B: DrawingBackend>(backend: &mut B, r: &Rect, s: f64) -> DrawResult<B> {
    let (x0, y0) = (px(r.x, s), px(r.y, s));
    let (x1, y1) = (px(r.x + r.w, s), px(r.y + r.h, s));
    if x1 <= x0 || y1 <= y0 {
        return Ok(());
    }
    backend.draw_rect((x0, y0), (x1, y1), &style(r.fill, 1.0), true)
}

fn polyline<B: DrawingBackend>(backend: &mut B, l: &Polyline, s: f64) -> DrawResult<B> {
    let Stroke { color, width, dash } = l.stroke;
    let st = style(color, width * s);
    let device: Vec<(f64, f64)> = l.points.iter().map(|&(x, y)| (x * s, y * s)).collect();
    let pieces = match dash {
        Some((on, off)) => dash_polyline(&device, on * s, off * s),
        None => vec![device],
    };
    for piece in pieces {
        let coords: Vec<(i32, i32)> =
            piece.iter().map(|&(x, y)| (px(x, 1.0), px(y, 1.0))).collect();
        match coords.as_slice() {
            // Two points: draw_line, which canvas backends nudge half a pixel so hairlines stay crisp.
            [a, b] => backend.draw_line(*a, *b, &st)?,
            [] | [_] => {}
            _ => backend.draw_path(coords, &st)?,
        }
    }
    Ok(())
}

fn polygon<B: DrawingBackend>(backend: &mut B, p: &Polygon, s: f64) -> DrawResult<B> {
    if p.points.len() < 3 {
        return Ok(());
    }
    let coords: Vec<(i32, i32)> = p.points.iter().map(|&(x, y)| (px(x, s), px(y, s))).collect();
    backend.fill_polygon(coords, &style(p.fill, 1.0))
}

fn circle<B: DrawingBackend>(backend: &mut B, c: &Circle, s: f64) -> DrawResult<B> {
    let center = (px(c.cx, s), px(c.cy, s));
    let r = (c.r * s).round().max(1.0) as u32;
    if let Some(fill) = c.fill {
        backend.draw_circle(center, r, &style(fill, 1.0), true)?;
    }
    if let Some(stroke) = c.stroke {
        backend.draw_circle(center, r, &style(stroke.color, stroke.width * s), false)?;
    }
    Ok(())
}

fn text<B: DrawingBackend>(backend: &mut B, t: &Text, s: f64, factor: f64) -> DrawResult<B> {
    if t.text.is_empty() {
        return Ok(());
    }
    let style = TextStyle {
        family: font_stack(t.font.family),
        size: t.font.size * s * factor,
        bold: t.font.bold,
        color: backend_color(t.color),
        anchor: t.anchor,
        baseline: t.baseline,
    };
    backend.draw_text(&t.text, &style, (px(t.x, s), px(t.y, s)))
}
