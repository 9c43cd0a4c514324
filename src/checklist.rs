//! The missing-evidence checklist: for each form and person, each document the form calls for,
//! why, whether it is on hand, and whether it needs a certified translation.
//!
//! What each form calls for is data (`form-templates/evidence.json`); this module only knows
//! the roles ("the included spouse", "a stepchild beneficiary") that select the people.

use crate::forms::Form;
use crate::interview::i18n::{FluentValueArg, OutputLang};
use crate::model::i730::{I730ChildRelationship, I730Relationship};
use crate::model::{CaseFile, EvidenceStatus, Person, PersonId};
use crate::rules::fees;
use crate::validate::Case;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One document rule of `evidence.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct DocumentRule {
    pub id: String,
    pub form: String,
    pub who: String,
    pub label: String,
    pub accepts: Vec<String>,
    pub why: String,
    pub citation: String,
    #[serde(default)]
    pub optional: bool,
    /// A document that may be in another language (false for forms and copies the filer makes).
    #[serde(default = "yes")]
    pub translatable: bool,
    /// Sent in the act of filing (photos, copies, G-28, filing with the court, service on
    /// DHS): once the form is filed, part of that filing, not a missing document.
    #[serde(default)]
    pub packet: bool,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
struct Table {
    documents: Vec<DocumentRule>,
}

/// The evidence rules shipped with the tool.
pub fn rules() -> Result<Vec<DocumentRule>, RulesError> {
    serde_json::from_str::<Table>(include_str!("../form-templates/evidence.json"))
        .map(|t| t.documents)
        .map_err(RulesError)
}

/// The built-in evidence rules (`form-templates/evidence.json`) do not parse: a fault of the
/// build; serde_json's error names the line and column.
#[derive(Debug)]
pub struct RulesError(pub serde_json::Error);

impl std::fmt::Display for RulesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "form-templates/evidence.json: {}", self.0)
    }
}

impl std::error::Error for RulesError {}

/// The roles a rule's `who` may name.
pub const ROLES: &[&str] = &[
    "i589_applicant",
    "i589_applicant_entered",
    "i589_included_spouse",
    "i589_included_spouse_entered",
    "i589_spouses_prior_marriages",
    "i589_included_children",
    "i589_included_children_entered",
    "i589_defensive_applicant",
    "i589_affirmative_applicant",
    "i589_defensive_included",
    "i589_affirmative_included",
    "i589_represented_applicant",
    "i730_represented_petitioner",
    "i485_represented_applicants",
    "i589_paroled_family",
    "i730_petitioner",
    "i730_beneficiaries",
    "i730_beneficiaries_in_us",
    "i730_spouse_beneficiaries",
    "i730_spouses_prior_marriages",
    "i730_spouses_with_other_names",
    "i730_children_of_mother",
    "i730_children_of_father",
    "i730_children_of_father_in_wedlock",
    "i730_children_of_father_out_of_wedlock",
    "i730_stepchildren",
    "i730_adopted_children",
    "i730_children_born_after_grant",
    "i485_applicants",
    "i485_waiver_filers",
    "i485_derivative_spouses",
    "i485_derivative_children",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Provided,
    Missing,
    /// The document cannot be had: secondary evidence or affidavits instead.
    Unavailable,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    pub form: String,
    pub rule: String,
    pub person: String,
    pub person_name: String,
    pub document: String,
    pub status: Status,
    pub optional: bool,
    pub why: String,
    pub citation: String,
    /// A document on hand is not in English and has no certified translation yet.
    pub translation_needed: bool,
    /// Whether a certified English translation is needed, as the checklist says it: "yes, from
    /// Arabic" (the case gives the language), "if not in English" (it does not), or "no".
    pub translation: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The person's sex, when the case gives it: the translated texts name a son or a
    /// daughter ("hijo", "hija") rather than "a son or daughter". Not in the JSON.
    #[serde(skip)]
    pub sex: Option<crate::model::Sex>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeeLine {
    pub form: String,
    pub amount: u32,
    pub note: String,
    pub citation: String,
    pub confirmed: bool,
    /// When it is paid: with the form, or yearly while the form is pending (not at filing).
    pub due: fees::Due,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Checklist {
    pub case_id: String,
    pub items: Vec<Item>,
    pub fees: Vec<FeeLine>,
}

impl Checklist {
    pub fn missing(&self) -> usize {
        self.items
            .iter()
            .filter(|i| i.status != Status::Provided && !i.optional)
            .count()
    }
}

/// Builds the checklist of a case.
pub fn build(case: Case, rules: &[DocumentRule]) -> Checklist {
    let (case, json) = (case.file(), case.json());
    let mut items = Vec::new();
    for rule in rules {
        for (form, id) in who(case, &rule.who) {
            let Some(person) = case.person(&id) else {
                continue;
            };
            let mut it = item(case, rule, form, person);
            if rule.packet && it.status != Status::Provided {
                if let Some(date) = filed_on(case, &it.form, &id) {
                    it.status = Status::Provided;
                    it.note = Some(format!(
                        "the form was filed on {}: this was part of that filing",
                        date.format("%B %-d, %Y")
                    ));
                }
            }
            items.push(it);
        }
    }
    items.extend(narrative_translations(case, json));
    // Group by form, then by person in the form's order (applicant, spouse, children;
    // petitioner, beneficiary): one heading per person; within a person, evidence.json's order.
    let order = people_order(case);
    let rank = |id: &str| {
        order
            .iter()
            .position(|p| p.as_str() == id)
            .unwrap_or(order.len())
    };
    items.sort_by(|a, b| {
        a.form
            .cmp(&b.form)
            .then_with(|| rank(&a.person).cmp(&rank(&b.person)))
    });
    let mut fee_lines = Vec::new();
    let mut add_fees = |form: &str, category: Option<&str>, date| {
        for f in fees::fees_on(form, category, date) {
            fee_lines.push(FeeLine {
                form: f.form.clone(),
                amount: f.amount,
                note: f.note.clone(),
                citation: f.citation.clone(),
                confirmed: f.confirmed,
                due: f.due,
            });
        }
    };
    if let Some(f) = &case.forms.i589 {
        add_fees(Form::I589.name(), None, *f.filing.date);
    }
    for f in &case.forms.i485 {
        // The same category as the fee finding: an asylee under 14 pays the child's fee.
        let cat = fees::i485_category(case, f);
        add_fees(Form::I485.name(), Some(cat), *f.filing.date);
    }
    if !case.forms.i730.is_empty() {
        add_fees(Form::I730.name(), None, *case.forms.i730[0].filing.date);
    }
    Checklist {
        case_id: case.case_id.to_string(),
        items,
        fees: fee_lines,
    }
}

fn item(case: &CaseFile, rule: &DocumentRule, form: String, person: &Person) -> Item {
    let on_hand: Vec<_> = case
        .evidence
        .iter()
        .filter(|e| {
            rule.accepts.iter().any(|a| a == e.document.as_str())
                && e.person.as_ref() == Some(&person.id)
        })
        .collect();
    let status = if on_hand.iter().any(|e| e.status == EvidenceStatus::Provided) {
        Status::Provided
    } else if on_hand
        .iter()
        .any(|e| e.status == EvidenceStatus::Unavailable)
    {
        Status::Unavailable
    } else {
        Status::Missing
    };
    // A document in another language needs a certified translation whether it is on hand yet
    // or still to be obtained (the case gives its language); without a language the checklist
    // says "if not in English" rather than guessing.
    let foreign = on_hand
        .iter()
        .filter(|e| e.status != EvidenceStatus::Unavailable && e.translated != Some(true))
        .find_map(|e| e.language.as_deref().filter(|l| !is_english(l)));
    let translation_needed = foreign.is_some();
    let language_known = on_hand.iter().any(|e| e.language.is_some());
    let note = match (status, foreign) {
        (Status::Unavailable, _) if rule.optional => Some(
            "unavailable; not required, so no secondary evidence is needed".to_string(),
        ),
        (Status::Unavailable, _) => Some(
            "primary document unavailable: submit secondary evidence or affidavits, with a statement of why (8 CFR 103.2(b)(2))"
                .to_string(),
        ),
        (_, Some(language)) => Some(format!(
            "in {language}: attach a full certified English translation (8 CFR 103.2(b)(3))"
        )),
        _ => None,
    };
    let translation = match foreign {
        Some(language) => format!("yes, from {language}"),
        None if !language_known && rule.translatable && status != Status::Unavailable => {
            "if not in English".to_string()
        }
        None => "no".to_string(),
    };
    Item {
        form,
        rule: rule.id.clone(),
        person: person.id.to_string(),
        person_name: person.display_name(),
        document: rule.label.clone(),
        status,
        optional: rule.optional,
        why: rule.why.clone(),
        citation: rule.citation.clone(),
        translation_needed,
        translation,
        note,
        sex: person.sex,
    }
}

/// The people of the case in the forms' order: the I-589's applicant, spouse and children,
/// each I-730's petitioner and beneficiary, each I-485's applicant.
fn people_order(case: &CaseFile) -> Vec<PersonId> {
    let mut out: Vec<PersonId> = Vec::new();
    let mut add = |id: &PersonId| {
        if !out.contains(id) {
            out.push(id.clone());
        }
    };
    if let Some(f) = &case.forms.i589 {
        add(&f.applicant);
        if let Some(s) = &f.spouse {
            add(&s.person);
        }
        f.children.iter().for_each(|c| add(&c.person));
    }
    for f in &case.forms.i730 {
        add(&f.petitioner);
        add(&f.beneficiary);
    }
    for f in &case.forms.i485 {
        add(&f.applicant);
    }
    out
}

/// The date the form an item belongs to (its checklist label, for `person`) was filed, when
/// the case records it as filed (`filing.status: filed`).
fn filed_on(case: &CaseFile, form: &str, person: &PersonId) -> Option<chrono::NaiveDate> {
    let filed = |f: &crate::model::Filing| {
        (f.status == crate::model::FilingStatus::Filed).then_some(*f.date)
    };
    if form == Form::I589.name() {
        return case.forms.i589.as_ref().and_then(|f| filed(&f.filing));
    }
    // "I-730 (2 of 3)", "I-485 (1 of 2)": that form.
    let nth = |prefix: &str| {
        form.strip_prefix(prefix)
            .and_then(|r| r.split(' ').next())
            .and_then(|k| k.parse::<usize>().ok())
            .and_then(|k| k.checked_sub(1))
    };
    if let Some(k) = nth("I-730 (") {
        return case.forms.i730.get(k).and_then(|f| filed(&f.filing));
    }
    if let Some(k) = nth("I-485 (") {
        return case.forms.i485.get(k).and_then(|f| filed(&f.filing));
    }
    if form == Form::I485.name() {
        return case
            .forms
            .i485
            .iter()
            .find(|f| &f.applicant == person)
            .and_then(|f| filed(&f.filing));
    }
    // "I-730" (the petitioner's items): filed when every petition of the petitioner is.
    if form == Form::I730.name() {
        let dates: Vec<Option<chrono::NaiveDate>> = case
            .forms
            .i730
            .iter()
            .filter(|f| &f.petitioner == person)
            .map(|f| filed(&f.filing))
            .collect();
        return dates
            .iter()
            .copied()
            .collect::<Option<Vec<_>>>()?
            .into_iter()
            .min();
    }
    None
}

/// A certified English translation for each form whose answers (explanations) are written in
/// another language (rule `case.english-narrative`; 8 CFR 103.2(b)(3)).
fn narrative_translations(case: &CaseFile, json: &Value) -> Vec<Item> {
    let mut forms: Vec<(String, &PersonId, &Value)> = Vec::new();
    if let (Some(f), Some(v)) = (&case.forms.i589, json.pointer("/forms/i589")) {
        forms.push((Form::I589.name().into(), &f.applicant, v));
    }
    let n730 = case.forms.i730.len();
    for (i, f) in case.forms.i730.iter().enumerate() {
        if let Some(v) = json.pointer(&format!("/forms/i730/{i}")) {
            forms.push((format!("I-730 ({} of {n730})", i + 1), &f.petitioner, v));
        }
    }
    for (i, f) in case.forms.i485.iter().enumerate() {
        if let Some(v) = json.pointer(&format!("/forms/i485/{i}")) {
            forms.push((Form::I485.name().into(), &f.applicant, v));
        }
    }
    let mut items = Vec::new();
    for (form, id, v) in forms {
        let mut langs: Vec<&'static str> = Vec::new();
        explanations(v, &mut |t| {
            if let Some(l) = crate::rules::language::non_english(t) {
                if !langs.contains(&l) {
                    langs.push(l);
                }
            }
        });
        let Some(person) = case.person(id) else {
            continue;
        };
        if langs.is_empty() {
            continue;
        }
        let provided = case.evidence.iter().any(|e| {
            e.document == crate::model::EvidenceKind::NarrativeTranslation
                && e.person.as_ref() == Some(id)
                && e.status == EvidenceStatus::Provided
        });
        items.push(Item {
            form,
            rule: "narrative-translation".into(),
            person: person.id.to_string(),
            person_name: person.display_name(),
            document: format!(
                "Certified English translation of the answers written in {}",
                langs.join(", ")
            ),
            status: if provided { Status::Provided } else { Status::Missing },
            optional: false,
            why: "USCIS takes the form's answers in English; text in another language needs a full English translation certified by a translator competent in both languages".into(),
            citation: "8 CFR 103.2(b)(3)".into(),
            translation_needed: !provided,
            translation: if provided {
                "provided".to_string()
            } else {
                format!("yes, from {}", langs.join(", "))
            },
            note: None,
            sex: person.sex,
        });
    }
    items
}

/// Calls `f` with every `explanation` text in `v`.
fn explanations(v: &Value, f: &mut impl FnMut(&str)) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                match (k.as_str(), x) {
                    ("explanation", Value::String(s)) => f(s),
                    _ => explanations(x, f),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| explanations(x, f)),
        _ => {}
    }
}

fn is_english(language: &str) -> bool {
    matches!(
        language.trim().to_lowercase().as_str(),
        "english" | "en" | "eng"
    )
}

/// The (form label, person id) pairs a role selects.
fn who(case: &CaseFile, role: &str) -> Vec<(String, PersonId)> {
    let mut out = Vec::new();
    let person = |id: &PersonId| case.person(id);
    let entered = |id: &PersonId| {
        person(id).is_some_and(|p| p.i94.is_some() || p.us_entries.iter().any(|e| e.i94.is_some()))
    };
    let prior_marriage =
        |id: &PersonId| person(id).is_some_and(|p| p.marriages.iter().any(|m| m.ended.is_some()));
    let defensive = |id: &PersonId| {
        person(id).is_some_and(|p| p.court_proceedings == Some(crate::model::CourtProceedings::Now))
    };
    // Paroled: an entry or the current status says parole.
    let paroled = |id: &PersonId| {
        let parole = |s: &str| s.to_lowercase().contains("parol");
        person(id).is_some_and(|p| {
            p.us_entries.iter().any(|e| parole(&e.status))
                || p.current_status
                    .as_ref()
                    .is_some_and(|c| c.status == crate::model::ImmigrationStatus::Parolee)
        })
    };
    if let Some(f) = &case.forms.i589 {
        let form = || Form::I589.name().to_string();
        let spouse = f
            .spouse
            .as_ref()
            .filter(|s| s.include)
            .map(|s| s.person.clone());
        let children: Vec<PersonId> = f
            .children
            .iter()
            .filter(|c| c.include)
            .map(|c| c.person.clone())
            .collect();
        match role {
            "i589_applicant" => out.push((form(), f.applicant.clone())),
            "i589_applicant_entered" if entered(&f.applicant) => {
                out.push((form(), f.applicant.clone()))
            }
            "i589_included_spouse" => out.extend(spouse.map(|s| (form(), s))),
            "i589_included_spouse_entered" => {
                out.extend(spouse.filter(|s| entered(s)).map(|s| (form(), s)))
            }
            "i589_spouses_prior_marriages" => {
                for id in std::iter::once(f.applicant.clone()).chain(spouse) {
                    if prior_marriage(&id) {
                        out.push((form(), id));
                    }
                }
            }
            "i589_included_children" => out.extend(children.into_iter().map(|c| (form(), c))),
            // Defensive: the applicant is now in Immigration Court proceedings.
            "i589_defensive_applicant" if defensive(&f.applicant) => {
                out.push((form(), f.applicant.clone()))
            }
            "i589_affirmative_applicant" if !defensive(&f.applicant) => {
                out.push((form(), f.applicant.clone()))
            }
            "i589_defensive_included" if defensive(&f.applicant) => {
                out.extend(spouse.into_iter().chain(children).map(|p| (form(), p)))
            }
            "i589_affirmative_included" if !defensive(&f.applicant) => {
                out.extend(spouse.into_iter().chain(children).map(|p| (form(), p)))
            }
            "i589_represented_applicant"
                if case.preparer.as_ref().is_some_and(|p| p.is_attorney) =>
            {
                out.push((form(), f.applicant.clone()))
            }
            "i589_paroled_family" => out.extend(
                std::iter::once(f.applicant.clone())
                    .chain(spouse)
                    .chain(children)
                    .filter(|p| paroled(p))
                    .map(|p| (form(), p)),
            ),
            "i589_included_children_entered" => out.extend(
                children
                    .into_iter()
                    .filter(|c| entered(c))
                    .map(|c| (form(), c)),
            ),
            _ => {}
        }
    }
    let n730 = case.forms.i730.len();
    for (i, f) in case.forms.i730.iter().enumerate() {
        let form = || format!("I-730 ({} of {n730})", i + 1);
        let rel = f.relationship;
        let child_rel = f.child_relationship;
        let Some(ben) = person(&f.beneficiary) else {
            continue;
        };
        let is_child = rel == I730Relationship::Child;
        let step_or_adopted = matches!(
            child_rel,
            Some(I730ChildRelationship::Stepchild | I730ChildRelationship::Adopted)
        );
        let of_mother = is_child && !step_or_adopted && ben.mother.as_ref() == Some(&f.petitioner);
        let of_father = is_child && !step_or_adopted && ben.father.as_ref() == Some(&f.petitioner);
        let wedlock = !matches!(
            child_rel,
            Some(I730ChildRelationship::BornOutOfWedlock | I730ChildRelationship::Legitimated)
        );
        let selected = match role {
            "i730_petitioner" => {
                if case.forms.i730[..i]
                    .iter()
                    .all(|g| g.petitioner != f.petitioner)
                {
                    out.push((Form::I730.name().to_string(), f.petitioner.clone()));
                }
                false
            }
            // The page-1 attorney block's "Form G-28 is attached" box is checked for an
            // attorney preparer: a G-28 goes with each petition.
            "i730_represented_petitioner" => {
                if case.preparer.as_ref().is_some_and(|p| p.is_attorney) {
                    out.push((form(), f.petitioner.clone()));
                }
                false
            }
            "i730_beneficiaries" => true,
            "i730_beneficiaries_in_us" => ben.whereabouts.as_ref().is_some_and(|w| w.in_us),
            "i730_spouse_beneficiaries" => rel == I730Relationship::Spouse,
            "i730_spouses_prior_marriages" => {
                if rel == I730Relationship::Spouse {
                    for id in [&f.petitioner, &f.beneficiary] {
                        if prior_marriage(id) {
                            out.push((form(), id.clone()));
                        }
                    }
                }
                false
            }
            "i730_spouses_with_other_names" => {
                rel == I730Relationship::Spouse && !ben.other_names.is_empty()
            }
            "i730_children_of_mother" => of_mother,
            "i730_children_of_father" => of_father,
            "i730_children_of_father_in_wedlock" => of_father && wedlock,
            "i730_children_of_father_out_of_wedlock" => of_father && !wedlock,
            "i730_stepchildren" => child_rel == Some(I730ChildRelationship::Stepchild),
            "i730_adopted_children" => child_rel == Some(I730ChildRelationship::Adopted),
            "i730_children_born_after_grant" => is_child && ben.date_of_birth > f.granted,
            _ => false,
        };
        if selected {
            out.push((form(), f.beneficiary.clone()));
        }
    }
    let n485 = case.forms.i485.len();
    for (i, f) in case.forms.i485.iter().enumerate() {
        let form = || format!("I-485 ({} of {n485})", i + 1);
        let principal = f.principal.as_ref().and_then(|id| case.person(id));
        let applicant = person(&f.applicant);
        let selected = match role {
            "i485_applicants" => true,
            "i485_represented_applicants" => case.preparer.as_ref().is_some_and(|p| p.is_attorney),
            "i485_waiver_filers" => f.inadmissibility_waiver_filed == Some(true),
            "i485_derivative_spouses" => principal.is_some_and(|p| {
                p.marriages
                    .iter()
                    .any(|m| m.spouse.as_ref() == Some(&f.applicant) && m.ended.is_none())
            }),
            "i485_derivative_children" => principal.is_some_and(|p| {
                applicant.is_some_and(|a| {
                    a.mother.as_ref() == Some(&p.id) || a.father.as_ref() == Some(&p.id)
                })
            }),
            _ => false,
        };
        if selected {
            out.push((form(), f.applicant.clone()));
        }
    }
    out
}

/// The checklist as Markdown (`checklist.md`).
pub fn markdown(c: &Checklist) -> String {
    markdown_in(c, &OutputLang::english())
}

/// An item's document and why it is needed in `lang` (`doc-<rule>` and `doc-<rule>-why` of the
/// language's Fluent file), else as `evidence.json` writes them.
pub fn document_in(it: &Item, lang: &OutputLang) -> (String, String) {
    // The texts may select on the person's sex (Fluent `$sex`: male, female, other).
    let sex = match it.sex {
        Some(crate::model::Sex::Male) => "male",
        Some(crate::model::Sex::Female) => "female",
        None => "other",
    };
    let args = [("sex", FluentValueArg::Str(sex.to_string()))];
    (
        lang.text_args(&format!("doc-{}", it.rule), &args, it.document.clone()),
        lang.text_args(&format!("doc-{}-why", it.rule), &args, it.why.clone()),
    )
}

/// [`markdown`] in `lang`: the frame, the documents, why each is needed and their status are
/// translated; names, notes and sources stay as the case and the rules write them.
pub fn markdown_in(c: &Checklist, lang: &OutputLang) -> String {
    let english = format!(
        "# Missing-evidence checklist — case {}\n\n{} documents called for, {} still missing.\n\n",
        c.case_id,
        c.items.len(),
        c.missing()
    );
    let mut s = if lang.is_english() {
        english
    } else {
        format!(
            "# {}\n\n{}\n\n",
            lang.text_args(
                "out-checklist-title",
                &[("case", FluentValueArg::Str(c.case_id.clone()))],
                String::new()
            ),
            lang.text_args(
                "out-checklist-summary",
                &[
                    ("total", FluentValueArg::Num(c.items.len() as f64)),
                    ("missing", FluentValueArg::Num(c.missing() as f64)),
                ],
                String::new()
            )
        )
    };
    let mut form = String::new();
    for it in &c.items {
        if it.form != form {
            form = it.form.clone();
            let columns = lang.text(
                "out-checklist-columns",
                "| status | document | for | why | source |",
            );
            s.push_str(&format!(
                "\n## {form}\n\n{columns}\n|---|---|---|---|---|\n"
            ));
        }
        let status = match (it.status, it.optional) {
            (Status::Provided, _) if it.translation_needed => lang.text(
                "out-checklist-provided-translation",
                "provided, **translation needed**",
            ),
            (Status::Provided, _) => lang.text("out-checklist-provided", "provided"),
            (Status::Missing, true) => lang.text("out-checklist-optional", "optional, not on hand"),
            (Status::Missing, false) => lang.text("out-checklist-missing", "**MISSING**"),
            (Status::Unavailable, true) => lang.text(
                "out-checklist-unavailable-optional",
                "unavailable, not required",
            ),
            (Status::Unavailable, false) => lang.text(
                "out-checklist-unavailable",
                "**unavailable: secondary evidence**",
            ),
        };
        let (document, why) = document_in(it, lang);
        let doc = match &it.note {
            Some(n) => format!("{document} ({n})"),
            None => document,
        };
        s.push_str(&format!(
            "| {status} | {} | {} | {} | {} |\n",
            doc.replace('|', "/"),
            it.person_name,
            why,
            it.citation
        ));
    }
    if !c.fees.is_empty() {
        s.push_str(&format!(
            "\n## {}\n\n{}\n|---|---|---|---|\n",
            lang.text("out-checklist-fees", "Fees for the filing dates"),
            lang.text(
                "out-checklist-fees-columns",
                "| form | amount | note | source |"
            )
        ));
        for f in &c.fees {
            let amount = if f.confirmed {
                fees::dollars(f.amount)
            } else {
                format!(
                    "{} {}",
                    fees::dollars(f.amount),
                    lang.text("out-checklist-unconfirmed", "(unconfirmed)")
                )
            };
            let note = match fee_due(f.due, lang) {
                Some(due) => format!("{due}; {}", f.note),
                None => f.note.clone(),
            };
            s.push_str(&format!(
                "| {} | {amount} | {note} | {} |\n",
                f.form, f.citation
            ));
        }
    }
    s
}

/// What a reader is told about when a fee is paid, when it is not paid with the form.
pub fn fee_due(due: fees::Due, lang: &OutputLang) -> Option<String> {
    match due {
        fees::Due::AtFiling => None,
        fees::Due::YearlyWhilePending => Some(lang.text(
            "fee-due-yearly",
            "not paid with the form: due for each calendar year the application stays pending 365 days or more",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_names_a_known_role_and_parses() {
        let rules = rules().expect("evidence.json parses");
        assert!(rules.len() >= 30);
        for r in &rules {
            assert!(
                ROLES.contains(&r.who.as_str()),
                "{}: unknown role {}",
                r.id,
                r.who
            );
            assert!(!r.citation.is_empty() && !r.accepts.is_empty(), "{}", r.id);
        }
    }
}
