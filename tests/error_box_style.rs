//! The error box's look is written once, in `src/web/error_box_style.rs`. The widget applies it
//! through the CSSOM; `<info-graphic>` (www/embed.js) shows a spec it could not load in a box of the
//! same look from `www/error-box-style.js`, generated from that file. The committed file must be
//! what the Rust tables generate (as `tests/schema.rs` does for the schema), and embed.js must
//! take its look from it, not from a copy.
//!
//! `BLESS=1 cargo test --test error_box_style` rewrites the generated file; review the diff.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../src/web/error_box_style.rs"]
#[allow(dead_code)] // the parts only the widget has (list, path, "more")
mod error_box_style;

mod support;

use support::corpus::{read, root};

/// `www/error-box-style.js` as the tables write it.
fn generated() -> String {
    use error_box_style::{BOX, DETAIL, HEADING};
    let object = |declarations: &[(&str, &str)]| {
        let fields: Vec<String> =
            declarations.iter().map(|(name, value)| format!("  {name:?}: {value:?},\n")).collect();
        format!("{{\n{}}}", fields.concat())
    };
    format!(
        "// Generated from src/web/error_box_style.rs by tests/error_box_style.rs (BLESS=1 cargo test\n\
         // --test error_box_style): do not edit. The widget's error box look, for <info-graphic>'s box\n\
         // when a spec cannot be loaded (embed.js): CSS property → value, set with style.setProperty.\n\
         export const BOX = {};\nexport const HEADING = {};\nexport const DETAIL = {};\n",
        object(BOX),
        object(HEADING),
        object(DETAIL)
    )
}

#[test]
fn committed_error_box_style_is_up_to_date() {
    let path = root().join("www/error-box-style.js");
    if std::env::var_os("BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&path, generated()).expect("writable www/error-box-style.js");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated(),
        "www/error-box-style.js is stale or missing: run `BLESS=1 cargo test --test error_box_style` \
         (then review the diff)"
    );
}

/// embed.js styles its box from the generated file and keeps no colour, border or font of its own.
#[test]
fn embed_js_takes_the_look_from_the_generated_file() {
    let embed = read(&root().join("www/embed.js"));
    assert!(embed.contains("./error-box-style.js"), "embed.js does not load error-box-style.js");
    for (property, value) in error_box_style::BOX {
        assert!(!embed.contains(value), "embed.js repeats {property}: {value}");
    }
}
