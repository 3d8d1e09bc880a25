//! The limits a spec must stay within, and why (docs/spec.md, "Limits", says the same for editors).
//!
//! A limit exists so that a spec that passes never makes the widget hang the page or exhaust memory,
//! and so that a mistake (a whole table pasted into a title, a spreadsheet column pasted twice) gets a
//! clear message instead of an unreadable chart. Each number is far above what a readable newsroom
//! chart needs. `tests/spec_limits.rs` checks every limit at its edge and that the docs quote it.

/// Spec text, in bytes (UTF-8). The same as the `<info-graphic max-bytes>` default: about 600,000
/// numbers of JSON text. Checked before parsing, so a huge text costs nothing. Larger data (up to
/// [`MAX_VALUES`] per series) can be handed to the widget as a JavaScript object or typed array.
pub const MAX_SPEC_BYTES: usize = 5 * 1024 * 1024;

/// Charts in one spec: each is at least ~250 px tall, so 50 is already a long page of its own.
pub const MAX_CHARTS: usize = 50;

/// Series in one line or bar chart: beyond this the colours repeat many times over and the legend
/// outgrows the plot; it is a table, not a chart.
pub const MAX_SERIES: usize = 50;

/// Values in one series. Long lines are decimated to each pixel column's minimum and maximum before
/// drawing, so a million points cost about as much to draw as the plot is wide (issue 6's target).
pub const MAX_VALUES: usize = 1_000_000;

/// Categories on one x axis. Each is a label a reader could read (a place, a date): 100,000 is
/// already 270 years of days. Every label is read, checked (a date parsed), kept and, on a time axis,
/// renamed for tooltips, about 0.3–1 µs each in Chromium: a million would hold the page up for
/// ~0.5 s. A longer series leaves `categories` out (its values sit at 0, 1, 2, … up to
/// [`MAX_VALUES`]); the message says so.
pub const MAX_CATEGORIES: usize = 100_000;

/// Rows of a horizontal bar chart (a ranking). Every row is its own labelled band about 30 px tall,
/// so 300 rows are already a 9,000 px column (about the longest list of countries); more would make a
/// canvas taller than browsers can allocate at a phone's pixel ratio, and no reader scrolls it. A
/// vertical bar chart takes up to [`MAX_CATEGORIES`]: it thins its labels and merges bars per pixel.
pub const MAX_RANKING_ROWS: usize = 300;

/// Values in the whole spec, all charts and series together: keeps decoding, the y scales and the
/// screen-reader table linear in something bounded (two full-length series, or 50 of 40,000).
pub const MAX_TOTAL_VALUES: usize = 2 * MAX_VALUES;

/// Headline tiles in one KPI chart: 24 is already 12 rows of two tiles on a phone.
pub const MAX_KPI_ITEMS: usize = 24;

/// Annotations on one chart: each label is placed against every other, and a chart with more
/// notes than this has stopped being a chart.
pub const MAX_ANNOTATIONS: usize = 24;

/// Events on one timeline: beyond this the labels no longer fit beside each other even on a wide
/// screen, and the vertical list becomes a long scroll.
pub const MAX_TIMELINE_EVENTS: usize = 40;

/// Periods (boxes) of one streak: "100 years in a row" is already a row of hairlines on a phone.
pub const MAX_STREAK_PERIODS: usize = 100;

/// Characters (Unicode scalar values) in a title, subtitle, note, source, axis label or KPI label or
/// note: five or six lines of a newspaper column. Wrapping text costs time per character.
pub const MAX_TEXT_CHARS: usize = 1_000;

/// Characters in a name that sits beside data: series names, categories, units, prefixes.
pub const MAX_NAME_CHARS: usize = 200;

/// Characters in `source_url` (and `$schema`): the length browsers and servers reliably accept.
pub const MAX_URL_CHARS: usize = 2_000;

/// Problems listed for one spec; the rest are counted in a last line. A million bad values would
/// otherwise make a million messages (and a page that stalls building them).
pub const MAX_DIAGNOSTICS: usize = 100;
