//! Fees for a filing date, read from `fees.json` (data with effective dates, not code).

use super::{Ctx, Hit, Rule};
use crate::finding::Severity;
use crate::forms::location::loc;
use crate::model::i485::I485Category;
use chrono::NaiveDate;
use serde::Deserialize;
use std::sync::OnceLock;

/// One row of the fee table. Unknown keys are refused, so that a misspelt `until` is a parse
/// error, not a fee that never ends.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    pub form: String,
    pub category: Option<String>,
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub amount: u32,
    pub note: String,
    pub citation: String,
    pub confirmed: bool,
    /// When the fee is paid: with the form (the default), or later, for each year the form
    /// stays pending (the annual asylum fee).
    #[serde(default)]
    pub due: Due,
}

/// When a fee is paid.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Due {
    /// With the form, on the filing date.
    #[default]
    AtFiling,
    /// Not with the form: for each calendar year the application stays pending 365 days or
    /// more (Public Law 119-21, sec. 100002; the annual asylum fee).
    YearlyWhilePending,
}

/// An amount of dollars as a reader writes it: "$1,440".
pub fn dollars(amount: u32) -> String {
    let digits = amount.to_string();
    let mut out = String::from("$");
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    /// What the table is, for a person reading the file.
    _comment: Option<String>,
    fees: Vec<Fee>,
}

/// The text of the fee table, compiled into the program.
const FEES_JSON: &str = include_str!("fees.json");

/// Reads a fee table.
fn parse(text: &str) -> Result<Vec<Fee>, serde_json::Error> {
    serde_json::from_str::<Table>(text).map(|t| t.fees)
}

/// The fee table, parsed once.
///
/// The table is compiled into the program, so a table that does not parse is a broken build,
/// never bad input: it stops the program with the reason instead of becoming an empty table,
/// which would silently state no fee in every finding and checklist. The test
/// `fee_table_parses` reads the same text, so such a build fails its tests first.
pub fn table() -> &'static [Fee] {
    static TABLE: OnceLock<Vec<Fee>> = OnceLock::new();
    TABLE.get_or_init(|| match parse(FEES_JSON) {
        Ok(fees) => fees,
        Err(e) => panic!("src/rules/fees.json, compiled into this program, does not parse: {e}"),
    })
}

/// The fees in force for `form` (and `category`, if the table distinguishes) on `date`.
pub fn fees_on(form: &str, category: Option<&str>, date: NaiveDate) -> Vec<&'static Fee> {
    table()
        .iter()
        // `form`, or `form` and a space and more: no string built for each row of the table.
        .filter(|f| {
            f.form
                .strip_prefix(form)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
        .filter(|f| f.category.is_none() || f.category.as_deref() == category)
        .filter(|f| f.from.is_none_or(|d| d <= date) && f.until.is_none_or(|d| date <= d))
        .collect()
}

pub const FEES: Rule = Rule {
    id: "fees.for-filing-date",
    severity: Severity::Info,
    form: None,
    location: loc!(),
    // Each finding cites its own fee's law (from the table); this is the rule's list of them.
    citation: "8 CFR 106.2; 8 CFR 207.7(d); Public Law 119-21, sec. 100002 (90 FR 34511); USCIS Policy Manual Vol. 7 Part L Ch. 4; Form I-589 and I-485 instructions (01/20/25 edition) and the USCIS Fee Schedule (Form G-1055)",
    summary: "States the fee in force on each form's filing date, from the fee table.",
    check: fees,
};

fn fees(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut say = |ptr: String, form: &str, category: Option<&str>, date: NaiveDate| {
        for f in fees_on(form, category, date) {
            // The law is the finding's citation, not repeated in its message.
            let msg = match f.due {
                Due::AtFiling => {
                    format!("{}: {} in force on {date} — {}", f.form, dollars(f.amount), f.note)
                }
                Due::YearlyWhilePending => format!(
                    "{}: {} in force on {date}, not paid with the form: due for each calendar year the application stays pending 365 days or more — {}",
                    f.form,
                    dollars(f.amount),
                    f.note
                ),
            };
            let h = Hit::new(ptr.clone(), msg, "")
                .location(form)
                .citation(f.citation.clone());
            hits.push(if f.confirmed {
                h
            } else {
                h.severity(Severity::Warning)
            });
        }
    };
    if let Some(f) = &ctx.case.forms.i589 {
        say(
            at!("/forms/i589", f.filing.date),
            "I-589",
            None,
            *f.filing.date,
        );
    }
    for (i, f) in ctx.case.forms.i730.iter().enumerate() {
        say(
            at!(format_args!("/forms/i730/{i}"), f.filing.date),
            "I-730",
            None,
            *f.filing.date,
        );
    }
    for (i, f) in ctx.case.forms.i485.iter().enumerate() {
        let cat = i485_category(ctx.case, f);
        say(
            at!(format_args!("/forms/i485/{i}"), f.filing.date),
            "I-485",
            Some(cat),
            *f.filing.date,
        );
    }
    hits
}

/// The fee table's category of an I-485: the model's, and an asylee child under 14 on the
/// filing date (the lower fee). One decision for the fee finding and the checklist's fee line.
pub fn i485_category(case: &crate::model::CaseFile, f: &crate::model::i485::I485) -> &'static str {
    match f.category {
        I485Category::Refugee => "refugee",
        I485Category::Asylee => {
            let young = case.person(&f.applicant).is_some_and(|p| {
                crate::rules::deadline::age_on(*p.date_of_birth, *f.filing.date) < 14
            });
            if young {
                "asylee_child_under_14"
            } else {
                "asylee"
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    /// The table compiled in parses, every row names a form, a source and a period that does
    /// not end before it starts; and a broken table is an error, not an empty one.
    #[test]
    fn fee_table_parses() {
        let fees = parse(FEES_JSON).expect("src/rules/fees.json parses");
        assert!(!fees.is_empty());
        for f in &fees {
            assert!(f.form.starts_with("I-"), "{f:?}");
            assert!(!f.citation.trim().is_empty(), "{f:?}");
            if let (Some(from), Some(until)) = (f.from, f.until) {
                assert!(from <= until, "{f:?}");
            }
        }
        assert!(parse("{\"fees\": [").is_err());
        let misspelt = r#"{"fees": [{"form": "I-589", "category": null, "from": null, "untill": "2025-07-21", "amount": 0, "note": "", "citation": "x", "confirmed": true}]}"#;
        assert!(parse(misspelt).is_err(), "an unknown key is refused");
    }

    #[test]
    fn table_parses_and_answers_by_date() {
        assert!(table().len() >= 8);
        let before: Vec<u32> = fees_on("I-589", None, d("2025-07-21"))
            .iter()
            .map(|f| f.amount)
            .collect();
        assert_eq!(before, vec![0]);
        let after: Vec<u32> = fees_on("I-589", None, d("2025-07-22"))
            .iter()
            .map(|f| f.amount)
            .collect();
        assert_eq!(after, vec![100, 100]);
        let refugee: Vec<u32> = fees_on("I-485", Some("refugee"), d("2026-01-05"))
            .iter()
            .map(|f| f.amount)
            .collect();
        assert_eq!(refugee, vec![0]);
        let asylee: Vec<u32> = fees_on("I-485", Some("asylee"), d("2026-01-05"))
            .iter()
            .map(|f| f.amount)
            .collect();
        assert_eq!(asylee, vec![1440]);
        assert_eq!(fees_on("I-730", None, d("2026-01-05"))[0].amount, 0);
        // The annual asylum fee is not due with the form (legal-reference: "for each calendar
        // year an I-589 stays pending 365 days or more").
        let i589 = fees_on("I-589", None, d("2026-12-15"));
        assert_eq!(
            i589.iter().map(|f| (f.amount, f.due)).collect::<Vec<_>>(),
            vec![(100, Due::AtFiling), (102, Due::YearlyWhilePending)]
        );
    }

    #[test]
    fn dollars_are_written_with_thousands_separators() {
        assert_eq!(dollars(0), "$0");
        assert_eq!(dollars(950), "$950");
        assert_eq!(dollars(1440), "$1,440");
        assert_eq!(dollars(1234567), "$1,234,567");
    }
}
