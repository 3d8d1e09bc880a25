//! Number formats per locale: single values, changes and axis labels, as tables of input → expected text.

use infographic::spec::Locale::{self, En, ZhCn};
use infographic::testing::{
    format_change, format_value, format_values_alike, parse_unit, AxisFormat, UnitKind,
};

fn check_values(locale: Locale, cases: &[(f64, Option<&str>, &str)]) {
    for &(value, unit, expected) in cases {
        assert_eq!(
            format_value(value, unit, locale),
            expected,
            "format_value({value:?}, {unit:?}, {locale:?})"
        );
    }
}

#[test]
fn zh_values() {
    check_values(
        ZhCn,
        &[
            (44.05, Some("亿元"), "44.05亿元"),
            (50.0, Some("万吨"), "50万吨"),
            (500000.0, Some("吨"), "50万吨"),
            (25000.0, Some("万元"), "2.5亿元"),
            (12000.0, None, "1.2万"),
            (5.6, Some("%"), "5.6%"),
            (-3.25, Some("%"), "−3.25%"),
            (156.0, Some("次"), "156次"),
            (0.004, None, "0.004"),
            (1234.0, None, "1234"),
            (0.0, None, "0"),
            (0.0, Some("亿元"), "0元"),
            (1.0 / 3.0, None, "0.3333"),
            (0.0004, None, "0.0004"),
            (3.0, Some("个"), "3个"),
            (12000.0, Some("个"), "1.2万个"),
            (8.0, Some("千瓦"), "8千瓦"),
            (3.0, Some("万千瓦"), "3万千瓦"),
            (20.0, Some("千元"), "2万元"),
            (5.0, Some("千元"), "5000元"),
            (1.5, Some("万亿元"), "1.5万亿元"),
            (15000.0, Some("亿元"), "1.5万亿元"),
            (3.0, Some("千万元"), "3000万元"),
            (12.0, Some("平方公里"), "12平方公里"),
            (5.6, Some("％"), "5.6%"),
            (50.0, Some("USD"), "50 USD"),
            (500000.0, Some("USD"), "50万 USD"),
            (7.0, Some("辆"), "7辆"),
        ],
    );
}

#[test]
fn zh_magnitude_thresholds() {
    check_values(
        ZhCn,
        &[
            (9999.0, None, "9999"),
            (10000.0, None, "1万"),
            (-10000.0, None, "−1万"),
            (99999999.0, None, "1亿"),
            (1e8, None, "1亿"),
            (123456.0, None, "12.35万"),
            (12345678.0, None, "1235万"),
            (9999.6, None, "1万"),
            (1e12, None, "1万亿"),
            (44.05e8, Some("元"), "44.05亿元"),
        ],
    );
}

#[test]
fn en_values() {
    check_values(
        En,
        &[
            (44.05, Some("亿元"), "4.405 billion yuan"),
            (50.0, Some("万吨"), "500,000 tonnes"),
            (12000.0, None, "12,000"),
            (5.6, Some("%"), "5.6%"),
            (156.0, Some("次"), "156 times"),
            (3.2e6, Some("元"), "3.2 million yuan"),
            (-1500.0, None, "−1,500"),
            (1234.0, None, "1,234"),
            (123456.0, None, "123,456"),
            (999999.0, None, "999,999"),
            (999999.6, None, "1 million"),
            (1e6, None, "1 million"),
            (1e9, None, "1 billion"),
            (1.5, Some("万亿元"), "1.5 trillion yuan"),
            (1.0, Some("吨"), "1 tonne"),
            (1.0, Some("万吨"), "10,000 tonnes"),
            (2.0, Some("人"), "2 people"),
            (1.0, Some("人"), "1 person"),
            (3.0, Some("户"), "3 households"),
            (3.0, Some("年"), "3 years"),
            (5.0, Some("亩"), "5 mu"),
            (8.0, Some("千瓦"), "8 kW"),
            (3.0, Some("万千瓦"), "30,000 kW"),
            (12.0, Some("公里"), "12 km"),
            (12.0, Some("平方公里"), "12 km²"),
            (12000.0, Some("个"), "12,000"),
            (0.3, Some("个百分点"), "0.3 percentage points"),
            (50.0, Some("USD"), "50 USD"),
            (3.2e6, Some("USD"), "3.2 million USD"),
            (7.0, Some("辆"), "7 辆"),
            (0.0004, None, "0.0004"),
            (1.0 / 3.0, None, "0.3333"),
        ],
    );
}

#[test]
fn zero_and_non_finite_never_panic() {
    for locale in [ZhCn, En] {
        for unit in [None, Some("%"), Some("亿元"), Some("个百分点")] {
            assert_eq!(format_value(f64::NAN, unit, locale), "–");
            assert_eq!(format_value(f64::INFINITY, unit, locale), "–");
            assert_eq!(format_value(f64::NEG_INFINITY, unit, locale), "–");
            assert_eq!(format_change(f64::NAN, unit, locale), "–");
            assert!(!format_value(-0.0, unit, locale).contains('−'));
            assert!(!format_change(-0.0, unit, locale).contains('+'));
            assert!(!format_change(-0.0, unit, locale).contains('−'));
        }
    }
    assert_eq!(format_value(-0.0, None, ZhCn), "0");
    assert_eq!(format_value(-0.0, None, En), "0");
}

#[test]
fn extreme_values_stay_readable() {
    check_values(
        En,
        &[
            (1e308, None, "1×10²⁹⁶ trillion"),
            (1e30, None, "1×10¹⁸ trillion"),
            (5e-324, None, "4.941×10⁻³²⁴"),
            (1e-7, None, "1×10⁻⁷"),
            (f64::MAX, Some("亿元"), "1.798×10³⁰⁴ trillion yuan"),
            (f64::MIN_POSITIVE, None, "2.225×10⁻³⁰⁸"),
        ],
    );
    check_values(ZhCn, &[(1e308, None, "1×10²⁹⁶万亿"), (-1e30, Some("%"), "−1×10³⁰%")]);
}

#[test]
fn changes() {
    let cases: &[(f64, Option<&str>, Locale, &str)] = &[
        (5.6, Some("%"), ZhCn, "+5.6%"),
        (-0.3, Some("个百分点"), ZhCn, "−0.3个百分点"),
        (-0.3, Some("个百分点"), En, "−0.3 percentage points"),
        (1.0, Some("个百分点"), En, "+1 percentage point"),
        (0.0, None, ZhCn, "0"),
        (0.0, Some("%"), En, "0%"),
        (-0.0, Some("%"), ZhCn, "0%"),
        (12000.0, Some("元"), ZhCn, "+1.2万元"),
        (-1500.0, None, En, "−1,500"),
        (44.05, Some("亿元"), En, "+4.405 billion yuan"),
        (0.5, Some("百分点"), ZhCn, "+0.5百分点"),
    ];
    for &(value, unit, locale, expected) in cases {
        assert_eq!(
            format_change(value, unit, locale),
            expected,
            "format_change({value:?}, {unit:?}, {locale:?})"
        );
    }
}

fn axis(
    ticks: &[f64],
    step: f64,
    unit: Option<&str>,
    locale: Locale,
) -> (Vec<String>, Option<String>) {
    let format = AxisFormat::new(ticks, step, unit, locale);
    (ticks.iter().map(|&t| format.tick_label(t)).collect(), format.unit_caption())
}

fn range(first: f64, step: f64, count: usize) -> Vec<f64> {
    (0..count).map(|i| first + step * i as f64).collect()
}

fn check_axis(
    ticks: &[f64],
    step: f64,
    unit: Option<&str>,
    locale: Locale,
    labels: &[&str],
    caption: Option<&str>,
) {
    let (got, got_caption) = axis(ticks, step, unit, locale);
    assert_eq!(got, labels, "labels of {ticks:?} in {unit:?}, {locale:?}");
    assert_eq!(got_caption.as_deref(), caption, "caption of {ticks:?} in {unit:?}, {locale:?}");
}

#[test]
fn zh_axes() {
    check_axis(
        &range(0.0, 10.0, 6),
        10.0,
        Some("亿元"),
        ZhCn,
        &["0", "10", "20", "30", "40", "50"],
        Some("亿元"),
    );
    check_axis(
        &range(0.0, 100000.0, 7),
        100000.0,
        Some("吨"),
        ZhCn,
        &["0", "10", "20", "30", "40", "50", "60"],
        Some("万吨"),
    );
    check_axis(
        &range(0.0, 50.0, 7),
        50.0,
        None,
        ZhCn,
        &["0", "50", "100", "150", "200", "250", "300"],
        None,
    );
    check_axis(
        &range(0.0, 100000.0, 4),
        100000.0,
        None,
        ZhCn,
        &["0", "10", "20", "30"],
        Some("万"),
    );
    check_axis(&range(0.0, 5000.0, 4), 5000.0, None, ZhCn, &["0", "5000", "10000", "15000"], None);
    check_axis(&range(0.0, 10.0, 4), 10.0, Some("%"), ZhCn, &["0%", "10%", "20%", "30%"], None);
    check_axis(&[-5.0, 0.0, 5.0], 5.0, Some("%"), ZhCn, &["−5%", "0%", "5%"], None);
    check_axis(
        &range(0.0, 0.5, 5),
        0.5,
        Some("亿元"),
        ZhCn,
        &["0", "0.5", "1.0", "1.5", "2.0"],
        Some("亿元"),
    );
    check_axis(
        &range(0.0, 25000.0, 7),
        25000.0,
        Some("吨"),
        ZhCn,
        &["0", "2.5", "5.0", "7.5", "10.0", "12.5", "15.0"],
        Some("万吨"),
    );
    check_axis(
        &range(0.0, 25.0, 5),
        25.0,
        Some("次"),
        ZhCn,
        &["0", "25", "50", "75", "100"],
        Some("次"),
    );
    check_axis(
        &[-0.4, -0.2, 0.0, 0.2],
        0.2,
        Some("个百分点"),
        ZhCn,
        &["−0.4", "−0.2", "0", "0.2"],
        Some("个百分点"),
    );
    // The editor's 万 gives way to plain tonnes below 1e5 and to 亿 above 1e8.
    check_axis(
        &range(0.0, 1.0, 6),
        1.0,
        Some("万吨"),
        ZhCn,
        &["0", "10000", "20000", "30000", "40000", "50000"],
        Some("吨"),
    );
    check_axis(
        &range(0.0, 10000.0, 3),
        10000.0,
        Some("万元"),
        ZhCn,
        &["0", "1", "2"],
        Some("亿元"),
    );
}

#[test]
fn en_axes() {
    check_axis(
        &range(0.0, 100.0, 4),
        100.0,
        Some("亿元"),
        En,
        &["0", "10", "20", "30"],
        Some("billion yuan"),
    );
    check_axis(&range(0.0, 5000.0, 4), 5000.0, None, En, &["0", "5,000", "10,000", "15,000"], None);
    check_axis(
        &range(0.0, 10.0, 6),
        10.0,
        Some("万吨"),
        En,
        &["0", "100,000", "200,000", "300,000", "400,000", "500,000"],
        Some("tonnes"),
    );
    check_axis(&range(0.0, 1e6, 4), 1e6, None, En, &["0", "1", "2", "3"], Some("million"));
    check_axis(
        &range(0.0, 2.5e6, 3),
        2.5e6,
        Some("元"),
        En,
        &["0", "2.5", "5.0"],
        Some("million yuan"),
    );
    check_axis(&[-1500.0, 0.0, 1500.0], 1500.0, None, En, &["−1,500", "0", "1,500"], None);
    check_axis(&range(0.0, 20.0, 3), 20.0, Some("%"), En, &["0%", "20%", "40%"], None);
    check_axis(
        &range(0.0, 1.0, 3),
        1.0,
        Some("个百分点"),
        En,
        &["0", "1", "2"],
        Some("percentage points"),
    );
    check_axis(&range(0.0, 2.0, 3), 2.0, Some("次"), En, &["0", "2", "4"], Some("times"));
    check_axis(&range(0.0, 2.0, 3), 2.0, Some("个"), En, &["0", "2", "4"], None);
}

#[test]
fn axis_decimals_follow_the_step() {
    // Ticks as nice_ticks computes them can carry float noise; labels must not.
    let ticks = [0.0, 0.1, 0.2, 0.1 + 0.2, 0.4];
    check_axis(&ticks, 0.1, None, En, &["0", "0.1", "0.2", "0.3", "0.4"], None);
    check_axis(&[0.0, 0.0025, 0.005], 0.0025, None, ZhCn, &["0", "0.0025", "0.0050"], None);
    check_axis(&[1.0, 1.5, 2.0], 0.5, None, En, &["1.0", "1.5", "2.0"], None);
}

#[test]
fn axes_survive_bad_input() {
    for locale in [ZhCn, En] {
        for step in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            let format = AxisFormat::new(&[0.0, 0.5, 1.0], step, Some("吨"), locale);
            assert_eq!(format.tick_label(0.5), "0.5");
            assert_eq!(format.tick_label(1.0), "1.0");
        }
        let format = AxisFormat::new(&[], 1.0, None, locale);
        assert_eq!(format.tick_label(3.0), "3");
        assert_eq!(format.unit_caption(), None);
        let format = AxisFormat::new(&[f64::NAN, f64::INFINITY, 10.0], 5.0, None, locale);
        assert_eq!(format.tick_label(f64::NAN), "–");
        assert_eq!(format.tick_label(-0.0), "0");
        assert_eq!(format.tick_label(10.0), "10");
        let format = AxisFormat::new(&[-1e308, 0.0, 1e308], 1e308, Some("亿元"), locale);
        for v in [-1e308, 0.0, 1e308, f64::MAX, 5e-324] {
            assert!(!format.tick_label(v).is_empty());
        }
        let format = AxisFormat::new(&[0.0, 1e-300, 2e-300], 1e-300, None, locale);
        assert_eq!(format.tick_label(1e-300), "1×10⁻³⁰⁰");
    }
}

#[test]
fn units_parse() {
    let cases: &[(&str, f64, UnitKind, &str, &str)] = &[
        ("亿元", 1e8, UnitKind::Quantity, "元", "yuan"),
        ("万吨", 1e4, UnitKind::Quantity, "吨", "tonnes"),
        ("万", 1e4, UnitKind::Quantity, "", ""),
        ("", 1.0, UnitKind::Quantity, "", ""),
        (" 吨 ", 1.0, UnitKind::Quantity, "吨", "tonnes"),
        ("千瓦", 1.0, UnitKind::Quantity, "千瓦", "kW"),
        ("万千瓦", 1e4, UnitKind::Quantity, "千瓦", "kW"),
        ("千万元", 1e7, UnitKind::Quantity, "元", "yuan"),
        ("万亿元", 1e12, UnitKind::Quantity, "元", "yuan"),
        ("百万吨", 1e6, UnitKind::Quantity, "吨", "tonnes"),
        ("%", 1.0, UnitKind::Percent, "%", "%"),
        ("个百分点", 1.0, UnitKind::PercentagePoints, "个百分点", "percentage points"),
        ("百分点", 1.0, UnitKind::PercentagePoints, "百分点", "percentage points"),
        ("USD", 1.0, UnitKind::Quantity, "USD", "USD"),
        ("t", 1.0, UnitKind::Quantity, "t", "t"),
        ("万辆", 1.0, UnitKind::Quantity, "万辆", "万辆"),
        ("万%", 1.0, UnitKind::Quantity, "万%", "万%"),
        ("亿亿元", 1.0, UnitKind::Quantity, "亿亿元", "亿亿元"),
    ];
    for &(written, multiplier, kind, zh, en) in cases {
        let unit = parse_unit(written);
        assert_eq!(unit.multiplier(), multiplier, "{written}");
        assert_eq!(unit.kind(), kind, "{written}");
        assert_eq!(unit.name(ZhCn, false), zh, "{written}");
        assert_eq!(unit.name(En, false), en, "{written}");
    }
}

#[test]
fn values_side_by_side_share_their_decimals() {
    let f = |values: &[f64], unit: Option<&str>, locale| format_values_alike(values, unit, locale);
    assert_eq!(f(&[82.5, 75.0, 6.1, 3.0], None, En), ["82.5", "75.0", "6.1", "3.0"]);
    assert_eq!(f(&[1.27, 6.0, 0.0], None, ZhCn), ["1.27", "6.00", "0"]);
    assert_eq!(f(&[73.0, 82.5], Some("岁"), ZhCn), ["73.0岁", "82.5岁"]);
    assert_eq!(f(&[2.5, 12000.0], None, En), ["2.5", "12,000"], "no 5th significant digit");
    assert_eq!(f(&[4.0, 5.0], Some("%"), En), ["4%", "5%"], "whole numbers stay whole");
    assert_eq!(f(&[-1.5, 2.0], Some("%"), En), ["\u{2212}1.5%", "2.0%"]);
    assert_eq!(f(&[f64::NAN, 2.0], None, En), ["\u{2013}", "2"]);
}

/// One digit-grouping routine (`spec::digits`) for every number: value labels, numbered x axes and
/// message counts. English groups thousands; Chinese writes plain digits; fractions and what is not
/// plain digits pass through.
#[test]
fn digits_are_grouped_by_locale() {
    use infographic::testing::{group_digits, grouped};
    for (digits, en, zh) in [
        ("0", "0", "0"),
        ("999", "999", "999"),
        ("1000", "1,000", "1000"),
        ("1234567.25", "1,234,567.25", "1234567.25"),
        ("12345.6789", "12,345.6789", "12345.6789"),
        ("1.5×10¹⁵", "1.5×10¹⁵", "1.5×10¹⁵"),
    ] {
        assert_eq!(group_digits(digits, En), en);
        assert_eq!(group_digits(digits, ZhCn), zh);
    }
    assert_eq!(grouped(5_242_880, En), "5,242,880");
    assert_eq!(grouped(5_242_880, ZhCn), "5242880");
}
