//! Text measurement through a detached canvas's `measureText`, with the same font string the canvas
//! backend draws with, so layout and pixels agree.

use crate::layout::{EstimateMeasure, TextMeasure};
use crate::model::theme::font_stack;
use crate::scene::Font;
use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, Document, HtmlCanvasElement};

pub struct CanvasMeasure {
    context: CanvasRenderingContext2d,
}

/// The CSS font shorthand plotters-canvas builds: "{style} {size}px {family}".
pub fn css_font(font: Font) -> String {
    format!(
        "{} {}px {}",
        if font.bold { "bold" } else { "normal" },
        font.size,
        font_stack(font.family)
    )
}

impl CanvasMeasure {
    pub fn new(doc: &Document) -> Result<CanvasMeasure, JsValue> {
        let canvas: HtmlCanvasElement = super::dom::create(doc, "canvas")?;
        let context = super::layers::context_2d(&canvas)?;
        Ok(CanvasMeasure { context })
    }
}

impl TextMeasure for CanvasMeasure {
    fn width(&self, text: &str, font: Font) -> f64 {
        self.context.set_font(&css_font(font));
        match self.context.measure_text(text) {
            Ok(metrics) => metrics.width(),
            Err(_) => EstimateMeasure.width(text, font),
        }
    }
}
