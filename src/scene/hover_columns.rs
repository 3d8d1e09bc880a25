//! Limits: the hover positions of a long plot, one per pixel column instead of one per value.
//!
//! A plot with more values than pixel columns (times `DENSE_PER_PX`) cannot show each of them under
//! the pointer anyway: two neighbours are less than half a pixel apart. Keeping a hit position per
//! value would cost a million x positions and a million points per series for a million-point line
//! (tens of MB, and a search over them on every pointer move). Instead each pixel column keeps one
//! position: the value where the first visible series that has data there peaks, so every spike the
//! line draws can be read in the tooltip. Building this is one pass over the data; hovering is a
//! binary search over at most the plot's width.

use crate::layout::PlotLayout;
use crate::model::XyModel;

/// The data index behind each hover position of `xy` drawn in `plot`, in increasing order, at most
/// one per pixel column.
pub(crate) fn column_positions(xy: &XyModel, plot: &PlotLayout) -> Vec<usize> {
    let columns = plot.area.w.floor().max(1.0) as usize;
    // Per column: the chosen index and its value, from the first series with data there.
    let mut chosen: Vec<Option<(usize, f64)>> = vec![None; columns];
    let mut filled = 0;
    for (_, s) in xy.visible_series() {
        // Columns this series claims: only those no earlier series had data in.
        let mut claimed = vec![false; columns];
        for (i, v) in s.values.iter().enumerate().take(xy.len) {
            let Some(v) = v.filter(|v| v.is_finite()) else { continue };
            let col = column_of(plot.x_of(i), plot.area.x, columns);
            match &mut chosen[col] {
                slot @ None => {
                    *slot = Some((i, v));
                    claimed[col] = true;
                    filled += 1;
                }
                Some((best, value)) if claimed[col] && v > *value => (*best, *value) = (i, v),
                Some(_) => {}
            }
        }
        if filled == columns {
            break;
        }
    }
    chosen.into_iter().flatten().map(|(i, _)| i).collect()
}

/// The pixel column (0 ..< columns) of x, for a plot starting at x0.
pub(crate) fn column_of(x: f64, x0: f64, columns: usize) -> usize {
    let c = (x - x0).floor();
    if c > 0.0 {
        (c as usize).min(columns - 1)
    } else {
        0
    }
}
