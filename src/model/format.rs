//! Number formatting per locale: values (KPI tiles, later tooltips), changes, and axis tick labels.
//!
//! STUB: signatures agreed; implementation owned by the format/ticks work.
