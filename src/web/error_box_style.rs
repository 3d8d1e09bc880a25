//! The error box's look, written once: CSS declarations (property, value) per part of the box.
//!
//! The widget applies them through the CSSOM (`alert.rs`). `<info-graphic>` (www/embed.js) shows a
//! spec it could not load in a box of the same look, from `www/error-box-style.js`, which is
//! generated from this file (`tests/error_box_style.rs` fails when it is stale; `BLESS=1 cargo test
//! --test error_box_style` rewrites it), as the JSON Schema is generated from the spec's types. A
//! generated copy rather than a call into the module: embed.js needs the box when the module itself
//! cannot be loaded, and the wasm bundle stays as it is. CSSOM rather than a stylesheet: the box
//! looks right on any host page, including one that calls `mount()` and links none of our CSS, and
//! the page stays CSP-clean (no style attribute, no injected `<style>`).
//!
//! Plain data, no browser crate: the native test reads it (`#[path]`).

/// The box: a red rule on the left, a pale red ground, dark text whatever the page's theme.
pub const BOX: &[(&str, &str)] = &[
    ("border-left", "4px solid #b3261e"),
    ("background", "#fdf2f1"),
    ("color", "#1a1a1a"),
    ("padding", "12px 14px"),
    ("font", "14px/1.5 system-ui, sans-serif"),
    ("overflow-wrap", "anywhere"),
];

/// Its first line, a `<p>`: what went wrong, in bold.
pub const HEADING: &[(&str, &str)] = &[("margin", "0 0 6px"), ("font-weight", "bold")];

/// One paragraph of detail under the heading (`<info-graphic>`'s reason for a failed load).
#[allow(dead_code)] // the widget has no such paragraph; www/embed.js does
pub const DETAIL: &[(&str, &str)] = &[("margin", "0")];

/// The list of a spec's errors, a `<ul>`.
pub const LIST: &[(&str, &str)] = &[("margin", "0"), ("padding-left", "1.2em")];

/// An error's JSON path, a `<code>` at the start of its list item.
pub const PATH: &[(&str, &str)] =
    &[("font-family", "ui-monospace, monospace"), ("font-weight", "bold")];

/// "…and N more", a `<p>` under the list.
pub const MORE: &[(&str, &str)] = &[("margin", "6px 0 0")];
