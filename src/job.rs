//! One render of a spec as a state machine advanced a budget at a time, so that large input never
//! holds the page for more than a frame: the widget steps it once per task, a test steps it with any
//! budgets at all, and the result is the same as one pass (`tests/render_job.rs`).
//!
//! ```text
//! read (text a slice at a time, or the caller's `SpecSource`) → check → Checked
//!   render: model → stacked extents → column summaries → scene → Scene
//!   → each chart's summary → its table → Done
//! ```
//!
//! The job holds the work under way (a parser, a stack half summed, summaries half made, the scene
//! built but not yet handed over); the caller keeps what it shows: the spec, the model and the view
//! of it (in [`Context`], so that hover and tooltips keep working on them meanwhile) and the DOM. Dropping the
//! job cancels what is left. What needs a browser stays with the caller: reading a JavaScript
//! object's long arrays (a [`SpecSource`] of its own), measuring text (a [`TextMeasure`]), painting
//! the scene and putting the descriptions in the page.

use crate::layout::TextMeasure;
use crate::model::describe::{data_table, summary, DataTable};
use crate::model::stack::ExtentScan;
use crate::model::{ChartModel, Model, View, XyKind, XyModel};
use crate::scene::prepare::{Prepared, Preparing};
use crate::scene::{build_prepared, Scene};
use crate::spec::{self, Diagnostic, Json, Locale, Spec, TextParser};

/// How much one step may do, in the units its stage counts: bytes of JSON text read, or values
/// (positions × stacked series) summed. A stage without a budget (the model, the scene, a chart's
/// summary or table) is one step whatever the budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    pub text_bytes: usize,
    pub values: usize,
}

impl Budget {
    /// Every budgeted stage done in one step.
    pub const UNLIMITED: Budget = Budget { text_bytes: usize::MAX, values: usize::MAX };
}

/// Where a spec's JSON comes from, read a budget at a time: a text ([`TextParser`]) or, in the
/// browser, an object whose long arrays are copied a chunk per task.
pub trait SpecSource {
    /// Reads about `budget_bytes` more; the whole JSON (or the first error) once it is read.
    fn step(&mut self, budget_bytes: usize) -> Option<Result<Json, Diagnostic>>;

    /// The spec text read, if it is one: its errors are placed in it (`spec::locate`).
    fn text(&self) -> Option<&str> {
        None
    }
}

impl<T: AsRef<str>> SpecSource for TextParser<T> {
    fn step(&mut self, budget_bytes: usize) -> Option<Result<Json, Diagnostic>> {
        TextParser::step(self, budget_bytes)
    }

    fn text(&self) -> Option<&str> {
        Some(TextParser::text(self).as_ref())
    }
}

/// A read spec, checked: the spec or its errors, with the locale it asked for (known even when it
/// has errors, for the error box's words).
pub struct Checked {
    pub spec: Result<Spec, Vec<Diagnostic>>,
    pub locale: Locale,
}

/// A parsed (or unparsable) spec, checked; the parsed tree is handed back, to be freed later: for a
/// large spec read in tasks, freeing 100,000 parsed labels costs ~3 ms that need not fall in the
/// task that checks them.
pub fn check(json: Result<Json, Diagnostic>) -> (Checked, Option<Json>) {
    match json {
        Ok(json) => {
            let checked =
                Checked { locale: spec::locale_hint(&json), spec: spec::from_json(&json) };
            (checked, Some(json))
        }
        Err(d) => (Checked { locale: Locale::default(), spec: Err(vec![d]) }, None),
    }
}

/// What a step sees of its caller: the spec shown, the model (built by the job when `None`, and
/// kept by the caller), the view it is drawn in (theme, width, hidden series; the job sums its
/// stacks for a model it builds), whether the widget is laid out (`false`: nothing to draw) and how
/// text is measured.
pub struct Context<'a> {
    pub spec: Option<&'a Spec>,
    pub model: &'a mut Option<Model>,
    pub view: &'a mut View,
    pub laid_out: bool,
    pub measure: &'a dyn TextMeasure,
}

/// What a step did.
pub enum Progress {
    /// Part of a stage: call again (the widget does, in a task of its own).
    More,
    /// The spec is read and checked; [`RenderJob::render`] continues (the caller decides whether).
    Checked(Checked),
    /// The scene, laid out for the width given: to paint. The description follows.
    Scene(Scene),
    /// Chart `chart`'s summary for screen readers; its table comes next.
    Summary { chart: usize, text: String },
    /// Chart `chart`'s table of every value.
    Table { chart: usize, table: Option<DataTable> },
    /// Nothing left to do (or nothing to draw: no spec, no width).
    Done,
}

/// The stage a job is at, with its work under way.
// One job per widget at a time: boxing the larger variants would buy nothing.
#[allow(clippy::large_enum_variant)]
enum Stage {
    Read(Box<dyn SpecSource>),
    /// Read and checked: [`RenderJob::render`] goes on.
    Checked,
    /// The model to build, unless the caller has it already.
    Model,
    /// Stacked chart `chart`'s extent being summed, and how far (those after it follow).
    Stack {
        chart: usize,
        scan: ExtentScan,
    },
    /// Per-column summaries made ahead of the scene (`scene::prepare`); `None` until started.
    Prepare(Option<Preparing>),
    /// The scene to build, with what was prepared for it.
    Scene(Prepared),
    /// The scene, handed over in a step of its own (the caller paints it in that one).
    Built(Scene),
    /// Chart `chart`'s summary to make (`table` false), or its table.
    Describe {
        chart: usize,
        table: bool,
    },
    Done,
}

/// A render under way (see the module's notes).
pub struct RenderJob {
    stage: Stage,
    /// The tree a read parsed, freed once the scene is handed over.
    leftover: Option<Json>,
}

impl RenderJob {
    /// A job that reads a spec from `source`, then stops at [`Progress::Checked`].
    pub fn read(source: Box<dyn SpecSource>) -> RenderJob {
        RenderJob { stage: Stage::Read(source), leftover: None }
    }

    /// A job that reads a spec text a slice at a time.
    pub fn read_text(text: String) -> RenderJob {
        RenderJob::read(Box::new(TextParser::new(text)))
    }

    /// A job that draws the spec given to its steps (its model too, unless the caller has one),
    /// then describes it.
    pub fn draw() -> RenderJob {
        RenderJob { stage: Stage::Model, leftover: None }
    }

    /// A job that only describes the model given to its steps (the scene is drawn already).
    pub fn describe() -> RenderJob {
        RenderJob { stage: Stage::Describe { chart: 0, table: false }, leftover: None }
    }

    /// This job drawn again from the start (a checked spec to draw, or a new size), keeping the
    /// tree its read parsed, to free it at the same point as before.
    pub fn render(self) -> RenderJob {
        RenderJob { stage: Stage::Model, leftover: self.leftover }
    }

    /// Reading the spec still.
    pub fn is_reading(&self) -> bool {
        matches!(self.stage, Stage::Read(_))
    }

    /// Between the start of a render and the scene handed over.
    pub fn is_drawing(&self) -> bool {
        matches!(
            self.stage,
            Stage::Model
                | Stage::Stack { .. }
                | Stage::Prepare(_)
                | Stage::Scene(_)
                | Stage::Built(_)
        )
    }

    /// At a stage that lays the chart out: its step needs the widget laid out ([`Context::laid_out`]).
    pub fn needs_width(&self) -> bool {
        matches!(self.stage, Stage::Prepare(None) | Stage::Scene(_))
    }

    /// Nothing left to do.
    pub fn is_done(&self) -> bool {
        matches!(self.stage, Stage::Done | Stage::Checked)
    }

    /// Does one step's work, within `budget`.
    pub fn step(&mut self, budget: Budget, cx: &mut Context) -> Progress {
        let (stage, progress) = match std::mem::replace(&mut self.stage, Stage::Done) {
            Stage::Read(source) => self.read_step(source, budget),
            Stage::Checked => (Stage::Checked, Progress::Done),
            Stage::Model => model_step(cx),
            Stage::Stack { chart, scan } => stack_step(chart, scan, budget, cx),
            Stage::Prepare(preparing) => prepare_step(preparing, budget, cx),
            Stage::Scene(prepared) => scene_step(&prepared, cx),
            Stage::Built(scene) => {
                self.leftover = None;
                (Stage::Describe { chart: 0, table: false }, Progress::Scene(scene))
            }
            Stage::Describe { chart, table } => describe_step(chart, table, cx),
            Stage::Done => (Stage::Done, Progress::Done),
        };
        self.stage = stage;
        progress
    }

    fn read_step(&mut self, mut source: Box<dyn SpecSource>, budget: Budget) -> (Stage, Progress) {
        match source.step(budget.text_bytes.max(1)) {
            None => (Stage::Read(source), Progress::More),
            Some(json) => {
                let (mut checked, tree) = check(json);
                if let (Err(diagnostics), Some(text)) = (&mut checked.spec, source.text()) {
                    spec::locate(text, diagnostics);
                }
                self.leftover = tree;
                (Stage::Checked, Progress::Checked(checked))
            }
        }
    }
}

/// The model, unless the caller has it (a resize, a theme switch draw the same model again, its
/// view's stacks summed); a new model shows every series, and a stacked chart's extent is a pass
/// over every value, summed in the next steps.
fn model_step(cx: &mut Context) -> (Stage, Progress) {
    let Some(spec) = cx.spec else { return (Stage::Done, Progress::Done) };
    let next = match cx.model {
        Some(model) => after_stacks(model, None),
        None => {
            cx.view.show_all();
            after_stacks(cx.model.insert(Model::new(spec)), Some(0))
        }
    };
    (next, Progress::More)
}

/// Stacked chart `chart`'s extent, `budget.values` values further.
fn stack_step(
    chart: usize,
    mut scan: ExtentScan,
    budget: Budget,
    cx: &mut Context,
) -> (Stage, Progress) {
    let Some(model) = cx.model.as_ref() else { return (Stage::Done, Progress::Done) };
    let Some(ChartModel::Xy(xy)) = model.charts.get(chart) else {
        return (Stage::Done, Progress::Done);
    };
    let piles = cx.view.xy(xy, chart).piles();
    if !piles.extent_step(&mut scan, xy.len, budget.values / piles.count().max(1)) {
        return (Stage::Stack { chart, scan }, Progress::More);
    }
    cx.view.set_stacked_extent(chart, scan.extent());
    (after_stacks(model, Some(chart + 1)), Progress::More)
}

/// The stage after the model: the extent of the first stacked chart from chart `unsummed` on
/// (`None`: the caller's model, all summed), the summaries to make ahead of the scene, or the scene.
fn after_stacks(model: &Model, unsummed: Option<usize>) -> Stage {
    let stacked = |c: &ChartModel| matches!(c, ChartModel::Xy(xy) if xy.stacked);
    let from = unsummed.unwrap_or(model.charts.len());
    if let Some(k) = model.charts.iter().skip(from).position(stacked) {
        return Stage::Stack { chart: from + k, scan: ExtentScan::default() };
    }
    match may_prepare(model) {
        true => Stage::Prepare(None),
        false => Stage::Scene(Prepared::default()),
    }
}

/// Whether a scene of `model` may have summaries to make ahead: a stacked area with more
/// positions than any plot has pixel columns (`Preparing::new` decides).
fn may_prepare(model: &Model) -> bool {
    let dense = |xy: &XyModel| xy.kind == XyKind::Area && xy.stacked && xy.len > 2_000;
    model.charts.iter().any(|c| matches!(c, ChartModel::Xy(xy) if dense(xy)))
}

/// The per-column summaries of each dense stacked area, `budget.values` values further (the
/// first step lays the chart out, to know its plots' columns).
fn prepare_step(
    preparing: Option<Preparing>,
    budget: Budget,
    cx: &mut Context,
) -> (Stage, Progress) {
    let Some(model) = cx.model.as_ref() else { return (Stage::Done, Progress::Done) };
    let preparing = match preparing {
        Some(preparing) => Some(preparing),
        None if cx.laid_out => Preparing::new(model, cx.view, cx.measure),
        None => return (Stage::Done, Progress::Done),
    };
    let Some(mut preparing) = preparing else {
        return (Stage::Scene(Prepared::default()), Progress::More);
    };
    match preparing.step(model, cx.view, budget.values) {
        true => (Stage::Scene(preparing.finish()), Progress::More),
        false => (Stage::Prepare(Some(preparing)), Progress::More),
    }
}

/// Layout and the scene (decimation, per-column summaries not made ahead).
fn scene_step(prepared: &Prepared, cx: &mut Context) -> (Stage, Progress) {
    let Some(model) = cx.model.as_ref().filter(|_| cx.laid_out) else {
        return (Stage::Done, Progress::Done);
    };
    (Stage::Built(build_prepared(model, cx.view, cx.measure, prepared)), Progress::More)
}

/// Chart `chart`'s summary (a pass over its values) or its table (up to 1,000 rows formatted):
/// for 2 × 1,000,000 values ~9 and ~4 ms, each a step of its own.
fn describe_step(chart: usize, table: bool, cx: &mut Context) -> (Stage, Progress) {
    let Some(model) = cx.model.as_ref() else { return (Stage::Done, Progress::Done) };
    let charts = model.charts.len();
    if chart >= charts {
        return (Stage::Done, Progress::Done);
    }
    if !table {
        let text = summary(model, cx.view, chart);
        return (Stage::Describe { chart, table: true }, Progress::Summary { chart, text });
    }
    let next = match chart + 1 < charts {
        true => Stage::Describe { chart: chart + 1, table: false },
        false => Stage::Done,
    };
    (next, Progress::Table { chart, table: data_table(model, chart) })
}
