//! Large input, a task at a time (large-but-allowed input must not freeze the page for more than
//! a frame). The work itself is the render job's (`crate::job`: read, check, model, stacks,
//! column summaries, scene, descriptions), stepped once per task (`Later`) with [`TASK_BUDGET`],
//! so the page paints and takes input in between; around it, here, what needs the page: the
//! fonts measured in a task of their own, the painting, the descriptions' DOM and their table rows
//! a batch per task. Any new spec, resize or `destroy()` cancels what is left (the job is dropped);
//! `ready()` promises resolve once the spec given last is read and drawn; an export finishes the
//! stages at once (`settle`).

use super::Widget;
use crate::job::{Budget, Context, Progress, RenderJob};
use crate::layout::TextMeasure;
use crate::model::theme::Theme;
use crate::scene::Scene;
use crate::web::a11y::{Describing, ROWS_PER_TASK};
use crate::web::input::Input;
use crate::web::later::Later;
use wasm_bindgen::JsValue;

/// Limits: spec text longer than this (in bytes) is parsed a slice per task (see [`TASK_BUDGET`])
/// before the staged render: parsing takes ~5 ms a MB in Chromium here, and a text may be 5 MB.
/// Its errors then arrive a few tasks after the call (`ready()` says when).
pub const TEXT_IN_TASKS_ABOVE: usize = 256 * 1024;

/// Limits: a spec carrying more values and category labels than this (`Spec::data_size`) is rendered
/// in stages, one task each, so the page can paint and take input in between (large input
/// must not freeze the page for more than a frame): the call reads and checks the spec (errors show
/// at once); the next task builds the model (a pass over every value); a stacked chart's extent
/// and a dense stacked area's per-column summaries follow, [`TASK_BUDGET`]`.values` values a task;
/// the next lays out and builds the scene (decimation, per-column summaries); the next paints it;
/// then each chart's screen-reader summary and its data table's headings, and the table's rows a
/// batch per task. Smaller specs are drawn and described in the call. Anything that needs the
/// drawing (an export, `textBoxes()`) finishes the stages at once.
pub const LARGE_DATA_ABOVE: usize = 20_000;

/// Limits: one task's share of a staged read or render. Text: 512 KB a task. Values: a stacked
/// chart's extent summed (~5–10 ms on a slow machine; 2 × 1,000,000 values in one task took
/// 16–24 ms), or a dense stacked area's per-column summaries made ahead of its scene
/// (`scene::prepare`, ~6–8 ms).
const TASK_BUDGET: Budget = Budget { text_bytes: 512 * 1024, values: 1_000_000 };

/// A staged read or render under way. Dropping it cancels the rest.
pub(in crate::web) struct Staged {
    pub(in crate::web) job: RenderJob,
    /// The next task.
    next: Option<Later>,
    /// The (width, dpr) the job last laid out for: its scene is painted only at that size.
    size: Option<(f64, f64)>,
    /// The descriptions' DOM, from the first description task on.
    describing: Option<Describing>,
}

impl Staged {
    fn new(job: RenderJob) -> Staged {
        Staged { job, next: None, size: None, describing: None }
    }
}

impl Widget {
    /// Reads the spec with `job` (a long text, or an object's long arrays), a task at a time.
    pub(in crate::web) fn read_in_tasks(&mut self, job: RenderJob) {
        self.errors.clear();
        self.staged = Some(Staged::new(job));
        self.then(Widget::job_stage);
    }

    pub(in crate::web) fn is_large(&self) -> bool {
        self.spec.as_ref().is_some_and(|s| s.data_size() > LARGE_DATA_ABOVE)
    }

    /// Renders now, or for large data starts the staged render (see [`LARGE_DATA_ABOVE`]).
    pub(in crate::web) fn request_render(&mut self) {
        if self.staged.as_ref().is_some_and(|s| s.job.is_reading()) {
            return; // a spec being read renders when it is read (a resize must not cancel that)
        }
        // Whatever was left is superseded; a job that has just read the spec goes on to draw it.
        let staged = self.staged.take();
        if !self.is_large() {
            return self.render();
        }
        let job = match staged {
            Some(staged) => staged.job.render(),
            None => RenderJob::draw(),
        };
        self.staged = Some(Staged::new(job));
        match self.fonts_measured {
            true => self.then(Widget::job_stage),
            false => self.then(Widget::fonts_stage),
        }
    }

    /// The theme the spec asks for, in the page's colour scheme.
    pub(in crate::web) fn theme(&self) -> Theme {
        let prefers_dark = self.dark_query.as_ref().is_some_and(|q| q.matches());
        match &self.spec {
            Some(spec) => Theme::for_choice(spec.theme, prefers_dark),
            None => Theme::light(),
        }
    }

    /// Reading a large text, or a staged render that has not drawn yet.
    pub fn busy(&self) -> bool {
        self.staged.as_ref().is_some_and(|s| s.job.is_reading() || s.job.is_drawing())
    }

    /// Drops whatever a staged read or render has left to do, and resolves its `ready()` promises:
    /// a later call supersedes it, or the widget is destroyed.
    pub(in crate::web) fn cancel_stages(&mut self) {
        self.staged = None;
        self.resolve_waiters();
    }

    /// A `ready()` promise to resolve when not [`busy`](Self::busy) any more.
    pub fn wait(&mut self, resolve: js_sys::Function) {
        self.waiters.push(resolve);
    }

    pub(in crate::web) fn resolve_waiters(&mut self) {
        for resolve in std::mem::take(&mut self.waiters) {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    }

    /// The end of a staged render's drawing part (drawn, or nothing to draw until later).
    pub(in crate::web) fn drawn(&mut self) {
        if self.staged.as_ref().is_some_and(|s| s.job.is_drawing()) {
            self.staged = None;
        }
        self.resolve_waiters();
    }

    /// Runs `stage` in a task of its own (or now, if no task can be queued).
    pub(in crate::web) fn then(&mut self, stage: fn(&mut Widget)) {
        match Later::schedule(self.me.clone(), stage) {
            Ok(later) => {
                if let Some(staged) = self.staged.as_mut() {
                    staged.next = Some(later);
                }
            }
            Err(e) => {
                web_sys::console::error_1(&e);
                stage(self);
            }
        }
    }

    /// The start of a task: counted, and its `Later` let go of (wasm-bindgen frees a closure only
    /// after its call).
    fn task_started(&mut self) {
        self.stats.staged_tasks += 1;
        if let Some(staged) = self.staged.as_mut() {
            staged.next = None;
        }
    }

    /// Staged render, task 1 of a widget's first one: measures a character in each font of the
    /// type scale, so that the browser's first use of a font on the page (~1–10 ms each: loading
    /// and shaping set-up) falls in a task of its own rather than in the scene's, which lays out
    /// the chart; next to nothing when the page has used them already.
    pub(in crate::web) fn fonts_stage(&mut self) {
        self.task_started();
        self.fonts_measured = true;
        if let (Some(spec), Some((width, _))) = (&self.spec, self.size()) {
            let family = crate::model::family_of(spec.locale);
            for font in crate::layout::metrics::metrics(width, family).fonts() {
                self.measure.width("0", font);
            }
        }
        self.then(Widget::job_stage);
    }

    /// A task of the render job: one step, and what it yields put on the page.
    pub(in crate::web) fn job_stage(&mut self) {
        self.task_started();
        let drawing = self.staged.as_ref().is_some_and(|s| s.job.is_drawing());
        let progress = self.step_job(TASK_BUDGET);
        self.on_progress(progress, drawing);
    }

    /// One step of the job, with the widget's spec, model, width and fonts.
    fn step_job(&mut self, budget: Budget) -> Progress {
        let Some(job) = self.staged.as_ref().map(|s| &s.job) else { return Progress::Done };
        if job.is_drawing() && (!self.near_viewport || self.spec.is_none()) {
            return Progress::Done; // `on_near_viewport` starts again
        }
        // Nothing to draw when not laid out (the ResizeObserver starts again) or drawn already.
        let size = job.needs_width().then(|| self.size().filter(|&s| Some(s) != self.rendered));
        self.view.theme = self.theme();
        let Some(staged) = self.staged.as_mut() else { return Progress::Done };
        if let Some(size) = size {
            staged.size = size;
        }
        if let Some((width, _)) = staged.size {
            self.view.width = width;
        }
        let had_model = self.model.is_some();
        let mut cx = Context {
            spec: self.spec.as_ref(),
            model: &mut self.model,
            view: &mut self.view,
            laid_out: staged.size.is_some(),
            measure: super::text_measure(&self.measure, &self.bands),
        };
        let progress = staged.job.step(budget, &mut cx);
        if !had_model && self.model.is_some() {
            self.stats.models += 1;
        }
        progress
    }

    /// What a step yielded, on the page; the next task queued. `drawing`: whether the job was
    /// drawing before the step.
    fn on_progress(&mut self, progress: Progress, drawing: bool) {
        match progress {
            Progress::More => self.then(Widget::job_stage),
            Progress::Checked(checked) => self.show_checked(checked),
            Progress::Scene(scene) => self.paint_staged(scene),
            part @ (Progress::Summary { .. } | Progress::Table { .. }) => self.describe_part(part),
            Progress::Done if drawing => self.drawn(),
            Progress::Done => self.then(Widget::rows_stage),
        }
    }

    /// A spec read in tasks, checked: shown, and drawn (staged when large).
    fn show_checked(&mut self, checked: Input) {
        self.show_input(checked);
        // The read job stays only if it goes on to draw; else its parsed tree is freed now.
        if self.staged.as_ref().is_some_and(|s| s.job.is_done()) {
            self.staged = None;
        }
        if !self.busy() {
            self.resolve_waiters();
        }
    }

    /// The staged render's scene, painted; laid out again first if the size changed in between.
    fn paint_staged(&mut self, scene: Scene) {
        let laid_out = self.staged.take().and_then(|s| s.size);
        match laid_out {
            Some((width, dpr)) if self.size() == laid_out => self.show_scene(scene, width, dpr),
            _ => self.render(),
        }
        self.drawn();
    }

    /// Starts the descriptions for screen readers a step per task (a large chart's scene is shown).
    pub(in crate::web) fn describe_in_tasks(&mut self) {
        self.staged = Some(Staged::new(RenderJob::describe()));
        self.then(Widget::job_stage);
    }

    /// A chart's summary or table put in the accessible layer; then the next part, or the
    /// tables' rows.
    fn describe_part(&mut self, part: Progress) {
        let (Some(staged), Some(model)) = (self.staged.as_mut(), &self.model) else { return };
        let describing = staged.describing.get_or_insert_with(|| self.a11y.start_describing());
        let added = match part {
            Progress::Summary { chart, text } => {
                self.a11y.describe_summary(model, chart, &text, describing)
            }
            Progress::Table { table, .. } => self.a11y.describe_table(model, table, describing),
            _ => Ok(()),
        };
        let done = staged.job.is_done();
        match added {
            Err(e) => {
                web_sys::console::error_1(&e);
                self.staged = None;
            }
            Ok(()) if done => self.then(Widget::rows_stage),
            Ok(()) => self.then(Widget::job_stage),
        }
    }

    /// Staged render, the last tasks: the tables' rows, [`ROWS_PER_TASK`] at a time.
    pub(in crate::web) fn rows_stage(&mut self) {
        self.task_started();
        let rows = self.staged.as_mut().and_then(|s| s.describing.as_mut()).map(|d| &mut d.rows);
        let Some(rows) = rows.filter(|rows| !rows.is_empty()) else {
            self.staged = None;
            return;
        };
        match self.a11y.add_rows(&mut rows[0], ROWS_PER_TASK) {
            Ok(true) => {
                rows.remove(0);
            }
            Ok(false) => {}
            Err(e) => {
                web_sys::console::error_1(&e);
                rows.clear();
            }
        }
        match rows.is_empty() {
            true => self.staged = None,
            false => self.then(Widget::rows_stage),
        }
    }

    /// Finishes a staged read and render at once, for callers that need what is drawn now.
    pub(in crate::web) fn settle(&mut self) {
        self.finish_now(RenderJob::is_reading);
        if self.rendered.is_none() {
            self.finish_now(RenderJob::is_drawing);
        }
        self.drawn();
    }

    /// Steps the job with no limit while `part` says it is in that part (a long label array at a
    /// time, then the spec checked; or the drawing up to the painting).
    fn finish_now(&mut self, part: fn(&RenderJob) -> bool) {
        while self.staged.as_ref().is_some_and(|s| part(&s.job)) {
            let drawing = self.staged.as_ref().is_some_and(|s| s.job.is_drawing());
            match self.step_job(Budget::UNLIMITED) {
                Progress::More => {}
                progress => self.on_progress(progress, drawing),
            }
        }
    }
}
