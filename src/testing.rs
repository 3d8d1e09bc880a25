//! Test access: **not part of the public API** (hidden from the docs, may change at any time). What
//! the tests (`tests/`) and the fuzz crate (`fuzz/`, a separate crate that can only see the library)
//! need and readers of the API do not lives here once:
//!
//! - [`Recorder`], a plotters `DrawingBackend` that records what the renderer draws and checks
//!   every call (the idea of plotters' own mocked backend);
//! - [`finite_geometry`], the check that an item holds no NaN or ∞ (a canvas silently drops such an
//!   item, a blank chart; the SVG would be wrecked).
//!
//! - the crate's internal helpers that tests exercise directly (number formats, f64 ↔ text, units,
//!   ticks, digit grouping, text wrapping, timeline dates), re-exported by name from modules that are otherwise
//!   private to the crate.
//!
//! Nothing in the browser bundle calls it, so the linker drops it from the wasm. Helpers only the
//! tests need (corpus lists, text-fit checks, drawing at a width) are in `tests/support/`.

pub use crate::decimal::{exponential, fixed, parse as parse_decimal, shortest, Shortest};
pub use crate::layout::statements::NARROW_TIMELINE;
pub use crate::layout::wrap::wrap;
pub use crate::model::format::{format_change, format_value, format_values_alike, AxisFormat};
pub use crate::model::ticks::{include_zero, integer_ticks, nice_ticks, Ticks};
pub use crate::model::units::{parse_unit, UnitKind};
pub use crate::spec::digits::{group_digits, grouped};
pub use crate::spec::timeline_date::TimelineDate;

use crate::paint::Item;
use crate::render::{self, RenderOptions};
use crate::scene::Scene;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

/// The recorder's error type: it never fails.
#[derive(Debug)]
pub struct Never;

impl std::fmt::Display for Never {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("never")
    }
}

impl std::error::Error for Never {}

/// A backend that records what it is given and checks it: text is never empty and its size is
/// finite and positive, colours have an alpha in 0..=1, lines and circles have a width, rectangles
/// have their corners in order, paths have two points and polygons three. A failed check panics.
#[derive(Default)]
pub struct Recorder {
    /// The backing store's size in device pixels (what `get_size` answers).
    pub size: (u32, u32),
    /// Every backend call, whatever it drew.
    pub calls: usize,
    /// Text runs: the text, where it was drawn and its font size in device pixels.
    pub texts: Vec<(String, BackendCoord, f64)>,
    /// Rectangles (filled or not), by their corners.
    pub rects: Vec<(BackendCoord, BackendCoord)>,
    /// Polylines drawn as one path.
    pub paths: Vec<Vec<BackendCoord>>,
    /// Single line segments (dashes come as many of these) with their colour.
    pub lines: Vec<(BackendCoord, BackendCoord, BackendColor)>,
    /// Filled polygons, by their corners.
    pub polygons: Vec<Vec<BackendCoord>>,
    /// How many circles were drawn.
    pub circles: usize,
}

impl Recorder {
    /// An empty recorder whose backing store is `size` device pixels.
    pub fn new(size: (u32, u32)) -> Recorder {
        Recorder { size, ..Recorder::default() }
    }

    /// An empty recorder sized like the widget's canvas for `scene` at device pixel ratio `scale`
    /// (CSS size × ratio, rounded up).
    pub fn sized(scene: &Scene, scale: f64) -> Recorder {
        Recorder::new(((scene.width * scale).ceil() as u32, (scene.height * scale).ceil() as u32))
    }

    /// Draws `scene` into a recorder sized by [`Recorder::sized`] at ratio `scale`.
    pub fn record(scene: &Scene, scale: f64) -> Recorder {
        let mut rec = Recorder::sized(scene, scale);
        let options = RenderOptions { scale, font_size_factor: 1.0 };
        render::draw(scene, &mut rec, options).expect("the recorder never fails");
        rec
    }

    fn call(&mut self) -> Result<(), DrawingErrorKind<Never>> {
        self.calls += 1;
        Ok(())
    }
}

fn check_color(c: BackendColor) {
    assert!((0.0..=1.0).contains(&c.alpha), "alpha {} outside 0..=1", c.alpha);
}

impl DrawingBackend for Recorder {
    type ErrorType = Never;
    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }
    fn draw_pixel(
        &mut self,
        _: BackendCoord,
        c: BackendColor,
    ) -> Result<(), DrawingErrorKind<Never>> {
        check_color(c);
        self.call()
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        s: &S,
    ) -> Result<(), DrawingErrorKind<Never>> {
        check_color(s.color());
        assert!(s.stroke_width() >= 1, "a line has a width");
        self.lines.push((a, b, s.color()));
        self.call()
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        s: &S,
        _: bool,
    ) -> Result<(), DrawingErrorKind<Never>> {
        check_color(s.color());
        assert!(a.0 <= b.0 && a.1 <= b.1, "rect corners in order: {a:?} {b:?}");
        self.rects.push((a, b));
        self.call()
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Result<(), DrawingErrorKind<Never>> {
        check_color(s.color());
        let path: Vec<BackendCoord> = path.into_iter().collect();
        assert!(path.len() >= 2, "a path has two points or more");
        self.paths.push(path);
        self.call()
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        _: BackendCoord,
        r: u32,
        s: &S,
        _: bool,
    ) -> Result<(), DrawingErrorKind<Never>> {
        check_color(s.color());
        assert!(r >= 1, "a circle has a radius");
        self.circles += 1;
        self.call()
    }
    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Never>> {
        assert!(!text.is_empty(), "empty text is not drawn");
        let size = style.size();
        assert!(size.is_finite() && size > 0.0, "font size {size}");
        check_color(style.color());
        self.texts.push((text.to_string(), pos, size));
        self.call()
    }
    // The canvas and SVG backends fill polygons themselves; plotters' fallback rasteriser (used by
    // backends without their own) blends edge pixels with alphas a little outside 0..=1, and would
    // record a polygon as hundreds of one-pixel lines.
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        s: &S,
    ) -> Result<(), DrawingErrorKind<Never>> {
        check_color(s.color());
        let vertices: Vec<BackendCoord> = vertices.into_iter().collect();
        assert!(vertices.len() >= 3, "a polygon has at least three corners");
        self.polygons.push(vertices);
        self.call()
    }
}

/// Whether every coordinate, size and stroke width of `item` is finite.
pub fn finite_geometry(item: &Item) -> bool {
    let finite_points =
        |points: &[(f64, f64)]| points.iter().all(|(x, y)| x.is_finite() && y.is_finite());
    match item {
        Item::Rect(r) => [r.x, r.y, r.w, r.h].iter().all(|v| v.is_finite()),
        Item::Line(l) => l.stroke.width.is_finite() && finite_points(&l.points),
        Item::Circle(c) => [c.cx, c.cy, c.r].iter().all(|v| v.is_finite()),
        Item::Text(t) => [t.x, t.y, t.font.size].iter().all(|v| v.is_finite()),
        Item::Polygon(p) => finite_points(&p.points),
    }
}
