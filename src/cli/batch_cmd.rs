//! `asylum-forms batch INPUT -o OUTDIR [--blank DIR]`: every case of a folder or JSON Lines file,
//! in parallel, with a progress bar and a summary. The work is in [`asylum_forms::app::batch`].

use asylum_forms::app::batch::{self, Input, Options};
use asylum_forms::app::error::{Error, Exit};
use asylum_forms::app::packet::{self, Resources};
use asylum_forms::forms::Form;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// A folder of case files (searched recursively for *.json) or a JSON Lines file (one case a
    /// line).
    #[arg(value_name = "INPUT")]
    input: PathBuf,
    /// Output folder: one folder per case, and summary.json / summary.csv.
    #[arg(short = 'o', long = "out", value_name = "OUTDIR")]
    out: PathBuf,
    /// Folder with the official blanks (i-589.pdf, i-730.pdf, i-485.pdf; default:
    /// ASYLUM_FORMS_BLANKS, else `blanks` in the config file); without one only the drafts and
    /// checklists are made. A case that needs a blank not in the folder fails.
    #[arg(long, value_name = "DIR")]
    blank: Option<PathBuf>,
    /// Folder with Noto fonts for names in other scripts in the official forms (default: the
    /// fonts built into asylum-forms, see fonts/README.md).
    #[arg(long, value_name = "DIR")]
    fonts: Option<PathBuf>,
    /// Also write a non-editable (flattened) copy of each form.
    #[arg(long)]
    flatten: bool,
    /// Write into an existing OUTDIR, replacing its files.
    #[arg(long)]
    force: bool,
    /// Finish an interrupted batch: keep the cases whose outputs are complete and newer than
    /// their input, redo the rest.
    #[arg(long)]
    resume: bool,
    /// No progress bar and no table (the summary files are still written).
    #[arg(short, long)]
    quiet: bool,
    /// Language of the draft's frame (cover, headings, findings, checklist pages), of
    /// checklist.md, of the table at the end and of summary.csv's next steps (default:
    /// ASYLUM_FORMS_LANG, else `lang` in the config file, else en). The answers stay in English:
    /// they are what is filed; summary.json and summary.csv's columns stay English too.
    #[arg(long, value_enum, value_name = "LANG")]
    lang: Option<super::Lang>,
}

pub fn run(args: Args) -> ExitCode {
    super::finish(batch(&args))
}

fn batch(args: &Args) -> Result<Exit, Error> {
    let mut res = Resources::new(super::today(None)?)?;
    res.load_draft()?;
    res.set_lang(super::config::output_lang(args.lang)?);
    let blanks = super::config::blanks_dir(args.blank.as_deref())?;
    if let Some((dir, source)) = &blanks {
        if !dir.is_dir() {
            return Err(Error::Argument(format!(
                "the blanks folder {} (from {}) does not exist",
                dir.display(),
                source.describe()
            )));
        }
        for form in Form::ALL {
            // Anything by the name is loaded, so a folder or a pipe named i-589.pdf is refused
            // as such rather than reported as missing.
            if std::fs::symlink_metadata(dir.join(format!("{}.pdf", form.file_stem()))).is_ok() {
                res.load_blanks(dir, &[form])?;
            }
        }
        if res.blanks.is_empty() {
            return Err(Error::Argument(format!(
                "the blanks folder {} (from {}): none of i-589.pdf, i-730.pdf, i-485.pdf is there (download them from uscis.gov)",
                dir.display(),
                source.describe()
            )));
        }
        res.fill.flatten = args.flatten;
        res.fill.fallback_fonts = packet::load_fonts(args.fonts.as_deref())?;
    }
    let input = Input::open(&args.input, &args.out)?;
    let opts = Options {
        out: args.out.clone(),
        force: args.force,
        resume: args.resume,
    };
    batch::prepare_outdir(&opts)?;

    let bar = if args.quiet || !std::io::stderr().is_terminal() {
        ProgressBar::hidden()
    } else {
        let bar =
            ProgressBar::with_draw_target(Some(input.len() as u64), ProgressDrawTarget::stderr());
        if let Ok(style) =
            ProgressStyle::with_template("{bar:40} {pos}/{len} cases  {rate}  {eta} left")
        {
            // indicatif's own {per_sec} prints "9.6212/s".
            bar.set_style(style.with_key(
                "rate",
                |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0} cases/s", state.per_sec());
                },
            ));
        }
        bar
    };
    // A panic in one case is caught and reported as that case's status; the default hook would
    // also print its message, which may quote the case's data, to the terminal.
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = batch::run(input, &res, &opts, &batch::prepare, &|_| bar.inc(1));
    std::panic::set_hook(previous_hook);
    bar.finish_and_clear();
    let records = result?;
    batch::write_summary(&args.out, &records, res.today, &res.lang)?;
    if !args.quiet {
        // File names from INPUT, shown with control and bidi characters escaped.
        print!(
            "{}",
            super::output::visible_lines(&batch::summary::table(&records, &res.lang))
        );
        println!(
            "summary: {}, {}",
            args.out.join("summary.json").display(),
            args.out.join("summary.csv").display()
        );
    }
    let totals = batch::Totals::of(&records);
    Ok(Exit::findings_if(totals.invalid + totals.failed > 0))
}
