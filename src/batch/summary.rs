//! The per-case record of a batch and the summary files made of them. A record holds the case id,
//! the file name, counts, dates and finding codes: never a name, A-Number or SSN, and never a
//! finding's message (messages may quote the case's values).

use crate::packet::Status;
use crate::readiness::State;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// The output folder's name (the case id, made safe and unique).
    pub case_id: String,
    /// The input file (relative to INPUT) or `FILE:LINE`.
    pub file: String,
    pub status: Status,
    /// Invalid, incomplete (questions to answer) or ready to file ([`crate::readiness`]).
    pub state: State,
    /// How many questions the forms require are unanswered (0 unless incomplete).
    pub questions: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Documents the checklist calls for that are not on hand (`None`: no checklist, the case has
    /// errors).
    pub missing_documents: Option<usize>,
    /// The I-589 one-year deadline (rule `i589.one-year-deadline`), when the case has an I-589.
    pub i589_deadline: Option<NaiveDate>,
    /// Days from today to that deadline; negative once it has passed.
    pub i589_days_left: Option<i64>,
    /// `code at pointer` of each error (details in `<case-id>/findings.json`).
    pub error_codes: Vec<String>,
    /// Anything else worth knowing (a renamed case id, a failure).
    pub note: String,
    /// Taken from an earlier run's outputs by `--resume`.
    pub resumed: bool,
    #[serde(skip)]
    pub seq: usize,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub cases: usize,
    pub rendered: usize,
    pub rendered_with_warnings: usize,
    pub invalid: usize,
    pub failed: usize,
    pub resumed: usize,
    /// Cases by filing state ([`crate::readiness`]): valid with every required question
    /// answered, and valid with questions still to answer.
    pub ready_to_file: usize,
    pub incomplete: usize,
}

impl Totals {
    pub fn of(records: &[Record]) -> Self {
        let mut t = Totals {
            cases: records.len(),
            ..Totals::default()
        };
        for r in records {
            match r.status {
                Status::Rendered => t.rendered += 1,
                Status::RenderedWithWarnings => t.rendered_with_warnings += 1,
                Status::Invalid => t.invalid += 1,
                Status::Failed => t.failed += 1,
            }
            t.resumed += usize::from(r.resumed);
            match r.state {
                State::ReadyToFile => t.ready_to_file += 1,
                State::Incomplete => t.incomplete += 1,
                State::Invalid => {}
            }
        }
        t
    }
}

pub fn status_str(s: Status) -> &'static str {
    match s {
        Status::Rendered => "rendered",
        Status::RenderedWithWarnings => "rendered_with_warnings",
        Status::Invalid => "invalid",
        Status::Failed => "failed",
    }
}

/// `summary.json`: the totals and one record per case, in input order.
pub fn json(records: &[Record], today: NaiveDate) -> Vec<u8> {
    // Serialized straight from the records: a `serde_json::Value` of 10,000 cases would cost
    // several times their size.
    #[derive(Serialize)]
    struct Doc<'a> {
        today: NaiveDate,
        totals: Totals,
        cases: &'a [Record],
    }
    let doc = Doc {
        today,
        totals: Totals::of(records),
        cases: records,
    };
    let mut out = serde_json::to_vec_pretty(&doc).unwrap_or_default();
    out.push(b'\n');
    out
}

const CSV_HEADER: &str = "case_id,file,status,state,questions,errors,warnings,missing_documents,i589_deadline,i589_days_left,error_codes,note,resumed";

/// `summary.csv`: one row per case (RFC 4180 quoting).
pub fn csv(records: &[Record]) -> Vec<u8> {
    let mut out = String::from(CSV_HEADER);
    out.push_str("\r\n");
    for r in records {
        let row = [
            r.case_id.clone(),
            r.file.clone(),
            status_str(r.status).to_string(),
            r.state.as_str().to_string(),
            r.questions.to_string(),
            r.errors.to_string(),
            r.warnings.to_string(),
            opt(r.missing_documents),
            opt(r.i589_deadline),
            opt(r.i589_days_left),
            r.error_codes.join("; "),
            r.note.clone(),
            r.resumed.to_string(),
        ];
        let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

fn csv_cell(s: &str) -> String {
    // A leading = + - @ would run as a formula in a spreadsheet: quote it as text.
    let formula =
        s.starts_with(['=', '+', '@']) || (s.starts_with('-') && s.parse::<i64>().is_err());
    if formula {
        return format!("\"'{}\"", s.replace('"', "\"\""));
    }
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Rows shown on the terminal before the list is cut short (the CSV has them all).
pub const TABLE_ALL_UP_TO: usize = 50;

/// The table printed at the end: every case when there are few, else the cases that need
/// attention (invalid or failed); then the totals.
pub fn table(records: &[Record]) -> String {
    let shown: Vec<&Record> = if records.len() <= TABLE_ALL_UP_TO {
        records.iter().collect()
    } else {
        records
            .iter()
            .filter(|r| matches!(r.status, Status::Invalid | Status::Failed))
            .collect()
    };
    let w = shown
        .iter()
        .map(|r| r.case_id.chars().count())
        .chain([7])
        .max()
        .unwrap_or(7);
    let mut out = String::new();
    if records.len() > TABLE_ALL_UP_TO {
        out.push_str(&format!(
            "{} cases; those that need attention (every case is in summary.csv):\n",
            records.len()
        ));
    }
    if !shown.is_empty() {
        out.push_str(&format!(
            "{:<w$}  {:<22}  {:>6}  {:>8}  {:>7}  {:<10}  {:>9}  {}\n",
            "case id",
            "status",
            "errors",
            "warnings",
            "missing",
            "I-589 due",
            "days left",
            "errors (code at pointer)"
        ));
    }
    for r in shown {
        out.push_str(&format!(
            "{:<w$}  {:<22}  {:>6}  {:>8}  {:>7}  {:<10}  {:>9}  {}\n",
            r.case_id,
            status_str(r.status),
            r.errors,
            r.warnings,
            opt(r.missing_documents),
            opt(r.i589_deadline),
            opt(r.i589_days_left),
            first_codes(&r.error_codes, &r.note),
        ));
    }
    let t = Totals::of(records);
    out.push_str(&format!(
        "\n{} cases: {} rendered, {} rendered with warnings, {} invalid, {} failed{}\n",
        t.cases,
        t.rendered,
        t.rendered_with_warnings,
        t.invalid,
        t.failed,
        if t.resumed > 0 {
            format!(" ({} kept from the earlier run)", t.resumed)
        } else {
            String::new()
        }
    ));
    out.push_str(&format!(
        "{} ready to file, {} incomplete (questions to answer: see each case's findings.json)\n",
        t.ready_to_file, t.incomplete
    ));
    out
}

fn first_codes(codes: &[String], note: &str) -> String {
    let mut s = codes.iter().take(3).cloned().collect::<Vec<_>>().join("; ");
    if codes.len() > 3 {
        s.push_str(&format!("; +{} more", codes.len() - 3));
    }
    if s.is_empty() {
        s = note.to_string();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_commas_quotes_and_formulas() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=SUM(A1)"), "\"'=SUM(A1)\"");
        assert_eq!(csv_cell("-12"), "-12");
    }
}
