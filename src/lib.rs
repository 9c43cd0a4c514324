//! # asylum-forms
//!
//! Prepares USCIS Form I-589, I-730 and I-485 filings from one JSON case file per family,
//! offline. The pipeline, each stage a pure function over data:
//!
//! | stage | module | in → out |
//! |---|---|---|
//! | load | [`json_source`] | bytes → [`json_doc::Doc`] (values borrowed from the text, each with where it starts); duplicate keys, BOM, bad UTF-8, depth refused |
//! | schema | [`schema`] | document → schema findings (`schemas/*.schema.json`, generated from [`model`]) |
//! | typed model | [`model`] | document → [`model::CaseFile`] |
//! | rules | [`rules`] | case → findings with citations ([`deadline`] and [`holidays`] do the date arithmetic; fees are data in `src/rules/fees.json`) |
//! | report | [`validate`] | all of the above for one file → [`finding::Finding`]s |
//! | readiness | [`readiness`] | findings → invalid / incomplete (the questions to answer) / ready to file |
//! | fields | [`fieldmap`] | `form-templates/<form>/<edition>/fields.tsv`: which case value fills which field of the official blank |
//!
//! | official forms | [`render`] (engine in [`pdf`], maps in [`templates`], values by [`fieldvalues`]) | case + parsed blanks → filled PDFs, overflow continued on the additional-information pages |
//! | draft | [`draft`] (layouts `form-templates/<form>/<edition>/draft.tsv`, text `form-templates/draft/*.tera`, fonts [`fonts`]) | case + findings + checklist → `draft.pdf` for review |
//! | checklist | [`checklist`] (rules in `form-templates/evidence.json`) | case → documents needed, with status |
//! | packet | [`packet`] | one case through every stage, with [`packet::Resources`] loaded once per run |
//! | write | [`write`] | files written atomically, owner-only |
//! | batch | [`batch`] | a folder or JSON Lines file of cases → one folder per case and a summary, in parallel |
//! | generate | [`generate`] | a seed → synthetic case files (load tests, demos) |
//! | interview | [`interview`] | a local web interview (Spanish, English) → the case file, answer by answer |
//! | start | [`skeleton`], [`intake`] | forms → a case file to fill in; a clinic's intake sheet → one such case per family |
//!
//! Only the CLI (`src/main.rs`, [`cli`]), [`read`] (inputs, bounded), [`write`] and [`batch`] (which streams its input and
//! checks its output folders for `--resume`) touch the file system.

pub mod batch;
pub mod checklist;
pub mod cli;
pub mod deadline;
pub mod draft;
pub mod extra_rows;
pub mod fieldmap;
pub mod fieldvalues;
pub mod finding;
pub mod fit;
pub mod fonts;
pub mod generate;
pub mod holidays;
pub mod intake;
pub mod interview;
pub mod json_doc;
pub mod json_source;
pub mod model;
pub mod packet;
pub mod pdf;
pub mod read;
pub mod readiness;
pub mod render;
pub mod rules;
pub mod schema;
pub mod skeleton;
pub mod skip;
pub mod templates;
#[cfg(test)]
mod test_fixtures;
pub mod validate;
pub mod write;
