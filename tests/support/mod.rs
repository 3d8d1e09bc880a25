//! Helpers shared by the test files: a test file includes them with `mod support;`.
//!
//! - [`draw`]: a model's scene or layout at a width, in the light theme (or the one given);
//! - [`corpus`]: the spec corpora (`www/specs/`, `tests/fixtures/…`) listed in one stable order;
//! - [`fits`]: "no text overlaps other text or leaves the widget", for a scene's text runs or for
//!   the boxes a browser reports;
//! - on wasm32, the browser helpers (`browser.rs`, re-exported here: `support::host`, …).
//!
//! The recording backend is not here but in the library (`infographic::testing::Recorder`, native
//! only), because the fuzz crate (`fuzz/`) uses it too and can only see the library.
#![allow(dead_code)] // each test file uses a different subset

pub mod corpus;
pub mod draw;
pub mod fits;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
#[allow(unused_imports)] // native test files, compiled for wasm32 too, use none of them
pub use browser::*;
