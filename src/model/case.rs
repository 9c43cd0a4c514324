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

/// The kind of a supporting document: the names the checklist (`form-templates/evidence.json`)
/// knows, so a misspelt kind is an error with the closest name instead of a document the
/// checklist silently does not see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    /// Adoption decree.
    AdoptionDecree,
    /// Annulment decree.
    AnnulmentDecree,
    /// Asylum approval notice or grant letter.
    AsylumGrantNotice,
    /// Birth certificate.
    BirthCertificate,
    /// Evidence of a bona fide parent-child relationship.
    BonaFideRelationship,
    /// Evidence the child was conceived before the grant.
    ConceptionEvidence,
    /// Country conditions evidence.
    CountryConditions,
    /// Evidence of legal custody and residence.
    CustodyEvidence,
    /// Death certificate.
    DeathCertificate,
    /// Declaration.
    Declaration,
    /// Divorce decree.
    DivorceDecree,
    /// Employment Authorization Document.
    Ead,
    /// Form I-571 refugee travel document.
    I571,
    /// Form I-602.
    I602,
    /// Form I-693 medical examination.
    I693,
    /// Form I-730 approval notice.
    I730Approval,
    /// Form I-94 arrival/departure record.
    I94,
    /// Government identity document.
    IdentityDocument,
    /// Immigration judge's order.
    JudgeOrder,
    /// Evidence of legitimation.
    Legitimation,
    /// Marriage certificate.
    MarriageCertificate,
    /// Name change document.
    NameChange,
    /// National identity card.
    NationalId,
    /// Passport.
    Passport,
    /// Passport-style photo.
    Photo,
    /// Evidence of physical presence.
    PresenceEvidence,
    /// Evidence of refugee admission.
    RefugeeAdmission,
    /// Travel document.
    TravelDocument,
    /// Vaccination record.
    VaccinationRecord,
    /// Receipt or stamped copy of the filing with the Immigration Court.
    CourtFilingReceipt,
    /// Form EOIR-28, the attorney's notice of appearance before the Immigration Court.
    Eoir28,
    /// Form G-28, the attorney's notice of appearance before USCIS.
    G28,
    /// A copy of the completed Form I-589 (one per family member included).
    I589Copy,
    /// Evidence of parole (the I-94 or parole notice).
    ParoleDocument,
    /// Proof that the application was served on DHS (ICE Office of the Principal Legal Advisor).
    ProofOfService,
    /// Certified English translation of answers written in another language.
    NarrativeTranslation,
    /// Other document (say what in the note).
    Other,
}

impl EvidenceKind {
    /// Every kind, in the schema's order.
    pub const ALL: [EvidenceKind; 37] = [
        EvidenceKind::AdoptionDecree,
        EvidenceKind::AnnulmentDecree,
        EvidenceKind::AsylumGrantNotice,
        EvidenceKind::BirthCertificate,
        EvidenceKind::BonaFideRelationship,
        EvidenceKind::ConceptionEvidence,
        EvidenceKind::CountryConditions,
        EvidenceKind::CustodyEvidence,
        EvidenceKind::DeathCertificate,
        EvidenceKind::Declaration,
        EvidenceKind::DivorceDecree,
        EvidenceKind::Ead,
        EvidenceKind::I571,
        EvidenceKind::I602,
        EvidenceKind::I693,
        EvidenceKind::I730Approval,
        EvidenceKind::I94,
        EvidenceKind::IdentityDocument,
        EvidenceKind::JudgeOrder,
        EvidenceKind::Legitimation,
        EvidenceKind::MarriageCertificate,
        EvidenceKind::NameChange,
        EvidenceKind::NationalId,
        EvidenceKind::Passport,
        EvidenceKind::Photo,
        EvidenceKind::CourtFilingReceipt,
        EvidenceKind::Eoir28,
        EvidenceKind::G28,
        EvidenceKind::I589Copy,
        EvidenceKind::ParoleDocument,
        EvidenceKind::ProofOfService,
        EvidenceKind::PresenceEvidence,
        EvidenceKind::RefugeeAdmission,
        EvidenceKind::TravelDocument,
        EvidenceKind::VaccinationRecord,
        EvidenceKind::NarrativeTranslation,
        EvidenceKind::Other,
    ];

    /// The name written in the case file and in `evidence.json` ("birth_certificate").
    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::AdoptionDecree => "adoption_decree",
            EvidenceKind::AnnulmentDecree => "annulment_decree",
            EvidenceKind::AsylumGrantNotice => "asylum_grant_notice",
            EvidenceKind::BirthCertificate => "birth_certificate",
            EvidenceKind::BonaFideRelationship => "bona_fide_relationship",
            EvidenceKind::ConceptionEvidence => "conception_evidence",
            EvidenceKind::CountryConditions => "country_conditions",
            EvidenceKind::CustodyEvidence => "custody_evidence",
            EvidenceKind::DeathCertificate => "death_certificate",
            EvidenceKind::Declaration => "declaration",
            EvidenceKind::DivorceDecree => "divorce_decree",
            EvidenceKind::Ead => "ead",
            EvidenceKind::I571 => "i571",
            EvidenceKind::I602 => "i602",
            EvidenceKind::I693 => "i693",
            EvidenceKind::I730Approval => "i730_approval",
            EvidenceKind::I94 => "i94",
            EvidenceKind::IdentityDocument => "identity_document",
            EvidenceKind::JudgeOrder => "judge_order",
            EvidenceKind::Legitimation => "legitimation",
            EvidenceKind::MarriageCertificate => "marriage_certificate",
            EvidenceKind::NameChange => "name_change",
            EvidenceKind::NationalId => "national_id",
            EvidenceKind::Passport => "passport",
            EvidenceKind::Photo => "photo",
            EvidenceKind::CourtFilingReceipt => "court_filing_receipt",
            EvidenceKind::Eoir28 => "eoir28",
            EvidenceKind::G28 => "g28",
            EvidenceKind::I589Copy => "i589_copy",
            EvidenceKind::ParoleDocument => "parole_document",
            EvidenceKind::ProofOfService => "proof_of_service",
            EvidenceKind::PresenceEvidence => "presence_evidence",
            EvidenceKind::RefugeeAdmission => "refugee_admission",
            EvidenceKind::TravelDocument => "travel_document",
            EvidenceKind::VaccinationRecord => "vaccination_record",
            EvidenceKind::NarrativeTranslation => "narrative_translation",
            EvidenceKind::Other => "other",
        }
    }

    /// The document's name in English words.
    pub fn form_words(self) -> &'static str {
        match self {
            EvidenceKind::AdoptionDecree => "Adoption decree",
            EvidenceKind::AnnulmentDecree => "Annulment decree",
            EvidenceKind::AsylumGrantNotice => "Asylum approval notice or grant letter",
            EvidenceKind::BirthCertificate => "Birth certificate",
            EvidenceKind::BonaFideRelationship => {
                "Evidence of a bona fide parent-child relationship"
            }
            EvidenceKind::ConceptionEvidence => "Evidence the child was conceived before the grant",
            EvidenceKind::CountryConditions => "Country conditions evidence",
            EvidenceKind::CustodyEvidence => "Evidence of legal custody and residence",
            EvidenceKind::DeathCertificate => "Death certificate",
            EvidenceKind::Declaration => "Declaration",
            EvidenceKind::DivorceDecree => "Divorce decree",
            EvidenceKind::Ead => "Employment Authorization Document",
            EvidenceKind::I571 => "Form I-571 refugee travel document",
            EvidenceKind::I602 => "Form I-602",
            EvidenceKind::I693 => "Form I-693 medical examination",
            EvidenceKind::I730Approval => "Form I-730 approval notice",
            EvidenceKind::I94 => "Form I-94 arrival/departure record",
            EvidenceKind::IdentityDocument => "Government identity document",
            EvidenceKind::JudgeOrder => "Immigration judge's order",
            EvidenceKind::Legitimation => "Evidence of legitimation",
            EvidenceKind::MarriageCertificate => "Marriage certificate",
            EvidenceKind::NameChange => "Name change document",
            EvidenceKind::NationalId => "National identity card",
            EvidenceKind::Passport => "Passport",
            EvidenceKind::Photo => "Passport-style photo",
            EvidenceKind::CourtFilingReceipt => "Immigration Court filing receipt",
            EvidenceKind::Eoir28 => "Form EOIR-28 notice of appearance",
            EvidenceKind::G28 => "Form G-28 notice of appearance",
            EvidenceKind::I589Copy => "Copy of the completed Form I-589",
            EvidenceKind::ParoleDocument => "Parole document",
            EvidenceKind::ProofOfService => "Proof of service on DHS",
            EvidenceKind::PresenceEvidence => "Evidence of physical presence",
            EvidenceKind::RefugeeAdmission => "Evidence of refugee admission",
            EvidenceKind::TravelDocument => "Travel document",
            EvidenceKind::VaccinationRecord => "Vaccination record",
            EvidenceKind::NarrativeTranslation => "Certified English translation of the answers",
            EvidenceKind::Other => "Other document (say what in the note)",
        }
    }
}

impl std::fmt::Display for EvidenceKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One supporting document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// # Document
    /// The kind of document (e.g. "passport", "birth_certificate", "marriage_certificate",
    /// "i94", "declaration", "country_conditions"; "other" with a `note` for anything else).
    #[schemars(extend("x-form" = "not printed; checklist"), example = &"birth_certificate")]
    pub document: EvidenceKind,
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

    /// The person with this id and their index in `people` (for a pointer), from one look-up:
    /// `None` when no person has the id, never another person's index.
    pub fn person_at(&self, id: &PersonId) -> Option<(usize, &Person)> {
        self.people.iter().enumerate().find(|(_, p)| &p.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::EvidenceKind;

    /// A person is found with their own index; an id nobody has is `None`, never index 0.
    #[test]
    fn person_at_finds_the_person_or_none() {
        let (_, text) = crate::test_fixtures::valid().swap_remove(0);
        let case: super::CaseFile = serde_json::from_str(&text).expect("case");
        assert!(case.people.len() > 1);
        let id = |s: &str| super::PersonId(s.into());
        let last = case.people.len() - 1;
        let (i, p) = case
            .person_at(&case.people[last].id)
            .expect("the last person");
        assert_eq!((i, &p.id), (last, &case.people[last].id));
        assert!(case.person_at(&id("nobody")).is_none());
    }

    /// Every kind the checklist accepts is a kind the case file can say, and each kind's name
    /// is the one serde reads and writes.
    #[test]
    fn evidence_kinds_cover_the_checklist() {
        for k in EvidenceKind::ALL {
            let json = serde_json::to_value(k).expect("json");
            assert_eq!(json, k.as_str(), "{k:?}");
            assert!(!k.form_words().is_empty());
        }
        let table: serde_json::Value =
            serde_json::from_str(include_str!("../../form-templates/evidence.json")).expect("json");
        let docs = table["documents"].as_array().expect("documents");
        for rule in docs {
            for a in rule["accepts"].as_array().expect("accepts") {
                let kind: Result<EvidenceKind, _> = serde_json::from_value(a.clone());
                assert!(kind.is_ok(), "{} accepts unknown kind {a}", rule["id"]);
            }
        }
    }
}
