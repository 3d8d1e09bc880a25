//! The default story rendered natively to SVG through our SVG backend: same scene, same drawing code
//! as the canvas. Checks the text a reader must see and the shapes that carry the data, and that the
//! backend writes exactly what plotters' SVG backend wrote.

use infographic::layout::EstimateMeasure;
use infographic::model::Model;
use infographic::render::svg::to_svg;
use infographic::scene;
use infographic::spec::parse_str;
use infographic::spec::story::PINGYUAN_JSON;

fn story_svg(width: f64) -> String {
    let spec = parse_str(PINGYUAN_JSON).expect("the default story is valid");
    let scene = scene::build(&Model::new(&spec), width, &EstimateMeasure);
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
    let svg = to_svg(&scene::build(&Model::new(&spec), 680.0, &EstimateMeasure));
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

/// Every spec of the site and of the render fixtures, light and dark, at several widths.
fn every_scene() -> Vec<(String, infographic::scene::Scene)> {
    use infographic::model::theme::Theme;
    let root = env!("CARGO_MANIFEST_DIR");
    let mut files = Vec::new();
    for dir in ["www/specs", "tests/fixtures/render", "tests/fixtures/good"] {
        for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut scenes = Vec::new();
    for file in files {
        let Ok(spec) = parse_str(&std::fs::read_to_string(&file).unwrap()) else { continue };
        for theme in [Theme::light(), Theme::dark()] {
            let model = Model::with_theme(&spec, theme);
            for width in [300.0, 680.0, 1280.0] {
                let name = format!("{} at {width}", file.display());
                scenes.push((name, scene::build(&model, width, &EstimateMeasure)));
            }
        }
    }
    assert!(scenes.len() > 100, "found the specs ({} scenes)", scenes.len());
    scenes
}

#[test]
fn our_svg_backend_writes_what_plotters_svg_backend_wrote() {
    use infographic::render::{draw, RenderOptions};
    use plotters::backend::SVGBackend;
    for (name, scene) in every_scene() {
        let mut theirs = String::new();
        {
            let size = (scene.width.ceil().max(1.0) as u32, scene.height.ceil().max(1.0) as u32);
            let mut backend = SVGBackend::with_string(&mut theirs, size);
            let options = RenderOptions { scale: 1.0, font_size_factor: 1.24 };
            draw(&scene, &mut backend, options).unwrap();
        }
        let ours = to_svg(&scene);
        if ours != theirs {
            let at = ours.bytes().zip(theirs.bytes()).take_while(|(a, b)| a == b).count();
            let from = at.saturating_sub(80);
            panic!(
                "{name}: differs at byte {at}:\nours:   {:?}\ntheirs: {:?}",
                &ours.get(from..(at + 80).min(ours.len())),
                &theirs.get(from..(at + 80).min(theirs.len()))
            );
        }
    }
}

/// The primitives the scene does not use today (a pixel, an outlined rect, rotated and italic text)
/// read the same too, with colours of every opacity.
#[test]
fn every_svg_primitive_reads_as_plotters_wrote_it() {
    use infographic::render::svg::SvgBackend;
    use plotters::backend::SVGBackend;
    use plotters_backend::text_anchor::{HPos, Pos, VPos};
    use plotters_backend::{
        BackendColor, BackendStyle, BackendTextStyle, DrawingBackend, FontFamily, FontStyle,
        FontTransform,
    };
    struct Style(BackendColor, u32);
    impl BackendStyle for Style {
        fn color(&self) -> BackendColor {
            self.0
        }
        fn stroke_width(&self) -> u32 {
            self.1
        }
    }
    struct Text(BackendColor, f64, FontStyle, u8, Pos);
    impl BackendTextStyle for Text {
        type FontError = std::fmt::Error;
        fn color(&self) -> BackendColor {
            self.0
        }
        fn size(&self) -> f64 {
            self.1
        }
        fn style(&self) -> FontStyle {
            self.2
        }
        fn transform(&self) -> FontTransform {
            match self.3 {
                0 => FontTransform::None,
                1 => FontTransform::Rotate90,
                2 => FontTransform::Rotate180,
                _ => FontTransform::Rotate270,
            }
        }
        fn anchor(&self) -> Pos {
            self.4
        }
        fn family(&self) -> FontFamily<'_> {
            FontFamily::Name("Noto Sans, \"PingFang SC\", sans-serif")
        }
        fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
            &self,
            _: &str,
            _: (i32, i32),
            _: F,
        ) -> Result<Result<(), E>, Self::FontError> {
            Err(std::fmt::Error)
        }
        fn layout_box(&self, _: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
            Err(std::fmt::Error)
        }
    }
    fn paint<B: DrawingBackend>(b: &mut B) {
        for (i, alpha) in
            [0.0, 1.0, 0.5, 0.35, 1.0 / 3.0, 0.1 + 0.2, 1e-7, 0.999].into_iter().enumerate()
        {
            let i = i as i32;
            let c = BackendColor { alpha, rgb: (i as u8 * 30, 255 - i as u8, 7) };
            b.draw_pixel((i, -i), c).unwrap();
            b.draw_line((i, 0), (i + 5, 9), &Style(c, 2)).unwrap();
            b.draw_rect((i, i), (i + 10, i + 4), &Style(c, 1), i % 2 == 0).unwrap();
            b.draw_path([(0, 0), (i, 4), (-3, 7)], &Style(c, 3)).unwrap();
            b.fill_polygon([(0, 0), (i, 4), (-3, 7)], &Style(c, 1)).unwrap();
            b.draw_circle((i, 3), 4, &Style(c, 2), i % 2 == 1).unwrap();
            let styles =
                [FontStyle::Normal, FontStyle::Bold, FontStyle::Italic, FontStyle::Oblique];
            let anchors = [
                Pos::new(HPos::Left, VPos::Top),
                Pos::new(HPos::Center, VPos::Center),
                Pos::new(HPos::Right, VPos::Bottom),
            ];
            let text = Text(
                c,
                12.5 + i as f64 * 0.7,
                styles[i as usize % 4],
                (i % 4) as u8,
                anchors[i as usize % 3],
            );
            b.draw_text("a < b & \"c\" 'd' > 数", &text, (i * 3, 20 - i)).unwrap();
        }
        b.present().unwrap();
    }
    let mut theirs = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut theirs, (120, 80));
        paint(&mut backend);
    }
    let mut ours = SvgBackend::new((120, 80));
    paint(&mut ours);
    assert_eq!(ours.finish(), theirs);
}
