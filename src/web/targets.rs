//! What the widget's own controls are, as named by their `data-ig` attribute: a plot (keyboard focus),
//! a legend entry (the series toggle), a download button and the file it saves. Below both the
//! accessible layer, which lays the controls out, and the exports, which make the files.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    Png,
    Svg,
    Csv,
}

impl ExportKind {
    pub const ALL: [ExportKind; 3] = [ExportKind::Png, ExportKind::Svg, ExportKind::Csv];

    pub fn name(self) -> &'static str {
        match self {
            ExportKind::Png => "png",
            ExportKind::Svg => "svg",
            ExportKind::Csv => "csv",
        }
    }

    pub fn parse(name: &str) -> Option<ExportKind> {
        ExportKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// What a `data-ig` attribute names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Index into `scene.plots`.
    Plot(usize),
    Legend {
        chart: usize,
        series: usize,
    },
    /// A download button.
    Export(ExportKind),
}

impl Target {
    pub fn parse(attr: &str) -> Option<Target> {
        let mut parts = attr.split(':');
        match (parts.next()?, parts.next(), parts.next()) {
            ("plot", Some(k), None) => k.parse().ok().map(Target::Plot),
            ("legend", Some(c), Some(s)) => {
                Some(Target::Legend { chart: c.parse().ok()?, series: s.parse().ok()? })
            }
            ("export", Some(kind), None) => ExportKind::parse(kind).map(Target::Export),
            _ => None,
        }
    }

    pub fn attr(self) -> String {
        match self {
            Target::Plot(k) => format!("plot:{k}"),
            Target::Legend { chart, series } => format!("legend:{chart}:{series}"),
            Target::Export(kind) => format!("export:{}", kind.name()),
        }
    }
}
