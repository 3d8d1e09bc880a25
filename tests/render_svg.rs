//! The default story rendered natively to SVG through plotters' SVG backend: same scene, same drawing
//! code as the canvas. Checks the text a reader must see and the shapes that carry the data.

mod support;

use support::draw;

use infographic::model::Model;
use infographic::render::svg::to_svg;
use infographic::spec::parse_str;
use infographic::spec::story::PINGYUAN_JSON;

fn story_svg(width: f64) -> String {
    let spec = parse_str(PINGYUAN_JSON).expect("the default story is valid");
    let scene = draw::scene(&Model::new(&spec), width);
    to_svg(&scene)
}

#[test]
fn default_story_svg_has_its_title_numbers_and_source() {
    let svg = story_svg(680.0);
    if let Ok(dir) = std::env::var("SVG_OUT") {
        std::fs::write(format!("{dir}/pingyuan-680.svg"), &svg).unwrap();
    }
    for expected in [
        "平远：改革再出发，成绩单上的关键数字",
        "44.05",
        "亿元",
        "▲ 5.6%",
        "同比增长，增速全市第三",
        "31%",
        "156",
        "294.5",
        "工业投资指数（推算）",
        "数据来源：梅州日报",
    ] {
        assert!(svg.contains(expected), "SVG lacks {expected:?}");
    }
}

#[test]
fn english_story_speaks_english() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/specs/pingyuan.en.json"))
            .unwrap();
    let spec = parse_str(&text).expect("the English story is valid");
    let svg = to_svg(&draw::scene(&Model::new(&spec), 680.0));
    if let Ok(dir) = std::env::var("SVG_OUT") {
        std::fs::write(format!("{dir}/pingyuan-en-680.svg"), &svg).unwrap();
    }
    for expected in [
        "4.405",
        "billion yuan",
        "500,000",
        "tonnes",
        "▲ 5.6%",
        "294.5",
        "(estimate)",
        "Source: Meizhou Daily",
    ] {
        assert!(svg.contains(expected), "SVG lacks {expected:?}");
    }
    assert!(!svg.contains("数据来源"), "no Chinese widget words in an English chart");
}
