//! The error box shown in place of a chart whose spec has errors: `role="alert"`, plain text, the first
//! few errors with their JSON paths, then "and N more". All of them also go to `console.error`.
//! Its look is in `error_box_style.rs`, shared with `<info-graphic>`'s box for a spec it could not
//! load.

use super::dom::{create, set_styles};
use super::error_box_style::{BOX, HEADING, LIST, MORE, PATH};
use crate::model::words::words;
use crate::spec::{Diagnostic, Locale};
use wasm_bindgen::JsValue;
use web_sys::{Document, HtmlElement};

const SHOWN: usize = 5;

pub fn create_alert(doc: &Document) -> Result<HtmlElement, JsValue> {
    let alert: HtmlElement = create(doc, "div")?;
    alert.set_attribute("role", "alert")?;
    alert.set_class_name("infographic-errors");
    set_styles(&alert, BOX);
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
    set_styles(&heading, HEADING);
    alert.append_child(&heading)?;
    let list: HtmlElement = create(doc, "ul")?;
    set_styles(&list, LIST);
    for d in diagnostics.iter().take(SHOWN) {
        let item: HtmlElement = create(doc, "li")?;
        if !d.path.is_empty() {
            let path: HtmlElement = create(doc, "code")?;
            path.set_text_content(Some(&d.path));
            set_styles(&path, PATH);
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
        set_styles(&more, MORE);
        alert.append_child(&more)?;
    }
    Ok(())
}
