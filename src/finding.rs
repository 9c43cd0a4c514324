//! Findings: what `validate` reports. Findings are data, never `Err`: a case can have many, and
//! each carries enough to act on it (where, what, what to write instead, and why).

use crate::forms::{Form, Location};
use serde::{Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// USCIS would reject the filing, or deny on these facts; or the file cannot be read.
    Error,
    /// Needs a person's judgement.
    Warning,
    /// Worth knowing; nothing to fix.
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    /// Stable identifier: `json.*`, `input.*`, `schema.*`, `model.*` or a rule id.
    pub code: String,
    /// JSON pointer into the case file ("" for the whole document).
    pub pointer: String,
    /// The form concerned ("I-589", "I-730", "I-485"), when one is.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "form_name")]
    pub form: Option<Form>,
    /// The Part and Item the value fills (serialised as its label, as the form prints it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub citation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

impl Finding {
    pub fn new(
        severity: Severity,
        code: impl Into<String>,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Finding {
            severity,
            code: code.into(),
            pointer: pointer.into(),
            form: None,
            location: None,
            message: message.into(),
            hint: None,
            citation: None,
            line: None,
            column: None,
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        let h = hint.into();
        self.hint = (!h.is_empty()).then_some(h);
        self
    }

    pub fn citation(mut self, c: impl Into<String>) -> Self {
        self.citation = Some(c.into());
        self
    }

    pub fn at_form(mut self, form: Form, location: Option<Location>) -> Self {
        self.form = Some(form);
        self.location = location;
        self
    }
}

/// A finding's form as its printed name ("I-589"), as the JSON has always had it.
pub(crate) fn form_name<S: Serializer>(form: &Option<Form>, s: S) -> Result<S::Ok, S::Error> {
    match form {
        Some(f) => s.serialize_str(f.name()),
        None => s.serialize_none(),
    }
}

impl Finding {
    /// The NDJSON record `validate --format json` prints for this finding (batch writes the same
    /// records into each case's `findings.json`).
    pub fn record(&self, file: &str) -> serde_json::Value {
        let mut rec = serde_json::to_value(self).unwrap_or_default();
        if let Some(o) = rec.as_object_mut() {
            o.insert("type".into(), "finding".into());
            o.insert("file".into(), file.into());
        }
        rec
    }
}

/// The summary record `validate --format json` prints for a file: the counts, and the filing
/// state ("invalid", "incomplete" with the questions to answer, or "ready_to_file").
pub fn summary_record(file: &str, findings: &[Finding]) -> serde_json::Value {
    let counts = Counts::of(findings);
    let readiness = crate::validate::readiness::Readiness::of(findings);
    serde_json::json!({
        "type": "summary", "file": file,
        "valid": counts.errors == 0,
        "errors": counts.errors, "warnings": counts.warnings, "infos": counts.infos,
        "state": readiness.state().as_str(),
        "questions": readiness.questions(),
    })
}

/// Counts by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Counts {
    pub fn of(findings: &[Finding]) -> Self {
        let mut c = Counts::default();
        for f in findings {
            match f.severity {
                Severity::Error => c.errors += 1,
                Severity::Warning => c.warnings += 1,
                Severity::Info => c.infos += 1,
            }
        }
        c
    }
}
