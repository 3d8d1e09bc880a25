//! The chart forms beyond plain line and grouped-bar charts, checked on the scene: the marks exist
//! where the numbers put them (stacked segments abut, horizontal bars are proportional, areas close
//! on the baseline and break at gaps, the combo chart's right ticks sit on the left gridlines, small
//! multiples share their ticks), in both themes.

mod support;

use support::draw;

use infographic::layout::{EstimateMeasure, TextMeasure};
use infographic::model::theme::Theme;
use infographic::model::Model;
use infographic::paint::{Anchor, Color, Item, Polygon, Rect, RegionKind, Text};
use infographic::scene::Scene;
use infographic::spec::parse_str;

fn scene_of(spec: &str, width: f64, theme: Theme) -> Scene {
    let spec = parse_str(spec).unwrap_or_else(|e| panic!("{e:?}"));
    draw::scene_in(&Model::new(&spec), theme, width)
}

fn rects_of(scene: &Scene, fill: Color) -> Vec<Rect> {
    scene
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Rect(r) if r.fill == fill && r.h > 0.5 && r.w > 11.5 => Some(*r),
            _ => None,
        })
        .collect()
}

fn polygons(scene: &Scene) -> Vec<&Polygon> {
    scene
        .items
        .iter()
        .filter_map(|i| if let Item::Polygon(p) = i { Some(p) } else { None })
        .collect()
}

fn texts(scene: &Scene) -> Vec<&Text> {
    scene.items.iter().filter_map(|i| if let Item::Text(t) = i { Some(t) } else { None }).collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.01
}

const STACKED: &str = r#"{"version": 1, "charts": [{"type": "bar", "stacked": true,
    "x": {"categories": ["up", "down", "mixed"]},
    "series": [{"name": "A", "values": [10, -5, 8]}, {"name": "B", "values": [20, -10, -4]}]}]}"#;

#[test]
fn stacked_segments_abut_with_heights_in_proportion() {
    for theme in [Theme::light(), Theme::dark()] {
        let (a_colour, b_colour) = (theme.series_color(0), theme.series_color(1));
        let scene = scene_of(STACKED, 700.0, theme);
        let a = rects_of(&scene, a_colour);
        let b = rects_of(&scene, b_colour);
        assert_eq!((a.len(), b.len()), (3, 3), "one segment per value");
        // Positives: B sits on A, twice as tall.
        assert!(close(b[0].y + b[0].h, a[0].y), "B rests on A: {:?} {:?}", a[0], b[0]);
        assert!(close(b[0].h, 2.0 * a[0].h));
        assert!(close(a[0].x, b[0].x) && close(a[0].w, b[0].w), "one column per category");
        // Negatives stack downward from zero: A hangs from zero, B hangs from A.
        assert!(close(a[1].y, a[0].y + a[0].h), "both piles start at zero");
        assert!(close(b[1].y, a[1].y + a[1].h));
        assert!(close(b[1].h, 2.0 * a[1].h));
        // Mixed signs: the negative segment goes below zero, not on top of the positive one.
        assert!(close(b[2].y, a[2].y + a[2].h), "B (−4) hangs from zero under A (+8)");
        // Each stack's total over its pile (under it when negative).
        let all = texts(&scene);
        let total = all.iter().find(|t| t.text == "30").expect("the total 30");
        assert!(total.y <= b[0].y && total.y > b[0].y - 6.0, "over the pile: {total:?}");
        let below = all.iter().find(|t| t.text == "\u{2212}15").expect("the total −15");
        assert!(below.y >= b[1].y + b[1].h, "under the downward pile: {below:?}");
        // The scale holds the tallest pile (30) and the deepest (−15).
        let plot = &scene.plots[0];
        let zero_y = a[0].y + a[0].h;
        let unit = a[0].h / 10.0;
        assert!(zero_y - 30.0 * unit >= plot.area.y - 0.01);
        assert!(zero_y + 15.0 * unit <= plot.area.y + plot.area.h + 0.01);
    }
}

#[test]
fn stacked_tooltips_list_segments_and_the_total() {
    let spec = parse_str(STACKED).unwrap();
    let model = Model::new(&spec);
    let tip =
        infographic::model::describe::tooltip(&model, &draw::view(&model, 700.0), 0, 2).unwrap();
    assert_eq!(tip.rows.len(), 2);
    assert_eq!(tip.total.as_deref(), Some("合计 4"));
    let table = infographic::model::describe::data_table(&model, 0).unwrap();
    assert_eq!(table.headers.last().map(String::as_str), Some("合计"));
    assert_eq!(table.rows[0].last().map(String::as_str), Some("30"));
}

const RANKING: &str = r#"{"version": 1, "locale": "en", "charts": [{"type": "bar",
    "horizontal": true, "highlight": "b",
    "x": {"categories": ["a", "b", "a very long category label that has to wrap onto more lines"]},
    "y": {"unit": "%"},
    "series": [{"name": "Growth", "values": [40, 20, 10]}]}]}"#;

#[test]
fn horizontal_bars_are_proportional_in_order_and_highlighted() {
    for theme in [Theme::light(), Theme::dark()] {
        let accent = theme.series_color(0);
        let scene = scene_of(RANKING, 600.0, theme);
        let plot = &scene.plots[0];
        assert!(plot.horizontal);
        let bars: Vec<Rect> = plot.series[0].rects.iter().map(|r| r.unwrap()).collect();
        assert!(close(bars[0].w, 2.0 * bars[1].w) && close(bars[1].w, 2.0 * bars[2].w));
        assert!(bars.iter().all(|b| close(b.x, bars[0].x)), "every bar starts at zero");
        assert!(bars[0].y < bars[1].y && bars[1].y < bars[2].y, "rows keep the given order");
        assert_eq!(bars[1].fill, accent, "the highlighted bar keeps the accent colour");
        assert!(bars[0].fill != accent && bars[2].fill != accent, "the others are muted");
        // The drawn rects agree with the hit rects.
        assert_eq!(rects_of(&scene, accent).len(), 1);
        let all = texts(&scene);
        let b = all.iter().find(|t| t.text == "b").expect("the label b");
        assert!(b.font.bold, "the highlighted label is bold");
        assert!(!all.iter().find(|t| t.text == "a").unwrap().font.bold);
        // Value labels sit just right of each bar's end.
        for (bar, value) in bars.iter().zip(["40%", "20%", "10%"]) {
            let label = all.iter().find(|t| t.text == value).expect(value);
            assert_eq!(label.anchor, Anchor::Start);
            assert!(label.x > bar.x + bar.w && label.x < bar.x + bar.w + 10.0);
        }
        // The highlighted row's value is bold; the others step back like their labels.
        assert!(all.iter().find(|t| t.text == "20%").unwrap().font.bold);
        assert!(!all.iter().find(|t| t.text == "40%").unwrap().font.bold);
        // The long label wraps into its column, left of the bars.
        let long: Vec<&&Text> =
            all.iter().filter(|t| t.text.contains("label") || t.text.contains("wrap")).collect();
        assert!(!long.is_empty());
        assert!(long.iter().all(|t| t.x <= bars[0].x));
    }
}

#[test]
fn ranking_values_share_their_decimals() {
    let spec = r#"{"version": 1, "locale": "en", "charts": [{"type": "bar", "horizontal": true,
        "x": {"categories": ["Japan", "Mexico", "China", "Zero"]}, "y": {"unit": "年"},
        "series": [{"name": "Life expectancy", "values": [82.5, 75, 73, 0]}]}]}"#;
    let scene = scene_of(spec, 600.0, Theme::light());
    let all: Vec<String> = texts(&scene).iter().map(|t| t.text.clone()).collect();
    for label in ["82.5 years", "75.0 years", "73.0 years"] {
        assert!(all.iter().any(|t| t == label), "{label} in {all:?}");
    }
    assert!(all.iter().any(|t| t == "0 years"), "zero stays 0: {all:?}");
}

#[test]
fn areas_close_on_the_baseline_and_break_at_gaps() {
    let spec = r#"{"version": 1, "charts": [{"type": "area",
        "series": [{"name": "A", "values": [1, 3, null, 2, 4, 5]},
                   {"name": "B", "values": [2, 2, 2, 2, 2, 2], "derived": true}]}]}"#;
    for theme in [Theme::light(), Theme::dark()] {
        let blue = theme.series_color(0);
        let orange = theme.series_color(1);
        let scene = scene_of(spec, 700.0, theme);
        let polys = polygons(&scene);
        let a: Vec<&&Polygon> =
            polys.iter().filter(|p| p.fill.r == blue.r && p.fill.g == blue.g).collect();
        assert_eq!(a.len(), 2, "the gap splits A's area in two");
        assert!(a.iter().all(|p| p.fill.a < 0.5), "fills are pale");
        let zero_y = scene.plots[0].area.y + scene.plots[0].area.h; // the domain starts at zero
        for p in &a {
            let (first, last) = (p.points[0], *p.points.last().unwrap());
            assert!(close(first.0, last.0), "the outline closes straight down: {p:?}");
            assert!(close(last.1, zero_y), "it closes on the baseline");
        }
        // Lines drawn after (over) every fill; the derived one dashed.
        let last_fill = scene.items.iter().rposition(|i| matches!(i, Item::Polygon(_))).unwrap();
        let dashed = scene.items.iter().position(
            |i| matches!(i, Item::Line(l) if l.stroke.dash.is_some() && l.stroke.color == orange),
        );
        assert!(
            dashed.is_some_and(|d| d > last_fill),
            "the derived line is dashed, over the fills"
        );
    }
}

#[test]
fn stacked_areas_rest_on_the_series_below() {
    let spec = r#"{"version": 1, "charts": [{"type": "area", "stacked": true,
        "series": [{"name": "A", "values": [1, 2, 3]}, {"name": "B", "values": [2, 2, 2]}]}]}"#;
    let scene = scene_of(spec, 700.0, Theme::light());
    let polys = polygons(&scene);
    assert_eq!(polys.len(), 2);
    let (a, b) = (polys[0], polys[1]);
    // B's lower edge (its second half, reversed) is A's upper edge.
    let a_top: Vec<(f64, f64)> = a.points[..3].to_vec();
    let mut b_bottom: Vec<(f64, f64)> = b.points[3..].to_vec();
    b_bottom.reverse();
    for (p, q) in a_top.iter().zip(&b_bottom) {
        assert!(close(p.0, q.0) && close(p.1, q.1), "{a_top:?} vs {b_bottom:?}");
    }
}

const COMBO: &str = r#"{"version": 1, "charts": [{"type": "combo",
    "x": {"categories": ["2019", "2020", "2021", "2022"]},
    "y": {"label": "地区生产总值", "unit": "亿元"}, "y2": {"label": "增速", "unit": "%"},
    "series": [{"name": "GDP", "values": [31.2, 32.0, 35.1, 36.9]},
               {"name": "增速", "mark": "line", "axis": "right", "values": [6.8, 2.1, 8.3, 3.9]}]}]}"#;

#[test]
fn combo_right_ticks_sit_on_the_left_gridlines() {
    for width in [320.0, 768.0, 1400.0] {
        let scene = scene_of(COMBO, width, Theme::light());
        let area = scene.plots[0].area.clone();
        let all = texts(&scene);
        let left: Vec<f64> = all
            .iter()
            .filter(|t| t.anchor == Anchor::End && close(t.x, area.x - 6.0))
            .map(|t| t.y)
            .collect();
        let right: Vec<(&str, f64)> = all
            .iter()
            .filter(|t| t.anchor == Anchor::Start && close(t.x, area.x + area.w + 6.0))
            .map(|t| (t.text.as_str(), t.y))
            .collect();
        assert!(left.len() >= 3, "left ticks: {left:?}");
        assert_eq!(left.len(), right.len(), "as many right ticks as left ones @{width}");
        for ((_, ry), ly) in right.iter().zip(&left) {
            assert!(close(*ry, *ly), "right tick off the gridline @{width}: {right:?} vs {left:?}");
        }
        assert!(right.iter().all(|(t, _)| t.ends_with('%')), "{right:?}");
        assert_eq!(right[0].0, "0%", "zero on the zero line");
        // Two captions: the left one left-aligned over the left ticks, the right one right-aligned.
        let left_caption = all.iter().find(|t| t.text.starts_with("地区生产总值")).unwrap();
        let right_caption = all.iter().find(|t| t.text.starts_with("增速（%）")).unwrap();
        assert_eq!((left_caption.anchor, right_caption.anchor), (Anchor::Start, Anchor::End));
        assert!(right_caption.x >= area.x + area.w);
        // Bars on the left axis, a line on the right.
        let hit = &scene.plots[0];
        assert!(hit.series[0].rects.iter().all(Option::is_some));
        assert!(hit.series[1].rects.is_empty() && hit.series[1].points.iter().all(Option::is_some));
    }
}

#[test]
fn combo_tables_and_tooltips_use_each_axis_unit() {
    let model = Model::new(&parse_str(COMBO).unwrap());
    let tip =
        infographic::model::describe::tooltip(&model, &draw::view(&model, 700.0), 0, 1).unwrap();
    assert_eq!(tip.rows[1].value, "2.1%");
    assert_eq!(tip.rows[0].value, "32亿元");
    let table = infographic::model::describe::data_table(&model, 0).unwrap();
    assert_eq!(table.headers[2], "增速（%）");
    assert_eq!(table.rows[0][2], "6.8%");
    let summary = infographic::model::describe::summary(&model, &draw::view(&model, 700.0), 0);
    assert!(summary.contains('%') && summary.contains("亿元"), "{summary}");
}

const MULTIPLES: &str = r#"{"version": 1, "charts": [{"type": "multiples", "mark": "bar",
    "x": {"categories": ["2022", "2023", "2024"]}, "y": {"unit": "%"},
    "panels": [
        {"title": "甲", "series": [{"name": "GDP", "values": [1, 2, 3]}, {"name": "工业", "values": [2, 2, 2]}]},
        {"title": "乙", "series": [{"name": "GDP", "values": [10, 20, 30]}, {"name": "工业", "values": [5, 5, 5]}]},
        {"title": "丙", "series": [{"name": "GDP", "values": [-4, 0, 4]}, {"name": "工业", "values": [1, 1, 1]}]}]}]}"#;

#[test]
fn small_multiples_on_a_time_axis_label_their_ends_in_words_inside_each_plot() {
    let months: Vec<String> =
        (0..24).map(|i| format!("\"{}-{:02}\"", 2000 + i / 12, i % 12 + 1)).collect();
    let values = (1..=24).map(|v| v.to_string()).collect::<Vec<_>>().join(",");
    let panel = |t: &str| {
        format!(r#"{{"title": "{t}", "series": [{{"name": "P", "values": [{values}]}}]}}"#)
    };
    let spec = format!(
        r#"{{"version": 1, "locale": "en", "charts": [{{"type": "multiples",
        "x": {{"type": "time", "categories": [{}]}},
        "panels": [{}, {}, {}]}}]}}"#,
        months.join(","),
        panel("A"),
        panel("B"),
        panel("C")
    );
    let scene = scene_of(&spec, 900.0, Theme::light());
    let all = texts(&scene);
    let firsts: Vec<&&Text> = all.iter().filter(|t| t.text == "Jan 2000").collect();
    let lasts: Vec<&&Text> = all.iter().filter(|t| t.text == "Dec 2001").collect();
    assert_eq!((firsts.len(), lasts.len()), (3, 3), "periods written in words, once per panel");
    assert!(!all.iter().any(|t| t.text == "2000-01"), "no ISO dates under the panels");
    let measure = EstimateMeasure;
    for (plot, (first, last)) in scene.plots.iter().zip(firsts.iter().zip(&lasts)) {
        let (left, right) = (plot.area.x, plot.area.x + plot.area.w);
        let half = |t: &Text| measure.width(&t.text, t.font) / 2.0;
        assert!(first.x - half(first) >= left - 0.5, "the first label starts inside its plot");
        assert!(last.x + half(last) <= right + 0.5, "the last label ends inside its plot");
    }
}

#[test]
fn small_multiples_share_their_scales_and_one_legend() {
    for width in [320.0, 768.0, 1400.0] {
        let scene = scene_of(MULTIPLES, width, Theme::light());
        assert_eq!(scene.plots.len(), 3, "one plot per panel");
        let first = &scene.plots[0];
        for p in &scene.plots {
            assert!(p.panel.is_some());
            assert!(close(p.area.h, first.area.h) && close(p.area.w, first.area.w));
        }
        // The same value sits at the same height in every panel of a row: 3 in 甲 and 乙 differ by
        // the panels' top only.
        let top = |k: usize, i: usize| {
            let r = scene.plots[k].series[0].rects[i].unwrap();
            r.y - scene.plots[k].area.y
        };
        assert!(top(1, 2) < top(0, 2), "30 is taller than 3 on the shared scale");
        // One legend entry per name, shared by every panel.
        let entries = scene
            .regions
            .iter()
            .filter(|r| matches!(r.kind, RegionKind::LegendEntry { .. }))
            .count();
        assert_eq!(entries, 2);
        // Hits point back into the whole chart's series: 乙's GDP is series 2.
        assert_eq!(scene.plots[1].series[0].series, 2);
    }
    // Ticks: tick labels are written once per row, all from the same tick list.
    let model = Model::new(&parse_str(MULTIPLES).unwrap());
    let layout = draw::layout(&model, 1400.0);
    let ticks: Vec<&Vec<f64>> = layout.plots.iter().map(|p| &p.ticks.values).collect();
    assert!(ticks.windows(2).all(|w| w[0] == w[1]), "identical ticks in every panel: {ticks:?}");
    assert!(ticks[0].first().unwrap() <= &-4.0 && ticks[0].last().unwrap() >= &30.0);
}

#[test]
fn small_multiples_tooltips_name_their_panel() {
    let model = Model::new(&parse_str(MULTIPLES).unwrap());
    let tip = infographic::model::describe::tooltip_in(
        &model,
        &draw::view(&model, 1400.0),
        0,
        Some(1),
        0,
    )
    .unwrap();
    assert_eq!(tip.heading, "乙 · 2022");
    assert_eq!(tip.rows.len(), 2);
    assert_eq!(tip.rows[0].value, "10%");
    let table = infographic::model::describe::data_table(&model, 0).unwrap();
    assert_eq!(table.headers.len(), 7);
    assert_eq!(table.headers[3], "乙 · GDP");
    let summary = infographic::model::describe::summary(&model, &draw::view(&model, 700.0), 0);
    assert!(summary.contains("乙 · GDP"), "{summary}");
}

#[test]
fn hiding_a_name_in_small_multiples_hides_it_in_every_panel() {
    let model = Model::new(&parse_str(MULTIPLES).unwrap());
    let mut view = draw::view(&model, 1400.0);
    assert!(view.set_series_visible(&model, 0, 1, false));
    assert_eq!(view.hidden(), [(0, 1), (0, 3), (0, 5)]);
    assert!(!view.set_series_visible(&model, 0, 0, false), "the last visible name stays");
}

#[test]
fn a_highlighted_ranking_says_where_its_category_stands() {
    let zh = r#"{"version": 1, "charts": [{"type": "bar", "horizontal": true, "highlight": "乙县",
        "x": {"categories": ["甲县", "丙县", "乙县", "丁县"]}, "y": {"unit": "%"},
        "series": [{"name": "增速", "values": [7.2, 6.1, 5.6, 4.9]}]}]}"#;
    let model = Model::new(&parse_str(zh).unwrap());
    let summary = infographic::model::describe::summary(&model, &draw::view(&model, 700.0), 0);
    assert!(summary.contains("乙县居第3位（共4个），为5.6%。"), "{summary}");
    assert_eq!(infographic::model::describe::chart_name(&model, 0), "条形图");
    let en = zh.replace(r#""version": 1,"#, r#""version": 1, "locale": "en","#);
    let model = Model::new(&parse_str(&en).unwrap());
    let summary = infographic::model::describe::summary(&model, &draw::view(&model, 700.0), 0);
    assert!(summary.contains("乙县 ranks 3rd of 4, at 5.6%."), "{summary}");
    // Out of rank order, the category is named without a rank.
    let unordered = zh.replace("[7.2, 6.1, 5.6, 4.9]", "[1, 6.1, 5.6, 4.9]");
    let model = Model::new(&parse_str(&unordered).unwrap());
    let summary = infographic::model::describe::summary(&model, &draw::view(&model, 700.0), 0);
    assert!(summary.contains("突出显示：乙县，5.6%。"), "{summary}");
}

/// The ranking demo's headline ("7th … 3rd from last") is what the widget's own summary says.
#[test]
fn the_ranking_demo_summary_gives_chinas_ranks() {
    let en = include_str!("../www/specs/life-expectancy-ranking.en.json");
    let model = Model::new(&parse_str(en).unwrap());
    let life = infographic::model::describe::summary(&model, &draw::view(&model, 700.0), 0);
    assert!(life.contains("China ranks 7th of 15, at 73 years"), "{life}");
    let births = infographic::model::describe::summary(&model, &draw::view(&model, 700.0), 1);
    assert!(births.contains("China ranks 13th of 15"), "{births}");
    let zh = include_str!("../www/specs/life-expectancy-ranking.json");
    let model = Model::new(&parse_str(zh).unwrap());
    let life = infographic::model::describe::summary(&model, &draw::view(&model, 700.0), 0);
    assert!(life.contains("中国居第7位（共15个）"), "{life}");
}

#[test]
fn a_stacks_extent_is_kept_with_the_view_and_follows_the_legend() {
    let spec = parse_str(
        r#"{"version": 1, "charts": [{"type": "bar", "stacked": true,
            "x": {"categories": ["a", "b", "c"]},
            "series": [{"name": "up", "values": [1, 2, 3]}, {"name": "more", "values": [10, -4, 5]}]}]}"#,
    )
    .unwrap();
    let model = Model::new(&spec);
    let mut view = draw::view(&model, 640.0);
    // Piles: a = 1 + 10, b = 2 up and −4 down, c = 3 + 5.
    assert_eq!(view.stacked_extent(0), Some((-4.0, 11.0)));
    assert!(view.set_series_visible(&model, 0, 1, false));
    assert_eq!(view.stacked_extent(0), Some((0.0, 3.0)), "hiding a series re-stacks the rest");
    assert!(view.set_series_visible(&model, 0, 1, true));
    assert_eq!(view.stacked_extent(0), Some((-4.0, 11.0)));
}
