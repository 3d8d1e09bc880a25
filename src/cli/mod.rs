//! The native renderer, the `infographic-cli` binary (`cargo run --release -- render SPEC.json -o
//! chart.svg`): the same core as the widget (spec → model → layout → scene) drawn to SVG through
//! plotters' SVG backend, or to PNG through resvg, for `<noscript>` images, print and share cards.
//!
//! There is no browser here, so text is measured with [`EstimateMeasure`] (the deterministic, slightly
//! generous estimate the native tests use): line breaks can differ a little from the widget's.
//!
//! [`run`] is the whole program with its streams passed in, so tests call it directly; `src/main.rs`
//! only hands it the process's arguments and standard streams.

mod args;
mod png;

pub use args::{parse, Command, EmbedArgs, Format, RenderArgs, Stream, UsageError};
pub use png::svg_to_png;

use crate::layout::EstimateMeasure;
use crate::model::theme::Theme;
use crate::model::{Model, View};
use crate::render::svg::to_svg;
use crate::scene;
use crate::spec::{self, Diagnostic, Locale, Spec, ThemeChoice};
use std::ffi::OsString;
use std::io::{Read, Write};

/// Exit status for a failed read or write.
pub const EXIT_IO: i32 = 1;
/// Exit status for an invalid spec or a usage mistake.
pub const EXIT_INVALID: i32 = 2;

pub const USAGE: &str = "\
infographic-cli: render a chart spec to a static SVG or PNG image, or write its
pre-rendered embed snippet

Usage:
  infographic-cli render [SPEC] [OPTIONS]
  infographic-cli embed [SPEC] [-o FILE] [--base URL]
  infographic-cli --help | --version
In the repository: cargo run --release -- render [SPEC] [OPTIONS]

SPEC is a spec file (JSON, see docs/spec.md); - reads it from standard input.
Without SPEC the embedded default story is rendered.

Options:
  -o, --output FILE   Where to write the image; - is standard output [default: -]
      --png           Write PNG (also chosen by an output name ending in .png)
      --svg           Write SVG, whatever the output name [default]
      --width PX      Layout width in CSS px, 240 to 4000 [default: 680]
      --theme THEME   light or dark [default: the spec's \"theme\"; auto renders light]
      --locale LOCALE zh-CN or en: the widget's own words and number formats
                      [default: the spec's \"locale\"]
      --scale N       PNG pixels per CSS px, 0.5 to 4 [default: 2]
  -h, --help          Print this help
  -V, --version       Print the version

embed writes an HTML fragment to paste into a page: the <info-graphic> element
with the spec as its JSON data block, a picture of the chart for each width
band (chosen by CSS, no script needed), and its text for screen readers. The
live widget takes over when it loads. --base is where the page finds
infographic.css, embed.js and pkg/ [default: the page's own folder].

Text is measured with a built-in estimate (there is no browser to ask), so line
breaks can differ slightly from the widget's. The SVG names system fonts and does
not embed them; the PNG is drawn with the fonts installed here (Chinese needs a
CJK font, e.g. Debian's fonts-noto-cjk).

Exit status: 0 done, 1 read/write error, 2 invalid spec or usage.
An invalid spec prints each problem as `path: message` on standard error and
writes no image.
";

/// Why a render failed.
#[derive(Debug)]
pub enum Failure {
    /// The spec is invalid: every problem, with its JSON path.
    Spec(Vec<Diagnostic>),
    /// Reading, writing or rasterizing failed; a plain message.
    Io(String),
}

/// The whole program: `args` are the arguments after the program name; returns the exit status.
pub fn run<I, S>(
    args: I,
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> i32
where
    I: IntoIterator<Item = S>,
    S: Into<OsString>,
{
    let command = match parse(args) {
        Ok(command) => command,
        Err(e) => {
            let _ = write!(stderr, "error: {e}\n\n{USAGE}");
            return EXIT_INVALID;
        }
    };
    let args = match command {
        Command::Help => return finish(stdout.write_all(USAGE.as_bytes()), stderr),
        Command::Version => {
            let version = format!("infographic-cli {}\n", env!("CARGO_PKG_VERSION"));
            return finish(stdout.write_all(version.as_bytes()), stderr);
        }
        Command::Render(args) => args,
        Command::Embed(args) => return report(embed_command(&args, stdin, stdout), stderr),
    };
    report(render_command(&args, stdin, stdout), stderr)
}

/// The exit status of a command's result, its problems written to `stderr`.
fn report(result: Result<(), Failure>, stderr: &mut dyn Write) -> i32 {
    match result {
        Ok(()) => 0,
        Err(Failure::Spec(diagnostics)) => {
            for d in &diagnostics {
                let _ = writeln!(stderr, "{d}");
            }
            EXIT_INVALID
        }
        Err(Failure::Io(message)) => {
            let _ = writeln!(stderr, "error: {message}");
            EXIT_IO
        }
    }
}

fn finish(written: std::io::Result<()>, stderr: &mut dyn Write) -> i32 {
    match written {
        Ok(()) => 0,
        Err(e) => {
            let _ = writeln!(stderr, "error: cannot write to standard output: {e}");
            EXIT_IO
        }
    }
}

/// Reads the spec, writes its snippet (`crate::snippet`); nothing for a broken spec.
fn embed_command(
    args: &EmbedArgs,
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
) -> Result<(), Failure> {
    let text = read_spec(&args.spec, stdin)?;
    let options = crate::snippet::Options { base: args.base.clone() };
    let snippet = crate::snippet::snippet(&text, &options).map_err(Failure::Spec)?;
    write_output(&args.output, snippet.as_bytes(), stdout)
}

/// Reads the spec, renders it, writes the image. Nothing is written (no file is created or
/// truncated) unless the image was made.
fn render_command(
    args: &RenderArgs,
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
) -> Result<(), Failure> {
    let text = read_spec(&args.spec, stdin)?;
    let spec = spec::parse_str(&text).map_err(Failure::Spec)?;
    let image = render_image(&spec, args)?;
    write_output(&args.output, &image, stdout)
}

/// The spec text: the file, standard input, or the embedded default story (`None`).
fn read_spec(spec: &Option<Stream>, stdin: &mut dyn Read) -> Result<String, Failure> {
    Ok(match spec {
        None => crate::spec::story::PINGYUAN_JSON.to_string(),
        Some(Stream::Std) => {
            let mut text = String::new();
            stdin.read_to_string(&mut text).map_err(|e| {
                Failure::Io(format!("cannot read the spec from standard input: {e}"))
            })?;
            text
        }
        Some(Stream::Path(path)) => std::fs::read_to_string(path)
            .map_err(|e| Failure::Io(format!("cannot read {}: {e}", path.display())))?,
    })
}

/// Writes `bytes` to the output asked for.
fn write_output(output: &Stream, bytes: &[u8], stdout: &mut dyn Write) -> Result<(), Failure> {
    match output {
        Stream::Std => stdout
            .write_all(bytes)
            .and_then(|()| stdout.flush())
            .map_err(|e| Failure::Io(format!("cannot write to standard output: {e}"))),
        Stream::Path(path) => std::fs::write(path, bytes)
            .map_err(|e| Failure::Io(format!("cannot write {}: {e}", path.display()))),
    }
}

/// The image's bytes: SVG text or PNG, as `args` ask.
pub fn render_image(spec: &Spec, args: &RenderArgs) -> Result<Vec<u8>, Failure> {
    let locale = args.locale.unwrap_or(spec.locale);
    let svg = render_svg(spec, args.width, args.theme, args.locale);
    match args.format {
        Format::Svg => Ok(svg.into_bytes()),
        Format::Png => svg_to_png(&svg, args.scale, locale).map_err(Failure::Io),
    }
}

/// The spec as a standalone SVG document, `width` CSS px wide (the height follows the content).
/// `theme`: `None` takes the spec's, where `auto` means light (a static image cannot follow the
/// reader's setting). `locale`: `None` takes the spec's; otherwise it replaces the spec's, which
/// changes the widget's own words and number formats, not the text written in the spec.
pub fn render_svg(
    spec: &Spec,
    width: u32,
    theme: Option<ThemeChoice>,
    locale: Option<Locale>,
) -> String {
    let mut spec = spec.clone();
    if let Some(locale) = locale {
        spec.locale = locale;
    }
    let theme = Theme::for_choice(theme.unwrap_or(spec.theme), false);
    let model = Model::new(&spec);
    let view = View::of(&model, theme, f64::from(width));
    let scene = scene::build(&model, &view, &EstimateMeasure);
    let body = to_svg(&scene);
    // The declaration states the encoding for tools that would otherwise guess (the text is Chinese).
    let mut svg = String::with_capacity(body.len() + 40);
    svg.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.push_str(body.trim_end());
    svg.push('\n');
    svg
}
