//! `infographic`: a newsroom chart widget. A JSON spec goes through a pure pipeline
//!
//! ```text
//! spec → model → layout → scene → render        (plain Rust, tested natively)
//!   └──────────── job ───────────┘               (the same, a budget at a time: large input)
//!                  snippet                        (the pre-rendered embed: pictures + text + spec)
//!                                   └─ web       (wasm32 only: DOM, canvas, events)
//! ```
//!
//! Only `web/` may name `web_sys`, `js_sys` or `wasm_bindgen`; `tests/core_is_pure.rs` enforces it.

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub(crate) mod columns;
pub(crate) mod decimal;
pub mod job;
pub mod layout;
pub mod model;
pub mod paint;
pub mod render;
pub mod scene;
pub mod snippet;
pub(crate) mod sort;
pub mod spec;
/// Test access for `tests/` and `fuzz/`: not part of the public API (see the module).
#[doc(hidden)]
pub mod testing;

#[cfg(target_arch = "wasm32")]
pub mod web;
