//! The pre-rendered embed snippet (`infographic::snippet`, `infographic-cli embed`): what it holds,
//! that every text in it is escaped, that a broken spec gives no snippet, that infographic.css
//! chooses its pictures by the same bands, and that the demo article carries the story's snippet as
//! the build makes it (regenerate with `scripts/build`).

use infographic::snippet::{bands, snippet, Options, BANDS};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn story() -> String {
    std::fs::read_to_string(root().join("www/specs/pingyuan.json")).expect("the story")
}

#[test]
fn a_snippet_holds_one_picture_per_band_and_theme_its_text_and_its_spec() {
    let html = snippet(&story(), &Options::default()).expect("the story is valid");
    assert!(html.starts_with("<link rel=\"stylesheet\" href=\"infographic.css\">"));
    assert!(html.contains("<script type=\"module\" src=\"embed.js\"></script>"));
    let model = infographic::model::Model::new(&infographic::spec::parse_str(&story()).unwrap());
    let hints = infographic::snippet::heights(&model, true);
    let element = format!(
        "<info-graphic class=\"ig-prerendered\" data-ig-bands=\"{}\" data-ig-heights=\"{hints}\">",
        bands()
    );
    assert!(html.contains(&element), "{}", &html[..400]);
    // A height per band: the scene's at the band's width, and the download bar's (not scaled).
    let pairs: Vec<&str> = hints.split(' ').collect();
    assert_eq!(pairs.len(), BANDS.len());
    for (pair, band) in pairs.iter().zip(BANDS) {
        let (width, rest) = pair.split_once(':').unwrap();
        let (height, bar) = rest.split_once('+').unwrap();
        assert_eq!(width, band.width.to_string());
        assert!(height.parse::<u32>().unwrap() > 1000 && bar == "18", "{pair}");
        let picture =
            format!("width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\"");
        assert!(html.contains(&picture), "{pair}: not the picture's height");
    }
    // "auto": a light and a dark picture per band; only the default one is not hidden.
    assert_eq!(html.matches("<svg class=\"ig-pic").count(), 2 * BANDS.len());
    assert_eq!(html.matches("<svg class=\"ig-pic ig-w360 ig-light\" focusable").count(), 1);
    assert_eq!(html.matches(" hidden focusable=\"false\"").count(), 2 * BANDS.len() - 1);
    for band in BANDS {
        assert!(html.contains(&format!("ig-w{} ig-dark", band.width)), "{band:?}");
        assert!(html.contains(&format!("viewBox=\"0 0 {} ", band.width)), "{band:?}");
    }
    // The text a screen reader reads, and the spec last, as a data block.
    assert!(html.contains("<div class=\"ig-text\">\n<p>平远：改革再出发，成绩单上的关键数字</p>"));
    assert!(html.contains("<table><caption>两项增速（单位：%）</caption>"));
    assert!(html.ends_with("</script>\n</info-graphic>\n"));
    assert!(!html.contains("style="), "no style attribute anywhere (strict CSP)");
    assert!(!html.contains("opacity=\"1\""));
}

#[test]
fn a_theme_the_spec_fixes_gets_one_picture_per_band() {
    let dark = story().replacen("\"version\": 1,", "\"version\": 1, \"theme\": \"dark\",", 1);
    let html = snippet(&dark, &Options { base: "https://cdn.example/ig/".into() }).unwrap();
    assert_eq!(html.matches("<svg class=\"ig-pic").count(), BANDS.len());
    assert!(html.contains("<div class=\"ig-static ig-cjk\" aria-hidden=\"true\">"), "not ig-auto");
    assert!(html.contains("href=\"https://cdn.example/ig/infographic.css\""));
    assert!(html.contains("src=\"https://cdn.example/ig/embed.js\""));
}

#[test]
fn every_text_is_escaped_and_the_data_block_cannot_be_closed() {
    let payload = "</script><script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
    let spec = format!(
        r#"{{"version": 1, "title": {t}, "source": {t}, "source_url": "https://example.org/?a=1&b=\"2\"",
        "charts": [{{"type": "bar", "title": {t}, "x": {{"categories": [{t}, "b"]}},
        "series": [{{"name": {t}, "values": [1, 2]}}]}}]}}"#,
        t = serde_json::to_string(payload).unwrap()
    );
    let html = snippet(&spec, &Options { base: "\"><script>alert(3)</script>".into() }).unwrap();
    assert!(!html.contains("<script>alert"), "a payload became markup");
    assert!(!html.contains("<img"), "a payload became markup");
    assert!(!html.contains("onerror=alert(2)>"));
    // Exactly the snippet's own scripts: the module and the data block.
    assert_eq!(html.matches("<script").count(), 2);
    assert_eq!(html.matches("</script>").count(), 2);
    assert!(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)"));
    assert!(html.contains("href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\""));
}

#[test]
fn a_broken_spec_gives_its_problems_and_no_snippet() {
    let errors = snippet(r#"{"version": 1, "charts": [{"type": "line", "series": [{"name": "a", "values": [1, "x"]}]}]}"#, &Options::default())
        .expect_err("invalid");
    assert_eq!(errors[0].path, "charts[0].series[0].values[1]");
}

#[test]
fn the_stylesheet_chooses_pictures_by_the_same_bands() {
    let css = std::fs::read_to_string(root().join("www/infographic.css")).unwrap();
    for (k, band) in BANDS.iter().enumerate() {
        let query = match (k, BANDS.get(k + 1)) {
            (0, Some(next)) => format!("@container (max-width: {}.98px)", next.from - 1),
            (_, Some(next)) => format!(
                "@container (min-width: {}px) and (max-width: {}.98px)",
                band.from,
                next.from - 1
            ),
            (_, None) => format!("@container (min-width: {}px)", band.from),
        };
        let rule =
            format!("{query} {{\n  .ig-static .ig-w{} {{ display: block; }}\n}}", band.width);
        assert!(css.contains(&rule), "infographic.css lacks\n{rule}");
    }
}

#[test]
fn the_demo_article_carries_the_storys_snippet_as_the_build_makes_it() {
    let page = std::fs::read_to_string(root().join("www/index.html")).unwrap();
    let begin = "<!-- snippet pingyuan: infographic-cli embed www/specs/pingyuan.json, by scripts/build; do not edit -->\n";
    let from = page.find(begin).expect("the begin marker") + begin.len();
    let to = page.find("<!-- end of snippet pingyuan -->").expect("the end marker");
    let expected = snippet(&story(), &Options::default()).unwrap();
    assert!(page[from..to] == expected, "www/index.html's snippet is stale: run scripts/build");
}

#[test]
fn the_stylesheet_sets_the_placeholder_bar_in_the_widgets_fonts() {
    use infographic::model::theme::{CJK_FONTS, LATIN_FONTS};
    let css = std::fs::read_to_string(root().join("www/infographic.css")).unwrap();
    assert!(css.contains(&format!(".ig-static.ig-cjk {{\n  font-family: {CJK_FONTS};\n}}")));
    assert!(css.contains(&format!(".ig-static.ig-latin {{\n  font-family: {LATIN_FONTS};\n}}")));
}
