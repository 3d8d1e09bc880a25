//! Limits: series with more values than their plot has pixel columns, drawn per column (`columns`)
//! so drawing costs O(plot width) whatever the data's length: when a plot is dense, the
//! decimated runs of a line, and the band a dense line is drawn as.

use super::clip::clip_vertical;
use crate::columns::ColumnScan;
use crate::layout::PlotLayout;
use crate::paint::{Item, Polygon, Polyline, Stroke};

/// Limits: a line with more points than this many per pixel column of its plot is decimated
/// (`decimate`), and a bar chart with more bars than this per column is drawn as one bar per column
/// (`dense_bars`), so drawing costs O(plot width) whatever the data's length.
pub(super) const DENSE_PER_PX: f64 = 2.0;

pub(super) fn is_dense(marks: usize, plot: &PlotLayout) -> bool {
    marks as f64 > DENSE_PER_PX * plot.area.w
}

/// The column scans of a dense plot's series, by index into `xy.series`, as drawing made them.
pub(super) type Scans = Vec<(usize, ColumnScan)>;

/// Limits: the indices of a long line worth drawing, as runs to join (see [`ColumnScan::runs`]): per
/// pixel column and run its first, lowest, highest and last point in their order ("M4"), at most 4
/// per column. `values` as `spec::Values` stores them (NaN for a gap); `x_of` gives a point's x,
/// non-decreasing in i; columns are `columns` 1-px wide from x0.
pub fn decimate(
    values: &[f64],
    x_of: impl Fn(usize) -> f64,
    x0: f64,
    columns: usize,
) -> Vec<Vec<usize>> {
    let mut scan = ColumnScan::new(x0, columns);
    scan.feed(values, x_of, usize::MAX);
    scan.runs()
}

/// A dense solid line as filled bands: at the middle of each pixel column from its highest to its
/// lowest value, half the line width beyond each, joined column to column (so slopes stay smooth,
/// not stepped); a column without data ends a band, and a lone column spans its pixel. It
/// covers exactly what stroking the column's M4 points covers (give or take the joins), but a
/// browser rasterises one filled outline of ~4 vertices per column in well under a millisecond,
/// while a stroke doubling back four times per pixel column took 40–170 ms of software
/// rasterisation in the frame after the call (Chromium, measured). Clamped to the plot's height.
pub(super) fn dense_band(
    scan: &ColumnScan,
    plot: &PlotLayout,
    y_of: impl Fn(f64) -> f64,
    stroke: Stroke,
    items: &mut Vec<Item>,
) {
    let half = stroke.width / 2.0;
    let (top, bottom) = (plot.area.y, plot.area.bottom());
    let clamp = |y: f64| crate::decimal::clamp(y, top, bottom);
    let x0 = plot.area.x;
    let mut upper: Vec<(f64, f64)> = Vec::new();
    let mut lower: Vec<(f64, f64)> = Vec::new();
    let mut close = |upper: &mut Vec<(f64, f64)>, lower: &mut Vec<(f64, f64)>| {
        // A lone column would be a zero-width sliver: it spans its column instead.
        if let ([(x, high)], [(_, low)]) = (&upper[..], &lower[..]) {
            let (x, high, low) = (*x, *high, *low);
            *upper = vec![(x - 0.5, high), (x + 0.5, high)];
            *lower = vec![(x - 0.5, low), (x + 0.5, low)];
        }
        if !upper.is_empty() {
            let mut points = std::mem::take(upper);
            points.extend(lower.drain(..).rev());
            items.push(Item::Polygon(Polygon { points, fill: stroke.color }));
        }
    };
    for (col, column) in scan.columns().iter().enumerate() {
        let Some(c) = column else {
            close(&mut upper, &mut lower);
            continue;
        };
        // Higher values are further up (smaller y); a log or reversed scale keeps that order.
        let (a, b) = (y_of(c.max), y_of(c.min));
        let (high, low) = (clamp(a.min(b) - half), clamp(a.max(b) + half));
        upper.push((x0 + col as f64 + 0.5, high));
        lower.push((x0 + col as f64 + 0.5, low));
    }
    close(&mut upper, &mut lower);
}

/// Draws a run of points as a line, clipped to the plot (values beyond a fixed min/max leave it).
pub(super) fn flush(
    run: &mut Vec<(f64, f64)>,
    plot: &PlotLayout,
    stroke: Stroke,
    items: &mut Vec<Item>,
) {
    if run.len() > 1 {
        for points in clip_vertical(run, plot.area.y, plot.area.bottom()) {
            items.push(Item::Line(Polyline { points, stroke }));
        }
    }
    run.clear();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::columns::column_of;

    /// Per column: (argmin, argmax) over the finite values, as the reference.
    fn extremes(
        values: &[Option<f64>],
        col: impl Fn(usize) -> usize,
    ) -> Vec<(usize, usize, usize)> {
        let mut out: Vec<(usize, usize, usize)> = Vec::new();
        for (i, v) in values.iter().enumerate() {
            let Some(v) = v else { continue };
            let c = col(i);
            match out.last_mut() {
                Some(last) if last.0 == c => {
                    if *v < values[last.1].unwrap() {
                        last.1 = i;
                    }
                    if *v > values[last.2].unwrap() {
                        last.2 = i;
                    }
                }
                _ => out.push((c, i, i)),
            }
        }
        out
    }

    /// As `spec::Values` stores them: NaN for a gap.
    fn stored(values: &[Option<f64>]) -> Vec<f64> {
        values.iter().map(|v| v.unwrap_or(f64::NAN)).collect()
    }

    fn wave(n: usize) -> Vec<Option<f64>> {
        // Deterministic, noisy, with spikes and some gaps.
        (0..n)
            .map(|i| {
                let x = i as f64;
                if i % 997 == 13 {
                    None
                } else if i % 7919 == 0 {
                    Some(1e6 - x)
                } else {
                    Some((x * 0.013).sin() * 100.0 + ((i * 7919) % 101) as f64)
                }
            })
            .collect()
    }

    #[test]
    fn decimation_keeps_every_columns_min_and_max() {
        let values = wave(200_000);
        let (x0, width, columns) = (50.0, 700.0, 700);
        let x_of = |i: usize| x0 + width * i as f64 / (values.len() - 1) as f64;
        let runs = decimate(&stored(&values), x_of, x0, columns);
        let kept: std::collections::HashSet<usize> = runs.iter().flatten().copied().collect();
        let vertices: usize = runs.iter().map(Vec::len).sum();
        assert!(vertices <= 4 * columns, "{vertices} vertices for {columns} columns");
        for (c, lo, hi) in extremes(&values, |i| column_of(x_of(i), x0, columns)) {
            let (lo_v, hi_v) = (values[lo].unwrap(), values[hi].unwrap());
            let kept_lo = kept
                .iter()
                .any(|&k| column_of(x_of(k), x0, columns) == c && values[k] == Some(lo_v));
            let kept_hi = kept
                .iter()
                .any(|&k| column_of(x_of(k), x0, columns) == c && values[k] == Some(hi_v));
            assert!(kept_lo && kept_hi, "column {c} lost its min or max");
        }
        let finite: Vec<f64> = values.iter().flatten().copied().collect();
        let global_max = finite.iter().copied().fold(f64::MIN, f64::max);
        let global_min = finite.iter().copied().fold(f64::MAX, f64::min);
        assert!(kept.iter().any(|&k| values[k] == Some(global_max)));
        assert!(kept.iter().any(|&k| values[k] == Some(global_min)));
        // Indices stay in order within each run: the line never doubles back.
        assert!(runs.iter().all(|r| r.windows(2).all(|w| w[0] < w[1])));
    }

    #[test]
    fn decimation_breaks_only_at_empty_columns() {
        // 10 columns, 4 points each; columns 3 and 4 are empty, and one lone gap sits in column 7.
        let mut values: Vec<Option<f64>> = (0..40).map(|i| Some(i as f64)).collect();
        for v in &mut values[12..20] {
            *v = None;
        }
        values[29] = None;
        let runs = decimate(&stored(&values), |i| i as f64 / 4.0, 0.0, 10);
        assert_eq!(runs.len(), 2, "{runs:?}");
        assert_eq!(runs[0].first(), Some(&0));
        assert_eq!(runs[0].last(), Some(&11));
        assert_eq!(runs[1].first(), Some(&20));
        assert_eq!(runs[1].last(), Some(&39));
    }

    #[test]
    fn a_lone_point_among_gaps_is_kept() {
        let mut values = vec![None; 1000];
        values[500] = Some(3.0);
        let runs = decimate(&stored(&values), |i| i as f64 / 10.0, 0.0, 100);
        assert_eq!(runs, vec![vec![500]]);
    }
}
