//! The field maps built into the binary (see build.rs): one per form and edition folder.

use crate::fieldmap::{self, Row};

include!(concat!(env!("OUT_DIR"), "/field_maps.rs"));

/// The edition folders a form has a map for ("01-20-25").
pub fn editions(form: &str) -> Vec<&'static str> {
    FIELD_MAPS
        .iter()
        .filter(|(f, _, _)| *f == form)
        .map(|(_, e, _)| *e)
        .collect()
}

/// The parsed map of a form and edition folder.
pub fn map(form: &str, edition: &str) -> Option<Result<Vec<Row>, String>> {
    FIELD_MAPS
        .iter()
        .find(|(f, e, _)| *f == form && *e == edition)
        .map(|(_, _, text)| fieldmap::parse_map(text))
}

/// "01/20/25" (as the blank prints it) → "01-20-25" (the folder name).
pub fn edition_folder(printed: &str) -> String {
    printed.replace('/', "-")
}
