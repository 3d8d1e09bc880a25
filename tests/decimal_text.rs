//! Numbers read exactly as `core::fmt` wrote them: `decimal` (through `infographic::testing`) replaces `{:.p}`, `{:.pe}`
//! and `{}` on f64 in the bundle, and must print the same bytes for every double.

use infographic::testing::{exponential, fixed, parse_decimal, shortest, Shortest};

/// xorshift64: the same values on every run.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Doubles from every exponent range and every kind that rounds differently: random bit patterns
/// (subnormals and huge values included), short decimals as typed in a spec, exact binary ties
/// (odd multiples of a power of two), neighbours of ties, powers of two and ten, their neighbours,
/// and the special values. Powers of two come every `power_step`-th exponent (every one matters
/// for shortest digits, where the interval is lopsided at a power of two).
fn values(count: usize, power_step: usize, seed: u64) -> Vec<f64> {
    let mut rng = Seeded(seed);
    let mut out = vec![
        0.0,
        -0.0,
        0.125,
        0.375,
        2.5,
        -2.5,
        0.5,
        1.5,
        1.005,
        999.95,
        999.96,
        9999.5,
        0.00012345,
        1e-6,
        1e15,
        1e21,
        1e22,
        1e23,
        f64::MAX,
        f64::MIN_POSITIVE,
        5e-324,
        -5e-324,
        f64::EPSILON,
        0.1,
        0.2,
        0.30000000000000004,
        123456789.125,
        4.35,
        1.45,
        0.045,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ];
    for e in (-1074..=1023).step_by(power_step) {
        let p = 2f64.powi(e);
        out.extend([
            p,
            f64::from_bits(p.to_bits() + 1),
            f64::from_bits(p.to_bits().saturating_sub(1)),
        ]);
    }
    for e in -30..=30 {
        let p: f64 = format!("1e{e}").parse().unwrap();
        out.extend([p, f64::from_bits(p.to_bits() + 1), f64::from_bits(p.to_bits() - 1)]);
    }
    for _ in 0..count {
        let bits = rng.next();
        let x = f64::from_bits(bits);
        if x.is_finite() {
            out.push(x);
        }
        // Short decimals: k / 10^n.
        let k = (rng.next() % 100_000_000) as f64;
        let n = (rng.next() % 30) as i32 - 10;
        let d: f64 = format!("{k}e{}", -n).parse().unwrap();
        out.push(if rng.next().is_multiple_of(2) { d } else { -d });
        // Exact ties at some number of decimals: odd multiples of 2^-j.
        let j = (rng.next() % 12) as i32;
        let tie = ((rng.next() % 1_000_000) * 2 + 1) as f64 * 2f64.powi(-j);
        out.extend([tie, f64::from_bits(tie.to_bits() + 1), f64::from_bits(tie.to_bits() - 1)]);
        // Large integers, where shortest digits can tie.
        let big = (rng.next() >> (rng.next() % 11)) as f64;
        out.push(big);
    }
    out
}

#[test]
fn fixed_precision_reads_as_core_fmt_at_every_precision_used() {
    for x in values(5_000, 7, 0x9e37_79b9_7f4a_7c15) {
        for p in 0..=20 {
            assert_eq!(fixed(x, p), format!("{x:.p$}"), "{x:e} at {p} decimals");
        }
    }
}

#[test]
fn exponential_reads_as_core_fmt() {
    for x in values(5_000, 7, 0x2545_f491_4f6c_dd1d) {
        for p in 0..=8 {
            assert_eq!(exponential(x, p), format!("{x:.p$e}"), "{x:e} at precision {p}");
        }
    }
}

#[test]
fn shortest_reads_as_core_fmt_display() {
    for x in values(100_000, 1, 0xd1b5_4a32_d192_ed03) {
        let want = format!("{x}");
        assert_eq!(shortest(x), want, "{x:e}");
        assert_eq!(format!("[{}]", Shortest(x)), format!("[{want}]"));
    }
}

/// The exact decimal of (2m + 1) · 2^(e − 1), the midpoint between m·2^e and the next double up,
/// and of numbers a hair either side of it ("…5", "…4999…9", "…5000…1").
fn midpoints(m: u64, e: i32) -> Vec<String> {
    // Decimal digits, most significant first, of an integer times small factors.
    let mul = |digits: &mut Vec<u8>, f: u32| {
        let mut carry = 0u32;
        for d in digits.iter_mut().rev() {
            let v = u32::from(*d) * f + carry;
            *d = (v % 10) as u8;
            carry = v / 10;
        }
        while carry > 0 {
            digits.insert(0, (carry % 10) as u8);
            carry /= 10;
        }
    };
    let mut digits: Vec<u8> = (2 * m + 1).to_string().bytes().map(|b| b - b'0').collect();
    let e = e - 1;
    let scale = if e >= 0 {
        (0..e).for_each(|_| mul(&mut digits, 2));
        0
    } else {
        (0..-e).for_each(|_| mul(&mut digits, 5));
        -e
    };
    let text: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
    let exact = format!("{text}e-{scale}");
    // The last digit is never 0 ((2m + 1) is odd, times powers of 2 or 5 only).
    let last = char::from(b'0' + digits[digits.len() - 1] - 1);
    let below = format!("{}{last}999e-{}", &text[..text.len() - 1], scale + 3);
    let above = format!("{text}0001e-{}", scale + 4);
    vec![exact, below, above]
}

/// Number text of every shape `parse` accepts or refuses.
fn number_texts(count: usize, seed: u64) -> Vec<String> {
    let mut rng = Seeded(seed);
    let mut out: Vec<String> = [
        "", "+", "-", ".", "e5", "1e", "1e+", "1e-", "1.e5", ".5e-3", "5.", "-.5", "+.5e+2", "inf", "INF",
        "Infinity", "infinity", "-inFinity", "+inf", "infinit", "infinityy", "nan", "NaN", "+nan",
        "-NAN", "nana", "1_000", " 1", "1 ", "0x10", "1e400", "1e-400", "-0", "0", "00", "0.000",
        "0e999999999999999999", "1e99999999999999999999", "1e-99999999999999999999",
        "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
        "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
        "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324",
        "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
        "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9",
        "9007199254740993", "9007199254740992.5", "9007199254740993.0000000000001", "0.1", "1.5E3", "١",
        "1e22", "1e23", "123456789012345678901234567890", "0.30000000000000004", "-1e-7",
        "1.00000000000000011102230246251565404236316680908203125",
        "1.00000000000000011102230246251565404236316680908203124",
        "1.00000000000000011102230246251565404236316680908203126",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for k in 53..=70 {
        for j in [1u64, 3, 5, 1001] {
            out.push(((1u128 << k) + u128::from(j) * (1 << (k - 53))).to_string());
        }
    }
    out.push(format!("0.{}1", "0".repeat(800)));
    out.push(format!("1{}", "0".repeat(400)));
    out.push(format!("{}e-1000", "7".repeat(1200)));
    out.push(format!("4.{}e-324", "9".repeat(900)));
    for x in values(count, 1, seed) {
        out.push(format!("{x}"));
        out.push(format!("{x:e}"));
        out.push(format!("{x:.3e}"));
        out.push(format!("{x:.25e}"));
        out.push(format!("{x:E}"));
    }
    for _ in 0..count {
        // Random digits, point and exponent.
        let len = 1 + (rng.next() % 40) as usize;
        let mut s: String = (0..len).map(|_| char::from(b'0' + (rng.next() % 10) as u8)).collect();
        if rng.next().is_multiple_of(2) {
            let at = (rng.next() as usize) % (len + 1);
            s.insert(at, '.');
        }
        if rng.next().is_multiple_of(2) {
            let e = (rng.next() % 700) as i64 - 350;
            s.push_str(&format!("e{e}"));
        }
        if rng.next().is_multiple_of(3) {
            s.insert(0, '-');
        }
        out.push(s);
        // 15 to 19 digits at a modest exponent: JavaScript's longest numbers.
        let len = 15 + (rng.next() % 5) as usize;
        let digits: String = (0..len).map(|_| char::from(b'0' + (rng.next() % 10) as u8)).collect();
        out.push(format!("{digits}e{}", (rng.next() % 80) as i64 - 40));
        // Midpoints between neighbouring doubles, and a hair either side.
        let m = (1 << 52) | (rng.next() >> 12);
        let e = (rng.next() % 2098) as i32 - 1074;
        out.extend(midpoints(if e == -1074 { m >> (rng.next() % 52) } else { m }, e.min(971)));
    }
    out
}

#[test]
fn number_text_reads_as_core_parses_it() {
    for s in number_texts(3_000, 0x5851_f42d_4c95_7f2d) {
        let want = s.parse::<f64>().ok();
        let got = parse_decimal(&s);
        let same = match (got, want) {
            (Some(a), Some(b)) => a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()),
            (None, None) => true,
            _ => false,
        };
        assert!(same, "{s:?}: {got:?}, parse gives {want:?}");
    }
}
