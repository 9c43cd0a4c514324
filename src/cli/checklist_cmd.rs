//! `asylum-forms checklist CASE`: the missing-evidence checklist alone.

use asylum_forms::app::error::{CaseProblem, Error, Exit};
use asylum_forms::schema::SchemaSet;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The case file (`-` reads it from standard input).
    #[arg(value_name = "CASE")]
    case: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "markdown")]
    format: ChecklistFormat,
    /// Language of the Markdown checklist (default: ASYLUM_FORMS_LANG, else `lang` in the config
    /// file, else en). The JSON stays English (data).
    #[arg(long, value_enum, value_name = "LANG")]
    lang: Option<super::Lang>,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ChecklistFormat {
    /// The checklist as Markdown (what checklist.md holds).
    Markdown,
    /// The checklist as one JSON document (what checklist.json holds).
    Json,
}

pub fn run(args: Args) -> ExitCode {
    super::finish(checklist(args))
}

fn checklist(args: Args) -> Result<Exit, Error> {
    let name = super::io::display_name(&args.case);
    let lang = super::config::output_lang(args.lang)?;
    let bytes = asylum_forms::load::read::case_file(&args.case)?;
    let schemas = SchemaSet::load()?;
    let rules = asylum_forms::checklist::rules()?;
    let today = super::today(None)?;
    let outcome = asylum_forms::validate::check_bytes_with_json(&bytes, &schemas, today);
    let Some(case) = outcome.validated() else {
        let problem = CaseProblem::Unreadable;
        return Err(Error::Case { name, problem });
    };
    let list = asylum_forms::checklist::build(case, &rules);
    match args.format {
        ChecklistFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&list).unwrap_or_default()
        ),
        // Names from the case, shown with control and bidi characters escaped.
        ChecklistFormat::Markdown => print!(
            "{}",
            super::output::visible_lines(&asylum_forms::checklist::markdown_in(&list, &lang))
        ),
    }
    Ok(Exit::Clean)
}
