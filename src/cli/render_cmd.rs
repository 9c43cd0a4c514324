//! `asylum-forms render CASE --blank DIR -o OUTDIR`: the official blanks, filled.

use crate::pdf::FillOptions;
use crate::render::{self, FormBlank};
use crate::schema::SchemaSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The case file.
    #[arg(value_name = "CASE")]
    case: PathBuf,
    /// Folder with the official blanks as USCIS publishes them: i-589.pdf, i-730.pdf, i-485.pdf.
    #[arg(long, value_name = "DIR")]
    blank: PathBuf,
    /// Output folder (created, readable by the owner only).
    #[arg(short = 'o', long = "out", value_name = "OUTDIR")]
    out: PathBuf,
    /// Also write a non-editable (flattened) copy of each form, *-flat.pdf.
    #[arg(long)]
    flatten: bool,
    /// Replace files that already exist in OUTDIR.
    #[arg(long)]
    force: bool,
    /// Folder with Noto fonts for names in other scripts (default: the system's Noto folders,
    /// e.g. Debian's fonts-noto-core and fonts-noto-cjk).
    #[arg(long, value_name = "DIR")]
    fonts: Option<PathBuf>,
}

/// Fonts tried, in order, for text the form's own font cannot draw (Latin, Greek and Cyrillic;
/// Arabic; Hebrew; Ethiopic; Devanagari; Myanmar; Chinese, Japanese and Korean).
const FALLBACK_FONTS: &[&str] = &[
    "NotoSans-Regular.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansMyanmar-Regular.ttf",
    "NotoSansCJK-Regular.ttc",
];

const FONT_DIRS: &[&str] = &[
    "/usr/share/fonts/truetype/noto",
    "/usr/share/fonts/opentype/noto",
];

/// Loads the fallback fonts found; a missing one only matters if a value needs it, and then the
/// fill fails naming the character.
fn load_fonts(dir: Option<&Path>) -> Vec<crate::pdf::EmbedFont> {
    let dirs: Vec<PathBuf> = match dir {
        Some(d) => vec![d.to_path_buf()],
        None => FONT_DIRS.iter().map(PathBuf::from).collect(),
    };
    FALLBACK_FONTS
        .iter()
        .filter_map(|name| dirs.iter().map(|d| d.join(name)).find(|p| p.is_file()))
        .filter_map(|path| std::fs::read(path).ok())
        .filter_map(|bytes| crate::pdf::EmbedFont::new(bytes, 0).ok())
        .collect()
}

pub fn run(args: Args) -> ExitCode {
    match render(&args) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("asylum-forms: {msg}");
            ExitCode::from(2)
        }
    }
}

fn render(args: &Args) -> Result<ExitCode, String> {
    let name = args.case.display().to_string();
    let bytes = std::fs::read(&args.case).map_err(|e| format!("cannot read {name}: {e}"))?;
    let schemas = SchemaSet::load().map_err(|e| format!("internal error: {e}"))?;
    let outcome = crate::validate::check_bytes(&bytes, &schemas, super::today(None)?);
    let (Some(case), Some(json)) = (&outcome.case, &outcome.json) else {
        eprintln!(
            "asylum-forms: {name} is not a valid case file; run `asylum-forms validate {name}`"
        );
        return Ok(ExitCode::from(1));
    };
    if outcome.has_errors() {
        eprintln!("asylum-forms: {name} has errors; run `asylum-forms validate {name}` and fix them first");
        return Ok(ExitCode::from(1));
    }
    // Parse each blank the case needs once.
    let mut blanks: Vec<FormBlank> = Vec::new();
    for (form, _, _) in render::instances(case, json) {
        if blanks.iter().any(|b| b.form == form) {
            continue;
        }
        let path = args.blank.join(format!("{form}.pdf"));
        let data = std::fs::read(&path).map_err(|e| {
            format!(
                "cannot read the blank {}: {e} (download it from uscis.gov into {})",
                path.display(),
                args.blank.display()
            )
        })?;
        blanks
            .push(render::load_blank(form, &data).map_err(|e| format!("{}: {e}", path.display()))?);
    }
    let opts = FillOptions {
        flatten: args.flatten,
        fallback_fonts: load_fonts(args.fonts.as_deref()),
        ..FillOptions::default()
    };
    let rendered = render::render_case(case, json, &blanks, &opts).map_err(|e| {
        let hint = match &e {
            render::RenderError::Pdf {
                error: crate::pdf::PdfError::Unencodable { .. },
                ..
            } => " (install the Noto fonts, e.g. `apt-get install fonts-noto-core fonts-noto-cjk`, or pass --fonts DIR)",
            _ => "",
        };
        format!("{e}{hint}")
    })?;
    create_private_dir(&args.out)?;
    let mut lost = 0;
    for r in &rendered {
        write_private(&args.out.join(&r.file_name), &r.bytes, args.force)?;
        if let Some(flat) = &r.flattened {
            let flat_name = r.file_name.replace(".pdf", "-flat.pdf");
            write_private(&args.out.join(flat_name), flat, args.force)?;
        }
        eprintln!(
            "wrote {} ({} fields filled)",
            args.out.join(&r.file_name).display(),
            r.values.len()
        );
        for o in &r.continued {
            eprintln!(
                "  {}: the rest of {} is continued on the additional-information page",
                r.form, o.name
            );
        }
        for o in &r.overflow {
            lost += 1;
            eprintln!(
                "  NOT COMPLETE: {} did not fit field {} even at 7 pt, nor on the additional-information page; {} characters to add by hand",
                r.form,
                o.name,
                o.rest.chars().count()
            );
        }
    }
    Ok(if lost > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> Result<(), String> {
    use std::os::unix::fs::DirBuilderExt;
    if dir.is_dir() {
        return Ok(());
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| format!("cannot create {}: {e}", dir.display()))
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))
}

/// Writes to a temporary name beside the target and renames, so an interrupted run never leaves
/// a half-written PDF; the file is readable by the owner only (8 CFR 208.6 data).
fn write_private(path: &Path, bytes: &[u8], force: bool) -> Result<(), String> {
    if path.exists() && !force {
        return Err(format!(
            "{} exists; use --force to replace it",
            path.display()
        ));
    }
    let tmp = path.with_extension("pdf.partial");
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts
        .open(&tmp)
        .map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
    f.write_all(bytes)
        .and_then(|_| f.sync_all())
        .map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, path).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
