//! Batch mode: many cases through [`packet::prepare`] in parallel on every core, with
//! [`Resources`] (schemas, evidence rules, parsed blanks, fonts) loaded once for all of them.
//!
//! Cases stream in ([`input`]), each gets a safe, unique folder ([`case_id`]), and each case's
//! files are written as soon as they are ready, so memory stays flat however many cases there
//! are; only a small [`Record`] per case is kept, for the summary ([`summary`]). One case never
//! stops the batch: a file that cannot be read, invalid JSON, schema and rule errors, a render
//! failure and even a panic become that case's status.
//!
//! A case's folder is finished by `.complete` (the list of its files and its record), written
//! last, so `--resume` can tell a finished case from one a killed run left half done.

pub mod case_id;
pub mod input;
pub mod summary;

use crate::app::error::{Error, OutputProblem};
use crate::app::packet::{self, Packet, Resources, Status};
use crate::finding::{Counts, Finding, Severity};
use input::Item;
use rayon::iter::{ParallelBridge, ParallelIterator};
use serde::{Deserialize, Serialize};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

pub use input::Input;
pub use summary::{Due, Record, Totals};

/// The marker written last into a finished case's folder.
pub const COMPLETE: &str = ".complete";
pub const FINDINGS: &str = "findings.json";

pub struct Options {
    pub out: PathBuf,
    /// Write into an existing OUTDIR, replacing files.
    pub force: bool,
    /// Keep the cases an earlier run finished (and whose input has not changed since).
    pub resume: bool,
}

/// One case's work: validate and render. A parameter so tests can make it fail in every way.
pub type Work = dyn Fn(&[u8], &Resources) -> Packet + Sync;

#[derive(Serialize, Deserialize)]
struct Marker {
    files: Vec<String>,
    record: Record,
    /// What made the files ([`Resources::fingerprint`]): `--resume` keeps a case only when
    /// this run would make the same ones. Absent in markers of older versions: never equal.
    #[serde(default)]
    run: String,
}

/// Checks OUTDIR may be written and creates it (owner-only).
pub fn prepare_outdir(opts: &Options) -> Result<(), Error> {
    let out = &opts.out;
    if out.exists() {
        if !out.is_dir() {
            return Err(Error::output(out, OutputProblem::NotAFolder));
        }
        let empty = std::fs::read_dir(out)
            .map_err(|e| Error::output(out, OutputProblem::List(e)))?
            .next()
            .is_none();
        if !empty && !opts.force && !opts.resume {
            return Err(Error::output(out, OutputProblem::BatchExists));
        }
    }
    crate::app::write::create_output_dir(out)
}

/// Runs every case of `input`; `done` is called after each (for a progress bar). Returns the
/// records in input order.
pub fn run(
    input: Input,
    res: &Resources,
    opts: &Options,
    work: &Work,
    done: &(dyn Fn(&Record) + Sync),
) -> Result<Vec<Record>, Error> {
    let mut names = case_id::Names::default();
    names.reserve(input.file_stems().iter().map(String::as_str));
    // Folder names are handed out here, in input order and one at a time, so the same input
    // always gives the same folders (and `--resume` finds them again).
    let named = input.items()?.map(move |item| {
        let raw = item
            .bytes
            .as_deref()
            .ok()
            .and_then(raw_case_id)
            .unwrap_or_else(|| item.fallback_id.clone());
        let (id, note) = names.assign_for(&raw, item.stem.as_deref());
        (item, id, note.unwrap_or_default())
    });
    let mut records: Vec<Record> = named
        .par_bridge()
        .map(|(item, id, note)| {
            let r = process(item, id, note, res, opts, work);
            done(&r);
            r
        })
        .collect();
    records.sort_by_key(|r| r.seq);
    Ok(records)
}

/// Writes `summary.json` and `summary.csv` into OUTDIR.
/// summary.json stays English (machine-readable); summary.csv's next steps are in `lang`.
pub fn write_summary(
    out: &Path,
    records: &[Record],
    today: chrono::NaiveDate,
    lang: &crate::interview::i18n::OutputLang,
) -> Result<(), Error> {
    crate::app::write::write_private(
        &out.join("summary.json"),
        &summary::json(records, today),
        true,
    )?;
    crate::app::write::write_private(&out.join("summary.csv"), &summary::csv(records, lang), true)
}

/// The `case_id` of a case file, if it has one that is a string.
fn raw_case_id(bytes: &[u8]) -> Option<String> {
    #[derive(Deserialize)]
    struct Head {
        case_id: Option<serde_json::Value>,
    }
    let head: Head = serde_json::from_slice(bytes).ok()?;
    head.case_id?.as_str().map(str::to_string)
}

fn process(
    item: Item,
    id: String,
    note: String,
    res: &Resources,
    opts: &Options,
    work: &Work,
) -> Record {
    let dir = opts.out.join(&id);
    let seq = item.seq;
    let file = item.file.clone();
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        one_case(&item, &dir, &id, &note, res, opts, work)
    }));
    let (status_note, finding) = match outcome {
        Ok(Ok(mut record)) => {
            record.seq = seq;
            return record;
        }
        Ok(Err(write_error)) => (
            "could not write the outputs; see findings.json".to_string(),
            Finding::new(Severity::Error, "batch.write", "", write_error.to_string()),
        ),
        Err(panic) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            (
                "internal error (a panic) while preparing this case; see findings.json".to_string(),
                Finding::new(
                    Severity::Error,
                    "batch.panic",
                    "",
                    format!("internal error while preparing this case: {msg}"),
                )
                .hint("please report this; the rest of the batch was not affected"),
            )
        }
    };
    // No `.complete`: `--resume` tries this case again. The note points to findings.json; if
    // that cannot be written either, the note says so instead of pointing to nothing.
    let status_note = match write_findings(&dir, &file, std::slice::from_ref(&finding)) {
        Ok(()) => status_note,
        Err(e) => format!("{status_note} ({e})"),
    };
    Record {
        case_id: id,
        file,
        status: Status::Failed,
        state: crate::validate::readiness::State::Invalid,
        questions: 0,
        errors: 1,
        warnings: 0,
        missing_documents: None,
        i589_deadline: None,
        i589_days_left: None,
        due: None,
        days_left: None,
        error_codes: vec![code_at(&finding)],
        first_finding: plain(&finding, &res.schemas),
        next_step: summary::next_step_text("out-batch-next-failed").into(),
        note: join_notes(&note, &status_note),
        resumed: false,
        seq,
    }
}

fn one_case(
    item: &Item,
    dir: &Path,
    id: &str,
    note: &str,
    res: &Resources,
    opts: &Options,
    work: &Work,
) -> Result<Record, Error> {
    let run = res.fingerprint();
    if opts.resume {
        if let Some(mut record) = finished(dir, item, &run) {
            record.resumed = true;
            return Ok(record);
        }
    }
    crate::app::write::create_private_dir(dir)?;
    clear_leftovers(dir)?;
    let packet = match &item.bytes {
        Ok(bytes) => work(bytes, res),
        Err(e) => Packet {
            findings: vec![Finding::new(
                Severity::Error,
                "input.unreadable",
                "",
                e.to_string(),
            )],
            case: None,
            json: None,
            forms: Vec::new(),
            checklist: None,
            draft: None,
            draft_warnings: Vec::new(),
            failure: None,
            lang: res.lang.clone(),
        },
    };
    let mut status = if item.bytes.is_err() {
        Status::Failed
    } else {
        packet.status()
    };
    let mut findings = packet.findings.clone();
    let mut notes = note.to_string();
    if let Some(failure) = &packet.failure {
        findings.push(Finding::new(
            Severity::Error,
            "render.failed",
            "",
            failure.to_string(),
        ));
        notes = join_notes(&notes, &failure_note(&packet, res));
    }
    for r in &packet.forms {
        for o in &r.overflow {
            findings.push(Finding::new(
                Severity::Error,
                "render.overflow",
                "",
                format!(
                    "{}: field {} did not fit even on the additional-information page; {} characters to add by hand",
                    r.form,
                    o.name,
                    o.rest.chars().count()
                ),
            ));
        }
    }
    let lost: usize = packet.forms.iter().map(|r| r.overflow.len()).sum();
    if lost > 0 {
        notes = join_notes(
            &notes,
            &format!("{lost} fields did not fit, even on the additional-information page; see findings.json"),
        );
    }
    let files = packet.files();
    let mut written = Vec::new();
    let mut to_write: Vec<(PathBuf, &[u8])> = Vec::new();
    for (name, bytes) in &files {
        if !is_plain_file_name(name) {
            // Output names come from validated person ids; refuse anything else rather than
            // write outside the case's folder.
            status = Status::Failed;
            findings.push(Finding::new(
                Severity::Error,
                "batch.file-name",
                "",
                "an output file name was not a plain file name; nothing was written for it",
            ));
            continue;
        }
        to_write.push((dir.join(name), bytes));
        written.push(name.clone());
    }
    let findings_bytes = findings_json(&item.file, &findings)?;
    to_write.push((dir.join(FINDINGS), &findings_bytes));
    written.push(FINDINGS.to_string());
    let counts = Counts::of(&findings);
    let readiness = crate::validate::readiness::Readiness::of(&findings);
    // Unconfirmed fee amounts are the same note on every case: not a warning of this case.
    let warnings = findings
        .iter()
        .filter(|f| f.severity == Severity::Warning && packet::needs_action(f))
        .count();
    let first = findings
        .iter()
        .find(|f| f.severity == Severity::Error)
        .or_else(|| {
            findings
                .iter()
                .find(|f| f.severity == Severity::Warning && packet::needs_action(f))
        });
    let deadline = match (&packet.case, &packet.json) {
        (Some(case), _) => crate::rules::one_year_deadline_of(case),
        // An invalid case still has a deadline: a clinic sorts its unfinished cases by it.
        (None, Some(json)) => one_year_deadline_of_json(json),
        (None, None) => None,
    };
    let mut deadlines: Vec<Due> = deadline
        .iter()
        .map(|d| Due {
            form: "I-589".into(),
            date: d.deadline,
        })
        .collect();
    deadlines.extend(i730_deadlines(packet.case.as_ref(), packet.json.as_ref()));
    let due = Due::most_urgent(deadlines, res.today);
    let record = Record {
        case_id: id.to_string(),
        file: item.file.clone(),
        status,
        state: readiness.state(),
        questions: readiness.questions().len(),
        errors: counts.errors,
        warnings,
        missing_documents: packet.checklist.as_ref().map(|c| c.missing()),
        i589_days_left: deadline
            .as_ref()
            .map(|d| crate::rules::deadline::timeliness(d, res.today).days_left),
        i589_deadline: deadline.map(|d| d.deadline),
        days_left: due.as_ref().map(|d| (d.date - res.today).num_days()),
        due,
        error_codes: findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(code_at)
            .collect(),
        first_finding: first.map(|f| plain(f, &res.schemas)).unwrap_or_default(),
        next_step: next_step(status, &notes).into(),
        note: notes,
        resumed: false,
        seq: item.seq,
    };
    // A failed case is tried again by --resume (a blank may have been added since). The
    // marker goes last in the same write: it is renamed into place after every file it
    // vouches for, and synced with them (on its own it cost a second journal commit a case).
    let marker_bytes;
    if status != Status::Failed {
        let marker = Marker {
            files: written,
            record: record.clone(),
            run,
        };
        let mut bytes =
            serde_json::to_vec_pretty(&marker).map_err(|e| Error::Internal(e.to_string()))?;
        bytes.push(b'\n');
        marker_bytes = bytes;
        to_write.push((dir.join(COMPLETE), &marker_bytes));
    }
    crate::app::write::write_private_all(&to_write, true)?;
    Ok(record)
}

/// The record of a case an earlier run finished: its marker is there, newer than the input, and
/// every file it lists exists.
fn finished(dir: &Path, item: &Item, run: &str) -> Option<Record> {
    // A case folder that is a link is not the tool's: never trust (or read through) it.
    if !std::fs::symlink_metadata(dir).ok()?.is_dir() {
        return None;
    }
    let marker_path = dir.join(COMPLETE);
    let marker_time = std::fs::metadata(&marker_path)
        .and_then(|m| m.modified())
        .ok()?;
    if marker_time <= item.modified? {
        return None;
    }
    let marker: Marker = serde_json::from_slice(&std::fs::read(&marker_path).ok()?).ok()?;
    if marker.record.file != item.file
        || marker.run != run
        || !marker
            .files
            .iter()
            .all(|f| is_plain_file_name(f) && dir.join(f).is_file())
    {
        return None;
    }
    Some(marker.record)
}

/// Removes the marker and any temporary file an interrupted run left, before a case is redone.
/// A marker that stays would let `--resume` take the case for finished if this run stops
/// half-way, so a failure to remove is the case's failure, not passed over.
fn clear_leftovers(dir: &Path) -> Result<(), Error> {
    let remove = |path: &Path| match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(Error::output(path, OutputProblem::Remove(e)))
        }
        _ => Ok(()),
    };
    remove(&dir.join(COMPLETE))?;
    let entries = std::fs::read_dir(dir).map_err(|e| Error::output(dir, OutputProblem::List(e)))?;
    for e in entries {
        let e = e.map_err(|e| Error::output(dir, OutputProblem::List(e)))?;
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') && name.ends_with(".partial") {
            remove(&e.path())?;
        }
    }
    Ok(())
}

/// `findings.json`: the records `validate --format json` prints, as one JSON array.
fn findings_json(file: &str, findings: &[Finding]) -> Result<Vec<u8>, Error> {
    let mut records: Vec<serde_json::Value> = findings.iter().map(|f| f.record(file)).collect();
    records.push(crate::finding::summary_record(file, findings));
    let mut bytes =
        serde_json::to_vec_pretty(&records).map_err(|e| Error::Internal(e.to_string()))?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Writes `findings.json` alone (a case whose folder has nothing else).
fn write_findings(dir: &Path, file: &str, findings: &[Finding]) -> Result<(), Error> {
    let bytes = findings_json(file, findings)?;
    crate::app::write::create_private_dir(dir)?;
    crate::app::write::write_private(&dir.join(FINDINGS), &bytes, true)
}

/// Why rendering failed, in words that hold no value from the case.
fn failure_note(packet: &Packet, res: &Resources) -> String {
    if let Some(case) = packet.validated() {
        let mut missing: Vec<crate::forms::Form> = crate::forms::render::instances(case)
            .into_iter()
            .map(|(form, _, _)| form)
            .filter(|form| !res.blanks.iter().any(|b| b.form == *form))
            .collect();
        missing.dedup();
        if !missing.is_empty() {
            let files: Vec<String> = missing
                .iter()
                .map(|f| format!("{}.pdf", f.file_stem()))
                .collect();
            return format!(
                "needs the blank {} (not in the --blank folder)",
                files.join(", ")
            );
        }
    }
    "rendering failed; see findings.json".to_string()
}

/// A finding in words that hold no value from the case: what its rule checks, or the title of
/// the answer it is about (both from the tool, not the case), with the form's Part and Item.
fn plain(f: &Finding, schemas: &crate::schema::SchemaSet) -> String {
    let title = || {
        schemas
            .annotation_at(&f.pointer, "title")
            .and_then(serde_json::Value::as_str)
            .map(str::to_string)
    };
    let at = f
        .location
        .as_ref()
        .map(|l| format!(" ({})", l.label()))
        .unwrap_or_default();
    let code = f.code.as_str();
    if code == "answer.missing" {
        return format!("not answered yet: {}{at}", title().unwrap_or_default());
    }
    if code == "schema.required" {
        // "the required key "x" is missing": the key is the schema's name, not a value.
        return format!("{}{at}", f.message);
    }
    if code.starts_with("schema.") {
        return match title() {
            Some(t) => format!("{t}: not in the expected form{at}"),
            None => format!("not what the schema allows here{at}"),
        };
    }
    if code.starts_with("json.") || code.starts_with("input.") {
        return "the file is not a readable JSON case file".into();
    }
    if let Some(rule) = crate::rules::RULES.iter().find(|r| r.id == code) {
        return format!("{}{at}", rule.summary.trim_end_matches('.'));
    }
    match code {
        "render.failed" => "the official forms could not be made".into(),
        "render.overflow" => "an answer did not fit on the form".into(),
        "batch.panic" => "internal error while preparing the case".into(),
        "batch.write" => "the outputs could not be written".into(),
        _ => code.to_string(),
    }
}

/// The I-589 one-year deadline of a case that did not pass validation, read from its JSON the
/// way [`crate::rules::one_year_deadline_of`] reads the typed case: from the applicant's most
/// recent entry, none for an unaccompanied child. `None` when those values are not readable.
fn one_year_deadline_of_json(json: &serde_json::Value) -> Option<crate::rules::deadline::Deadline> {
    let form = json.pointer("/forms/i589")?;
    if form.get("unaccompanied_child") == Some(&serde_json::Value::Bool(true)) {
        return None;
    }
    let applicant = form.get("applicant")?.as_str()?;
    let person = json
        .get("people")?
        .as_array()?
        .iter()
        .find(|p| p.get("id").and_then(serde_json::Value::as_str) == Some(applicant))?;
    let last = person
        .get("us_entries")?
        .as_array()?
        .iter()
        .filter_map(|e| e.get("date")?.as_str())
        .filter_map(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .max()?;
    Some(crate::rules::deadline::i589_one_year_dates(last))
}

/// Each I-730's two-year deadline (8 CFR 207.7(d), 208.21(d); [`crate::rules::deadline::i730_two_years_dates`],
/// as rule `i730.two-year-deadline` computes it), from the typed case, else (a case that did not
/// pass validation) from each petition's `granted` date in the JSON. Numbered "I-730 #N" when
/// there are several petitions.
fn i730_deadlines(
    case: Option<&crate::model::CaseFile>,
    json: Option<&serde_json::Value>,
) -> Vec<Due> {
    let granted: Vec<Option<chrono::NaiveDate>> = match (case, json) {
        (Some(case), _) => case.forms.i730.iter().map(|f| Some(*f.granted)).collect(),
        (None, Some(json)) => json
            .pointer("/forms/i730")
            .and_then(serde_json::Value::as_array)
            .map(|forms| {
                forms
                    .iter()
                    .map(|f| {
                        let d = f.get("granted")?.as_str()?;
                        chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()
                    })
                    .collect()
            })
            .unwrap_or_default(),
        (None, None) => Vec::new(),
    };
    let several = granted.len() > 1;
    granted
        .into_iter()
        .enumerate()
        .filter_map(|(i, g)| {
            let d = crate::rules::deadline::i730_two_years_dates(g?);
            Some(Due {
                form: if several {
                    format!("I-730 #{}", i + 1)
                } else {
                    "I-730".into()
                },
                date: d.deadline,
            })
        })
        .collect()
}

/// What to do next with a case, by how it ended (the sentences, and their keys in other
/// languages, are [`summary::NEXT_STEPS`]).
fn next_step(status: Status, notes: &str) -> &'static str {
    summary::next_step_text(match status {
        Status::Failed if notes.contains("needs the blank") => "out-batch-next-blank",
        Status::Failed => "out-batch-next-failed",
        Status::Invalid => "out-batch-next-invalid",
        Status::Drafted | Status::DraftedWithWarnings => "out-batch-next-drafted",
        Status::RenderedWithWarnings => "out-batch-next-warnings",
        Status::Rendered => "out-batch-next-rendered",
    })
}

fn code_at(f: &Finding) -> String {
    if f.pointer.is_empty() {
        f.code.clone()
    } else {
        format!("{} at {}", f.code, f.pointer)
    }
}

fn join_notes(a: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.to_string(),
        (_, true) => a.to_string(),
        _ => format!("{a}; {b}"),
    }
}

/// A name that stays inside its folder: no separator, not `.`/`..`, no control character.
fn is_plain_file_name(name: &str) -> bool {
    !name.is_empty()
        && name != "."
        && name != ".."
        && !name.contains(['/', '\\'])
        && !name.chars().any(char::is_control)
}

/// The real work of one case.
pub fn prepare(bytes: &[u8], res: &Resources) -> Packet {
    packet::prepare(bytes, res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_a_next_step_in_english_and_spanish() {
        let es = crate::interview::i18n::OutputLang::load("es").expect("es");
        for (status, notes) in [
            (Status::Failed, "needs the blank i-589.pdf"),
            (Status::Failed, ""),
            (Status::Invalid, ""),
            (Status::Drafted, ""),
            (Status::DraftedWithWarnings, ""),
            (Status::RenderedWithWarnings, ""),
            (Status::Rendered, ""),
        ] {
            let step = next_step(status, notes);
            assert!(!step.is_empty(), "{status:?}");
            let (key, _) = summary::NEXT_STEPS
                .iter()
                .find(|(_, e)| *e == step)
                .expect("listed");
            assert!(es.own(key, &[]).is_some(), "Spanish lacks {key}");
        }
    }

    fn case(id: &str) -> String {
        let text = include_str!("../../../fixtures/valid/i589-defensive.json");
        text.replacen("\"demo-defensive\"", &format!("\"{id}\""), 1)
    }

    #[test]
    fn a_panic_in_one_case_fails_that_case_only() {
        let dir = tempfile::tempdir().expect("tempdir");
        let input = dir.path().join("in");
        std::fs::create_dir(&input).expect("mkdir");
        for id in ["a", "boom", "c"] {
            std::fs::write(input.join(format!("{id}.json")), case(id)).expect("write");
        }
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let res = Resources::new(today).expect("resources");
        let opts = Options {
            out: dir.path().join("out"),
            force: false,
            resume: false,
        };
        prepare_outdir(&opts).expect("outdir");
        let work = |bytes: &[u8], res: &Resources| -> Packet {
            if String::from_utf8_lossy(bytes).contains("\"boom\"") {
                panic!("deliberate test panic");
            }
            packet::prepare(bytes, res)
        };
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let records = run(
            Input::open(&input, &opts.out).expect("input"),
            &res,
            &opts,
            &work,
            &|_| {},
        );
        std::panic::set_hook(previous);
        let records = records.expect("run");
        let status: Vec<(&str, Status)> = records
            .iter()
            .map(|r| (r.case_id.as_str(), r.status))
            .collect();
        assert_eq!(
            status,
            vec![
                // No blanks: drafts only; the fixture lists no children and no passport, which
                // the I-589 rules warn about (i589.children-unstated, i589.no-travel-document).
                ("a", Status::DraftedWithWarnings),
                ("boom", Status::Failed),
                ("c", Status::DraftedWithWarnings)
            ]
        );
        assert_eq!(records[1].error_codes, vec!["batch.panic".to_string()]);
        let findings =
            std::fs::read_to_string(opts.out.join("boom").join(FINDINGS)).expect("findings");
        assert!(findings.contains("deliberate test panic"), "{findings}");
        assert!(!opts.out.join("boom").join(COMPLETE).exists());
        assert!(opts.out.join("c").join(COMPLETE).exists());
    }
}
