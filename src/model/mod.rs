//! The typed case model. The JSON Schemas in `schemas/` are generated from these types
//! (`asylum-forms schema --write`), and a test fails when the committed files drift from them.

pub mod case;
pub mod common;
pub mod i485;
pub mod i589;
pub mod i730;
pub mod text;

pub use case::{CaseFile, Evidence, EvidenceStatus, Forms};
pub use common::*;
pub use i485::I485;
pub use i589::I589;
pub use i730::I730;
pub use text::Text;
