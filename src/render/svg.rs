//! Scene → SVG text through the same drawing code as the canvas, for native tests, `<noscript>`
//! images and exports.
//!
//! [`SvgBackend`] writes what plotters' `SVGBackend` (plotters-svg 0.3.7) wrote, byte for byte
//! (`tests/render_svg.rs` compares the two on every fixture), with the opacity and the font size
//! written by `crate::decimal` instead of `core::fmt`'s float printing, which plotters-svg pulled
//! into the bundle.

use super::{draw, RenderOptions};
use crate::decimal::Shortest;
use crate::scene::Scene;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle, FontTransform,
};
use std::convert::Infallible;
use std::fmt::Write as _;

/// plotters-svg divides font sizes by this (`font-size = size / 1.24`); we multiply it back so the SVG
/// text matches the canvas.
const SVG_FONT_QUIRK: f64 = 1.24;

pub fn to_svg(scene: &Scene) -> String {
    let size = (scene.width.ceil().max(1.0) as u32, scene.height.ceil().max(1.0) as u32);
    let mut backend = SvgBackend::new(size);
    let options = RenderOptions { scale: 1.0, font_size_factor: SVG_FONT_QUIRK };
    // The SVG backend writes to a String: it cannot fail.
    let _ = draw(scene, &mut backend, options);
    backend.finish()
}

/// An SVG document being written: plotters-svg's output, element for element.
pub struct SvgBackend {
    out: String,
    size: (u32, u32),
    /// Elements opened and not yet closed, innermost last.
    open: Vec<&'static str>,
}

type Error = DrawingErrorKind<Infallible>;

fn color_text(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("#{r:02X}{g:02X}{b:02X}")
}

fn opacity(color: BackendColor) -> String {
    Shortest(color.alpha).to_string()
}

fn points(path: impl IntoIterator<Item = BackendCoord>) -> String {
    path.into_iter().fold(String::new(), |mut s, (x, y)| {
        let _ = write!(s, "{x},{y} ");
        s
    })
}

impl SvgBackend {
    /// A document of `size` px, its `<svg>` element opened.
    pub fn new(size: (u32, u32)) -> SvgBackend {
        let mut backend = SvgBackend { out: String::new(), size, open: Vec::new() };
        let (w, h) = size;
        backend.tag(
            "svg",
            &[
                ("width", &w.to_string()),
                ("height", &h.to_string()),
                ("viewBox", &format!("0 0 {w} {h}")),
                ("xmlns", "http://www.w3.org/2000/svg"),
            ],
            false,
        );
        backend
    }

    /// Closes every open element and returns the document.
    pub fn finish(mut self) -> String {
        self.close_all();
        std::mem::take(&mut self.out)
    }

    fn close_all(&mut self) {
        while let Some(name) = self.open.pop() {
            self.out.push_str("</");
            self.out.push_str(name);
            self.out.push_str(">\n");
        }
    }

    fn escape(out: &mut String, value: &str) {
        for c in value.chars() {
            match c {
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '&' => out.push_str("&amp;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&apos;"),
                other => out.push(other),
            }
        }
    }

    /// `<name a="…" …/>` when `close`, else `<name …>` left open.
    fn tag(&mut self, name: &'static str, attrs: &[(&str, &str)], close: bool) {
        self.out.push('<');
        self.out.push_str(name);
        for (key, value) in attrs {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            Self::escape(&mut self.out, value);
            self.out.push('"');
        }
        if close {
            self.out.push_str("/>\n");
        } else {
            self.open.push(name);
            self.out.push_str(">\n");
        }
    }
}

impl DrawingBackend for SvgBackend {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), Error> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), Error> {
        self.close_all();
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), Error> {
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.tag(
            "rect",
            &[
                ("x", &point.0.to_string()),
                ("y", &point.1.to_string()),
                ("width", "1"),
                ("height", "1"),
                ("stroke", "none"),
                ("opacity", &opacity(color)),
                ("fill", &color_text(color)),
            ],
            true,
        );
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), Error> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.tag(
            "line",
            &[
                ("opacity", &opacity(color)),
                ("stroke", &color_text(color)),
                ("stroke-width", &style.stroke_width().to_string()),
                ("x1", &from.0.to_string()),
                ("y1", &from.1.to_string()),
                ("x2", &to.0.to_string()),
                ("y2", &to.1.to_string()),
            ],
            true,
        );
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (fill, stroke) = if fill {
            (color_text(color), "none".to_string())
        } else {
            ("none".to_string(), color_text(color))
        };
        self.tag(
            "rect",
            &[
                ("x", &upper_left.0.to_string()),
                ("y", &upper_left.1.to_string()),
                ("width", &(bottom_right.0 - upper_left.0).to_string()),
                ("height", &(bottom_right.1 - upper_left.1).to_string()),
                ("opacity", &opacity(color)),
                ("fill", &fill),
                ("stroke", &stroke),
            ],
            true,
        );
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), Error> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.tag(
            "polyline",
            &[
                ("fill", "none"),
                ("opacity", &opacity(color)),
                ("stroke", &color_text(color)),
                ("stroke-width", &style.stroke_width().to_string()),
                ("points", &points(path)),
            ],
            true,
        );
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), Error> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.tag(
            "polygon",
            &[
                ("opacity", &opacity(color)),
                ("fill", &color_text(color)),
                ("points", &points(path)),
            ],
            true,
        );
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (stroke, fill) = if fill {
            ("none".to_string(), color_text(color))
        } else {
            (color_text(color), "none".to_string())
        };
        self.tag(
            "circle",
            &[
                ("cx", &center.0.to_string()),
                ("cy", &center.1.to_string()),
                ("r", &radius.to_string()),
                ("opacity", &opacity(color)),
                ("fill", &fill),
                ("stroke", &stroke),
                ("stroke-width", &style.stroke_width().to_string()),
            ],
            true,
        );
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), Error> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (x0, y0) = pos;
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "middle",
        };
        let dy = match style.anchor().v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.5ex",
            VPos::Bottom => "-0.5ex",
        };
        let mut attrs = vec![
            ("x", x0.to_string()),
            ("y", y0.to_string()),
            ("dy", dy.to_owned()),
            ("text-anchor", anchor.to_string()),
            ("font-family", style.family().as_str().to_string()),
            ("font-size", Shortest(style.size() / SVG_FONT_QUIRK).to_string()),
            ("opacity", opacity(color)),
            ("fill", color_text(color)),
        ];
        match style.style() {
            FontStyle::Normal => {}
            FontStyle::Bold => attrs.push(("font-weight", "bold".to_string())),
            other => attrs.push(("font-style", other.as_str().to_string())),
        }
        let degrees = match style.transform() {
            FontTransform::Rotate90 => Some(90),
            FontTransform::Rotate180 => Some(180),
            FontTransform::Rotate270 => Some(270),
            FontTransform::None => None,
        };
        if let Some(d) = degrees {
            attrs.push(("transform", format!("rotate({d}, {x0}, {y0})")));
        }
        let attrs: Vec<(&str, &str)> = attrs.iter().map(|(a, b)| (*a, b.as_str())).collect();
        self.tag("text", &attrs, false);
        Self::escape(&mut self.out, text);
        self.out.push('\n');
        if let Some(name) = self.open.pop() {
            self.out.push_str("</");
            self.out.push_str(name);
            self.out.push_str(">\n");
        }
        Ok(())
    }
}
