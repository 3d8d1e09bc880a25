//! The error box shown in place of a chart whose spec has errors: `role="alert"`, plain text, the first
//! few errors with their JSON paths, then "and N more". All of them also go to `console.error`.
//!
//! Its look is written here only. `<info-graphic>` (www/embed.js) shows a spec it could not load
//! (HTTP error, not JSON, too large) in the same box, built by [`load_error_box`] (exported as
//! `errorBox`), rather than keeping a copy of these styles. The styles are set through the CSSOM
//! (CSP-clean: no style attribute, no injected `<style>`) and not by a stylesheet, so the box looks
//! right on any host page, including one that calls `mount()` and links none of our CSS.

use super::dom::{create, document, set_styles};
use crate::model::words::words;
use crate::spec::{Diagnostic, Locale};
use wasm_bindgen::JsValue;
use web_sys::{Document, HtmlElement};

const SHOWN: usize = 5;

pub fn create_alert(doc: &Document) -> Result<HtmlElement, JsValue> {
    let alert: HtmlElement = create(doc, "div")?;
    alert.set_attribute("role", "alert")?;
    alert.set_class_name("infographic-errors");
    set_styles(
        &alert,
        &[
            ("border-left", "4px solid #b3261e"),
            ("background", "#fdf2f1"),
            ("color", "#1a1a1a"),
            ("padding", "12px 14px"),
            ("font", "14px/1.5 system-ui, sans-serif"),
            ("overflow-wrap", "anywhere"),
        ],
    );
    Ok(alert)
}

/// Replaces the alert's content with `diagnostics`.
pub fn fill_alert(
    doc: &Document,
    alert: &HtmlElement,
    diagnostics: &[Diagnostic],
    locale: Locale,
) -> Result<(), JsValue> {
    let words = words(locale);
    alert.set_text_content(None);
    let title = heading(doc, words.error_heading)?;
    alert.append_child(&title)?;
    let list = styled(doc, "ul", None, &[("margin", "0"), ("padding-left", "1.2em")])?;
    for d in diagnostics.iter().take(SHOWN) {
        let item: HtmlElement = create(doc, "li")?;
        if !d.path.is_empty() {
            let bold_mono = [("font-family", "ui-monospace, monospace"), ("font-weight", "bold")];
            let path = styled(doc, "code", Some(&d.path), &bold_mono)?;
            item.append_child(&path)?;
            item.append_child(&doc.create_text_node(": "))?;
        }
        item.append_child(&doc.create_text_node(&d.message))?;
        list.append_child(&item)?;
    }
    alert.append_child(&list)?;
    if diagnostics.len() > SHOWN {
        let text = (words.more_errors)(diagnostics.len() - SHOWN);
        let more = styled(doc, "p", Some(&text), &[("margin", "6px 0 0")])?;
        alert.append_child(&more)?;
    }
    Ok(())
}

/// A detached error box with `heading` and one paragraph of `detail`: `<info-graphic>`'s box for a
/// spec it could not load.
pub fn load_error_box(heading_text: &str, detail: &str) -> Result<HtmlElement, JsValue> {
    let doc = document()?;
    let alert = create_alert(&doc)?;
    let title = heading(&doc, heading_text)?;
    alert.append_child(&title)?;
    let paragraph = styled(&doc, "p", Some(detail), &[("margin", "0")])?;
    alert.append_child(&paragraph)?;
    Ok(alert)
}

fn heading(doc: &Document, text: &str) -> Result<HtmlElement, JsValue> {
    styled(doc, "p", Some(text), &[("margin", "0 0 6px"), ("font-weight", "bold")])
}

/// A new `tag` element holding `text`, with `styles`.
fn styled(
    doc: &Document,
    tag: &str,
    text: Option<&str>,
    styles: &[(&str, &str)],
) -> Result<HtmlElement, JsValue> {
    let el: HtmlElement = create(doc, tag)?;
    el.set_text_content(text);
    set_styles(&el, styles);
    Ok(el)
}
