//! Completeness: the questions each form's instructions require answered. A case can be valid
//! (nothing USCIS would reject or deny on) and still not ready to file because a box would be
//! left blank or filled with "N/A" where the form wants an answer. Each unanswered question is
//! a finding whose code starts with [`QUESTION_PREFIX`], naming the Part and Item and what to
//! write ("None" or "Unknown" where the form allows it); [`crate::validate::readiness`] counts them.

use super::{Ctx, Hit, Rule};
use crate::finding::Severity;
use crate::forms::location::loc;
use crate::forms::Form;
use crate::model::i730::I730ChildRelationship;
use crate::model::Person;
use crate::rules::deadline;

/// The code prefix of every completeness rule: a finding with it is a question to answer.
pub const QUESTION_PREFIX: &str = "complete.";

/// One fact of a person that a form asks.
#[derive(Clone, Copy)]
enum Fact {
    Residence,
    ResidenceSince,
    Sex,
    MaritalStatus,
    BirthCity,
    NationalityAtBirth,
    EthnicGroup,
    Religion,
    CourtProceedings,
    LeftHomeCountry,
    Languages,
    Mother,
    Father,
    Whereabouts,
    /// Where a parent is now, or that the parent has died.
    LocationOrDeceased,
    Biographic,
    /// The nonimmigrant class (or what "other" is) of a current status that needs it.
    StatusDetail,
}

impl Fact {
    fn key(self) -> &'static str {
        match self {
            Fact::Residence => "residence",
            Fact::ResidenceSince => "residence_since",
            Fact::Sex => "sex",
            Fact::MaritalStatus => "marital_status",
            Fact::BirthCity => "birth_city",
            Fact::NationalityAtBirth => "nationality_at_birth",
            Fact::EthnicGroup => "ethnic_group",
            Fact::Religion => "religion",
            Fact::CourtProceedings => "court_proceedings",
            Fact::LeftHomeCountry => "left_home_country",
            Fact::Languages => "languages",
            Fact::Mother => "mother",
            Fact::Father => "father",
            Fact::Whereabouts | Fact::LocationOrDeceased => "whereabouts",
            Fact::Biographic => "biographic",
            Fact::StatusDetail => "current_status",
        }
    }

    fn answered(self, p: &Person) -> bool {
        match self {
            Fact::Residence => p.residence.is_some(),
            Fact::ResidenceSince => p.residence_since.is_some(),
            Fact::Sex => p.sex.is_some(),
            Fact::MaritalStatus => p.marital_status.is_some(),
            Fact::BirthCity => p.birth_city.is_some(),
            Fact::NationalityAtBirth => p.nationality_at_birth.is_some(),
            Fact::EthnicGroup => p.ethnic_group.is_some(),
            Fact::Religion => p.religion.is_some(),
            Fact::CourtProceedings => p.court_proceedings.is_some(),
            Fact::LeftHomeCountry => p.left_home_country.is_some(),
            Fact::Languages => p.languages.is_some(),
            Fact::Mother => p.mother.is_some(),
            Fact::Father => p.father.is_some(),
            Fact::Whereabouts => p.whereabouts.is_some(),
            Fact::LocationOrDeceased => {
                p.deceased == Some(true)
                    || p.whereabouts
                        .as_ref()
                        .is_some_and(|w| w.location.is_some() || w.in_us)
            }
            Fact::Biographic => p.biographic.is_some(),
            Fact::StatusDetail => p
                .current_status
                .as_ref()
                .is_none_or(|c| !c.status.needs_detail() || c.detail.is_some()),
        }
    }

    /// What the question asks, in words.
    fn what(self) -> &'static str {
        match self {
            Fact::Residence => "the current physical address",
            Fact::ResidenceSince => "the date the person began living at the current address",
            Fact::Sex => "sex",
            Fact::MaritalStatus => "marital status",
            Fact::BirthCity => "city or town of birth",
            Fact::NationalityAtBirth => "nationality at birth",
            Fact::EthnicGroup => "race, ethnic or tribal group",
            Fact::Religion => "religion",
            Fact::CourtProceedings => {
                "whether the person has ever been in Immigration Court proceedings"
            }
            Fact::LeftHomeCountry => "the date the person last left the home country",
            Fact::Languages => "native language and fluency in English",
            Fact::Mother => "the mother",
            Fact::Father => "the father",
            Fact::Whereabouts => "where the person is now",
            Fact::LocationOrDeceased => "where the parent is now, or that the parent has died",
            Fact::Biographic => {
                "the physical description (ethnicity, race, height, weight, eye and hair colour)"
            }
            Fact::StatusDetail => "the class of the current status (e.g. B-2)",
        }
    }

    /// What to write, with "None"/"Unknown" where the form allows it.
    fn hint(self, id: &str) -> String {
        let add = |what: &str| format!("add to \"{id}\": {what}");
        match self {
            Fact::Residence => add("\"residence\": {\"street\": ..., \"city\": ..., \"state\": ..., \"zip\": ...} (the address where the person lives now)"),
            Fact::ResidenceSince => add("\"residence_since\": \"YYYY-MM-DD\" (the 1st of the month if only the month is known)"),
            Fact::Sex => add("\"sex\": \"male\" or \"female\""),
            Fact::MaritalStatus => add("\"marital_status\": single, married, divorced, widowed, separated or annulled"),
            Fact::BirthCity => add("\"birth_city\" (write \"Unknown\" if it is not known)"),
            Fact::NationalityAtBirth => add("\"nationality_at_birth\": the nationality at birth, the same as \"nationality\" if it never changed (\"stateless\" if none)"),
            Fact::EthnicGroup => add("\"ethnic_group\" in the person's own words (\"None\" or \"Unknown\" if that is the answer)"),
            Fact::Religion => add("\"religion\" (write \"None\" if none)"),
            Fact::CourtProceedings => add("\"court_proceedings\": \"never\", \"now\" or \"past\""),
            Fact::LeftHomeCountry => add("\"left_home_country\": \"YYYY-MM-DD\""),
            Fact::Languages => add("\"languages\": {\"native\": ..., \"fluent_in_english\": true or false}"),
            Fact::Mother => format!("list the mother in `people` and set \"mother\" of \"{id}\" to her id (her name \"Unknown\" if it is not known)"),
            Fact::Father => format!("list the father in `people` and set \"father\" of \"{id}\" to his id (his name \"Unknown\" if it is not known)"),
            Fact::Whereabouts => add("\"whereabouts\": {\"in_us\": true or false, \"location\": \"City, Country\"} (location \"Unknown\" if not known)"),
            Fact::LocationOrDeceased => add("\"whereabouts\": {\"in_us\": false, \"location\": \"City, Country\"} (\"Unknown\" if not known), or \"deceased\": true"),
            Fact::Biographic => add("\"biographic\": {\"ethnicity\", \"race\", \"height_feet\", \"height_inches\", \"weight_pounds\", \"eye_color\", \"hair_color\"}"),
            Fact::StatusDetail => add("\"detail\" in \"current_status\": the nonimmigrant class (e.g. \"B-2\", \"F-1\") or, for \"other\", the status in words"),
        }
    }
}

/// Asks each fact of `facts` of the person `id`, at its form location.
fn ask(ctx: &Ctx, hits: &mut Vec<Hit>, id: &crate::model::PersonId, facts: &[(Fact, &str)]) {
    let Some((pi, p)) = ctx.case.person_at(id) else {
        return;
    };
    for &(fact, location) in facts {
        if !fact.answered(p) {
            hits.push(
                Hit::new(
                    format!("/people/{pi}/{}", fact.key()),
                    format!(
                        "{location}: {} of \"{}\" is not answered",
                        fact.what(),
                        p.id
                    ),
                    fact.hint(p.id.as_str()),
                )
                .location(location),
            );
        }
    }
}

fn question(pointer: String, location: &str, what: String, hint: impl Into<String>) -> Hit {
    Hit::new(pointer, format!("{location}: {what}"), hint).location(location)
}

pub const I589_QUESTIONS: Rule = Rule {
    id: "complete.i589",
    severity: Severity::Warning,
    form: Some(Form::I589),
    location: loc!("Parts A.I-A.III"),
    citation: "Form I-589 instructions (answer every question; N/A only where a question does not apply); 8 CFR 103.2(a)(1), 208.3(a) (filed according to the form instructions)",
    summary: "Every question the I-589 asks is answered: the applicant's residence, sex, marital status, city of birth, nationality at birth, ethnic group, religion, court proceedings, departure date and languages (A.I); the spouse's and children's marital status and whereabouts (A.II); the last address before the US, five years of residences, education, employment, and both parents with their location or death (A.III).",
    check: i589_questions,
};

fn i589_questions(ctx: &Ctx) -> Vec<Hit> {
    let Some(form) = &ctx.case.forms.i589 else {
        return vec![];
    };
    let mut hits = Vec::new();
    let a = &form.applicant;
    ask(
        ctx,
        &mut hits,
        a,
        &[
            (Fact::Residence, "Part A.I, item 8"),
            (Fact::Sex, "Part A.I, item 10"),
            (Fact::MaritalStatus, "Part A.I, item 11"),
            (Fact::BirthCity, "Part A.I, item 13"),
            (Fact::NationalityAtBirth, "Part A.I, item 15"),
            (Fact::EthnicGroup, "Part A.I, item 16"),
            (Fact::Religion, "Part A.I, item 17"),
            (Fact::CourtProceedings, "Part A.I, item 18"),
            (Fact::LeftHomeCountry, "Part A.I, item 19.a"),
            (Fact::Languages, "Part A.I, items 23-24"),
            (Fact::Mother, "Part A.III, item 5 (mother)"),
            (Fact::Father, "Part A.III, item 5 (father)"),
        ],
    );
    if let Some(sp) = &form.spouse {
        ask(
            ctx,
            &mut hits,
            &sp.person,
            &[
                (Fact::Sex, "Part A.II, spouse item 14"),
                (Fact::Whereabouts, "Part A.II, spouse item 15"),
                (Fact::StatusDetail, "Part A.II, spouse item 20"),
            ],
        );
    }
    for c in &form.children {
        ask(
            ctx,
            &mut hits,
            &c.person,
            &[
                (Fact::MaritalStatus, "Part A.II, child item 3"),
                (Fact::Sex, "Part A.II, child item 12"),
                (Fact::Whereabouts, "Part A.II, child item 13"),
                (Fact::StatusDetail, "Part A.II, child item 18"),
            ],
        );
    }
    if let Some((pi, p)) = ctx.case.person_at(a) {
        for parent in [&p.mother, &p.father].into_iter().flatten() {
            ask(
                ctx,
                &mut hits,
                parent,
                &[(
                    Fact::LocationOrDeceased,
                    "Part A.III, item 5 (current location or deceased)",
                )],
            );
        }
        if form.addresses_before_us.is_empty() {
            hits.push(question(
                "/forms/i589/addresses_before_us".into(),
                "Part A.III, item 1",
                "the last address before coming to the US (and the last address in the country of feared persecution, if different) is not given".into(),
                "add the address(es) with their dates to forms.i589.addresses_before_us",
            ));
        }
        // Five years back from the filing date, the residences must reach.
        let since = deadline::anniversary(*form.filing.date, -5).map(|(d, _)| d);
        let earliest = p
            .residences
            .iter()
            .map(|r| *r.from)
            .chain(p.residence_since.map(|d| *d))
            .min();
        match (since, earliest) {
            (_, None) => hits.push(question(
                format!("/people/{pi}/residences"),
                "Part A.III, item 2",
                "the residences of the past five years are not listed".into(),
                "list every address of the past five years in `residences`, the present address first",
            )),
            (Some(since), Some(e)) if e > since => hits.push(question(
                format!("/people/{pi}/residences"),
                "Part A.III, item 2",
                format!("the residences listed start on {e}; the form asks every address since {since}"),
                format!("add the addresses where the applicant lived between {since} and {e}"),
            )),
            _ => {}
        }
        if p.education.is_empty() {
            hits.push(question(
                format!("/people/{pi}/education"),
                "Part A.III, item 3",
                "no school is listed".into(),
                "list every school attended, most recent first (name, type, location, dates)",
            ));
        }
        if p.employment.is_empty() {
            hits.push(question(
                format!("/people/{pi}/employment"),
                "Part A.III, item 4",
                "no employment of the past five years is listed".into(),
                "list each job of the past five years, most recent first; for a period without work write the employer \"Unemployed\" (or \"Student\") with its dates",
            ));
        }
    }
    hits
}

pub const I730_QUESTIONS: Rule = Rule {
    id: "complete.i730",
    severity: Severity::Warning,
    form: Some(Form::I730),
    location: loc!("Parts 1-2 and page 1"),
    citation: "Form I-730 instructions (answer every item; N/A where it does not apply); 8 CFR 103.2(a)(1)",
    summary: "Every question the I-730 asks is answered: the petitioner's and beneficiary's addresses and sex, the beneficiary's marital status and whereabouts, and the kind of child for a child beneficiary.",
    check: i730_questions,
};

fn i730_questions(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, f) in ctx.case.forms.i730.iter().enumerate() {
        ask(
            ctx,
            &mut hits,
            &f.petitioner,
            &[
                (Fact::Residence, "Part 1, item 2"),
                (Fact::Sex, "Part 1, item 5"),
            ],
        );
        ask(
            ctx,
            &mut hits,
            &f.beneficiary,
            &[
                (Fact::Sex, "Part 2, item 5"),
                (Fact::MaritalStatus, "Part 2 (marital status)"),
                (Fact::Whereabouts, "Part 2, item 21"),
            ],
        );
        if f.relationship == crate::model::i730::I730Relationship::Child
            && f.child_relationship.is_none()
        {
            let kinds: Vec<&str> = [
                I730ChildRelationship::BornInWedlock,
                I730ChildRelationship::BornOutOfWedlock,
                I730ChildRelationship::Legitimated,
                I730ChildRelationship::Stepchild,
                I730ChildRelationship::Adopted,
            ]
            .iter()
            .map(|k| match k {
                I730ChildRelationship::BornInWedlock => "born_in_wedlock",
                I730ChildRelationship::BornOutOfWedlock => "born_out_of_wedlock",
                I730ChildRelationship::Legitimated => "legitimated",
                I730ChildRelationship::Stepchild => "stepchild",
                I730ChildRelationship::Adopted => "adopted",
            })
            .collect();
            hits.push(question(
                format!("/forms/i730/{i}/child_relationship"),
                "page 1 (Unmarried child who is a(n))",
                "the kind of child is not given".into(),
                format!("add \"child_relationship\": one of {}", kinds.join(", ")),
            ));
        }
    }
    // One person is asked once even when several petitions print them.
    let mut seen = std::collections::HashSet::new();
    hits.retain(|h| seen.insert((h.pointer.clone(), h.location.clone())));
    hits
}

pub const I485_QUESTIONS: Rule = Rule {
    id: "complete.i485",
    severity: Severity::Warning,
    form: Some(Form::I485),
    location: loc!("Parts 1, 5, 6 and 8"),
    citation: "Form I-485 instructions (answer every item; N/A where it does not apply); 8 CFR 103.2(a)(1)",
    summary: "Every question the I-485 asks is answered: the applicant's sex, city of birth, current address and the date it began (Part 1), both parents (Part 5), marital status (Part 6) and the physical description (Part 8).",
    check: i485_questions,
};

fn i485_questions(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for f in &ctx.case.forms.i485 {
        ask(
            ctx,
            &mut hits,
            &f.applicant,
            &[
                (Fact::Sex, "Part 1, item 6"),
                (Fact::BirthCity, "Part 1, item 7"),
                (Fact::Residence, "Part 1, item 18"),
                (
                    Fact::ResidenceSince,
                    "Part 1, item 18 (date you first resided at this address)",
                ),
                (Fact::Father, "Part 5, items 1-4 (parent 1)"),
                (Fact::Mother, "Part 5, items 5-8 (parent 2)"),
                (Fact::MaritalStatus, "Part 6, item 1"),
                (Fact::Biographic, "Part 8, items 1-6"),
                (Fact::StatusDetail, "Part 1, item 14"),
            ],
        );
    }
    hits
}

pub const I485_SUPPORT: Rule = Rule {
    id: "complete.i485-support",
    severity: Severity::Warning,
    form: Some(Form::I485),
    location: loc!("Part 4, items 7-8 (if unemployed or retired, source of financial support)"),
    citation: "Form I-485 (edition 01/20/25) Part 4, item 7: \"Include periods of self-employment, unemployment, or retirement. For each period of unemployment or retirement, list source of financial support\"; item 8: \"If unemployed or retired, source of financial support\"; 8 CFR 103.2(a)(1) (a request is filed as its form and instructions say)",
    summary: "Every period of unemployment or retirement in the I-485's employment history (item 7, the first period and every additional one continued in Part 14) and in item 8 (most recent employment abroad) gives its source of financial support.",
    check: i485_support,
};

/// Where an employment period's "source of financial support" goes: item 7 for the current
/// period, the Part 14 entry named as the continuation names it for the later ones.
fn support_location(k: usize) -> String {
    const WHAT: &str = "(if unemployed or retired, source of financial support)";
    match k {
        0 => format!("Part 4, item 7 {WHAT}"),
        _ => format!("Part 4, item 7, additional entry {} {WHAT}", k + 1),
    }
}

fn i485_support(ctx: &Ctx) -> Vec<Hit> {
    const HINT: &str = "add \"support\" to the period: how the person lived then (e.g. \"Refugee cash assistance\", \"Savings\", \"My husband's income\")";
    let mut hits = Vec::new();
    for (i, f) in ctx.case.forms.i485.iter().enumerate() {
        if let Some((pi, p)) = ctx.case.person_at(&f.applicant) {
            for (k, e) in p.employment.iter().enumerate() {
                if e.unemployed_or_retired() && e.support.is_none() {
                    let at = support_location(k);
                    hits.push(question(
                        format!("/people/{pi}/employment/{k}/support"),
                        &at,
                        format!(
                            "the period \"{}\" from {} of \"{}\" gives no source of financial support",
                            e.occupation, e.from, p.id
                        ),
                        HINT,
                    ));
                }
            }
        }
        if let Some(e) = &f.additional.abroad {
            if e.unemployed_or_retired() && e.support.is_none() {
                hits.push(question(
                    format!("/forms/i485/{i}/additional/abroad/support"),
                    "Part 4, item 8 (if unemployed or retired, source of financial support)",
                    format!(
                        "the period abroad \"{}\" from {} gives no source of financial support",
                        e.occupation, e.from
                    ),
                    HINT,
                ));
            }
        }
    }
    // A person with two I-485s (not expected) is asked once.
    let mut seen = std::collections::HashSet::new();
    hits.retain(|h| seen.insert(h.pointer.clone()));
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_later_period_is_located_as_its_part_14_entry() {
        assert_eq!(
            support_location(0),
            "Part 4, item 7 (if unemployed or retired, source of financial support)"
        );
        assert_eq!(
            support_location(2),
            "Part 4, item 7, additional entry 3 (if unemployed or retired, source of financial support)"
        );
        let at = crate::forms::Location::parse(&support_location(2)).expect("parses");
        assert_eq!(
            (at.part_box(), at.to_string().as_str()),
            ("4", "Part 4, Item 7")
        );
    }
}
