//! Whether a case can be filed: invalid (errors), incomplete (questions the forms require are
//! unanswered), or ready to file. Computed from the findings of [`crate::validate`], so every
//! command (validate, batch, render's draft) says the same thing.

use crate::finding::{form_name, Finding, Severity};
use crate::forms::{Form, Location};
use crate::rules::completeness::QUESTION_PREFIX;
use serde::Serialize;

/// The filing state of a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Readiness {
    /// At least one error: USCIS would reject the filing or deny on these facts.
    Invalid { errors: usize },
    /// Valid, but questions the forms require are unanswered.
    Incomplete { questions: Vec<Question> },
    /// Valid and every required question answered (warnings may still need a person's
    /// judgement).
    Ready,
}

/// One unanswered question: where it is on the form and what to write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Question {
    /// The form it is on, serialised as its printed name ("I-589"), as a finding's is.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "form_name")]
    pub form: Option<Form>,
    /// Part and Item (serialised as the label the form prints).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// Where the answer goes in the case file.
    pub pointer: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

/// The states' names, as `summary.csv`, the JSON summary and the draft's cover write them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Invalid,
    Incomplete,
    ReadyToFile,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Invalid => "invalid",
            State::Incomplete => "incomplete",
            State::ReadyToFile => "ready_to_file",
        }
    }
}

/// Whether a finding is an unanswered question: a completeness rule's, or a key left empty
/// (`answer.missing`, what a case started by `asylum-forms init` has until it is filled in).
pub fn is_question(f: &Finding) -> bool {
    f.code.starts_with(QUESTION_PREFIX) || f.code == crate::validate::ANSWER_MISSING
}

impl Readiness {
    /// The state the findings of one case put it in.
    pub fn of(findings: &[Finding]) -> Readiness {
        // An empty answer is an error to the schema (the forms cannot be filled from it) but a
        // question to the user: a case with nothing else wrong is incomplete, not invalid.
        let errors = findings
            .iter()
            .filter(|f| f.severity == Severity::Error && !is_question(f))
            .count();
        if errors > 0 {
            return Readiness::Invalid { errors };
        }
        let questions: Vec<Question> = findings
            .iter()
            .filter(|f| is_question(f))
            .map(|f| Question {
                form: f.form,
                location: f.location.clone(),
                pointer: f.pointer.clone(),
                message: f.message.clone(),
                hint: f.hint.clone(),
            })
            .collect();
        if questions.is_empty() {
            Readiness::Ready
        } else {
            Readiness::Incomplete { questions }
        }
    }

    pub fn state(&self) -> State {
        match self {
            Readiness::Invalid { .. } => State::Invalid,
            Readiness::Incomplete { .. } => State::Incomplete,
            Readiness::Ready => State::ReadyToFile,
        }
    }

    /// The unanswered questions (none when invalid: errors come first).
    pub fn questions(&self) -> &[Question] {
        match self {
            Readiness::Incomplete { questions } => questions,
            _ => &[],
        }
    }

    /// "invalid (2 errors)", "incomplete (3 questions to answer)", "ready to file".
    pub fn describe(&self) -> String {
        let n =
            |k: usize, one: &str, many: &str| format!("{k} {}", if k == 1 { one } else { many });
        match self {
            Readiness::Invalid { errors } => format!("invalid ({})", n(*errors, "error", "errors")),
            Readiness::Incomplete { questions } => format!(
                "incomplete ({} to answer)",
                n(questions.len(), "question", "questions")
            ),
            Readiness::Ready => "ready to file".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(sev: Severity, code: &str) -> Finding {
        Finding::new(sev, code, "/people/0/residence", "x")
    }

    #[test]
    fn states_follow_the_findings() {
        assert_eq!(Readiness::of(&[]), Readiness::Ready);
        assert_eq!(
            Readiness::of(&[f(Severity::Warning, "fees.for-filing-date")]).state(),
            State::ReadyToFile
        );
        let q = Readiness::of(&[
            f(Severity::Warning, "complete.i589"),
            f(Severity::Info, "i485.medical-exam"),
        ]);
        assert_eq!(q.state(), State::Incomplete);
        assert_eq!(q.questions().len(), 1);
        assert_eq!(q.describe(), "incomplete (1 question to answer)");
        let bad = Readiness::of(&[
            f(Severity::Error, "i589.one-year-deadline"),
            f(Severity::Warning, "complete.i589"),
        ]);
        assert_eq!(bad, Readiness::Invalid { errors: 1 });
        assert_eq!(bad.describe(), "invalid (1 error)");
        assert!(bad.questions().is_empty());
    }
}
