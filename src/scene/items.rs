//! What a scene is made of. Coordinates are CSS pixels from the widget's top-left corner.

use super::Color;

#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    pub background: Color,
    pub items: Vec<Item>,
    /// Named boxes (plot areas, tiles, legend entries, the source line…): for tests, links, buttons.
    pub regions: Vec<Region>,
    /// Where each line/bar chart's data sit, for hover and keyboard focus without re-running layout.
    pub plots: Vec<PlotHit>,
}

/// The interactive geometry of one plot: the x of every position and the mark of every visible value.
#[derive(Debug, Clone, PartialEq)]
pub struct PlotHit {
    pub chart: usize,
    pub area: Region,
    /// x (CSS px) of the centre of each position 0..len.
    pub xs: Vec<f64>,
    pub series: Vec<SeriesHit>,
    /// Bars highlight their band; lines get a crosshair.
    pub bars: bool,
    /// The data index of each position when the plot is hovered per pixel column (a plot with far
    /// more values than pixels, see `scene::columns`); empty when position `i` is value `i`.
    pub index: Vec<usize>,
    /// Horizontal bars: positions are rows, and `xs` holds the y of each row's centre.
    pub horizontal: bool,
    /// Small multiples: the panel this plot draws.
    pub panel: Option<usize>,
}

impl PlotHit {
    /// The data index (for tooltips and announcements) shown at hover position `position`.
    pub fn data_index(&self, position: usize) -> usize {
        self.index.get(position).copied().unwrap_or(position)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SeriesHit {
    /// Index into the chart's series.
    pub series: usize,
    pub color: Color,
    /// Per position: the point (line) or the bar's top-centre (bar); `None` for a gap.
    pub points: Vec<Option<(f64, f64)>>,
    /// Per position: the bar (bar charts only).
    pub rects: Vec<Option<Rect>>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Rect(Rect),
    Line(Polyline),
    Circle(Circle),
    Text(Text),
    /// A filled closed shape (the area under a line).
    Polygon(Polygon),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Polygon {
    /// The corners in order; the shape closes from the last back to the first.
    pub points: Vec<(f64, f64)>,
    pub fill: Color,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub fill: Color,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Polyline {
    pub points: Vec<(f64, f64)>,
    pub stroke: Stroke,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    pub color: Color,
    pub width: f64,
    /// (dash, gap) lengths in CSS px; `None` is solid.
    pub dash: Option<(f64, f64)>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Circle {
    pub cx: f64,
    pub cy: f64,
    pub r: f64,
    pub fill: Option<Color>,
    pub stroke: Option<Stroke>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub x: f64,
    pub y: f64,
    /// Plain text, never markup: every renderer escapes or draws it as glyphs.
    pub text: String,
    pub font: Font,
    pub color: Color,
    pub anchor: Anchor,
    pub baseline: Baseline,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Font {
    pub size: f64,
    pub bold: bool,
    pub family: Family,
}

/// Which font stack a text run uses (see `model::theme::font_stack`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Family {
    /// Chinese fonts first: their Latin glyphs are fine, and punctuation is full width as Chinese wants.
    #[default]
    Cjk,
    /// Latin fonts first, CJK as fallback: English quotes and apostrophes stay narrow.
    Latin,
}

impl Font {
    pub const fn regular(size: f64) -> Font {
        Font { size, bold: false, family: Family::Cjk }
    }
    pub const fn bold(size: f64) -> Font {
        Font { size, bold: true, family: Family::Cjk }
    }
    pub const fn in_family(self, family: Family) -> Font {
        Font { family, ..self }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Baseline {
    Top,
    Middle,
    Bottom,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    pub kind: RegionKind,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Region {
    /// The box of tile `item` of chart `chart` (a KPI, gauge, streak or timeline entry): what the
    /// reader's focus and the layout tests find it by.
    pub fn tile(chart: usize, item: usize, x: f64, y: f64, w: f64, h: f64) -> Region {
        Region { kind: RegionKind::Tile { chart, item }, x, y, w, h }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionKind {
    /// The plot area of chart `chart` (index into `spec.charts`).
    Plot { chart: usize },
    /// KPI tile `item` of chart `chart`.
    Tile { chart: usize, item: usize },
    /// The "数据来源" line; the web layer lays the source link over it.
    Source,
    /// A legend entry (key and name) of chart `chart`; the web layer lays a toggle button over it.
    LegendEntry { chart: usize, series: usize },
}
