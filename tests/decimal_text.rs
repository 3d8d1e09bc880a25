//! Numbers read exactly as `core::fmt` wrote them: `infographic::decimal` replaces `{:.p}`, `{:.pe}`
//! and `{}` on f64 in the bundle, and must print the same bytes for every double.

use infographic::decimal::{exponential, fixed, shortest, Shortest};

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
