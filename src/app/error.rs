//! How a run ends: [`Exit`] (the exit code) and [`Error`] (why the tool stopped), mapped to each
//! other here and nowhere else.
//!
//! The exit codes are the command line's contract (README, `asylum-forms --help`): 0 no errors,
//! 1 a file has errors (or findings that leave the work incomplete), 2 the tool could not run.
//! A command returns `Result<Exit, Error>`; the binary prints the error as
//! `asylum-forms: {error}` and exits with [`Error::exit`]. Each variant names what failed (the
//! path, the case, the argument); its words are the messages users and tests already know.
//!
//! Layers keep their own errors ([`crate::pdf::PdfError`], [`crate::forms::render::RenderError`],
//! [`crate::draft::DraftError`], [`crate::schema::SchemaError`], [`crate::checklist::RulesError`],
//! [`crate::start::intake::ImportError`], [`crate::start::generate::GenerateError`],
//! [`crate::interview::error::StartError`], ...) and are converted into a run error where a run
//! meets them (a blank that cannot be used, the forms of a case that cannot be made), by a
//! `From` impl here, so that `?` keeps the kind. There is no `From<String>`: a failure is
//! typed where it happens.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// The exit code of a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 0: no errors.
    Clean,
    /// 1: a file has errors (or the work is incomplete: a value that fit nowhere, a case of a
    /// batch that failed).
    Findings,
    /// 2: the tool could not run.
    Failed,
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Clean => 0,
            Exit::Findings => 1,
            Exit::Failed => 2,
        }
    }

    /// [`Exit::Findings`] when `any` holds, else [`Exit::Clean`].
    pub fn findings_if(any: bool) -> Exit {
        if any {
            Exit::Findings
        } else {
            Exit::Clean
        }
    }
}

impl From<Exit> for std::process::ExitCode {
    fn from(e: Exit) -> Self {
        std::process::ExitCode::from(e.code())
    }
}

/// Why a run stopped.
#[derive(Debug)]
pub enum Error {
    /// An input could not be read; `name` is the path as given (`<stdin>` for `-`).
    Read { name: String, error: io::Error },
    /// A case file over the size limit, refused before it was read whole.
    TooLarge { name: String, limit_mb: u64 },
    /// An official blank that cannot be used.
    Blank {
        path: PathBuf,
        problem: BlankProblem,
    },
    /// A path the run writes to was refused, or writing failed.
    Output {
        path: PathBuf,
        problem: OutputProblem,
    },
    /// The case file cannot be used as asked: the file has errors, the tool ran (exit 1).
    Case { name: String, problem: CaseProblem },
    /// Standard output could not be written (a closed pipe ends the process with SIGPIPE
    /// before this, see src/main.rs).
    Stdout(io::Error),
    /// An argument, an environment variable or a setting the tool cannot use.
    Argument(String),
    /// The forms or the draft of a case could not be made (the packet's failure, in words that
    /// already name the form and field). Boxed: it is large, and every run's `Result` carries
    /// the size of its largest error.
    Forms(Box<crate::app::packet::PacketFailure>),
    /// The draft's built-in fonts, templates or layouts failed to load: a bug.
    Draft(crate::draft::DraftError),
    /// The built-in schemas failed to load: a bug.
    Schemas(crate::schema::SchemaError),
    /// The built-in evidence rules failed to load: a bug.
    Evidence(crate::checklist::RulesError),
    /// Something else built into the tool failed: a bug.
    Internal(String),
    /// An intake sheet that cannot be imported, or the template that cannot be made.
    Import(crate::start::intake::ImportError),
    /// A font given with `--fonts` that cannot be parsed.
    Font {
        path: PathBuf,
        error: crate::text::TextError,
    },
    /// The interview did not start.
    /// Boxed: the interview's start-up errors are large and rare (every `Result` of a run would
    /// carry their size).
    Interview(Box<crate::interview::error::StartError>),
    /// Cases could not be generated (a bug: the built-in fixtures or the model).
    Generate(crate::start::generate::GenerateError),
    /// A failure of the binary's own, in words: an intake sheet that cannot be read (the
    /// CLI's `SheetError`), the manual page that cannot be made.
    Failed(String),
}

/// What is wrong with a blank.
#[derive(Debug)]
pub enum BlankProblem {
    /// Not found in the blanks folder `dir`.
    Missing {
        dir: PathBuf,
        error: io::Error,
    },
    Unreadable(io::Error),
    Folder,
    NotRegular,
    /// Its size in MB, over [`crate::load::read::MAX_BLANK_BYTES`].
    TooLarge(u64),
    Grew,
    /// Read, but not the form it should be (edition, fields, PDF structure).
    Unusable(crate::forms::render::RenderError),
}

/// Why a path was not written.
#[derive(Debug)]
pub enum OutputProblem {
    NotAFolder,
    /// A folder the tool fills is a symbolic link.
    FolderLink,
    /// A file to replace is a symbolic link.
    FileLink,
    NotRegular,
    /// A file exists and `--force` was not given.
    Exists,
    /// A batch's output folder has files and neither `--force` nor `--resume` was given.
    BatchExists,
    /// The output folder could not be listed.
    List(io::Error),
    Create(io::Error),
    MakePrivate(io::Error),
    /// A file left by an earlier run could not be removed.
    Remove(io::Error),
    /// Its full path (for a `file://` URL) could not be made.
    Absolute(io::Error),
    Write(io::Error),
}

/// Why a case file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseProblem {
    /// It could not be read as a case at all (syntax, schema).
    Unreadable,
    /// It has errors; nothing was made.
    HasErrors,
    /// It has errors; the draft, at `draft`, shows them, and no official form was filled.
    FormsNotFilled { draft: PathBuf },
}

impl Error {
    /// The exit code of a run that stopped with this error.
    pub fn exit(&self) -> Exit {
        match self {
            Error::Case { .. } => Exit::Findings,
            Error::Read { .. }
            | Error::TooLarge { .. }
            | Error::Blank { .. }
            | Error::Output { .. }
            | Error::Stdout(_)
            | Error::Argument(_)
            | Error::Forms(_)
            | Error::Draft(_)
            | Error::Schemas(_)
            | Error::Evidence(_)
            | Error::Internal(_)
            | Error::Import(_)
            | Error::Generate(_)
            | Error::Interview(_)
            | Error::Font { .. }
            | Error::Failed(_) => Exit::Failed,
        }
    }

    /// Reading `path` failed.
    pub fn read(path: &Path, error: io::Error) -> Error {
        Error::Read {
            name: path.display().to_string(),
            error,
        }
    }

    pub fn output(path: &Path, problem: OutputProblem) -> Error {
        Error::Output {
            path: path.to_path_buf(),
            problem,
        }
    }

    pub fn blank(path: &Path, problem: BlankProblem) -> Error {
        Error::Blank {
            path: path.to_path_buf(),
            problem,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Read { name, error } => write!(f, "cannot read {name}: {error}"),
            Error::TooLarge { name, limit_mb } => {
                write!(f, "{name} is larger than {limit_mb} MB, the limit for a case file")
            }
            Error::Blank { path, problem } => {
                let p = path.display();
                match problem {
                    BlankProblem::Missing { dir, error } => write!(
                        f,
                        "cannot read the blank {p}: {error} (download it from uscis.gov into {})",
                        dir.display()
                    ),
                    BlankProblem::Unreadable(e) => write!(f, "cannot read the blank {p}: {e}"),
                    BlankProblem::Folder => write!(
                        f,
                        "the blank {p} is a folder; put the PDF downloaded from uscis.gov there"
                    ),
                    BlankProblem::NotRegular => write!(
                        f,
                        "the blank {p} is not a regular file (a pipe or a device?); put the PDF downloaded from uscis.gov there"
                    ),
                    BlankProblem::TooLarge(mb) => write!(
                        f,
                        "the blank {p} is {mb} MB, larger than any USCIS form ({} MB at most)",
                        crate::load::read::MAX_BLANK_BYTES / 1_048_576
                    ),
                    BlankProblem::Grew => write!(f, "the blank {p} grew while it was read"),
                    BlankProblem::Unusable(e) => write!(f, "{p}: {e}"),
                }
            }
            Error::Output { path, problem } => {
                let p = path.display();
                match problem {
                    OutputProblem::NotAFolder => write!(f, "{p} exists and is not a folder"),
                    OutputProblem::FolderLink => write!(
                        f,
                        "{p} is a symbolic link; refusing to write through it (remove it)"
                    ),
                    OutputProblem::FileLink => write!(
                        f,
                        "{p} is a symbolic link; refusing to replace it (write to a regular file)"
                    ),
                    OutputProblem::NotRegular => write!(
                        f,
                        "{p} exists and is not a regular file; refusing to replace it"
                    ),
                    OutputProblem::Exists => write!(f, "{p} exists; use --force to replace it"),
                    OutputProblem::BatchExists => write!(
                        f,
                        "{p} exists; use --force to write over it, or --resume to finish an interrupted batch"
                    ),
                    OutputProblem::List(e) => write!(f, "cannot read {p}: {e}"),
                    OutputProblem::Create(e) => write!(f, "cannot create {p}: {e}"),
                    OutputProblem::Remove(e) => write!(f, "cannot remove {p}: {e}"),
                    OutputProblem::Absolute(e) => {
                        write!(f, "cannot tell the full path of {p}: {e}")
                    }
                    OutputProblem::MakePrivate(e) => write!(f, "cannot make {p} private: {e}"),
                    OutputProblem::Write(e) => write!(f, "cannot write {p}: {e}"),
                }
            }
            Error::Case { name, problem } => match problem {
                CaseProblem::Unreadable => write!(
                    f,
                    "{name} cannot be read as a case file; run `asylum-forms validate {name}` to see why"
                ),
                CaseProblem::HasErrors => write!(
                    f,
                    "{name} has errors; run `asylum-forms validate {name}` and fix them first"
                ),
                CaseProblem::FormsNotFilled { draft } => write!(
                    f,
                    "{name} has errors, so the official forms are not filled; review them in {} and run `asylum-forms validate {name}`",
                    draft.display()
                ),
            },
            Error::Stdout(e) => write!(f, "cannot write to standard output: {e}"),
            Error::Forms(e) => e.fmt(f),
            Error::Argument(m) | Error::Failed(m) => f.write_str(m),
            Error::Draft(e) => e.fmt(f),
            Error::Schemas(e) => write!(f, "internal error: {e}"),
            Error::Evidence(e) => write!(f, "internal error: {e}"),
            Error::Import(e) => e.fmt(f),
            Error::Generate(e) => e.fmt(f),
            Error::Interview(e) => e.fmt(f),
            Error::Font { path, error } => {
                write!(f, "{} is not a font the tool can use: {error}", path.display())
            }
            Error::Internal(m) => write!(f, "internal error: {m}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<crate::draft::DraftError> for Error {
    fn from(e: crate::draft::DraftError) -> Self {
        Error::Draft(e)
    }
}

impl From<crate::schema::SchemaError> for Error {
    fn from(e: crate::schema::SchemaError) -> Self {
        Error::Schemas(e)
    }
}

impl From<crate::checklist::RulesError> for Error {
    fn from(e: crate::checklist::RulesError) -> Self {
        Error::Evidence(e)
    }
}

impl From<crate::start::intake::ImportError> for Error {
    fn from(e: crate::start::intake::ImportError) -> Self {
        Error::Import(e)
    }
}

impl From<crate::start::generate::GenerateError> for Error {
    fn from(e: crate::start::generate::GenerateError) -> Self {
        Error::Generate(e)
    }
}

impl From<crate::interview::error::StartError> for Error {
    fn from(e: crate::interview::error::StartError) -> Self {
        Error::Interview(Box::new(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The codes are the documented ones, and only a case's own errors give 1.
    #[test]
    fn exit_codes_are_the_documented_ones() {
        assert_eq!(Exit::Clean.code(), 0);
        assert_eq!(Exit::Findings.code(), 1);
        assert_eq!(Exit::Failed.code(), 2);
        let case = Error::Case {
            name: "a.json".into(),
            problem: CaseProblem::HasErrors,
        };
        assert_eq!(case.exit(), Exit::Findings);
        let out = Error::output(Path::new("out/a.pdf"), OutputProblem::Exists);
        assert_eq!(out.exit(), Exit::Failed);
        assert_eq!(
            out.to_string(),
            "out/a.pdf exists; use --force to replace it"
        );
        assert_eq!(Error::Internal("x".into()).exit(), Exit::Failed);
    }
}
