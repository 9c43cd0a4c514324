//! Rules that keep the case file consistent with itself: ids that resolve, dates that have
//! happened. They need no law, so they cite none.

use super::{Ctx, Hit, Rule};
use crate::finding::Severity;
use crate::forms::location::loc;
use crate::model::FilingStatus;
use crate::schema::{Reach, Step};
use std::collections::HashMap;

pub const PERSON_REFS: Rule = Rule {
    id: "case.person-ref",
    severity: Severity::Error,
    form: None,
    location: loc!(),
    citation: "",
    summary: "Every person id a form or person refers to is defined in `people`.",
    check: person_refs,
};

fn person_refs(ctx: &Ctx) -> Vec<Hit> {
    let known: Vec<&str> = ctx.case.people.iter().map(|p| p.id.as_str()).collect();
    // A set for the look-up and the owned ids made once: a file with thousands of people and
    // as many unknown ids was quadratic. Past the findings listed (validation lists 100 of a
    // kind), an unknown id gets no "did you mean" (a search of every id).
    let known_set: std::collections::HashSet<&str> = known.iter().copied().collect();
    let mut known_owned: Option<Vec<String>> = None;
    let mut hits: Vec<(u32, Hit)> = Vec::new();
    ctx.schemas.walk_strings(ctx.json, Reach::PERSON_ID, &mut |path, v, node| {
        let s = v.as_str().unwrap_or_default();
        if node.title.as_deref() != Some("Person id") || known_set.contains(s) {
            return;
        }
        if !is_person_id_def(path.steps()) {
            if hits.len() >= crate::validate::MAX_PER_CODE {
                hits.push((
                    v.index(),
                    Hit::new(
                        path.pointer(),
                        format!("no person in `people` has the id \"{s}\""),
                        format!("add a person with \"id\": \"{s}\" to `people`"),
                    ),
                ));
                return;
            }
            // Only a finding needs the ids as owned texts: most cases have none.
            let known_owned = known_owned
                .get_or_insert_with(|| known.iter().map(|s| s.to_string()).collect());
            let hint = match crate::schema::closest(s, known_owned) {
                Some(best) => format!("did you mean \"{best}\"? Otherwise add a person with \"id\": \"{s}\" to `people`"),
                None => format!("add a person with \"id\": \"{s}\" to `people`, or use one of: {}", known.join(", ")),
            };
            hits.push((
                v.index(),
                Hit::new(
                    path.pointer(),
                    format!("no person in `people` has the id \"{s}\""),
                    hint,
                ),
            ));
        }
    });
    // In document order, as the rule has always reported them.
    hits.sort_by_key(|(at, _)| *at);
    hits.into_iter().map(|(_, h)| h).collect()
}

/// `/people/N/id`.
fn is_person_id_def(path: &[Step]) -> bool {
    matches!(path, [Step::Key("people"), _, Step::Key("id")])
}

/// A readable name for the form a pointer is in.
pub fn form_of(ptr: &str) -> String {
    let parts: Vec<&str> = ptr.split('/').collect();
    match (parts.get(1), parts.get(2), parts.get(3)) {
        (Some(&"forms"), Some(&"i589"), _) => "I-589".into(),
        (Some(&"forms"), Some(&"i730"), Some(n)) => {
            format!("I-730 #{}", n.parse::<usize>().map_or(0, |n| n + 1))
        }
        (Some(&"forms"), Some(&"i485"), Some(n)) => {
            format!("I-485 #{}", n.parse::<usize>().map_or(0, |n| n + 1))
        }
        (Some(&"people"), Some(n), _) => {
            format!("people #{}", n.parse::<usize>().map_or(0, |n| n + 1))
        }
        _ => "case".into(),
    }
}

pub const UNIQUE_IDS: Rule = Rule {
    id: "case.duplicate-person-id",
    severity: Severity::Error,
    form: None,
    location: loc!(),
    citation: "",
    summary: "Each person in `people` has an id of their own.",
    check: unique_ids,
};

fn unique_ids(ctx: &Ctx) -> Vec<Hit> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut hits = Vec::new();
    for (i, p) in ctx.case.people.iter().enumerate() {
        if let Some(first) = seen.insert(p.id.as_str(), i) {
            hits.push(Hit::new(
                format!("/people/{i}/id"),
                format!(
                    "the id \"{}\" is already used by people #{}",
                    p.id,
                    first + 1
                ),
                "give each person a different id, e.g. \"child-1\", \"child-2\"",
            ));
        }
    }
    hits
}

pub const NO_FUTURE_DATES: Rule = Rule {
    id: "case.date-in-future",
    severity: Severity::Error,
    form: None,
    location: loc!(),
    citation: "",
    summary: "No date lies after today, except an intended filing date.",
    check: future_dates,
};

pub const INTENDED_DATE_PASSED: Rule = Rule {
    id: "case.intended-filing-date-passed",
    severity: Severity::Warning,
    form: None,
    location: loc!(),
    citation: "8 CFR 103.2(a)(7) (a form is filed on the day USCIS or the court receives it)",
    summary: "An intended filing date that has already passed: the form can be filed today at the earliest, so the deadlines are counted to today until the date is changed or marked filed.",
    check: intended_passed,
};

/// Each intended filing date before today.
fn intended_passed(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut check = |ptr: String, filing: &crate::model::Filing| {
        if filing.status == FilingStatus::Intended && *filing.date < ctx.today {
            hits.push(Hit::new(
                ptr,
                format!(
                    "the intended filing date {} has passed (today is {}): the deadlines are counted to today, the earliest day the form can still be filed",
                    filing.date, ctx.today
                ),
                "write the day you will file, or mark it \"status\": \"filed\" if the form was filed that day",
            ));
        }
    };
    if let Some(f) = &ctx.case.forms.i589 {
        check(at!("/forms/i589", f.filing.date), &f.filing);
    }
    for (i, f) in ctx.case.forms.i730.iter().enumerate() {
        check(
            at!(format_args!("/forms/i730/{i}"), f.filing.date),
            &f.filing,
        );
    }
    for (i, f) in ctx.case.forms.i485.iter().enumerate() {
        check(
            at!(format_args!("/forms/i485/{i}"), f.filing.date),
            &f.filing,
        );
    }
    hits
}

/// The pointers of the filing dates marked intended, which may lie after today.
fn intended_filing_dates(ctx: &Ctx) -> Vec<String> {
    let mut intended: Vec<String> = Vec::new();
    if let Some(f) = &ctx.case.forms.i589 {
        if f.filing.status == FilingStatus::Intended {
            intended.push("/forms/i589/filing/date".into());
        }
    }
    for (i, f) in ctx.case.forms.i730.iter().enumerate() {
        if f.filing.status == FilingStatus::Intended {
            intended.push(format!("/forms/i730/{i}/filing/date"));
        }
    }
    for (i, f) in ctx.case.forms.i485.iter().enumerate() {
        if f.filing.status == FilingStatus::Intended {
            intended.push(format!("/forms/i485/{i}/filing/date"));
        }
    }
    intended
}

fn future_dates(ctx: &Ctx) -> Vec<Hit> {
    // Built at the first date after today, which most cases never reach; a set, since a case
    // with thousands of intended filings has as many dates after today to look up.
    let mut intended: Option<std::collections::HashSet<String>> = None;
    // The schema has checked every date to be YYYY-MM-DD, so a date after today is a 10-byte
    // text after today's (`NaiveDate`'s Display): only those need their path and schema node,
    // not every text. (A today outside the years 1000-9999 has another length, and then no
    // date is looked at; no real run has one.)
    let today = ctx.today.to_string();
    let mut hits = Vec::new();
    for (v, s) in ctx.json.texts_of_len(today.len()) {
        if s <= today.as_str() {
            continue;
        }
        // A text after today's that is no date (an id such as "petitioner") is passed over
        // before its path is built: most 10-byte texts of a case are such.
        let Some(d) = crate::model::common::parse_date(s) else {
            continue;
        };
        if d <= ctx.today {
            continue;
        }
        let path = v.path();
        let Some(node) = ctx.schemas.facts_at(path.steps()) else {
            continue;
        };
        // Expiry dates are meant to lie ahead; the schema marks them.
        if node.format.as_deref() != Some("date") || node.future_ok {
            continue;
        }
        let intended =
            intended.get_or_insert_with(|| intended_filing_dates(ctx).into_iter().collect());
        let ptr = path.pointer();
        if intended.contains(&ptr) {
            continue;
        }
        let what = node.title.as_deref().unwrap_or("date");
        let hint = if ptr.ends_with("/filing/date") {
            "a filing date after today must be marked \"status\": \"intended\"".to_string()
        } else {
            "check the year: dates are written YYYY-MM-DD".to_string()
        };
        hits.push(Hit::new(
            &ptr,
            format!("{what} {s} is after today ({})", ctx.today),
            hint,
        ));
    }
    hits
}
