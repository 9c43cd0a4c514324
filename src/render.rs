//! Fills the official blanks from a case: for every form the case calls for, the field map is
//! evaluated and the values written into a copy of the blank. Pure: parsed blanks and a case in,
//! PDF bytes out; the CLI writes the files.

use crate::fieldmap::Row;
use crate::fieldvalues::{self, FieldValue};
use crate::model::CaseFile;
use crate::pdf::{self, Blank, FillOptions, Overflow};
use crate::templates;
use serde_json::Value;
use std::fmt;

/// The three forms, as (key in the field maps and file names, form name on the blank).
pub const FORMS: [(&str, &str); 3] = [("i-589", "I-589"), ("i-730", "I-730"), ("i-485", "I-485")];

/// A blank parsed once per run, with the field map of its edition.
pub struct FormBlank {
    pub form: &'static str,
    pub edition: String,
    pub blank: Blank,
    pub rows: Vec<Row>,
}

#[derive(Debug)]
pub enum RenderError {
    /// The blank is another form, or an edition no map exists for.
    Edition {
        form: String,
        found: String,
        supported: Vec<String>,
    },
    /// The blank's edition could not be read.
    NoEdition {
        form: String,
    },
    /// The map names a field the blank lacks: the map and the blank disagree.
    MissingField {
        form: String,
        field: String,
    },
    BadMap {
        form: String,
        message: String,
    },
    Pdf {
        form: String,
        error: pdf::PdfError,
    },
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::Edition { form, found, supported } => write!(
                f,
                "the blank given for {form} is \"{found}\"; this tool supports {form} edition(s) {}. Download the supported edition from uscis.gov, or add a field map for the new edition under form-templates/",
                supported.join(", ")
            ),
            RenderError::NoEdition { form } => write!(f, "cannot tell which form and edition the blank given for {form} is (no barcode value or page footer)"),
            RenderError::MissingField { form, field } => write!(f, "the {form} blank has no field {field} that its field map names"),
            RenderError::BadMap { form, message } => write!(f, "the {form} field map is broken: {message}"),
            RenderError::Pdf { form, error } => write!(f, "{form}: {error}"),
        }
    }
}

impl std::error::Error for RenderError {}

/// Parses a blank and checks it is the expected form in an edition a map exists for.
pub fn load_blank(form: &'static str, bytes: &[u8]) -> Result<FormBlank, RenderError> {
    let upper = FORMS
        .iter()
        .find(|(k, _)| *k == form)
        .map_or(form, |(_, u)| u);
    let blank = Blank::parse(bytes).map_err(|error| RenderError::Pdf {
        form: upper.to_string(),
        error,
    })?;
    let found = blank.edition().ok_or(RenderError::NoEdition {
        form: upper.to_string(),
    })?;
    let supported: Vec<String> = templates::editions(form)
        .iter()
        .map(|e| e.replace('-', "/"))
        .collect();
    let (found_form, printed) = found.split_once('|').unwrap_or(("", found.as_str()));
    let edition = templates::edition_folder(printed);
    if found_form != upper || !templates::editions(form).contains(&edition.as_str()) {
        return Err(RenderError::Edition {
            form: upper.to_string(),
            found: found.clone(),
            supported,
        });
    }
    let rows = match templates::map(form, &edition) {
        Some(Ok(rows)) => rows,
        Some(Err(message)) => {
            return Err(RenderError::BadMap {
                form: upper.to_string(),
                message,
            })
        }
        None => {
            return Err(RenderError::Edition {
                form: upper.to_string(),
                found,
                supported,
            })
        }
    };
    for r in &rows {
        if blank.field(&r.field).is_none() {
            return Err(RenderError::MissingField {
                form: upper.to_string(),
                field: r.field.clone(),
            });
        }
    }
    Ok(FormBlank {
        form,
        edition,
        blank,
        rows,
    })
}

/// One filled form.
pub struct Rendered {
    pub file_name: String,
    pub form: &'static str,
    pub bytes: Vec<u8>,
    pub flattened: Option<Vec<u8>>,
    pub values: Vec<(String, FieldValue)>,
    pub overflow: Vec<Overflow>,
}

/// The form instances of a case: (form key, output file stem, the instance as JSON).
pub fn instances(case: &CaseFile, json: &Value) -> Vec<(&'static str, String, Value)> {
    let mut out = Vec::new();
    if let Some(f) = json.pointer("/forms/i589") {
        out.push(("i-589", "i-589".to_string(), f.clone()));
    }
    for (i, f) in case.forms.i730.iter().enumerate() {
        if let Some(v) = json.pointer(&format!("/forms/i730/{i}")) {
            out.push(("i-730", format!("i-730-{}", f.beneficiary), v.clone()));
        }
    }
    for (i, f) in case.forms.i485.iter().enumerate() {
        if let Some(v) = json.pointer(&format!("/forms/i485/{i}")) {
            out.push(("i-485", format!("i-485-{}", f.applicant), v.clone()));
        }
    }
    out
}

/// Fills every form the case calls for. `blanks` holds the parsed blanks by form key.
pub fn render_case(
    case: &CaseFile,
    json: &Value,
    blanks: &[FormBlank],
    opts: &FillOptions,
) -> Result<Vec<Rendered>, RenderError> {
    let mut out = Vec::new();
    for (form, stem, instance) in instances(case, json) {
        let Some(fb) = blanks.iter().find(|b| b.form == form) else {
            continue;
        };
        let values = fieldvalues::evaluate(&fb.rows, json, &instance);
        let pdf_values: Vec<(String, pdf::FieldValue)> = values
            .iter()
            .map(|(k, v)| {
                let pv = match v {
                    FieldValue::Text(s) => pdf::FieldValue::Text(s.clone()),
                    FieldValue::Check(b) => pdf::FieldValue::Check(*b),
                };
                (k.clone(), pv)
            })
            .collect();
        let upper = FORMS
            .iter()
            .find(|(k, _)| *k == form)
            .map_or(form, |(_, u)| u);
        let filled = fb
            .blank
            .fill(&pdf_values, opts)
            .map_err(|error| RenderError::Pdf {
                form: upper.to_string(),
                error,
            })?;
        out.push(Rendered {
            file_name: format!("{stem}.pdf"),
            form,
            bytes: filled.bytes,
            flattened: filled.flattened,
            values,
            overflow: filled.overflow,
        });
    }
    Ok(out)
}
