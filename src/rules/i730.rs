//! I-730 rules (8 CFR 207.7, 208.21; INA 101(b)(1); USCIS Policy Manual Vol. 4 Part C).

use super::{Ctx, Hit, Rule};
use crate::finding::Severity;
use crate::forms::location::loc;
use crate::forms::Form;
use crate::model::i730::{I730ChildRelationship, I730Relationship};
use crate::model::Person;
use crate::rules::deadline;
use chrono::NaiveDate;

pub const PETITIONER_ELIGIBLE: Rule = Rule {
    id: "i730.petitioner-eligible",
    severity: Severity::Error,
    form: Some(Form::I730),
    location: loc!("Part 1"),
    citation: "8 CFR 207.7(d), 208.21(d); USCIS Policy Manual Vol. 4 Part C Ch. 2; Form I-730 instructions (naturalized citizens use Form I-130)",
    summary: "The petitioner is the principal asylee or refugee (or a permanent resident who was one), not a derivative, and not naturalized.",
    check: petitioner_eligible,
};

fn petitioner_eligible(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, f) in ctx.case.forms.i730.iter().enumerate() {
        let base = base(i);
        if !f.petitioner_was_principal {
            hits.push(Hit::new(
                at!(base, f.petitioner_was_principal),
                "the petitioner was not the principal asylee or refugee: a derivative cannot file an I-730",
                "the principal asylee or refugee files the I-730 for the family; a derivative's own relatives cannot follow to join through it",
            ));
        }
        if f.petitioner_naturalized == Some(true) {
            hits.push(Hit::new(
                at!(base, f.petitioner_naturalized),
                "the petitioner is a naturalized US citizen and can no longer file an I-730",
                "a US citizen petitions with Form I-130 instead",
            ));
        }
    }
    hits
}

pub const BENEFICIARY_RELATION: Rule = Rule {
    id: "i730.beneficiary-relationship",
    severity: Severity::Error,
    form: Some(Form::I730),
    location: loc!("header (relationship) and Part 2"),
    citation: "8 CFR 207.7(a)-(b); INA 101(b)(1); INA 101(a)(39)",
    summary: "The beneficiary is the petitioner's spouse or unmarried child (a legally separated child is married; a child without a marital status is a warning): never a parent, sibling or other relative.",
    check: beneficiary_relation,
};

fn beneficiary_relation(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, f) in ctx.case.forms.i730.iter().enumerate() {
        let base = base(i);
        let (Some(pet), Some((bi, ben))) = (
            ctx.case.person(&f.petitioner),
            ctx.case.person_at(&f.beneficiary),
        ) else {
            continue;
        };
        if pet.mother.as_ref() == Some(&ben.id) || pet.father.as_ref() == Some(&ben.id) {
            hits.push(Hit::new(
                at!(base, f.beneficiary),
                format!(
                    "{} is the petitioner's parent; parents cannot be I-730 beneficiaries",
                    ben.display_name()
                ),
                "only a spouse or an unmarried child under 21 qualifies (8 CFR 207.7(b))",
            ));
            continue;
        }
        let share_parent = |a: &Person, b: &Person| {
            (a.mother.is_some() && a.mother == b.mother)
                || (a.father.is_some() && a.father == b.father)
        };
        if share_parent(pet, ben) {
            hits.push(Hit::new(
                at!(base, f.beneficiary),
                format!(
                    "{} is the petitioner's sibling; siblings cannot be I-730 beneficiaries",
                    ben.display_name()
                ),
                "only a spouse or an unmarried child under 21 qualifies (8 CFR 207.7(b))",
            ));
            continue;
        }
        match f.relationship {
            I730Relationship::Spouse if marriage_to(pet, &ben.id).is_none() => {
                hits.push(Hit::new(
                    at!(base, f.relationship),
                    format!("the petition is for a spouse, but no marriage of the petitioner to {} is listed", ben.display_name()),
                    format!("add the marriage to the petitioner's `marriages` with \"spouse\": \"{}\"", ben.id),
                ));
            }
            I730Relationship::Child => {
                let own =
                    ben.mother.as_ref() == Some(&pet.id) || ben.father.as_ref() == Some(&pet.id);
                let step = f.child_relationship == Some(I730ChildRelationship::Stepchild);
                if !own && !step {
                    hits.push(
                        Hit::new(
                            at!(base, f.beneficiary),
                            format!("{} is not listed as the petitioner's child (neither `mother` nor `father` names the petitioner)", ben.display_name()),
                            format!("set \"mother\" or \"father\" of {} to \"{}\", or mark the child a stepchild", ben.id, pet.id),
                        )
                        .severity(Severity::Warning),
                    );
                }
                match ben.marital_status {
                    Some(s) if s.is_married() => hits.push(Hit::new(
                        at!(base, f.beneficiary),
                        format!(
                            "{} is married (a legally separated child is still married, INA 101(a)(39)); only an unmarried child qualifies",
                            ben.display_name()
                        ),
                        "a married son or daughter cannot follow to join (8 CFR 207.7(a))",
                    )),
                    Some(_) => {}
                    None => hits.push(
                        Hit::new(
                            at!(person(bi), ben.marital_status),
                            format!("the case does not give the marital status of {}; only an unmarried child qualifies", ben.display_name()),
                            "add \"marital_status\" (single, married, divorced, widowed, separated or annulled); it prints in Part 2",
                        )
                        .severity(Severity::Warning),
                    ),
                }
            }
            _ => {}
        }
    }
    hits
}

pub const BENEFICIARY_OWN_STATUS: Rule = Rule {
    id: "i730.beneficiary-already-granted",
    severity: Severity::Error,
    form: Some(Form::I730),
    location: loc!("Part 2 (current immigration status)"),
    citation: "8 CFR 207.7(b)(1) (\"a spouse or child who has previously been granted asylee or refugee status\" is ineligible); USCIS Policy Manual Vol. 4 Part C (the same bar for an asylee's relatives; paragraph not verified here). The I-730 instructions' \"Who May Not File\" list concerns the petitioner, not the beneficiary",
    summary: "A beneficiary whose current status is asylee or refugee in their own right is not eligible to follow to join; a beneficiary without a current status is a warning.",
    check: beneficiary_own_status,
};

fn beneficiary_own_status(ctx: &Ctx) -> Vec<Hit> {
    use crate::model::ImmigrationStatus;
    let mut hits = Vec::new();
    for (i, f) in ctx.case.forms.i730.iter().enumerate() {
        let Some((bi, ben)) = ctx.case.person_at(&f.beneficiary) else {
            continue;
        };
        match ben.current_status.as_ref().map(|c| c.status) {
            Some(s @ (ImmigrationStatus::Asylee | ImmigrationStatus::Refugee)) => {
                hits.push(Hit::new(
                    format!("{}/status", at!(person(bi), ben.current_status)),
                    format!(
                        "{} already holds {} status; a spouse or child previously granted asylee or refugee status cannot be an I-730 beneficiary",
                        ben.display_name(),
                        s.form_words().to_lowercase()
                    ),
                    format!("do not file this I-730 (petition {}); if the status was a derivative one through this petitioner, correct `current_status`", i + 1),
                ));
            }
            Some(_) => {}
            // Abroad, most beneficiaries have no US status; the question matters for one in the US.
            None if ben.whereabouts.as_ref().is_some_and(|w| w.in_us) => hits.push(
                Hit::new(
                    person(bi),
                    format!("{} is in the US but the case does not give a current immigration status, so eligibility cannot be checked", ben.display_name()),
                    "add \"current_status\": {\"status\": \"parolee\"} (or the status the beneficiary holds)",
                )
                .severity(Severity::Warning),
            ),
            None => {}
        }
    }
    hits
}

pub const SPOUSE_BEFORE_GRANT: Rule = Rule {
    id: "i730.spouse-married-before-grant",
    severity: Severity::Error,
    form: Some(Form::I730),
    location: loc!("Part 1 (marriage) and header"),
    citation: "8 CFR 207.7(c); USCIS Policy Manual Vol. 4 Part C Ch. 2",
    summary: "A spouse beneficiary was married to the petitioner on or before the grant (asylee) or admission (refugee), and still is.",
    check: spouse_before_grant,
};

fn spouse_before_grant(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for f in &ctx.case.forms.i730 {
        if f.relationship != I730Relationship::Spouse {
            continue;
        }
        let Some((pi, pet)) = ctx.case.person_at(&f.petitioner) else {
            continue;
        };
        let Some((j, m)) = marriage_to(pet, &f.beneficiary) else {
            continue;
        };
        // Built only for a finding: most petitions have none.
        let marriage = || format!("{}/{j}", at!(person(pi), pet.marriages));
        if m.date > f.granted {
            hits.push(Hit::new(
                at!(marriage(), m.date),
                format!("married on {}, after the grant/admission on {}; the relationship must exist at the grant", m.date, f.granted),
                "a spouse married after the grant cannot follow to join; once a permanent resident the petitioner may use Form I-130",
            ));
        }
        if m.ended.is_some() {
            hits.push(Hit::new(
                at!(marriage(), m.ended),
                "the marriage has ended; the relationship must continue through the decision",
                "remove the petition, or correct the marriage record",
            ));
        }
    }
    hits
}

pub const CHILD_ELIGIBLE: Rule = Rule {
    id: "i730.child-eligible",
    severity: Severity::Error,
    form: Some(Form::I730),
    location: loc!("Part 2 (date of birth) and header"),
    citation: "8 CFR 207.7(c); INA 208(b)(3)(B) (asylee: age on the I-589 filing date); INA 207(c)(2)(B) (refugee: age on the refugee application date); INA 101(b)(1)",
    summary: "A child beneficiary was born (or conceived: born within 300 days) before the grant/admission, and was under 21 on the principal's application date.",
    check: child_eligible,
};

/// Days after the grant within which a child born later is presumed conceived before it. The
/// regulation speaks of a child "in utero"; 300 days is the tool's cut-off for asking for evidence.
const IN_UTERO_DAYS: i64 = 300;

fn child_eligible(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, f) in ctx.case.forms.i730.iter().enumerate() {
        let base = base(i);
        if f.relationship != I730Relationship::Child {
            continue;
        }
        let Some((bi, ben)) = ctx.case.person_at(&f.beneficiary) else {
            continue;
        };
        let born_after = (*ben.date_of_birth - *f.granted).num_days();
        if born_after > IN_UTERO_DAYS {
            hits.push(Hit::new(
                at!(person(bi), ben.date_of_birth),
                format!("born {} days after the grant/admission ({}); a child must be born or conceived before it", born_after, f.granted),
                "a child born after the grant does not qualify for an I-730 (8 CFR 207.7(c))",
            ));
        } else if born_after > 0 {
            hits.push(
                Hit::new(
                    at!(person(bi), ben.date_of_birth),
                    format!("born {} days after the grant/admission ({}): qualifies only if conceived (in utero) before it", born_after, f.granted),
                    "attach evidence that the child was conceived before the grant (medical records)",
                )
                .severity(Severity::Warning),
            );
        }
        match f.principal_application_date.map(NaiveDate::from) {
            Some(app) => {
                let age = deadline::age_on(*ben.date_of_birth, app);
                if age >= 21 {
                    hits.push(Hit::new(
                        at!(person(bi), ben.date_of_birth),
                        format!("{} was {age} on the principal's application date {app}; a child must have been under 21", ben.display_name()),
                        "a son or daughter 21 or older on that date does not qualify",
                    ));
                }
            }
            None => hits.push(
                Hit::new(
                    at!(base, f.principal_application_date),
                    "the principal's application date is not given, so the child's age cannot be checked",
                    "give the date the principal's I-589 was filed (asylee) or the refugee application date (refugee)",
                )
                .severity(Severity::Warning),
            ),
        }
    }
    hits
}

pub const STEP_AND_ADOPTED: Rule = Rule {
    id: "i730.stepchild-adopted",
    severity: Severity::Error,
    form: Some(Form::I730),
    location: loc!("Part 2 and header"),
    citation: "INA 101(b)(1)(B), (E)(i)-(ii); 8 CFR 207.7(b)(2)-(3), (c); 8 CFR 208.21(b) (relationship at the grant; 63 FR 3792, 1998); 8 CFR 204.2(d)(2) (applied by 8 CFR 207.7(e))",
    summary: "A stepchild's parent married the petitioner before the child turned 18 and before the grant/admission; an adopted child was adopted before the grant/admission and before 16 (before 18 with a natural sibling adopted under 16 by the same parents), with two years of legal custody and residence.",
    check: step_and_adopted,
};

fn step_and_adopted(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, f) in ctx.case.forms.i730.iter().enumerate() {
        let base = base(i);
        let Some(ben) = ctx.case.person(&f.beneficiary) else {
            continue;
        };
        let Some(pet) = ctx.case.person(&f.petitioner) else {
            continue;
        };
        match f.child_relationship {
            Some(I730ChildRelationship::Stepchild) => {
                let parents = [ben.mother.as_ref(), ben.father.as_ref()];
                let marriage = pet.marriages.iter().find(|m| {
                    m.spouse
                        .as_ref()
                        .is_some_and(|s| parents.contains(&Some(s)))
                });
                match marriage {
                    None => hits.push(Hit::new(
                        at!(base, f.child_relationship),
                        format!("no marriage of the petitioner to a parent of {} is listed", ben.display_name()),
                        "list the child's mother or father in `mother`/`father` and the petitioner's marriage to that parent",
                    )),
                    Some(m) => {
                        if m.date > f.granted {
                            hits.push(Hit::new(
                                at!(base, f.child_relationship),
                                format!("the marriage creating the step-relationship ({}) took place after the grant/admission on {}; the relationship must exist then", m.date, f.granted),
                                "a stepchild whose step-relationship arose after the grant cannot follow to join (8 CFR 208.21(b); 207.7(c))",
                            ));
                        }
                        let eighteen = deadline::anniversary(*ben.date_of_birth, 18).map(|(d, _)| d);
                        if eighteen.is_some_and(|d| m.date >= d) {
                            hits.push(Hit::new(
                                at!(base, f.child_relationship),
                                format!("the marriage creating the step-relationship ({}) took place after the child's 18th birthday", m.date),
                                "a stepchild qualifies only if the marriage took place before the child turned 18 (INA 101(b)(1)(B))",
                            ));
                        }
                    }
                }
            }
            Some(I730ChildRelationship::Adopted) => {
                match &f.adoption {
                    None => hits.push(
                        Hit::new(
                            at!(base, f.adoption),
                            "the adoption date is not given",
                            "give the date of the adoption decree and the date legal custody began",
                        )
                        .severity(Severity::Warning),
                    ),
                    Some(adoption) => {
                        let here = at!(base, f.adoption);
                        let a = *adoption.adopted;
                        // Two years of both legal custody and joint residence: the later start
                        // counts.
                        let custody = *adoption.custody_since.max(adoption.residence_since);
                        if a > *f.granted {
                            hits.push(Hit::new(
                                at!(here, adoption.adopted),
                                format!("adopted on {a}, after the grant/admission on {}; the relationship must exist then", f.granted),
                                "a child adopted after the grant cannot follow to join (8 CFR 208.21(b), as amended by 63 FR 3792; 207.7(c))",
                            ));
                        }
                        let age = deadline::age_on(*ben.date_of_birth, a);
                        let sibling = adoption.sibling_adopted_under_16 == Some(true);
                        if age >= 16 && !(sibling && age < 18) {
                            let why = if sibling {
                                "at or after the child's 18th birthday, too late even for the sibling exception"
                            } else {
                                "at or after the child's 16th birthday"
                            };
                            hits.push(Hit::new(
                                at!(here, adoption.adopted),
                                format!("adopted on {a} (age {age}), {why}"),
                                "an adopted child qualifies only if adopted before 16 (INA 101(b)(1)(E)(i)), or before 18 when a natural sibling was adopted by the same parents before 16 (E)(ii): if so, set adoption.sibling_adopted_under_16 to true",
                            ));
                        }
                        let two_years = deadline::anniversary(custody, 2).map(|(d, _)| d);
                        if two_years.is_none_or(|d| d > *f.filing.date) {
                            hits.push(Hit::new(
                                at!(here, adoption.custody_since),
                                "two years of legal custody and joint residence are not shown by the filing date",
                                "give the date custody and residence began; the child needs two years of both (INA 101(b)(1)(E))",
                            ));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    hits
}

pub const FATHER_OUT_OF_WEDLOCK: Rule = Rule {
    id: "i730.father-out-of-wedlock",
    severity: Severity::Warning,
    form: Some(Form::I730),
    location: loc!("header (child) and evidence"),
    citation: "INA 101(b)(1)(C)-(D); 8 CFR 204.2(d)(2)(ii)-(iii) (applied by 8 CFR 207.7(e))",
    summary: "A child born out of wedlock petitioned for by the father needs evidence of legitimation or of a bona fide parent-child relationship.",
    check: father_out_of_wedlock,
};

fn father_out_of_wedlock(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, f) in ctx.case.forms.i730.iter().enumerate() {
        let base = base(i);
        if f.child_relationship != Some(I730ChildRelationship::BornOutOfWedlock) {
            continue;
        }
        let Some(ben) = ctx.case.person(&f.beneficiary) else {
            continue;
        };
        let through_father = ben.father.as_ref() == Some(&f.petitioner);
        if through_father && f.father_bona_fide_relationship != Some(true) {
            hits.push(Hit::new(
                at!(base, f.child_relationship),
                format!("{} was born out of wedlock and the petitioner is the father: the relationship is recognized only with legitimation or a bona fide parent-child relationship", ben.display_name()),
                "gather evidence of legitimation, or of the relationship (support, tax records, insurance, school records, letters, affidavits), and set father_bona_fide_relationship when you have it",
            ));
        }
    }
    hits
}

pub const TWO_YEARS: Rule = Rule {
    id: "i730.two-year-deadline",
    severity: Severity::Error,
    form: Some(Form::I730),
    location: loc!("Part 3 (two-year filing question and explanation)"),
    citation: "8 CFR 207.7(d); 8 CFR 208.21(d); 8 CFR 1.2 (a period ending on a Saturday, Sunday or legal holiday runs to the next business day); USCIS Policy Manual Vol. 4 Part C Ch. 4",
    summary: "Filed within two years of the grant/admission, a last day on a weekend or federal holiday running to the next business day (a warning names 8 CFR 1.2 when the filing relies on it); later, the form's explanation of humanitarian reasons is required.",
    check: two_years,
};

fn two_years(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, f) in ctx.case.forms.i730.iter().enumerate() {
        let d = deadline::i730_two_years_dates(*f.granted);
        // An intended date already past counts to today (case.intended-filing-date-passed).
        let filed = deadline::counted_filing_date(&f.filing, ctx.today);
        let t = deadline::timeliness(&d, filed);
        let base = base(i);
        if t.timely {
            // On time only because the last day was a weekend or holiday: 8 CFR 1.2 carries
            // the period to the next business day. Say what the date relies on.
            if filed > d.anniversary {
                hits.push(
                    Hit::new(
                        at!(base, f.filing.date),
                        format!(
                            "the second anniversary of the grant/admission, {}, is a {}; the period runs to {} under {}, so the filing date {} is on time",
                            d.anniversary,
                            d.rolled_over.first().map_or("weekend day or holiday", |r| r.reason.as_str()),
                            d.deadline,
                            deadline::I730_ROLL_RULE,
                            filed
                        ),
                        format!("filing by {} avoids relying on the roll-forward", d.anniversary),
                    )
                    .severity(Severity::Warning),
                );
            }
            continue;
        }
        let explained = f
            .late_filing
            .explanation
            .as_deref()
            .is_some_and(|s| !s.trim().is_empty());
        let facts = format!(
            "granted {} → deadline {}; filing date {} is {} days late",
            f.granted, d.deadline, filed, t.days_late
        );
        hits.push(if explained {
            Hit::new(
                at!(base, f.filing.date),
                format!("{facts}; USCIS may accept it for humanitarian reasons"),
                "support the explanation with evidence of the humanitarian reasons",
            )
            .severity(Severity::Warning)
        } else {
            Hit::new(
                at!(base, f.filing.date),
                format!("{facts}, and Part 3 gives no explanation"),
                "explain the humanitarian reasons for the late filing in Part 3, or file by the deadline",
            )
        });
    }
    hits
}

pub const NUMBERING: Rule = Rule {
    id: "i730.numbering",
    severity: Severity::Error,
    form: Some(Form::I730),
    location: loc!("header (form N of M)"),
    citation: "8 CFR 207.7(d) (a separate petition for each beneficiary); Form I-730 instructions",
    summary: "One petition per beneficiary, and the \"form N of M\" numbers of one petitioner's I-730s run 1..M without gaps.",
    check: numbering,
};

fn numbering(ctx: &Ctx) -> Vec<Hit> {
    use std::collections::{HashMap, HashSet};
    let forms = &ctx.case.forms.i730;
    let mut hits = Vec::new();
    // Maps, not a comparison of every pair (nor a JSON look-up per pair): a file with
    // thousands of I-730 entries took seconds per thousand.
    let mut pairs = HashSet::new();
    for (i, f) in forms.iter().enumerate() {
        if !pairs.insert((&f.petitioner, &f.beneficiary)) {
            hits.push(Hit::new(
                at!(base(i), f.beneficiary),
                format!(
                    "a second I-730 for the same beneficiary \"{}\"",
                    f.beneficiary
                ),
                "file one petition per beneficiary: remove the duplicate",
            ));
        }
    }
    let mut per_petitioner: HashMap<&crate::model::PersonId, i64> = HashMap::new();
    let mut per_number: HashMap<(&crate::model::PersonId, u32), usize> = HashMap::new();
    for f in forms {
        *per_petitioner.entry(&f.petitioner).or_default() += 1;
        *per_number
            .entry((&f.petitioner, f.form_number))
            .or_default() += 1;
    }
    for (i, f) in forms.iter().enumerate() {
        let m = per_petitioner.get(&f.petitioner).copied().unwrap_or(0);
        let base = base(i);
        let total = i64::from(f.form_total);
        if total != m {
            hits.push(Hit::new(
                at!(base, f.form_total),
                format!("says {total} petitions in all, but the case has {m} for this petitioner"),
                format!("write {m}"),
            ));
        }
        let n = i64::from(f.form_number);
        let taken = per_number
            .get(&(&f.petitioner, f.form_number))
            .is_some_and(|&k| k > 1);
        if n < 1 || n > m || taken {
            hits.push(Hit::new(
                at!(base, f.form_number),
                format!("form number {n} does not fit 1..{m} (or is used twice)"),
                format!("number this petitioner's I-730s 1 to {m}, each once"),
            ));
        }
    }
    hits
}

fn marriage_to<'p>(
    p: &'p Person,
    spouse: &crate::model::PersonId,
) -> Option<(usize, &'p crate::model::Marriage)> {
    p.marriages
        .iter()
        .enumerate()
        .find(|(_, m)| m.spouse.as_ref() == Some(spouse))
}

/// The pointer of the `i`-th I-730.
fn base(i: usize) -> String {
    format!("/forms/i730/{i}")
}

/// The pointer of the `i`-th person.
fn person(i: usize) -> String {
    format!("/people/{i}")
}
