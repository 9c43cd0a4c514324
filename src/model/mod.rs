//! The typed case model. The JSON Schemas in `schemas/` are generated from these types
//! (`asylum-forms schema --write`), and a test fails when the committed files drift from them.

/// Gives `$ty` the JSON Schema of `$as`: for a type that holds the same JSON value in another
/// representation (chosen for speed), so the schemas generated from the model, the public
/// contract, do not change with it.
macro_rules! schema_as {
    ($ty:ty, $as:ty) => {
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                <$as as schemars::JsonSchema>::schema_name()
            }
            fn schema_id() -> std::borrow::Cow<'static, str> {
                <$as as schemars::JsonSchema>::schema_id()
            }
            fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
                <$as as schemars::JsonSchema>::json_schema(generator)
            }
            fn inline_schema() -> bool {
                <$as as schemars::JsonSchema>::inline_schema()
            }
        }
    };
}

pub mod case;
pub mod common;
pub mod i485;
pub mod i589;
pub mod i730;
pub mod text;

pub use case::{CaseFile, Evidence, EvidenceKind, EvidenceStatus, Forms};
pub use common::*;
pub use i485::I485;
pub use i589::I589;
pub use i730::I730;
pub use text::Text;
