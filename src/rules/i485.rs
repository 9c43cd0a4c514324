//! I-485 rules for asylees and refugees (INA 209; 8 CFR 209.1, 209.2; USCIS Policy Manual Vol. 7
//! Part M; PA-2023-01).

use super::{Ctx, Hit, Rule};
use crate::finding::Severity;
use crate::forms::location::loc;
use crate::forms::Form;
use crate::model::i485::I485Category;
use crate::rules::deadline;
use chrono::NaiveDate;

pub const CATEGORY_FACTS: Rule = Rule {
    id: "i485.category-facts",
    severity: Severity::Warning,
    form: Some(Form::I485),
    location: loc!("Part 2 (application type) and Part 1 (last arrival)"),
    citation: "INA 209(a) (refugees: admission); INA 209(b) (asylees: grant); 8 CFR 209.1, 209.2",
    summary: "The category matches the facts: a refugee's date is an admission listed among the entries; an asylee's grant date is not before the last arrival.",
    check: category_facts,
};

fn category_facts(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, f) in ctx.case.forms.i485.iter().enumerate() {
        let Some(p) = ctx.case.person(&f.applicant) else {
            continue;
        };
        let base = base(i);
        match f.category {
            I485Category::Refugee => {
                let admitted = p.us_entries.iter().any(|e| e.date == f.granted);
                if !admitted {
                    hits.push(Hit::new(
                        at!(base, f.granted),
                        format!("as a refugee, {} should be the date of admission, but no entry on that date is listed", f.granted),
                        "list the refugee admission in `us_entries` (status \"refugee\"), with the same date",
                    ));
                }
            }
            // A later entry is normal after travel on a refugee travel document; only a grant
            // before the first entry is impossible.
            I485Category::Asylee
                if p.us_entries
                    .iter()
                    .map(|e| e.date)
                    .min()
                    .is_some_and(|d| d > f.granted) =>
            {
                hits.push(Hit::new(
                    at!(base, f.granted),
                    format!("asylum granted on {} but the first entry listed is later", f.granted),
                    "check the grant date (from the approval notice or the judge's order) and the entries",
                ));
            }
            _ => {}
        }
    }
    hits
}

pub const LAST_ARRIVAL_MATCHES: Rule = Rule {
    id: "i485.last-arrival-matches",
    severity: Severity::Warning,
    form: Some(Form::I485),
    location: loc!("Part 1, item 10 (date of last arrival)"),
    citation:
        "Form I-485 instructions, Part 1 (the date of your last arrival into the United States)",
    summary: "The last arrival given on the I-485 is the most recent entry listed for the person.",
    check: last_arrival_matches,
};

fn last_arrival_matches(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, f) in ctx.case.forms.i485.iter().enumerate() {
        let given = f.about_you.last_arrival.date;
        let Some(p) = ctx.case.person(&f.applicant) else {
            continue;
        };
        let Some(last) = p.last_entry() else { continue };
        if given != last.date {
            hits.push(Hit::new(
                at!(base(i), f.about_you.last_arrival.date),
                format!("the I-485 gives {given} as the last arrival, but the most recent entry listed for {} is {}", p.display_name(), last.date),
                "make both the same: the last arrival is also the one the other forms print",
            ));
        }
    }
    hits
}

pub const PRESENCE_YEAR: Rule = Rule {
    id: "i485.one-year-presence",
    severity: Severity::Warning,
    form: Some(Form::I485),
    location: loc!("Part 2 (asylee/refugee) and trips abroad"),
    citation: "INA 209(a)(1)(B), 209(b)(2); 8 CFR 209.1(a), 209.2(a)(1)(ii); USCIS Policy Alert PA-2023-01 (year measured at decision)",
    summary: "One year of physical presence after the grant/admission, days abroad not counted; filing before the year is complete is a warning with the date it completes.",
    check: presence_year,
};

fn presence_year(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, f) in ctx.case.forms.i485.iter().enumerate() {
        let base = base(i);
        let trips: Vec<(NaiveDate, NaiveDate)> = f
            .trips_abroad
            .iter()
            // A trip not yet over counts to the filing date: the cautious reading.
            .map(|t| (*t.departed, *t.returned.unwrap_or(f.filing.date)))
            .collect();
        let d = match deadline::i485_presence_year_dates(*f.granted, &trips) {
            Ok(d) => d,
            Err(e) => {
                hits.push(
                    Hit::new(
                        at!(base, f.trips_abroad),
                        e.to_string(),
                        "give each trip's departure before its return",
                    )
                    .severity(Severity::Error),
                );
                continue;
            }
        };
        let t = deadline::timeliness(&d, *f.filing.date);
        if !t.timely {
            hits.push(Hit::new(
                at!(base, f.filing.date),
                format!(
                    "one year of presence after {} ({} days abroad not counted) is complete on {}; the filing date {} is {} days earlier",
                    f.granted, d.days_abroad, d.deadline, f.filing.date, t.days_left
                ),
                format!("USCIS measures the year at decision (PA-2023-01), so filing early is possible, but filing on or after {} is safest", d.deadline),
            ));
        }
    }
    hits
}

pub const MEDICAL: Rule = Rule {
    id: "i485.medical-exam",
    severity: Severity::Info,
    form: Some(Form::I485),
    location: loc!("evidence: Form I-693"),
    citation: "8 CFR 209.1(c), 209.2(d); USCIS policy since December 2, 2024 (I-693 filed with the I-485)",
    summary: "The I-693 medical exam is filed with the I-485 (asylees; refugees meet the vaccination requirement), or the I-485 may be rejected.",
    check: medical,
};

fn medical(ctx: &Ctx) -> Vec<Hit> {
    ctx.case
        .forms
        .i485
        .iter()
        .enumerate()
        .map(|(i, _)| {
            Hit::new(
                format!("/forms/i485/{i}"),
                "file the sealed Form I-693 medical exam with this I-485",
                "since December 2, 2024 an I-485 that needs a medical exam may be rejected without it",
            )
        })
        .collect()
}

pub const TRIP_TO_PERSECUTION_COUNTRY: Rule = Rule {
    id: "i485.trip-to-persecution-country",
    severity: Severity::Warning,
    form: Some(Form::I485),
    location: loc!("trips abroad; Part 14 (additional information)"),
    citation: "INA 208(c)(2)(D); 8 CFR 208.24 (termination: voluntary availment of that country's protection); INA 209(b)(3); 8 CFR 209.2(a)(1)(iii) (an adjusting asylee must still be a refugee)",
    summary: "An asylee who travelled back to the country of claimed persecution after the grant talks to counsel before filing the I-485 (a reason for questions or termination, not a bar by itself); an asylee with trips abroad but no country of claimed persecution on record is a warning.",
    check: trip_to_persecution_country,
};

fn trip_to_persecution_country(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, f) in ctx.case.forms.i485.iter().enumerate() {
        if f.category != I485Category::Asylee || f.trips_abroad.is_empty() {
            continue;
        }
        let base = base(i);
        // The I-485's own answer, else the I-589 of the same person in this case.
        let country = f.persecution_country.as_deref().or_else(|| {
            ctx.case
                .forms
                .i589
                .as_ref()
                .filter(|g| g.applicant == f.applicant)
                .and_then(|g| g.persecution_country.as_deref())
        });
        let Some(country) = country else {
            hits.push(Hit::new(
                at!(base, f.trips_abroad),
                "trips abroad are listed but the case does not give the country of claimed persecution, so a trip back there cannot be checked",
                "add \"persecution_country\" to this I-485 (or to the I-589 of the same applicant)",
            ));
            continue;
        };
        let wanted = normalize(country);
        for (t, trip) in f.trips_abroad.iter().enumerate() {
            if normalize(&trip.destination).contains(&wanted) {
                hits.push(Hit::new(
                    at!(format!("{}/{t}", at!(base, f.trips_abroad)), trip.destination),
                    format!(
                        "a trip to {country} ({} to {}), the country of claimed persecution, after the grant: USCIS may ask whether the applicant re-availed themselves of its protection, and asylum can be terminated on that ground",
                        trip.departed,
                        trip.returned.map_or("not yet returned".to_string(), |d| d.to_string())
                    ),
                    "talk to an immigration attorney or accredited representative before filing this I-485; explain the trip's purpose and circumstances in Part 14",
                ));
            }
        }
    }
    hits
}

/// The pointer of the `i`-th I-485.
fn base(i: usize) -> String {
    format!("/forms/i485/{i}")
}

/// Lower-case letters only, for comparing country names written with different punctuation.
fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}
