//! # asylum-forms
//!
//! Prepares USCIS Form I-589, I-730 and I-485 filings from one JSON case file per family,
//! offline. The pipeline, each stage a pure function over data:
//!
//! | stage | module | in → out |
//! |---|---|---|
//! | load | [`json_source`] | bytes → JSON value with line/column of every pointer; duplicate keys, BOM, bad UTF-8, depth refused |
//! | schema | [`schema`] | JSON value → schema findings (`schemas/*.schema.json`, generated from [`model`]) |
//! | typed model | [`model`] | JSON value → [`model::CaseFile`] |
//! | rules | [`rules`] | case → findings with citations |
//! | report | [`validate`] | all of the above for one file → [`finding::Finding`]s |
//!
//! Only the CLI (`src/main.rs`, [`cli`]) touches the file system.

pub mod cli;
pub mod deadline;
pub mod fieldmap;
pub mod finding;
pub mod holidays;
pub mod json_source;
pub mod model;
pub mod rules;
pub mod schema;
pub mod validate;
