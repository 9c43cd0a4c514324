//! `asylum-forms import intake.csv|intake.xlsx -o cases/`: a clinic's intake sheet into one
//! case file per family ([`asylum_forms::start::intake`] says why one row per person), and
//! `asylum-forms import --template csv|xlsx` for the sheet to start from.

use asylum_forms::app::error::{Error, Exit};
use asylum_forms::start::intake;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TemplateKind {
    /// The header row, as CSV (to standard output without -o).
    Csv,
    /// A workbook with the headers (each with a note) and a sheet describing the columns.
    Xlsx,
}

#[derive(clap::Args)]
pub struct Args {
    /// The intake sheet: .csv, or .xlsx/.xls/.ods (its first sheet is read).
    #[arg(value_name = "SHEET", required_unless_present = "template")]
    sheet: Option<PathBuf>,
    /// Output folder for the case files (one `<case_id>.json` per family); with --template, the
    /// template's file.
    #[arg(short = 'o', long = "out", value_name = "OUT")]
    out: Option<PathBuf>,
    /// Write the intake template instead of importing.
    #[arg(long, value_enum, value_name = "FORMAT", conflicts_with = "sheet")]
    template: Option<TemplateKind>,
    /// Where to write the schemas the cases' `$schema` points to (default: the user's data
    /// folder, as `init`).
    #[arg(long, value_name = "DIR")]
    schemas: Option<PathBuf>,
    /// Replace case files (or the template) that already exist.
    #[arg(long)]
    force: bool,
}

pub fn run(args: Args) -> ExitCode {
    let result = match (args.template, &args.sheet) {
        (Some(kind), _) => template(kind, args.out.as_deref(), args.force),
        (None, Some(sheet)) => import(sheet, &args),
        (None, None) => Err(Error::Argument(
            "give the intake sheet, or --template csv|xlsx".into(),
        )),
    };
    super::finish(result)
}

fn template(kind: TemplateKind, out: Option<&Path>, force: bool) -> Result<Exit, Error> {
    let bytes = match kind {
        TemplateKind::Csv => intake::csv_template(),
        TemplateKind::Xlsx => intake::xlsx_template()?,
    };
    match out {
        None if kind == TemplateKind::Csv => {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(&bytes)
                .and_then(|()| stdout.flush())
                .map_err(Error::Stdout)?;
        }
        None => return Err(Error::Argument("--template xlsx needs -o FILE.xlsx".into())),
        Some(path) => {
            // A blank template holds no case data, but it will: owner-only from the start.
            asylum_forms::app::write::write_private(path, &bytes, force)?;
            eprintln!("wrote {}", path.display());
        }
    }
    Ok(Exit::Clean)
}

fn import(sheet: &Path, args: &Args) -> Result<Exit, Error> {
    let Some(out) = &args.out else {
        return Err(Error::Argument(
            "give -o DIR: the folder for the case files".into(),
        ));
    };
    let rows = read_rows(sheet)?;
    let (docs, url) = super::init_cmd::install_schemas(args.schemas.as_deref())?;
    let imported = intake::import(&rows, &docs, &url)?;
    let name = sheet.display();
    let mut dropped = 0;
    for p in &imported.problems {
        dropped += usize::from(p.dropped);
        match &p.column {
            Some(c) => eprintln!("{name}: row {}, column {c}: {}", p.row, p.message),
            None => eprintln!("{name}: row {}: {}", p.row, p.message),
        }
    }
    asylum_forms::app::write::create_private_dir(out)?;
    let mut written = 0;
    let mut taken: Vec<String> = Vec::new();
    for case in &imported.cases {
        // Two families whose ids differ only in case would share a file on macOS/Windows.
        let key = case.case_id.to_ascii_lowercase();
        if taken.contains(&key) {
            eprintln!(
                "{name}: rows {}: case id {} is used by an earlier family: not written",
                join(&case.rows),
                case.case_id
            );
            dropped += case.rows.len();
            continue;
        }
        taken.push(key);
        let mut text =
            serde_json::to_string_pretty(&case.json).map_err(|e| Error::Internal(e.to_string()))?;
        text.push('\n');
        let path = out.join(format!("{}.json", case.case_id));
        asylum_forms::app::write::write_private(&path, text.as_bytes(), args.force)?;
        written += 1;
    }
    let cells = imported.problems.len() - imported.problems.iter().filter(|p| p.dropped).count();
    eprintln!(
        "wrote {} to {} ({} not imported, {} to check); `asylum-forms validate {}/*.json` lists what each case still needs",
        super::output::plural(written, "case", "cases"),
        out.display(),
        super::output::plural(dropped, "row", "rows"),
        super::output::plural(cells, "cell", "cells"),
        out.display()
    );
    Ok(Exit::findings_if(!imported.problems.is_empty()))
}

fn join(rows: &[usize]) -> String {
    rows.iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Why an intake sheet could not be read.
#[derive(Debug)]
struct SheetError {
    path: std::path::PathBuf,
    problem: SheetProblem,
}

#[derive(Debug)]
enum SheetProblem {
    /// An extension that is neither CSV nor a workbook.
    NotASheet,
    /// The CSV file could not be opened.
    OpenCsv(csv::Error),
    /// A CSV record (numbered from 1) that could not be read.
    Row(usize, csv::Error),
    /// The workbook could not be opened (calamine's errors are boxed: they are large).
    OpenWorkbook(Box<calamine::Error>),
    NoSheet,
    /// The first sheet (its name) could not be read.
    Sheet(String, Box<calamine::Error>),
}

impl std::fmt::Display for SheetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let p = self.path.display();
        match &self.problem {
            SheetProblem::NotASheet => write!(f, "{p}: not a .csv, .xlsx, .xls or .ods file"),
            SheetProblem::OpenCsv(e) => write!(f, "cannot read {p}: {e}"),
            SheetProblem::Row(row, e) => write!(f, "{p}: row {row}: {e}"),
            SheetProblem::OpenWorkbook(e) => write!(f, "cannot read {p}: {e}"),
            SheetProblem::NoSheet => write!(f, "{p}: the workbook has no sheet"),
            SheetProblem::Sheet(name, e) => write!(f, "{p}: sheet {name}: {e}"),
        }
    }
}

impl std::error::Error for SheetError {}

/// A sheet that cannot be read stops the run (exit 2), in its words.
impl From<SheetError> for Error {
    fn from(e: SheetError) -> Self {
        Error::Failed(e.to_string())
    }
}

fn sheet_error(path: &Path, problem: SheetProblem) -> SheetError {
    SheetError {
        path: path.to_path_buf(),
        problem,
    }
}

/// Every row of the sheet as cell texts: CSV by its extension, anything else as a workbook.
fn read_rows(path: &Path) -> Result<Vec<Vec<String>>, SheetError> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "csv" | "txt" | "tsv" => read_csv(path, if ext == "tsv" { b'\t' } else { b',' }),
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => read_workbook(path),
        _ => Err(sheet_error(path, SheetProblem::NotASheet)),
    }
}

fn read_csv(path: &Path, delimiter: u8) -> Result<Vec<Vec<String>>, SheetError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_path(path)
        .map_err(|e| sheet_error(path, SheetProblem::OpenCsv(e)))?;
    let mut rows = Vec::new();
    for (i, record) in reader.byte_records().enumerate() {
        let record = record.map_err(|e| sheet_error(path, SheetProblem::Row(i + 1, e)))?;
        // Excel on Windows saves CSV in the system's code page: take such bytes as Windows-1252
        // rather than refuse the file.
        let cells = record
            .iter()
            .map(|c| match std::str::from_utf8(c) {
                Ok(s) => s.to_string(),
                Err(_) => c.iter().map(|&b| cp1252(b)).collect(),
            })
            .collect();
        rows.push(cells);
    }
    Ok(rows)
}

/// A Windows-1252 byte as a character (Latin-1, with the 0x80-0x9F printable characters).
fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

fn read_workbook(path: &Path) -> Result<Vec<Vec<String>>, SheetError> {
    use calamine::{open_workbook_auto, Data, DataType, Reader};
    let mut book = open_workbook_auto(path)
        .map_err(|e| sheet_error(path, SheetProblem::OpenWorkbook(Box::new(e))))?;
    let Some(first) = book.sheet_names().first().cloned() else {
        return Err(sheet_error(path, SheetProblem::NoSheet));
    };
    let range = book
        .worksheet_range(&first)
        .map_err(|e| sheet_error(path, SheetProblem::Sheet(first.clone(), Box::new(e))))?;
    // Rows and columns before the used range (a sheet starting at B2) count, so that the row
    // numbers in messages are the ones the spreadsheet shows.
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut rows: Vec<Vec<String>> = vec![Vec::new(); top as usize];
    for row in range.rows() {
        let mut cells = vec![String::new(); left as usize];
        cells.extend(row.iter().map(|c| {
            match c {
                Data::Empty => String::new(),
                Data::String(s) => s.clone(),
                Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
                Data::Float(f) => f.to_string(),
                Data::Int(i) => i.to_string(),
                Data::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
                Data::DateTime(d) => c
                    .as_date()
                    .map(|t| t.format("%Y-%m-%d").to_string())
                    .unwrap_or_else(|| d.to_string()),
                Data::DateTimeIso(s) => s.get(..10).unwrap_or(s).to_string(),
                Data::DurationIso(s) => s.clone(),
                Data::Error(e) => format!("#{e:?}"),
            }
        }));
        rows.push(cells);
    }
    Ok(rows)
}
