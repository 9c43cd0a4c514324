//! PDF form filling for the official USCIS blanks (XFA + AcroForm hybrids).
//!
//! The blanks are parsed, decrypted and cleaned once ([`Blank::parse`]); a fill records only
//! the objects it changes over that document (`overlay.rs`), so one parsed blank serves many
//! filings without being copied.
//!
//! The files depend one way, each only on those before it (and on [`crate::text`] for the text
//! engine):
//!
//! 1. `syntax` (numbers, names, strings in content), `hash`, `deflate`, `encoding` (WinAnsi,
//!    PDFDoc), `metrics` (the blanks' simple fonts), `structure` (a blank's shape, checked),
//!    `sanitize` (what a blank is cleaned of once), `appearance` (text laid out in a box);
//! 2. `overlay` (the objects a fill changes, written over the parsed blank);
//! 3. `embed` (glyph runs into font subsets and TJ arrays);
//! 4. `textbox` (a block of text as a form XObject, in the form's fonts or embedded ones);
//! 5. `blank` (parsing and indexing a blank), then `flatten` and `sheet` (continuation sheets);
//! 6. `fill` (a blank filled with values), which uses all of them.

mod appearance;
mod blank;
pub(crate) mod deflate;
pub(crate) mod embed;
mod encoding;
mod fill;
mod flatten;
pub(crate) mod hash;
mod metrics;
mod overlay;
mod sanitize;
mod sheet;
mod structure;
pub(crate) mod syntax;
mod textbox;

pub use crate::text::fonts::EmbedFont;
pub use blank::{Blank, FieldInfo, FieldKind};
pub use fill::{flatten, BarcodePolicy, FieldValue, FillOptions, Filled, Overflow};
pub use sheet::Sheet;

pub(crate) use encoding::encode_text_string;

pub(crate) use appearance::wrap;

use std::fmt;

/// Everything that can go wrong while reading a blank or writing a filled form.
#[derive(Debug)]
pub enum PdfError {
    /// lopdf could not parse, decrypt or serialise the document.
    Lopdf(lopdf::Error),
    /// Writing the output buffer failed.
    Io(std::io::Error),
    /// The document lacks something a fillable form must have (catalog, /AcroForm, ...).
    Structure(String),
    /// A field was given a value of the wrong kind (e.g. text for a checkbox).
    WrongValue { field: String, reason: String },
    /// A character cannot be drawn with the field's font.
    Unencodable { field: String, ch: char },
    /// The blank's objects could not be serialised: the error of the first fill, kept for
    /// every later fill of the same parsed blank.
    Serialize(std::sync::Arc<PdfError>),
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::Lopdf(e) => write!(f, "PDF error: {e}"),
            PdfError::Io(e) => write!(f, "I/O error: {e}"),
            PdfError::Structure(s) => write!(f, "unexpected PDF structure: {s}"),
            PdfError::Serialize(e) => write!(f, "unexpected PDF structure: {e}"),
            PdfError::WrongValue { field, reason } => write!(f, "field {field}: {reason}"),
            PdfError::Unencodable { field, ch } => write!(
                f,
                "field {field}: character {ch:?} (U+{:04X}) cannot be drawn with the field's font",
                *ch as u32
            ),
        }
    }
}

impl std::error::Error for PdfError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            PdfError::Lopdf(e) => Some(e),
            PdfError::Io(e) => Some(e),
            PdfError::Serialize(e) => Some(e.as_ref()),
            _ => None,
        }
    }
}

impl From<lopdf::Error> for PdfError {
    fn from(e: lopdf::Error) -> Self {
        PdfError::Lopdf(e)
    }
}

/// The text engine's errors in the fill's words: a font that does not parse is a structure
/// error, a character no font has is a field that cannot be drawn.
impl From<crate::text::TextError> for PdfError {
    fn from(e: crate::text::TextError) -> Self {
        match e {
            crate::text::TextError::Font(s) => PdfError::Structure(s),
            crate::text::TextError::Missing { place, ch } => {
                PdfError::Unencodable { field: place, ch }
            }
        }
    }
}

impl From<std::io::Error> for PdfError {
    fn from(e: std::io::Error) -> Self {
        PdfError::Io(e)
    }
}
