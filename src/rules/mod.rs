//! Cross-field rules. Each rule is one entry of [`RULES`] with its id, severity, form location
//! and citation, and one function that returns the places it fires. Rules never fail: a case
//! that the schema accepted is always checkable.

/// The JSON pointer of a field of the typed case, for saying where a finding is:
/// `at!(base, form.part_c.filed_after_one_year)` is `base` followed by
/// `/part_c/filed_after_one_year`. The path is type-checked against the value it starts from
/// (the expansion borrows the field and drops it), so a renamed model field fails to compile
/// instead of pointing a finding at a key the case no longer has. It relies on the model's field
/// names being its JSON keys: no struct field of the model is renamed (only
/// `CaseFile::schema`, which is never pointed at).
macro_rules! at {
    ($base:expr, $root:ident $(. $field:ident)+) => {{
        let _ = &$root $(. $field)+;
        format!(concat!("{}" $(, "/", stringify!($field))+), $base)
    }};
}

use crate::forms::location::{Label, Location};

mod answers;
pub mod completeness;
mod consistency;
mod cross;
pub mod deadline;
pub mod fees;
pub mod holidays;
mod i485;
mod i589;
pub use i589::one_year_deadline_of;
mod i730;
mod integrity;
pub mod language;
mod people;
mod text_controls;
mod us_addresses;

use crate::finding::{Finding, Severity};
use crate::forms::Form;
use crate::load::document::Val;
use crate::model::CaseFile;
use crate::schema::SchemaSet;
use chrono::NaiveDate;

/// What a rule sees: the typed case, the same case as the loader's document, the schemas, and
/// the day to treat as today (injectable for reproducible output).
///
/// A rule reads a named value from `case` only, so that a renamed model field fails to compile
/// instead of quietly silencing the rule. `json` is for the generic walks over every value
/// of a kind, guided by the schema's annotations (every string, every yes/no question), and
/// those report the pointer of the value they visit; a pointer to a named field is built with
/// [`at!`] from the same field path the rule reads.
pub struct Ctx<'a> {
    pub case: &'a CaseFile,
    pub json: Val<'a>,
    pub schemas: &'a SchemaSet,
    pub today: NaiveDate,
}

/// One place a rule fires.
#[derive(Debug, Clone)]
pub struct Hit {
    pub pointer: String,
    pub message: String,
    pub hint: String,
    /// Overrides the rule's severity for this hit (e.g. a deadline rule that is an error when
    /// late and unexplained, a warning when explained).
    pub severity: Option<Severity>,
    /// Overrides the rule's form location for this hit.
    pub location: Option<Location>,
    /// Overrides the rule's citation for this hit (e.g. each fee cites its own law).
    pub citation: Option<String>,
}

impl Hit {
    pub fn new(
        pointer: impl Into<String>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Hit {
            pointer: pointer.into(),
            message: message.into(),
            hint: hint.into(),
            severity: None,
            location: None,
            citation: None,
        }
    }
    pub fn severity(mut self, s: Severity) -> Self {
        self.severity = Some(s);
        self
    }
    /// Overrides the rule's location with the place `label` names ("Part C, item 5").
    pub fn location(mut self, label: &str) -> Self {
        self.location = Location::parse(label);
        self
    }
    pub fn citation(mut self, c: impl Into<String>) -> Self {
        self.citation = Some(c.into());
        self
    }
}

pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    /// The form whose answers the rule checks; `None` for the case as a whole.
    pub form: Option<Form>,
    /// Where on the form the rule looks (`loc!()` for nowhere in particular).
    pub location: Option<Label>,
    pub citation: &'static str,
    pub summary: &'static str,
    pub check: fn(&Ctx) -> Vec<Hit>,
}

impl Rule {
    /// The form's name ("I-589"), or "case" for a rule about the case as a whole.
    pub fn form_name(&self) -> &'static str {
        self.form.map_or("case", Form::name)
    }

    /// The rule's location as written ("" for none): the table's `where`.
    pub fn location_label(&self) -> &'static str {
        self.location.map_or("", Label::as_str)
    }
}

/// Every rule, in the order they run and are listed.
pub static RULES: &[Rule] = &[
    integrity::PERSON_REFS,
    integrity::UNIQUE_IDS,
    integrity::NO_FUTURE_DATES,
    integrity::INTENDED_DATE_PASSED,
    text_controls::CONTROL_CHARACTERS,
    text_controls::BIDI_CONTROLS,
    people::BIRTH_BEFORE_ENTRIES,
    people::MARRIAGE_AFTER_SPOUSE_BIRTH,
    people::DOCUMENT_DATES,
    people::SAME_PERSON_TWICE,
    people::SHARED_A_NUMBER,
    people::ENTRIES_ORDER,
    i589::ONE_YEAR_DEADLINE,
    i589::UNACCOMPANIED_CHILD,
    i589::FILED_AFTER_ARRIVAL,
    i589::SPOUSE_IS_CURRENT,
    i589::SPOUSE_INCLUDED_IN_US,
    i589::CHILD_INCLUDED,
    i589::EVERY_CHILD_LISTED,
    i589::SUPPLEMENT_A,
    i589::CHILDREN_UNSTATED,
    i589::NO_TRAVEL_DOCUMENT,
    i589::GROUND_CLAIMED,
    consistency::CAT_BOXES_AGREE,
    consistency::ORGANIZATIONS_CONTINUING,
    i730::PETITIONER_ELIGIBLE,
    i730::BENEFICIARY_RELATION,
    i730::BENEFICIARY_OWN_STATUS,
    i730::SPOUSE_BEFORE_GRANT,
    i730::CHILD_ELIGIBLE,
    i730::STEP_AND_ADOPTED,
    i730::FATHER_OUT_OF_WEDLOCK,
    i730::TWO_YEARS,
    i730::NUMBERING,
    consistency::CHILD_KIND_ONLY_FOR_CHILD,
    i485::CATEGORY_FACTS,
    i485::LAST_ARRIVAL_MATCHES,
    i485::PRESENCE_YEAR,
    i485::MEDICAL,
    i485::TRIP_TO_PERSECUTION_COUNTRY,
    us_addresses::I589_US_ADDRESSES,
    us_addresses::I485_US_ADDRESSES,
    cross::BENEFICIARY_ON_I589,
    cross::GRANT_DATES_AGREE,
    consistency::STATUS_AGREES,
    answers::YES_EXPLAINED,
    language::LATIN_SCRIPT,
    language::ENGLISH_NARRATIVE,
    fees::FEES,
    completeness::I589_QUESTIONS,
    completeness::I730_QUESTIONS,
    completeness::I485_QUESTIONS,
    completeness::I485_SUPPORT,
];

/// Runs every rule over the case.
pub fn run(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for rule in RULES {
        for hit in (rule.check)(ctx) {
            let mut f = Finding::new(
                hit.severity.unwrap_or(rule.severity),
                rule.id,
                hit.pointer,
                hit.message,
            )
            .hint(hit.hint);
            if let Some(c) = hit.citation {
                f = f.citation(c);
            } else if !rule.citation.is_empty() {
                f = f.citation(rule.citation);
            }
            if let Some(form) = rule.form {
                f = f.at_form(
                    form,
                    hit.location
                        .or_else(|| rule.location.and_then(Label::location)),
                );
            } else if let Some(l) = hit.location {
                f.location = Some(l);
            }
            out.push(f);
        }
    }
    out
}

/// The rule table as Markdown: the text of `docs/rules.md` (a test keeps the file current).
pub fn markdown() -> String {
    let mut s = String::from(
        "# Rules\n\nGenerated by `asylum-forms rules --format markdown`; do not edit by hand.\n\n\
         Severity: **error** — USCIS would reject the filing or deny on these facts; **warning** — \
         needs a person's judgement; **info** — worth knowing.\n\n\
         | id | severity | form | where | what | source |\n|---|---|---|---|---|---|\n",
    );
    for r in RULES {
        let cell = |x: &str| x.replace('|', "\\|");
        s.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} |\n",
            r.id,
            r.severity.as_str(),
            r.form_name(),
            cell(r.location_label()),
            cell(r.summary),
            cell(r.citation)
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    /// `at!` spells the pointer of the field it names, and that pointer finds the same value in
    /// the case as JSON: the model's field names are its keys.
    #[test]
    fn at_points_where_the_field_is() {
        for (path, text) in crate::test_fixtures::valid() {
            let case: crate::model::CaseFile = serde_json::from_str(&text).expect("case");
            let json: serde_json::Value = serde_json::from_str(&text).expect("json");
            let Some(form) = &case.forms.i589 else {
                continue;
            };
            let p = at!("/forms/i589", form.part_c.filed_after_one_year.answer);
            assert_eq!(p, "/forms/i589/part_c/filed_after_one_year/answer");
            let answer = form.part_c.filed_after_one_year.answer;
            assert_eq!(
                json.pointer(&p),
                Some(&serde_json::Value::Bool(answer)),
                "{path}"
            );
            let p = at!("/forms/i589", form.filing.date);
            let date = form.filing.date.to_string();
            assert_eq!(
                json.pointer(&p).and_then(|v| v.as_str()),
                Some(date.as_str())
            );
        }
    }
}
