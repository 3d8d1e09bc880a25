//! "No text overlaps other text or leaves the widget": the check `tests/layout_fits.rs` and
//! `tests/corpus_render.rs` run on scenes (with the estimated text metrics) and
//! `tests/browser_layout.rs` on the boxes a browser reports (`textBoxes()`, its own fonts).

use infographic::layout::{text_bounds, Bounds, EstimateMeasure};
use infographic::paint::Item;
use infographic::scene::Scene;

/// Every text run of `scene` with its box under the estimated metrics, in drawing order.
pub fn text_boxes(scene: &Scene) -> Vec<(String, Bounds)> {
    scene
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Text(t) => Some((t.text.clone(), text_bounds(t, &EstimateMeasure))),
            _ => None,
        })
        .collect()
}

/// One line per problem, each starting with `at`: a box leaving the `width` × `height` widget by more
/// than half a pixel, two boxes overlapping (by more than `Bounds::overlaps`' hundredth of a pixel).
pub fn text_problems(at: &str, boxes: &[(String, Bounds)], width: f64, height: f64) -> Vec<String> {
    let mut problems = Vec::new();
    for (label, b) in boxes {
        if b.x < -0.5 || b.right() > width + 0.5 || b.y < -0.5 || b.bottom() > height + 0.5 {
            problems.push(format!("{at}: {label:?} outside the widget: {b:?}"));
        }
    }
    for (i, (a_label, a)) in boxes.iter().enumerate() {
        for (b_label, b) in &boxes[i + 1..] {
            if a.overlaps(b) {
                problems.push(format!("{at}: {a_label:?} overlaps {b_label:?}"));
            }
        }
    }
    problems
}

/// [`text_problems`] of the text runs of `scene`, in the scene's size.
pub fn scene_text_problems(at: &str, scene: &Scene) -> Vec<String> {
    text_problems(at, &text_boxes(scene), scene.width, scene.height)
}
