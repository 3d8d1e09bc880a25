//! Large input, a task at a time (issue 7: large-but-allowed input must not freeze the page for
//! more than a frame). A long JSON text is parsed a slice per task; a spec with many values is
//! rendered in stages — the model, the scene, its painting, the screen reader's summary, then the
//! data table's rows a batch per task — each in a task of its own (`Later`), so the page paints
//! and takes input in between. Any new spec, resize or `destroy()` cancels what is left; `ready()` promises resolve
//! once the spec given last is read and drawn; an export finishes the stages at once (`settle`).

use super::a11y::ROWS_PER_TASK;
use super::input;
use super::later::Later;
use super::reading::Reading;
use super::widget::Widget;
use crate::layout::TextMeasure;
use crate::model::stack::{ExtentScan, Piles};
use crate::model::{ChartModel, Model};
use crate::scene::prepare::Preparing;
use wasm_bindgen::JsValue;

/// Limits: spec text longer than this (in bytes) is parsed `TEXT_BYTES_PER_TASK` (512 KB) at a time, a task
/// each, before the staged render: parsing takes ~5 ms a MB in Chromium here, and a text may be 5 MB.
/// Its errors then arrive a few tasks after the call (`ready()` says when).
pub const TEXT_IN_TASKS_ABOVE: usize = 256 * 1024;
const TEXT_BYTES_PER_TASK: usize = 512 * 1024;

/// Limits: a spec carrying more values and category labels than this (`Spec::data_size`) is rendered
/// in stages, one task each, so the page can paint and take input in between (issue 7: large input
/// must not freeze the page for more than a frame): the call reads and checks the spec (errors show
/// at once); the next task builds the model (a pass over every value); a stacked chart's extent
/// and a dense stacked area's per-column summaries follow, [`STACK_VALUES_PER_TASK`] and
/// [`PREPARE_VALUES_PER_TASK`] values a task; the next lays out and builds the scene (decimation,
/// per-column summaries); the next paints it; then each chart's screen-reader summary and its data
/// table's headings, and the table's rows a batch per task. Smaller specs are drawn and described
/// in the call. Anything that needs the drawing (an export, `textBoxes()`) finishes the stages at once.
pub const LARGE_DATA_ABOVE: usize = 20_000;

/// Limits: values summed per task when a stacked chart's extent is summed in stages: ~5–10 ms on
/// a slow machine (2 × 1,000,000 values in one task took 16–24 ms).
const STACK_VALUES_PER_TASK: usize = 1_000_000;

/// Limits: values per task when a dense stacked area's per-column summaries are made ahead of
/// its scene (`scene::prepare`): ~6–8 ms on a slow machine.
const PREPARE_VALUES_PER_TASK: usize = 1_000_000;

/// Whether a staged render of `model` may have summaries to make ahead of its scene: a stacked
/// area with more positions than any plot has pixel columns (`Preparing::new` decides).
fn may_prepare(model: &Model) -> bool {
    let dense = |xy: &crate::model::XyModel| {
        xy.kind == crate::model::XyKind::Area && xy.stacked && xy.len > 2_000
    };
    model.charts.iter().any(|c| matches!(c, ChartModel::Xy(xy) if dense(xy)))
}

impl Widget {
    /// Staged read of a large text: parses a slice, and when done, checks and shows the spec.
    pub(super) fn read_stage(&mut self) {
        self.stats.staged_tasks += 1;
        self.pending = None;
        let Some(reading) = self.reading.as_mut() else { return };
        match reading.step(TEXT_BYTES_PER_TASK) {
            None => self.then(Widget::read_stage),
            Some(json) => {
                let (mut input, tree) = input::decode_keeping(json);
                if let Some(Reading::Text(parser)) = self.reading.take() {
                    input = input::locate(parser.text(), input);
                }
                self.show_input(input);
                // Freed after the painting (a light task), unless nothing more is staged.
                if self.busy() {
                    self.leftover = tree;
                }
                if !self.busy() {
                    self.resolve_waiters();
                }
            }
        }
    }

    pub(super) fn is_large(&self) -> bool {
        self.spec.as_ref().is_some_and(|s| s.data_size() > LARGE_DATA_ABOVE)
    }

    /// Renders now, or for large data starts the staged render (see [`LARGE_DATA_ABOVE`]).
    pub(super) fn request_render(&mut self) {
        if self.reading.is_some() {
            return; // a spec being read renders when it is read (a resize must not cancel that)
        }
        self.pending = None;
        if self.is_large() {
            self.drawing = true;
            match self.fonts_measured {
                true => self.then(Widget::model_stage),
                false => self.then(Widget::fonts_stage),
            }
        } else {
            self.render();
        }
    }

    /// Reading a large text, or a staged render that has not drawn yet.
    pub fn busy(&self) -> bool {
        self.reading.is_some() || self.drawing
    }

    /// Drops whatever a staged read or render has left to do, and resolves its `ready()` promises:
    /// a later call supersedes it, or the widget is destroyed.
    pub(super) fn cancel_stages(&mut self) {
        self.pending = None;
        self.rows_to_add.clear();
        self.describing = None;
        self.built = None;
        self.reading = None;
        self.leftover = None;
        self.stacking = None;
        self.preparing = None;
        self.prepared = Default::default();
        self.drawing = false;
        self.resolve_waiters();
    }

    /// A `ready()` promise to resolve when not [`busy`](Self::busy) any more.
    pub fn wait(&mut self, resolve: js_sys::Function) {
        self.waiters.push(resolve);
    }

    pub(super) fn resolve_waiters(&mut self) {
        for resolve in std::mem::take(&mut self.waiters) {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    }

    /// The end of a staged render's drawing part (drawn, or nothing to draw until later).
    pub(super) fn drawn(&mut self) {
        self.drawing = false;
        self.resolve_waiters();
    }

    /// Runs `stage` in a task of its own (or now, if no task can be queued).
    pub(super) fn then(&mut self, stage: fn(&mut Widget)) {
        match Later::schedule(self.me.clone(), stage) {
            Ok(later) => self.pending = Some(later),
            Err(e) => {
                web_sys::console::error_1(&e);
                stage(self);
            }
        }
    }

    /// Staged render, task 2: the model (skipped when it exists, e.g. after a resize).
    pub(super) fn model_stage(&mut self) {
        self.stats.staged_tasks += 1;
        // The running `Later` may be dropped here: wasm-bindgen frees a closure only after its call.
        self.pending = None;
        if !self.near_viewport || self.spec.is_none() {
            return self.drawn(); // `on_near_viewport` starts again
        }
        if self.model.is_none() {
            self.rebuild_model_stacking(false);
        }
        self.then_stack_or_draw();
    }

    /// Staged render, task 2 of a widget's first one: measures a character in each font of the
    /// type scale, so that the browser's first use of a font on the page (~1–10 ms each: loading
    /// and shaping set-up) falls in a task of its own rather than in the scene's, which lays out
    /// the chart; next to nothing when the page has used them already.
    pub(super) fn fonts_stage(&mut self) {
        self.stats.staged_tasks += 1;
        self.pending = None;
        self.fonts_measured = true;
        if let (Some(spec), Some((width, _))) = (&self.spec, self.size()) {
            let family = crate::model::family_of(spec.locale);
            for font in crate::layout::metrics::metrics(width, family).fonts() {
                self.measure.width("0", font);
            }
        }
        self.then(Widget::model_stage);
    }

    /// The next stage after the model: a stack still to sum, summaries to make ahead of the
    /// scene, or the scene.
    fn then_stack_or_draw(&mut self) {
        let Some(model) = &self.model else { return self.then(Widget::draw_stage) };
        if model.pending_stack().is_some() {
            self.then(Widget::stack_stage)
        } else if may_prepare(model) {
            self.then(Widget::prepare_stage)
        } else {
            self.then(Widget::draw_stage)
        }
    }

    /// Staged render, the tasks before the scene: the per-column summaries of each dense stacked
    /// area (`scene::prepare`), [`PREPARE_VALUES_PER_TASK`] values per task.
    pub(super) fn prepare_stage(&mut self) {
        self.stats.staged_tasks += 1;
        self.pending = None;
        let Some(model) = &self.model else { return self.drawn() };
        let preparing = match self.preparing.take() {
            Some(preparing) => Some(preparing),
            None => match self.size() {
                Some((width, _)) => Preparing::new(model, width, &self.measure),
                None => return self.drawn(), // not laid out: the ResizeObserver starts again
            },
        };
        let Some(mut preparing) = preparing else {
            self.prepared = Default::default();
            return self.then(Widget::draw_stage);
        };
        if preparing.step(model, PREPARE_VALUES_PER_TASK) {
            self.prepared = preparing.finish();
            self.then(Widget::draw_stage);
        } else {
            self.preparing = Some(preparing);
            self.then(Widget::prepare_stage);
        }
    }

    /// Staged render, tasks 3…: a stacked chart's extent (the piles' lowest and highest end, one
    /// pass over every value), [`STACK_VALUES_PER_TASK`] values per task.
    pub(super) fn stack_stage(&mut self) {
        self.stats.staged_tasks += 1;
        self.pending = None;
        let Some(model) = self.model.as_mut() else { return self.drawn() };
        let Some(chart) = model.pending_stack() else { return self.then(Widget::draw_stage) };
        let Some(ChartModel::Xy(xy)) = model.charts.get_mut(chart) else { return self.drawn() };
        let (_, scan) = match &mut self.stacking {
            Some(work) if work.0 == chart => work,
            slot => slot.insert((chart, ExtentScan::default())),
        };
        let done = {
            let piles = Piles::of(xy);
            let budget = STACK_VALUES_PER_TASK / piles.count().max(1);
            piles.extent_step(scan, xy.len, budget)
        };
        if done {
            xy.set_stacked_extent(scan.extent());
            self.stacking = None;
        }
        self.then_stack_or_draw();
    }

    /// Staged render, task 3: layout and the scene (decimation, per-column summaries).
    pub(super) fn draw_stage(&mut self) {
        self.stats.staged_tasks += 1;
        self.pending = None;
        match self.build_scene() {
            Some(built) => {
                self.built = Some(built);
                self.then(Widget::paint_stage);
            }
            None => self.drawn(),
        }
    }

    /// Staged render, task 4: painting the scene (`show_scene` queues the description); laid out
    /// again first if the size changed in between.
    pub(super) fn paint_stage(&mut self) {
        self.stats.staged_tasks += 1;
        self.pending = None;
        match self.built.take() {
            Some((scene, width, dpr)) if self.size() == Some((width, dpr)) => {
                self.show_scene(scene, width, dpr)
            }
            _ => self.render(),
        }
        self.leftover = None;
        self.drawn();
    }

    /// Finishes a staged render at once, for callers that need what is drawn now.
    pub(super) fn settle(&mut self) {
        if let Some(mut reading) = self.reading.take() {
            let json = loop {
                // A long label array at a time; the last one returns the whole spec.
                if let Some(json) = reading.step(usize::MAX) {
                    break json;
                }
            };
            self.show_input(input::decode(json));
        }
        if self.rendered.is_none() && self.pending.is_some() {
            self.pending = None;
            self.built = None;
            self.render();
        }
        self.drawn();
    }

    /// Staged render, tasks 5…: the descriptions for screen readers, a chart's summary or its
    /// table's headings per task (`a11y::Describing`).
    pub(super) fn describe_stage(&mut self) {
        self.stats.staged_tasks += 1;
        self.pending = None;
        let Some(model) = &self.model else { return };
        let describing = self.describing.get_or_insert_with(|| self.a11y.start_describing());
        match self.a11y.describe_step(model, describing) {
            Ok(true) => self.then(Widget::describe_stage),
            Ok(false) => {
                self.rows_to_add = std::mem::take(&mut describing.rows);
                self.describing = None;
                self.then(Widget::rows_stage);
            }
            Err(e) => {
                web_sys::console::error_1(&e);
                self.describing = None;
            }
        }
    }

    /// Staged render, the last tasks: the tables' rows, [`ROWS_PER_TASK`] at a time.
    pub(super) fn rows_stage(&mut self) {
        self.stats.staged_tasks += 1;
        self.pending = None;
        let Some(rows) = self.rows_to_add.first_mut() else { return };
        match self.a11y.add_rows(rows, ROWS_PER_TASK) {
            Ok(true) => {
                self.rows_to_add.remove(0);
            }
            Ok(false) => {}
            Err(e) => {
                web_sys::console::error_1(&e);
                self.rows_to_add.clear();
            }
        }
        if !self.rows_to_add.is_empty() {
            self.then(Widget::rows_stage);
        }
    }
}
