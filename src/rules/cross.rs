//! Rules across the forms of one case.

use super::{Ctx, Hit, Rule};
use crate::finding::Severity;
use crate::forms::location::loc;

pub const BENEFICIARY_ON_I589: Rule = Rule {
    id: "case.beneficiary-on-i589",
    severity: Severity::Warning,
    form: None,
    location: loc!("I-730 Part 2; I-589 Part A.II"),
    citation: "8 CFR 208.3(a) (the I-589 lists the spouse and all children); USCIS Policy Manual Vol. 4 Part C Ch. 2",
    summary: "Each I-730 beneficiary appears as spouse or child on the principal's I-589.",
    check: beneficiary_on_i589,
};

fn beneficiary_on_i589(ctx: &Ctx) -> Vec<Hit> {
    let Some(i589) = &ctx.case.forms.i589 else {
        return vec![];
    };
    let mut hits = Vec::new();
    for (i, f) in ctx.case.forms.i730.iter().enumerate() {
        if f.petitioner != i589.applicant {
            continue;
        }
        let listed = i589
            .spouse
            .as_ref()
            .is_some_and(|s| s.person == f.beneficiary)
            || i589.children.iter().any(|c| c.person == f.beneficiary);
        if !listed {
            hits.push(Hit::new(
                format!("/forms/i730/{i}/beneficiary"),
                format!("\"{}\" is petitioned for but not listed on the petitioner's I-589", f.beneficiary),
                "a relative left off the I-589 draws questions at the I-730 interview: list them on the I-589 (Part A.II) or explain why they were not listed",
            ));
        }
    }
    hits
}

pub const GRANT_DATES_AGREE: Rule = Rule {
    id: "case.grant-dates-agree",
    severity: Severity::Error,
    form: None,
    location: loc!("I-730 Part 1; I-485 Part 2"),
    citation: "8 CFR 207.7(d); 8 CFR 209.2(a)",
    summary:
        "The grant (or admission) date is the same in every I-730 and I-485 of the same principal.",
    check: grant_dates_agree,
};

fn grant_dates_agree(ctx: &Ctx) -> Vec<Hit> {
    let mut dates: Vec<(String, &crate::model::PersonId, chrono::NaiveDate)> = Vec::new();
    for (i, f) in ctx.case.forms.i730.iter().enumerate() {
        dates.push((
            format!("/forms/i730/{i}/granted"),
            &f.petitioner,
            *f.granted,
        ));
    }
    for (i, f) in ctx.case.forms.i485.iter().enumerate() {
        // The principal named, else the applicant themselves. A principal who is not in
        // `people` is the `case.person-refs` rule's error; here the applicant stands in.
        let principal = f
            .principal
            .as_ref()
            .and_then(|id| ctx.case.person(id))
            .map_or(&f.applicant, |p| &p.id);
        dates.push((format!("/forms/i485/{i}/granted"), principal, *f.granted));
    }
    let mut hits = Vec::new();
    // Per principal, the first entry and the first with another date than it: the earliest
    // earlier entry whose date differs from an entry's is one of the two (a search of every
    // earlier entry was quadratic in the number of forms).
    let mut firsts: std::collections::HashMap<&crate::model::PersonId, (usize, Option<usize>)> =
        std::collections::HashMap::new();
    for (k, (ptr, who, date)) in dates.iter().enumerate() {
        let earlier = match firsts.get_mut(who) {
            None => {
                firsts.insert(who, (k, None));
                None
            }
            Some((first, other)) => {
                let found = if dates[*first].2 != *date {
                    Some(*first)
                } else {
                    *other
                };
                if other.is_none() && dates[*first].2 != *date {
                    *other = Some(k);
                }
                found
            }
        };
        if let Some((first, _, d0)) = earlier.map(|j| &dates[j]) {
            hits.push(Hit::new(
                ptr.clone(),
                format!("grant date {date} differs from {d0} at {first} for the same principal \"{who}\""),
                "copy the grant date from the approval notice or the judge's order into every form",
            ));
        }
    }
    hits
}
