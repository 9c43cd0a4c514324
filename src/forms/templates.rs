//! The field maps built into the binary (see build.rs): one per form and edition folder.

use crate::forms::fieldmap::{self, Row};

include!(concat!(env!("OUT_DIR"), "/field_maps.rs"));

/// The edition folders a form has a map for ("01-20-25").
pub fn editions(form: &str) -> Vec<&'static str> {
    FIELD_MAPS
        .iter()
        .filter(|(f, ..)| *f == form)
        .map(|(_, e, ..)| *e)
        .collect()
}

/// The parsed map of a form and edition folder.
pub fn map(form: &str, edition: &str) -> Option<Result<Vec<Row>, String>> {
    FIELD_MAPS
        .iter()
        .find(|(f, e, ..)| *f == form && *e == edition)
        .map(|(_, _, text, _)| fieldmap::parse_map(text))
}

/// "01/20/25" (as the blank prints it) → "01-20-25" (the folder name).
pub fn edition_folder(printed: &str) -> String {
    printed.replace('/', "-")
}

/// One block of a form's additional-information page: where a continued answer goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContinuationBlock {
    pub page_field: Option<String>,
    pub part_field: String,
    pub item_field: String,
    pub text_field: String,
}

/// The additional-information blocks of a form and edition (`continuation.tsv` beside the field
/// map); none for a form without such a page.
pub fn continuation(form: &str, edition: &str) -> Vec<ContinuationBlock> {
    let text = FIELD_MAPS
        .iter()
        .find(|(f, e, ..)| *f == form && *e == edition)
        .map_or("", |(.., c)| *c);
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            Some(ContinuationBlock {
                page_field: Some(c.first()?.trim().to_string()).filter(|s| !s.is_empty()),
                part_field: c.get(1)?.trim().to_string(),
                item_field: c.get(2)?.trim().to_string(),
                text_field: c.get(3)?.trim().to_string(),
            })
        })
        .collect()
}
