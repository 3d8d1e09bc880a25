//! Text measurement through a detached canvas's `measureText`, with the same font string the canvas
//! backend draws with, so layout and pixels agree.
//!
//! Widths are remembered: layout measures the same strings many times (a grid row is laid out
//! twice, balanced headings try a dozen widths, x labels are measured whole and then wrapped), and
//! each `measureText` is a call into JavaScript with a string copy, after a `font` assignment the
//! browser must parse. Profiling a 100-point two-series line found two thirds of the call there.
//! The widget draws with system font stacks only (no web fonts load later), so a width stays true;
//! the memory is bounded by clearing it when it grows past `MAX_REMEMBERED`.

use crate::decimal::Shortest;
use crate::layout::{EstimateMeasure, TextMeasure};
use crate::model::theme::font_stack;
use crate::paint::Font;
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, Document, HtmlCanvasElement};

pub struct CanvasMeasure {
    context: CanvasRenderingContext2d,
    remembered: RefCell<Remembered>,
}

/// Widths per font (a chart uses a handful of fonts), and the font the context is set to.
#[derive(Default)]
struct Remembered {
    fonts: Vec<(Font, HashMap<String, f64>)>,
    count: usize,
    context_font: Option<Font>,
}

/// Strings remembered before the memory starts over (a few hundred per render is typical).
const MAX_REMEMBERED: usize = 8192;

/// The CSS font shorthand plotters-canvas builds: "{style} {size}px {family}".
pub fn css_font(font: Font) -> String {
    format!(
        "{} {}px {}",
        if font.bold { "bold" } else { "normal" },
        Shortest(font.size),
        font_stack(font.family)
    )
}

impl CanvasMeasure {
    pub fn new(doc: &Document) -> Result<CanvasMeasure, JsValue> {
        let canvas: HtmlCanvasElement = super::dom::create(doc, "canvas")?;
        let context = super::layers::context_2d(&canvas)?;
        Ok(CanvasMeasure { context, remembered: RefCell::default() })
    }
}

impl TextMeasure for CanvasMeasure {
    fn width(&self, text: &str, font: Font) -> f64 {
        let mut memory = self.remembered.borrow_mut();
        let known = memory.fonts.iter().find(|(f, _)| *f == font).and_then(|(_, w)| w.get(text));
        if let Some(&width) = known {
            return width;
        }
        if memory.context_font != Some(font) {
            self.context.set_font(&css_font(font));
            memory.context_font = Some(font);
        }
        let width = match self.context.measure_text(text) {
            Ok(metrics) => metrics.width(),
            Err(_) => EstimateMeasure.width(text, font),
        };
        if memory.count >= MAX_REMEMBERED {
            memory.fonts.clear();
            memory.count = 0;
        }
        memory.count += 1;
        match memory.fonts.iter_mut().find(|(f, _)| *f == font) {
            Some((_, widths)) => widths.insert(text.to_owned(), width),
            None => {
                memory.fonts.push((font, HashMap::from([(text.to_owned(), width)])));
                None
            }
        };
        width
    }
}
