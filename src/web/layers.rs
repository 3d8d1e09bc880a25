//! Two stacked canvases: the static layer holds the whole scene and is painted only when the spec,
//! the size, the theme or the visible series change; the overlay above it holds the hover/focus marks
//! and is cleared and repainted on every pointer move. A pointer move never touches the static layer.

use super::dom::{create, set_styles};
use super::path_canvas::PathCanvas;
use crate::decimal::Shortest;
use crate::paint::Item;
use crate::render::{draw, draw_items, RenderOptions};
use crate::scene::Scene;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, Document, HtmlCanvasElement, HtmlElement};

pub struct Layers {
    pub canvas: HtmlCanvasElement,
    overlay: HtmlCanvasElement,
    dpr: f64,
}

pub fn context_2d(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, JsValue> {
    canvas
        .get_context("2d")?
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or_else(|| JsValue::from_str("infographic: canvas 2d context unavailable"))
}

impl Layers {
    pub fn new(doc: &Document, parent: &HtmlElement) -> Result<Layers, JsValue> {
        let canvas: HtmlCanvasElement = create(doc, "canvas")?;
        canvas.set_attribute("role", "img")?;
        // Touch: a vertical swipe over the chart scrolls the page; we never preventDefault.
        set_styles(canvas.unchecked_ref(), &[("display", "block"), ("touch-action", "pan-y")]);
        let overlay: HtmlCanvasElement = create(doc, "canvas")?;
        overlay.set_attribute("aria-hidden", "true")?;
        set_styles(
            overlay.unchecked_ref(),
            &[("position", "absolute"), ("left", "0"), ("top", "0"), ("pointer-events", "none")],
        );
        parent.append_child(&canvas)?;
        parent.append_child(&overlay)?;
        Ok(Layers { canvas, overlay, dpr: 1.0 })
    }

    pub fn show(&self, visible: bool) {
        // Block, not the canvas's default inline: an inline canvas sits on a text baseline with the
        // line's descender space below it, ~9 px the picture it replaces does not have.
        let display = if visible { "block" } else { "none" };
        for canvas in [&self.canvas, &self.overlay] {
            set_styles(canvas.unchecked_ref(), &[("display", display)]);
        }
    }

    /// Frees both backing stores (a destroyed widget may be kept alive by its handle).
    pub fn release(&self) {
        for canvas in [&self.canvas, &self.overlay] {
            canvas.set_width(0);
            canvas.set_height(0);
        }
    }

    /// Sizes both canvases (CSS size × dpr backing stores) and paints the scene on the static one.
    pub fn paint(&mut self, scene: &Scene, dpr: f64) -> Result<(), JsValue> {
        self.dpr = dpr;
        let (w, h) = ((scene.width * dpr).round() as u32, (scene.height * dpr).round() as u32);
        let css = [
            ("width", format!("{}px", Shortest(scene.width))),
            ("height", format!("{}px", Shortest(scene.height))),
        ];
        for canvas in [&self.canvas, &self.overlay] {
            canvas.set_width(w);
            canvas.set_height(h);
            set_styles(canvas.unchecked_ref(), &[("width", &css[0].1), ("height", &css[1].1)]);
            // Resizing reset the context; round joins keep thick polylines free of spikes.
            context_2d(canvas)?.set_line_join("round");
        }
        let mut backend = backend(&self.canvas)?;
        draw(scene, &mut backend, RenderOptions { scale: dpr, font_size_factor: 1.0 })
            .map_err(|e| JsValue::from_str(&format!("infographic: drawing failed: {e}")))
    }

    /// Clears the overlay and draws `items` on it.
    pub fn overlay(&self, items: &[Item]) -> Result<(), JsValue> {
        let context = context_2d(&self.overlay)?;
        context.clear_rect(
            0.0,
            0.0,
            f64::from(self.overlay.width()),
            f64::from(self.overlay.height()),
        );
        if items.is_empty() {
            return Ok(());
        }
        let mut backend = backend(&self.overlay)?;
        draw_items(items, &mut backend, RenderOptions { scale: self.dpr, font_size_factor: 1.0 })
            .map_err(|e| JsValue::from_str(&format!("infographic: drawing failed: {e}")))
    }
}

/// The backend every canvas is drawn with (the widget's layers and the PNG export): one
/// instance of the drawing code in the bundle.
pub(super) fn backend(canvas: &HtmlCanvasElement) -> Result<PathCanvas, JsValue> {
    let inner = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| JsValue::from_str("infographic: canvas backend unavailable"))?;
    Ok(PathCanvas::new(inner, context_2d(canvas)?))
}
