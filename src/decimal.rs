//! f64 ↔ decimal text, written here once instead of through `core::fmt`'s float printing and
//! `core`'s float parsing.
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
//! Reading goes the other way: [`parse`] is `str::parse::<f64>` (see there why). And [`clamp`] is
//! `f64::clamp`, whose panic message would print its bounds through the same float printing.
//!
//! Imports nothing of the crate: any stage may use it.

use std::fmt;

/// One limb of the big number: nine decimal digits.
const LIMB: u64 = 1_000_000_000;

/// A big natural number: little-endian limbs in base 10⁹, so decimal digits go in and come out
/// without a division.
type Big = Vec<u32>;

fn big(n: u64) -> Big {
    vec![(n % LIMB) as u32, (n / LIMB % LIMB) as u32, (n / (LIMB * LIMB)) as u32]
}

/// `limbs` × `factor` (factor < 2³²).
fn mul_small(limbs: &mut Big, factor: u64) {
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
}

/// `limbs` × 2^k, or × 5^k when `five`.
fn mul_pow(limbs: &mut Big, five: bool, mut k: u32) {
    let (base, chunk, chunk_factor) =
        if five { (5u64, 13, 1_220_703_125) } else { (2, 29, 1 << 29) };
    while k >= chunk {
        mul_small(limbs, chunk_factor);
        k -= chunk;
    }
    if k > 0 {
        mul_small(limbs, base.pow(k));
    }
}

/// `limbs` × 10^k.
fn mul_pow10(limbs: &mut Big, k: u32) {
    limbs.splice(0..0, std::iter::repeat_n(0, (k / 9) as usize));
    mul_small(limbs, 10u64.pow(k % 9));
}

/// The exact decimal expansion of `mantissa · 2^exp2` (mantissa > 0): its significant digits (ASCII,
/// no leading or trailing zeros) and the position of the decimal point, so that the value is
/// 0.d₁d₂d₃… × 10^point.
fn exact(mantissa: u64, exp2: i32) -> (Vec<u8>, i32) {
    let mut limbs = big(mantissa);
    // m·2^e for e ≥ 0; for e < 0, m·2^e = m·5^-e / 10^-e: the digits of m·5^-e, point moved left.
    mul_pow(&mut limbs, exp2 < 0, exp2.unsigned_abs());
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

/// A finite |x| as mantissa · 2^exp2: 53 bits for a normal double, fewer for a subnormal (zero is
/// 0 · 2^-1074).
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

/// `s.parse::<f64>().ok()`: the same grammar (an optional sign, then `inf`, `infinity` or `nan` in
/// any case, or digits with an optional point and an optional exponent; nothing around them) and
/// the same value, the double nearest to the decimal (ties to even).
///
/// Why: `core`'s parser (Eisel-Lemire with a big-decimal fallback) brings a 10 KB table of
/// powers of five and ~8 KB of code into the bundle. Here: an exact product of at most 19
/// digits and a power of ten up to 10²² (Clinger's fast path), else an approximation corrected
/// by comparing the decimal, exactly, with the midpoints between neighbouring doubles (big
/// numbers; only for long or far-out numbers). `tests/decimal_text.rs` compares it with `parse`.
pub fn parse(s: &str) -> Option<f64> {
    let (negative, rest) = match s.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        rest => (false, rest),
    };
    let value = if rest.eq_ignore_ascii_case(b"inf") || rest.eq_ignore_ascii_case(b"infinity") {
        f64::INFINITY
    } else if rest.eq_ignore_ascii_case(b"nan") {
        f64::NAN
    } else {
        parse_number(rest)?
    };
    Some(if negative { -value } else { value })
}

/// Digits, an optional point and an optional exponent → the nearest double (≥ 0).
fn parse_number(b: &[u8]) -> Option<f64> {
    let (digits, q) = decimal_digits(b)?;
    Some(nearest(digits, q))
}

/// The significant digits (ASCII, no leading or trailing zeros) of digits with an optional point
/// and exponent, and the decimal exponent of the last one; `None` when `b` is not that.
fn decimal_digits(b: &[u8]) -> Option<(Vec<u8>, i64)> {
    let mut i = 0;
    let mut digits = Vec::new();
    let mut leading = true;
    // The decimal exponent of the last digit kept, relative to the point.
    let mut q: i64 = 0;
    let mut any = false;
    let mut point = false;
    while i < b.len() {
        match b[i] {
            d @ b'0'..=b'9' => {
                any = true;
                if point {
                    q -= 1;
                }
                if d != b'0' || !leading {
                    leading = false;
                    digits.push(d);
                }
            }
            b'.' if !point => point = true,
            _ => break,
        }
        i += 1;
    }
    if !any {
        return None;
    }
    if i < b.len() {
        if b[i] | 0x20 != b'e' {
            return None;
        }
        i += 1;
        let minus = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut e: i64 = 0;
        while let Some(&d @ b'0'..=b'9') = b.get(i) {
            // Saturates far beyond any double: 1e999999999999 is infinity, as it is for `parse`.
            e = (e * 10 + i64::from(d - b'0')).min(1 << 40);
            i += 1;
        }
        if i == start || i < b.len() {
            return None;
        }
        q += if minus { -e } else { e };
    }
    while digits.last() == Some(&b'0') {
        digits.pop();
        q += 1;
    }
    Some((digits, q))
}

/// The double nearest to `digits` × 10^`q` (ties to even).
fn nearest(mut digits: Vec<u8>, mut q: i64) -> f64 {
    if digits.is_empty() {
        return 0.0;
    }
    // The value lies in [10^(top − 1), 10^top).
    let top = digits.len() as i64 + q;
    if top > 310 {
        return f64::INFINITY;
    }
    if top < -325 {
        return 0.0;
    }
    // No double's midpoint has more than 767 significant digits: beyond 800, the digits after
    // can only say "a little more", which one nonzero digit says as well.
    if digits.len() > 800 {
        q += digits.len() as i64 - 801;
        digits.truncate(800);
        digits.push(b'1');
    }
    let q = q as i32;
    let head = digits.len().min(19);
    let w = digits[..head].iter().fold(0u64, |w, &d| w * 10 + u64::from(d - b'0'));
    if head == digits.len() && w <= 1 << 53 && (-22..=22).contains(&q) {
        let p = 10f64.powi(q.abs());
        return if q < 0 { w as f64 / p } else { w as f64 * p };
    }
    // A few ulps off at most, then corrected.
    let rest = q + (digits.len() - head) as i32;
    let half = rest / 2;
    let mut z = w as f64 * 10f64.powi(half) * 10f64.powi(rest - half);
    if z.is_infinite() {
        z = f64::MAX;
    }
    let exact = {
        let mut limbs: Big = Vec::new();
        for chunk in digits.rchunks(9) {
            limbs.push(chunk.iter().fold(0u32, |v, &d| v * 10 + u32::from(d - b'0')));
        }
        limbs
    };
    // The decimal against m·2^e, exactly: both sides scaled to integers, in 128 bits when they
    // fit (up to 19 digits and 10^±31: most long numbers in data), else as big numbers.
    let small = (head == digits.len()).then_some(w);
    let compare = |m: u64, e: i32| {
        if let Some(order) = small.and_then(|d| compare_in_u128(d, q, m, e)) {
            return order;
        }
        let mut left = exact.clone();
        let mut right = big(m);
        mul_pow10(if q > 0 { &mut left } else { &mut right }, q.unsigned_abs());
        mul_pow(if e < 0 { &mut left } else { &mut right }, false, e.unsigned_abs());
        for n in [&mut left, &mut right] {
            while n.last() == Some(&0) {
                n.pop();
            }
        }
        left.len().cmp(&right.len()).then_with(|| left.iter().rev().cmp(right.iter().rev()))
    };
    round_exactly(z, compare)
}

/// From `z`, a few ulps off at most, the double nearest to the decimal `compare` compares with
/// m·2^e (ties to even): stepped up or down until both midpoints around it are on either side.
fn round_exactly(mut z: f64, compare: impl Fn(u64, i32) -> std::cmp::Ordering) -> f64 {
    use std::cmp::Ordering::{Equal, Greater, Less};
    loop {
        let (m, e) = decode(z);
        // Halfway to the next double up, and to the one below (closer below a power of two).
        match compare(2 * m + 1, e - 1) {
            Greater => {
                z = f64::from_bits(z.to_bits() + 1);
                if z.is_infinite() {
                    return z;
                }
                continue;
            }
            Equal => return if m % 2 == 0 { z } else { f64::from_bits(z.to_bits() + 1) },
            Less => {}
        }
        if z == 0.0 {
            return z;
        }
        let below = if m == 1 << 52 && e > -1074 {
            compare(4 * m - 1, e - 2)
        } else {
            compare(2 * m - 1, e - 1)
        };
        match below {
            Less => z = f64::from_bits(z.to_bits() - 1),
            Equal => return if m % 2 == 0 { z } else { f64::from_bits(z.to_bits() - 1) },
            Greater => return z,
        }
    }
}

/// d·10^q against m·2^e in 128-bit integers, `None` when they do not fit.
fn compare_in_u128(d: u64, q: i32, m: u64, e: i32) -> Option<std::cmp::Ordering> {
    if q.abs() > 31 {
        return None;
    }
    // 10^q = 5^q · 2^q: the fives on the side where they multiply, the twos shifted.
    let five = 5u128.pow(q.unsigned_abs());
    let (mut left, mut right) = if q >= 0 {
        (u128::from(d).checked_mul(five)?, u128::from(m))
    } else {
        (u128::from(d), u128::from(m).checked_mul(five)?)
    };
    let twos = q + -e;
    let shift = |n: &mut u128, k: u32| {
        if *n != 0 {
            if k >= n.leading_zeros() {
                return None;
            }
            *n <<= k;
        }
        Some(())
    };
    if twos >= 0 {
        shift(&mut left, twos.unsigned_abs())?;
    } else {
        shift(&mut right, twos.unsigned_abs())?;
    }
    Some(left.cmp(&right))
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
