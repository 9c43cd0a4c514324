//! `asylum-forms render CASE --blank DIR -o OUTDIR`: the official blanks filled, the draft
//! review PDF (`draft.pdf`) and the checklist beside them. A case with errors gets its draft
//! only (that is where the errors are reviewed), never filled forms. Without a blanks folder
//! (`--blank`, `ASYLUM_FORMS_BLANKS` or the config file, see [`super::config`]) the draft and
//! checklist are written and the message says how to get the blanks.

use asylum_forms::app::error::{CaseProblem, Error, Exit};
use asylum_forms::app::packet::{self, Resources};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The case file (`-` reads it from standard input).
    #[arg(value_name = "CASE")]
    case: PathBuf,
    /// Folder with the official blanks as USCIS publishes them: i-589.pdf, i-730.pdf, i-485.pdf
    /// (default: ASYLUM_FORMS_BLANKS, else `blanks` in the config file). Without one, only the
    /// draft and the checklist are written.
    #[arg(long, value_name = "DIR")]
    blank: Option<PathBuf>,
    /// Output folder (created, readable by the owner only).
    #[arg(short = 'o', long = "out", value_name = "OUTDIR")]
    out: PathBuf,
    /// Also write a non-editable (flattened) copy of each form, *-flat.pdf.
    #[arg(long)]
    flatten: bool,
    /// Leave fields that do not apply empty, instead of writing "N/A" (and "None" for a zero
    /// count) as the form instructions ask.
    #[arg(long)]
    no_na: bool,
    /// Replace files that already exist in OUTDIR.
    #[arg(long)]
    force: bool,
    /// Folder with Noto fonts for names in other scripts in the official forms (default: the
    /// fonts built into asylum-forms, see fonts/README.md).
    #[arg(long, value_name = "DIR")]
    fonts: Option<PathBuf>,
    /// Language of the draft's frame (cover, headings, findings, checklist pages) and of
    /// checklist.md (default: ASYLUM_FORMS_LANG, else `lang` in the config file, else en). The
    /// answers stay in English: they are what is filed.
    #[arg(long, value_enum, value_name = "LANG")]
    lang: Option<super::Lang>,
}

pub fn run(args: Args) -> ExitCode {
    super::finish(render(&args))
}

fn render(args: &Args) -> Result<Exit, Error> {
    let name = super::io::display_name(&args.case);
    let bytes = asylum_forms::load::read::case_file(&args.case)?;
    let mut res = Resources::new(super::today(None)?)?;
    let outcome = asylum_forms::validate::check_bytes_with_json(&bytes, &res.schemas, res.today);
    if outcome.case.is_none() {
        let problem = CaseProblem::HasErrors;
        return Err(Error::Case { name, problem });
    }
    res.load_draft()?;
    res.set_lang(super::config::output_lang(args.lang)?);
    if outcome.has_errors() {
        let packet = packet::finish(outcome, &res);
        if let Some(failure) = packet.failure {
            return Err(Error::Forms(Box::new(failure)));
        }
        write_files(args, &packet)?;
        let draft = args.out.join("draft.pdf");
        let problem = CaseProblem::FormsNotFilled { draft };
        return Err(Error::Case { name, problem });
    }
    let blanks = super::config::blanks_dir(args.blank.as_deref())?;
    if let Some((dir, source)) = &blanks {
        if !dir.is_dir() {
            return Err(Error::Argument(format!(
                "the blanks folder {} (from {}) does not exist",
                dir.display(),
                source.describe()
            )));
        }
        res.load_blanks(dir, &packet::forms_needed(&outcome))?;
    }
    res.fill.flatten = args.flatten;
    res.settings.not_applicable = !args.no_na;
    res.fill.fallback_fonts = packet::load_fonts(args.fonts.as_deref())?;
    let mut packet = packet::finish(outcome, &res);
    if let Some(failure) = packet.failure.take() {
        // The forms failed (no form is written then), but the draft shows what to fix.
        if packet.draft.is_some() {
            write_files(args, &packet)?;
            eprintln!(
                "wrote {} (draft for review)",
                args.out.join("draft.pdf").display()
            );
        }
        return Err(Error::Forms(Box::new(failure)));
    }
    write_files(args, &packet)?;
    let mut lost = 0;
    for r in &packet.forms {
        eprintln!(
            "wrote {} ({} fields filled, {} marked N/A)",
            args.out.join(&r.file_name).display(),
            r.values.len(),
            r.not_applicable.len()
        );
        // Name each answer by its Part and Item, as on the form; list rows already are.
        let label = |name: &str| -> String {
            res.blanks
                .iter()
                .find(|b| b.form == r.form)
                .and_then(|b| b.rows.iter().find(|row| row.field == name))
                .map_or_else(|| name.to_string(), |row| row.item.clone())
        };
        let upper = r.form.name();
        for o in &r.continued {
            eprintln!(
                "  {upper} {}: continued on the additional-information page",
                label(&o.name)
            );
        }
        for o in &r.overflow {
            lost += 1;
            eprintln!(
                "  NOT COMPLETE: {upper} {} ({}) did not fit even at 7 pt, nor on the additional-information page or a continuation sheet; {} characters to add by hand",
                label(&o.name),
                o.name,
                o.rest.chars().count()
            );
        }
    }
    if let Some(draft) = &packet.draft {
        eprintln!(
            "wrote {} (draft for review, {} KB)",
            args.out.join("draft.pdf").display(),
            draft.len().div_ceil(1024)
        );
    }
    if let Some(list) = &packet.checklist {
        eprintln!(
            "wrote {} ({} documents called for, {} missing)",
            args.out.join("checklist.md").display(),
            list.items.len(),
            list.missing()
        );
    }
    if blanks.is_none() {
        eprintln!("asylum-forms: {}", super::config::how_to_get_blanks());
    }
    Ok(Exit::findings_if(lost > 0))
}

/// Writes every file of the packet (owner-only), and says what the draft could not draw.
fn write_files(args: &Args, packet: &packet::Packet) -> Result<(), Error> {
    asylum_forms::app::write::create_output_dir(&args.out)?;
    // All of the set or none of it: nothing is renamed into OUTDIR until every file is written
    // (a file that may not be replaced, or a full disk, leaves none of the new ones).
    let packet_files = packet.files();
    let files: Vec<(std::path::PathBuf, &[u8])> = packet_files
        .iter()
        .map(|(file, bytes)| (args.out.join(file), bytes.as_ref()))
        .collect();
    asylum_forms::app::write::write_private_all(&files, args.force)?;
    for w in &packet.draft_warnings {
        eprintln!("warning: {w}");
    }
    Ok(())
}
