//! Rules about the people themselves, whatever form prints them.

use super::{Ctx, Hit, Rule};
use crate::finding::Severity;
use crate::forms::location::loc;
use std::collections::HashMap;

pub const BIRTH_BEFORE_ENTRIES: Rule = Rule {
    id: "person.birth-before-entries",
    severity: Severity::Error,
    form: None,
    location: loc!("I-589 Part A.I items 12 and 19.c; I-485 Part 1"),
    citation: "Form I-589 instructions, Part A.I (dates of entry)",
    summary: "A person's date of birth is before every entry into the US and every marriage.",
    check: birth_before_events,
};

fn birth_before_events(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, p) in ctx.case.people.iter().enumerate() {
        for (j, e) in p.us_entries.iter().enumerate() {
            if e.date < p.date_of_birth {
                hits.push(Hit::new(
                    format!("/people/{i}/us_entries/{j}/date"),
                    format!("entry on {} is before this person's date of birth {}", e.date, p.date_of_birth),
                    "check both dates: a date of birth typed into an entry date is a common mistake",
                ));
            }
        }
        for (j, m) in p.marriages.iter().enumerate() {
            if m.date <= p.date_of_birth {
                hits.push(Hit::new(
                    format!("/people/{i}/marriages/{j}/date"),
                    format!(
                        "marriage on {} is not after this person's date of birth {}",
                        m.date, p.date_of_birth
                    ),
                    "check the date of marriage",
                ));
            }
        }
    }
    hits
}

pub const MARRIAGE_AFTER_SPOUSE_BIRTH: Rule = Rule {
    id: "person.marriage-after-spouse-birth",
    severity: Severity::Error,
    form: None,
    location: loc!("I-589 Part A.II item 9; I-730 Parts 1-2; I-485 Part 6"),
    citation: "Form I-589 instructions, Part A.II (date of marriage)",
    summary: "A marriage date is after the birth of the spouse it names.",
    check: marriage_after_spouse_birth,
};

fn marriage_after_spouse_birth(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, p) in ctx.case.people.iter().enumerate() {
        for (j, m) in p.marriages.iter().enumerate() {
            let Some(spouse) = m.spouse.as_ref().and_then(|id| ctx.case.person(id)) else {
                continue;
            };
            if m.date <= spouse.date_of_birth {
                hits.push(Hit::new(
                    format!("/people/{i}/marriages/{j}/date"),
                    format!(
                        "marriage on {} is not after the spouse's date of birth {}",
                        m.date, spouse.date_of_birth
                    ),
                    "check the date of marriage and the spouse's date of birth",
                ));
            }
        }
    }
    hits
}

pub const DOCUMENT_DATES: Rule = Rule {
    id: "person.document-expiry-after-issue",
    severity: Severity::Error,
    form: None,
    location: loc!("I-589 Part A.I items 20-22; I-485 Part 1"),
    citation: "",
    summary: "A passport or travel document expires after the day it was issued.",
    check: document_dates,
};

fn document_dates(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, p) in ctx.case.people.iter().enumerate() {
        for (j, doc) in p.documents.iter().enumerate() {
            if let Some(msg) = doc.date_problem() {
                hits.push(Hit::new(
                    format!("/people/{i}/documents/{j}/expires"),
                    format!("the {} {msg}", doc_kind(doc)),
                    "copy both dates from the document again",
                ));
            }
        }
    }
    hits
}

fn doc_kind(doc: &crate::model::TravelDocument) -> &'static str {
    match doc.kind {
        crate::model::TravelDocumentKind::Passport => "passport",
        crate::model::TravelDocumentKind::TravelDocument => "travel document",
        crate::model::TravelDocumentKind::NationalId => "identity card",
    }
}

pub const SAME_PERSON_TWICE: Rule = Rule {
    id: "person.listed-twice",
    severity: Severity::Warning,
    form: None,
    location: loc!(),
    citation: "",
    summary:
        "Two entries of `people` with the same name and date of birth are probably one person.",
    check: listed_twice,
};

fn listed_twice(ctx: &Ctx) -> Vec<Hit> {
    let people = &ctx.case.people;
    // Grouped by date of birth first: a group is one person in almost every case, and only
    // the people of a larger group have their names lower-cased and looked up.
    let mut by_birth: Vec<usize> = (0..people.len()).collect();
    by_birth.sort_by_key(|&i| (*people[i].date_of_birth, i));
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for group in by_birth.chunk_by(|&a, &b| people[a].date_of_birth == people[b].date_of_birth) {
        if group.len() < 2 {
            continue;
        }
        // A map, not a comparison of every pair: a file may list thousands born one day.
        // `str::to_lowercase` writes a final capital sigma as ς, as a Greek name typed in
        // lower case has it.
        let mut seen: HashMap<(String, String), usize> = HashMap::new();
        for &i in group {
            let name = &people[i].name;
            let key = (name.family.to_lowercase(), name.given.to_lowercase());
            // The nearest earlier entry with the name: the group is in the order of `people`.
            if let Some(first) = seen.insert(key, i) {
                pairs.push((i, first));
            }
        }
    }
    pairs.sort_unstable();
    pairs
        .into_iter()
        .map(|(i, first)| {
            Hit::new(
                format!("/people/{i}"),
                format!("people #{} and #{} have the same name and date of birth", first + 1, i + 1),
                "write each person once and refer to them by id from every form, so every form prints the same facts",
            )
        })
        .collect()
}

pub const SHARED_A_NUMBER: Rule = Rule {
    id: "person.a-number-shared",
    severity: Severity::Error,
    form: None,
    location: loc!("I-589 Part A.I item 1; I-730 Parts 1-2; I-485 Part 1"),
    citation: "",
    summary: "No two people have the same A-Number.",
    check: shared_a_number,
};

fn shared_a_number(ctx: &Ctx) -> Vec<Hit> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut hits = Vec::new();
    for (i, p) in ctx.case.people.iter().enumerate() {
        let Some(a) = &p.a_number else { continue };
        if let Some(first) = seen.insert(a.as_str(), i) {
            // The number itself stays out of the message: findings reach logs and summaries.
            hits.push(Hit::new(
                format!("/people/{i}/a_number"),
                format!("people #{} has the same A-Number as people #{}", i + 1, first + 1),
                "each person has an A-Number of their own: copy it again from that person's USCIS notice",
            ));
        }
    }
    hits
}

pub const ENTRIES_ORDER: Rule = Rule {
    id: "person.entries-most-recent-first",
    severity: Severity::Warning,
    form: None,
    location: loc!("I-589 Part A.I item 19.c"),
    citation: "Form I-589, Part A.I item 19.c (\"List each entry into the U.S. beginning with your most recent entry\")",
    summary: "Entries into the US are listed most recent first, as the form prints them.",
    check: entries_order,
};

fn entries_order(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, p) in ctx.case.people.iter().enumerate() {
        if let Some(j) = p.us_entries.windows(2).position(|w| w[0].date < w[1].date) {
            hits.push(Hit::new(
                format!("/people/{i}/us_entries/{}", j + 1),
                format!(
                    "entry {} ({}) is more recent than the entry before it ({})",
                    j + 2,
                    p.us_entries[j + 1].date,
                    p.us_entries[j].date
                ),
                "list the entries most recent first: the form prints them in that order",
            ));
        }
    }
    hits
}
