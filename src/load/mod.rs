//! Stage 1, load: a case file's bytes → a strict, position-keeping document.
//!
//! [`read`] reads any input with a size limit (files, standard input); [`reader`] parses the text
//! strictly (duplicate keys, BOM, bad UTF-8 and depth refused) into a [`document::Doc`] whose every
//! value knows where it starts, so a finding can name its line and column.

pub mod document;
pub mod read;
pub mod reader;
