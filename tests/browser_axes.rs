//! Time and log axes in a real browser: the pixels of a line drawn on an uneven time axis and on a
//! log axis sit where the scales say, with the browser's own fonts deciding the margins.
#![cfg(target_arch = "wasm32")]

use infographic::web::mount;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

mod support;

use support::{canvas_in, host};

wasm_bindgen_test_configure!(run_in_browser);

const SERIES_BLUE: (u8, u8, u8) = (0x00, 0x72, 0xB2);

/// Per pixel column of the backing store: the rows of series-blue pixels.
fn blue_rows_per_column(canvas: &HtmlCanvasElement) -> Vec<Vec<u32>> {
    let ctx: CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let (w, h) = (canvas.width(), canvas.height());
    let data = ctx.get_image_data(0.0, 0.0, w as f64, h as f64).unwrap().data();
    let mut columns = vec![Vec::new(); w as usize];
    for y in 0..h {
        for x in 0..w {
            let i = ((y * w + x) * 4) as usize;
            let p = &data[i..i + 4];
            let near = |a: u8, b: u8| (a as i32 - b as i32).abs() <= 10;
            if near(p[0], SERIES_BLUE.0) && near(p[1], SERIES_BLUE.1) && near(p[2], SERIES_BLUE.2) {
                columns[x as usize].push(y);
            }
        }
    }
    columns
}

fn spec(x: &str, y: &str, values: &str) -> JsValue {
    let text = format!(
        r#"{{"version": 1, "locale": "en", "charts": [{{"type": "line", "x": {x}, "y": {y},
            "series": [{{"name": "s", "values": {values}}}]}}]}}"#
    );
    JsValue::from_str(&text)
}

/// 2010, 2015, 2020, 2021: flat for ten years, then a steep last year. On a time axis the steep part
/// takes the last eleventh of the line's width; on evenly spaced categories it would take a third.
#[wasm_bindgen_test]
fn a_time_axis_spaces_uneven_years_by_time() {
    let el = host(640);
    let x = r#"{"type": "time", "categories": ["2010", "2015", "2020", "2021"]}"#;
    let chart = mount(&el, spec(x, r#"{"min": 0, "max": 20}"#, "[1, 1, 1, 20]")).unwrap();
    let canvas = canvas_in(&el);
    let dpr = web_sys::window().unwrap().device_pixel_ratio();
    let columns = blue_rows_per_column(&canvas);
    let left = columns.iter().position(|c| !c.is_empty()).expect("the line is drawn");
    // The steep segment: columns with a tall run of blue (the flat line is 2.5 px thick, a marker
    // 7 px; the rise covers far more per column).
    let steep = |c: &Vec<u32>| c.len() as f64 > 10.0 * dpr;
    let steep_start = columns.iter().position(steep).expect("a steep segment");
    let steep_end = steep_start + columns[steep_start..].iter().take_while(|c| steep(c)).count();
    let share = (steep_start - left) as f64 / (steep_end - left) as f64;
    assert!(
        (0.85..0.95).contains(&share),
        "2010→2020 should take ~10/11 of the line, took {share:.3} ({left}, {steep_start}, {steep_end})"
    );
    chart.destroy();
    el.remove();
}

/// 1, 10, 100, 1000 on a log axis is a straight line: its point markers (the columns of blue
/// taller than the line itself) are evenly spaced up the plot as well as across it; on a linear
/// axis the steps up would be 1 : 10 : 100.
#[wasm_bindgen_test]
fn a_log_axis_draws_constant_growth_as_a_straight_line() {
    let el = host(640);
    let x = r#"{"type": "time", "categories": ["2021", "2022", "2023", "2024"]}"#;
    let chart = mount(&el, spec(x, r#"{"scale": "log"}"#, "[1, 10, 100, 1000]")).unwrap();
    let canvas = canvas_in(&el);
    let dpr = web_sys::window().unwrap().device_pixel_ratio();
    let columns = blue_rows_per_column(&canvas);
    // Markers are 7 px discs; the line is 2.5 px thick and rises ~0.5 px per px here.
    let tall = |c: &Vec<u32>| c.len() as f64 >= 5.5 * dpr;
    let mut markers = Vec::new();
    let mut x = 0;
    while x < columns.len() && markers.len() < 4 {
        if tall(&columns[x]) {
            let run = columns[x..].iter().take_while(|c| tall(c)).count();
            let centre = x + run / 2;
            let c = &columns[centre];
            let y = c.iter().map(|&y| y as f64).sum::<f64>() / c.len() as f64;
            markers.push((centre as f64, y));
            x += run;
        } else {
            x += 1;
        }
    }
    assert_eq!(markers.len(), 4, "four point markers: {markers:?}");
    let dx: Vec<f64> = markers.windows(2).map(|w| w[1].0 - w[0].0).collect();
    let dy: Vec<f64> = markers.windows(2).map(|w| w[0].1 - w[1].1).collect();
    let tolerance = 3.0 * dpr; // run centres are whole columns
    assert!(dy.iter().all(|&d| d > 20.0 * dpr), "each point higher: {markers:?}");
    assert!(
        (dy[0] - dy[1]).abs() < tolerance && (dy[1] - dy[2]).abs() < tolerance,
        "equal steps up on a log axis: {markers:?}"
    );
    assert!(
        (dx[0] - dx[1]).abs() < tolerance && (dx[1] - dx[2]).abs() < tolerance,
        "equal years equally spaced: {markers:?}"
    );
    chart.destroy();
    el.remove();
}
