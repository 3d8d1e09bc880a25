//! STUB
use super::{Diagnostic, Json, Spec};
pub fn decode_spec(_v: &Json) -> Result<Spec, Vec<Diagnostic>> { Err(vec![]) }
