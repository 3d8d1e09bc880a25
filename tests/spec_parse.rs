//! Good specs decode to exactly the typed values they describe, and every demo spec parses.

use infographic::spec::{
    from_json, parse_str, Chart, Json, KpiChart, KpiItem, Locale, Series, Spec, ThemeChoice, XAxis,
    XAxisType, XyChart, YAxis, YScaleType,
};
use std::fs;

mod support;

const SMALL_SPEC: &str = r#"{
  "version": 1,
  "title": "粮食产量",
  "source": "国家统计局",
  "source_url": "HTTPS://www.stats.gov.cn/",
  "charts": [
    {
      "type": "kpi",
      "items": [
        {"label": "总产量", "value": 69541, "unit": "万吨", "prefix": "超", "change": 1.6, "change_unit": "%"},
        {"label": "单产", "value": 389.7, "unit": "公斤/亩", "derived": true, "note": "由总产量和面积推算"}
      ]
    },
    {
      "type": "line",
      "title": "历年产量",
      "x": {"label": "年份", "categories": [2021, 2022, "2023年"]},
      "y": {"label": "产量", "unit": "万吨"},
      "series": [
        {"name": "粮食", "values": [68285, null, 69541]},
        {"name": "推算", "values": [1.5, 2, -0.25], "derived": true, "note": "按面积推算"}
      ]
    },
    {
      "type": "bar",
      "subtitle": null,
      "series": [{"name": "A", "values": [3, 1]}, {"name": "B", "values": [2]}]
    }
  ]
}"#;

fn text(s: &str) -> Option<String> {
    Some(s.to_owned())
}

fn kpi_chart() -> Chart {
    Chart::Kpi(KpiChart {
        title: None,
        items: vec![
            KpiItem {
                label: "总产量".into(),
                value: 69541.0,
                unit: text("万吨"),
                prefix: text("超"),
                change: Some(1.6),
                change_unit: text("%"),
                note: None,
                derived: false,
            },
            KpiItem {
                label: "单产".into(),
                value: 389.7,
                unit: text("公斤/亩"),
                prefix: None,
                change: None,
                change_unit: None,
                note: text("由总产量和面积推算"),
                derived: true,
            },
        ],
    })
}

fn line_chart() -> Chart {
    Chart::Line(XyChart {
        title: text("历年产量"),
        subtitle: None,
        note: None,
        x: XAxis {
            label: text("年份"),
            kind: XAxisType::Category,
            categories: Some(vec!["2021".into(), "2022".into(), "2023年".into()]),
            periods: None,
        },
        y: YAxis {
            label: text("产量"),
            unit: text("万吨"),
            scale: YScaleType::Linear,
            min: None,
            max: None,
        },
        series: vec![
            Series {
                name: "粮食".into(),
                values: vec![Some(68285.0), None, Some(69541.0)].into(),
                derived: false,
                note: None,
                mark: None,
                axis: None,
            },
            Series {
                name: "推算".into(),
                values: vec![Some(1.5), Some(2.0), Some(-0.25)].into(),
                derived: true,
                note: text("按面积推算"),
                mark: None,
                axis: None,
            },
        ],
        annotations: Vec::new(),
        stacked: false,
        horizontal: false,
        highlight: Vec::new(),
        y2: None,
    })
}

fn bar_chart() -> Chart {
    let series = |name: &str, values: Vec<Option<f64>>| Series {
        name: name.into(),
        values: values.into(),
        derived: false,
        note: None,
        mark: None,
        axis: None,
    };
    Chart::Bar(XyChart {
        title: None,
        subtitle: None,
        note: None,
        x: XAxis::default(),
        y: YAxis::default(),
        // Without categories, series of different lengths are fine.
        series: vec![series("A", vec![Some(3.0), Some(1.0)]), series("B", vec![Some(2.0)])],
        annotations: Vec::new(),
        stacked: false,
        horizontal: false,
        highlight: Vec::new(),
        y2: None,
    })
}

#[test]
fn small_spec_decodes_to_typed_values() {
    let expected = Spec {
        version: 1,
        title: text("粮食产量"),
        subtitle: None,
        source: text("国家统计局"),
        source_url: text("HTTPS://www.stats.gov.cn/"),
        note: None,
        locale: Locale::ZhCn,
        theme: ThemeChoice::Auto,
        exports: true,
        charts: vec![kpi_chart(), line_chart(), bar_chart()],
    };
    assert_eq!(parse_str(SMALL_SPEC), Ok(expected));
}

#[test]
fn english_locale_and_plain_http_link() {
    let spec = parse_str(
        r#"{"version": 1, "locale": "en", "source_url": "http://example.org/data",
            "charts": [{"type": "kpi", "items": [{"label": "A", "value": 0}]}]}"#,
    );
    let spec = spec.expect("valid spec");
    assert_eq!(spec.locale, Locale::En);
    assert_eq!(spec.source_url.as_deref(), Some("http://example.org/data"));
}

#[test]
fn javascript_objects_decode_like_text() {
    // What `serde_wasm_bindgen` hands over for a JS object: `undefined` fields arrive as null.
    let object = |entries: Vec<(&str, Json)>| {
        Json::Object(entries.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
    };
    let item = object(vec![
        ("label", Json::String("A".into())),
        ("value", Json::Number(2.0)),
        ("unit", Json::Null),
    ]);
    let chart =
        object(vec![("type", Json::String("kpi".into())), ("items", Json::Array(vec![item]))]);
    let value = object(vec![
        ("version", Json::Number(1.0)),
        ("title", Json::Null),
        ("charts", Json::Array(vec![chart])),
    ]);
    let from_text = parse_str(
        r#"{"version": 1, "charts": [{"type": "kpi", "items": [{"label": "A", "value": 2}]}]}"#,
    );
    assert_eq!(from_json(&value), from_text);
    assert!(from_text.is_ok());
}

#[test]
fn every_demo_spec_parses() {
    // Subfolders too (`corpus::spec_files`), so a spec filed in one is not missed.
    let files = support::corpus::spec_files("www/specs");
    assert!(!files.is_empty(), "no specs under www/specs");
    let failures: Vec<String> = files
        .iter()
        .filter_map(|path| {
            let text = fs::read_to_string(path).expect("readable spec");
            let diagnostics = parse_str(&text).err()?;
            let lines: Vec<String> = diagnostics.iter().map(|d| format!("  {d}")).collect();
            Some(format!("{}:\n{}", path.display(), lines.join("\n")))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
