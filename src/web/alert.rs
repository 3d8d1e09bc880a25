//! The error box shown in place of a chart whose spec has errors: `role="alert"`, plain text, the first
//! few errors with their JSON paths, then "and N more". All of them also go to `console.error`.

use super::dom::{create, set_styles};
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
    let heading: HtmlElement = create(doc, "p")?;
    heading.set_text_content(Some(words.error_heading));
    set_styles(&heading, &[("margin", "0 0 6px"), ("font-weight", "bold")]);
    alert.append_child(&heading)?;
    let list: HtmlElement = create(doc, "ul")?;
    set_styles(&list, &[("margin", "0"), ("padding-left", "1.2em")]);
    for d in diagnostics.iter().take(SHOWN) {
        let item: HtmlElement = create(doc, "li")?;
        if !d.path.is_empty() {
            let path: HtmlElement = create(doc, "code")?;
            path.set_text_content(Some(&d.path));
            set_styles(
                &path,
                &[("font-family", "ui-monospace, monospace"), ("font-weight", "bold")],
            );
            item.append_child(&path)?;
            item.append_child(&doc.create_text_node(": "))?;
        }
        item.append_child(&doc.create_text_node(&d.message))?;
        list.append_child(&item)?;
    }
    alert.append_child(&list)?;
    if diagnostics.len() > SHOWN {
        let more: HtmlElement = create(doc, "p")?;
        more.set_text_content(Some(&(words.more_errors)(diagnostics.len() - SHOWN)));
        set_styles(&more, &[("margin", "6px 0 0")]);
        alert.append_child(&more)?;
    }
    Ok(())
}
