//! `asylum-forms init CASE.json --form i589 [--form i730 …]`: a case file to fill in, with every
//! key the chosen forms require (and the basic facts about each person that every form prints),
//! each left unanswered: `""`, `null` or `[]`. `validate` lists those as questions to answer
//! (`answer.missing`), not as schema errors.
//!
//! The `$schema` is an absolute `file://` URL of the schemas this tool writes into the user's
//! data folder (`$XDG_DATA_HOME` or `~/.local/share` on Linux, `~/Library/Application Support`
//! on macOS, `%LOCALAPPDATA%` on Windows, then `asylum-forms/schemas/`). Why not the others:
//! a relative path breaks when a case file moves between a clinic's folders (intake/, ready/,
//! filed/), which they do; a stable `https://` `$id` would need the network, which editors use
//! to fetch it and this tool never does; copying the schemas beside every case clutters each
//! folder with five files. The installed schemas are rewritten by every `init`, so they follow
//! the tool's version. `validate` itself never reads `$schema` (its schemas are built in).

use asylum_forms::app::error::{Error, Exit, OutputProblem};
use asylum_forms::forms::Form;
use asylum_forms::schema::generate;
use asylum_forms::start::skeleton;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The case file to write.
    #[arg(value_name = "CASE.json")]
    case: PathBuf,
    /// A form the case is for; repeat for more (`--form i589 --form i730`).
    #[arg(long = "form", value_enum, required = true, value_name = "FORM")]
    forms: Vec<FormArg>,
    /// The case id (names the output folder); default: the file name without `.json`.
    #[arg(long, value_name = "ID")]
    case_id: Option<String>,
    /// Where to write the schemas the `$schema` points to (default: the user's data folder).
    #[arg(long, value_name = "DIR")]
    schemas: Option<PathBuf>,
    /// Replace CASE.json if it exists.
    #[arg(long)]
    force: bool,
}

/// The forms `--form` takes; the library's [`Form`] stays free of the argument parser.
#[derive(Clone, Copy, clap::ValueEnum)]
enum FormArg {
    /// I-589, Application for Asylum and for Withholding of Removal.
    I589,
    /// I-730, Refugee/Asylee Relative Petition (one per beneficiary).
    I730,
    /// I-485, Application to Adjust Status (asylee or refugee).
    I485,
}

impl From<FormArg> for Form {
    fn from(f: FormArg) -> Self {
        match f {
            FormArg::I589 => Form::I589,
            FormArg::I730 => Form::I730,
            FormArg::I485 => Form::I485,
        }
    }
}

pub fn run(args: Args) -> ExitCode {
    super::finish(init(&args).map(|()| Exit::Clean))
}

fn init(args: &Args) -> Result<(), Error> {
    let (docs, schema_url) = install_schemas(args.schemas.as_deref())?;
    let case_id = match &args.case_id {
        Some(id) => id.clone(),
        None => args
            .case
            .file_stem()
            .map(|s| asylum_forms::app::batch::case_id::safe(&s.to_string_lossy()))
            .unwrap_or_default(),
    };
    let forms: Vec<Form> = args.forms.iter().map(|&f| f.into()).collect();
    let case = skeleton::case(&docs, &forms, &schema_url, &case_id);
    let mut text =
        serde_json::to_string_pretty(&case).map_err(|e| Error::Internal(e.to_string()))?;
    text.push('\n');
    if let Some(dir) = args.case.parent().filter(|d| !d.as_os_str().is_empty()) {
        asylum_forms::app::write::create_private_dir(dir)?;
    }
    asylum_forms::app::write::write_private(&args.case, text.as_bytes(), args.force)?;
    let unanswered = skeleton::count_unanswered(&case);
    eprintln!(
        "wrote {} ({unanswered} answers to fill in; `asylum-forms validate {}` lists them)",
        args.case.display(),
        args.case.display()
    );
    eprintln!("editor help: its $schema is {schema_url}");
    Ok(())
}

/// Writes the schemas into `dir` (default: the user's data folder) and returns them with the
/// `file://` URL of the case schema.
pub(super) fn install_schemas(
    dir: Option<&Path>,
) -> Result<(BTreeMap<&'static str, Value>, String), Error> {
    let schema_dir = match dir {
        Some(d) => d.to_path_buf(),
        None => default_schema_dir().ok_or_else(|| {
            Error::Argument(
                "cannot tell the user's data folder (HOME is not set); give --schemas DIR".into(),
            )
        })?,
    };
    let files = generate::generate_all();
    std::fs::create_dir_all(&schema_dir)
        .map_err(|e| Error::output(&schema_dir, OutputProblem::Create(e)))?;
    for (name, doc) in &files {
        let path = schema_dir.join(name);
        std::fs::write(&path, generate::render(doc))
            .map_err(|e| Error::output(&path, OutputProblem::Write(e)))?;
    }
    let url = file_url(&schema_dir.join(generate::CASE))?;
    Ok((files.into_iter().collect(), url))
}

/// The user's data folder for this tool's schemas.
fn default_schema_dir() -> Option<PathBuf> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    let base = if let Some(d) = var("XDG_DATA_HOME") {
        d
    } else if cfg!(windows) {
        var("LOCALAPPDATA")?
    } else if cfg!(target_os = "macos") {
        var("HOME")?.join("Library/Application Support")
    } else {
        var("HOME")?.join(".local/share")
    };
    Some(
        base.join("asylum-forms")
            .join("schemas")
            .join(env!("CARGO_PKG_VERSION")),
    )
}

/// `file:///abs/path` of a file, with the characters a URL cannot hold percent-encoded.
fn file_url(path: &Path) -> Result<String, Error> {
    let abs =
        std::path::absolute(path).map_err(|e| Error::output(path, OutputProblem::Absolute(e)))?;
    let text = abs.to_string_lossy().replace('\\', "/");
    let mut url = String::from("file://");
    if !text.starts_with('/') {
        url.push('/');
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~:".contains(&b) {
            url.push(b as char);
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_urls_are_absolute_and_escaped() {
        let url = file_url(Path::new("/tmp/a b/case.schema.json")).expect("url");
        assert_eq!(url, "file:///tmp/a%20b/case.schema.json");
    }
}
