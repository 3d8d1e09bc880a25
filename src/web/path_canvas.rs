//! The canvas backend we draw with: plotters-canvas, except that a path (stroked) or a polygon
//! (filled: a dense line's band, an area) is handed to the canvas as one SVG path string (`Path2D`)
//! instead of one `lineTo` call per vertex.
//!
//! A decimated million-point line still has up to 4 vertices per pixel column (thousands in all); each
//! `lineTo` is a call from wasm into JavaScript, and profiling the million-point mount found them a
//! fifth of the drawing. The string is built from integer device pixels (no float formatting) and
//! crosses once. A filled rect is one `fillRect` call, its colour set only when it changes (a
//! dense bar chart is thousands of rects in a few colours; plotters-canvas formats and sets the
//! colour for each). Everything else is plotters-canvas's own code, so pixels match what it drew
//! before.

use crate::render::path_data::path_data;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use web_sys::{CanvasRenderingContext2d, Path2d};

type Error = DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>;

pub struct PathCanvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
    /// The fill colour this backend last set (alpha, rgb); `None` once plotters-canvas's own code
    /// may have set another (text, circles, fallbacks).
    fill: Option<(f64, (u8, u8, u8))>,
}

impl PathCanvas {
    pub fn new(inner: CanvasBackend, context: CanvasRenderingContext2d) -> PathCanvas {
        PathCanvas { inner, context, fill: None }
    }

    fn set_fill(&mut self, color: BackendColor) {
        let key = (color.alpha, color.rgb);
        if self.fill != Some(key) {
            self.context.set_fill_style_str(&css(color));
            self.fill = Some(key);
        }
    }

    /// plotters-canvas's own code draws next, and may set any fill colour.
    fn inner(&mut self) -> &mut CanvasBackend {
        self.fill = None;
        &mut self.inner
    }

    /// `points` as one `Path2D`; `None` when plotters-canvas's own code should draw them (nothing
    /// to draw in a transparent colour is drawn by neither: its code skips it too).
    fn shape<S: BackendStyle>(
        &self,
        points: &[BackendCoord],
        closed: bool,
        style: &S,
    ) -> Option<Path2d> {
        if points.is_empty() || style.color().alpha == 0.0 {
            return None;
        }
        Path2d::new_with_path_string(&path_data(points, closed)).ok()
    }
}

/// The colour as plotters-canvas writes it.
fn css(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("rgba({r},{g},{b},{})", crate::decimal::Shortest(color.alpha))
}

impl DrawingBackend for PathCanvas {
    type ErrorType = <CanvasBackend as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), Error> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), Error> {
        self.inner.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), Error> {
        self.inner().draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), Error> {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        if !fill || style.color().alpha == 0.0 {
            return self.inner().draw_rect(upper_left, bottom_right, style, fill);
        }
        // As plotters-canvas fills it, less the colour when it has not changed.
        self.set_fill(style.color());
        let (x0, y0) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let (x1, y1) = (f64::from(bottom_right.0), f64::from(bottom_right.1));
        self.context.fill_rect(x0, y0, x1 - x0, y1 - y0);
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), Error> {
        let points: Vec<BackendCoord> = path.into_iter().collect();
        match self.shape(&points, false, style) {
            Some(shape) => {
                self.context.set_stroke_style_str(&css(style.color()));
                self.context.set_line_width(f64::from(style.stroke_width()));
                self.context.stroke_with_path(&shape);
                Ok(())
            }
            None => self.inner().draw_path(points, style),
        }
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), Error> {
        let points: Vec<BackendCoord> = vert.into_iter().collect();
        match self.shape(&points, true, style) {
            Some(shape) => {
                self.set_fill(style.color());
                self.context.fill_with_path_2d(&shape);
                Ok(())
            }
            None => self.inner().fill_polygon(points, style),
        }
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        self.inner().draw_circle(center, radius, style, fill)
    }

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result<(), Error> {
        self.inner().draw_text(text, style, pos)
    }
}
