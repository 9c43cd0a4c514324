//! Answers of one form (or of two forms of one case) that say the same thing twice and must
//! agree: a box checked in one place and not in the other leaves the adjudicator to guess.

use super::{Ctx, Hit, Rule};
use crate::finding::Severity;
use crate::forms::location::loc;
use crate::forms::Form;
use crate::model::ImmigrationStatus;

pub const CAT_BOXES_AGREE: Rule = Rule {
    id: "i589.cat-boxes-agree",
    severity: Severity::Warning,
    form: Some(Form::I589),
    location: loc!("page 1 (CAT box); Part B, item 1 (Torture Convention); Part B, item 4"),
    citation: "Form I-589 instructions (page 1: check the box to also apply for withholding under the Convention Against Torture; Part B items 1 and 4); 8 CFR 208.16(c), 208.18",
    summary: "The page-1 box \"also apply for withholding under the Convention Against Torture\", Part B item 1's \"Torture Convention\" box and the Part B item 4 fear-of-torture answer agree.",
    check: cat_boxes_agree,
};

fn cat_boxes_agree(ctx: &Ctx) -> Vec<Hit> {
    let Some(form) = &ctx.case.forms.i589 else {
        return vec![];
    };
    let page1 = form.cat_withholding;
    let item1 = form.part_b.grounds.torture;
    let item4 = form.part_b.fear_of_torture.answer;
    if page1 == item1 && item1 == item4 {
        return vec![];
    }
    let yes = |b: bool| if b { "checked/Yes" } else { "not checked/No" };
    let (pointer, hint) = if item4 && !(page1 && item1) {
        (
            if page1 { "/forms/i589/part_b/grounds/torture" } else { "/forms/i589/cat_withholding" },
            "Part B item 4 says the applicant fears torture: also set `cat_withholding` (page 1) and `part_b.grounds.torture` (Part B item 1) to true so the CAT claim is considered",
        )
    } else {
        (
            "/forms/i589/part_b/fear_of_torture/answer",
            "a CAT claim needs the fear of torture explained in Part B item 4 (answer Yes and explain); otherwise uncheck the CAT boxes",
        )
    };
    vec![Hit::new(
        pointer,
        format!(
            "the CAT answers disagree: page-1 box {}, Part B item 1 Torture Convention {}, Part B item 4 {}",
            yes(page1),
            yes(item1),
            yes(item4)
        ),
        hint,
    )]
}

pub const ORGANIZATIONS_CONTINUING: Rule = Rule {
    id: "i589.organizations-continuing",
    severity: Severity::Warning,
    form: Some(Form::I589),
    location: loc!("Part B, items 3.A-3.B"),
    citation:
        "Form I-589, Part B item 3.B (continued participation in the organizations of item 3.A)",
    summary:
        "Part B item 3.B (continued participation) is Yes only when item 3.A (membership) is Yes.",
    check: organizations_continuing,
};

fn organizations_continuing(ctx: &Ctx) -> Vec<Hit> {
    let Some(form) = &ctx.case.forms.i589 else {
        return vec![];
    };
    let b = &form.part_b;
    if b.organizations_continuing.answer && !b.organizations.answer {
        return vec![Hit::new(
            "/forms/i589/part_b/organizations/answer",
            "Part B item 3.B says the applicant or family continue to participate in organizations, but item 3.A says they never belonged to any",
            "answer item 3.A Yes and describe the organizations, or answer 3.B No",
        )];
    }
    vec![]
}

pub const STATUS_AGREES: Rule = Rule {
    id: "case.status-agrees",
    severity: Severity::Warning,
    form: None,
    location: loc!("I-485 Part 1 item 14 and Part 2; I-730 page 1 (My Status)"),
    citation: "INA 209(a)-(b); 8 CFR 209.1, 209.2 (the I-485 applicant adjusts from asylee or refugee status); 8 CFR 207.7(d), 208.21(d) (the I-730 petitioner's status)",
    summary: "The status a form claims matches the person's current immigration status: an I-485 asylee/refugee category and the applicant's current status; an I-730 petitioner's status (or permanent residence after it) and the petitioner's current status.",
    check: status_agrees,
};

fn status_agrees(ctx: &Ctx) -> Vec<Hit> {
    use crate::model::i485::I485Category;
    use crate::model::i730::I730Status;
    let mut hits = Vec::new();
    let status_of = |id| {
        ctx.case
            .person_at(id)
            .and_then(|(pi, p)| p.current_status.as_ref().map(|c| (pi, c.status)))
    };
    for (i, f) in ctx.case.forms.i485.iter().enumerate() {
        let want = match f.category {
            I485Category::Asylee => ImmigrationStatus::Asylee,
            I485Category::Refugee => ImmigrationStatus::Refugee,
        };
        if let Some((pi, got)) = status_of(&f.applicant) {
            if got != want {
                hits.push(Hit::new(
                    format!("/people/{pi}/current_status/status"),
                    format!("the I-485 (application {}) adjusts as {}, but the applicant's current status is {}", i + 1, want.form_words().to_lowercase(), got.form_words()),
                    "make the I-485 category and the current status (Part 1 item 14) the same: an asylee or refugee adjusts from that status",
                ));
            }
        }
    }
    for (i, f) in ctx.case.forms.i730.iter().enumerate() {
        let want = match f.status {
            I730Status::Asylee => ImmigrationStatus::Asylee,
            I730Status::Refugee => ImmigrationStatus::Refugee,
        };
        let lpr = f.petitioner_became_lpr == Some(true);
        if let Some((pi, got)) = status_of(&f.petitioner) {
            let ok = if lpr {
                got == ImmigrationStatus::LawfulPermanentResident
            } else {
                got == want
            };
            if !ok {
                hits.push(Hit::new(
                    format!("/people/{pi}/current_status/status"),
                    format!(
                        "I-730 petition {} says the petitioner is {}{}, but the petitioner's current status is {}",
                        i + 1,
                        want.form_words().to_lowercase(),
                        if lpr { " now a permanent resident" } else { "" },
                        got.form_words()
                    ),
                    "make the I-730 status (and petitioner_became_lpr) agree with the petitioner's current_status",
                ));
            }
        }
    }
    hits
}

pub const CHILD_KIND_ONLY_FOR_CHILD: Rule = Rule {
    id: "i730.child-kind-for-child",
    severity: Severity::Warning,
    form: Some(Form::I730),
    location: loc!("page 1 (The beneficiary is my: spouse / unmarried child who is a(n))"),
    citation: "Form I-730, page 1 (the kind of child is checked only for a child beneficiary)",
    summary: "The kind of child (biological, step, adopted) is given only for a child beneficiary, and an adoption only for an adopted child.",
    check: child_kind_for_child,
};

fn child_kind_for_child(ctx: &Ctx) -> Vec<Hit> {
    use crate::model::i730::{I730ChildRelationship, I730Relationship};
    let mut hits = Vec::new();
    for (i, f) in ctx.case.forms.i730.iter().enumerate() {
        let base = format!("/forms/i730/{i}");
        if f.relationship == I730Relationship::Spouse && f.child_relationship.is_some() {
            hits.push(Hit::new(
                format!("{base}/child_relationship"),
                "the petition is for a spouse but also gives a kind of child",
                "remove `child_relationship`, or change `relationship` to \"child\"",
            ));
        }
        if f.adoption.is_some() && f.child_relationship != Some(I730ChildRelationship::Adopted) {
            hits.push(Hit::new(
                format!("{base}/adoption"),
                "adoption facts are given but the beneficiary is not marked an adopted child",
                "set child_relationship to \"adopted\", or remove `adoption`",
            ));
        }
    }
    hits
}
