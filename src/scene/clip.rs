//! Clipping polylines to the plot's vertical extent: with a fixed `y.min` / `y.max`, data beyond the
//! axis leave the plot at its edge and come back, rather than being flattened along it (which would
//! draw values that are not in the data).

/// Splits `points` into the runs that lie between `top` and `bottom` (y grows downwards), cutting each
/// segment where it crosses an edge. Runs of a single point are dropped.
pub fn clip_vertical(points: &[(f64, f64)], top: f64, bottom: f64) -> Vec<Vec<(f64, f64)>> {
    let inside = |y: f64| y >= top - 1e-9 && y <= bottom + 1e-9;
    let mut runs = Vec::new();
    let mut run: Vec<(f64, f64)> = Vec::new();
    for (k, &p) in points.iter().enumerate() {
        if k > 0 {
            let a = points[k - 1];
            if let Some((c0, c1)) = clip_segment(a, p, top, bottom) {
                if run.last() != Some(&c0) {
                    if run.len() > 1 {
                        runs.push(std::mem::take(&mut run));
                    }
                    run.clear();
                    run.push(c0);
                }
                run.push(c1);
                if c1 != p {
                    // Left the plot: this run ends at the edge.
                    if run.len() > 1 {
                        runs.push(std::mem::take(&mut run));
                    }
                    run.clear();
                }
            }
        } else if inside(p.1) {
            run.push(p);
        }
    }
    if run.len() > 1 {
        runs.push(run);
    }
    runs
}

/// The part of segment a–b between the two horizontal lines, if any.
fn clip_segment(
    a: (f64, f64),
    b: (f64, f64),
    top: f64,
    bottom: f64,
) -> Option<((f64, f64), (f64, f64))> {
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    let dy = b.1 - a.1;
    for (p, q) in [(-dy, a.1 - top), (dy, bottom - a.1)] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let r = q / p;
            if p < 0.0 {
                t0 = t0.max(r);
            } else {
                t1 = t1.min(r);
            }
        }
    }
    if t0 > t1 {
        return None;
    }
    let at = |t: f64| (a.0 + t * (b.0 - a.0), a.1 + t * dy);
    Some((if t0 == 0.0 { a } else { at(t0) }, if t1 == 1.0 { b } else { at(t1) }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_leaving_the_plot_is_cut_at_the_edge() {
        // Plot from y = 0 (top) to y = 100; the middle point is above the top.
        let runs = clip_vertical(&[(0.0, 50.0), (10.0, -50.0), (20.0, 50.0)], 0.0, 100.0);
        assert_eq!(runs, vec![vec![(0.0, 50.0), (5.0, 0.0)], vec![(15.0, 0.0), (20.0, 50.0)]]);
    }

    #[test]
    fn a_line_inside_is_untouched_and_one_outside_vanishes() {
        let inside = [(0.0, 10.0), (1.0, 20.0), (2.0, 30.0)];
        assert_eq!(clip_vertical(&inside, 0.0, 100.0), vec![inside.to_vec()]);
        assert!(clip_vertical(&[(0.0, 200.0), (1.0, 300.0)], 0.0, 100.0).is_empty());
        // Crossing the whole plot keeps the part inside.
        let across = clip_vertical(&[(0.0, -100.0), (2.0, 200.0)], 0.0, 100.0);
        assert_eq!(across.len(), 1);
        assert!(across[0].iter().all(|&(_, y)| (0.0..=100.0).contains(&y)));
    }
}
