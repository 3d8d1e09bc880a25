//! Hit regions: named boxes of a scene (plot areas, tiles, legend entries, the source line) that the
//! web layer lays its controls over and the reader's focus and the layout tests find things by.

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
