//! One mounted widget: its DOM, the spec and model it shows, the reader's state (hidden series, the
//! focused point) and its listeners.
//!
//! ```text
//! host element
//! └─ div.infographic (the root)
//!    ├─ div            zero-height sizer, watched by the ResizeObserver
//!    ├─ div            the stage (position: relative; zoomed in band mode, below)
//!    │  ├─ canvas      static layer: the whole scene (role="img")
//!    │  ├─ canvas      overlay: hover/focus marks only
//!    │  ├─ div         accessible layer: descriptions + tables, focus targets, legend buttons
//!    │  ├─ a           the source link, over the drawn source line
//!    │  ├─ div         role="tooltip"
//!    │  └─ div         aria-live="polite" announcements
//!    ├─ div            the download bar (PNG, SVG, CSV)
//!    └─ div            role="alert" error box (when the spec has errors)
//! ```
//!
//! Parsing and layout run only when the spec, the width, the pixel ratio, the theme or the visible
//! series change; a pointer move or a key press redraws the overlay and the tooltip only.
//!
//! A host with `data-ig-bands` (a pre-rendered snippet, `crate::snippet`) is laid out as its
//! pictures were: at the width of the container's band, text measured by estimate, and scaled to
//! the container with CSS `zoom` on the stage (the backing store drawn at the zoomed resolution, so
//! it stays crisp). Its height is then the picture's to the pixel, and the download bar, outside the
//! stage, the snippet's placeholder bar's: the canvas takes over without a jump.

mod listeners;
mod stages;

use super::a11y::A11yLayer;
use super::alert::{create_alert, fill_alert};
use super::dom::{
    create, device_pixel_ratio, document, next_number, set_styles, show, visually_hidden, window,
};
use super::events::EventListener;
use super::exports::{self, BarColors, ExportBar};
use super::guard::Guarded;
use super::input;
use super::layers::Layers;
use super::measure::CanvasMeasure;
use super::reading::Reading;
use super::targets::{ExportKind, Target};
use super::tooltip::TooltipBox;
use crate::job::RenderJob;
use crate::layout::{EstimateMeasure, TextMeasure};
use crate::model::describe::{announce_point, tooltip_in};
use crate::model::theme::Theme;
use crate::model::{Model, View};
use crate::paint::RegionKind;
use crate::scene::interact::{focus_marks, index_at, plot_at};
use crate::scene::{self, Scene};
use crate::spec::{Diagnostic, Spec};
use listeners::{dark_query, Listeners};
use stages::Staged;
pub use stages::{LARGE_DATA_ABOVE, TEXT_IN_TASKS_ABOVE};
use std::rc::{Rc, Weak};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Document, Element, Event, HtmlAnchorElement, HtmlElement, KeyboardEvent, MediaQueryList,
    PointerEvent,
};

pub type Shared = Rc<Guarded<Widget>>;

/// The point the reader is looking at: position `index` of plot `plot` (index into `scene.plots`);
/// `series` is set when the keyboard chose one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Focus {
    plot: usize,
    index: usize,
    series: Option<usize>,
}

/// Counters for tests and benchmarks: how often the expensive and the cheap paths ran. Returned
/// to JavaScript as `{ renders, overlayDraws, stagedTasks, models }` (`chart.stats()`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Stats {
    pub renders: u32,
    pub overlay_draws: u32,
    /// Tasks of staged renders run so far (each stage counts once).
    pub staged_tasks: u32,
    /// Models built: one per spec shown. A resize, a theme switch or a legend toggle lays the same
    /// model out again.
    pub models: u32,
}

/// A text run now drawn and its box in CSS px, as measured by the browser's fonts
/// (`chart.textBoxes()`: `{ text, x, y, w, h }`).
pub struct TextBox {
    text: String,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

// By hand as maps, as `spec::Diagnostic` is (why: there).
impl serde::Serialize for Stats {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("renders", &f64::from(self.renders))?;
        map.serialize_entry("overlayDraws", &f64::from(self.overlay_draws))?;
        map.serialize_entry("stagedTasks", &f64::from(self.staged_tasks))?;
        map.serialize_entry("models", &f64::from(self.models))?;
        map.end()
    }
}

impl serde::Serialize for TextBox {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("text", self.text.as_str())?;
        for (key, n) in [("x", self.x), ("y", self.y), ("w", self.w), ("h", self.h)] {
            map.serialize_entry(key, &n)?;
        }
        map.end()
    }
}

pub struct Widget {
    doc: Document,
    root: HtmlElement,
    /// What band mode zooms: the canvases and everything placed over them.
    stage: HtmlElement,
    layers: Layers,
    pub(super) a11y: A11yLayer,
    link: HtmlAnchorElement,
    tooltip: TooltipBox,
    live: HtmlElement,
    exports: ExportBar,
    alert: HtmlElement,
    pub(super) measure: CanvasMeasure,
    /// The host's width bands (`data-ig-bands`): lay out as the pre-rendered pictures did; empty
    /// for a plain host.
    pub(super) bands: Vec<crate::snippet::Band>,
    /// The root's CSS zoom: container width / layout width in band mode, else 1.
    zoom: f64,
    pub(super) dark_query: Option<MediaQueryList>,
    pub(super) spec: Option<Spec>,
    /// The spec normalised, built once per spec (`stats.models` counts the builds).
    pub(super) model: Option<Model>,
    /// What the model is drawn with besides: the theme, the width, the series the reader hid.
    pub(super) view: View,
    scene: Option<Scene>,
    focus: Option<Focus>,
    pub errors: Vec<Diagnostic>,
    pub stats: Stats,
    listeners: Option<Listeners>,
    events: Vec<EventListener>,
    /// (width, dpr) of the last static render: a resize that changes neither is skipped.
    pub(super) rendered: Option<(f64, f64)>,
    /// False until the widget first comes near the viewport.
    pub(super) near_viewport: bool,
    /// This widget as its deferred work reaches it (set right after mounting).
    pub(super) me: Weak<Guarded<Widget>>,
    /// A staged read or render of large input under way, a task at a time (`stages`): the render
    /// job and its next task. Dropping it cancels the rest.
    pub(super) staged: Option<Staged>,
    /// Whether a staged render of this widget has measured its fonts yet (`stages::fonts_stage`).
    pub(super) fonts_measured: bool,
    /// `resolve` functions of `ready()` promises, called once the spec given last is read and drawn.
    pub(super) waiters: Vec<js_sys::Function>,
}

impl Widget {
    pub fn mount(host: &Element) -> Result<Shared, JsValue> {
        let doc = document()?;
        let number = next_number();
        let uid = format!("infographic-{number}");
        let root: HtmlElement = create(&doc, "div")?;
        root.set_class_name("infographic");
        set_styles(&root, &[("position", "relative"), ("display", "block")]);
        // Zero height, full width: what the ResizeObserver watches (see listeners.rs).
        let sizer: HtmlElement = create(&doc, "div")?;
        set_styles(&sizer, &[("height", "0")]);
        root.append_child(&sizer)?;
        let stage: HtmlElement = create(&doc, "div")?;
        set_styles(&stage, &[("position", "relative")]);
        root.append_child(&stage)?;
        let layers = Layers::new(&doc, &stage)?;
        let a11y = A11yLayer::new(&doc, &stage, &uid)?;
        let link = source_link(&doc)?;
        stage.append_child(&link)?;
        let tooltip = TooltipBox::new(&doc, &stage, &format!("{uid}-tooltip"))?;
        let live: HtmlElement = create(&doc, "div")?;
        live.set_attribute("aria-live", "polite")?;
        visually_hidden(&live);
        stage.append_child(&live)?;
        let exports = ExportBar::new(&doc, &root)?;
        let alert = create_alert(&doc)?;
        root.append_child(&alert)?;
        show(&alert, false);
        show(link.unchecked_ref(), false);
        host.append_child(&root)?;
        let bands = band_mode(host, &root);

        let measure = CanvasMeasure::new(&doc)?;
        let dark_query = dark_query();
        let widget = Rc::new(Guarded::new(
            number,
            root.clone(),
            Widget {
                doc: doc.clone(),
                root: root.clone(),
                stage,
                layers,
                a11y,
                link,
                tooltip,
                live,
                exports,
                alert,
                measure,
                bands,
                zoom: 1.0,
                dark_query: dark_query.clone(),
                spec: None,
                model: None,
                view: View::unsummed(Theme::light(), 0.0),
                scene: None,
                focus: None,
                errors: Vec::new(),
                stats: Stats::default(),
                listeners: None,
                events: Vec::new(),
                rendered: None,
                near_viewport: near_viewport(&root),
                me: Weak::new(),
                staged: None,
                fonts_measured: false,
                waiters: Vec::new(),
            },
        ));
        let listeners = Listeners::attach(Rc::clone(&widget), &sizer, &root, dark_query.as_ref())?;
        let events = vec![
            listen(&widget, &root, "pointermove", Widget::on_pointer_move)?,
            listen(&widget, &root, "pointerleave", Widget::on_pointer_leave)?,
            listen(&widget, &root, "pointerdown", Widget::on_pointer_down)?,
            listen(&widget, &root, "click", Widget::on_click)?,
            listen(&widget, &root, "keydown", Widget::on_key_down)?,
            listen(&widget, &root, "focusin", Widget::on_focus_in)?,
            listen(&widget, &root, "focusout", Widget::on_focus_out)?,
            // A tap anywhere else on the page hides a touch tooltip.
            listen(&widget, &doc, "pointerdown", Widget::on_page_pointer_down)?,
        ];
        widget
            .with(|w| {
                if w.near_viewport {
                    listeners.stop_watching_viewport();
                }
                w.listeners = Some(listeners);
                w.events = events;
                w.me = Rc::downgrade(&widget);
            })
            .map_err(JsValue::from)?;
        Ok(widget)
    }

    pub fn update(&mut self, value: &JsValue) {
        if self.listeners.is_none() {
            return; // destroyed
        }
        // What an earlier call started is superseded: its `ready()` promises resolve now.
        self.clear_focus();
        self.cancel_stages();
        let large_text = value.as_string().filter(|t| t.len() > TEXT_IN_TASKS_ABOVE);
        match large_text {
            // Over the size limit: refused at once, by the same check as any text.
            Some(text) if text.len() <= crate::spec::limits::MAX_SPEC_BYTES => {
                self.read_in_tasks(RenderJob::read_text(text));
            }
            Some(text) => self.show_input(input::from_text(&text, crate::spec::parse_json(&text))),
            // An object: long label arrays are left to later tasks (`web::reading`).
            None if value.is_object() && value.as_string().is_none() => {
                match super::js_json::to_json_deferring(value) {
                    Ok((json, deferred)) if !deferred.is_empty() => {
                        self.read_in_tasks(RenderJob::read(Box::new(Reading::parts(
                            json, deferred,
                        ))));
                    }
                    json => self.show_input(input::decode(json.map(|(json, _)| json))),
                }
            }
            None => self.show_input(input::read(value)),
        }
        if !self.busy() {
            self.resolve_waiters();
        }
    }

    /// A read spec on screen: its chart (staged for large data), or its errors in the error box.
    pub(super) fn show_input(&mut self, input: input::Input) {
        let w = self;
        match input.spec {
            Ok(spec) => {
                w.errors.clear();
                w.spec = Some(spec);
                w.model = None; // a new spec starts with every series visible
                show(&w.alert, false);
                w.layers.show(true);
                w.rendered = None;
                w.request_render();
            }
            Err(diagnostics) => {
                for d in &diagnostics {
                    web_sys::console::error_1(&format!("infographic: {d}").into());
                }
                w.spec = None;
                w.model = None;
                w.scene = None;
                w.rendered = None;
                w.layers.show(false);
                w.a11y.clear();
                let _ = w.exports.refresh(
                    false,
                    crate::model::words::words(input.locale),
                    &BarColors::default(),
                );
                show(w.link.unchecked_ref(), false);
                if let Err(e) = fill_alert(&w.doc, &w.alert, &diagnostics, input.locale) {
                    web_sys::console::error_1(&e);
                }
                show(&w.alert, true);
                w.errors = diagnostics;
            }
        }
    }

    pub fn destroy(&mut self) {
        let w = self;
        // Dropping disconnects the observers (releasing their hold on this widget) and removes every
        // event listener.
        let listeners = w.listeners.take();
        drop(listeners);
        w.events.clear();
        w.cancel_stages();
        w.spec = None;
        w.model = None;
        w.scene = None;
        w.errors.clear();
        // The page may keep its Chart handle (and so this struct, which holds the nodes) long after
        // destroy(): let go of the canvases' bitmaps and the accessible layer's tables now.
        w.focus = None;
        w.layers.release();
        w.a11y.clear();
        w.root.remove();
    }

    pub fn on_resize(&mut self) {
        if self.is_large() {
            // A staged render under way reads the size when it draws; an unchanged size (the
            // observer also reports the first size) must not cancel a description still to come.
            let under_way = self.rendered.is_none() && self.staged.is_some();
            if under_way || self.rendered == self.size() {
                return;
            }
        }
        self.request_render();
    }

    pub fn on_near_viewport(&mut self) {
        if !self.near_viewport {
            self.near_viewport = true;
            if let Some(listeners) = &self.listeners {
                listeners.stop_watching_viewport();
            }
            self.request_render();
        }
    }

    /// The page's colour scheme changed: the same model, drawn in the other theme (the view takes
    /// it at the next render, `Widget::theme`).
    pub fn on_color_scheme(&mut self) {
        self.rendered = None;
        self.request_render();
    }

    /// Builds the model of the spec shown, every series visible and each stack summed.
    pub(super) fn build_model(&mut self) {
        let Some(spec) = &self.spec else { return };
        let model = self.model.insert(Model::new(spec));
        self.view.show_all();
        self.view.sum_stacks(model);
        self.stats.models += 1;
    }

    /// (layout width in whole CSS px, backing store pixels per layout px), or `None` while the root
    /// is not laid out. In band mode the layout width is the band's and the ratio includes the zoom
    /// to the container's width (the root's box, which `zoom` does not change, is the container's).
    pub(super) fn size(&self) -> Option<(f64, f64)> {
        let width = self.root.get_bounding_client_rect().width().floor();
        if width < 1.0 {
            return None;
        }
        let band =
            self.bands.iter().rev().find(|b| width >= f64::from(b.from)).or(self.bands.first());
        match band {
            Some(band) => {
                let layout = f64::from(band.width);
                Some((layout, device_pixel_ratio() * width / layout))
            }
            None => Some((width, device_pixel_ratio())),
        }
    }

    /// How text is measured for layout: the canvas's fonts, or in band mode the estimate the
    /// pre-rendered pictures were laid out with.
    pub(super) fn text_measure(&self) -> &dyn TextMeasure {
        text_measure(&self.measure, &self.bands)
    }

    /// Renders the current spec at the root's width, unless nothing that matters changed.
    pub(super) fn render(&mut self) {
        if let Some((scene, width, dpr)) = self.build_scene() {
            self.show_scene(scene, width, dpr);
        }
    }

    /// The scene at the widget's current size, with that (width, dpr); `None` when there is
    /// nothing to draw or it is drawn already.
    pub(super) fn build_scene(&mut self) -> Option<(Scene, f64, f64)> {
        if self.spec.is_none() || !self.near_viewport {
            return None;
        }
        // `None` when not laid out yet (display:none, detached): the ResizeObserver calls again.
        let (width, dpr) = self.size()?;
        if self.rendered == Some((width, dpr)) {
            return None;
        }
        if self.model.is_none() {
            self.build_model();
        }
        self.view.theme = self.theme();
        self.view.width = width;
        let model = self.model.as_ref()?;
        Some((scene::build(model, &self.view, self.text_measure()), width, dpr))
    }

    /// Paints `scene` (laid out for `width` and `dpr`) and refreshes what sits over it.
    pub(super) fn show_scene(&mut self, scene: Scene, width: f64, dpr: f64) {
        self.set_zoom(dpr / device_pixel_ratio());
        let _ = self.root.style().remove_property("min-height");
        let Some(model) = &self.model else { return };
        if let Err(e) = self.layers.paint(&scene, dpr) {
            web_sys::console::error_1(&e);
            return;
        }
        self.stats.renders += 1;
        // The widget's own text (tooltip, buttons, the accessible layer) in the canvas's family:
        // one typeface throughout, and its glyphs are loaded once, by the drawing.
        set_styles(&self.root, &[("font-family", crate::model::theme::font_stack(model.family))]);
        let defer = self.is_large();
        // What a staged render had left is superseded (a spec being read goes on).
        let reading = self.staged.as_ref().is_some_and(|s| s.job.is_reading());
        if !reading {
            self.staged = None;
        }
        if let Err(e) = self.a11y.rebuild(model, &self.view, &scene, !defer) {
            web_sys::console::error_1(&e);
        }
        self.place_source_link(&scene);
        let enabled = self.spec.as_ref().is_some_and(|s| s.exports);
        let theme = &self.view.theme;
        let colors = BarColors {
            background: theme.background.css(),
            text: theme.text.css(),
            muted: theme.muted.css(),
            rule: theme.grid.css(),
        };
        if let Err(e) = self.exports.refresh(enabled, model.words, &colors) {
            web_sys::console::error_1(&e);
        }
        let label = self
            .spec
            .as_ref()
            .and_then(|s| s.title.clone())
            .unwrap_or_else(|| model.words.untitled.into());
        let _ = self.layers.canvas.set_attribute("aria-label", &label);
        self.scene = Some(scene);
        self.rendered = Some((width, dpr));
        if defer && !reading {
            self.describe_in_tasks();
        }
        // The geometry moved: redraw the focused point where it now is.
        if self.focus.is_some() {
            self.draw_focus();
        }
    }

    /// Lays a real link over the drawn source line, so it can be clicked, focused and read aloud.
    fn place_source_link(&self, scene: &Scene) {
        let Some(spec) = &self.spec else { return };
        let region = scene.regions.iter().find(|r| r.kind == RegionKind::Source);
        let link: &HtmlElement = self.link.unchecked_ref();
        match (region, &spec.source_url) {
            (Some(r), Some(url)) => {
                self.link.set_href(url);
                let words = crate::model::words::words(spec.locale);
                let text =
                    format!("{}{}", words.source_prefix, spec.source.as_deref().unwrap_or(url));
                link.set_text_content(Some(&text));
                super::dom::place(link, r.x, r.y, r.w, r.h);
                show(link, true);
            }
            _ => show(link, false),
        }
    }

    // ---- reading the data: hover, touch, keyboard -------------------------------------------------

    /// Pointer position in layout px from the widget's top-left corner.
    fn local(&self, e: &Event) -> Option<(f64, f64)> {
        let e = e.dyn_ref::<web_sys::MouseEvent>()?;
        let r = self.stage.get_bounding_client_rect();
        let z = self.zoom;
        Some(((f64::from(e.client_x()) - r.left()) / z, (f64::from(e.client_y()) - r.top()) / z))
    }

    /// Scales the root (band mode: the layout width to the container's); 1 removes the zoom.
    fn set_zoom(&mut self, zoom: f64) {
        let zoom =
            if zoom.is_finite() && zoom > 0.0 && !self.bands.is_empty() { zoom } else { 1.0 };
        if zoom != self.zoom {
            self.zoom = zoom;
            // Four decimals, written with integers (no float formatting in the bundle).
            let ten_thousandths = (zoom * 10_000.0).round() as i64;
            let value = match zoom == 1.0 {
                true => String::new(),
                false => format!("{}.{:04}", ten_thousandths / 10_000, ten_thousandths % 10_000),
            };
            set_styles(&self.stage, &[("zoom", &value)]);
        }
    }

    fn hover(&mut self, x: f64, y: f64) {
        let Some(scene) = &self.scene else { return };
        let hit = plot_at(scene, x, y).and_then(|plot| {
            let k = scene.plots.iter().position(|p| std::ptr::eq(p, plot))?;
            Some(Focus { plot: k, index: index_at(plot, x, y)?, series: None })
        });
        match hit {
            Some(focus) => self.set_focus(focus, false),
            None => self.clear_focus(),
        }
    }

    fn set_focus(&mut self, focus: Focus, announce: bool) {
        if self.focus == Some(focus) {
            return;
        }
        self.focus = Some(focus);
        self.draw_focus();
        if announce {
            self.announce();
        }
    }

    fn clear_focus(&mut self) {
        if self.focus.take().is_some() {
            let _ = self.layers.overlay(&[]);
            self.tooltip.hide();
        }
    }

    /// Overlay marks and tooltip for the current focus.
    fn draw_focus(&mut self) {
        let (Some(focus), Some(scene), Some(model)) = (self.focus, &self.scene, &self.model) else {
            return;
        };
        let Some(plot) = scene.plots.get(focus.plot) else { return };
        let theme = &self.view.theme;
        let marks = focus_marks(plot, focus.index, focus.series, theme.text, theme.background);
        if let Err(e) = self.layers.overlay(&marks) {
            web_sys::console::error_1(&e);
        }
        self.stats.overlay_draws += 1;
        let index = plot.data_index(focus.index);
        let Some(tip) = tooltip_in(model, &self.view, plot.chart, plot.panel, index) else {
            return;
        };
        let (x, y) = tooltip_anchor(plot, focus);
        self.tooltip.show_at(&tip, theme, (x, y), (scene.width, scene.height), self.zoom);
    }

    fn announce(&self) {
        let (Some(focus), Some(scene), Some(model)) = (self.focus, &self.scene, &self.model) else {
            return;
        };
        let Some(plot) = scene.plots.get(focus.plot) else { return };
        let series = focus.series.or_else(|| plot.series.first().map(|s| s.series));
        let index = plot.data_index(focus.index);
        if let Some(text) = series.and_then(|s| announce_point(model, plot.chart, s, index)) {
            self.live.set_text_content(Some(&text));
        }
    }
}

/// Where the tooltip goes: beside the focused series' mark, else the highest (or, for horizontal
/// bars, the longest) visible mark of the position, else the middle of the plot.
fn tooltip_anchor(plot: &crate::scene::PlotHit, focus: Focus) -> (f64, f64) {
    let marks = || {
        plot.series
            .iter()
            .filter(move |s| focus.series.is_none_or(|f| f == s.series))
            .filter_map(move |s| s.points.get(focus.index).copied().flatten())
    };
    if plot.horizontal {
        let y = plot.xs.get(focus.index).copied().unwrap_or(plot.area.y);
        let x = marks().map(|(x, _)| x).fold(plot.area.x, f64::max);
        return (x, y);
    }
    let x = plot.xs.get(focus.index).copied().unwrap_or(plot.area.x);
    let y = marks()
        .map(|(_, y)| y)
        .fold(None, |acc: Option<f64>, y| Some(acc.map_or(y, |a| a.min(y))))
        .unwrap_or(plot.area.y + plot.area.h / 2.0);
    (x, y)
}

impl Widget {
    fn on_pointer_move(&mut self, e: Event) {
        let touch = e.dyn_ref::<PointerEvent>().is_some_and(|p| p.pointer_type() == "touch");
        if touch || self.keyboard_target().is_some() {
            return; // touch works by taps; while the keyboard drives, the pointer does not steal focus
        }
        if let Some((x, y)) = self.local(&e) {
            self.hover(x, y);
        }
    }

    /// The mouse left: its tooltip goes. A finger lifted also "leaves" (browsers send pointerleave
    /// after every touch's pointerup): a tapped tooltip stays until a tap elsewhere
    /// (`on_page_pointer_down`), or the reader could never read it.
    fn on_pointer_leave(&mut self, e: Event) {
        let touch = e.dyn_ref::<PointerEvent>().is_some_and(|p| p.pointer_type() == "touch");
        if !touch && self.keyboard_target().is_none() {
            self.clear_focus();
        }
    }

    /// A tap shows the tooltip of the tapped category (a tap outside the plots hides it). The page
    /// still scrolls: nothing here prevents the default action.
    fn on_pointer_down(&mut self, e: Event) {
        let touch = e.dyn_ref::<PointerEvent>().is_some_and(|p| p.pointer_type() != "mouse");
        if let (true, Some((x, y))) = (touch, self.local(&e)) {
            self.hover(x, y);
        }
    }

    fn on_page_pointer_down(&mut self, e: Event) {
        let inside = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .is_some_and(|node| self.root.contains(Some(&node)));
        if !inside {
            self.clear_focus();
        }
    }

    fn on_click(&mut self, e: Event) {
        match target_of(&e) {
            Some(Target::Legend { chart, series }) => self.toggle_series(chart, series),
            Some(Target::Export(kind)) => {
                if let Err(e) = self.download(kind) {
                    web_sys::console::error_1(&e);
                }
            }
            _ => {}
        }
    }

    /// The exported file's content: a `data:image/png` URL (2×), SVG text or CSV text. `None` when
    /// nothing is shown (errors, not yet rendered).
    pub fn export(&mut self, kind: ExportKind) -> Result<Option<String>, JsValue> {
        self.settle();
        let (Some(spec), Some(scene)) = (&self.spec, &self.scene) else { return Ok(None) };
        Ok(Some(match kind {
            ExportKind::Png => exports::png_data_url(&self.doc, scene)?,
            ExportKind::Svg => crate::render::svg::to_svg(scene),
            ExportKind::Csv => crate::model::export::to_csv(spec),
        }))
    }

    fn download(&mut self, kind: ExportKind) -> Result<(), JsValue> {
        let Some(body) = self.export(kind)? else { return Ok(()) };
        let title = self.spec.as_ref().and_then(|s| s.title.as_deref());
        let name = format!("{}.{}", crate::model::export::file_stem(title), kind.name());
        match kind {
            ExportKind::Png => exports::download_data_url(&self.doc, &name, &body),
            ExportKind::Svg => exports::download(&self.doc, &name, "image/svg+xml", &body),
            // A byte-order mark, so spreadsheet programs read the Chinese as UTF-8.
            ExportKind::Csv => exports::download(
                &self.doc,
                &name,
                "text/csv;charset=utf-8",
                &format!("\u{feff}{body}"),
            ),
        }
    }

    /// Legend: show or hide a series; the axes rescale. The last visible series stays.
    fn toggle_series(&mut self, chart: usize, series: usize) {
        let Some(model) = self.model.as_ref() else { return };
        let visible = !self.view.is_hidden(chart, series);
        if !self.view.set_series_visible(model, chart, series, !visible) {
            return;
        }
        self.clear_focus();
        self.rendered = None;
        self.render();
        // The button was rebuilt with the layer: give focus back to its successor.
        if let Some(button) = self.a11y.find(Target::Legend { chart, series }) {
            let _ = button.focus();
        }
    }

    fn on_key_down(&mut self, e: Event) {
        let Some(Target::Plot(k)) = target_of(&e) else { return };
        let Some(key) = e.dyn_ref::<KeyboardEvent>().map(|k| k.key()) else { return };
        let Some(plot) = self.scene.as_ref().and_then(|s| s.plots.get(k)) else { return };
        let last = plot.xs.len().saturating_sub(1);
        let series: Vec<usize> = plot.series.iter().map(|s| s.series).collect();
        let current = self.focus.filter(|f| f.plot == k).unwrap_or(Focus {
            plot: k,
            index: 0,
            series: series.first().copied(),
        });
        let slot = current.series.and_then(|s| series.iter().position(|&x| x == s)).unwrap_or(0);
        // Horizontal bars list their categories downward: the vertical arrows walk the rows, the
        // horizontal ones the series.
        let key = match (plot.horizontal, key.as_str()) {
            (true, "ArrowDown") => "ArrowRight",
            (true, "ArrowUp") => "ArrowLeft",
            (true, "ArrowRight") => "ArrowDown",
            (true, "ArrowLeft") => "ArrowUp",
            (_, other) => other,
        }
        .to_string();
        let next = match key.as_str() {
            "ArrowRight" => Focus { index: (current.index + 1).min(last), ..current },
            "ArrowLeft" => Focus { index: current.index.saturating_sub(1), ..current },
            "Home" => Focus { index: 0, ..current },
            "End" => Focus { index: last, ..current },
            "ArrowDown" => {
                Focus { series: series.get((slot + 1) % series.len().max(1)).copied(), ..current }
            }
            "ArrowUp" => Focus {
                series: series.get((slot + series.len().max(1) - 1) % series.len().max(1)).copied(),
                ..current
            },
            "Escape" => {
                self.clear_focus();
                if let Some(el) = self.a11y.find(Target::Plot(k)) {
                    let _ = el.blur();
                }
                return;
            }
            _ => return,
        };
        e.prevent_default(); // arrows would scroll the page
        if self.focus == Some(next) {
            self.announce(); // at an end: say where we are again
        } else {
            self.set_focus(next, true);
        }
    }

    fn on_focus_in(&mut self, e: Event) {
        let Some(target) = target_of(&e) else { return };
        if let Some(el) = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
            focus_ring(&el, self.model.as_ref().map(|_| self.view.theme.text.css()).as_deref());
        }
        if let Target::Plot(k) = target {
            let first =
                self.scene.as_ref().and_then(|s| s.plots.get(k)).and_then(|p| p.series.first());
            let focus = Focus { plot: k, index: 0, series: first.map(|s| s.series) };
            self.set_focus(focus, true);
        }
    }

    fn on_focus_out(&mut self, e: Event) {
        let Some(target) = target_of(&e) else { return };
        if let Some(el) = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
            focus_ring(&el, None);
        }
        if let Target::Plot(_) = target {
            self.clear_focus();
        }
    }

    /// The plot whose focus target has keyboard focus, if any.
    fn keyboard_target(&self) -> Option<usize> {
        let active = self.doc.active_element()?;
        match Target::parse(&active.get_attribute("data-ig")?)? {
            Target::Plot(k) if self.root.contains(Some(&active)) => Some(k),
            _ => None,
        }
    }

    /// Every text run of the current scene with the box it occupies, measured by the browser's own
    /// fonts: (text, x, y, w, h) in CSS px. For overlap tests in a real browser.
    pub fn text_boxes(&mut self) -> Vec<TextBox> {
        self.settle();
        let Some(scene) = &self.scene else { return Vec::new() };
        scene
            .items
            .iter()
            .filter_map(|item| match item {
                crate::paint::Item::Text(t) => {
                    let b = crate::layout::text_bounds(t, &self.measure);
                    Some(TextBox { text: t.text.clone(), x: b.x, y: b.y, w: b.w, h: b.h })
                }
                _ => None,
            })
            .collect()
    }

    pub fn tooltip_text(&self) -> Option<String> {
        self.focus.map(|_| self.tooltip.text())
    }
}

/// The `data-ig` target an event happened on.
/// `measure`, or the estimate in band mode (`bands` not empty).
pub(super) fn text_measure<'a>(
    measure: &'a CanvasMeasure,
    bands: &[crate::snippet::Band],
) -> &'a dyn TextMeasure {
    match bands.is_empty() {
        true => measure,
        false => &EstimateMeasure,
    }
}

/// The link over the drawn source line: transparent, the canvas's text shows through.
fn source_link(doc: &web_sys::Document) -> Result<HtmlAnchorElement, JsValue> {
    let link: HtmlAnchorElement = create(doc, "a")?;
    link.set_target("_blank");
    link.set_rel("noopener noreferrer");
    let styles = [
        ("position", "absolute"),
        ("color", "transparent"),
        ("font-size", "12px"),
        ("overflow", "hidden"),
    ];
    set_styles(link.unchecked_ref(), &styles);
    Ok(link)
}

/// The host's width bands (`data-ig-bands`; empty: a plain host), and with its height hints
/// (`data-ig-heights`) the height `root` holds until the first render, so nothing below moves.
fn band_mode(host: &Element, root: &HtmlElement) -> Vec<crate::snippet::Band> {
    let bands = host.get_attribute("data-ig-bands").map(|b| parse_bands(&b)).unwrap_or_default();
    let heights = host.get_attribute("data-ig-heights").unwrap_or_default();
    if let Some(px) = reserved_height(&bands, &heights, root.get_bounding_client_rect().width()) {
        set_styles(root, &[("min-height", &px)]);
    }
    bands
}

/// The height a band-mode host `width` px wide will have (`data-ig-heights`, `snippet::heights`:
/// "width:height+bar" per band), as a CSS length; `None` without the hint for its band.
fn reserved_height(bands: &[crate::snippet::Band], heights: &str, width: f64) -> Option<String> {
    let band = bands.iter().rev().find(|b| width >= f64::from(b.from)).or(bands.first())?;
    let hint = heights.split_whitespace().find_map(|pair| {
        let (w, rest) = pair.split_once(':')?;
        let (h, bar) = rest.split_once('+')?;
        (w.parse::<u32>().ok()? == band.width)
            .then_some((h.parse::<u32>().ok()?, bar.parse::<u32>().ok()?))
    });
    let (h, bar) = hint?;
    let px = f64::from(h) * width.floor() / f64::from(band.width) + f64::from(bar);
    // Hundredths, written with integers (no float formatting in the bundle).
    let hundredths = (px * 100.0).round() as i64;
    (hundredths > 0).then(|| format!("{}.{:02}px", hundredths / 100, hundredths % 100))
}

/// `data-ig-bands`: "width:from" pairs (`crate::snippet::bands`), in order; a malformed pair is
/// skipped, and no pair at all is a plain host.
fn parse_bands(text: &str) -> Vec<crate::snippet::Band> {
    let band = |pair: &str| {
        let (width, from) = pair.split_once(':')?;
        let width: u32 = width.parse().ok()?;
        let from: u32 = from.parse().ok()?;
        (240..=2000).contains(&width).then_some(crate::snippet::Band { width, from })
    };
    text.split_whitespace().filter_map(band).collect()
}

fn target_of(e: &Event) -> Option<Target> {
    let el = e.target()?.dyn_into::<Element>().ok()?;
    Target::parse(&el.get_attribute("data-ig")?)
}

/// A visible focus ring (CSSOM can't set `:focus-visible`, so focus/blur toggle an outline).
fn focus_ring(el: &HtmlElement, color: Option<&str>) {
    match color {
        Some(c) => {
            set_styles(el, &[("outline", &format!("2px solid {c}")), ("outline-offset", "2px")])
        }
        None => set_styles(el, &[("outline", "none")]),
    }
}

/// Whether the element is within a few hundred pixels of the viewport now.
fn near_viewport(el: &HtmlElement) -> bool {
    let r = el.get_bounding_client_rect();
    let height =
        window().ok().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(0.0);
    r.top() < height + 300.0 && r.bottom() > -300.0
}

/// Subscribes `handler` to `kind` events on `target` for as long as the returned listener lives. The
/// handler sees the widget only if it is alive, not broken by an earlier panic, and not already busy
/// (a DOM call inside our own work can fire events synchronously).
fn listen(
    widget: &Shared,
    target: &web_sys::EventTarget,
    kind: &'static str,
    handler: fn(&mut Widget, Event),
) -> Result<EventListener, JsValue> {
    let weak: Weak<Guarded<Widget>> = Rc::downgrade(widget);
    EventListener::new(target, kind, move |e| {
        if let Some(widget) = weak.upgrade() {
            let _ = widget.with(|w| handler(w, e));
        }
    })
}
