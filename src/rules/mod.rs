//! Cross-field rules. Each rule is one entry of [`RULES`] with its id, severity, form location
//! and citation, and one function that returns the places it fires. Rules never fail: a case
//! that the schema accepted is always checkable.

mod integrity;

use crate::finding::{Finding, Severity};
use crate::model::CaseFile;
use crate::schema::SchemaSet;
use chrono::NaiveDate;
use serde_json::Value;

/// What a rule sees: the typed case, the same case as JSON (for pointers and generic walks),
/// the schemas, and the day to treat as today (injectable for reproducible output).
pub struct Ctx<'a> {
    pub case: &'a CaseFile,
    pub json: &'a Value,
    pub schemas: &'a SchemaSet,
    pub today: NaiveDate,
}

/// One place a rule fires.
#[derive(Debug, Clone)]
pub struct Hit {
    pub pointer: String,
    pub message: String,
    pub hint: String,
    /// Overrides the rule's severity for this hit (e.g. a deadline rule that is an error when
    /// late and unexplained, a warning when explained).
    pub severity: Option<Severity>,
    /// Overrides the rule's form location for this hit.
    pub location: Option<String>,
}

impl Hit {
    pub fn new(
        pointer: impl Into<String>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Hit {
            pointer: pointer.into(),
            message: message.into(),
            hint: hint.into(),
            severity: None,
            location: None,
        }
    }
    pub fn severity(mut self, s: Severity) -> Self {
        self.severity = Some(s);
        self
    }
    pub fn location(mut self, l: impl Into<String>) -> Self {
        self.location = Some(l.into());
        self
    }
}

pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    /// "I-589", "I-730", "I-485" or "case".
    pub form: &'static str,
    pub location: &'static str,
    pub citation: &'static str,
    pub summary: &'static str,
    pub check: fn(&Ctx) -> Vec<Hit>,
}

/// Every rule, in the order they run and are listed.
pub static RULES: &[Rule] = &[
    integrity::PERSON_REFS,
    integrity::UNIQUE_IDS,
    integrity::NO_FUTURE_DATES,
];

/// Runs every rule over the case.
pub fn run(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for rule in RULES {
        for hit in (rule.check)(ctx) {
            let mut f = Finding::new(
                hit.severity.unwrap_or(rule.severity),
                rule.id,
                hit.pointer,
                hit.message,
            )
            .hint(hit.hint);
            if !rule.citation.is_empty() {
                f = f.citation(rule.citation);
            }
            if rule.form != "case" {
                f = f.at_form(
                    rule.form,
                    hit.location.unwrap_or_else(|| rule.location.to_string()),
                );
            } else if let Some(l) = hit.location {
                f.location = Some(l);
            }
            out.push(f);
        }
    }
    out
}

/// Visits every value of `v` with its JSON pointer.
pub fn walk<'v>(v: &'v Value, ptr: &mut String, visit: &mut dyn FnMut(&str, &'v Value)) {
    visit(ptr, v);
    let len = ptr.len();
    match v {
        Value::Object(o) => {
            for (k, child) in o {
                ptr.push('/');
                ptr.push_str(&crate::json_source::escape_token(k));
                walk(child, ptr, visit);
                ptr.truncate(len);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                ptr.push('/');
                ptr.push_str(&i.to_string());
                walk(child, ptr, visit);
                ptr.truncate(len);
            }
        }
        _ => {}
    }
}
