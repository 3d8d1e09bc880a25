//! Colours hold WCAG contrast on the background: text 4.5:1 (1.4.3), graphics 3:1 (1.4.11).

use infographic::model::theme::Theme;

#[test]
fn text_colours_meet_wcag_aa_on_the_background() {
    let t = Theme::light();
    for (name, c) in [("text", t.text), ("muted", t.muted), ("up", t.up), ("down", t.down)] {
        let ratio = c.contrast(t.background);
        assert!(ratio >= 4.5, "{name} {} has contrast {ratio:.2}", c.css());
    }
}

#[test]
fn every_series_colour_stands_out_from_the_background() {
    let t = Theme::light();
    for c in t.palette {
        let ratio = c.contrast(t.background);
        assert!(ratio >= 3.0, "series colour {} has contrast {ratio:.2}", c.css());
    }
}

#[test]
fn contrast_arithmetic_matches_known_values() {
    use infographic::scene::Color;
    let black = Color::hex(0x000000);
    let white = Color::hex(0xFFFFFF);
    assert!((black.contrast(white) - 21.0).abs() < 1e-9);
    assert!((Color::hex(0x777777).contrast(white) - 4.48).abs() < 0.01);
}
