//! Why a draft could not be made. Every cause is the tool's own (its fonts, templates and
//! per-edition data are built in, and the tests load them all), so each message says
//! "internal error" and names the file at fault.

use crate::draft::layout::LayoutError;
use crate::forms::fieldmap::LineError;
use crate::forms::form::{Edition, Form};
use crate::forms::templates::WordingError;
use crate::pdf::PdfError;
use crate::text::TextError;
use std::fmt;

#[derive(Debug)]
pub enum DraftError {
    /// A built-in font that does not parse (`error` is `None` when the shaper refused it).
    Font {
        file: &'static str,
        error: Option<TextError>,
    },
    /// A draft template (`form-templates/draft/<name>.tera`) that does not parse or render.
    Template { name: String, error: tera::Error },
    /// A form edition's `draft.tsv` that does not parse.
    Layout {
        form: Form,
        edition: Edition,
        error: LayoutError,
    },
    /// A form edition's `fields.tsv` that does not parse.
    Map { form: Form, error: LineError },
    /// A form edition's `skip.tsv` that does not parse.
    Skip {
        form: Form,
        edition: Edition,
        error: LineError,
    },
    /// A form edition's `edition.toml` that does not parse.
    Wording(WordingError),
    /// The draft's PDF could not be written.
    Write(PdfError),
}

impl fmt::Display for DraftError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DraftError::Font { file, error: None } => {
                write!(f, "internal error: font {file} cannot be parsed")
            }
            DraftError::Font {
                file,
                error: Some(e),
            } => write!(f, "internal error: font {file}: {e}"),
            DraftError::Template { name, error } => {
                write!(f, "internal error: draft template {name}: {error}")
            }
            DraftError::Layout {
                form,
                edition,
                error,
            } => write!(f, "internal error: {form} {edition} draft.tsv: {error}"),
            DraftError::Map { form, error } => {
                write!(f, "internal error: {form} field map: {error}")
            }
            DraftError::Skip {
                form,
                edition,
                error,
            } => write!(f, "internal error: {form} {edition} skip.tsv: {error}"),
            DraftError::Wording(e) => write!(f, "internal error: {e}"),
            DraftError::Write(e) => write!(f, "draft: {e}"),
        }
    }
}

impl std::error::Error for DraftError {}
