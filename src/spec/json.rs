//! STUB
use super::Diagnostic;
#[derive(Debug, Clone, PartialEq)]
pub enum Json { Null, Bool(bool), Number(f64), String(String), Array(Vec<Json>), Object(Vec<(String, Json)>) }
pub fn parse_text(_t: &str) -> Result<Json, Diagnostic> { Ok(Json::Null) }
