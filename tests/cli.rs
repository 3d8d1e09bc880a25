//! The native renderer (`infographic-cli render …`): a golden SVG of the default story, the options, PNG
//! output, and what a bad spec or a bad command line prints. Most tests call `cli::run` with in-memory
//! streams; two run the real binary.
//!
//! `BLESS=1 cargo test --test cli` rewrites `tests/fixtures/cli/pingyuan-680.svg` (review the diff).
#![cfg(not(target_arch = "wasm32"))]

use infographic::cli::{self, EXIT_INVALID};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

struct Output {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

impl Output {
    fn text(&self) -> &str {
        std::str::from_utf8(&self.stdout).expect("SVG output is UTF-8")
    }
}

/// Runs the CLI in-process with `stdin` as standard input.
fn run_with(args: &[&str], stdin: &str) -> Output {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let code = cli::run(args.iter().copied(), &mut stdin.as_bytes(), &mut stdout, &mut stderr);
    Output { code, stdout, stderr: String::from_utf8(stderr).unwrap() }
}

fn run(args: &[&str]) -> Output {
    run_with(args, "")
}

fn ok(args: &[&str]) -> Output {
    let out = run(args);
    assert_eq!(out.code, 0, "{args:?} failed: {}", out.stderr);
    assert!(out.stderr.is_empty(), "{args:?} printed to stderr: {}", out.stderr);
    out
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli").join(name)
}

/// The number in `name="…"` of the root `<svg>` element.
fn svg_attr(svg: &str, name: &str) -> f64 {
    let root = &svg[svg.find("<svg").expect("an <svg> element")..];
    let root = &root[..root.find('>').unwrap()];
    let start = root.find(&format!(" {name}=\"")).unwrap_or_else(|| panic!("<svg> has no {name}"))
        + name.len()
        + 3;
    root[start..start + root[start..].find('"').unwrap()].parse().unwrap()
}

/// (width, height) from a PNG's IHDR chunk.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG: {:?}", &png[..png.len().min(8)]);
    assert_eq!(&png[12..16], b"IHDR");
    let be = |b: &[u8]| u32::from_be_bytes(b.try_into().unwrap());
    (be(&png[16..20]), be(&png[20..24]))
}

const BROKEN: &str = r#"{
  "version": 1,
  "charts": [
    {"type": "line", "titel": "Trend", "series": [{"name": "A", "values": [1, "x"]}]}
  ]
}"#;

const SMALL: &str = r#"{"version": 1, "title": "小图", "source": "测试",
  "charts": [{"type": "bar", "x": {"categories": ["甲", "乙"]}, "series": [{"name": "A", "values": [1, 2]}]}]}"#;

#[test]
fn default_story_matches_the_golden_svg() {
    let svg = ok(&["render"]).text().to_string();
    let path = fixture("pingyuan-680.svg");
    if std::env::var_os("BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &svg).unwrap();
        return;
    }
    let golden = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("{}: {e} (BLESS=1 cargo test --test cli writes it)", path.display())
    });
    if svg != golden {
        let (n, (got, want)) = svg
            .lines()
            .chain(std::iter::repeat("<end of file>"))
            .zip(golden.lines().chain(std::iter::repeat("<end of file>")))
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .expect("the texts differ");
        panic!(
            "the SVG of the default story differs from {} first at line {}:\n  now:    {got}\n  golden: {want}\n\
             If the change is intended, rewrite it with BLESS=1 cargo test --test cli and review the diff.",
            path.display(),
            n + 1
        );
    }
}

#[test]
fn default_story_svg_is_a_complete_document_with_its_text() {
    let svg = ok(&["render"]).text().to_string();
    assert!(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "), "{}", &svg[..80]);
    assert!(svg.ends_with("</svg>\n"));
    assert!(svg.contains("xmlns=\"http://www.w3.org/2000/svg\""));
    assert_eq!(svg_attr(&svg, "width"), 680.0);
    let height = svg_attr(&svg, "height");
    assert!(height > 600.0, "height {height}");
    assert!(svg.contains(&format!("viewBox=\"0 0 680 {height}\"")));
    // A light background over the whole image.
    assert!(svg.contains(&format!(
        "<rect x=\"0\" y=\"0\" width=\"680\" height=\"{height}\" opacity=\"1\" fill=\"#FFFFFF\""
    )));
    for expected in [
        "平远：改革再出发，成绩单上的关键数字",
        "44.05",
        "亿元",
        "▲ 5.6%",
        "工业投资指数（推算）",
        "数据来源",
    ] {
        assert!(svg.contains(expected), "SVG lacks {expected:?}");
    }
    assert!(svg.matches("<text").count() > 40);
    assert!(svg.matches("<circle").count() >= 5, "the line chart's five points");
}

#[test]
fn width_option_changes_the_layout_width() {
    let narrow = ok(&["render", "--width", "360"]);
    let wide = ok(&["render", "--width=1200"]);
    assert_eq!(svg_attr(narrow.text(), "width"), 360.0);
    assert_eq!(svg_attr(wide.text(), "width"), 1200.0);
    assert!(
        svg_attr(narrow.text(), "height") > svg_attr(wide.text(), "height"),
        "narrow is taller"
    );
}

#[test]
fn locale_option_overrides_the_spec() {
    let en = ok(&["render", "--locale", "en"]);
    let svg = en.text();
    for expected in ["billion yuan", "(estimate)", "Source:"] {
        assert!(svg.contains(expected), "English SVG lacks {expected:?}");
    }
    assert!(!svg.contains("数据来源"));
    // The spec's own text is not translated.
    assert!(svg.contains("平远：改革再出发"));
    // And back: the English story told in Chinese widget words.
    let spec = concat!(env!("CARGO_MANIFEST_DIR"), "/www/specs/pingyuan.en.json");
    let zh = ok(&["render", spec, "--locale", "zh-CN"]);
    assert!(zh.text().contains("数据来源"));
    assert!(zh.text().contains("Pingyuan"));
}

#[test]
fn theme_option_paints_a_dark_background() {
    let dark = ok(&["render", "--theme", "dark"]);
    let height = svg_attr(dark.text(), "height");
    assert!(dark.text().contains(&format!(
        "<rect x=\"0\" y=\"0\" width=\"680\" height=\"{height}\" opacity=\"1\" fill=\"#16181C\""
    )));
    assert!(!dark.text().contains("fill=\"#FFFFFF\""));
}

#[test]
fn spec_theme_is_used_unless_the_option_overrides_it() {
    let spec = r#"{"version": 1, "theme": "dark", "title": "Dark",
                   "charts": [{"type": "kpi", "items": [{"label": "A", "value": 1}]}]}"#;
    assert!(run_with(&["render", "-"], spec).text().contains("fill=\"#16181C\""));
    assert!(run_with(&["render", "-", "--theme", "light"], spec)
        .text()
        .contains("fill=\"#FFFFFF\""));
    // "auto" has no reader to ask: light.
    let auto = spec.replace("\"dark\"", "\"auto\"");
    assert!(run_with(&["render", "-"], &auto).text().contains("fill=\"#FFFFFF\""));
}

#[test]
fn spec_from_stdin_and_a_file() {
    let spec = r#"{"version": 1, "locale": "en", "title": "From stdin",
                   "charts": [{"type": "kpi", "items": [{"label": "Answer", "value": 42}]}]}"#;
    let out = run_with(&["render", "-", "-o", "-"], spec);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.text().contains("From stdin"));
    assert!(out.text().contains("42"));

    let dir = tempdir("file");
    let path = dir.join("spec.json");
    std::fs::write(&path, spec).unwrap();
    let spec_path = path.to_str().unwrap();
    let out_path = |i: usize| dir.join(format!("out{i}.svg")).to_str().unwrap().to_string();
    let forms: [Vec<String>; 4] = [
        vec!["-o".into(), out_path(0)],
        vec![format!("-o{}", out_path(1))],
        vec!["--output".into(), out_path(2)],
        vec![format!("--output={}", out_path(3))],
    ];
    for (i, form) in forms.iter().enumerate() {
        let mut args = vec!["render", spec_path];
        args.extend(form.iter().map(String::as_str));
        let out = run(&args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        assert!(out.stdout.is_empty());
        assert!(std::fs::read_to_string(out_path(i)).unwrap().contains("From stdin"), "{args:?}");
    }
}

#[test]
fn png_has_the_signature_and_scaled_size() {
    // A small spec: rasterizing the whole story takes seconds in a debug build.
    let out = run_with(&["render", "-", "--png", "--width", "400"], SMALL);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let (w, h) = png_size(&out.stdout);
    assert_eq!(w, 800, "width × default scale 2");
    let svg = run_with(&["render", "-", "--width", "400"], SMALL);
    assert_eq!(h, (svg_attr(svg.text(), "height") * 2.0).ceil() as u32);

    let out = run_with(&["render", "-", "--png", "--width", "360", "--scale", "1"], SMALL);
    let svg = run_with(&["render", "-", "--width", "360"], SMALL);
    assert_eq!(png_size(&out.stdout), (360, svg_attr(svg.text(), "height") as u32));
}

#[test]
fn png_is_chosen_by_the_output_name_and_is_not_blank() {
    let dir = tempdir("png");
    let path = dir.join("chart.PNG");
    ok(&["render", "-o", path.to_str().unwrap(), "--width", "320", "--scale", "1"]);
    let png = std::fs::read(&path).unwrap();
    assert_eq!(png_size(&png).0, 320);
    // A PNG of text and bars compresses far worse than a blank page of the same size.
    let blank = cli::svg_to_png(
        "<svg width=\"320\" height=\"1000\" xmlns=\"http://www.w3.org/2000/svg\"/>",
        1.0,
        infographic::spec::Locale::ZhCn,
    )
    .unwrap();
    assert!(png.len() > 10 * blank.len(), "{} vs blank {}", png.len(), blank.len());
    // --svg wins over the name.
    let path = dir.join("forced.png");
    ok(&["render", "--svg", "-o", path.to_str().unwrap()]);
    assert!(std::fs::read_to_string(&path).unwrap().starts_with("<?xml"));
}

#[test]
fn broken_spec_prints_every_problem_and_exits_2() {
    let out = run_with(&["render", "-"], BROKEN);
    assert_eq!(out.code, EXIT_INVALID);
    assert!(out.stdout.is_empty(), "no image for a broken spec");
    assert_eq!(
        out.stderr,
        "charts[0].titel: unknown field \"titel\"; did you mean \"title\"?\n\
         charts[0].series[0].values[1]: expected a number or null, found \"x\"\n"
    );
}

#[test]
fn broken_spec_leaves_the_output_file_alone() {
    let dir = tempdir("broken");
    let out_path = dir.join("chart.svg");
    std::fs::write(&out_path, "before").unwrap();
    let out = run_with(&["render", "-", "-o", out_path.to_str().unwrap()], BROKEN);
    assert_eq!(out.code, EXIT_INVALID);
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), "before");
}

#[test]
fn json_syntax_error_is_reported_with_its_place() {
    let out = run_with(&["render", "-"], "{\"version\": 1,\n  \"charts\": [}");
    assert_eq!(out.code, EXIT_INVALID);
    assert!(out.stderr.contains("line 2"), "{}", out.stderr);
}

#[test]
fn missing_file_is_an_io_error() {
    let out = run(&["render", "/nonexistent/spec.json"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.starts_with("error: cannot read /nonexistent/spec.json: "),
        "{}",
        out.stderr
    );
    let out = run(&["render", "-o", "/nonexistent/dir/chart.svg"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.starts_with("error: cannot write /nonexistent/dir/chart.svg: "),
        "{}",
        out.stderr
    );
}

#[test]
fn bad_command_lines_print_the_usage() {
    for args in [
        &["render", "--frobnicate"][..],
        &[],
        &["draw"],
        &["render", "--width", "100"],
        &["render", "--width", "wide"],
        &["render", "--width"],
        &["render", "--theme", "auto"],
        &["render", "--locale", "fr"],
        &["render", "--scale", "0"],
        &["render", "a.json", "b.json"],
    ] {
        let out = run(args);
        assert_eq!(out.code, EXIT_INVALID, "{args:?}");
        assert!(out.stderr.starts_with("error: "), "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains("Usage:"), "{args:?}: {}", out.stderr);
        assert!(out.stdout.is_empty());
    }
    assert!(run(&["render", "--frobnicate"])
        .stderr
        .starts_with("error: unknown option '--frobnicate'"));
}

#[test]
fn help_goes_to_stdout() {
    for args in [&["--help"][..], &["-h"], &["help"], &["render", "--width", "360", "--help"]] {
        let out = ok(args);
        assert_eq!(out.text(), cli::USAGE);
    }
    assert!(cli::USAGE.contains("infographic-cli render [SPEC] [OPTIONS]"));
    assert!(ok(&["--version"]).text().starts_with("infographic-cli 0."));
}

// ---- the real binary --------------------------------------------------------------------------

fn binary() -> Command {
    Command::new(env!("CARGO_BIN_EXE_infographic-cli"))
}

#[test]
fn binary_renders_svg_to_stdout_and_png_to_a_file() {
    let out =
        binary().args(["render", "-", "-o", "-", "--width", "360"]).stdin(Stdio::null()).output();
    // An empty stdin is not JSON.
    let out = out.unwrap();
    assert_eq!(out.status.code(), Some(EXIT_INVALID));
    assert!(!out.stderr.is_empty());

    let out = binary().args(["render", "--width", "360"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let svg = String::from_utf8(out.stdout).unwrap();
    assert_eq!(svg_attr(&svg, "width"), 360.0);
    assert!(svg.contains("数据来源"));

    let dir = tempdir("bin");
    let spec = dir.join("small.json");
    std::fs::write(&spec, SMALL).unwrap();
    let png = dir.join("chart.png");
    let out = binary()
        .arg("render")
        .arg(&spec)
        .arg("-o")
        .arg(&png)
        .args(["--scale", "1.5"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(png_size(&std::fs::read(&png).unwrap()).0, 1020, "680 × 1.5");
}

#[test]
fn binary_exits_2_with_paths_for_a_broken_spec() {
    use std::io::Write;
    let mut child = binary()
        .args(["render", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(BROKEN.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(EXIT_INVALID));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("charts[0].series[0].values[1]: expected a number or null, found \"x\""),
        "{stderr}"
    );
}

/// A fresh directory under the target dir (no tempfile crate), named for the test.
fn tempdir(name: &str) -> PathBuf {
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
