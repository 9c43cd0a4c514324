//! The command line: argument parsing and the only place (with the writer) that touches files.
//! Exit codes: 0 no errors, 1 a file has errors, 2 the tool could not run. A command returns
//! `Result<Exit, Error>` ([`asylum_forms::app::error`], where errors map to codes) and ends
//! through [`finish`], the one place that prints a run's error.

mod batch_cmd;
mod checklist_cmd;
mod completions_cmd;
mod config;
mod deadline_cmd;
mod generate_cmd;
mod import_cmd;
mod init_cmd;
mod interview_cmd;
mod io;
mod output;
mod render_cmd;
mod validate_cmd;

use asylum_forms::app::error::{Error, Exit, OutputProblem};
use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Ends a command: prints its error, if any, as `asylum-forms: {error}`, and gives the exit code
/// ([`Error::exit`] for an error).
pub fn finish(result: Result<Exit, Error>) -> ExitCode {
    match result {
        Ok(exit) => exit.into(),
        Err(e) => {
            eprintln!("asylum-forms: {e}");
            e.exit().into()
        }
    }
}

#[derive(Parser)]
#[command(
    name = "asylum-forms",
    version,
    about = "Prepares USCIS I-589, I-730 and I-485 filings from JSON case files, offline."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Readable text (colour on a terminal only).
    Human,
    /// NDJSON: one record per finding, one summary record per file.
    Json,
    /// Markdown (for `rules`: the text of docs/rules.md).
    Markdown,
}

/// The formats of a command that prints a report (`validate`, `deadline`): each command lists
/// only the formats it has, so `--format markdown` is refused rather than ignored.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// Readable text (colour on a terminal only).
    Human,
    /// JSON records (validate: NDJSON, one record per finding and one summary per file).
    Json,
}

impl From<ReportFormat> for Format {
    fn from(f: ReportFormat) -> Self {
        match f {
            ReportFormat::Human => Format::Human,
            ReportFormat::Json => Format::Json,
        }
    }
}

/// The language of `validate`'s readable output, the checklist and the draft (`--lang`). The
/// form answers stay in English (they are what is filed), and so does JSON output.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// English.
    En,
    /// Spanish (español).
    Es,
}

impl Lang {
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }
}

/// A date argument: `YYYY-MM-DD` only, with a message that says so (chrono's own error, "input
/// contains invalid characters", does not say what to write).
pub fn parse_date(s: &str) -> Result<chrono::NaiveDate, ValueError> {
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| ValueError::NotADate(s.to_string()))
}

/// An argument value the parsers of this module refuse; clap prints it after "invalid value
/// ... for '--option'".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueError {
    /// Not `YYYY-MM-DD`.
    NotADate(String),
    /// A trip abroad not written `FROM:TO`.
    NotATrip(String),
}

impl std::fmt::Display for ValueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ValueError::NotADate(s) => {
                write!(
                    f,
                    "\"{s}\" is not a date; write YYYY-MM-DD (e.g. 2026-03-14)"
                )
            }
            ValueError::NotATrip(s) => write!(
                f,
                "\"{s}\": write the trip as FROM:TO, e.g. 2025-03-01:2025-03-10"
            ),
        }
    }
}

impl std::error::Error for ValueError {}

#[derive(Subcommand)]
enum Command {
    /// Check case files: JSON syntax, schema, and legal rules.
    Validate(validate_cmd::Args),
    /// Start a case file: every key the chosen forms need, to fill in.
    Init(init_cmd::Args),
    /// Print or write the JSON Schemas generated from the data model.
    Schema {
        /// Write the schemas into this folder (e.g. schemas/; created if missing) instead of
        /// printing the case schema.
        #[arg(long, value_name = "DIR")]
        write: Option<std::path::PathBuf>,
    },
    /// List every legal rule with its severity, form and citation.
    Rules {
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
    },
    /// Compute a filing deadline with its reasoning.
    Deadline(deadline_cmd::Args),
    /// Print the missing-evidence checklist of a case.
    Checklist(checklist_cmd::Args),
    /// Fill the official USCIS blanks for every form the case calls for.
    Render(render_cmd::Args),
    /// Validate and render a folder or JSON Lines file of cases, in parallel, with a summary.
    Batch(batch_cmd::Args),
    /// Write synthetic case files (made-up people) for load tests and demos.
    Generate(generate_cmd::Args),
    /// A guided interview in your browser (Spanish or English) that writes the case file.
    Interview(interview_cmd::Args),
    /// Turn a clinic's intake spreadsheet (CSV or XLSX) into case files, one per family.
    Import(import_cmd::Args),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(completions_cmd::CompletionArgs),
    /// Print the manual page (roff), e.g. `asylum-forms man > asylum-forms.1`.
    Man,
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    Exit::Clean.into()
                }
                _ => Exit::Failed.into(),
            };
        }
    };
    match cli.command {
        Command::Validate(args) => validate_cmd::run(args),
        Command::Init(args) => init_cmd::run(args),
        Command::Schema { write } => schema_cmd(write),
        Command::Rules { format } => rules_cmd(format),
        Command::Deadline(args) => deadline_cmd::run(args),
        Command::Checklist(args) => checklist_cmd::run(args),
        Command::Render(args) => render_cmd::run(args),
        Command::Batch(args) => batch_cmd::run(args),
        Command::Generate(args) => generate_cmd::run(args),
        Command::Interview(args) => interview_cmd::run(args),
        Command::Import(args) => import_cmd::run(args),
        Command::Completions(args) => completions_cmd::completions(args),
        Command::Man => completions_cmd::man(),
    }
}

/// The command line's definition, for completions and the manual page.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

fn schema_cmd(write: Option<std::path::PathBuf>) -> ExitCode {
    finish(write_schemas(write))
}

fn write_schemas(write: Option<std::path::PathBuf>) -> Result<Exit, Error> {
    let files = asylum_forms::schema::generate::generate_all();
    match write {
        None => {
            for (name, doc) in &files {
                if *name == asylum_forms::schema::generate::CASE {
                    print!("{}", asylum_forms::schema::generate::render(doc));
                }
            }
            Ok(Exit::Clean)
        }
        Some(dir) => {
            // Schemas are public documents, not case data: an ordinary folder.
            std::fs::create_dir_all(&dir)
                .map_err(|e| Error::output(&dir, OutputProblem::Create(e)))?;
            for (name, doc) in &files {
                let path = dir.join(name);
                std::fs::write(&path, asylum_forms::schema::generate::render(doc))
                    .map_err(|e| Error::output(&path, OutputProblem::Write(e)))?;
                eprintln!("wrote {}", path.display());
            }
            Ok(Exit::Clean)
        }
    }
}

fn rules_cmd(format: Format) -> ExitCode {
    if format == Format::Markdown {
        print!("{}", asylum_forms::rules::markdown());
        return ExitCode::SUCCESS;
    }
    for r in asylum_forms::rules::RULES {
        match format {
            Format::Json => {
                let rec = serde_json::json!({
                    "id": r.id, "severity": r.severity, "form": r.form_name(),
                    "location": r.location_label(), "citation": r.citation, "summary": r.summary,
                });
                println!("{rec}");
            }
            Format::Human | Format::Markdown => {
                println!(
                    "{:<34} {:<8} {:<6} {}",
                    r.id,
                    r.severity.as_str(),
                    r.form_name(),
                    r.summary
                );
                if !r.citation.is_empty() {
                    println!("{:<34} {:<8} {:<6} source: {}", "", "", "", r.citation);
                }
            }
        }
    }
    ExitCode::SUCCESS
}

/// Today's date for rules: `--today`, else `ASYLUM_FORMS_TODAY`, else the system clock. Fixing it
/// makes output reproducible.
pub fn today(arg: Option<chrono::NaiveDate>) -> Result<chrono::NaiveDate, Error> {
    if let Some(d) = arg {
        return Ok(d);
    }
    match std::env::var("ASYLUM_FORMS_TODAY") {
        Ok(s) if !s.is_empty() => chrono::NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|_| {
            Error::Argument(format!(
                "ASYLUM_FORMS_TODAY={s} is not a date; write YYYY-MM-DD"
            ))
        }),
        _ => Ok(chrono::Local::now().date_naive()),
    }
}
