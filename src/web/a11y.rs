//! The accessible layer over the canvas, rebuilt with every static render (for large data the
//! descriptions in later tasks, their table rows a batch per task: see `widget::LARGE_DATA_ABOVE`):
//! - per chart, a visually hidden description: the generated summary and a `<table>` of every value;
//! - per line/bar plot, a focusable element over the plot (Tab reaches it; arrow keys walk the data);
//! - per legend entry of a multi-series chart, a real `<button aria-pressed>` over the drawn entry.
//!
//! These elements carry no listeners: the widget listens once on its root and dispatches on their
//! `data-ig` attribute, so rebuilding this layer never drops a callback that might be running.

use super::dom::{create, place, set_styles, visually_hidden};
use super::targets::Target;
use crate::model::describe::{chart_name, data_table, summary, DataTable};
use crate::model::{ChartModel, Model, View};
use crate::paint::RegionKind;
use crate::scene::Scene;
use crate::spec::Locale;
use wasm_bindgen::JsValue;
use web_sys::{Document, HtmlElement};

pub struct A11yLayer {
    doc: Document,
    pub el: HtmlElement,
    uid: String,
}

/// Rows of a description's table still to be added (large data adds them a batch per task).
pub struct RowsToAdd {
    body: HtmlElement,
    rows: std::vec::IntoIter<Vec<String>>,
}

/// Limits: table rows added per task when a large chart's description is built in stages: a few
/// milliseconds of DOM work each, and as much layout in the next frame (a thousand rows at once
/// took ~20 ms in Chromium; 250 rows of four cells, 9–16 ms of layout on a slow machine).
pub const ROWS_PER_TASK: usize = 100;

fn keyboard_hint(locale: Locale) -> &'static str {
    match locale {
        Locale::ZhCn => "可用左右方向键逐个查看数据，上下方向键切换数据系列，Esc 退出。",
        Locale::En => "Use Left and Right to move between values, Up and Down to switch series, Escape to leave.",
    }
}

impl A11yLayer {
    pub fn new(doc: &Document, parent: &HtmlElement, uid: &str) -> Result<A11yLayer, JsValue> {
        let el: HtmlElement = create(doc, "div")?;
        set_styles(
            &el,
            &[
                ("position", "absolute"),
                ("left", "0"),
                ("top", "0"),
                ("width", "0"),
                ("height", "0"),
                // The canvas's label size (the family is the widget root's, the canvas's): the
                // browser lays this hidden text out with the glyphs the drawing already loaded. In
                // the page's own font, laying out the default story's descriptions loaded every
                // glyph again: ~17–20 ms in the first frame, ~5 ms now (Chromium, measured).
                ("font-size", "12px"),
            ],
        );
        parent.append_child(&el)?;
        Ok(A11yLayer { doc: doc.clone(), el, uid: uid.to_string() })
    }

    pub fn clear(&self) {
        self.el.set_text_content(None);
    }

    /// Rebuilds every focus target and legend button for `scene`, and every description unless
    /// `descriptions` is false (large data: the render job describes it in later tasks).
    pub fn rebuild(
        &self,
        model: &Model,
        view: &View,
        scene: &Scene,
        descriptions: bool,
    ) -> Result<(), JsValue> {
        self.clear();
        if descriptions {
            // As a staged description adds them, all at once.
            let mut d = self.start_describing();
            for chart in 0..model.charts.len() {
                self.describe_summary(model, chart, &summary(model, view, chart), &mut d)?;
                self.describe_table(model, data_table(model, chart), &mut d)?;
            }
            for mut rows in d.rows {
                self.add_rows(&mut rows, usize::MAX)?;
            }
        }
        for (k, plot) in scene.plots.iter().enumerate() {
            let target: HtmlElement = create(&self.doc, "div")?;
            target.set_tab_index(0);
            target.set_attribute("role", "application")?;
            target.set_attribute("aria-roledescription", role_description(model.locale))?;
            let mut name = chart_name(model, plot.chart);
            // Each panel of small multiples is its own stop: say which one.
            if let (Some(p), Some(ChartModel::Xy(xy))) = (plot.panel, model.charts.get(plot.chart))
            {
                if let Some(title) = xy.panels.get(p) {
                    name = format!("{name} · {title}");
                }
            }
            target
                .set_attribute("aria-label", &format!("{name}。{}", keyboard_hint(model.locale)))?;
            target.set_attribute("aria-describedby", &self.description_id(plot.chart))?;
            target.set_attribute("data-ig", &Target::Plot(k).attr())?;
            let a = &plot.area;
            place(&target, a.x, a.y, a.w, a.h);
            set_styles(
                &target,
                &[("pointer-events", "none"), ("outline", "none"), ("border-radius", "2px")],
            );
            self.el.append_child(&target)?;
        }
        for region in &scene.regions {
            let RegionKind::LegendEntry { chart, series } = region.kind else { continue };
            let Some(ChartModel::Xy(xy)) = model.charts.get(chart) else { continue };
            if xy.series.len() < 2 {
                continue; // one series: nothing to toggle
            }
            let button: HtmlElement = create(&self.doc, "button")?;
            button.set_attribute("type", "button")?;
            button.set_attribute(
                "aria-pressed",
                if view.is_hidden(chart, series) { "false" } else { "true" },
            )?;
            button.set_attribute("data-ig", &Target::Legend { chart, series }.attr())?;
            button.set_text_content(Some(&xy.series[series].legend));
            place(&button, region.x - 3.0, region.y, region.w + 6.0, region.h);
            set_styles(
                &button,
                &[
                    ("background", "transparent"),
                    ("border", "0"),
                    ("padding", "0"),
                    ("color", "transparent"),
                    ("font-size", "13px"),
                    ("overflow", "hidden"),
                    ("cursor", "pointer"),
                    ("border-radius", "3px"),
                ],
            );
            self.el.append_child(&button)?;
        }
        Ok(())
    }

    /// Adds up to `max` of `pending`'s rows; true when none are left.
    pub fn add_rows(&self, pending: &mut RowsToAdd, max: usize) -> Result<bool, JsValue> {
        for cells in pending.rows.by_ref().take(max) {
            let row: HtmlElement = create(&self.doc, "tr")?;
            for (i, cell) in cells.iter().enumerate() {
                let td: HtmlElement = create(&self.doc, if i == 0 { "th" } else { "td" })?;
                if i == 0 {
                    td.set_attribute("scope", "row")?;
                }
                td.set_text_content(Some(cell));
                row.append_child(&td)?;
            }
            pending.body.append_child(&row)?;
        }
        Ok(pending.rows.len() == 0)
    }

    pub fn description_id(&self, chart: usize) -> String {
        format!("{}-desc-{chart}", self.uid)
    }

    /// The element for `target` in the current layer, if any.
    pub fn find(&self, target: Target) -> Option<HtmlElement> {
        use wasm_bindgen::JsCast;
        self.el
            .query_selector(&format!("[data-ig=\"{}\"]", target.attr()))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    }

    /// A named group per chart (also KPI rows, which have no focus target): the summary, which a focus
    /// target's `aria-describedby` points at, then the table, which screen-reader users browse:
    /// chart `chart`'s group with its summary `text`, not yet in the layer.
    fn summary_group(
        &self,
        model: &Model,
        chart: usize,
        text: &str,
    ) -> Result<HtmlElement, JsValue> {
        let group: HtmlElement = create(&self.doc, "div")?;
        group.set_attribute("role", "group")?;
        group.set_attribute("aria-label", &chart_name(model, chart))?;
        visually_hidden(&group);
        let p: HtmlElement = create(&self.doc, "p")?;
        p.set_id(&self.description_id(chart));
        p.set_text_content(Some(text));
        group.append_child(&p)?;
        Ok(group)
    }

    /// Adds a chart's data `table` (caption and headings) to its `group`; its rows are returned,
    /// for `add_rows`.
    fn add_table(
        &self,
        model: &Model,
        table: Option<DataTable>,
        group: &HtmlElement,
    ) -> Result<Option<RowsToAdd>, JsValue> {
        let Some(table) = table else { return Ok(None) };
        let el: HtmlElement = create(&self.doc, "table")?;
        // Limits: a fixed layout, so rows added a batch per task (up to 1,000) never make the
        // browser measure every cell again to size the columns: with the automatic layout,
        // appending 250 rows to the (unseen) table cost 10–30 ms of layout per frame
        // (Chromium, measured). Nobody sees the columns; screen readers read the cells.
        set_styles(&el, &[("table-layout", "fixed"), ("width", "1px")]);
        let caption: HtmlElement = create(&self.doc, "caption")?;
        caption.set_text_content(Some(&table.caption));
        el.append_child(&caption)?;
        let head: HtmlElement = create(&self.doc, "thead")?;
        let row: HtmlElement = create(&self.doc, "tr")?;
        for h in &table.headers {
            let th: HtmlElement = create(&self.doc, "th")?;
            th.set_attribute("scope", "col")?;
            th.set_text_content(Some(h));
            row.append_child(&th)?;
        }
        head.append_child(&row)?;
        el.append_child(&head)?;
        let body: HtmlElement = create(&self.doc, "tbody")?;
        el.append_child(&body)?;
        group.append_child(&el)?;
        if table.omitted > 0 {
            let note: HtmlElement = create(&self.doc, "p")?;
            let total = table.rows.len() + table.omitted;
            note.set_text_content(Some(&(model.words.rows_omitted)(table.rows.len(), total)));
            group.append_child(&note)?;
        }
        Ok(Some(RowsToAdd { body, rows: table.rows.into_iter() }))
    }

    /// The descriptions for a staged render, a chart's summary or table per task (the render
    /// job makes their text: `crate::job`).
    pub fn start_describing(&self) -> Describing {
        Describing { group: None, before: self.el.first_child(), rows: Vec::new() }
    }

    /// Chart `chart`'s group with its summary `text`, after the charts described before.
    pub fn describe_summary(
        &self,
        model: &Model,
        chart: usize,
        text: &str,
        d: &mut Describing,
    ) -> Result<(), JsValue> {
        let group = self.summary_group(model, chart, text)?;
        // Ahead of the focus targets, after the charts described before: the reading order.
        self.el.insert_before(&group, d.before.as_ref())?;
        d.group = Some(group);
        Ok(())
    }

    /// The summarised chart's `table`, its rows left in `d.rows`.
    pub fn describe_table(
        &self,
        model: &Model,
        table: Option<DataTable>,
        d: &mut Describing,
    ) -> Result<(), JsValue> {
        if let Some(group) = d.group.take() {
            d.rows.extend(self.add_table(model, table, &group)?);
        }
        Ok(())
    }
}

/// A staged description's DOM under way: each chart's summary in one task, its table in the next
/// (Limits: the summary is a pass over every value, the table formats up to 1,000 rows; for 2 ×
/// 1,000,000 values ~9 and ~4 ms, too much for one task beside the rest).
pub struct Describing {
    /// The group of the chart summarised, its table still to add.
    group: Option<HtmlElement>,
    /// The first focus target: descriptions go before it.
    before: Option<web_sys::Node>,
    pub rows: Vec<RowsToAdd>,
}

fn role_description(locale: Locale) -> &'static str {
    match locale {
        Locale::ZhCn => "交互图表",
        Locale::En => "interactive chart",
    }
}
