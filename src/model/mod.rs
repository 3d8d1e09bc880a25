//! Normalisation of a spec into what layout needs: locale words, theme, units, number formats and ticks.

pub mod format;
pub mod ticks;
pub mod units;
