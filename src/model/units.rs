//! Units as editors write them ("亿元", "万吨", "%", "吨", "次"), understood as a magnitude times a base unit,
//! so that 44.05 "亿元" can be written "44.05亿元" in Chinese and "4.405 billion yuan" in English.
//!
//! STUB: signatures agreed; implementation owned by the format/ticks work.
