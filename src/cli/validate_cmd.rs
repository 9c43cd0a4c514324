use super::{output::Printer, Format};
use crate::finding::{Counts, Finding, Severity};
use crate::schema::SchemaSet;
use crate::validate::{self, MAX_FILE_BYTES};
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Case files to check.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    /// The date to treat as today (YYYY-MM-DD); default: ASYLUM_FORMS_TODAY or the clock.
    #[arg(long, value_name = "DATE")]
    today: Option<chrono::NaiveDate>,
}

pub fn run(args: Args) -> ExitCode {
    let today = match super::today(args.today) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("asylum-forms: {e}");
            return ExitCode::from(2);
        }
    };
    let schemas = match SchemaSet::load() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("asylum-forms: internal error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut printer = Printer::new(args.format);
    let mut any_errors = false;
    let mut could_not_run = false;
    for path in &args.files {
        let name = path.display().to_string();
        let findings = match read_limited(path) {
            Ok(bytes) => validate::check_bytes(&bytes, &schemas, today).findings,
            Err(f) => {
                could_not_run = true;
                vec![*f]
            }
        };
        let counts = Counts::of(&findings);
        any_errors |= counts.errors > 0;
        printer.file(&name, &findings, counts);
    }
    if could_not_run {
        ExitCode::from(2)
    } else if any_errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Reads a file, refusing one over the size limit before reading it all.
fn read_limited(path: &PathBuf) -> Result<Vec<u8>, Box<Finding>> {
    let cannot = |e: std::io::Error| {
        Finding::new(
            Severity::Error,
            "input.unreadable",
            "",
            format!("cannot read the file: {e}"),
        )
        .hint("check the path and that you may read the file")
    };
    let file = std::fs::File::open(path).map_err(cannot)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    Ok(bytes)
}
