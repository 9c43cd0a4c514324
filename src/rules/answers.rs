//! Yes/no questions whose Yes needs an explanation.

use super::{Ctx, Hit, Rule};
use crate::finding::Severity;
use crate::forms::location::loc;
use crate::forms::Location;
use serde_json::Value;

pub const YES_EXPLAINED: Rule = Rule {
    id: "form.yes-explained",
    severity: Severity::Error,
    form: None,
    location: loc!(),
    citation: "Form instructions: I-589 Parts B and C (\"If Yes, explain\"); I-485 Part 9 (explain each Yes in Part 14); I-730 Part 3",
    summary: "Every Yes answer to a question that asks for an explanation has one.",
    check: yes_explained,
};

fn yes_explained(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    let Some(forms) = ctx.json.get("forms") else {
        return hits;
    };
    for v in forms.within() {
        // A YesNo has at most three members: answer, explanation and the applicant's original.
        if !v.is_object() || v.len() > 3 {
            continue;
        }
        // One pass over the members for the keys.
        let (mut yes, mut explained, mut original) = (false, false, false);
        for (k, m) in v.members() {
            match k {
                "answer" => yes = m.as_bool() == Some(true),
                "explanation" => explained = m.as_str().is_some_and(|s| !s.trim().is_empty()),
                "original" => original = m.is_object(),
                _ => {}
            }
        }
        if !yes || explained {
            continue;
        }
        // A pointer only for a finding: most values are not one.
        let pointer = v.path().pointer();
        let p = pointer.as_str();
        let node = ctx.schemas.node_for_instance(p);
        // The question's own title (the YesNo definition's is generic).
        let title = ctx
            .schemas
            .annotation_at(p, "title")
            .and_then(Value::as_str)
            .unwrap_or("this question");
        let loc = node
            .and_then(|n| n.get("x-form"))
            .and_then(Value::as_str)
            .map(str::to_string);
        // The I-589 asks for the explanation on the form itself; the I-485 and I-730 accept it
        // on the additional-information page, so a missing one there is for a person to judge.
        let severity = if p.starts_with("/forms/i589") {
            Severity::Error
        } else {
            Severity::Warning
        };
        // Written in the applicant's language only: the form takes English (8 CFR 103.2(b)(3)).
        let mut h = if original {
            Hit::new(
                format!("{p}/explanation"),
                format!("\"{title}\" has the applicant's own words but no English translation"),
                "have a translator competent in both languages translate \"original\" into English, in \"explanation\", and certify the translation",
            )
        } else {
            Hit::new(
                format!("{p}/explanation"),
                format!("\"{title}\" is answered Yes without an explanation"),
                "write what happened, when, where, who was involved and why, in \"explanation\"",
            )
        }
        .severity(severity);
        let form = super::integrity::form_of(p);
        h.location = Location::parse(&match loc {
            Some(l) => format!("{form}: {l}"),
            None => form,
        });
        hits.push(h);
    }
    hits
}
