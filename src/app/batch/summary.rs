//! The per-case record of a batch and the summary files made of them. A record holds the case id,
//! the file name, counts, dates and finding codes: never a name, A-Number or SSN, and never a
//! finding's message (messages may quote the case's values).

use crate::app::packet::Status;
use crate::interview::i18n::{FluentValueArg, OutputLang};
use crate::validate::readiness::State;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// The output folder's name (the case id, made safe and unique).
    pub case_id: String,
    /// The input file (relative to INPUT) or `FILE:LINE`.
    pub file: String,
    pub status: Status,
    /// Invalid, incomplete (questions to answer) or ready to file ([`crate::validate::readiness`]).
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
    /// The filing deadline that matters most now, of every form of the case ([`Due::most_urgent`]):
    /// the I-589 one-year deadline and each I-730's two-year deadline. The I-485 has none (see
    /// [`Due`]).
    #[serde(default)]
    pub due: Option<Due>,
    /// Days from today to [`Record::due`]; negative once it has passed. What the urgency sort
    /// and the table's "days left" use.
    #[serde(default)]
    pub days_left: Option<i64>,
    /// `code at pointer` of each error (details in `<case-id>/findings.json`).
    pub error_codes: Vec<String>,
    /// The most important finding in plain words: what the rule checks or which answer is
    /// wrong, by its title in the schema; never the finding's message, which may quote values.
    #[serde(default)]
    pub first_finding: String,
    /// What to do next with the case.
    #[serde(default)]
    pub next_step: String,
    /// Anything else worth knowing (a renamed case id, a failure).
    pub note: String,
    /// Taken from an earlier run's outputs by `--resume`.
    pub resumed: bool,
    #[serde(skip)]
    pub seq: usize,
}

/// A form's filing deadline: which form and its last day.
///
/// Counted: the I-589 one-year deadline (INA 208(a)(2)(B); 8 CFR 208.4(a)(2)) and the I-730
/// two-year deadline from the principal's grant (asylee, 8 CFR 208.21(d)) or admission (refugee,
/// 8 CFR 207.7(d)), rolled past weekends and holidays (8 CFR 1.2). The I-485 has no filing
/// deadline to count: INA 209(b) sets none for asylees, and a refugee's duty to apply after one
/// year of presence (INA 209(a); 8 CFR 209.1(a)) has no last day; its one-year date is the
/// earliest a filing is safe, not a deadline, so it is left out rather than invented.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Due {
    /// "I-589" or "I-730" (with the petition's number, "I-730 #2", when there are several).
    pub form: String,
    pub date: NaiveDate,
}

impl Due {
    /// Of a case's deadlines, the one to act on: the nearest that has not passed; when all have
    /// passed, the latest of them (a deadline passed years ago matters less than one passed last
    /// week, and a passed I-589 deadline must not hide an I-730 still to file).
    pub fn most_urgent(deadlines: Vec<Due>, today: NaiveDate) -> Option<Due> {
        let (open, passed): (Vec<Due>, Vec<Due>) =
            deadlines.into_iter().partition(|d| d.date >= today);
        match open.into_iter().min_by_key(|d| d.date) {
            Some(d) => Some(d),
            None => passed.into_iter().max_by_key(|d| d.date),
        }
    }
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub cases: usize,
    pub rendered: usize,
    pub rendered_with_warnings: usize,
    /// Valid cases whose draft and checklist were made, but no official forms (no blanks).
    pub drafted: usize,
    pub drafted_with_warnings: usize,
    pub invalid: usize,
    pub failed: usize,
    pub resumed: usize,
    /// Cases by filing state ([`crate::validate::readiness`]): valid with every required question
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
                Status::Drafted => t.drafted += 1,
                Status::DraftedWithWarnings => t.drafted_with_warnings += 1,
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
        Status::Drafted => "drafted",
        Status::DraftedWithWarnings => "drafted_with_warnings",
        Status::Invalid => "invalid",
        Status::Failed => "failed",
    }
}

/// A status in words for a person (the table), in `lang`; the files keep [`status_str`].
fn status_in(s: Status, lang: &OutputLang) -> String {
    let key = match s {
        Status::Rendered => "out-batch-rendered",
        Status::RenderedWithWarnings => "out-batch-rendered-with-warnings",
        Status::Drafted => "out-batch-drafted",
        Status::DraftedWithWarnings => "out-batch-drafted-with-warnings",
        Status::Invalid => "out-batch-invalid",
        Status::Failed => "out-batch-failed",
    };
    lang.text(key, status_str(s))
}

/// The next steps a record can hold ([`Record::next_step`], written in English by the batch and
/// kept so in summary.json), each with its key for another language.
pub(crate) const NEXT_STEPS: &[(&str, &str)] = &[
    (
        "out-batch-next-blank",
        "put the missing blank in the --blank folder, then rerun with --resume",
    ),
    (
        "out-batch-next-failed",
        "see findings.json in the case's folder; rerun with --resume",
    ),
    (
        "out-batch-next-invalid",
        "fix the errors (asylum-forms validate on its file), then rerun with --resume",
    ),
    (
        "out-batch-next-drafted",
        "review draft.pdf; rerun with --blank DIR to fill the official forms",
    ),
    (
        "out-batch-next-warnings",
        "review the warnings in draft.pdf, then the forms",
    ),
    (
        "out-batch-next-rendered",
        "review the forms with draft.pdf, then sign and file",
    ),
];

/// The English next step of `key` in [`NEXT_STEPS`] (empty for an unknown key, which a test
/// rules out).
pub(crate) fn next_step_text(key: &str) -> &'static str {
    NEXT_STEPS
        .iter()
        .find(|(k, _)| *k == key)
        .map_or("", |(_, e)| e)
}

/// A record's next step in `lang` (the English as stored when the language has none).
fn next_step_in(english: &str, lang: &OutputLang) -> String {
    NEXT_STEPS
        .iter()
        .find(|(_, e)| *e == english)
        .map_or_else(|| english.to_string(), |(key, e)| lang.text(key, e))
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

/// A column of `summary.csv`: its header and how a record fills it.
type Column = (&'static str, fn(&Record) -> String);

/// The columns of `summary.csv` and how each is filled, most useful first. A new column is one
/// line here.
const CSV_COLUMNS: &[Column] = &[
    ("case_id", |r| r.case_id.clone()),
    ("status", |r| status_str(r.status).to_string()),
    ("state", |r| r.state.as_str().to_string()),
    ("questions", |r| r.questions.to_string()),
    ("days_left", |r| opt(r.days_left)),
    ("due_date", |r| opt(r.due.as_ref().map(|d| d.date))),
    ("due_form", |r| opt(r.due.as_ref().map(|d| d.form.clone()))),
    ("i589_days_left", |r| opt(r.i589_days_left)),
    ("i589_deadline", |r| opt(r.i589_deadline)),
    ("first_finding", |r| r.first_finding.clone()),
    ("next_step", |r| r.next_step.clone()),
    ("errors", |r| r.errors.to_string()),
    ("warnings", |r| r.warnings.to_string()),
    ("missing_documents", |r| opt(r.missing_documents)),
    ("error_codes", |r| r.error_codes.join("; ")),
    ("file", |r| r.file.clone()),
    ("note", |r| r.note.clone()),
    ("resumed", |r| r.resumed.to_string()),
];

/// The records most urgent first: the fewest days left to the case's deadline ([`Due`]; passed
/// ones first), then what needs work (failed, invalid, warnings) before what is done, then input
/// order. A case without a deadline comes after those with one.
pub fn by_urgency(records: &[Record]) -> Vec<&Record> {
    let rank = |s: Status| match s {
        Status::Failed => 0,
        Status::Invalid => 1,
        Status::RenderedWithWarnings | Status::DraftedWithWarnings => 2,
        Status::Drafted => 3,
        Status::Rendered => 4,
    };
    let mut sorted: Vec<&Record> = records.iter().collect();
    sorted.sort_by_key(|r| (r.days_left.unwrap_or(i64::MAX), rank(r.status), r.seq));
    sorted
}

/// `summary.csv`: one row per case, most urgent first (RFC 4180 quoting). The column names and
/// the machine values (status, state, dates, codes) stay English whatever `lang`, so that
/// spreadsheets and scripts read every clinic's file alike; the next step is in `lang`.
pub fn csv(records: &[Record], lang: &OutputLang) -> Vec<u8> {
    let header: Vec<&str> = CSV_COLUMNS.iter().map(|(name, _)| *name).collect();
    let mut out = header.join(",");
    out.push_str("\r\n");
    for r in by_urgency(records) {
        let cells: Vec<String> = CSV_COLUMNS
            .iter()
            .map(|(name, cell)| match *name {
                "next_step" => csv_cell(&next_step_in(&r.next_step, lang)),
                _ => csv_cell(&cell(r)),
            })
            .collect();
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

/// The table printed at the end, most urgent first: every case when there are few, else the
/// cases that need attention (failed, invalid, or a deadline within 30 days); then the totals.
/// In `lang`, except what the cases and rules write (ids, forms, dates, findings).
pub fn table(records: &[Record], lang: &OutputLang) -> String {
    let urgent = |r: &Record| {
        matches!(r.status, Status::Invalid | Status::Failed) || r.days_left.is_some_and(|d| d <= 30)
    };
    let shown: Vec<&Record> = by_urgency(records)
        .into_iter()
        .filter(|r| records.len() <= TABLE_ALL_UP_TO || urgent(r))
        .collect();
    let w = shown
        .iter()
        .map(|r| r.case_id.chars().count())
        .chain([7])
        .max()
        .unwrap_or(7);
    // The status column fits its longest word ("rendered_with_warnings" in English).
    let sw = shown
        .iter()
        .map(|r| status_in(r.status, lang).chars().count())
        .chain([22])
        .max()
        .unwrap_or(22);
    let mut out = String::new();
    if records.len() > TABLE_ALL_UP_TO {
        out.push_str(&lang.text_args(
            "out-batch-attention",
            &[("n", FluentValueArg::Num(records.len() as f64))],
            format!(
                "{} cases; those that need attention, most urgent first (every case is in summary.csv):",
                records.len()
            ),
        ));
        out.push('\n');
    }
    if !shown.is_empty() {
        out.push_str(&format!(
            "{:<w$}  {:<sw$}  {:>9}  {:<19}  {}\n",
            lang.text("out-batch-col-case", "case id"),
            lang.text("out-batch-col-status", "status"),
            lang.text("out-batch-col-days-left", "days left"),
            lang.text("out-batch-col-due", "due"),
            lang.text("out-batch-col-what", "first finding → next step"),
        ));
    }
    for r in shown {
        let finding = if r.first_finding.is_empty() {
            first_codes(&r.error_codes, &r.note)
        } else {
            r.first_finding.clone()
        };
        let next = next_step_in(&r.next_step, lang);
        let what = match (finding.is_empty(), next.is_empty()) {
            (true, _) => next,
            (_, true) => finding,
            _ => format!("{finding} → {next}"),
        };
        out.push_str(&format!(
            "{:<w$}  {:<sw$}  {:>9}  {:<19}  {}\n",
            r.case_id,
            status_in(r.status, lang),
            opt(r.days_left),
            opt(r.due.as_ref().map(|d| format!("{} {}", d.form, d.date))),
            what,
        ));
    }
    let t = Totals::of(records);
    let mut parts = Vec::new();
    for (n, key, what) in [
        (t.rendered, "out-batch-n-rendered", "rendered"),
        (
            t.rendered_with_warnings,
            "out-batch-n-rendered-with-warnings",
            "rendered with warnings",
        ),
        (
            t.drafted,
            "out-batch-n-drafted",
            "drafted (no official forms: no blanks)",
        ),
        (
            t.drafted_with_warnings,
            "out-batch-n-drafted-with-warnings",
            "drafted with warnings",
        ),
        (t.invalid, "out-batch-n-invalid", "invalid"),
        (t.failed, "out-batch-n-failed", "failed"),
    ] {
        if n > 0 || matches!(what, "invalid" | "failed") {
            parts.push(lang.text_args(
                key,
                &[("n", FluentValueArg::Num(n as f64))],
                format!("{n} {what}"),
            ));
        }
    }
    out.push_str(&format!(
        "\n{}: {}{}\n",
        lang.count("out-batch-cases", t.cases, "case", "cases"),
        parts.join(", "),
        if t.resumed > 0 {
            format!(
                " {}",
                lang.text_args(
                    "out-batch-resumed",
                    &[("n", FluentValueArg::Num(t.resumed as f64))],
                    format!("({} kept from the earlier run)", t.resumed),
                )
            )
        } else {
            String::new()
        }
    ));
    out.push_str(&lang.text_args(
        "out-batch-ready",
        &[
            ("ready", FluentValueArg::Num(t.ready_to_file as f64)),
            ("incomplete", FluentValueArg::Num(t.incomplete as f64)),
        ],
        format!(
            "{} ready to file, {} incomplete (questions to answer: see each case's findings.json)",
            t.ready_to_file, t.incomplete
        ),
    ));
    out.push('\n');
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
    fn the_deadline_to_act_on_is_the_nearest_open_one_else_the_latest_passed() {
        let d = |form: &str, date: &str| Due {
            form: form.into(),
            date: date.parse().expect("date"),
        };
        let today: NaiveDate = "2026-11-22".parse().expect("date");
        // A passed I-589 deadline does not hide an I-730 still to file.
        assert_eq!(
            Due::most_urgent(
                vec![
                    d("I-589", "2026-01-14"),
                    d("I-730 #1", "2027-09-15"),
                    d("I-730 #2", "2026-12-10")
                ],
                today
            ),
            Some(d("I-730 #2", "2026-12-10"))
        );
        // Today is still open.
        assert_eq!(
            Due::most_urgent(
                vec![d("I-589", "2026-11-22"), d("I-730", "2026-12-01")],
                today
            ),
            Some(d("I-589", "2026-11-22"))
        );
        // All passed: the most recent.
        assert_eq!(
            Due::most_urgent(
                vec![d("I-589", "2025-01-14"), d("I-730", "2026-10-01")],
                today
            ),
            Some(d("I-730", "2026-10-01"))
        );
        assert_eq!(Due::most_urgent(Vec::new(), today), None);
    }

    #[test]
    fn csv_quotes_commas_quotes_and_formulas() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=SUM(A1)"), "\"'=SUM(A1)\"");
        assert_eq!(csv_cell("-12"), "-12");
    }
}
