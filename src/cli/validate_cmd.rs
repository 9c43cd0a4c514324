use super::{output::Printer, ReportFormat};
use asylum_forms::app::error::{Error, Exit};
use asylum_forms::finding::{Counts, Finding, Severity};
use asylum_forms::schema::SchemaSet;
use asylum_forms::validate;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Case files to check (`-` reads one from standard input).
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: ReportFormat,
    /// The date to treat as today (YYYY-MM-DD); default: ASYLUM_FORMS_TODAY or the clock.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
    today: Option<chrono::NaiveDate>,
    /// Leave out the notes (findings that need no action); errors and warnings are all shown
    /// and the counts still include the notes.
    #[arg(long)]
    no_notes: bool,
    /// Language of the readable output (default: ASYLUM_FORMS_LANG, else `lang` in the config
    /// file, else en). JSON output stays English: its messages are data, keyed by `code`.
    #[arg(long, value_enum, value_name = "LANG")]
    lang: Option<super::Lang>,
}

pub fn run(args: Args) -> ExitCode {
    super::finish(validate(args))
}

fn validate(args: Args) -> Result<Exit, Error> {
    let today = super::today(args.today)?;
    let schemas = SchemaSet::load()?;
    let lang = super::config::output_lang(args.lang)?;
    let mut printer = Printer::new(args.format.into()).with_lang(lang);
    let mut any_errors = false;
    let mut could_not_run = false;
    let mut total = Counts::default();
    let mut invalid = 0usize;
    for path in &args.files {
        let name = super::io::display_name(path);
        let mut findings = match read_limited(path) {
            Ok(bytes) => validate::check_bytes(&bytes, &schemas, today).findings,
            Err(f) => {
                could_not_run = true;
                vec![*f]
            }
        };
        let counts = Counts::of(&findings);
        any_errors |= counts.errors > 0;
        invalid += usize::from(counts.errors > 0);
        total.errors += counts.errors;
        total.warnings += counts.warnings;
        total.infos += counts.infos;
        if args.no_notes {
            findings.retain(|f| f.severity != Severity::Info);
        }
        printer.file(&name, &findings, counts);
    }
    if args.files.len() > 1 && args.format == ReportFormat::Human {
        printer.total(args.files.len(), invalid, total);
    }
    // A file that could not be read is reported as a finding of its own, like the others.
    Ok(if could_not_run {
        Exit::Failed
    } else {
        Exit::findings_if(any_errors)
    })
}

/// Reads a file (standard input for `-`), refusing one over the size limit before reading it all.
fn read_limited(path: &std::path::Path) -> Result<Vec<u8>, Box<Finding>> {
    let cannot = |e: std::io::Error| {
        Finding::new(
            Severity::Error,
            "input.unreadable",
            "",
            format!("cannot read the file: {e}"),
        )
        .hint("check the path and that you may read the file")
    };
    asylum_forms::load::read::up_to(path, asylum_forms::validate::MAX_FILE_BYTES)
        .map_err(|e| Box::new(cannot(e)))
}
