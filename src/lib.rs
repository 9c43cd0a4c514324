//! # asylum-forms
//!
//! Prepares USCIS Form I-589, I-730 and I-485 filings from one JSON case file per family,
//! offline. The pipeline, each stage a folder and a pure function over data:
//!
//! | stage | folder | in → out |
//! |---|---|---|
//! | load | [`load`] | bytes → [`load::document::Doc`] (values borrowed from the text, each with where it starts); duplicate keys, BOM, bad UTF-8, depth refused; every input read with a size limit |
//! | schema | [`schema`] | document → schema findings (`schemas/*.schema.json`, generated from [`model`]) |
//! | typed model | [`model`] | document → [`model::CaseFile`] |
//! | rules | [`rules`] | case → findings with citations (dates in [`rules::deadline`] and [`rules::holidays`]; fees are data in `src/rules/fees.json`) |
//! | validate | [`validate`] | all of the above for one file → [`finding::Finding`]s, and [`validate::readiness`]: invalid / incomplete / ready to file |
//! | official forms | [`forms`] ([`forms::Form`], [`forms::Edition`], [`forms::Location`]; maps and wording in `form-templates/<form>/<edition>/`, engine in [`pdf`]) | case + parsed blanks → filled PDFs, overflow continued on the additional-information pages |
//! | text | [`text`] (fonts in `fonts/`, [`text::fonts`]) | text → glyph runs (font fallback, bidi, shaping, measuring) for the forms and the draft |
//! | draft | [`draft`] (layouts `form-templates/<form>/<edition>/draft.tsv`, text `form-templates/draft/*.tera`, page writer [`draft::draw`]) | case + findings + checklist → `draft.pdf` for review |
//! | checklist | [`checklist`] (rules in `form-templates/evidence.json`) | case → documents needed, with status |
//! | run | [`app`] | one case through every stage ([`app::packet`]), many in parallel ([`app::batch`]), files written atomically and owner-only ([`app::write`]), the run's errors and exit codes ([`app::error`]) |
//! | start | [`start`] | forms → a case file to fill in; a clinic's intake sheet → one case per family; a seed → synthetic cases |
//! | interview | [`interview`] | a local web interview (Spanish, English) → the case file, answer by answer |
//!
//! [`finding`] is the type every stage reports with. The command line is the binary
//! (`src/main.rs`, `src/cli/`), not this library. Only the binary, [`load::read`] (inputs,
//! bounded), [`app::write`], [`app::batch`] (which streams its input and checks its output folders
//! for `--resume`) and [`interview`] (which saves each answer) touch the file system.

pub mod app;
pub mod checklist;
pub mod draft;
pub mod finding;
pub mod forms;
pub mod interview;
pub mod load;
pub mod model;
pub mod pdf;
pub mod rules;
pub mod schema;
pub mod start;
#[cfg(test)]
mod test_fixtures;
pub mod text;
pub mod validate;
