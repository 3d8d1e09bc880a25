//! The download buttons under a widget (PNG at 2×, SVG from the same scene, CSV of the data) and the
//! files they produce. The buttons are real `<button>`s in the DOM, so Tab and Enter reach them; a spec
//! with `"exports": false` hides them. Like the accessible layer, they carry no listeners: the widget's
//! delegated click handler reads their `data-ig`.

use super::dom::{create, set_styles, show};
use super::layers::{backend, context_2d};
use super::targets::{ExportKind, Target};
use crate::model::words::Words;
use crate::render::{draw, RenderOptions};
use crate::scene::Scene;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Blob, BlobPropertyBag, Document, HtmlAnchorElement, HtmlCanvasElement, HtmlElement, Url,
};

/// PNG exports are drawn at this pixel ratio whatever the reader's screen: crisp in print and slides.
pub const PNG_SCALE: f64 = 2.0;

/// The theme's colours for the download bar, as CSS. The bar takes the widget's background too: a
/// widget fixed to `"theme": "dark"` on a light page keeps its buttons readable (light text on the
/// widget's dark ground, not on the page's white).
#[derive(Default)]
pub struct BarColors {
    pub background: String,
    pub text: String,
    pub muted: String,
    pub rule: String,
}

pub struct ExportBar {
    doc: Document,
    pub el: HtmlElement,
}

impl ExportBar {
    pub fn new(doc: &Document, parent: &HtmlElement) -> Result<ExportBar, JsValue> {
        let el: HtmlElement = create(doc, "div")?;
        set_styles(
            &el,
            &[
                ("display", "flex"),
                ("justify-content", "flex-end"),
                ("align-items", "baseline"),
                ("gap", "4px"),
                ("margin-top", "-2px"),
                // The family is the widget root's (the locale's, as on the canvas).
                ("font-size", "12px"),
                ("line-height", "1.5"),
            ],
        );
        show(&el, false);
        parent.append_child(&el)?;
        Ok(ExportBar { doc: doc.clone(), el })
    }

    /// Rebuilds the buttons in the spec's words and the theme's colours; hides the bar when exports are
    /// off.
    pub fn refresh(&self, enabled: bool, words: &Words, colors: &BarColors) -> Result<(), JsValue> {
        let BarColors { background, text, muted, rule } = colors;
        self.el.set_text_content(None);
        if !enabled {
            show(&self.el, false);
            return Ok(());
        }
        set_styles(&self.el, &[("display", "flex"), ("background", background)]);
        let label: HtmlElement = create(&self.doc, "span")?;
        label.set_text_content(Some(words.download));
        set_styles(&label, &[("color", muted.as_str())]);
        self.el.append_child(&label)?;
        for kind in ExportKind::ALL {
            let button: HtmlElement = create(&self.doc, "button")?;
            button.set_attribute("type", "button")?;
            button.set_attribute("data-ig", &Target::Export(kind).attr())?;
            button.set_attribute(
                "aria-label",
                match kind {
                    ExportKind::Png => words.download_png,
                    ExportKind::Svg => words.download_svg,
                    ExportKind::Csv => words.download_csv,
                },
            )?;
            button.set_text_content(Some(&kind.name().to_ascii_uppercase()));
            set_styles(
                &button,
                &[
                    ("font", "inherit"),
                    ("color", text.as_str()),
                    ("background", "transparent"),
                    ("border", &format!("1px solid {rule}")),
                    ("border-radius", "3px"),
                    ("padding", "0 6px"),
                    ("cursor", "pointer"),
                ],
            );
            self.el.append_child(&button)?;
        }
        Ok(())
    }
}

/// The scene drawn on a detached canvas at [`PNG_SCALE`], as a `data:image/png` URL.
pub fn png_data_url(doc: &Document, scene: &Scene) -> Result<String, JsValue> {
    let canvas: HtmlCanvasElement = create(doc, "canvas")?;
    canvas.set_width((scene.width * PNG_SCALE).round() as u32);
    canvas.set_height((scene.height * PNG_SCALE).round() as u32);
    context_2d(&canvas)?.set_line_join("round");
    draw(scene, &mut backend(&canvas)?, RenderOptions { scale: PNG_SCALE, font_size_factor: 1.0 })
        .map_err(|e| JsValue::from_str(&format!("infographic: drawing failed: {e}")))?;
    canvas.to_data_url_with_type("image/png")
}

/// Offers `body` as a file download (a Blob URL on a temporary link, revoked right after).
pub fn download(doc: &Document, file_name: &str, mime: &str, body: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(body));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let result = click_link(doc, file_name, &url);
    Url::revoke_object_url(&url)?;
    result
}

/// Offers a `data:` URL (the PNG) as a download.
pub fn download_data_url(doc: &Document, file_name: &str, url: &str) -> Result<(), JsValue> {
    click_link(doc, file_name, url)
}

fn click_link(doc: &Document, file_name: &str, href: &str) -> Result<(), JsValue> {
    let link: HtmlAnchorElement = create(doc, "a")?;
    link.set_href(href);
    link.set_download(file_name);
    let body = doc.body().ok_or_else(|| JsValue::from_str("infographic: no document body"))?;
    body.append_child(&link)?;
    link.unchecked_ref::<HtmlElement>().click();
    link.remove();
    Ok(())
}
