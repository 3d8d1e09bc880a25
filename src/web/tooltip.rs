//! The tooltip: one `role="tooltip"` element per widget, filled with `textContent` only (spec text is
//! never HTML), placed beside the focused point and kept inside the widget.

use super::dom::{create, set_styles, show};
use crate::decimal::clamp;
use crate::decimal::Shortest;
use crate::model::describe::Tooltip;
use crate::model::theme::Theme;
use wasm_bindgen::JsValue;
use web_sys::{Document, HtmlElement};

const GAP: f64 = 12.0;

pub struct TooltipBox {
    doc: Document,
    pub el: HtmlElement,
}

impl TooltipBox {
    pub fn new(doc: &Document, parent: &HtmlElement, id: &str) -> Result<TooltipBox, JsValue> {
        let el: HtmlElement = create(doc, "div")?;
        el.set_id(id);
        el.set_attribute("role", "tooltip")?;
        set_styles(
            &el,
            &[
                ("position", "absolute"),
                ("pointer-events", "none"),
                ("z-index", "2"),
                ("max-width", "260px"),
                ("padding", "6px 9px"),
                ("border-radius", "3px"),
                // The family is the widget root's (the locale's, as on the canvas).
                ("font-size", "13px"),
                ("line-height", "1.45"),
                ("box-shadow", "0 1px 4px rgba(0,0,0,.25)"),
                ("white-space", "nowrap"),
            ],
        );
        show(&el, false);
        parent.append_child(&el)?;
        Ok(TooltipBox { doc: doc.clone(), el })
    }

    /// Fills and places the tooltip next to (x, y), flipping to the left of it near the right edge and
    /// staying within `width` × `height` (layout px; the root is zoomed by `zoom`).
    pub fn show_at(
        &self,
        tip: &Tooltip,
        theme: &Theme,
        (x, y): (f64, f64),
        (width, height): (f64, f64),
        zoom: f64,
    ) {
        if self.fill(tip, theme).is_err() {
            return;
        }
        set_styles(
            &self.el,
            &[
                ("background", &theme.background.css()),
                ("color", &theme.text.css()),
                ("border", &format!("1px solid {}", theme.grid.css())),
                ("left", "0px"),
                ("top", "0px"),
            ],
        );
        show(&self.el, true);
        let r = self.el.get_bounding_client_rect();
        let (w, h) = (r.width() / zoom, r.height() / zoom);
        let mut left = x + GAP;
        if left + w > width {
            left = x - GAP - w;
        }
        let left = clamp(left, 0.0, (width - w).max(0.0));
        let top = clamp(y - h / 2.0, 0.0, (height - h).max(0.0));
        set_styles(
            &self.el,
            &[("left", &format!("{}px", Shortest(left))), ("top", &format!("{}px", Shortest(top)))],
        );
    }

    pub fn hide(&self) {
        show(&self.el, false);
    }

    pub fn text(&self) -> String {
        self.el.text_content().unwrap_or_default()
    }

    fn fill(&self, tip: &Tooltip, theme: &Theme) -> Result<(), JsValue> {
        self.el.set_text_content(None);
        let heading: HtmlElement = create(&self.doc, "div")?;
        heading.set_text_content(Some(&tip.heading));
        set_styles(&heading, &[("font-weight", "bold"), ("margin-bottom", "2px")]);
        self.el.append_child(&heading)?;
        for row in &tip.rows {
            let line: HtmlElement = create(&self.doc, "div")?;
            let key: HtmlElement = create(&self.doc, "span")?;
            set_styles(
                &key,
                &[
                    ("display", "inline-block"),
                    ("width", "9px"),
                    ("height", "9px"),
                    ("margin-right", "6px"),
                    ("border-radius", "2px"),
                    ("background", &row.color.css()),
                ],
            );
            key.set_attribute("aria-hidden", "true")?;
            let name: HtmlElement = create(&self.doc, "span")?;
            name.set_text_content(Some(&format!("{} ", row.name)));
            set_styles(&name, &[("color", &theme.muted.css())]);
            let value: HtmlElement = create(&self.doc, "strong")?;
            value.set_text_content(Some(&row.value));
            line.append_child(&key)?;
            line.append_child(&name)?;
            line.append_child(&value)?;
            self.el.append_child(&line)?;
        }
        if let Some(total) = &tip.total {
            let line: HtmlElement = create(&self.doc, "div")?;
            line.set_text_content(Some(total));
            set_styles(
                &line,
                &[
                    ("font-weight", "bold"),
                    ("margin-top", "3px"),
                    ("padding-top", "3px"),
                    ("border-top", &format!("1px solid {}", theme.grid.css())),
                ],
            );
            self.el.append_child(&line)?;
        }
        // Annotation labels at this category, quieter than the values, as on the chart.
        for note in &tip.notes {
            let line: HtmlElement = create(&self.doc, "div")?;
            line.set_text_content(Some(note));
            set_styles(&line, &[("color", &theme.muted.css()), ("margin-top", "2px")]);
            self.el.append_child(&line)?;
        }
        Ok(())
    }
}
