//! KPI tiles: a rule, the label, the big number with its unit, the change, a note. Tiles wrap into a
//! grid whose rows are balanced (5 tiles on a phone: 2+2+1 becomes 2,2,1; on a tablet 3+2, not 4+1).

use super::context::PageContext;
use super::flow::{line_height, Flow};
use super::metrics::Metrics;
use super::wrap::wrap;
use super::Layout;
use crate::model::{Direction, KpiModel, Tile};
use crate::paint::{Anchor, Baseline, Rect, Region, Text};

const TILE_MIN_WIDTH: f64 = 140.0;
const RULE: f64 = 2.0;

/// Lays out the tiles from `y` down; returns the y below them.
pub fn layout_kpi(
    page: &PageContext,
    chart: usize,
    kpi: &KpiModel,
    mut y: f64,
    out: &mut Layout,
) -> f64 {
    let (m, measure, width, theme) = (page.m, page.measure, page.width, &page.theme);
    if let Some(title) = &kpi.title {
        let mut flow = Flow::new(0.0, y, width, m.leading, measure, &mut out.texts);
        flow.heading(title, m.chart_title, theme.text);
        y = flow.y + m.space.below_kpi_title;
    }
    let gap = m.gutter;
    let n = kpi.tiles.len().max(1);
    let max_cols = (((width + gap) / (TILE_MIN_WIDTH + gap)).floor() as usize).max(1);
    let rows = n.div_ceil(max_cols);
    let cols = n.div_ceil(rows);
    let tile_w = (width - gap * (cols as f64 - 1.0)) / cols as f64;

    let label_lh = line_height(m.kpi_label, m.leading);
    for (row, tiles) in kpi.tiles.chunks(cols).enumerate() {
        // The numbers of a row share one baseline, however many lines each label takes.
        let label_h = tiles
            .iter()
            .map(|t| wrap(&t.label, m.kpi_label, tile_w, measure).len() as f64 * label_lh)
            .fold(0.0, f64::max);
        let mut row_bottom = y;
        for (col, tile) in tiles.iter().enumerate() {
            let x = col as f64 * (tile_w + gap);
            let item = row * cols + col;
            out.rules.push(Rect { x, y, w: tile_w, h: RULE, fill: theme.rule });
            let top = y + RULE + 8.0;
            let bottom = layout_tile(page, tile, x, top, tile_w, label_h, &mut out.texts);
            out.regions.push(Region::tile(chart, item, x, y, tile_w, bottom - y));
            row_bottom = row_bottom.max(bottom);
        }
        y = row_bottom + 20.0;
    }
    y - 20.0
}

/// Tile `tile` at `x, y`, `w` wide, its number below `label_h` of label (the row's tallest);
/// returns the tile's bottom.
fn layout_tile(
    page: &PageContext,
    tile: &Tile,
    x: f64,
    y: f64,
    w: f64,
    label_h: f64,
    texts: &mut Vec<Text>,
) -> f64 {
    let (m, measure, theme) = (page.m, page.measure, &page.theme);
    let mut flow = Flow::new(x, y, w, m.leading, measure, texts);
    flow.paragraph(&tile.label, m.kpi_label, theme.muted);
    flow.y = y + label_h;
    flow.gap(2.0);

    // The number line: [prefix] number [unit], bottoms aligned. On a narrow tile the prefix moves to
    // its own line, a number still too wide is set smaller, and the unit drops below.
    let prefix = tile.prefix.as_deref().filter(|p| !p.is_empty());
    let prefix_w =
        prefix.map_or(0.0, |p| measure.width(p, m.kpi_unit) + word_gap(p.chars().last(), m));
    let mut number_font = m.kpi_number;
    let number_w = measure.width(&tile.number, number_font);
    let prefix_inline = prefix_w + number_w <= w;
    if let (Some(p), false) = (prefix, prefix_inline) {
        flow.paragraph(p, m.kpi_unit, theme.text);
    }
    if number_w > w {
        number_font.size = (number_font.size * w / number_w).floor().max(12.0);
    }
    let number_h = line_height(number_font, 1.15);
    let baseline_y = flow.y + number_h;
    let mut cursor = x;
    let small_lift = (number_font.size - m.kpi_unit.size).max(0.0) * 0.12;
    if let (Some(p), true) = (prefix, prefix_inline) {
        push(flow.out, cursor, baseline_y - small_lift, p, m.kpi_unit, theme.text);
        cursor += prefix_w;
    }
    push(flow.out, cursor, baseline_y, &tile.number, number_font, theme.text);
    cursor += measure.width(&tile.number, number_font) + word_gap(tile.unit.chars().next(), m);
    flow.y = baseline_y;
    if !tile.unit.is_empty() {
        let unit_w = measure.width(&tile.unit, m.kpi_unit);
        if cursor + unit_w <= x + w {
            push(flow.out, cursor, baseline_y - small_lift, &tile.unit, m.kpi_unit, theme.text);
        } else {
            flow.gap(2.0);
            flow.paragraph(&tile.unit, m.kpi_unit, theme.text);
        }
    }
    flow.gap(6.0);
    if let Some(change) = &tile.change {
        let color = match change.direction {
            Direction::Up => theme.up,
            Direction::Down => theme.down,
            Direction::Flat => theme.muted,
        };
        flow.paragraph(&change.text, m.kpi_change, color);
    }
    if let Some(note) = &tile.note {
        flow.paragraph(note, m.small, theme.muted);
    }
    flow.y
}

fn push(
    out: &mut Vec<Text>,
    x: f64,
    bottom: f64,
    text: &str,
    font: crate::paint::Font,
    color: crate::paint::Color,
) {
    out.push(Text {
        x,
        y: bottom,
        text: text.to_string(),
        font,
        color,
        anchor: Anchor::Start,
        baseline: Baseline::Bottom,
    });
}

/// Space between the parts of the number line: a word space next to Latin words ("over 500,000
/// tonnes"), a hairline next to CJK or symbols ("超50万吨", "31%").
fn word_gap(neighbour: Option<char>, m: &Metrics) -> f64 {
    match neighbour {
        Some(c) if c.is_ascii_alphabetic() => m.kpi_unit.size * 0.3,
        Some('%') => 1.0,
        _ => 2.0,
    }
}
