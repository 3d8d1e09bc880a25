//! A series' values: one shared buffer of `f64`, a gap stored as NaN.
//!
//! A million values used to be copied three times on the way in — the typed array into wasm memory,
//! into the spec's `Vec<Option<f64>>` (16 bytes each), and again into the model. [`Values`] holds an
//! `Rc<[f64]>` instead: a `Float64Array` is copied into wasm memory once, decoding checks it in place
//! and wraps that same allocation, and the model shares it (cloning is a reference count).
//!
//! NaN can only mean "gap" here: decoding reports a NaN or ±Infinity that came from input (with its
//! JSON path) rather than letting it through, so a NaN in the buffer is always a `null`/typed-array
//! gap. Infinity never passes decoding either; readers still test `is_finite` for hand-built specs.

use serde::ser::{Serialize, SerializeSeq, Serializer};
use std::fmt;
use std::rc::Rc;

/// One value per category; `None` (stored as NaN) is a gap, where the line breaks and no bar is drawn.
#[derive(Clone, Default)]
pub struct Values(Rc<[f64]>);

impl Values {
    /// Wraps a buffer in which NaN marks a gap, without copying it.
    pub fn from_gapped(buffer: Rc<[f64]>) -> Values {
        Values(buffer)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The value at `index`; `None` for a gap or past the end.
    pub fn get(&self, index: usize) -> Option<f64> {
        self.0.get(index).copied().filter(|v| !v.is_nan())
    }

    /// Each value in order, `None` for a gap.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = Option<f64>> + ExactSizeIterator + '_ {
        self.0.iter().map(|&v| (!v.is_nan()).then_some(v))
    }

    /// The raw buffer, NaN for a gap: what hot loops read (no `Option` per element).
    pub fn as_slice(&self) -> &[f64] {
        &self.0
    }

    /// The first `len` stored values (all of them when there are fewer), NaN for a gap.
    pub fn up_to(&self, len: usize) -> &[f64] {
        &self.0[..len.min(self.0.len())]
    }

    /// True when both are the same allocation (not merely equal values).
    pub fn shares_buffer_with(&self, other: &Values) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl From<Vec<Option<f64>>> for Values {
    fn from(values: Vec<Option<f64>>) -> Values {
        values.as_slice().into()
    }
}

impl From<&[Option<f64>]> for Values {
    fn from(values: &[Option<f64>]) -> Values {
        Values(values.iter().map(|v| v.unwrap_or(f64::NAN)).collect())
    }
}

impl FromIterator<Option<f64>> for Values {
    fn from_iter<I: IntoIterator<Item = Option<f64>>>(iter: I) -> Values {
        Values(iter.into_iter().map(|v| v.unwrap_or(f64::NAN)).collect())
    }
}

/// Equal when every value is equal and gaps sit at the same places (a gap equals a gap).
impl PartialEq for Values {
    fn eq(&self, other: &Values) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl PartialEq<Vec<Option<f64>>> for Values {
    fn eq(&self, other: &Vec<Option<f64>>) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter().copied())
    }
}

/// Printed as the `Vec<Option<f64>>` it stands for: `[Some(1.0), None]`.
impl fmt::Debug for Values {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Serialized as the spec writes it: numbers, `null` for a gap.
impl Serialize for Values {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for v in self.iter() {
            seq.serialize_element(&v)?;
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gap_is_none_and_nan_inside() {
        let values = Values::from(vec![Some(1.5), None, Some(-2.0)]);
        assert_eq!(values.len(), 3);
        assert_eq!(values.get(0), Some(1.5));
        assert_eq!(values.get(1), None);
        assert_eq!(values.get(3), None);
        assert!(values.as_slice()[1].is_nan());
        assert_eq!(values.iter().collect::<Vec<_>>(), vec![Some(1.5), None, Some(-2.0)]);
        assert_eq!(values, vec![Some(1.5), None, Some(-2.0)]);
        assert_eq!(format!("{values:?}"), "[Some(1.5), None, Some(-2.0)]");
        assert_eq!(serde_json::to_string(&values).unwrap(), "[1.5,null,-2.0]");
    }

    #[test]
    fn clones_share_one_buffer() {
        let values = Values::from(vec![Some(1.0); 4]);
        let copy = values.clone();
        assert!(copy.shares_buffer_with(&values));
        assert!(!Values::from(vec![Some(1.0); 4]).shares_buffer_with(&values));
        assert_eq!(Values::from(vec![Some(1.0); 4]), values);
        assert_ne!(Values::from(vec![Some(1.0), None, Some(1.0), Some(1.0)]), values);
    }
}
