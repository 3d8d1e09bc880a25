//! Sine and cosine for the gauge ring, small enough for the wasm bundle.
//!
//! `f64::sin`/`cos` on wasm32 are compiler_builtins' libm, whose argument reduction handles any
//! magnitude (`rem_pio2` with its multi-precision fallback: about 7 KB of wasm). The ring only asks
//! for angles within a turn or two of zero, where fdlibm's short Cody–Waite reduction and its kernel
//! polynomials are accurate to an ulp or two. Native builds (the SVG renderer and its golden files)
//! keep the standard functions so their output does not move.

/// (sin x, cos x).
pub fn sin_cos(x: f64) -> (f64, f64) {
    #[cfg(target_arch = "wasm32")]
    return small_sin_cos(x);
    #[cfg(not(target_arch = "wasm32"))]
    return x.sin_cos();
}

/// fdlibm's `__kernel_sin`/`__kernel_cos` after reducing `x` by the nearest multiple of π/2. Meant
/// for |x| up to a few thousand; beyond that the reduction loses digits (it never panics).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
// The constants are fdlibm's, digit for digit, so they can be checked against its source.
#[allow(clippy::excessive_precision)]
pub fn small_sin_cos(x: f64) -> (f64, f64) {
    // π/2 split in two: the first part has 33 significant bits, so n·PIO2_HI is exact for small n.
    const PIO2_HI: f64 = 1.570_796_326_734_125_614_17e+00;
    const PIO2_LO: f64 = 6.077_100_506_506_192_249_32e-11;
    let n = (x * std::f64::consts::FRAC_2_PI).round();
    let r = (x - n * PIO2_HI) - n * PIO2_LO;
    let z = r * r;
    let sin = r + r
        * z
        * (-1.666_666_666_666_663_243_48e-01
            + z * (8.333_333_333_322_489_461_24e-03
                + z * (-1.984_126_982_985_794_931_34e-04
                    + z * (2.755_731_370_707_006_767_89e-06
                        + z * (-2.505_076_025_340_686_341_95e-08
                            + z * 1.589_690_995_211_550_102_21e-10)))));
    let cos = 1.0 - 0.5 * z
        + z * z
            * (4.166_666_666_666_660_190_37e-02
                + z * (-1.388_888_888_887_410_957_49e-03
                    + z * (2.480_158_728_947_672_941_78e-05
                        + z * (-2.755_731_435_139_066_330_35e-07
                            + z * (2.087_572_321_298_174_827_90e-09
                                + z * -1.135_964_755_778_819_482_65e-11)))));
    match (n as i64).rem_euclid(4) {
        0 => (sin, cos),
        1 => (cos, -sin),
        2 => (-sin, -cos),
        _ => (-cos, sin),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_functions_over_the_ring() {
        // Every angle the ring uses (−π/2 … 3π/2) and more, against std's sin and cos.
        for i in -4000..=8000 {
            let x = i as f64 * 1e-3;
            let (s, c) = small_sin_cos(x);
            assert!((s - x.sin()).abs() <= 4e-16, "sin({x}) = {s}, std {}", x.sin());
            assert!((c - x.cos()).abs() <= 4e-16, "cos({x}) = {c}, std {}", x.cos());
        }
        assert_eq!(small_sin_cos(0.0), (0.0, 1.0));
        assert!(small_sin_cos(f64::NAN).0.is_nan());
    }
}
