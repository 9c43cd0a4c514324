//! I-589 rules: the one-year deadline, dates of entry, the family, and Part B.

use super::{Ctx, Hit, Rule};
use crate::finding::Severity;
use crate::forms::location::loc;
use crate::forms::Form;
use crate::model::{MaritalStatus, Person};
use crate::rules::deadline;

const I589: &str = "/forms/i589";

pub const ONE_YEAR_DEADLINE: Rule = Rule {
    id: "i589.one-year-deadline",
    severity: Severity::Error,
    form: Some(Form::I589),
    location: loc!("Part C, item 5"),
    citation: "INA 208(a)(2)(B), (D); 8 CFR 208.4(a)(2)(ii), (a)(4)-(5)",
    summary: "Filed within one year of the last arrival (arrival = day zero, weekends and federal holidays roll forward); if not, Part C item 5 says Yes and explains changed or extraordinary circumstances.",
    check: one_year_deadline,
};

fn one_year_deadline(ctx: &Ctx) -> Vec<Hit> {
    let Some(form) = &ctx.case.forms.i589 else {
        return vec![];
    };
    let Some((ai, applicant)) = ctx.case.person_at(&form.applicant) else {
        return vec![];
    };
    let Some((entry_idx, entry)) = last_entry(applicant) else {
        return vec![Hit::new(
            at!(format_args!("/people/{ai}"), applicant.us_entries),
            "no entry into the US is listed, so the one-year deadline cannot be computed",
            "list every entry in `us_entries` (I-589 Part A.I item 19.c), the most recent first",
        )
        .severity(Severity::Warning)
        .location("Part A.I, item 19.c")];
    };
    let _ = entry_idx;
    if uac_exempt(applicant, form) {
        return vec![Hit::new(
            at!(I589, form.unaccompanied_child),
            "the one-year deadline does not apply to an unaccompanied alien child",
            "keep evidence of the unaccompanied-child determination with the filing",
        )
        .severity(Severity::Info)
        .location("Part C, item 5")];
    }
    let d = deadline::i589_one_year_dates(*entry.date);
    // An intended date already past counts to today (case.intended-filing-date-passed).
    let filed = deadline::counted_filing_date(&form.filing, ctx.today);
    let t = deadline::timeliness(&d, filed);
    let c5 = &form.part_c.filed_after_one_year;
    let says_late = c5.answer;
    let explained = c5
        .explanation
        .as_deref()
        .is_some_and(|s| !s.trim().is_empty());
    // Words for a finding; most cases have none from this rule.
    let facts = || {
        format!(
            "last arrival {} → deadline {} ({}); filing date {}",
            entry.date,
            d.deadline,
            d.deadline.format("%A"),
            filed
        )
    };
    let mut hits = Vec::new();
    if !t.timely {
        if says_late && explained {
            hits.push(
                Hit::new(
                    at!(I589, form.part_c.filed_after_one_year.explanation),
                    format!("filed {} days late ({}); the explanation must show changed circumstances materially affecting eligibility or extraordinary circumstances related to the delay, and filing within a reasonable period after them", t.days_late, facts()),
                    "attach evidence of the circumstances (8 CFR 208.4(a)(4)-(5)): medical records, proof of lawful status, an affidavit on ineffective assistance, etc.",
                )
                .severity(Severity::Warning),
            );
        } else {
            hits.push(Hit::new(
                at!(I589, form.part_c.filed_after_one_year),
                format!("filed {} days after the one-year deadline ({}) but Part C item 5 does not say Yes with an explanation", t.days_late, facts()),
                "answer Yes to Part C item 5 and explain the changed or extraordinary circumstances (8 CFR 208.4(a)(4)-(5)), or file by the deadline",
            ));
        }
    } else {
        if says_late {
            hits.push(
                Hit::new(
                    at!(I589, form.part_c.filed_after_one_year.answer),
                    format!("Part C item 5 says the I-589 is filed more than one year after the last arrival, but it is on time ({})", facts()),
                    "answer No to Part C item 5 unless an earlier arrival is meant; the last arrival is the most recent entry listed in item 19.c",
                )
                .severity(Severity::Warning),
            );
        }
        if let Some(safe) = deadline::latest_safe_filing_date(&d) {
            if filed > safe {
                hits.push(
                    Hit::new(
                        at!(I589, form.filing.date),
                        format!("the deadline {} was reached by rolling past an observed (not actual) holiday; whether that counts under 8 CFR 208.4(a)(2)(ii) is unsettled", d.deadline),
                        format!("file by {safe} to be safe"),
                    )
                    .severity(Severity::Warning),
                );
            }
        }
        hits.push(
            Hit::new(
                at!(I589, form.filing.date),
                format!("on time: {}, {} days to spare", facts(), t.days_left),
                "",
            )
            .severity(Severity::Info),
        );
    }
    hits
}

pub const FILED_AFTER_ARRIVAL: Rule = Rule {
    id: "i589.filed-after-arrival",
    severity: Severity::Error,
    form: Some(Form::I589),
    location: loc!("Part A.I, item 19.c"),
    citation: "INA 208(a)(1) (an alien physically present in or arriving in the US may apply)",
    summary: "The filing date is not before the last arrival listed in Part A.I item 19.c.",
    check: filed_after_arrival,
};

fn filed_after_arrival(ctx: &Ctx) -> Vec<Hit> {
    let Some(form) = &ctx.case.forms.i589 else {
        return vec![];
    };
    let Some(applicant) = ctx.case.person(&form.applicant) else {
        return vec![];
    };
    let Some((_, entry)) = last_entry(applicant) else {
        return vec![];
    };
    if form.filing.date < entry.date {
        return vec![Hit::new(
            at!(I589, form.filing.date),
            format!("the filing date {} is before the last arrival {}", form.filing.date, entry.date),
            "check the filing date and the dates of entry (item 19.c lists the most recent entry first)",
        )];
    }
    vec![]
}

pub const SPOUSE_INCLUDED_IN_US: Rule = Rule {
    id: "i589.spouse-included-in-us",
    severity: Severity::Error,
    form: Some(Form::I589),
    location: loc!("Part A.II, item 24"),
    citation: "8 CFR 208.3(a); INA 208(b)(3)(A)",
    summary: "A spouse may be included in the application only if in the US (an included spouse whose whereabouts are not given is a warning).",
    check: spouse_in_us,
};

fn spouse_in_us(ctx: &Ctx) -> Vec<Hit> {
    let Some(form) = &ctx.case.forms.i589 else {
        return vec![];
    };
    let Some(sp) = &form.spouse else {
        return vec![];
    };
    let Some(person) = ctx.case.person(&sp.person) else {
        return vec![];
    };
    if !sp.include {
        return vec![];
    }
    match in_us(person) {
        Some(true) => vec![],
        Some(false) => vec![Hit::new(
            at!(at!(I589, form.spouse), sp.include),
            format!("{} is to be included but is not listed as in the US", person.display_name()),
            "only a spouse in the US can be included (item 24: No); a spouse abroad can follow to join by an I-730 once asylum is granted",
        )],
        None => vec![Hit::new(
            at!(at!(I589, form.spouse), sp.include),
            format!("{} is to be included but the case does not say where the spouse is", person.display_name()),
            format!("add \"whereabouts\": {{\"in_us\": true}} to \"{}\" (or false and the location): only a spouse in the US can be included", person.id),
        )
        .severity(Severity::Warning)],
    }
}

pub const CHILD_INCLUDED: Rule = Rule {
    id: "i589.child-included-eligible",
    severity: Severity::Error,
    form: Some(Form::I589),
    location: loc!("Part A.II, Your Children, item 21"),
    citation: "INA 208(b)(3)(A)-(B) (CSPA); 8 CFR 208.3(a); INA 101(b)(1); INA 101(a)(39)",
    summary: "A child may be included only if unmarried (a legally separated child is married), in the US, and under 21 on the I-589 filing date (a child who turns 21 on that date is not under 21); an included child without a marital status or whereabouts is a warning.",
    check: child_included,
};

fn child_included(ctx: &Ctx) -> Vec<Hit> {
    let Some(form) = &ctx.case.forms.i589 else {
        return vec![];
    };
    let mut hits = Vec::new();
    for (i, c) in form.children.iter().enumerate() {
        if !c.include {
            continue;
        }
        let Some(person) = ctx.case.person(&c.person) else {
            continue;
        };
        let ptr = at!(format_args!("{}/{i}", at!(I589, form.children)), c.include);
        let age = deadline::age_on(*person.date_of_birth, *form.filing.date);
        let name = person.display_name();
        if age >= 21 {
            hits.push(Hit::new(
                ptr.clone(),
                format!("{name} is {age} on the filing date {} (born {}); only a child under 21 on that date can be included", form.filing.date, person.date_of_birth),
                "answer No to item 21 for this child; a child 21 or older files an I-589 of their own",
            ));
        }
        match person.marital_status {
            Some(s) if s.is_married() => hits.push(Hit::new(
                ptr.clone(),
                format!("{name} is {}; only an unmarried child can be included (a legally separated child is still married, INA 101(a)(39))", marital_words(s)),
                "answer No to item 21 for this child; a married child files an I-589 of their own",
            )),
            Some(_) => {}
            None => hits.push(
                Hit::new(
                    ptr.clone(),
                    format!("{name} is to be included but the case does not give the child's marital status; only an unmarried child can be included"),
                    format!("add \"marital_status\" to \"{}\" (single, married, divorced, widowed, separated or annulled)", person.id),
                )
                .severity(Severity::Warning),
            ),
        }
        match in_us(person) {
            Some(true) => {}
            Some(false) => hits.push(Hit::new(
                ptr,
                format!("{name} is not listed as in the US; only a child in the US can be included"),
                "answer No to item 21; a child abroad can follow to join by an I-730 once asylum is granted",
            )),
            None => hits.push(
                Hit::new(
                    ptr,
                    format!("{name} is to be included but the case does not say where the child is; only a child in the US can be included"),
                    format!("add \"whereabouts\": {{\"in_us\": true}} to \"{}\" (or false and the location)", person.id),
                )
                .severity(Severity::Warning),
            ),
        }
    }
    hits
}

pub const EVERY_CHILD_LISTED: Rule = Rule {
    id: "i589.every-child-listed",
    severity: Severity::Error,
    form: Some(Form::I589),
    location: loc!("Part A.II, Your Children"),
    citation: "8 CFR 208.3(a); Form I-589 instructions, Part A.II (list all children regardless of age, location or marital status)",
    summary: "Every child of the applicant in `people` is listed on the I-589, whatever the age, marital status or location.",
    check: every_child_listed,
};

fn every_child_listed(ctx: &Ctx) -> Vec<Hit> {
    let Some(form) = &ctx.case.forms.i589 else {
        return vec![];
    };
    let mut hits = Vec::new();
    for (i, p) in ctx.case.people.iter().enumerate() {
        let is_child = p.mother.as_ref() == Some(&form.applicant)
            || p.father.as_ref() == Some(&form.applicant);
        if is_child && !form.children.iter().any(|c| c.person == p.id) {
            hits.push(Hit::new(
                format!("/people/{i}"),
                format!(
                    "{} is the applicant's child but is not listed in the I-589",
                    p.display_name()
                ),
                format!(
                    "add {{\"person\": \"{}\", \"include\": false}} to forms.i589.children",
                    p.id
                ),
            ));
        }
    }
    hits
}

pub const CHILDREN_UNSTATED: Rule = Rule {
    id: "i589.children-unstated",
    severity: Severity::Warning,
    form: Some(Form::I589),
    location: loc!("Part A.II, Your Children"),
    citation: "Form I-589, Part A.II: \"Your Children. List all of your children, regardless of age, location, or marital status.\" and \"I do not have any children.\"; 8 CFR 208.3(a)",
    summary: "A case that lists no children of the applicant (in forms.i589.children or as a person whose parent is the applicant) makes the I-589 check \"I do not have any children\": the case file cannot tell \"none\" from \"not entered\", so a person confirms it.",
    check: children_unstated,
};

/// An empty list of children is either "none" or "not entered yet"; the form's box says "none".
fn children_unstated(ctx: &Ctx) -> Vec<Hit> {
    let Some(form) = &ctx.case.forms.i589 else {
        return vec![];
    };
    let a_child_in_people = ctx.case.people.iter().any(|p| {
        p.mother.as_ref() == Some(&form.applicant) || p.father.as_ref() == Some(&form.applicant)
    });
    if !form.children.is_empty() || a_child_in_people {
        return vec![];
    }
    vec![Hit::new(
        at!("/forms/i589", form.children),
        "the case lists no children, so the I-589 checks \"I do not have any children\"; the case file cannot tell whether the applicant has none or they were not entered",
        "confirm with the applicant that they have no child of any age, location or marital status (a married or adult child, or a child abroad, counts); list each child in people and forms.i589.children",
    )]
}

pub const NO_TRAVEL_DOCUMENT: Rule = Rule {
    id: "i589.no-travel-document",
    severity: Severity::Warning,
    form: Some(Form::I589),
    location: loc!("Part A.I, items 20-22"),
    citation: "Form I-589, Part A.I: \"20. What country issued your last passport or travel document?\", \"21. Passport Number\" / \"Travel Document Number\", \"22. Expiration Date\"",
    summary: "The applicant's last passport or travel document is listed (people[].documents): without one, Part A.I items 20-22 stay empty, and the case file cannot say whether the applicant never had one.",
    check: no_travel_document,
};

fn no_travel_document(ctx: &Ctx) -> Vec<Hit> {
    use crate::model::common::TravelDocumentKind;
    let Some(form) = &ctx.case.forms.i589 else {
        return vec![];
    };
    let Some((pi, p)) = ctx.case.person_at(&form.applicant) else {
        return vec![];
    };
    if p.documents
        .iter()
        .any(|d| d.kind != TravelDocumentKind::NationalId)
    {
        return vec![];
    }
    vec![Hit::new(
        format!("/people/{pi}/documents"),
        format!(
            "no passport or travel document of \"{}\" is listed: Part A.I items 20-22 (issuing country, number, expiration date) stay empty",
            p.id
        ),
        "add the last passport or travel document (kind, number, country, expires) to the applicant's documents, even if expired or taken; if the applicant never had one, the items do not apply: write \"N/A\" in items 20-22 when reviewing the printed form",
    )]
}

pub const SUPPLEMENT_A: Rule = Rule {
    id: "i589.supplement-a",
    severity: Severity::Info,
    form: Some(Form::I589),
    location: loc!("Part A.II, Your Children; Supplement A"),
    citation: "Form I-589 instructions, Part A.II (more than four children: Supplement A)",
    summary: "More than four children continue on Supplement A.",
    check: supplement_a,
};

fn supplement_a(ctx: &Ctx) -> Vec<Hit> {
    let Some(form) = &ctx.case.forms.i589 else {
        return vec![];
    };
    if form.children.len() > 4 {
        return vec![Hit::new(
            format!("{}/4", at!(I589, form.children)),
            format!(
                "{} children: the first four fit the form, the rest go on Supplement A",
                form.children.len()
            ),
            "sign Supplement A as well",
        )];
    }
    vec![]
}

pub const GROUND_CLAIMED: Rule = Rule {
    id: "i589.ground-claimed",
    severity: Severity::Error,
    form: Some(Form::I589),
    location: loc!("Part B, item 1 (grounds)"),
    citation: "INA 101(a)(42)(A); INA 208(b)(1)(B)(i); 8 CFR 208.16(c) (Convention Against Torture)",
    summary: "Part B claims at least one ground (race, religion, nationality, political opinion, particular social group) or the Convention Against Torture.",
    check: ground_claimed,
};

fn ground_claimed(ctx: &Ctx) -> Vec<Hit> {
    let Some(form) = &ctx.case.forms.i589 else {
        return vec![];
    };
    let g = &form.part_b.grounds;
    // Every ground by name: a ground added to the model must be added here too, and one
    // renamed fails to compile.
    let crate::model::i589::I589Grounds {
        race,
        religion,
        nationality,
        political_opinion,
        social_group,
        torture,
    } = *g;
    if race || religion || nationality || political_opinion || social_group || torture {
        return vec![];
    }
    vec![Hit::new(
        at!(I589, form.part_b.grounds),
        "no ground is checked in Part B",
        "check at least one of race, religion, nationality, political opinion, membership in a particular social group, or the Convention Against Torture",
    )]
}

/// The I-589 one-year deadline of a case, computed as the rule above computes it: `None` without
/// an I-589 or a listed entry, or for an unaccompanied child (the deadline does not apply).
/// Its dates only: the notes are left out, as the rule leaves them.
pub fn one_year_deadline_of(case: &crate::model::CaseFile) -> Option<deadline::Deadline> {
    let form = case.forms.i589.as_ref()?;
    let applicant = case.person(&form.applicant)?;
    if uac_exempt(applicant, form) {
        return None;
    }
    let (_, entry) = last_entry(applicant)?;
    Some(deadline::i589_one_year_dates(*entry.date))
}

/// Whether the unaccompanied-child exemption can apply: claimed, and the applicant was under 18
/// at the last arrival (6 U.S.C. 279(g)(2)). A claim by someone 18 or over at the last arrival
/// is not an exemption (the `i589.unaccompanied-child` rule says so).
fn uac_exempt(applicant: &Person, form: &crate::model::I589) -> bool {
    form.unaccompanied_child == Some(true)
        && last_entry(applicant)
            .is_none_or(|(_, e)| deadline::age_on(*applicant.date_of_birth, *e.date) < 18)
}

pub const UNACCOMPANIED_CHILD: Rule = Rule {
    id: "i589.unaccompanied-child",
    severity: Severity::Error,
    form: Some(Form::I589),
    location: loc!("Part C, item 5 (one-year deadline)"),
    citation: "INA 208(a)(2)(E); 6 U.S.C. 279(g)(2) (under 18, no lawful status, no parent or legal guardian in the US available); 8 CFR 208.4(a)(5)(ii) (legal disability as an extraordinary circumstance)",
    summary: "The unaccompanied-child exemption from the one-year deadline needs the applicant under 18 at the last arrival (18 or over: error, and Part C item 5 must explain the delay); under 18 then but 18 or over at filing: a warning pointing to the UAC determination and 8 CFR 208.4(a)(5)(ii); the determination (agency, date) is recorded.",
    check: unaccompanied_child,
};

fn unaccompanied_child(ctx: &Ctx) -> Vec<Hit> {
    let Some(form) = &ctx.case.forms.i589 else {
        return vec![];
    };
    if form.unaccompanied_child != Some(true) {
        return vec![];
    }
    let Some(applicant) = ctx.case.person(&form.applicant) else {
        return vec![];
    };
    let ptr = at!(I589, form.unaccompanied_child);
    let Some((_, entry)) = last_entry(applicant) else {
        return vec![];
    };
    let at_arrival = deadline::age_on(*applicant.date_of_birth, *entry.date);
    let at_filing = deadline::age_on(*applicant.date_of_birth, *form.filing.date);
    let mut hits = Vec::new();
    if at_arrival >= 18 {
        hits.push(Hit::new(
            ptr.clone(),
            format!("the applicant was {at_arrival} at the last arrival ({}); an unaccompanied alien child is under 18 (6 U.S.C. 279(g)(2)), so the one-year deadline applies", entry.date),
            "remove the unaccompanied-child claim; if the I-589 is filed more than a year after the last arrival, answer Yes to Part C item 5 and explain the changed or extraordinary circumstances (8 CFR 208.4(a)(4)-(5))",
        ));
        return hits;
    }
    if at_filing >= 18 {
        hits.push(
            Hit::new(
                ptr.clone(),
                format!("the applicant was {at_arrival} at the last arrival but is {at_filing} on the filing date {}: whether the exemption still applies depends on the earlier unaccompanied-child determination (USCIS practice changed with the J.O.P. v. DHS settlement, 2024)", form.filing.date),
                "keep the UAC determination with the filing, and in Part C item 5 also explain the delay as legal disability during the first year (8 CFR 208.4(a)(5)(ii)) in case the exemption is not accepted",
            )
            .severity(Severity::Warning),
        );
    }
    if form.uac_determination.is_none() {
        hits.push(
            Hit::new(
                ptr,
                "the case does not record how or when the applicant was determined to be an unaccompanied alien child",
                "add \"uac_determination\": {\"agency\": \"orr\", \"date\": \"YYYY-MM-DD\"} (cbp, ice, orr, uscis or immigration_court) from the CBP or ORR record",
            )
            .severity(Severity::Warning),
        );
    }
    hits
}

pub const SPOUSE_IS_CURRENT: Rule = Rule {
    id: "i589.spouse-is-current",
    severity: Severity::Error,
    form: Some(Form::I589),
    location: loc!("Part A.II, Your Spouse"),
    citation: "INA 208(b)(3)(A); 8 CFR 208.3(a); INA 101(a)(39) (\"unmarried\": not married at that time; a legally separated person is married)",
    summary: "The spouse of Part A.II is the current spouse: a former (divorced, widowed, annulled) spouse cannot be listed or included; a married or legally separated applicant lists the spouse; the applicant's marital status is given.",
    check: spouse_is_current,
};

fn spouse_is_current(ctx: &Ctx) -> Vec<Hit> {
    let Some(form) = &ctx.case.forms.i589 else {
        return vec![];
    };
    let Some((ai, applicant)) = ctx.case.person_at(&form.applicant) else {
        return vec![];
    };
    let mut hits = Vec::new();
    let status = applicant.marital_status;
    match &form.spouse {
        Some(sp) => {
            let marriage = applicant
                .marriages
                .iter()
                .find(|m| m.spouse.as_ref() == Some(&sp.person));
            let ended = marriage.is_some_and(|m| m.ended.is_some());
            let not_married = status.is_some_and(|s| !s.is_married());
            if ended || not_married {
                hits.push(Hit::new(
                    at!(I589, form.spouse),
                    format!(
                        "\"{}\" is a former spouse (the marriage has ended or the applicant's marital status is {}); only a current spouse is listed in Part A.II and can be included",
                        sp.person,
                        status.map_or("not married", marital_words)
                    ),
                    "remove `spouse` from the I-589 and check \"I am not married\"; list the former marriage in the applicant's `marriages` with its end date",
                ));
            }
        }
        None if status.is_some_and(|s| s.is_married()) => hits.push(Hit::new(
            at!(format_args!("/people/{ai}"), applicant.marital_status),
            "the applicant is married (or legally separated, which is still married) but the I-589 lists no spouse",
            "add `spouse` to the I-589 (Part A.II), with include true only if the spouse is in the US",
        )),
        None => {}
    }
    hits
}

fn marital_words(s: MaritalStatus) -> &'static str {
    match s {
        MaritalStatus::Single => "single",
        MaritalStatus::Married => "married",
        MaritalStatus::Divorced => "divorced",
        MaritalStatus::Widowed => "widowed",
        MaritalStatus::Separated => "legally separated",
        MaritalStatus::Annulled => "annulled",
    }
}

/// The most recent entry with its index in `us_entries`.
fn last_entry(p: &Person) -> Option<(usize, &crate::model::UsEntry)> {
    p.us_entries.iter().enumerate().max_by_key(|(_, e)| e.date)
}

/// Whether the person is in the US: `None` when the case does not say (a finding, never a
/// default).
fn in_us(p: &Person) -> Option<bool> {
    p.whereabouts.as_ref().map(|w| w.in_us)
}
