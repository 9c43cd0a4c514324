//! The interview's errors: its built-in data that does not load ([`QuestionsError`],
//! [`TextsError`]), a language nobody wrote ([`LangError`]), an answer that cannot be written
//! into the case ([`WriteError`]), why the server did not start ([`StartError`]) and why a
//! request failed ([`RequestError`], with its HTTP status). Messages name a file, a screen or a
//! JSON pointer of the question files, never an answer.

use crate::app::error::Error as RunError;
use std::fmt;
use std::path::PathBuf;

/// A built-in question file (`questions.toml`) that does not parse or check.
#[derive(Debug, Clone)]
pub struct QuestionsError {
    /// Its path under `form-templates/`.
    pub file: String,
    pub problem: QuestionProblem,
}

/// What is wrong with a question file. `screen` is a screen's id, `field` a field's name.
#[derive(Debug, Clone)]
pub enum QuestionProblem {
    Toml(toml::de::Error),
    /// `[people.<slot>]`'s `same_as` names a slot not in `[people]`.
    SameAs {
        slot: String,
        same_as: String,
    },
    /// `[people.<slot>]`'s `one_of` or `later_id` outside a repeated form, or a `one_of`
    /// candidate without exactly one of `at` and `list`, or naming a slot not in `[people]`;
    /// or `item_person` naming a slot not in `[people]` (the slot).
    OneOf(String),
    ScreenTwice(String),
    /// A screen links a slot not in `[people]`.
    Links {
        screen: String,
        slot: String,
    },
    /// `link_choice` without its radio field or slot.
    LinkChoice {
        screen: String,
        field: String,
    },
    /// `person` on a screen that is not a list.
    PersonNotList(String),
    /// `optional` or `item_if` on a screen that is not a list.
    ListOnly(String),
    /// `mirror` on a list screen, or naming no marriage of a person of `[people]` or no slot.
    Mirror(String),
    /// `presence` on a field that is not an optional yes/no outside a list.
    Presence {
        screen: String,
        field: String,
    },
    /// `implied` outside a list screen, or whose `if` names none of the screen's fields.
    Implied {
        screen: String,
        field: String,
    },
    /// The path "." on a screen other than a list's with that one field.
    ItemPath(String),
    FieldTwice {
        screen: String,
        field: String,
    },
    /// Options on a field that takes none, or none on one that needs them.
    Options {
        screen: String,
        field: String,
    },
    /// A people list's field whose path does not start with the person.
    NotOfPerson {
        screen: String,
        field: String,
    },
    /// An absolute path on a list screen, a relative one elsewhere, or an empty segment.
    Path {
        screen: String,
        field: String,
        path: String,
    },
    /// A `{slot}` not in `[people]`.
    Slot {
        screen: String,
        slot: String,
    },
}

impl fmt::Display for QuestionProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QuestionProblem::Toml(e) => e.fmt(f),
            QuestionProblem::SameAs { slot, same_as } => write!(
                f,
                "[people.{slot}]: same_as {same_as}, which is not in [people]"
            ),
            QuestionProblem::OneOf(slot) => write!(
                f,
                "[people.{slot}]: one_of and later_id are for a repeated form (instance ending \
                 in /*), each candidate has one of `at` and `list` and names known slots; \
                 item_person names a slot of [people]"
            ),
            QuestionProblem::ScreenTwice(s) => write!(f, "screen \"{s}\" appears twice"),
            QuestionProblem::Mirror(s) => write!(
                f,
                "screen \"{s}\": `mirror` needs a marriage of a person of [people] (\"{{slot}}/marriages/N\") and a slot `onto` in [people], outside a list"
            ),
            QuestionProblem::ListOnly(s) => {
                write!(f, "screen \"{s}\": `optional` and `item_if` are for a list")
            }
            QuestionProblem::Presence { screen, field } => write!(
                f,
                "screen \"{screen}\": field \"{field}\": `presence` is for a yesno, not required, outside a list"
            ),
            QuestionProblem::Implied { screen, field } => write!(
                f,
                "screen \"{screen}\": field \"{field}\": `implied` is for a list screen, with `if = \"PATH == VALUE\"` naming one of its fields"
            ),
            QuestionProblem::Links { screen, slot } => write!(
                f,
                "screen \"{screen}\": links {slot}, which is not in [people]"
            ),
            QuestionProblem::LinkChoice { screen, field } => write!(
                f,
                "screen \"{screen}\": link_choice needs a radio field \"{field}\" and a slot in [people]"
            ),
            QuestionProblem::PersonNotList(s) => {
                write!(f, "screen \"{s}\": `person` is for a list")
            }
            QuestionProblem::ItemPath(s) => write!(
                f,
                "screen \"{s}\": the path \".\" (the item itself) is for a list screen's only field"
            ),
            QuestionProblem::FieldTwice { screen, field } => {
                write!(f, "screen \"{screen}\": field \"{field}\" twice")
            }
            QuestionProblem::Options { screen, field } => write!(
                f,
                "screen \"{screen}\": field \"{field}\": options are for radio and select only, and they need them"
            ),
            QuestionProblem::NotOfPerson { screen, field } => write!(
                f,
                "screen \"{screen}\": field \"{field}\": the items are the people's ids, so every path starts with {}",
                super::flow::PERSON
            ),
            QuestionProblem::Path {
                screen,
                field,
                path,
            } => write!(
                f,
                "screen \"{screen}\": field \"{field}\": path \"{path}\" must start with / (or {{slot}}), or be relative inside a list"
            ),
            QuestionProblem::Slot { screen, slot } => {
                write!(f, "screen \"{screen}\": {{{slot}}} is not in [people]")
            }
        }
    }
}

impl std::error::Error for QuestionProblem {}

impl fmt::Display for QuestionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.problem)
    }
}

impl std::error::Error for QuestionsError {}

/// A built-in locale (`locales/<tag>/`) that does not load. Fluent's errors are kept as their
/// debug text (the words the message always had).
#[derive(Debug, Clone)]
pub enum TextsError {
    /// The folder's name is no language tag.
    Tag { tag: &'static str, detail: String },
    /// A `.ftl` file with syntax errors (how many).
    Syntax {
        tag: &'static str,
        file: &'static str,
        count: usize,
        detail: String,
    },
    /// A `.ftl` file that defines a message another file of the language has.
    Resource {
        tag: &'static str,
        file: &'static str,
        detail: String,
    },
}

impl fmt::Display for TextsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextsError::Tag { tag, detail } => {
                write!(f, "locales/{tag}: bad language tag: {detail}")
            }
            TextsError::Syntax {
                tag,
                file,
                count,
                detail,
            } => write!(f, "locales/{tag}/{file}: {count} syntax error(s): {detail}"),
            TextsError::Resource { tag, file, detail } => {
                write!(f, "locales/{tag}/{file}: {detail}")
            }
        }
    }
}

impl std::error::Error for TextsError {}

/// Why an output language cannot be used.
#[derive(Debug, Clone)]
pub enum LangError {
    Texts(TextsError),
    /// A tag no locale has; `known` are the ones there are.
    Unknown {
        tag: String,
        known: Vec<&'static str>,
    },
}

impl fmt::Display for LangError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LangError::Texts(e) => e.fmt(f),
            LangError::Unknown { tag, known } => write!(
                f,
                "unknown language {tag:?}; write one of {}",
                known.join(", ")
            ),
        }
    }
}

impl std::error::Error for LangError {}

impl From<TextsError> for LangError {
    fn from(e: TextsError) -> Self {
        LangError::Texts(e)
    }
}

/// An answer that cannot be written into the case: the case (perhaps edited by hand) has a
/// shape the question files do not expect, or they name a person they do not define.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// A `{slot}` no `[people]` entry defines.
    NoSlot(String),
    /// A path (or a slot's link) that cannot be made a pointer into this case.
    CannotPlace(String),
    CaseNotAnObject,
    PeopleNotAList,
    /// A list item posted that is not an object.
    ItemNotAnObject,
    /// A pointer that does not fit the case's shape.
    Pointer {
        pointer: String,
        problem: PointerProblem,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PointerProblem {
    /// A segment into a list that is not a number.
    NotIndex,
    /// An index past the end of a list (one past appends).
    NoItem(usize),
    /// A value on the way that is neither object nor list.
    NotContainerOnWay,
    /// The value to write into is neither object nor list.
    NotContainer,
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::NoSlot(slot) => write!(f, "no person {slot}"),
            WriteError::CannotPlace(what) => write!(f, "cannot place {what}"),
            WriteError::CaseNotAnObject => f.write_str("the case is not a JSON object"),
            WriteError::PeopleNotAList => f.write_str("\"people\" is not a list"),
            WriteError::ItemNotAnObject => f.write_str("a list item is not an object"),
            WriteError::Pointer { pointer, problem } => match problem {
                PointerProblem::NotIndex => write!(f, "{pointer}: not a list index"),
                PointerProblem::NoItem(i) => write!(f, "{pointer}: no item {i}"),
                PointerProblem::NotContainerOnWay => {
                    write!(f, "{pointer}: not an object or list on the way")
                }
                PointerProblem::NotContainer => write!(f, "{pointer}: not an object or list"),
            },
        }
    }
}

impl std::error::Error for WriteError {}

/// Why the interview did not start.
#[derive(Debug)]
pub enum StartError {
    Questions(QuestionsError),
    Texts(TextsError),
    /// `--lang` names no language of the interview.
    NoLanguage {
        tag: String,
        known: Vec<&'static str>,
    },
    /// The loopback port could not be bound.
    Listen {
        port: u16,
        detail: String,
    },
    /// The bound server reports no IP address.
    NoAddress,
    /// The system gave no random numbers for the session's secrets.
    Random(getrandom::Error),
    /// The case file is not JSON.
    NotJson {
        path: PathBuf,
        error: serde_json::Error,
    },
    /// The case file could not be read or written (boxed: a run's error holds this one).
    Case(Box<RunError>),
}

impl fmt::Display for StartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StartError::Questions(e) => e.fmt(f),
            StartError::Texts(e) => e.fmt(f),
            StartError::NoLanguage { tag, known } => write!(
                f,
                "--lang {tag}: no such language; the interview has {}",
                known.join(", ")
            ),
            StartError::Listen { port, detail } => {
                write!(f, "cannot listen on 127.0.0.1:{port}: {detail}")
            }
            StartError::NoAddress => f.write_str("the server has no IP address"),
            StartError::Random(e) => write!(f, "no random numbers from the system: {e}"),
            StartError::NotJson { path, error } => write!(
                f,
                "{}: not a JSON case file ({error}); fix it or choose another file name",
                path.display()
            ),
            StartError::Case(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for StartError {}

impl From<QuestionsError> for StartError {
    fn from(e: QuestionsError) -> Self {
        StartError::Questions(e)
    }
}

impl From<TextsError> for StartError {
    fn from(e: TextsError) -> Self {
        StartError::Texts(e)
    }
}

impl From<getrandom::Error> for StartError {
    fn from(e: getrandom::Error) -> Self {
        StartError::Random(e)
    }
}

impl From<RunError> for StartError {
    fn from(e: RunError) -> Self {
        StartError::Case(Box::new(e))
    }
}

/// Why a request could not be answered. Its page says so in these words (never an answer's).
#[derive(Debug)]
pub enum RequestError {
    /// The case's lock is poisoned: an earlier request panicked while holding it.
    Locked,
    /// The request's body could not be read whole.
    Body(std::io::Error),
    /// The request's body is longer than the server reads.
    TooLarge,
    /// The answers cannot be written into the case as it is.
    Write(WriteError),
    /// The case file could not be saved (boxed: a rare error, which would make every
    /// request's `Result` larger).
    Save(Box<RunError>),
    /// Two people could not be joined.
    Join(JoinError),
    /// The built-in schemas, needed to find a person's links, did not load.
    Schemas(&'static crate::schema::SchemaError),
}

/// Why two people entered twice were not joined (`POST /join`, [`super::twice::join`]).
#[derive(Debug)]
pub enum JoinError {
    /// The pair is no longer alike in name and date of birth (the case changed meanwhile).
    NotAlike,
    /// Their answers differ at these questions.
    Differ(Vec<String>),
    /// Both are items of the list at this pointer: two items of one list are two people.
    SameList(String),
    /// The case is not shaped as the interview writes it.
    Shape(&'static str),
    /// The case could not be read back to find the links (the reader's message).
    Links(String),
    /// A link could not be rewritten.
    Write(WriteError),
}

impl fmt::Display for JoinError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JoinError::NotAlike => {
                f.write_str("these two people are no longer alike in name and date of birth")
            }
            JoinError::Differ(at) => write!(
                f,
                "their answers differ at {}: correct one of them first",
                at.join(", ")
            ),
            JoinError::SameList(list) => write!(
                f,
                "both are items of the list at {list}: two items of one list are two people"
            ),
            JoinError::Shape(what) => f.write_str(what),
            JoinError::Links(e) => f.write_str(e),
            JoinError::Write(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for JoinError {}

impl From<WriteError> for JoinError {
    fn from(e: WriteError) -> Self {
        JoinError::Write(e)
    }
}

impl RequestError {
    /// The HTTP status of the failure: 400 for a body that did not arrive whole, 413 for one
    /// too long, 409 Conflict when the case's shape and the question files disagree (the case
    /// file was edited into a shape the questions do not expect), else 500: the server's own
    /// failure.
    pub fn status(&self) -> u16 {
        match self {
            RequestError::Write(_) | RequestError::Join(_) => 409,
            RequestError::Body(_) => 400,
            RequestError::TooLarge => 413,
            RequestError::Locked | RequestError::Save(_) | RequestError::Schemas(_) => 500,
        }
    }
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RequestError::Locked => f.write_str("the case is locked"),
            RequestError::Body(e) => write!(
                f,
                "the answers did not arrive whole ({e}); nothing was saved, send them again"
            ),
            RequestError::TooLarge => write!(
                f,
                "the answers are longer than {} MB; nothing was saved",
                super::server::MAX_BODY >> 20
            ),
            RequestError::Write(e) => e.fmt(f),
            RequestError::Save(e) => e.fmt(f),
            RequestError::Join(e) => e.fmt(f),
            RequestError::Schemas(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for RequestError {}

impl From<WriteError> for RequestError {
    fn from(e: WriteError) -> Self {
        RequestError::Write(e)
    }
}

impl From<RunError> for RequestError {
    fn from(e: RunError) -> Self {
        RequestError::Save(Box::new(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::flow;
    use serde_json::json;

    /// Each kind of failure has its status: the client's (400, 413), the case's shape (409),
    /// the server's (500).
    #[test]
    fn a_request_error_has_its_http_status() {
        assert_eq!(
            RequestError::Body(std::io::Error::other("reset")).status(),
            400
        );
        assert_eq!(RequestError::TooLarge.status(), 413);
        assert_eq!(
            RequestError::Write(WriteError::PeopleNotAList).status(),
            409
        );
        assert_eq!(RequestError::Locked.status(), 500);
        assert_eq!(
            RequestError::TooLarge.to_string(),
            "the answers are longer than 1 MB; nothing was saved"
        );
    }

    /// A pointer that does not fit the case says where and why, in the words it always had.
    #[test]
    fn writing_through_a_case_of_another_shape_says_where() {
        let mut case = json!({"people": "x", "list": [1]});
        let e = flow::set(&mut case, "/people/0/id", json!("a")).expect_err("a string");
        assert_eq!(
            e,
            WriteError::Pointer {
                pointer: "/people/0/id".into(),
                problem: PointerProblem::NotContainerOnWay
            }
        );
        assert_eq!(
            e.to_string(),
            "/people/0/id: not an object or list on the way"
        );
        let e = flow::set(&mut case, "/list/3", json!(2)).expect_err("past the end");
        assert_eq!(e.to_string(), "/list/3: no item 3");
        let e = flow::set(&mut case, "/list/x", json!(2)).expect_err("not an index");
        assert!(matches!(
            e,
            WriteError::Pointer {
                problem: PointerProblem::NotIndex,
                ..
            }
        ));
    }

    /// A question file's fault names the file and the screen.
    #[test]
    fn a_bad_question_file_names_the_screen() {
        let e = flow::parse(
            "form = \"i-589\"\n[[screen]]\nid = \"a\"\nfields = []\n[[screen]]\nid = \"a\"\nfields = []\n",
        );
        match e {
            Err(QuestionProblem::ScreenTwice(id)) => assert_eq!(id, "a"),
            Err(QuestionProblem::Toml(t)) => panic!("the file should parse as TOML: {t}"),
            other => panic!("expected ScreenTwice, got {:?}", other.map(|_| ())),
        }
    }
}
