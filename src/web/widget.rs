//! One mounted widget: its DOM (a root `div` holding the canvas, the source link and the error box),
//! the spec it shows, and its listeners. Rendering runs the pure pipeline and paints with
//! plotters-canvas at CSS size × devicePixelRatio.

use super::alert::{create_alert, fill_alert};
use super::dom::{create, device_pixel_ratio, document, set_styles, show};
use super::input;
use super::listeners::Listeners;
use super::measure::CanvasMeasure;
use crate::model::Model;
use crate::render::{draw, RenderOptions};
use crate::scene::{self, RegionKind, Scene};
use crate::spec::{Diagnostic, Spec};
use plotters_canvas::CanvasBackend;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    CanvasRenderingContext2d, Document, Element, HtmlAnchorElement, HtmlCanvasElement, HtmlElement,
};

pub type Shared = Rc<RefCell<Widget>>;

pub struct Widget {
    doc: Document,
    root: HtmlElement,
    canvas: HtmlCanvasElement,
    link: HtmlAnchorElement,
    alert: HtmlElement,
    measure: CanvasMeasure,
    spec: Option<Spec>,
    pub errors: Vec<Diagnostic>,
    listeners: Option<Listeners>,
    /// (width, dpr) of the last render: a resize that changes neither is skipped.
    rendered: Option<(f64, f64)>,
}

pub fn context_2d(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, JsValue> {
    canvas
        .get_context("2d")?
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or_else(|| JsValue::from_str("infographic: canvas 2d context unavailable"))
}

impl Widget {
    pub fn mount(host: &Element) -> Result<Shared, JsValue> {
        let doc = document()?;
        let root: HtmlElement = create(&doc, "div")?;
        root.set_class_name("infographic");
        set_styles(&root, &[("position", "relative"), ("display", "block")]);
        // Zero height, full width: what the ResizeObserver watches (see listeners.rs).
        let sizer: HtmlElement = create(&doc, "div")?;
        set_styles(&sizer, &[("height", "0")]);
        let canvas: HtmlCanvasElement = create(&doc, "canvas")?;
        canvas.set_attribute("role", "img")?;
        set_styles(canvas.unchecked_ref(), &[("display", "block")]);
        let link: HtmlAnchorElement = create(&doc, "a")?;
        link.set_target("_blank");
        link.set_rel("noopener noreferrer");
        set_styles(
            link.unchecked_ref(),
            &[
                ("position", "absolute"),
                ("color", "transparent"),
                ("font-size", "12px"),
                ("overflow", "hidden"),
            ],
        );
        let alert = create_alert(&doc)?;
        root.append_child(&sizer)?;
        root.append_child(&canvas)?;
        root.append_child(&link)?;
        root.append_child(&alert)?;
        show(&alert, false);
        show(link.unchecked_ref(), false);
        host.append_child(&root)?;

        let measure = CanvasMeasure::new(&doc)?;
        let widget = Rc::new(RefCell::new(Widget {
            doc,
            root: root.clone(),
            canvas,
            link,
            alert,
            measure,
            spec: None,
            errors: Vec::new(),
            listeners: None,
            rendered: None,
        }));
        let listeners = Listeners::attach(Rc::clone(&widget), &sizer)?;
        widget.borrow_mut().listeners = Some(listeners);
        Ok(widget)
    }

    pub fn update(shared: &Shared, value: &JsValue) {
        let mut w = shared.borrow_mut();
        if w.listeners.is_none() {
            return; // destroyed
        }
        let input = input::read(value);
        match input.spec {
            Ok(spec) => {
                w.errors.clear();
                w.spec = Some(spec);
                show(&w.alert, false);
                show(w.canvas.unchecked_ref(), true);
                w.rendered = None;
                w.render();
            }
            Err(diagnostics) => {
                for d in &diagnostics {
                    web_sys::console::error_1(&format!("infographic: {d}").into());
                }
                w.spec = None;
                w.rendered = None;
                show(w.canvas.unchecked_ref(), false);
                show(w.link.unchecked_ref(), false);
                if let Err(e) = fill_alert(&w.doc, &w.alert, &diagnostics, input.locale) {
                    web_sys::console::error_1(&e);
                }
                show(&w.alert, true);
                w.errors = diagnostics;
            }
        }
    }

    pub fn on_resize(shared: &Shared) {
        // try_borrow: a resize delivered while the widget is busy is covered by that work anyway.
        if let Ok(mut w) = shared.try_borrow_mut() {
            w.render();
        }
    }

    pub fn destroy(shared: &Shared) {
        let mut w = shared.borrow_mut();
        // Drop disconnects the observer and releases its callback's hold on this widget.
        let listeners = w.listeners.take();
        drop(listeners);
        w.spec = None;
        w.errors.clear();
        w.root.remove();
    }

    /// Renders the current spec at the root's width, unless nothing that matters changed.
    fn render(&mut self) {
        let Some(spec) = &self.spec else { return };
        let width = self.root.get_bounding_client_rect().width().floor();
        if width.is_nan() || width < 1.0 {
            return; // not laid out yet (display:none, detached): the ResizeObserver will call again
        }
        let dpr = device_pixel_ratio();
        if self.rendered == Some((width, dpr)) {
            return;
        }
        let model = Model::new(spec);
        let scene = scene::build(&model, width, &self.measure);
        if let Err(e) = self.paint(&scene, dpr) {
            web_sys::console::error_1(&e);
            return;
        }
        self.place_source_link(&scene, spec);
        let label = spec.title.clone().unwrap_or_else(|| model.words.untitled.to_string());
        let _ = self.canvas.set_attribute("aria-label", &label);
        self.rendered = Some((width, dpr));
    }

    fn paint(&self, scene: &Scene, dpr: f64) -> Result<(), JsValue> {
        let canvas = &self.canvas;
        canvas.set_width((scene.width * dpr).round() as u32);
        canvas.set_height((scene.height * dpr).round() as u32);
        set_styles(
            canvas.unchecked_ref(),
            &[("width", &format!("{}px", scene.width)), ("height", &format!("{}px", scene.height))],
        );
        // Resizing the canvas reset its state; round joins keep thick polylines free of spikes.
        let context = context_2d(canvas)?;
        context.set_line_join("round");
        let mut backend = CanvasBackend::with_canvas_object(canvas.clone())
            .ok_or_else(|| JsValue::from_str("infographic: canvas backend unavailable"))?;
        draw(scene, &mut backend, RenderOptions { scale: dpr, font_size_factor: 1.0 })
            .map_err(|e| JsValue::from_str(&format!("infographic: drawing failed: {e}")))
    }

    /// Lays a real link over the drawn source line, so it can be clicked, focused and read aloud.
    fn place_source_link(&self, scene: &Scene, spec: &Spec) {
        let region = scene.regions.iter().find(|r| r.kind == RegionKind::Source);
        let link: &HtmlElement = self.link.unchecked_ref();
        match (region, &spec.source_url) {
            (Some(r), Some(url)) => {
                self.link.set_href(url);
                let words = crate::model::words::words(spec.locale);
                let text =
                    format!("{}{}", words.source_prefix, spec.source.as_deref().unwrap_or(url));
                link.set_text_content(Some(&text));
                set_styles(
                    link,
                    &[
                        ("left", &format!("{}px", r.x)),
                        ("top", &format!("{}px", r.y)),
                        ("width", &format!("{}px", r.w)),
                        ("height", &format!("{}px", r.h)),
                    ],
                );
                show(link, true);
            }
            _ => show(link, false),
        }
    }
}
