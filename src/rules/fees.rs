//! Fees for a filing date, read from `fees.json` (data with effective dates, not code).

use super::{Ctx, Hit, Rule};
use crate::finding::Severity;
use chrono::NaiveDate;
use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug, Clone, Deserialize)]
pub struct Fee {
    pub form: String,
    pub category: Option<String>,
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub amount: u32,
    pub note: String,
    pub citation: String,
    pub confirmed: bool,
}

#[derive(Deserialize)]
struct Table {
    fees: Vec<Fee>,
}

/// The fee table, parsed once. The file is part of the build; a broken one is caught by tests.
pub fn table() -> &'static [Fee] {
    static TABLE: OnceLock<Vec<Fee>> = OnceLock::new();
    TABLE.get_or_init(|| {
        serde_json::from_str::<Table>(include_str!("fees.json"))
            .map(|t| t.fees)
            .unwrap_or_default()
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
    location: "",
    citation: "fee table: src/rules/fees.json (each fee with its own source)",
    summary: "States the fee in force on each form's filing date, from the fee table.",
    check: fees,
};

fn fees(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut say = |ptr: String, form: &str, category: Option<&str>, date: NaiveDate| {
        for f in fees_on(form, category, date) {
            let msg = format!(
                "{}: ${} in force on {date} — {} ({})",
                f.form, f.amount, f.note, f.citation
            );
            let h = Hit::new(ptr.clone(), msg, "").location(form.to_string());
            hits.push(if f.confirmed {
                h
            } else {
                h.severity(Severity::Warning)
            });
        }
    };
    if let Some(f) = &ctx.case.forms.i589 {
        say(
            "/forms/i589/filing/date".into(),
            "I-589",
            None,
            *f.filing.date,
        );
    }
    for (i, f) in ctx.case.forms.i730.iter().enumerate() {
        say(
            format!("/forms/i730/{i}/filing/date"),
            "I-730",
            None,
            *f.filing.date,
        );
    }
    for (i, f) in ctx.case.forms.i485.iter().enumerate() {
        let category = ctx
            .json
            .pointer(&format!("/forms/i485/{i}/category"))
            .and_then(|v| v.as_str())
            .map(str::to_string);
        let mut cat = category.clone();
        if cat.as_deref() == Some("asylee") {
            let young = ctx.case.person(&f.applicant).is_some_and(|p| {
                crate::rules::deadline::age_on(*p.date_of_birth, *f.filing.date) < 14
            });
            if young {
                cat = Some("asylee_child_under_14".into());
            }
        }
        say(
            format!("/forms/i485/{i}/filing/date"),
            "I-485",
            cat.as_deref(),
            *f.filing.date,
        );
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
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
    }
}
