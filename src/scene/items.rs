//! What a scene is made of. Coordinates are CSS pixels from the widget's top-left corner.

use crate::paint::{Color, Item, Rect, Region};

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
