//! f64 → decimal text, written here once instead of through `core::fmt`'s float printing.
//!
//! Every number the widget writes (labels, tooltips, CSV cells, CSS lengths, colours, messages)
//! goes through these three functions, which print exactly what `format!` printed before:
//! - [`fixed`]`(x, p)` is `format!("{x:.p$}")`,
//! - [`exponential`]`(x, p)` is `format!("{x:.p$e}")`,
//! - [`shortest`]`(x)` is `format!("{x}")` (also [`Shortest`], for use inside `format!`).
//!
//! Why: `{}` / `{:.N}` / `{:e}` on an `f64` pull in `core::fmt::float` and `core::num::flt2dec`
//! (Grisu with a Dragon4 big-number fallback, ~20 KB of wasm). Here one small big-number routine
//! gives the exact decimal expansion of a double (every double is m·2^e, a finite decimal), and
//! rounding that string is exact: half to even on the true binary value, as `core::fmt` does, with
//! no double rounding. `tests/decimal_text.rs` compares all three with `format!` on many values.
//!
//! Imports nothing of the crate: any stage may use it.

use std::fmt;

/// One limb of the big number: nine decimal digits.
const LIMB: u64 = 1_000_000_000;

/// The exact decimal expansion of `mantissa · 2^exp2` (mantissa > 0): its significant digits (ASCII,
/// no leading or trailing zeros) and the position of the decimal point, so that the value is
/// 0.d₁d₂d₃… × 10^point.
fn exact(mantissa: u64, exp2: i32) -> (Vec<u8>, i32) {
    // Little-endian limbs in base 10⁹, so the digits come out without a division.
    let mut limbs = vec![(mantissa % LIMB) as u32, (mantissa / LIMB % LIMB) as u32];
    if mantissa >= LIMB * LIMB {
        limbs.push((mantissa / (LIMB * LIMB)) as u32);
    }
    let mul = |limbs: &mut Vec<u32>, factor: u64| {
        let mut carry = 0u64;
        for limb in limbs.iter_mut() {
            let v = u64::from(*limb) * factor + carry;
            *limb = (v % LIMB) as u32;
            carry = v / LIMB;
        }
        while carry > 0 {
            limbs.push((carry % LIMB) as u32);
            carry /= LIMB;
        }
    };
    // m·2^e for e ≥ 0; for e < 0, m·2^e = m·5^-e / 10^-e: the digits of m·5^-e, point moved left.
    let (base, chunk, chunk_factor, mut left) =
        if exp2 >= 0 { (2u64, 29, 1u64 << 29, exp2) } else { (5, 13, 1_220_703_125, -exp2) };
    while left >= chunk {
        mul(&mut limbs, chunk_factor);
        left -= chunk;
    }
    if left > 0 {
        mul(&mut limbs, base.pow(left as u32));
    }
    while limbs.len() > 1 && limbs.last() == Some(&0) {
        limbs.pop();
    }
    let mut digits = Vec::with_capacity(limbs.len() * 9);
    for (i, &limb) in limbs.iter().rev().enumerate() {
        let mut nine = [0u8; 9];
        let mut v = limb;
        for d in nine.iter_mut().rev() {
            *d = b'0' + (v % 10) as u8;
            v /= 10;
        }
        let skip = if i == 0 { nine.iter().take_while(|&&d| d == b'0').count() } else { 0 };
        digits.extend_from_slice(&nine[skip..]);
    }
    let point = digits.len() as i32 + exp2.min(0);
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, point)
}

/// A finite, nonzero |x| as mantissa · 2^exp2, with the mantissa's bit count (53, or fewer for a
/// subnormal).
fn decode(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    }
}

/// `digits` (value 0.d₁d₂… × 10^point) rounded to its first `keep` digits, half to even: the kept
/// digits (exactly `keep.max(0)` of them, or one more when rounding carries out: "999" → "1000")
/// and whether it carried.
fn round_to(digits: &[u8], keep: i32) -> (Vec<u8>, bool) {
    let keep_len = keep.max(0) as usize;
    let mut kept: Vec<u8> = (0..keep_len).map(|i| digits.get(i).copied().unwrap_or(b'0')).collect();
    let up = if keep < 0 || keep_len >= digits.len() {
        false
    } else {
        let next = digits[keep_len];
        let rest_nonzero = digits[keep_len + 1..].iter().any(|&d| d != b'0');
        let last_odd = keep_len > 0 && (digits[keep_len - 1] - b'0') % 2 == 1;
        next > b'5' || (next == b'5' && (rest_nonzero || last_odd))
    };
    if !up {
        return (kept, false);
    }
    for d in kept.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return (kept, false);
        }
    }
    kept.insert(0, b'1');
    (kept, true)
}

/// NaN, ±inf and the sign as `core::fmt` writes them; `None` for a finite value (its sign written).
fn special(x: f64, out: &mut String) -> Option<()> {
    if x.is_nan() {
        out.push_str("NaN");
        return Some(());
    }
    if x.is_sign_negative() {
        out.push('-');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return Some(());
    }
    None
}

fn push_zeros(out: &mut String, n: i32) {
    out.extend(std::iter::repeat_n('0', n.max(0) as usize));
}

fn push_digits(out: &mut String, digits: &[u8]) {
    out.extend(digits.iter().map(|&d| char::from(d)));
}

/// `format!("{x:.decimals$}")`: `x` rounded half to even (on its exact binary value) to `decimals`
/// places.
pub fn fixed(x: f64, decimals: usize) -> String {
    let mut out = String::new();
    if special(x, &mut out).is_some() {
        return out;
    }
    let p = decimals as i32;
    // The digits of round(|x| · 10^p), as an integer.
    let int_digits = if x == 0.0 {
        Vec::new()
    } else {
        let (mantissa, exp2) = decode(x);
        let (digits, point) = exact(mantissa, exp2);
        // A carry leaves one more digit ("1000"), which is the right integer too.
        let (mut kept, _) = round_to(&digits, point + p);
        let first_nonzero = kept.iter().position(|&d| d != b'0').unwrap_or(kept.len());
        kept.drain(..first_nonzero);
        kept
    };
    let len = int_digits.len() as i32;
    if len <= p {
        out.push('0');
        if p > 0 {
            out.push('.');
            push_zeros(&mut out, p - len);
            push_digits(&mut out, &int_digits);
        }
    } else {
        let split = (len - p) as usize;
        push_digits(&mut out, &int_digits[..split]);
        if p > 0 {
            out.push('.');
            push_digits(&mut out, &int_digits[split..]);
        }
    }
    out
}

/// `format!("{x:.precision$e}")`: `precision + 1` significant digits, rounded half to even, as
/// "1.500e15" / "2.000e-7".
pub fn exponential(x: f64, precision: usize) -> String {
    let mut out = String::new();
    if special(x, &mut out).is_some() {
        return out;
    }
    let (kept, exp10) = if x == 0.0 {
        (vec![b'0'; precision + 1], 0)
    } else {
        let (mantissa, exp2) = decode(x);
        let (digits, point) = exact(mantissa, exp2);
        let (mut kept, carried) = round_to(&digits, precision as i32 + 1);
        kept.truncate(precision + 1);
        (kept, point - 1 + i32::from(carried))
    };
    out.push(char::from(kept[0]));
    if precision > 0 {
        out.push('.');
        push_digits(&mut out, &kept[1..]);
    }
    out.push('e');
    out.push_str(&exp10.to_string());
    out
}

/// `format!("{x}")`: the shortest digits that read back as `x` (the closest of them to `x`), never
/// in exponent form: "0.1", "1234.5", "1e21" as "1000000000000000000000", "-0".
pub fn shortest(x: f64) -> String {
    let mut out = String::new();
    if special(x, &mut out).is_some() {
        return out;
    }
    if x == 0.0 {
        out.push('0');
        return out;
    }
    let (digits, point) = shortest_digits(x);
    let len = digits.len() as i32;
    if point <= 0 {
        out.push_str("0.");
        push_zeros(&mut out, -point);
        push_digits(&mut out, &digits);
    } else if point >= len {
        push_digits(&mut out, &digits);
        push_zeros(&mut out, point - len);
    } else {
        push_digits(&mut out, &digits[..point as usize]);
        out.push('.');
        push_digits(&mut out, &digits[point as usize..]);
    }
    out
}

/// The shortest decimal inside the interval of reals that round to |x| (its ends included when the
/// mantissa is even, as a correct reader rounds ties to even), the closest to |x| when several are
/// as short; ties between two go up. Digits (no trailing zeros) and point as in [`exact`].
fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    shortest_by_u128(x).unwrap_or_else(|| shortest_by_big_numbers(x))
}

/// [`shortest_digits`] as Steele & White's digit generation (the one `core` falls back to), in
/// 128-bit integers: fast, for the doubles whose scaled bounds fit (about 1e-10 to 1e34); `None`
/// for the others, and where an end of the interval is a power of ten exactly.
fn shortest_by_u128(x: f64) -> Option<(Vec<u8>, i32)> {
    let (m, e) = decode(x);
    let closer_below = m == 1 << 52 && e > -1074;
    // v = mant/scale; v − low = minus/scale; high − v = plus/scale.
    let (mant, minus, plus, exp) = if closer_below {
        (u128::from(m) << 2, 1u128, 2u128, e - 2)
    } else {
        (u128::from(m) << 1, 1, 1, e - 1)
    };
    let inclusive = m % 2 == 0;
    let reaches = |a: u128, b: u128| if inclusive { a >= b } else { a > b };
    let (mut mant, mut minus, mut plus, mut scale) = if exp < 0 {
        if exp < -120 {
            return None;
        }
        (mant, minus, plus, 1u128 << -exp)
    } else {
        if exp > 60 {
            return None;
        }
        (mant << exp, minus << exp, plus << exp, 1)
    };
    // The point: high < 10^k (≤ when exclusive) and high reaches 10^(k−1).
    let mut k = 0i32;
    loop {
        let high = mant + plus;
        if high == scale {
            return None;
        }
        if !reaches(high, scale) {
            break;
        }
        scale = scale.checked_mul(10)?;
        k += 1;
    }
    loop {
        let high10 = (mant + plus).checked_mul(10)?;
        if high10 == scale {
            return None;
        }
        if reaches(high10, scale) {
            break;
        }
        mant = mant.checked_mul(10)?;
        minus *= 10;
        plus *= 10;
        k -= 1;
    }
    let mut digits = Vec::with_capacity(17);
    let (down, up) = loop {
        mant = mant.checked_mul(10)?;
        minus = minus.checked_mul(10)?;
        plus = plus.checked_mul(10)?;
        // mant < 10·scale: the digit by subtraction (a 128-bit division would bring in 1 KB).
        let mut digit = b'0';
        while mant >= scale {
            mant -= scale;
            digit += 1;
        }
        digits.push(digit);
        // Stop when the digits so far are inside the interval, or one more unit of the last is.
        let down = if inclusive { mant <= minus } else { mant < minus };
        let up = reaches(mant.checked_add(plus)?, scale);
        if down || up {
            break (down, up);
        }
    };
    // Both: the closer; a tie goes up.
    if up && (!down || mant.checked_mul(2)? >= scale) {
        let mut carried = true;
        for d in digits.iter_mut().rev() {
            if *d == b'9' {
                *d = b'0';
            } else {
                *d += 1;
                carried = false;
                break;
            }
        }
        if carried {
            digits.insert(0, b'1');
            k += 1;
        }
    }
    let lead = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..lead);
    k -= lead as i32;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Some((digits, k))
}

/// [`shortest_digits`] on the exact decimal expansions of x and of the interval's ends: any double.
fn shortest_by_big_numbers(x: f64) -> (Vec<u8>, i32) {
    let (mantissa, exp2) = decode(x);
    // In units of 2^(exp2 - 2): x is 4m, the interval's ends are halfway to the neighbours, and the
    // lower neighbour is only half as far at a power of two (above the smallest exponent).
    let closer_below = mantissa == 1 << 52 && exp2 > -1074;
    let (v, lo, hi) =
        (4 * mantissa, 4 * mantissa - if closer_below { 1 } else { 2 }, 4 * mantissa + 2);
    let inclusive = mantissa % 2 == 0;
    let (hi_d, point) = exact(hi, exp2 - 2);
    let aligned = |(d, p): (Vec<u8>, i32)| {
        let mut out = vec![b'0'; (point - p) as usize];
        out.extend(d);
        out
    };
    let v_d = aligned(exact(v, exp2 - 2));
    let lo_d = aligned(exact(lo, exp2 - 2));
    // All three now start at the same decimal place; compare them as digit strings, shorter ones
    // padded with zeros.
    let digit = |d: &[u8], i: usize| d.get(i).copied().unwrap_or(b'0');
    let cmp = |a: &[u8], b: &[u8]| {
        let n = a.len().max(b.len());
        (0..n)
            .map(|i| digit(a, i).cmp(&digit(b, i)))
            .find(|o| o.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    };
    let within =
        |o: std::cmp::Ordering, want: std::cmp::Ordering| o == want || (inclusive && o.is_eq());
    let n = v_d.len().max(hi_d.len()).max(lo_d.len());
    for k in 1..=n {
        let down: Vec<u8> = (0..k).map(|i| digit(&v_d, i)).collect();
        let (up, carried) = {
            let mut up = down.clone();
            let mut carried = true;
            for d in up.iter_mut().rev() {
                if *d == b'9' {
                    *d = b'0';
                } else {
                    *d += 1;
                    carried = false;
                    break;
                }
            }
            if carried {
                up.insert(0, b'1');
            }
            (up, carried)
        };
        let down_ok = down.iter().any(|&d| d != b'0')
            && within(cmp(&down, &lo_d), std::cmp::Ordering::Greater);
        // `up` has one more digit when it carried; it then starts a place earlier.
        let up_ok = if carried {
            let mut hi_shifted = vec![b'0'];
            hi_shifted.extend_from_slice(&hi_d);
            within(cmp(&hi_shifted, &up), std::cmp::Ordering::Greater)
        } else {
            within(cmp(&hi_d, &up), std::cmp::Ordering::Greater)
        };
        let use_up = match (down_ok, up_ok) {
            (false, false) => continue,
            (true, false) => false,
            (false, true) => true,
            // Both as short: the closer; the rest of x's digits against one half.
            (true, true) => {
                let rest = &v_d[k.min(v_d.len())..];
                cmp(rest, b"5").is_ge()
            }
        };
        let (mut d, mut p) = if use_up { (up, point + i32::from(carried)) } else { (down, point) };
        let lead = d.iter().take_while(|&&c| c == b'0').count();
        d.drain(..lead);
        p -= lead as i32;
        while d.last() == Some(&b'0') {
            d.pop();
        }
        return (d, p);
    }
    // Unreachable for a finite x (its own exact digits are inside the interval).
    let (d, p) = exact(mantissa, exp2);
    (d, p)
}

/// `x` written by [`shortest`], for `format!("{}px", Shortest(x))`.
#[derive(Debug, Clone, Copy)]
pub struct Shortest(pub f64);

impl fmt::Display for Shortest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&shortest(self.0))
    }
}

/// `x.clamp(min, max)` for f64, with the same result and the same panic when `min > max` (or
/// either is NaN), but a message without the numbers: `f64::clamp` writes both bounds with `{:?}`,
/// and that one message kept all of `core`'s float printing in the bundle.
#[inline]
pub fn clamp(x: f64, min: f64, max: f64) -> f64 {
    assert!(min <= max, "min > max, or either was NaN");
    let mut x = x;
    if x < min {
        x = min;
    }
    if x > max {
        x = max;
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path answers for everyday numbers, and where it answers the exact path agrees
    /// (`tests/decimal_text.rs` compares both with `core::fmt`).
    #[test]
    fn both_shortest_paths_agree_and_the_fast_one_answers_everyday_numbers() {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut answered = 0;
        for i in 0..50_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let x = if i % 2 == 0 {
                f64::from_bits(state >> 1)
            } else {
                (state % 10_000_000) as f64 / 1000.0 * 10f64.powi((state >> 40) as i32 % 20 - 8)
            };
            if !x.is_finite() || x == 0.0 {
                continue;
            }
            if let Some(fast) = shortest_by_u128(x) {
                answered += 1;
                assert_eq!(fast, shortest_by_big_numbers(x), "{x:e}");
            }
        }
        assert!(answered > 25_000, "the fast path answers everyday numbers: {answered}");
        for x in [1.0, 0.1, 123.456, 2.5e-9, 1e16, 9007199254740993.0, 0.3] {
            assert!(shortest_by_u128(x).is_some(), "{x}");
        }
    }
}
