//! Stage 1, load: a case file's bytes → a strict, position-keeping document.
//!
//! [`read`] reads any input with a size limit (files, standard input); [`reader`] parses the text
//! strictly (duplicate keys, BOM, bad UTF-8 and depth refused) into a [`document::Doc`] whose every
//! value knows where it starts, so a finding can name its line and column; [`mod@pointer`] is the
//! vocabulary they share (JSON pointer tokens, [`pointer::LineCol`], the typed path
//! [`pointer::InstancePath`]).
//!
//! Dependencies go one way: `pointer` ← `document` (with its serde deserializer `document::de`)
//! ← `reader`; nothing in `load` imports a later stage. The schema stage builds on this one
//! (`schema::doc_json` is the `jsonschema` adapter over a [`document::Doc`], and lives there
//! because it is the validator's view of a document), then model, rules, validate, and so on.
//!
//! # One interface, frozen
//!
//! The flat document, its deserializer and the schema adapter are kept as they are, behind one
//! interface: [`parse`] (bytes → [`document::Doc`] or a [`reader::SyntaxError`]), the
//! [`document::Val`] accessors, [`document::Doc::to_value`] and the positions. They were written
//! for speed (validation at many times the 5,000 cases/s/core now asked) and are correct by
//! their equivalence tests, which are the contract of this interface: the document reads every
//! fixture and generated case as serde_json does (`document::tests`), the typed model
//! deserialised from it equals serde_json's (`document::de`'s tests), and the schema run on it
//! judges as the original schema on `serde_json::Value`s (`schema::tests::
//! inlined_schema_judges_as_the_original`). Replacing them with simpler layers would have to
//! keep the reader's strictness and positions (the reason they exist) and re-prove all three;
//! freezing them costs nothing, since no other stage reaches inside.

pub mod document;
pub mod pointer;
pub mod read;
pub mod reader;

pub use reader::parse;
