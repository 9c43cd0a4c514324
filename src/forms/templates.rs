//! The data of every form edition built into the binary (see build.rs): one folder
//! `form-templates/<form>/<edition>/` per edition, read by (form, edition) — the field map, the
//! additional-information blocks, the draft layout, the skip tables, `edition.toml` (the
//! continuation wording and headings) and the interview's `questions.toml`. A new edition with
//! the same questions is a new folder.

use crate::forms::fieldmap::{self, LineError, Row};
use crate::forms::form::{Edition, Form};
use serde::Deserialize;
use std::fmt;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/field_maps.rs"));

/// Which of an edition folder's files (the order of `EDITION_FILES`' array).
#[derive(Clone, Copy)]
enum File {
    Fields = 0,
    Continuation = 1,
    Draft = 2,
    Asked = 3,
    Skip = 4,
    EditionToml = 5,
    Questions = 6,
}

/// The text of one file of an edition folder ("" when the folder lacks it).
fn file(form: Form, edition: Edition, which: File) -> &'static str {
    EDITION_FILES
        .iter()
        .find(|(f, e, _)| *f == form.file_stem() && *e == edition.folder())
        .map_or("", |(.., files)| files[which as usize])
}

/// The editions of a form a map exists for, oldest first.
pub fn editions(form: Form) -> Vec<Edition> {
    let mut out: Vec<Edition> = EDITION_FILES
        .iter()
        .filter(|(f, ..)| *f == form.file_stem())
        .map(|(_, e, _)| Edition::from_folder(e))
        .collect();
    out.sort();
    out
}

/// The newest edition of a form: what the draft shows when no blank was given.
pub fn newest(form: Form) -> Option<Edition> {
    editions(form).pop()
}

/// The embedded edition a folder name ("01-20-25") or a printed edition ("01/20/25") names.
pub fn edition(form: Form, name: &str) -> Option<Edition> {
    let folder = name.replace('/', "-");
    editions(form).into_iter().find(|e| e.folder() == folder)
}

/// The parsed map of a form edition.
pub fn map(form: Form, edition: Edition) -> Result<Vec<Row>, LineError> {
    fieldmap::parse_map(file(form, edition, File::Fields))
}

/// The draft layout (`draft.tsv`) of a form edition, "" when it has none.
pub fn draft_layout(form: Form, edition: Edition) -> &'static str {
    file(form, edition, File::Draft)
}

/// The questions asked of everyone (`asked.tsv`) of a form edition, "" when it has none.
pub fn asked_text(form: Form, edition: Edition) -> &'static str {
    file(form, edition, File::Asked)
}

/// The skip table (`skip.tsv`) of a form edition, "" when it has none.
pub fn skip_text(form: Form, edition: Edition) -> &'static str {
    file(form, edition, File::Skip)
}

/// The interview's screens (`questions.toml`) of a form edition, "" when it has none.
pub fn questions_text(form: Form, edition: Edition) -> &'static str {
    file(form, edition, File::Questions)
}

/// One block of a form's additional-information page: where a continued answer goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContinuationBlock {
    pub page_field: Option<String>,
    pub part_field: String,
    pub item_field: String,
    pub text_field: String,
    /// How many ruled lines the block prints for its answer (`ruled_lines`, optional): an
    /// answer taking more lines than the rules runs past them even inside the box.
    pub ruled_lines: Option<usize>,
}

/// The additional-information blocks of a form edition (`continuation.tsv` beside the field
/// map); none for a form without such a page.
pub fn continuation(form: Form, edition: Edition) -> Vec<ContinuationBlock> {
    file(form, edition, File::Continuation)
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            Some(ContinuationBlock {
                page_field: Some(c.first()?.trim().to_string()).filter(|s| !s.is_empty()),
                part_field: c.get(1)?.trim().to_string(),
                item_field: c.get(2)?.trim().to_string(),
                text_field: c.get(3)?.trim().to_string(),
                ruled_lines: c.get(4).and_then(|n| n.trim().parse().ok()),
            })
        })
        .collect()
}

/// An edition's wording (`edition.toml`): how a cut box points to its continuation and how the
/// continuation sheets are headed, as that edition's instructions name its pages.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wording {
    /// What a cut box says when its text continues on the form's additional-information page
    /// ("(see Suppl. B)").
    pub page_note: String,
    /// What a cut box says when its text continues on a continuation sheet ("(see sheet)").
    pub sheet_note: String,
    /// The first words of every continuation sheet's heading ("Form I-589, additional
    /// information.").
    pub sheet_title: String,
    /// The role of the person named (and A-Number given) on every sheet: "applicant" or
    /// "petitioner".
    pub sheet_person: String,
    /// Whether sheets also name the beneficiary (a petition filed for one relative).
    #[serde(default)]
    pub sheet_beneficiary: bool,
    /// The `item` labels (fields.tsv) of the boxes that head the additional-information page
    /// (I-589 Supplement B's A-Number and name): filled only when the page holds an answer,
    /// as Supplement A's header is filled only when it lists a child.
    #[serde(default)]
    pub page_header: Vec<String>,
}

impl Wording {
    /// What a cut box says about where its text continues: the additional-information page
    /// when the form has one, else a sheet.
    pub fn note(&self, has_page: bool) -> &str {
        if has_page {
            &self.page_note
        } else {
            &self.sheet_note
        }
    }
}

/// (form folder, edition folder, its parsed `edition.toml`: `None` when the folder has none).
type ParsedWording = (
    &'static str,
    &'static str,
    Option<Result<Wording, toml::de::Error>>,
);

/// The wording of a form edition, parsed once per run.
pub fn wording(form: Form, edition: Edition) -> Result<&'static Wording, WordingError> {
    static PARSED: OnceLock<Vec<ParsedWording>> = OnceLock::new();
    let all = PARSED.get_or_init(|| {
        EDITION_FILES
            .iter()
            .map(|(f, e, files)| {
                let text = files[File::EditionToml as usize];
                let parsed = (!text.is_empty()).then(|| toml::from_str(text));
                (*f, *e, parsed)
            })
            .collect()
    });
    let problem = match all
        .iter()
        .find(|(f, e, _)| *f == form.file_stem() && *e == edition.folder())
    {
        Some((.., Some(Ok(w)))) => return Ok(w),
        Some((.., Some(Err(e)))) => WordingProblem::Toml(e.clone()),
        Some((.., None)) => WordingProblem::Missing,
        None => WordingProblem::NoEdition,
    };
    Err(WordingError {
        form,
        edition,
        problem,
    })
}

/// Why a form edition has no wording: a fault of the built-in data (the tests of every edition
/// catch it) or an edition the tool does not have.
#[derive(Debug, Clone)]
pub struct WordingError {
    pub form: Form,
    pub edition: Edition,
    pub problem: WordingProblem,
}

#[derive(Debug, Clone)]
pub enum WordingProblem {
    /// No folder `form-templates/<form>/<edition>/`.
    NoEdition,
    /// The folder has no `edition.toml`.
    Missing,
    /// Its `edition.toml` does not parse (toml's error names line and column).
    Toml(toml::de::Error),
}

impl fmt::Display for WordingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let WordingError {
            form,
            edition,
            problem,
        } = self;
        match problem {
            WordingProblem::NoEdition => write!(f, "no edition {edition} of {form}"),
            WordingProblem::Missing => write!(f, "{form} {edition}: has no edition.toml"),
            WordingProblem::Toml(e) => write!(f, "{form} {edition}: edition.toml: {e}"),
        }
    }
}

impl std::error::Error for WordingError {}

/// A form edition's built-in data that does not load: which file, and why.
#[derive(Debug, Clone)]
pub enum TemplateError {
    /// `fields.tsv`.
    Map(LineError),
    /// `skip.tsv`.
    Skip(LineError),
    /// `edition.toml`.
    Wording(WordingError),
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TemplateError::Map(e) => e.fmt(f),
            TemplateError::Skip(e) => write!(f, "skip.tsv: {e}"),
            TemplateError::Wording(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for TemplateError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_edition_folder_is_a_form_with_its_data() {
        for (f, e, files) in EDITION_FILES {
            let form = Form::from_file_stem(f)
                .unwrap_or_else(|| panic!("form-templates/{f}/ is no form this tool knows"));
            let edition = Edition::from_folder(e);
            assert!(map(form, edition).is_ok(), "{f}/{e}/fields.tsv parses");
            assert!(
                !files[File::Draft as usize].is_empty(),
                "{f}/{e} has draft.tsv"
            );
            let w = wording(form, edition).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                w.sheet_title.starts_with(&format!("Form {form}")),
                "{f}/{e}"
            );
            assert!(matches!(
                w.sheet_person.as_str(),
                "applicant" | "petitioner"
            ));
        }
    }

    #[test]
    fn editions_are_found_by_folder_or_printed_name() {
        let e = newest(Form::I589).expect("an edition");
        assert_eq!(edition(Form::I589, &e.printed()), Some(e));
        assert_eq!(edition(Form::I589, e.folder()), Some(e));
        assert_eq!(edition(Form::I589, "99/99/99"), None);
    }
}
