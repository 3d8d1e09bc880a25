//! The pre-rendered embed snippet: an `<info-graphic>` element that shows the chart before any
//! script runs, and the live widget adopts (`www/embed.js`).
//!
//! ```text
//! <link rel="stylesheet" href="{base}infographic.css"> <script type="module" src="{base}embed.js">
//! <info-graphic class="ig-prerendered" data-ig-bands="320:0 360:340 …" data-ig-heights="320:2104+18 …">
//!   <div class="ig-static" aria-hidden="true">                 one picture per width band (and
//!     <svg class="ig-pic ig-w360 ig-light" viewBox=…>…</svg>     theme, for "auto"), chosen by
//!     …                                                      container queries in infographic.css
//!   </div>
//!   <div class="ig-text">title, summaries, tables, source link</div>   what a screen reader reads
//!   <script type="application/json">the spec</script>          a data block: never executed
//! </info-graphic>
//! ```
//!
//! Each picture is the scene laid out at its band's width (text measured by estimate, as the live
//! widget does when it adopts the snippet, so the two agree to the pixel in height) and scaled to
//! the container by CSS. No `style` attribute and no inline script anywhere: it works under the
//! strict CSP the project tests. Without infographic.css (or without container queries) only the default
//! picture shows: every other one carries `hidden`.

use crate::layout::EstimateMeasure;
use crate::model::describe::{chart_name, data_table, summary, DataTable};
use crate::model::theme::{font_stack, Theme};
use crate::model::{Model, View};
use crate::render::svg::to_svg;
use crate::scene;
use crate::spec::{self, Diagnostic, Spec, ThemeChoice};

/// A width band of the pre-rendered picture: shown while the container is at least `from` CSS px
/// wide (and narrower than the next band's `from`), laid out at `width` px and scaled to fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    pub width: u32,
    pub from: u32,
}

/// Phones (320–459 px containers: three bands, so no phone scales its picture by more than ~6 %),
/// a large phone or small tablet, a tablet or an article column, and a desktop graphic.
pub const BANDS: [Band; 6] = [
    Band { width: 320, from: 0 },
    Band { width: 360, from: 340 },
    Band { width: 400, from: 380 },
    Band { width: 520, from: 460 },
    Band { width: 680, from: 600 },
    Band { width: 960, from: 820 },
];

/// The picture shown where no stylesheet chooses one: the second phone band, light.
const DEFAULT_BAND: u32 = 360;

/// Where the snippet finds `infographic.css`, `embed.js` and `pkg/`: a URL prefix, "" for the page's
/// own folder.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub base: String,
}

/// The snippet of spec `text`, or every problem with it (nothing is written for a broken spec).
pub fn snippet(text: &str, options: &Options) -> Result<String, Vec<Diagnostic>> {
    let spec = spec::parse_str(text)?;
    let model = Model::new(&spec);
    let mut out = String::with_capacity(64 * 1024);
    let base = attr(&options.base);
    out.push_str(&format!("<link rel=\"stylesheet\" href=\"{base}infographic.css\">\n"));
    out.push_str(&format!("<script type=\"module\" src=\"{base}embed.js\"></script>\n"));
    out.push_str(&format!(
        "<info-graphic class=\"ig-prerendered\" data-ig-bands=\"{}\" data-ig-heights=\"{}\">\n",
        bands(),
        heights(&model, spec.exports)
    ));
    let themes = themes(&spec);
    let auto = if themes.len() > 1 { " ig-auto" } else { "" };
    let family = match model.family {
        crate::paint::Family::Cjk => "ig-cjk",
        crate::paint::Family::Latin => "ig-latin",
    };
    out.push_str(&format!("<div class=\"ig-static {family}{auto}\" aria-hidden=\"true\">\n"));
    // A band's themes side by side: the same geometry in other colours, which gzip's 32 KB window
    // then finds again (38 KB → ~25 KB for the story).
    for band in BANDS {
        for theme in &themes {
            out.push_str(&picture(&model, theme, band));
        }
    }
    if spec.exports {
        download_bar(&model, &mut out);
    }
    out.push_str("</div>\n");
    reader_text(&model, &mut out);
    // Last: only the script reads it, and the pictures should arrive first.
    out.push_str("<script type=\"application/json\">");
    out.push_str(&data_block(text));
    out.push_str("</script>\n</info-graphic>\n");
    Ok(out)
}

/// `data-ig-bands`: "width:from" per band, which the widget reads to lay out as the picture did.
pub fn bands() -> String {
    let bands: Vec<String> = BANDS.iter().map(|b| format!("{}:{}", b.width, b.from)).collect();
    bands.join(" ")
}

/// `data-ig-heights`: per band "width:height+bar", the scene's height laid out at the band's width
/// and the download bar's below it (not scaled; 0 without exports). A container `c` px wide then
/// holds `height × c / width + bar` px: what the widget reserves before its first render
/// (`<info-graphic src=…>` or `mount()` with these attributes on the host).
pub fn heights(model: &Model, exports: bool) -> String {
    let bar = if exports { DOWNLOAD_BAR_HEIGHT } else { 0 };
    let heights: Vec<String> = BANDS
        .iter()
        .map(|b| {
            let view = View::of(model, Theme::light(), f64::from(b.width));
            let scene = scene::build(model, &view, &EstimateMeasure);
            format!("{}:{}+{bar}", b.width, scene.height.ceil() as u32)
        })
        .collect();
    heights.join(" ")
}

/// The download bar's height in CSS px under the chart (src/web/exports.rs: 12 px text on a 1.5
/// line, 1 px borders, 2 px drawn up into the chart): not scaled with the chart.
pub const DOWNLOAD_BAR_HEIGHT: u32 = 18;

/// The band a container `width` px wide shows.
pub fn band_for(width: f64) -> Band {
    let fits = BANDS.iter().rev().find(|b| width >= f64::from(b.from));
    *fits.unwrap_or(&BANDS[0])
}

/// The themes pictured: the spec's, or both for "auto" (light first: the default picture).
fn themes(spec: &Spec) -> Vec<(Theme, &'static str)> {
    match spec.theme {
        ThemeChoice::Light => vec![(Theme::light(), "ig-light")],
        ThemeChoice::Dark => vec![(Theme::dark(), "ig-dark")],
        ThemeChoice::Auto => vec![(Theme::light(), "ig-light"), (Theme::dark(), "ig-dark")],
    }
}

/// The spec text as a `<script type="application/json">` data block's content: `<`, `>` and `&`
/// only ever stand inside JSON strings (the text parsed), where `\u003c` … mean the same, so
/// nothing in it can end the block or open a comment.
fn data_block(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

/// One band's picture in one theme: the scene's SVG, with the band's classes, its family set once
/// on the root (the runs inherit it), `hidden` unless it is the default, and without the
/// attributes that only repeat a default (`opacity="1"`, `text-anchor="start"`).
fn picture(model: &Model, theme: &(Theme, &str), band: Band) -> String {
    let (theme, theme_class) = theme;
    let view = View::of(model, theme.clone(), f64::from(band.width));
    let scene = scene::build(model, &view, &EstimateMeasure);
    let svg = with_source_link(model, &scene, to_svg(&scene));
    let family = attr(font_stack(model.family));
    // The text keeps plotters' offsets from its baselines (dy in em and ex): in Chromium with the
    // Noto CJK fonts they set a run 2–3 px above where the canvas draws it, closer than SVG's
    // baseline keywords come (`text-before-edge` is the font's ascent there: 4–7 px off).
    let body = svg
        .replace(&format!(" font-family=\"{family}\""), "")
        .replace(" opacity=\"1\"", "")
        .replace(" text-anchor=\"start\"", "");
    let shown = band.width == DEFAULT_BAND && *theme_class == "ig-light";
    let root = format!(
        "<svg class=\"ig-pic ig-w{} {theme_class}\"{} focusable=\"false\" font-family=\"{family}\"",
        band.width,
        if shown { "" } else { " hidden" },
    );
    let mut out = body.replacen("<svg", &root, 1);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The live widget's download bar, out of sight: it holds the bar's place (infographic.css sets
/// it as the widget does), so the page does not move when the live bar appears.
fn download_bar(model: &Model, out: &mut String) {
    out.push_str(&format!("<div class=\"ig-bar\"><span>{}</span>", text(model.words.download)));
    for kind in ["PNG", "SVG", "CSV"] {
        out.push_str(&format!("<span class=\"ig-button\">{kind}</span>"));
    }
    out.push_str("</div>\n");
}

/// The picture's source line made a link for the pointer (a transparent rect over it: the picture
/// is aria-hidden, so the link is out of the tab order; keyboards reach the text's link).
fn with_source_link(model: &Model, scene: &crate::scene::Scene, svg: String) -> String {
    let region = scene.regions.iter().find(|r| r.kind == crate::paint::RegionKind::Source);
    let (Some(r), Some(url)) = (region, &model.source_url) else { return svg };
    let link = format!(
        "<a href=\"{}\" tabindex=\"-1\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"transparent\"/></a>\n</svg>",
        attr(url),
        r.x.round() as i64,
        r.y.round() as i64,
        r.w.round() as i64,
        r.h.round() as i64,
    );
    match svg.rfind("</svg>") {
        Some(end) => format!("{}{link}{}", &svg[..end], &svg[end + "</svg>".len()..]),
        None => svg,
    }
}

/// What a screen reader (or a reader without the picture) gets as text: the title and subtitle,
/// each chart's name, summary and table, the note and the source with its link. Visually hidden
/// by infographic.css: the picture shows the same; the live widget replaces it with its own layer.
fn reader_text(model: &Model, out: &mut String) {
    out.push_str("<div class=\"ig-text\">\n");
    for line in [&model.title, &model.subtitle].into_iter().flatten() {
        out.push_str(&format!("<p>{}</p>\n", text(line)));
    }
    let view = View::of(model, Theme::light(), f64::from(DEFAULT_BAND));
    for chart in 0..model.charts.len() {
        out.push_str(&format!("<section aria-label=\"{}\">", attr(&chart_name(model, chart))));
        out.push_str(&format!("<p>{}</p>", text(&summary(model, &view, chart))));
        if let Some(table) = data_table(model, chart) {
            table_markup(model, &table, out);
        }
        out.push_str("</section>\n");
    }
    if let Some(note) = &model.note {
        out.push_str(&format!("<p>{}</p>\n", text(note)));
    }
    source_line(model, out);
    out.push_str("</div>\n");
}

fn table_markup(model: &Model, table: &DataTable, out: &mut String) {
    out.push_str(&format!("<table><caption>{}</caption><thead><tr>", text(&table.caption)));
    for h in &table.headers {
        out.push_str(&format!("<th scope=\"col\">{}</th>", text(h)));
    }
    out.push_str("</tr></thead><tbody>");
    for row in &table.rows {
        out.push_str("<tr>");
        for cell in row {
            out.push_str(&format!("<td>{}</td>", text(cell)));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    if table.omitted > 0 {
        let total = table.rows.len() + table.omitted;
        out.push_str(&format!(
            "<p>{}</p>",
            text(&(model.words.rows_omitted)(table.rows.len(), total))
        ));
    }
}

/// "数据来源：…", a link when the spec gives its address (an http(s) URL: decoding checked it).
fn source_line(model: &Model, out: &mut String) {
    let prefix = text(model.words.source_prefix);
    match (&model.source, &model.source_url) {
        (source, Some(url)) => {
            let label = text(source.as_deref().unwrap_or(url));
            out.push_str(&format!("<p>{prefix}<a href=\"{}\">{label}</a></p>\n", attr(url)));
        }
        (Some(source), None) => out.push_str(&format!("<p>{prefix}{}</p>\n", text(source))),
        (None, None) => {}
    }
}

/// `s` as HTML text: `&`, `<` and `>` escaped.
fn text(s: &str) -> String {
    escape(s, false)
}

/// `s` inside a double- or single-quoted HTML attribute.
fn attr(s: &str) -> String {
    escape(s, true)
}

fn escape(s: &str, quotes: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if quotes => out.push_str("&quot;"),
            '\'' if quotes => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_container_width_has_one_band_and_bands_grow() {
        assert_eq!(band_for(0.0).width, 320);
        assert_eq!(band_for(339.9).width, 320);
        assert_eq!(band_for(343.0).width, 360);
        assert_eq!(band_for(382.0).width, 400);
        assert_eq!(band_for(960.0).width, 960);
        assert!(BANDS.windows(2).all(|w| w[0].width < w[1].width && w[0].from < w[1].from));
        // A band's picture is never scaled by more than a quarter either way inside it.
        for (k, b) in BANDS.iter().enumerate() {
            let to = BANDS.get(k + 1).map_or(1200.0, |n| f64::from(n.from));
            let from = f64::from(b.from.max(320));
            let w = f64::from(b.width);
            assert!(from / w > 0.8 && to / w < 1.26, "band {b:?}: {from}–{to}");
        }
    }

    #[test]
    fn the_data_block_cannot_end_its_script_and_still_reads_as_the_same_json() {
        let text = r#"{"title": "</script><!-- & >"}"#;
        let block = data_block(text);
        assert!(!block.contains('<') && !block.contains('>') && !block.contains('&'));
        let json = crate::spec::parse_json(&block).unwrap();
        assert_eq!(json, crate::spec::parse_json(text).unwrap());
    }
}
