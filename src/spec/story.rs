//! The default story shown by `mount(element)` without a spec: Pingyuan county's 2024 plenary report.
//! Compiled in so the widget works with no network and no data of the editor's.

pub const PINGYUAN_JSON: &str = include_str!("../../www/specs/pingyuan.json");
