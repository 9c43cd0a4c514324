use super::{output::Printer, ReportFormat};
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
    let lang = match super::config::output_lang(args.lang) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("asylum-forms: {e}");
            return ExitCode::from(2);
        }
    };
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
    if could_not_run {
        ExitCode::from(2)
    } else if any_errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
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
