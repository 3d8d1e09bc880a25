//! The pre-rendered snippet and the live widget that adopts it agree, in this browser's real fonts
//! (this file runs in headless Chromium and in headless Firefox): at each band's own width and at
//! the narrowest container of the band, www/infographic.css shows that band's picture; its text
//! never overlaps or leaves it (each run as wide as this browser sets it); and the widget laid out in
//! band mode (`data-ig-bands`) has the picture's height, its download bar included, within half a
//! pixel, and draws every text run where the picture has it (within 4 px across: SVG text and
//! canvas text in the same fonts).
#![cfg(target_arch = "wasm32")]

use infographic::layout::Bounds;
use infographic::snippet::{bands, snippet, Options, BANDS};
use infographic::spec::story::PINGYUAN_JSON;
use infographic::web::mount;
use js_sys::Reflect;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

mod support;

use support::fits::text_problems;
use support::{find, host, next_frame, text_boxes};

wasm_bindgen_test_configure!(run_in_browser);

const CSS: &str = include_str!("../www/infographic.css");

fn stylesheet() {
    let doc = web_sys::window().unwrap().document().unwrap();
    if doc.get_element_by_id("ig-test-css").is_none() {
        let style = doc.create_element("style").unwrap();
        style.set_id("ig-test-css");
        style.set_text_content(Some(CSS));
        doc.body().unwrap().append_child(&style).unwrap();
    }
}

fn rect(el: &Element) -> Bounds {
    let r = el.get_bounding_client_rect();
    Bounds { x: r.x(), y: r.y(), w: r.width(), h: r.height() }
}

/// The picture infographic.css shows, and its text runs in layout px (the picture is scaled from
/// its band's width to the container's; its own units are layout px).
fn shown_picture(snippet_host: &HtmlElement) -> (Element, Vec<(String, Bounds)>) {
    let pictures = snippet_host.query_selector_all(".ig-pic").unwrap();
    let window = web_sys::window().unwrap();
    let shown: Vec<Element> = (0..pictures.length())
        .map(|i| pictures.get(i).unwrap().dyn_into::<Element>().unwrap())
        .filter(|p| {
            window.get_computed_style(p).unwrap().unwrap().get_property_value("display").unwrap()
                != "none"
        })
        .collect();
    assert_eq!(shown.len(), 1, "one picture shows");
    let svg = shown[0].clone();
    let texts = svg.query_selector_all("text").unwrap();
    let runs = (0..texts.length())
        .map(|i| {
            let t: Element = texts.get(i).unwrap().dyn_into().unwrap();
            let text = t.text_content().unwrap_or_default().trim().to_string();
            // In layout px (the SVG's own units): across, the run's advance in this browser's
            // fonts (`getComputedTextLength`, what the canvas's `measureText` gives; a glyph box
            // reaches past it in Firefox) from its anchor; down, the line layout gave it (1.2 em
            // from the baseline the run hangs from), not the font's taller ascent-to-descent box.
            let length: js_sys::Function =
                Reflect::get(&t, &"getComputedTextLength".into()).unwrap().dyn_into().unwrap();
            let w = length.call0(&t).unwrap().as_f64().unwrap();
            let number = |name: &str| t.get_attribute(name).and_then(|v| v.parse::<f64>().ok());
            let (size, x, y) =
                (number("font-size").unwrap(), number("x").unwrap(), number("y").unwrap());
            let left = match t.get_attribute("text-anchor").as_deref() {
                Some("middle") => x - w / 2.0,
                Some("end") => x - w,
                _ => x,
            };
            // plotters' offsets for the run's baseline: top, middle, bottom.
            let top = match t.get_attribute("dy").as_deref() {
                Some("0.76em") => y,
                Some("-0.5ex") => y - 1.2 * size,
                _ => y - 0.6 * size,
            };
            (text, Bounds { x: left, y: top, w, h: 1.2 * size })
        })
        .collect();
    (svg, runs)
}

#[wasm_bindgen_test]
async fn the_picture_and_the_widget_that_adopts_it_agree_at_every_band() {
    stylesheet();
    let html = snippet(PINGYUAN_JSON, &Options::default()).unwrap();
    let mut failures = Vec::new();
    for band in BANDS {
        for container in [band.width, band.from.max(320)] {
            let at = format!("band {} in a {container} px container", band.width);
            let pictured = host(container);
            pictured.set_inner_html(&html);
            let (svg, runs) = shown_picture(&pictured);
            let class = svg.get_attribute("class").unwrap();
            assert!(class.contains(&format!("ig-w{} ", band.width)), "{at}: shows {class}");
            let static_h = rect(&find(&pictured, ".ig-static")).h;
            let view_h: f64 = svg.get_attribute("height").unwrap().parse().unwrap();
            failures.extend(text_problems(&at, &runs, f64::from(band.width), view_h));

            let live = host(container);
            live.set_attribute("data-ig-bands", &bands()).unwrap();
            let chart = mount(&live, PINGYUAN_JSON.into()).unwrap();
            wasm_bindgen_futures::JsFuture::from(chart.ready()).await.unwrap();
            for _ in 0..3 {
                next_frame().await;
            }
            let live_h = rect(&live).h;
            assert!(
                (live_h - static_h).abs() < 0.5,
                "{at}: the widget is {live_h} px tall, the picture with its bar {static_h}"
            );
            let mut boxes = text_boxes(&chart.text_boxes());
            for (text, b) in &runs {
                let Some(k) = boxes.iter().position(|(t, _)| t == text) else {
                    failures.push(format!("{at}: the widget draws no \"{text}\""));
                    continue;
                };
                let (_, w) = boxes.remove(k);
                let (dx, dy) =
                    ((w.x + w.w / 2.0) - (b.x + b.w / 2.0), (w.y + w.h / 2.0) - (b.y + b.h / 2.0));
                if dx.abs() > 4.0 || dy.abs() > 1.0 {
                    failures.push(format!(
                        "{at}: \"{text}\" stands {dx:.1}, {dy:.1} px from the picture's"
                    ));
                }
            }
            failures.extend(boxes.iter().map(|(t, _)| format!("{at}: the picture has no \"{t}\"")));
            chart.destroy();
            pictured.remove();
            live.remove();
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[wasm_bindgen_test]
async fn a_host_with_height_hints_reserves_the_charts_height_before_its_first_render() {
    let spec = infographic::spec::parse_str(PINGYUAN_JSON).unwrap();
    let hints = infographic::snippet::heights(&infographic::model::Model::new(&spec), true);
    let doc = web_sys::window().unwrap().document().unwrap();
    for container in [343, 400, 680, 960] {
        // Far below the fold, so the widget waits to render until it is scrolled to.
        web_sys::window().unwrap().scroll_to_with_x_and_y(0.0, 0.0);
        let spacer: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
        spacer.style().set_property("height", "30000px").unwrap();
        doc.body().unwrap().append_child(&spacer).unwrap();
        let el: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
        el.style().set_property("width", &format!("{container}px")).unwrap();
        el.set_attribute("data-ig-bands", &bands()).unwrap();
        el.set_attribute("data-ig-heights", &hints).unwrap();
        doc.body().unwrap().append_child(&el).unwrap();
        let chart = mount(&el, PINGYUAN_JSON.into()).unwrap();
        next_frame().await;
        let reserved = rect(&el).h;
        let stats = |k: &str| Reflect::get(&chart.stats(), &k.into()).unwrap().as_f64().unwrap();
        assert_eq!(
            stats("renders"),
            0.0,
            "{container} px: rendered before it was near the viewport"
        );
        el.scroll_into_view();
        for _ in 0..4 {
            next_frame().await;
        }
        assert_eq!(stats("renders"), 1.0, "{container} px: not rendered once in view");
        let drawn = rect(&el).h;
        assert!(reserved > 1000.0, "{container} px: reserved only {reserved} px");
        assert!(
            (drawn - reserved).abs() < 0.5,
            "{container} px: reserved {reserved} px, drawn {drawn} px"
        );
        chart.destroy();
        el.remove();
        spacer.remove();
    }
}
