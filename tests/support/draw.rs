//! A model drawn the way most tests draw it: text measured by estimate (`EstimateMeasure`), every
//! series shown, in the light theme unless one is given.

use infographic::layout::{layout as lay_out, EstimateMeasure, Layout};
use infographic::model::theme::Theme;
use infographic::model::{Model, View};
use infographic::scene::{build, Scene};

/// The light theme at `width`, every stack summed.
pub fn view(model: &Model, width: f64) -> View {
    View::of(model, Theme::light(), width)
}

pub fn scene(model: &Model, width: f64) -> Scene {
    build(model, &view(model, width), &EstimateMeasure)
}

pub fn scene_in(model: &Model, theme: Theme, width: f64) -> Scene {
    build(model, &View::of(model, theme, width), &EstimateMeasure)
}

pub fn layout(model: &Model, width: f64) -> Layout {
    lay_out(model, &view(model, width), &EstimateMeasure)
}
