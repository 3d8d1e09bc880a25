//! SVG path data ("M1 2L3 4Z") from device-pixel vertices, as the canvas backend hands a whole path
//! to `Path2D` in one string (`web::path_canvas`).

/// Path data through `points`, closed with "Z" when `closed`.
pub fn path_data(points: &[(i32, i32)], closed: bool) -> String {
    let mut d = String::with_capacity(points.len() * 10 + 1);
    for (k, &(x, y)) in points.iter().enumerate() {
        d.push(if k == 0 { 'M' } else { 'L' });
        push_int(&mut d, x);
        d.push(' ');
        push_int(&mut d, y);
    }
    if closed {
        d.push('Z');
    }
    d
}

/// Appends `n` in decimal. Not `write!`: a dense band or a stacked area has tens of thousands of
/// vertices, and `core::fmt` per number was ~10 ms of a draw in wasm (profiled).
fn push_int(d: &mut String, n: i32) {
    if n < 0 {
        d.push('-');
    }
    let mut digits = [0u8; 10];
    let mut rest = n.unsigned_abs();
    let mut len = 0;
    loop {
        digits[len] = b'0' + (rest % 10) as u8;
        len += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    d.extend(digits[..len].iter().rev().map(|&b| char::from(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_are_written_as_display_writes_them() {
        let edges = [0, 1, -1, 9, 10, -10, 99, 100, 12_345, -98_765, i32::MAX, i32::MIN];
        let spread = (0..2000).map(|k| k * 1_073_741 - 1_000_000_000);
        for n in edges.into_iter().chain(spread) {
            let mut d = String::new();
            push_int(&mut d, n);
            assert_eq!(d, n.to_string());
        }
    }

    #[test]
    fn a_path_moves_then_draws_lines_and_closes_when_asked() {
        assert_eq!(path_data(&[(1, 2), (-3, 40), (500, 6)], false), "M1 2L-3 40L500 6");
        assert_eq!(path_data(&[(0, 0), (10, 0), (10, 10)], true), "M0 0L10 0L10 10Z");
        assert_eq!(path_data(&[], false), "");
    }
}
