//! Dashes computed in device pixels, because the backend trait has no dash style: a dashed polyline
//! becomes several short solid ones, continuing the pattern across corners.

/// Splits `points` into the "on" pieces of an `on`/`off` dash pattern. Degenerate patterns draw solid.
pub fn dash_polyline(points: &[(f64, f64)], on: f64, off: f64) -> Vec<Vec<(f64, f64)>> {
    if !(on.is_finite() && off.is_finite() && on > 0.0 && off >= 0.0) || points.len() < 2 {
        return vec![points.to_vec()];
    }
    let mut pieces = Vec::new();
    let mut current: Vec<(f64, f64)> = vec![points[0]];
    let mut drawing = true;
    let mut left = on; // length left in the current dash or gap
    for pair in points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let len = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
        if !len.is_finite() {
            continue;
        }
        let mut pos = 0.0;
        while len - pos > left {
            pos += left;
            let t = pos / len;
            let p = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
            if drawing {
                current.push(p);
                pieces.push(std::mem::take(&mut current));
            } else {
                current = vec![p];
            }
            drawing = !drawing;
            left = if drawing { on } else { off };
        }
        left -= len - pos;
        if drawing {
            current.push(b);
        }
    }
    if drawing && current.len() > 1 {
        pieces.push(current);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn straight_line_alternates_dash_and_gap() {
        let pieces = dash_polyline(&[(0.0, 0.0), (20.0, 0.0)], 6.0, 4.0);
        let spans: Vec<(f64, f64)> = pieces.iter().map(|p| (p[0].0, p[p.len() - 1].0)).collect();
        assert_eq!(spans, vec![(0.0, 6.0), (10.0, 16.0)]);
    }

    #[test]
    fn pattern_continues_around_a_corner() {
        let pieces = dash_polyline(&[(0.0, 0.0), (4.0, 0.0), (4.0, 10.0)], 6.0, 4.0);
        assert_eq!(pieces[0], vec![(0.0, 0.0), (4.0, 0.0), (4.0, 2.0)]);
        assert_eq!(pieces[1][0], (4.0, 6.0));
    }

    #[test]
    fn zero_dash_draws_solid_instead_of_looping() {
        let line = [(0.0, 0.0), (10.0, 0.0)];
        assert_eq!(dash_polyline(&line, 0.0, 4.0), vec![line.to_vec()]);
    }
}
