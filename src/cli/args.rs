//! The command line, parsed by hand: one subcommand and a handful of options do not need a parser
//! crate. Accepts `--opt VALUE`, `--opt=VALUE`, `-o VALUE`, `-oVALUE` and `--` before a positional.

use crate::spec::{Locale, ThemeChoice};
use std::ffi::OsString;
use std::path::PathBuf;

/// Layout widths the core is made for (see the README: the widget never lays out below 240 px).
pub const MIN_WIDTH: u32 = 240;
pub const MAX_WIDTH: u32 = 4000;
pub const DEFAULT_WIDTH: u32 = 680;
pub const MIN_SCALE: f32 = 0.5;
pub const MAX_SCALE: f32 = 4.0;
pub const DEFAULT_SCALE: f32 = 2.0;

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Help,
    Version,
    Render(RenderArgs),
    Embed(EmbedArgs),
}

/// `embed`: the pre-rendered snippet of a spec (`crate::snippet`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedArgs {
    /// `None`: the embedded default story.
    pub spec: Option<Stream>,
    pub output: Stream,
    /// Where the page finds infographic.css, embed.js and pkg/ ("" for its own folder).
    pub base: String,
}

/// Where the spec comes from / the image goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stream {
    /// `-`: standard input or output.
    Std,
    Path(PathBuf),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RenderArgs {
    /// `None`: the embedded default story.
    pub spec: Option<Stream>,
    pub output: Stream,
    pub format: Format,
    pub width: u32,
    /// `None`: the spec's own theme (`auto` renders light).
    pub theme: Option<ThemeChoice>,
    /// `None`: the spec's own locale.
    pub locale: Option<Locale>,
    pub scale: f32,
}

/// A usage mistake, said in one line; the caller adds the usage text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn usage(message: impl Into<String>) -> UsageError {
    UsageError(message.into())
}

/// Parses the arguments after the program name.
pub fn parse<I, S>(args: I) -> Result<Command, UsageError>
where
    I: IntoIterator<Item = S>,
    S: Into<OsString>,
{
    let mut args = args.into_iter().map(Into::into);
    let Some(first) = args.next() else {
        return Err(usage("no command given"));
    };
    match first.to_str() {
        Some("render") => parse_render(args),
        Some("embed") => parse_embed(args),
        Some("-h" | "--help" | "help") => Ok(Command::Help),
        Some("-V" | "--version") => Ok(Command::Version),
        Some(other) if other.starts_with('-') => Err(usage(format!("unknown option '{other}'"))),
        _ => Err(usage(format!(
            "unknown command '{}' (the commands are 'render' and 'embed')",
            first.to_string_lossy()
        ))),
    }
}

fn parse_render(mut args: impl Iterator<Item = OsString>) -> Result<Command, UsageError> {
    let mut spec: Option<Stream> = None;
    let mut output = Stream::Std;
    let mut format = None;
    let mut width = DEFAULT_WIDTH;
    let mut theme = None;
    let mut locale = None;
    let mut scale = DEFAULT_SCALE;
    let mut only_positionals = false;

    while let Some(arg) = args.next() {
        let text = arg.to_str();
        let option = match text {
            Some(t) if !only_positionals && t.starts_with('-') && t != "-" => t,
            _ => {
                if spec.is_some() {
                    return Err(usage(format!(
                        "more than one spec given ('{}')",
                        arg.to_string_lossy()
                    )));
                }
                spec = Some(stream(arg));
                continue;
            }
        };
        if option == "--" {
            only_positionals = true;
            continue;
        }
        // Split "--name=value" and "-oVALUE".
        let (name, inline) = match option.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(OsString::from(value))),
            _ if option.starts_with("-o") && option.len() > 2 && !option.starts_with("--") => {
                ("-o", Some(OsString::from(&option[2..])))
            }
            _ => (option, None),
        };
        let mut value = |what: &str| -> Result<OsString, UsageError> {
            match inline.clone().or_else(|| args.next()) {
                Some(v) => Ok(v),
                None => Err(usage(format!("{name} needs {what}"))),
            }
        };
        match name {
            "-h" | "--help" => return Ok(Command::Help),
            "-o" | "--output" => output = stream(value("a file name (or - for standard output)")?),
            "--png" | "--svg" if inline.is_some() => {
                return Err(usage(format!("{name} takes no value")));
            }
            "--png" => format = Some(Format::Png),
            "--svg" => format = Some(Format::Svg),
            "--width" => width = parse_width(value("a width in px")?)?,
            "--theme" => theme = Some(parse_theme(value("light or dark")?)?),
            "--locale" => locale = Some(parse_locale(value("zh-CN or en")?)?),
            "--scale" => scale = parse_scale(value("a pixel ratio")?)?,
            _ => return Err(usage(format!("unknown option '{option}'"))),
        }
    }

    let png_name = matches!(&output, Stream::Path(p)
        if p.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("png")));
    // An explicit --png/--svg wins over the output's extension.
    let format = format.unwrap_or(if png_name { Format::Png } else { Format::Svg });
    Ok(Command::Render(RenderArgs { spec, output, format, width, theme, locale, scale }))
}

/// `embed [SPEC] [-o FILE] [--base URL]`.
fn parse_embed(mut args: impl Iterator<Item = OsString>) -> Result<Command, UsageError> {
    let (mut spec, mut output, mut base) = (None, Stream::Std, String::new());
    while let Some(arg) = args.next() {
        let option = match arg.to_str() {
            Some(t) if t.starts_with('-') && t != "-" => t.to_string(),
            _ if spec.is_some() => {
                return Err(usage(format!(
                    "more than one spec given ('{}')",
                    arg.to_string_lossy()
                )))
            }
            _ => {
                spec = Some(stream(arg));
                continue;
            }
        };
        let (name, inline) = match option.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(OsString::from(value))),
            _ => (option.as_str(), None),
        };
        let mut value = |what: &str| -> Result<OsString, UsageError> {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| usage(format!("{name} needs {what}")))
        };
        match name {
            "-h" | "--help" => return Ok(Command::Help),
            "-o" | "--output" => output = stream(value("a file name (or - for standard output)")?),
            "--base" => base = value("a URL")?.to_string_lossy().into_owned(),
            _ => return Err(usage(format!("unknown option '{option}'"))),
        }
    }
    Ok(Command::Embed(EmbedArgs { spec, output, base }))
}

fn parse_width(v: OsString) -> Result<u32, UsageError> {
    match v.to_str().and_then(|s| s.parse::<u32>().ok()) {
        Some(w) if (MIN_WIDTH..=MAX_WIDTH).contains(&w) => Ok(w),
        _ => Err(usage(format!(
            "--width must be a whole number of px from {MIN_WIDTH} to {MAX_WIDTH}, not '{}'",
            v.to_string_lossy()
        ))),
    }
}

fn parse_theme(v: OsString) -> Result<ThemeChoice, UsageError> {
    match v.to_str() {
        Some("light") => Ok(ThemeChoice::Light),
        Some("dark") => Ok(ThemeChoice::Dark),
        _ => Err(usage(format!("--theme must be light or dark, not '{}'", v.to_string_lossy()))),
    }
}

fn parse_locale(v: OsString) -> Result<Locale, UsageError> {
    v.to_str().and_then(Locale::from_name).ok_or_else(|| {
        usage(format!(
            "--locale must be {}, not '{}'",
            Locale::NAMES.join(" or "),
            v.to_string_lossy()
        ))
    })
}

fn parse_scale(v: OsString) -> Result<f32, UsageError> {
    match v.to_str().and_then(|s| s.parse::<f32>().ok()) {
        Some(s) if (MIN_SCALE..=MAX_SCALE).contains(&s) => Ok(s),
        _ => Err(usage(format!(
            "--scale must be a number from {MIN_SCALE} to {MAX_SCALE}, not '{}'",
            v.to_string_lossy()
        ))),
    }
}

fn stream(arg: OsString) -> Stream {
    if arg == "-" {
        Stream::Std
    } else {
        Stream::Path(PathBuf::from(arg))
    }
}
