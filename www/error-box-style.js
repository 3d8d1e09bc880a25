// Generated from src/web/error_box_style.rs by tests/error_box_style.rs (BLESS=1 cargo test
// --test error_box_style): do not edit. The widget's error box look, for <info-graphic>'s box
// when a spec cannot be loaded (embed.js): CSS property → value, set with style.setProperty.
export const BOX = {
  "border-left": "4px solid #b3261e",
  "background": "#fdf2f1",
  "color": "#1a1a1a",
  "padding": "12px 14px",
  "font": "14px/1.5 system-ui, sans-serif",
  "overflow-wrap": "anywhere",
};
export const HEADING = {
  "margin": "0 0 6px",
  "font-weight": "bold",
};
export const DETAIL = {
  "margin": "0",
};
