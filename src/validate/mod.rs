//! One file through every stage: bytes → JSON → schema → typed model → rules → findings.
//! Later stages run only when the earlier ones passed, so each finding is about the user's
//! text, not a consequence of an earlier one. One exception, so that a user does not fix a case
//! in rounds: when the schema fails only on values that can be set aside (a wrong date, a key
//! left unanswered), the rules still run on the rest, and their findings that touch a value set
//! aside are dropped ([`rules_on_the_rest`]).

pub mod readiness;

use crate::finding::{Finding, Severity};
use crate::forms::{Form, Location};
use crate::load::document::Doc;
use crate::load::reader;
use crate::model::CaseFile;
use crate::rules;
use crate::schema::SchemaSet;
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::Value;

/// Case files larger than this are refused before parsing (defined by the load stage, which
/// reads up to it).
pub use crate::load::read::MAX_FILE_BYTES;

/// At most this many findings of one kind (one code) are listed; the rest are counted in one
/// more finding of that kind ("and N more …"), so a case with an entry copied 10,000 times gets
/// a report a person can read, made in linear time.
pub const MAX_PER_CODE: usize = 100;

/// What validation learned about one file.
#[derive(Debug)]
pub struct Outcome {
    pub findings: Vec<Finding>,
    /// The typed case, when the file got that far.
    pub case: Option<CaseFile>,
    /// The case as JSON, when the file was JSON: filled by [`check_bytes_with_json`] only, for
    /// the callers that go on to fill forms; validation alone never builds it.
    pub json: Option<Value>,
}

impl Outcome {
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// The case as the stages after validation read it, when the file got into the typed model
    /// and its JSON was kept ([`check_bytes_with_json`]).
    pub fn validated(&self) -> Option<Case<'_>> {
        Case::of(self.case.as_ref(), self.json.as_ref())
    }
}

/// A case that got into the typed model, as the stages after validation (forms, checklist,
/// draft) read it: one value, so that they never take a typed case and a JSON case that could
/// come from two different files. Only validation makes one ([`Outcome::validated`], and the
/// packet that keeps an outcome's two parts).
///
/// Code reads the typed [`CaseFile`] ([`Case::file`]). The JSON ([`Case::json`]) is for the
/// field-map language only (`form-templates/*/fields.tsv`, evaluated by `forms::values`, and
/// the continuation rows of `forms::extra_rows`), whose paths are data, checked against the
/// schema by `tests/coverage.rs`; and for the walks over every value of a kind (every
/// explanation of a form).
///
/// That JSON is the input file as read, not the typed case serialised again: a serialised
/// `CaseFile` writes its defaults (`"cat_withholding": false`, the grounds not claimed, ...)
/// and its keys in the model's order, not the file's, and the filled I-589s then differ in
/// their bytes from the ones filled from the file (checked with `/work/notes/outputs.sh` when
/// this type was made). The schema accepted the file and the typed case was read from it, so
/// the two hold the same answers; the file's own order is the one a person wrote.
#[derive(Debug, Clone, Copy)]
pub struct Case<'a> {
    file: &'a CaseFile,
    json: &'a Value,
}

impl<'a> Case<'a> {
    /// The two parts of one validation, when both are there.
    pub(crate) fn of(file: Option<&'a CaseFile>, json: Option<&'a Value>) -> Option<Self> {
        Some(Case {
            file: file?,
            json: json?,
        })
    }

    /// The typed case: what code reads.
    pub fn file(&self) -> &'a CaseFile {
        self.file
    }

    /// The same case as JSON: for the field-map language and the generic walks only.
    pub fn json(&self) -> &'a Value {
        self.json
    }
}

/// Validates the bytes of one case file. [`Outcome::json`] is left empty.
pub fn check_bytes(bytes: &[u8], schemas: &SchemaSet, today: NaiveDate) -> Outcome {
    check(bytes, schemas, today, false)
}

/// [`check_bytes`], also keeping the case as a `serde_json::Value` in [`Outcome::json`] when
/// the file is JSON (forms, checklist and draft read it).
pub fn check_bytes_with_json(bytes: &[u8], schemas: &SchemaSet, today: NaiveDate) -> Outcome {
    check(bytes, schemas, today, true)
}

fn check(bytes: &[u8], schemas: &SchemaSet, today: NaiveDate, keep_json: bool) -> Outcome {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return fail(vec![Finding::new(
            Severity::Error,
            "input.too_large",
            "",
            format!(
                "the file is {:.1} MB; case files are limited to {} MB",
                bytes.len() as f64 / 1_048_576.0,
                MAX_FILE_BYTES / 1_048_576
            ),
        )
        .hint(
            "a case file holds text only: put documents in the evidence folder, not in the JSON",
        )]);
    }
    let doc = match reader::parse(bytes) {
        Ok(s) => s,
        Err(e) => {
            let mut f = Finding::new(Severity::Error, e.code, e.pointer, e.message).hint(e.hint);
            if !f.pointer.is_empty() {
                place(&mut f, schemas);
            }
            if let Some(at) = e.at {
                f.line = Some(at.line);
                f.column = Some(at.column);
            }
            return fail(vec![f]);
        }
    };
    let mut outcome = check_doc(&doc, schemas, today);
    if keep_json {
        outcome.json = Some(doc.to_value());
    }
    outcome
}

/// Validates an already parsed document. [`Outcome::json`] is left empty.
pub fn check_doc(doc: &Doc<'_>, schemas: &SchemaSet, today: NaiveDate) -> Outcome {
    let mut findings: Vec<Finding> = schemas
        .check(doc)
        .into_iter()
        .map(|i| {
            let mut f = Finding::new(
                Severity::Error,
                format!("schema.{}", i.keyword),
                i.pointer.clone(),
                i.message,
            )
            .hint(i.hint);
            f.location = i.location.as_deref().and_then(Location::parse);
            place(&mut f, schemas);
            f
        })
        .collect();
    if !findings.is_empty() {
        mark_unanswered(&mut findings, doc, schemas);
        empty_texts(&mut findings, doc, schemas);
        let rest = rules_on_the_rest(doc, &findings, schemas, today);
        findings.extend(rest);
        locate(&mut findings, doc);
        findings.sort_by_key(|f| (f.severity, f.line, f.column));
        return fail(cap(findings));
    }
    let case: CaseFile = match CaseFile::deserialize(doc.root()) {
        Ok(c) => c,
        Err(e) => {
            // The schema is generated from these types, so this means the two drifted.
            let f = Finding::new(
                Severity::Error,
                "model.mismatch",
                "",
                format!("the case passed the schema but could not be read: {e}"),
            )
            .hint("please report this: the schema and the tool disagree");
            return fail(vec![f]);
        }
    };
    let ctx = rules::Ctx {
        case: &case,
        json: doc.root(),
        schemas,
        today,
    };
    findings = rules::run(&ctx);
    empty_texts(&mut findings, doc, schemas);
    for f in findings.iter_mut() {
        if f.location.is_none() {
            place(f, schemas);
        }
    }
    locate(&mut findings, doc);
    findings.sort_by(|a, b| {
        (a.severity, a.line, a.column, &a.code).cmp(&(b.severity, b.line, b.column, &b.code))
    });
    Outcome {
        findings: cap(findings),
        case: Some(case),
        json: None,
    }
}

/// The code of a finding about a key left empty (`""`, `null`, `[]`).
pub const ANSWER_MISSING: &str = "answer.missing";

/// `""`, `null` or `[]`: a question left unanswered (what `asylum-forms init` writes).
fn unanswered(v: crate::load::document::Val<'_>) -> bool {
    v.is_null() || v.as_str() == Some("") || v.as_array().is_some_and(|mut a| a.next().is_none())
}

/// Turns the schema errors on unanswered values into one `answer.missing` finding per value,
/// which says what to answer instead of why `""` is not a date.
fn mark_unanswered(findings: &mut Vec<Finding>, doc: &Doc<'_>, schemas: &SchemaSet) {
    let root = doc.root();
    let mut seen: Vec<String> = Vec::new();
    findings.retain_mut(|f| {
        if f.pointer.is_empty() || !f.code.starts_with("schema.") {
            return true;
        }
        if !root.pointer(&f.pointer).is_some_and(unanswered) {
            return true;
        }
        if seen.contains(&f.pointer) {
            return false;
        }
        seen.push(f.pointer.clone());
        as_unanswered(f, schemas);
        true
    });
}

/// An `answer.missing` error for each `""` the schema lets pass (a name, a city: any text), so
/// that a case started by `init` lists every question left, not only those with a format.
fn empty_texts(findings: &mut Vec<Finding>, doc: &Doc<'_>, schemas: &SchemaSet) {
    for (v, _) in doc.root().texts_of_len(0) {
        let pointer = v.path().pointer();
        if findings.iter().any(|f| f.pointer == pointer) {
            continue;
        }
        let mut f = Finding::new(Severity::Error, ANSWER_MISSING, pointer, "");
        as_unanswered(&mut f, schemas);
        place(&mut f, schemas);
        findings.push(f);
    }
}

/// Makes `f` the finding of an unanswered value: what to answer, where, with an example.
fn as_unanswered(f: &mut Finding, schemas: &SchemaSet) {
    let (parent, key) = f.pointer.rsplit_once('/').unwrap_or(("", ""));
    let title_at = |p: &str| {
        schemas
            .annotation_at(p, "title")
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    // A yes/no question's `answer` is titled "Answer": name the question instead.
    let title = match (key, title_at(parent)) {
        ("answer", Some(question)) => question,
        _ => title_at(&f.pointer).unwrap_or_else(|| f.pointer.clone()),
    };
    let required = schemas
        .node_for_instance(parent)
        .and_then(|n| n.get("required"))
        .and_then(Value::as_array)
        .is_some_and(|r| r.iter().any(|k| k.as_str() == Some(key)));
    let example = schemas
        .annotation_at(&f.pointer, "examples")
        .and_then(|e| e.get(0))
        .map(|e| format!(" (e.g. {e})"))
        .unwrap_or_default();
    f.code = ANSWER_MISSING.into();
    f.message = format!("not answered yet: {title}");
    f.hint = Some(if required {
        format!("write the answer{example}")
    } else {
        format!("write the answer{example}, or remove the key if it does not apply")
    });
}

/// The rules' findings on the parts of a case that passed the schema: every value the schema
/// refused is set aside (its key removed; a refused array item sets aside the whole list), and
/// when what is left passes, the rules run on it. A finding that touches a value set aside
/// (the same place, inside it or around it) is dropped: it could be a consequence of the
/// removal. Nothing is returned when what is left still fails (e.g. a required key is missing).
fn rules_on_the_rest(
    doc: &Doc<'_>,
    schema_findings: &[Finding],
    schemas: &SchemaSet,
    today: NaiveDate,
) -> Vec<Finding> {
    let mut value = doc.to_value();
    let mut removed: Vec<String> = Vec::new();
    for f in schema_findings {
        if f.code == "schema.required" || f.pointer.is_empty() {
            return Vec::new();
        }
        let mut target = f.pointer.as_str();
        // An array item cannot go without renumbering the items after it: set aside the list.
        while let Some((parent, last)) = target.rsplit_once('/') {
            if last.bytes().all(|b| b.is_ascii_digit())
                && value.pointer(parent).is_some_and(Value::is_array)
            {
                target = parent;
            } else {
                break;
            }
        }
        let Some((parent, key)) = target.rsplit_once('/') else {
            return Vec::new();
        };
        let key = key.replace("~1", "/").replace("~0", "~");
        if let Some(Value::Object(o)) = value.pointer_mut(parent) {
            o.shift_remove(&key);
        }
        removed.push(target.to_string());
    }
    let Ok(bytes) = serde_json::to_vec(&value) else {
        return Vec::new();
    };
    let Ok(rest) = reader::parse(&bytes) else {
        return Vec::new();
    };
    if !schemas.check(&rest).is_empty() {
        return Vec::new();
    }
    let Ok(case) = CaseFile::deserialize(rest.root()) else {
        return Vec::new();
    };
    let ctx = rules::Ctx {
        case: &case,
        json: rest.root(),
        schemas,
        today,
    };
    let related = |p: &str| {
        removed.iter().any(|r| {
            let (a, b) = if p.len() <= r.len() {
                (p, r.as_str())
            } else {
                (r.as_str(), p)
            };
            b.starts_with(a) && (b.len() == a.len() || b.as_bytes()[a.len()] == b'/')
        })
    };
    let mut out: Vec<Finding> = rules::run(&ctx)
        .into_iter()
        .filter(|f| !f.pointer.is_empty() && !related(&f.pointer))
        .collect();
    for f in out.iter_mut() {
        if f.location.is_none() {
            place(f, schemas);
        }
    }
    out
}

/// Keeps the first [`MAX_PER_CODE`] findings of each code, in order, and adds one finding per
/// code that had more, saying how many more.
fn cap(findings: Vec<Finding>) -> Vec<Finding> {
    if findings.len() <= MAX_PER_CODE {
        return findings;
    }
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut over: Vec<(String, Severity, Option<Form>)> = Vec::new();
    let mut kept = Vec::new();
    for f in findings {
        let n = counts.entry(f.code.clone()).or_default();
        *n += 1;
        if *n <= MAX_PER_CODE {
            kept.push(f);
        } else if *n == MAX_PER_CODE + 1 {
            over.push((f.code.clone(), f.severity, f.form));
        }
    }
    for (code, severity, form) in over {
        let more = counts.get(&code).copied().unwrap_or(0) - MAX_PER_CODE;
        let mut f = Finding::new(
            severity,
            code.clone(),
            "",
            format!("and {more} more findings like the {MAX_PER_CODE} above ({code}), not listed one by one"),
        )
        .hint("fix the ones listed (they often share one cause, such as an entry copied many times) and validate again");
        f.form = form;
        kept.push(f);
    }
    kept
}

fn fail(findings: Vec<Finding>) -> Outcome {
    Outcome {
        findings,
        case: None,
        json: None,
    }
}

/// Fills the form and Part/Item a pointer concerns, from the schema's `x-form` annotations.
fn place(f: &mut Finding, schemas: &SchemaSet) {
    if f.form.is_none() {
        let parts: Vec<&str> = f.pointer.split('/').collect();
        if parts.get(1) == Some(&"forms") {
            f.form = parts.get(2).and_then(|k| Form::from_key(k));
        }
    }
    if f.location.is_some() {
        return;
    }
    let mut p = f.pointer.as_str();
    loop {
        if let Some(loc) = schemas.annotation_at(p, "x-form").and_then(Value::as_str) {
            f.location = Location::parse(loc);
            return;
        }
        match p.rfind('/') {
            Some(i) => p = &p[..i],
            None => return,
        }
    }
}

fn locate(findings: &mut [Finding], doc: &Doc) {
    let unplaced: Vec<usize> = (0..findings.len())
        .filter(|&i| findings[i].line.is_none())
        .collect();
    let pointers: Vec<&str> = unplaced
        .iter()
        .map(|&i| findings[i].pointer.as_str())
        .collect();
    let found = doc.positions(&pointers);
    for (i, at) in unplaced.into_iter().zip(found) {
        if let Some(at) = at {
            findings[i].line = Some(at.line);
            findings[i].column = Some(at.column);
        }
    }
}
