//! Axes as tables: one row per case, both locales. Time x axes (years, quarters, months, dates) give
//! the tick labels at a width; log and fixed min/max y axes give their tick labels; and the scene
//! places time proportionally, clips to the plot and never lets x labels collide.

mod support;

use support::draw;

use infographic::layout::{text_bounds, EstimateMeasure, Layout};
use infographic::model::theme::Theme;
use infographic::model::Model;
use infographic::paint::{Anchor, Baseline, Item};
use infographic::spec::parse_str;

/// A one-chart spec.
fn spec(locale: &str, kind: &str, x: &str, y: &str, values: &str) -> String {
    format!(
        r#"{{"version": 1, "locale": "{locale}", "charts": [{{"type": "{kind}", "x": {x}, "y": {y},
            "series": [{{"name": "s", "values": {values}}}]}}]}}"#
    )
}

fn laid_out(text: &str, width: f64) -> Layout {
    let spec = parse_str(text).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
    draw::layout(&Model::new(&spec), width)
}

/// The x tick labels, left to right.
fn x_labels(l: &Layout) -> Vec<String> {
    let plot = &l.plots[0];
    let top = plot.area.bottom() + 8.0;
    let mut labels: Vec<(f64, String)> = l
        .texts
        .iter()
        .filter(|t| t.baseline == Baseline::Top && t.anchor == Anchor::Middle)
        .filter(|t| (t.y - top).abs() < 0.01)
        .map(|t| (t.x, t.text.clone()))
        .collect();
    labels.sort_by(|a, b| a.0.total_cmp(&b.0));
    labels.into_iter().map(|(_, t)| t).collect()
}

/// The y tick labels, bottom to top.
fn y_labels(l: &Layout) -> Vec<String> {
    let plot = &l.plots[0];
    let mut labels: Vec<(f64, String)> = l
        .texts
        .iter()
        .filter(|t| t.anchor == Anchor::End && t.baseline == Baseline::Middle)
        .filter(|t| (t.x - (plot.area.x - 6.0)).abs() < 0.01)
        .map(|t| (-t.y, t.text.clone()))
        .collect();
    labels.sort_by(|a, b| a.0.total_cmp(&b.0));
    labels.into_iter().map(|(_, t)| t).collect()
}

/// The y-axis caption: the text starting right above the plot's top-left corner.
fn caption(l: &Layout) -> Option<String> {
    let plot = &l.plots[0];
    l.texts
        .iter()
        .filter(|t| t.anchor == Anchor::Start && t.baseline == Baseline::Top)
        .filter(|t| {
            (t.x - plot.area.x).abs() > 0.01 && t.y < plot.area.y && t.y > plot.area.y - 30.0
        })
        .map(|t| t.text.clone())
        .next()
}

fn json_list(items: &[String]) -> String {
    serde_json::to_string(items).unwrap()
}

fn years(from: i32, to: i32) -> Vec<String> {
    (from..=to).map(|y| y.to_string()).collect()
}

fn months(from: (i32, u32), to: (i32, u32)) -> Vec<String> {
    let mut out = Vec::new();
    let (mut y, mut m) = from;
    while (y, m) <= to {
        out.push(format!("{y}-{m:02}"));
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    out
}

fn ones(n: usize) -> String {
    let values: Vec<String> = (0..n).map(|i| format!("{}", 10 + i % 7)).collect();
    format!("[{}]", values.join(","))
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn time_x(categories: &[String]) -> String {
    format!(r#"{{"type": "time", "categories": {}}}"#, json_list(categories))
}

/// (case, categories, width, zh-CN labels, en labels) on a line chart.
type TimeCase = (&'static str, Vec<String>, f64, &'static [&'static str], &'static [&'static str]);

/// (case, chart type, y axis, values, zh-CN labels, en labels, zh caption, en caption).
type ValueCase = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    Option<&'static str>,
    Option<&'static str>,
);

#[test]
fn time_axis_ticks() {
    let quarters = strings(&["2023Q1", "2023Q2", "2023Q3", "2023Q4", "2024Q1", "2024Q2"]);
    let zh_quarters =
        strings(&["2023年第三季度", "2023年第四季度", "2024年第一季度", "2024年第二季度"]);
    let dates = strings(&[
        "2024-03-01",
        "2024-03-04",
        "2024-03-11",
        "2024-03-15",
        "2024-03-20",
        "2024-03-29",
        "2024-04-05",
    ]);
    #[rustfmt::skip]
    let cases: Vec<TimeCase> = vec![
        ("3 years", years(2021, 2024), 320.0,
            &["2021年", "2022年", "2023年", "2024年"], &["2021", "2022", "2023", "2024"]),
        ("10 years, narrow", years(2014, 2024), 320.0,
            &["2014年", "2016年", "2018年", "2020年", "2022年", "2024年"],
            &["2014", "2016", "2018", "2020", "2022", "2024"]),
        ("30 years", years(1994, 2024), 768.0,
            &["1995年", "2000年", "2005年", "2010年", "2015年", "2020年"],
            &["1995", "2000", "2005", "2010", "2015", "2020"]),
        ("70 years, narrow", years(1954, 2024), 320.0,
            &["1960年", "1980年", "2000年", "2020年"], &["1960", "1980", "2000", "2020"]),
        ("70 years, wide", years(1954, 2024), 1400.0,
            &["1955年", "1960年", "1965年", "1970年", "1975年", "1980年", "1985年", "1990年",
              "1995年", "2000年", "2005年", "2010年", "2015年", "2020年"],
            &["1955", "1960", "1965", "1970", "1975", "1980", "1985", "1990", "1995", "2000",
              "2005", "2010", "2015", "2020"]),
        ("uneven years", strings(&["2010", "2015", "2020", "2021"]), 320.0,
            &["2010年", "2015年", "2020年"], &["2010", "2012", "2014", "2016", "2018", "2020"]),
        ("12 months, narrow", months((2024, 1), (2024, 12)), 320.0,
            &["2024年", "4月", "7月", "10月"], &["2024", "Apr", "Jul", "Oct"]),
        ("12 months, wide", months((2024, 1), (2024, 12)), 768.0,
            &["2024年", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
            &["2024", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
        ("5 years of months", months((2020, 1), (2024, 12)), 768.0,
            &["2020年", "7月", "2021年", "7月", "2022年", "7月", "2023年", "7月", "2024年", "7月"],
            &["2020", "Jul", "2021", "Jul", "2022", "Jul", "2023", "Jul", "2024", "Jul"]),
        ("1958-03 to 2024-12, phone", months((1958, 3), (2024, 12)), 320.0,
            &["1960年", "1980年", "2000年", "2020年"], &["1960", "1980", "2000", "2020"]),
        ("1958-03 to 2024-12, desktop", months((1958, 3), (2024, 12)), 1400.0,
            &["1960年", "1965年", "1970年", "1975年", "1980年", "1985年", "1990年", "1995年",
              "2000年", "2005年", "2010年", "2015年", "2020年"],
            &["1960", "1965", "1970", "1975", "1980", "1985", "1990", "1995", "2000", "2005",
              "2010", "2015", "2020"]),
        ("quarters", quarters.clone(), 320.0,
            &["2023年", "二季度", "三季度", "四季度", "2024年", "二季度"],
            &["2023", "Q2", "Q3", "Q4", "2024", "Q2"]),
        ("quarters written in Chinese, starting mid-year", zh_quarters, 768.0,
            &["2023年三季度", "四季度", "2024年", "二季度"], &["Q3 2023", "Q4", "2024", "Q2"]),
        ("ISO dates, phone", dates.clone(), 320.0,
            &["2024年3月", "16日", "4月"], &["Mar 2024", "8", "15", "22", "Apr"]),
        ("ISO dates, desktop", dates, 1400.0,
            &["2024年3月", "8日", "15日", "22日", "4月"], &["Mar 2024", "8", "15", "22", "Apr"]),
    ];
    for (case, categories, width, zh, en) in cases {
        for (locale, want) in [("zh-CN", zh), ("en", en)] {
            let text = spec(locale, "line", &time_x(&categories), "{}", &ones(categories.len()));
            let got = x_labels(&laid_out(&text, width));
            assert_eq!(got, strings(want), "{case} at {width} px in {locale}");
        }
    }
}

/// Bars on a time axis keep one band per period; labels fall on the periods at tick boundaries.
#[test]
fn time_axis_on_bars_keeps_bands() {
    let text = spec("en", "bar", &time_x(&months((2023, 1), (2024, 12))), "{}", &ones(24));
    let l = laid_out(&text, 768.0);
    assert_eq!(x_labels(&l), strings(&["2023", "Apr", "Jul", "Oct", "2024", "Apr", "Jul", "Oct"]));
    let plot = &l.plots[0];
    let gaps: Vec<f64> = (1..24).map(|i| plot.x_of(i) - plot.x_of(i - 1)).collect();
    assert!(gaps.iter().all(|g| (g - gaps[0]).abs() < 1e-9), "equal bands: {gaps:?}");
}

/// Log axes, 万/亿 thresholds, negative and tiny values, fixed min/max: tick labels and caption.
#[test]
fn value_axis_ticks() {
    #[rustfmt::skip]
    let cases: &[ValueCase] = &[
        ("log 0.5 to 5e6", "line", r#"{"scale": "log"}"#, "[0.5, 30, 5000000]",
            &["0.1", "10", "1000", "10万", "1000万"], &["0.1", "10", "1,000", "100,000", "10m"],
            None, None),
        ("log over two decades gets 2 and 5", "line", r#"{"scale": "log"}"#, "[1, 3, 100]",
            &["1", "2", "5", "10", "20", "50", "100"], &["1", "2", "5", "10", "20", "50", "100"],
            None, None),
        ("log rounds free ends to 2 or 5", "line", r#"{"scale": "log"}"#, "[3, 70]",
            &["2", "5", "10", "20", "50", "100"], &["2", "5", "10", "20", "50", "100"], None, None),
        ("log in yuan", "line", r#"{"scale": "log", "unit": "元"}"#, "[20, 8000000000]",
            &["10", "1000", "10万", "1000万", "10亿"], &["10", "1,000", "100,000", "10m", "1bn"],
            Some("单位：元"), Some("yuan")),
        ("log in 亿元", "line", r#"{"scale": "log", "unit": "亿元"}"#, "[0.5, 20, 3000]",
            &["1000万", "1亿", "10亿", "100亿", "1000亿", "1万亿"],
            &["10m", "100m", "1bn", "10bn", "100bn", "1tn"], Some("单位：元"), Some("yuan")),
        ("log percent", "line", r#"{"scale": "log", "unit": "%"}"#, "[0.1, 50]",
            &["0.1%", "1%", "10%", "100%"], &["0.1%", "1%", "10%", "100%"], None, None),
        ("log tiny", "line", r#"{"scale": "log"}"#, "[0.0012, 0.9]",
            &["0.001", "0.01", "0.1", "1"], &["0.001", "0.01", "0.1", "1"], None, None),
        ("below 10万 stays unscaled in Chinese", "line", "{}", "[10000, 60000]",
            &["0", "10000", "20000", "30000", "40000", "50000", "60000"],
            &["0", "10,000", "20,000", "30,000", "40,000", "50,000", "60,000"], None, None),
        ("from 10万 the axis counts 万", "bar", "{}", "[10000, 150000]",
            &["0", "5", "10", "15", "20"], &["0", "50,000", "100,000", "150,000", "200,000"],
            Some("单位：万"), None),
        ("亿 and million", "bar", "{}", "[100000000, 300000000]",
            &["0", "1", "2", "3", "4"], &["0", "100", "200", "300", "400"],
            Some("单位：亿"), Some("million")),
        ("万元 rescaled to 亿元", "bar", r#"{"unit": "万元"}"#, "[5000, 25000]",
            &["0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0"],
            &["0", "50", "100", "150", "200", "250", "300"],
            Some("单位：亿元"), Some("million yuan")),
        ("negative bars", "bar", "{}", "[-3.2, 5.6, 1]",
            &["−5.0", "−2.5", "0", "2.5", "5.0", "7.5"], &["−5.0", "−2.5", "0", "2.5", "5.0", "7.5"],
            None, None),
        ("tiny values", "line", "{}", "[0.0012, 0.0031, 0.002]",
            &["0", "0.001", "0.002", "0.003", "0.004"], &["0", "0.001", "0.002", "0.003", "0.004"],
            None, None),
        ("min and max on a percent line", "line", r#"{"min": 0, "max": 100, "unit": "%"}"#,
            "[30, 45, 80]", &["0%", "20%", "40%", "60%", "80%", "100%"],
            &["0%", "20%", "40%", "60%", "80%", "100%"], None, None),
        ("min and max zoom in; nice ticks inside", "line", r#"{"min": 35, "max": 47}"#,
            "[30, 45, 80]", &["35.0", "37.5", "40.0", "42.5", "45.0"],
            &["35.0", "37.5", "40.0", "42.5", "45.0"], None, None),
        ("a negative min on bars", "bar", r#"{"min": -10}"#, "[3, 8]",
            &["−10", "−5", "0", "5", "10"], &["−10", "−5", "0", "5", "10"], None, None),
        ("a max below the data on bars", "bar", r#"{"max": 50}"#, "[3, 80]",
            &["0", "10", "20", "30", "40", "50"], &["0", "10", "20", "30", "40", "50"], None, None),
    ];
    for &(case, kind, y, values, zh, en, zh_cap, en_cap) in cases {
        for (locale, want, cap) in [("zh-CN", zh, zh_cap), ("en", en, en_cap)] {
            let l = laid_out(&spec(locale, kind, "{}", y, values), 768.0);
            assert_eq!(y_labels(&l), strings(want), "{case} in {locale}");
            assert_eq!(caption(&l).as_deref(), cap, "caption of {case} in {locale}");
        }
    }
}

/// Fixed ends are kept exactly; the ticks stay inside them.
#[test]
fn min_and_max_are_kept_exactly() {
    let l = laid_out(&spec("en", "line", "{}", r#"{"min": 35, "max": 47}"#, "[30, 45, 80]"), 768.0);
    let plot = &l.plots[0];
    assert_eq!((plot.scale.min, plot.scale.max), (35.0, 47.0));
    assert_eq!(plot.y_of(35.0), plot.area.bottom());
    assert_eq!(plot.y_of(47.0), plot.area.y);
    assert_eq!(plot.y_of(80.0), plot.area.y, "clamped to the plot");
}

fn scene_of(text: &str, width: f64) -> (Model, infographic::scene::Scene) {
    let spec = parse_str(text).unwrap_or_else(|e| panic!("{e:?}"));
    let model = Model::new(&spec);
    let scene = draw::scene(&model, width);
    (model, scene)
}

fn series_lines(scene: &infographic::scene::Scene) -> Vec<Vec<(f64, f64)>> {
    let color = Theme::light().series_color(0);
    scene
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Line(l) if l.stroke.color == color && l.points.len() > 1 => {
                Some(l.points.clone())
            }
            _ => None,
        })
        .filter(|points| points.len() > 2 || points[0].1 != points[1].1 || points.len() == 2)
        .collect()
}

/// 2010, 2015, 2020, 2021 on a line: five years take five times the room of one.
#[test]
fn a_time_axis_places_uneven_years_proportionally() {
    let x = time_x(&strings(&["2010", "2015", "2020", "2021"]));
    for width in [320.0, 768.0, 1400.0] {
        let l = laid_out(&spec("zh-CN", "line", &x, "{}", "[1, 2, 3, 4]"), width);
        let plot = &l.plots[0];
        let xs: Vec<f64> = (0..4).map(|i| plot.x_of(i)).collect();
        let (five_a, five_b, one) = (xs[1] - xs[0], xs[2] - xs[1], xs[3] - xs[2]);
        assert!((xs[0] - plot.area.x).abs() < 1e-9 && (xs[3] - plot.area.right()).abs() < 1e-9);
        // 2010 → 2015 and 2015 → 2020 are 1826 days each (one leap day), 2020 → 2021 is 366.
        assert!((five_a / one - 1826.0 / 366.0).abs() < 1e-9, "{xs:?}");
        assert!((five_b / one - 1826.0 / 366.0).abs() < 1e-9, "{xs:?}");
    }
}

/// At phone, tablet and desktop widths, no two x labels of a time axis touch, in either locale, and
/// they stay inside the widget.
#[test]
fn time_labels_never_collide() {
    let series: Vec<Vec<String>> = vec![
        years(1954, 2024),
        years(2021, 2024),
        strings(&["2010", "2015", "2020", "2021"]),
        months((1958, 3), (2024, 12)),
        months((2023, 11), (2024, 2)),
        strings(&["2023年第三季度", "2023年第四季度", "2024年第一季度", "2024年第二季度"]),
        (1..=31).map(|d| format!("2024-01-{d:02}")).collect(),
        (0..400).map(|q| format!("{}Q{}", 1900 + q / 4, q % 4 + 1)).collect(),
    ];
    for categories in &series {
        for kind in ["line", "bar"] {
            for locale in ["zh-CN", "en"] {
                for width in [320.0, 768.0, 1400.0] {
                    let text =
                        spec(locale, kind, &time_x(categories), "{}", &ones(categories.len()));
                    let (_, scene) = scene_of(&text, width);
                    let l = laid_out(&text, width);
                    let top = l.plots[0].area.bottom() + 8.0;
                    let mut boxes: Vec<_> = scene
                        .items
                        .iter()
                        .filter_map(|i| match i {
                            Item::Text(t) if (t.y - top).abs() < 0.01 => {
                                Some(text_bounds(t, &EstimateMeasure))
                            }
                            _ => None,
                        })
                        .collect();
                    let case = format!("{kind} {locale} {width} {:?}…", &categories[0]);
                    assert!(!boxes.is_empty(), "no x labels: {case}");
                    boxes.sort_by(|a, b| a.x.total_cmp(&b.x));
                    for pair in boxes.windows(2) {
                        assert!(pair[0].right() + 4.0 <= pair[1].x, "labels touch: {case}");
                    }
                    assert!(
                        boxes.iter().all(|b| b.x >= -0.01 && b.right() <= width + 0.01),
                        "{case}"
                    );
                }
            }
        }
    }
}

/// With a fixed max below the data, the line leaves the plot at its top edge and comes back: no
/// point of any line is outside the plot, and the line is cut rather than flattened.
#[test]
fn lines_are_clipped_to_a_fixed_range() {
    let text = spec("en", "line", "{}", r#"{"min": 0, "max": 10}"#, "[5, 20, 5]");
    let (_, scene) = scene_of(&text, 768.0);
    let area = scene.plots[0].area.clone();
    let lines = series_lines(&scene);
    assert_eq!(lines.len(), 2, "cut in two where it leaves the plot: {lines:?}");
    for (_, y) in lines.iter().flatten() {
        assert!(*y >= area.y - 1e-6 && *y <= area.y + area.h + 1e-6);
    }
    // The top edge is reached at a quarter and three quarters of the way (5 → 20 crosses 10 a third
    // of the way along each segment).
    let first_end = lines[0].last().unwrap();
    assert!((first_end.1 - area.y).abs() < 1e-6);
}

/// Negative bars grow down from zero; the zero line is drawn in the axis colour over the bars, and
/// a gap (null) breaks a line.
#[test]
fn negative_bars_grow_from_a_strong_zero_line_and_gaps_break_lines() {
    let text = spec("en", "bar", "{}", "{}", "[-3, 5, null, 2]");
    let (_, scene) = scene_of(&text, 768.0);
    let l = laid_out(&text, 768.0);
    let zero = l.plots[0].y_of(0.0);
    assert!(zero > l.plots[0].area.y && zero < l.plots[0].area.bottom(), "zero is inside");
    let bars: Vec<_> = scene
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Rect(r) if r.fill == Theme::light().series_color(0) => Some(*r),
            _ => None,
        })
        .collect();
    assert_eq!(bars.len(), 3, "no bar for the gap");
    assert!((bars[0].y - zero).abs() < 1e-6 && bars[0].h > 0.0, "the negative bar hangs from zero");
    assert!((bars[1].y + bars[1].h - zero).abs() < 1e-6, "the positive bar stands on zero");
    let strong = scene.items.iter().rposition(|i| {
        matches!(i, Item::Line(l) if l.stroke.color == Theme::light().axis && (l.points[0].1 - zero).abs() < 1e-6)
    });
    let last_bar = scene
        .items
        .iter()
        .rposition(|i| matches!(i, Item::Rect(r) if r.fill == Theme::light().series_color(0)));
    assert!(strong.is_some_and(|s| s > last_bar.unwrap()), "zero line over the bars");

    let text = spec("en", "line", "{}", "{}", "[1, 2, null, 3, 4]");
    let (_, scene) = scene_of(&text, 768.0);
    assert_eq!(series_lines(&scene).len(), 2, "the gap breaks the line");
}

/// Tooltips, announcements and the data table name each period in full, per locale.
#[test]
fn readers_get_full_period_names() {
    use infographic::model::describe::{data_table, tooltip};
    let x = time_x(&strings(&["2024Q1", "2024 Q2", "2024-Q3"]));
    for (locale, want) in [
        ("zh-CN", ["2024年第一季度", "2024年第二季度", "2024年第三季度"]),
        ("en", ["2024 Q1", "2024 Q2", "2024 Q3"]),
    ] {
        let model = Model::new(&parse_str(&spec(locale, "bar", &x, "{}", "[1, 2, 3]")).unwrap());
        for (i, name) in want.iter().enumerate() {
            assert_eq!(tooltip(&model, &draw::view(&model, 640.0), 0, i).unwrap().heading, *name);
        }
        let table = data_table(&model, 0).unwrap();
        let first_column: Vec<&str> = table.rows.iter().map(|r| r[0].as_str()).collect();
        assert_eq!(first_column, want);
    }
    let x = time_x(&strings(&["2024-03", "2024年4月", "2024-05-15"]));
    let model = Model::new(&parse_str(&spec("en", "line", &x, "{}", "[1, 2, 3]")).unwrap());
    let headings: Vec<String> = (0..3)
        .map(|i| tooltip(&model, &draw::view(&model, 640.0), 0, i).unwrap().heading)
        .collect();
    assert_eq!(headings, ["Mar 2024", "Apr 2024", "15 May 2024"]);
}

/// Annotations name categories as written ("2020"); a time axis relabels them ("2020年") for readers,
/// but a reference line and a band still land on their periods, in proportion to time.
#[test]
fn annotations_find_their_periods_on_a_time_axis() {
    let text = r#"{"version": 1, "charts": [{"type": "line",
        "x": {"type": "time", "categories": ["2010", "2015", "2020", "2021"]},
        "series": [{"name": "s", "values": [1, 2, 3, 4]}],
        "annotations": [{"type": "line", "x": "2020", "label": "疫情"},
                        {"type": "range", "x": ["2015", "2020"], "label": "五年"}]}]}"#;
    let model = Model::new(&parse_str(text).unwrap());
    let infographic::model::ChartModel::Xy(xy) = &model.charts[0] else { unreachable!() };
    assert_eq!(xy.annotations.len(), 2, "both annotations resolved");
    assert_eq!(xy.categories[2], "2020年");
    for width in [320.0, 768.0] {
        let l = laid_out(text, width);
        assert!(
            l.texts.iter().any(|t| t.text == "疫情") && l.texts.iter().any(|t| t.text == "五年")
        );
    }
}

/// A numbered x axis (no categories: a line's numeric axis, or numbered bands on a long bar chart)
/// writes its positions with the locale's digits, as value labels do (`spec::digits`): "10,000" in
/// English, "10000" in Chinese, where 万 is for quantities and a position stays plain digits.
#[test]
fn numbered_x_axes_group_digits_by_locale() {
    let values = |n: usize| format!("[{}]", vec!["1"; n].join(", "));
    for (kind, n) in [("line", 20_000), ("bar", 40_000)] {
        for (locale, want, unwanted) in [("en", "10,000", "10000"), ("zh-CN", "10000", "10,000")] {
            let l = laid_out(&spec(locale, kind, "{}", "{}", &values(n)), 768.0);
            let labels = x_labels(&l);
            let at = format!("{locale} {kind} of {n}: {labels:?}");
            assert!(labels.len() >= 2 && labels[0] == "0", "{at}");
            assert!(labels.iter().any(|t| t == want), "{at}");
            assert!(!labels.iter().any(|t| t == unwanted), "{at}");
            let grouped = labels.iter().any(|t| t.contains(','));
            assert_eq!(grouped, locale == "en", "{at}");
        }
    }
}
