//! The official forms: which case value fills which field of which blank, and the filling itself.
//!
//! [`Form`] and [`Edition`] name a form and its edition; [`templates`] holds the field maps and layouts of each form and edition (`form-templates/`);
//! [`fieldmap`] parses a map's language; [`values`] evaluates it over a case; [`skip`] applies
//! the form's own skip and N/A logic; [`fit`] makes a value fit its box (abbreviations, smaller
//! text) before anything is continued; [`extra_rows`] gathers what the boxes cannot hold for the
//! continuation pages; [`render`] writes the values into the blanks (engine in [`crate::pdf`]).

pub mod extra_rows;
pub mod fieldmap;
pub mod fit;
pub mod form;
pub mod location;
pub mod render;
pub mod skip;
pub mod templates;
pub mod values;

pub use form::{Edition, Editions, Form};
pub use location::Location;
