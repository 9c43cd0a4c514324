//! The case file: one JSON document per family case.

use super::common::{Date, Interpreter, Person, PersonId, Preparer};
use super::text::Text;
use super::{i485::I485, i589::I589, i730::I730};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A family case: the people once, and the forms that refer to them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "asylum-forms case file")]
pub struct CaseFile {
    /// # Schema
    /// The path or URL of this schema, so an editor can complete keys and show help while you
    /// type (e.g. "../schemas/case.schema.json").
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed; read by editors"), example = &"../schemas/case.schema.json")]
    pub schema: Option<Text>,
    /// # Case id
    /// A short id for this case, used for output folder names and summaries. Never put a name,
    /// A-Number or SSN in it (e.g. "clinic-2025-014").
    #[schemars(regex(pattern = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"), extend("x-form" = "not printed; names the output folder"), example = &"clinic-2025-014")]
    pub case_id: Text,
    /// # People
    /// Everyone the forms mention: the applicant, spouse, children, parents, siblings and
    /// relatives petitioned for. Each is written once, with an id.
    #[schemars(length(min = 1), extend("x-form" = "every form"))]
    pub people: Vec<Person>,
    /// # Forms to prepare
    /// Which forms to prepare for this case, with the answers only that form asks.
    #[schemars(extend("x-form" = "every form"))]
    pub forms: Forms,
    /// # Preparer
    /// The person who prepared the forms for the applicant, if not the applicant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part E; I-730 Part 7; I-485 Part 12"))]
    pub preparer: Option<Preparer>,
    /// # Interpreter
    /// The person who read the forms to the applicant in another language, if anyone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part D; I-730 Part 6; I-485 Part 11"))]
    pub interpreter: Option<Interpreter>,
    /// # Evidence on hand
    /// The documents you have gathered, so the checklist can tell what is still missing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "not printed; feeds the missing-evidence checklist"))]
    pub evidence: Vec<Evidence>,
    /// # Options
    /// Settings for how the forms are filled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed"))]
    pub options: Option<CaseOptions>,
}

/// The forms of a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Forms {
    /// # I-589 Application for Asylum and for Withholding of Removal
    /// The asylum application of the principal applicant (spouse and children may be included).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589"))]
    pub i589: Option<I589>,
    /// # I-730 Refugee/Asylee Relative Petitions
    /// One petition for each spouse or child the asylee or refugee petitions for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-730"))]
    pub i730: Vec<I730>,
    /// # I-485 Applications to Adjust Status
    /// One application for each asylee or refugee adjusting to permanent residence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-485"))]
    pub i485: Vec<I485>,
}

/// Whether a document is at hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceStatus {
    /// The document is in the file.
    Provided,
    /// The document exists but is not in the file yet.
    Missing,
    /// The document cannot be obtained (secondary evidence or affidavits needed).
    Unavailable,
}

/// One supporting document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// # Document
    /// The kind of document, in snake_case (e.g. "passport", "birth_certificate",
    /// "marriage_certificate", "i94", "declaration", "country_conditions").
    #[schemars(regex(pattern = r"^[a-z0-9_]{2,64}$"), extend("x-form" = "not printed; checklist"), example = &"birth_certificate")]
    pub document: Text,
    /// # Whose document
    /// The id of the person the document is about, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed; checklist"), example = &"child-1")]
    pub person: Option<PersonId>,
    /// # Status
    /// "provided", "missing" or "unavailable".
    #[schemars(extend("x-form" = "not printed; checklist"), example = &"provided")]
    pub status: EvidenceStatus,
    /// # Language
    /// The language the document is written in (e.g. "Arabic"). A document not in English needs a
    /// certified English translation (8 CFR 103.2(b)(3)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed; checklist"), example = &"Arabic")]
    pub language: Option<Text>,
    /// # Certified translation on hand
    /// true if a certified English translation is in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed; checklist"), example = true)]
    pub translated: Option<bool>,
    /// # Note
    /// Anything worth knowing about the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed; checklist"), example = &"Original with the applicant's mother in Amman")]
    pub note: Option<Text>,
    /// # Date of the document
    /// The date the document was issued, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed; checklist"), example = &"2019-05-02")]
    pub date: Option<Date>,
}

/// How the forms are filled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseOptions {
    /// # Write N/A and None
    /// true (the default) writes "N/A" in fields that do not apply and "None" where a count is
    /// zero, as the USCIS instructions ask.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "every form"), example = true)]
    pub fill_na: Option<bool>,
}

impl CaseFile {
    pub fn person(&self, id: &PersonId) -> Option<&Person> {
        self.people.iter().find(|p| &p.id == id)
    }
}
