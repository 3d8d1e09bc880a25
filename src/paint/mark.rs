//! Marks: the filled and stroked shapes a stage may emit. Coordinates are CSS pixels from the widget's
//! top-left corner.

use super::{Color, Text};

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Rect(Rect),
    Line(Polyline),
    Circle(Circle),
    Text(Text),
    /// A filled closed shape (the area under a line).
    Polygon(Polygon),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Polygon {
    /// The corners in order; the shape closes from the last back to the first.
    pub points: Vec<(f64, f64)>,
    pub fill: Color,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub fill: Color,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Polyline {
    pub points: Vec<(f64, f64)>,
    pub stroke: Stroke,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    pub color: Color,
    pub width: f64,
    /// (dash, gap) lengths in CSS px; `None` is solid.
    pub dash: Option<(f64, f64)>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Circle {
    pub cx: f64,
    pub cy: f64,
    pub r: f64,
    pub fill: Option<Color>,
    pub stroke: Option<Stroke>,
}
