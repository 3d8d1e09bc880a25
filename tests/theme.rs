//! Colours hold WCAG contrast on the background, in both themes: text 4.5:1 (1.4.3), graphics 3:1
//! (1.4.11). The dark palette keeps the light palette's hues in order, and the spec's `"theme"` picks one.

use infographic::model::theme::Theme;
use infographic::paint::Color;
use infographic::spec::{parse_str, ThemeChoice};

fn themes() -> [(&'static str, Theme); 2] {
    [("light", Theme::light()), ("dark", Theme::dark())]
}

#[test]
fn text_colours_meet_wcag_aa_on_the_background() {
    for (theme, t) in themes() {
        for (name, c) in [("text", t.text), ("muted", t.muted), ("up", t.up), ("down", t.down)] {
            let ratio = c.contrast(t.background);
            assert!(ratio >= 4.5, "{theme} {name} {} has contrast {ratio:.2}", c.css());
        }
    }
}

#[test]
fn every_series_colour_stands_out_from_the_background() {
    for (theme, t) in themes() {
        assert_eq!(t.palette.len(), 6, "{theme}");
        for c in t.palette {
            let ratio = c.contrast(t.background);
            assert!(ratio >= 3.0, "{theme} series colour {} has contrast {ratio:.2}", c.css());
        }
    }
}

#[test]
fn axis_and_rules_are_graphics_that_must_be_seen() {
    for (theme, t) in themes() {
        for (name, c) in [("axis", t.axis), ("rule", t.rule)] {
            let ratio = c.contrast(t.background);
            assert!(ratio >= 3.0, "{theme} {name} {} has contrast {ratio:.2}", c.css());
        }
    }
}

#[test]
fn grid_is_visible_but_quieter_than_any_text() {
    for (theme, t) in themes() {
        let grid = t.grid.contrast(t.background);
        assert!(grid >= 1.2, "{theme} grid {} is invisible ({grid:.2})", t.grid.css());
        let muted = t.muted.contrast(t.background);
        assert!(grid < muted / 2.0, "{theme} grid {grid:.2} competes with muted text {muted:.2}");
    }
}

#[test]
fn dark_theme_is_dark_with_light_text() {
    let t = Theme::dark();
    assert!(t.background.luminance() < 0.02, "background {}", t.background.css());
    assert!(t.text.luminance() > 0.7, "text {}", t.text.css());
}

/// Hue in degrees and saturation (HSL), enough to tell a series colour's family.
fn hue_and_saturation(c: Color) -> (f64, f64) {
    let [r, g, b] = [c.r, c.g, c.b].map(|v| f64::from(v) / 255.0);
    let (max, min) = (r.max(g).max(b), r.min(g).min(b));
    let d = max - min;
    if d == 0.0 {
        return (0.0, 0.0);
    }
    let l = (max + min) / 2.0;
    let s = d / (1.0 - (2.0 * l - 1.0).abs());
    let h = if max == r {
        60.0 * ((g - b) / d).rem_euclid(6.0)
    } else if max == g {
        60.0 * ((b - r) / d + 2.0)
    } else {
        60.0 * ((r - g) / d + 4.0)
    };
    (h, s)
}

#[test]
fn series_keep_their_hue_across_themes() {
    let (light, dark) = (Theme::light(), Theme::dark());
    for (i, (l, d)) in light.palette.iter().zip(dark.palette).enumerate() {
        let ((lh, ls), (dh, ds)) = (hue_and_saturation(*l), hue_and_saturation(*d));
        if ls < 0.1 {
            assert!(ds < 0.1, "series {i}: grey in light, {} in dark", d.css());
            continue;
        }
        let apart = (lh - dh).abs().min(360.0 - (lh - dh).abs());
        assert!(apart <= 15.0, "series {i}: hue {lh:.0}° light vs {dh:.0}° dark");
    }
}

#[test]
fn choice_picks_the_theme_and_auto_follows_the_reader() {
    assert_eq!(Theme::for_choice(ThemeChoice::Light, true), Theme::light());
    assert_eq!(Theme::for_choice(ThemeChoice::Dark, false), Theme::dark());
    assert_eq!(Theme::for_choice(ThemeChoice::Auto, false), Theme::light());
    assert_eq!(Theme::for_choice(ThemeChoice::Auto, true), Theme::dark());
}

#[test]
fn spec_theme_defaults_to_auto_and_decodes_each_name() {
    let spec = |theme: &str| {
        let text = format!(
            r#"{{"version": 1, {theme} "charts": [{{"type": "kpi", "items": [{{"label": "A", "value": 1}}]}}]}}"#
        );
        parse_str(&text).map(|s| s.theme)
    };
    assert_eq!(spec(""), Ok(ThemeChoice::Auto));
    assert_eq!(spec(r#""theme": null,"#), Ok(ThemeChoice::Auto));
    for name in ThemeChoice::NAMES {
        let choice = spec(&format!(r#""theme": "{name}","#)).expect("a known theme");
        assert_eq!(choice.name(), name);
    }
}

#[test]
fn contrast_arithmetic_matches_known_values() {
    let black = Color::hex(0x000000);
    let white = Color::hex(0xFFFFFF);
    assert!((black.contrast(white) - 21.0).abs() < 1e-9);
    assert!((Color::hex(0x777777).contrast(white) - 4.48).abs() < 0.01);
}
