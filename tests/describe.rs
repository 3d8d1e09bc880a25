//! Words about the data: tooltips, screen-reader announcements, accessible names, summaries and data
//! tables, on the default story and on small specs built to have a gap, a derived series, a streak and
//! a hidden series — in both locales, and without panicking on degenerate data.

use infographic::model::describe::{
    self, announce_point, chart_name, data_table, DataTable, Tooltip,
};
use infographic::model::theme::Theme;
use infographic::model::{ChartModel, Model, View};
use infographic::spec::{parse_str, Chart, Locale, Spec};
use infographic::testing::format_value;

/// The tooltip of category `index` with every series shown (the light theme's colours).
fn tooltip(model: &Model, chart: usize, index: usize) -> Option<Tooltip> {
    describe::tooltip(model, &View::of(model, Theme::light(), 640.0), chart, index)
}

/// Chart `chart`'s summary with every series shown.
fn summary(model: &Model, chart: usize) -> String {
    describe::summary(model, &View::of(model, Theme::light(), 640.0), chart)
}

fn story(locale: Locale) -> (Spec, Model) {
    let text = match locale {
        Locale::ZhCn => infographic::spec::story::PINGYUAN_JSON.to_string(),
        Locale::En => {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/www/specs/pingyuan.en.json");
            std::fs::read_to_string(path).expect("the English story")
        }
    };
    let spec = parse_str(&text).expect("the story parses");
    let model = Model::new(&spec);
    (spec, model)
}

fn model(text: &str) -> Model {
    Model::new(&parse_str(text).expect("test spec parses"))
}

/// Two series over five years, in 亿元: "甲" has a gap in 2021, "乙" is derived.
fn two_series(locale: &str) -> Model {
    model(&format!(
        r#"{{"version": 1, "locale": "{locale}", "charts": [{{"type": "line", "title": "投资",
            "x": {{"categories": ["2019", "2020", "2021", "2022", "2023"]}},
            "y": {{"unit": "亿元"}},
            "series": [
              {{"name": "甲", "values": [1.2, 1.5, null, 2.1, 2.4]}},
              {{"name": "乙", "values": [3, 2.5, 2.8, 2.2, 1.9], "derived": true}}
            ]}}]}}"#
    ))
}

fn rows(tip: &Tooltip) -> Vec<(usize, &str, &str, bool)> {
    tip.rows.iter().map(|r| (r.series, r.name.as_str(), r.value.as_str(), r.derived)).collect()
}

#[test]
fn tooltip_of_every_category_of_a_two_series_chart() {
    let m = two_series("zh-CN");
    let expected = [
        ("2019", "1.2亿元", "3亿元（推算）"),
        ("2020", "1.5亿元", "2.5亿元（推算）"),
        ("2021", "无数据", "2.8亿元（推算）"),
        ("2022", "2.1亿元", "2.2亿元（推算）"),
        ("2023", "2.4亿元", "1.9亿元（推算）"),
    ];
    for (i, (heading, a, b)) in expected.into_iter().enumerate() {
        let tip = tooltip(&m, 0, i).expect("a category in range");
        assert_eq!(tip.heading, heading);
        assert_eq!(rows(&tip), vec![(0, "甲", a, false), (1, "乙", b, true)]);
    }
    let ChartModel::Xy(xy) = &m.charts[0] else { panic!("a line chart") };
    let tip = tooltip(&m, 0, 0).expect("in range");
    assert_eq!(
        tip.rows[1].color,
        Theme::light().series_color(xy.series[1].slot),
        "rows carry the series colour"
    );
    assert_eq!(tooltip(&m, 0, 5), None, "past the last category");
    assert_eq!(tooltip(&m, 1, 0), None, "no such chart");
}

#[test]
fn english_tooltips_translate_units_and_gaps() {
    let m = two_series("en");
    let tip = tooltip(&m, 0, 2).expect("in range");
    assert_eq!(tip.heading, "2021");
    assert_eq!(
        rows(&tip),
        vec![(0, "甲", "no data", false), (1, "乙", "280 million yuan (estimate)", true)]
    );
}

#[test]
fn a_kpi_chart_has_no_tooltip_or_points() {
    let (_, m) = story(Locale::ZhCn);
    assert_eq!(tooltip(&m, 0, 0), None);
    assert_eq!(announce_point(&m, 0, 0, 0), None);
}

#[test]
fn hidden_series_leave_the_tooltip_and_the_summary_but_not_the_table() {
    let m = two_series("zh-CN");
    let mut view = View::of(&m, Theme::light(), 640.0);
    assert!(view.set_series_visible(&m, 0, 1, false));
    let tip = describe::tooltip(&m, &view, 0, 0).expect("in range");
    assert_eq!(rows(&tip), vec![(0, "甲", "1.2亿元", false)]);
    let text = describe::summary(&m, &view, 0);
    assert!(!text.contains('乙') && !text.contains("推算"), "{text}");
    let table = data_table(&m, 0).expect("a table");
    assert_eq!(table.headers, ["年份", "甲", "乙（推算）"]);
    assert_eq!(table.rows[0], ["2019", "1.2亿元", "3亿元"]);
}

#[test]
fn announcements_say_year_series_value_and_estimate() {
    let (_, zh) = story(Locale::ZhCn);
    assert_eq!(announce_point(&zh, 2, 0, 3).as_deref(), Some("2023年，工业投资指数 224.8（推算）"));
    assert_eq!(announce_point(&zh, 2, 0, 0).as_deref(), Some("2020年，工业投资指数 100（推算）"));
    assert_eq!(announce_point(&zh, 1, 0, 1).as_deref(), Some("工业投资，增速 31%"));
    let (_, en) = story(Locale::En);
    assert_eq!(
        announce_point(&en, 2, 0, 3).as_deref(),
        Some("2023, Industrial investment index 224.8 (estimate)")
    );
    let m = two_series("zh-CN");
    assert_eq!(announce_point(&m, 0, 0, 2).as_deref(), Some("2021年，甲 无数据"));
    assert_eq!(announce_point(&m, 0, 1, 2).as_deref(), Some("2021年，乙 2.8亿元（推算）"));
    assert_eq!(announce_point(&m, 0, 2, 0), None, "no such series");
    assert_eq!(announce_point(&m, 0, 0, 5), None, "no such category");
}

#[test]
fn a_numeric_axis_names_positions_by_x() {
    let m = model(
        r#"{"version": 1, "charts": [{"type": "line",
            "series": [{"name": "a", "values": [1, 2, 3]}, {"name": "b", "values": [5]}]}]}"#,
    );
    let tip = tooltip(&m, 0, 2).expect("in range");
    assert_eq!(tip.heading, "x = 2");
    assert_eq!(rows(&tip), vec![(0, "a", "3", false), (1, "b", "无数据", false)]);
    let table = data_table(&m, 0).expect("a table");
    assert_eq!(table.headers, ["x", "a", "b"]);
    assert_eq!(table.rows[1], ["1", "2", "无数据"]);
}

#[test]
fn chart_names_are_titles_or_kinds() {
    let (_, zh) = story(Locale::ZhCn);
    let names: Vec<String> = (0..4).map(|c| chart_name(&zh, c)).collect();
    assert_eq!(names, ["关键数据", "两项增速", "工业投资指数", "生态优势连年保持"]);
    let untitled = |locale: &str| {
        model(&format!(
            r#"{{"version": 1, "locale": "{locale}", "charts": [
                {{"type": "line", "series": [{{"name": "a", "values": [1]}}]}},
                {{"type": "bar", "title": " ", "series": [{{"name": "a", "values": [1]}}]}}]}}"#
        ))
    };
    let zh = untitled("zh-CN");
    assert_eq!([chart_name(&zh, 0), chart_name(&zh, 1)], ["折线图", "柱状图"]);
    let en = untitled("en");
    assert_eq!([chart_name(&en, 0), chart_name(&en, 1)], ["Line chart", "Bar chart"]);
    assert_eq!(chart_name(&en, 9), "Chart", "a chart that does not exist still gets a name");
}

/// Every cell of every xy table is the spec's value, formatted as the chart formats it.
fn assert_table_matches_spec(spec: &Spec, model: &Model) {
    for (c, chart) in spec.charts.iter().enumerate() {
        let (Chart::Line(xy) | Chart::Bar(xy)) = chart else { continue };
        let table = data_table(model, c).expect("a table per chart");
        let categories = xy.x.categories.as_ref().expect("the story has categories");
        assert_eq!(table.rows.len(), categories.len());
        for (i, row) in table.rows.iter().enumerate() {
            assert_eq!(row[0], categories[i]);
            for (s, series) in xy.series.iter().enumerate() {
                let expected = match series.values.get(i) {
                    Some(v) => format_value(v, xy.y.unit.as_deref(), spec.locale),
                    None => model.words.no_data.to_string(),
                };
                assert_eq!(row[s + 1], expected, "chart {c} row {i} series {s}");
            }
        }
    }
}

#[test]
fn data_table_cells_equal_the_formatted_spec_values() {
    for locale in [Locale::ZhCn, Locale::En] {
        let (spec, model) = story(locale);
        assert_table_matches_spec(&spec, &model);
    }
    let (_, zh) = story(Locale::ZhCn);
    let bars = data_table(&zh, 1).expect("a table");
    assert_eq!(
        bars,
        DataTable {
            caption: "两项增速（单位：%）".into(),
            headers: vec!["类别".into(), "增速".into()],
            rows: vec![
                vec!["地区生产总值".into(), "5.6%".into()],
                vec!["工业投资".into(), "31%".into()]
            ],
            omitted: 0,
        }
    );
    let line = data_table(&zh, 2).expect("a table");
    assert_eq!(line.caption, "工业投资指数", "an index has no unit");
    assert_eq!(line.headers, ["年份", "工业投资指数（推算）"]);
    let (_, en) = story(Locale::En);
    assert_eq!(data_table(&en, 4).expect("a table").caption, "Streaks", "an untitled streak chart");
    let m = two_series("en");
    let table = data_table(&m, 0).expect("a table");
    assert_eq!(table.caption, "投资 (unit: million yuan)");
    assert_eq!(table.rows[2], ["2021", "no data", "280 million yuan"]);
}

#[test]
fn kpi_tables_have_indicator_value_change_and_note() {
    let (_, zh) = story(Locale::ZhCn);
    let table = data_table(&zh, 0).expect("a table");
    assert_eq!(table.caption, "关键数据");
    assert_eq!(table.headers, ["指标", "数值", "变化", "说明"]);
    assert_eq!(
        table.rows[0],
        ["地区生产总值（上半年）", "44.05亿元", "+5.6%", "同比增长，增速全市第三"]
    );
    assert_eq!(table.rows[2], ["稀土资源储量", "超50万吨", "", "位居全省之首"]);
    let (_, en) = story(Locale::En);
    let table = data_table(&en, 0).expect("a table");
    assert_eq!(table.headers, ["Indicator", "Value", "Change", "Note"]);
    assert_eq!(table.rows[0][1..3], ["4.405 billion yuan", "+5.6%"]);
    assert_eq!(table.rows[2][1], "over 500,000 tonnes");
}

#[test]
fn story_summaries_in_chinese() {
    let (_, m) = story(Locale::ZhCn);
    let kpi = summary(&m, 0);
    assert!(
        kpi.starts_with("地区生产总值（上半年）44.05亿元，同比增长5.6%，增速全市第三。"),
        "{kpi}"
    );
    assert!(kpi.contains("稀土资源储量超50万吨（位居全省之首）。"), "{kpi}");
    assert_eq!(summary(&m, 1), "地区生产总值5.6%，工业投资31%。最高为工业投资（31%）。");
    assert_eq!(
        summary(&m, 2),
        "2020年至2024年，工业投资指数从100升至294.5（+194.5），增长约1.9倍。连续4年上升。\
         其中“工业投资指数”为推算值，并非统计公布数。标注（2024年，294.5（推算））：约为2020年的2.9倍（推算）。"
    );
    assert_eq!(summary(&m, 3), "空气质量优良率为100%（满值100%）。长期保持在100%。");
    assert!(summary(&m, 4)
        .starts_with("空气质量优良率位居全市第一：连续8年。森林资源实现“三增长”：连续5年。"));
    assert!(summary(&m, 5).starts_with("时间线共4个节点，从2024年6月16日到2035年。"));
    assert!(summary(&m, 5).contains("2029年（计划）：完成各项改革任务。"));
}

#[test]
fn story_summaries_in_english() {
    let (_, m) = story(Locale::En);
    let kpi = summary(&m, 0);
    assert!(
        kpi.starts_with("GDP, first half of 2024: 4.405 billion yuan, up 5.6% (year on year;"),
        "{kpi}"
    );
    assert_eq!(
        summary(&m, 1),
        "GDP: 5.6%; Industrial investment: 31%. Highest: Industrial investment (31%)."
    );
    let line = summary(&m, 2);
    assert!(
        line.starts_with(
            "From 2020 to 2024, Industrial investment index rose from 100 to 294.5 (+194.5"
        ),
        "{line}"
    );
    assert!(line.contains("rose 4 years in a row"), "{line}");
    assert!(line.contains("are estimates, not official statistics."), "{line}");
    assert!(
        line.ends_with("Marked point (2024, 294.5 (estimate)): About 2.9 times 2020 (estimate)."),
        "{line}"
    );
    assert!(summary(&m, 4).starts_with("First in Meizhou for air quality: 8 years in a row."));
}

/// Rises for four years to a peak inside the range, then falls back.
const PEAK: &str = r#""x": {"categories": ["2018", "2019", "2020", "2021", "2022", "2023"]},
    "series": [{"name": "A", "values": [1, 3, 4, 6, 8, 5]}]"#;

#[test]
fn summary_names_the_peak_the_change_and_the_streak() {
    let zh = model(&format!(r#"{{"version": 1, "charts": [{{"type": "line", {PEAK}}}]}}"#));
    assert_eq!(
        summary(&zh, 0),
        "2018年至2023年，A从1升至5（+4），增长4倍。最高为2022年（8）。2019年至2022年连续4年上升。"
    );
    let en = model(&format!(
        r#"{{"version": 1, "locale": "en", "charts": [{{"type": "line", {PEAK}}}]}}"#
    ));
    assert_eq!(
        summary(&en, 0),
        "From 2018 to 2023, A rose from 1 to 5 (+4, up 400%). Highest: 2022 (8). \
         From 2019 to 2022, it rose 4 years in a row."
    );
}

#[test]
fn streaks_over_periods_and_falls() {
    let m = model(
        r#"{"version": 1, "locale": "en", "charts": [{"type": "bar",
            "x": {"categories": ["Q1", "Q2", "Q3", "Q4"]}, "y": {"unit": "%"},
            "series": [{"name": "Rate", "values": [9, 7.5, 6, 4]}]}]}"#,
    );
    let text = summary(&m, 0);
    assert!(text.contains("Rate fell from 9% to 4% (−5 percentage points)."), "{text}");
    assert!(text.contains("It fell 3 periods in a row."), "{text}");
    let zh = model(
        r#"{"version": 1, "charts": [{"type": "line", "x": {"categories": ["1月", "2月", "3月", "4月"]},
            "series": [{"name": "甲", "values": [9, 7, 6, 4]}]}]}"#,
    );
    let text = summary(&zh, 0);
    assert!(text.contains("甲从9降至4（−5），下降约56%。"), "{text}");
    assert!(text.contains("连续3期下降。"), "{text}");
}

#[test]
fn summary_of_two_series_with_a_gap_and_an_estimate() {
    let text = summary(&two_series("zh-CN"), 0);
    assert!(
        text.starts_with("2019年至2023年，甲从1.2亿元升至2.4亿元（+1.2亿元），增长1倍。"),
        "{text}"
    );
    assert!(text.contains("甲在2021年无数据。"), "{text}");
    assert!(text.contains("乙从3亿元降至1.9亿元（−1.1亿元），下降约37%。"), "{text}");
    assert!(text.ends_with("其中“乙”为推算值，并非统计公布数。"), "{text}");
    let text = summary(&two_series("en"), 0);
    assert!(text.contains("No data for 甲 in 2021."), "{text}");
    assert!(text.ends_with("The values of “乙” are estimates, not official statistics."), "{text}");
}

#[test]
fn degenerate_data_never_panics_and_still_reads() {
    let cases = [
        (r#"[null, null, null]"#, "甲无数据。"),
        (r#"[null, 5, null]"#, "2021年，甲为5。2020年和2022年无数据。"),
        (r#"[5, 5, 5]"#, "2020年至2022年，甲首尾持平，均为5。"),
        (r#"[0, 2, 0]"#, "2020年至2022年，甲首尾持平，均为0。最高为2021年（2）。"),
        (r#"[-2, null, 3]"#, "2020年至2022年，甲从−2升至3（+5）。2021年无数据。"),
    ];
    for (values, expected) in cases {
        let m = model(&format!(
            r#"{{"version": 1, "charts": [{{"type": "line", "x": {{"categories": ["2020", "2021", "2022"]}},
                "series": [{{"name": "甲", "values": {values}}}]}}]}}"#
        ));
        assert_eq!(summary(&m, 0), expected, "values {values}");
        for i in 0..4 {
            let _ = (tooltip(&m, 0, i), announce_point(&m, 0, 0, i));
        }
        assert_eq!(data_table(&m, 0).expect("a table").rows.len(), 3);
    }
    let one = model(
        r#"{"version": 1, "charts": [{"type": "bar", "series": [{"name": "a", "values": [7]}]}]}"#,
    );
    assert_eq!(summary(&one, 0), "x = 0，a为7。");
    assert_eq!(summary(&one, 5), "", "no such chart");
    assert_eq!(data_table(&one, 5), None);
}

#[test]
fn unordered_bars_list_values_then_extremes() {
    let m = model(
        r#"{"version": 1, "charts": [{"type": "bar", "x": {"categories": ["甲", "乙", "丙"]},
            "y": {"unit": "万吨"}, "series": [{"name": "产量", "values": [12, 30, null]},
                                            {"name": "销量", "values": [12, 12, 8]}]}]}"#,
    );
    assert_eq!(
        summary(&m, 0),
        "产量：甲12万吨，乙30万吨，丙无数据。产量最高为乙（30万吨）。\
         销量：甲12万吨，乙12万吨，丙8万吨。销量最高为甲和乙（12万吨），最低为丙（8万吨）。"
    );
}

#[test]
fn tables_of_long_series_stop_at_a_thousand_rows() {
    let values: Vec<String> = (0..5000).map(|i| i.to_string()).collect();
    let text = format!(
        r#"{{"version": 1, "charts": [{{"type": "line", "series": [{{"name": "a", "values": [{}]}}]}}]}}"#,
        values.join(",")
    );
    let model = Model::new(&parse_str(&text).unwrap());
    let table = data_table(&model, 0).unwrap();
    assert_eq!(table.rows.len(), infographic::model::describe::MAX_TABLE_ROWS);
    assert_eq!(table.omitted, 4000);
    assert_eq!(table.rows[999][1], "999");
}
