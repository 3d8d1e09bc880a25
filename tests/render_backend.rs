//! The scene renders through any plotters `DrawingBackend`. The recording backend
//! (`infographic::testing::Recorder`, shared with the fuzz pipeline) checks what reaches a backend at
//! device pixel ratios 1, 1.5, 2 and 3: positions and font sizes scale with the ratio, derived series
//! arrive dashed (as several pieces), and nothing is drawn outside the backing store.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use infographic::model::Model;
use infographic::paint::Item;
use infographic::render::{draw, RenderOptions};
use infographic::scene::Scene;
use infographic::spec::parse_str;
use infographic::spec::story::PINGYUAN_JSON;
use infographic::testing::Recorder;

fn story() -> Scene {
    let spec = parse_str(PINGYUAN_JSON).unwrap();
    support::draw::scene(&Model::new(&spec), 640.0)
}

fn record(scene: &Scene, scale: f64) -> Recorder {
    // Rounded, not rounded up as the widget's canvas is (`Recorder::sized`): the tighter backing
    // store for "nothing is drawn outside it".
    let mut rec = Recorder::new((
        (scene.width * scale).round() as u32,
        (scene.height * scale).round() as u32,
    ));
    draw(scene, &mut rec, RenderOptions { scale, font_size_factor: 1.0 }).unwrap();
    rec
}

#[test]
fn text_positions_and_sizes_scale_with_the_pixel_ratio() {
    let scene = story();
    let scene_texts: Vec<_> = scene
        .items
        .iter()
        .filter_map(|i| if let Item::Text(t) = i { Some(t) } else { None })
        .collect();
    for scale in [1.0, 1.5, 2.0, 3.0] {
        let rec = record(&scene, scale);
        assert_eq!(rec.texts.len(), scene_texts.len(), "every text run reaches the backend");
        for ((text, pos, size), t) in rec.texts.iter().zip(&scene_texts) {
            assert_eq!(text, &t.text);
            assert_eq!(*pos, ((t.x * scale).round() as i32, (t.y * scale).round() as i32));
            assert!(
                (size - t.font.size * scale).abs() < 1e-9,
                "{text}: size {size} at scale {scale}"
            );
        }
    }
}

#[test]
fn background_fills_the_backing_store_and_nothing_is_drawn_outside_it() {
    let scene = story();
    for scale in [1.0, 2.0, 3.0] {
        let rec = record(&scene, scale);
        let (w, h) = (rec.size.0 as i32, rec.size.1 as i32);
        assert_eq!(rec.rects[0], ((0, 0), (w, h)), "first the background");
        let points = rec
            .paths
            .iter()
            .flatten()
            .chain(rec.lines.iter().flat_map(|(a, b, _)| [a, b]))
            .chain(rec.rects.iter().flat_map(|(a, b)| [a, b]))
            .chain(rec.polygons.iter().flatten());
        for &(x, y) in points {
            assert!((0..=w).contains(&x) && (0..=h).contains(&y), "({x}, {y}) outside {w}×{h}");
        }
    }
}

#[test]
fn the_derived_index_line_arrives_dashed() {
    let scene = story();
    let rec = record(&scene, 2.0);
    let blue = (0x00, 0x72, 0xB2);
    // The story's only line series is derived: drawn as many short dashes, not one long path.
    let dashes = rec.lines.iter().filter(|(_, _, c)| c.rgb == blue && c.alpha == 1.0).count();
    assert!(dashes >= 20, "expected a dashed line, found {dashes} pieces");
    assert!(rec.circles >= 5, "every point of the short series is marked");
}
