//! The cases of a batch, read one at a time: a folder searched for `*.json`, or a JSON Lines file
//! read line by line, so 10,000 cases never sit in memory together.

use crate::app::error::Error;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// One case as read, before any validation.
pub struct Item {
    /// Position in the input, for a summary in input order.
    pub seq: usize,
    /// The file name (relative to the input folder) or `FILE:LINE`; never the case's content.
    pub file: String,
    /// The case id to use when the case file has none that can be read.
    pub fallback_id: String,
    /// The bytes, or why they could not be read.
    pub bytes: Result<Vec<u8>, ItemError>,
    /// When the input was last changed (for `--resume`).
    pub modified: Option<SystemTime>,
    /// The file's name without `.json` (a folder's file; `None` for a line).
    pub stem: Option<String>,
}

/// Why one case of a batch could not be read: that case fails, the batch goes on.
#[derive(Debug)]
pub enum ItemError {
    /// A folder's file (its name relative to the folder) that could not be read.
    File { file: String, error: std::io::Error },
    /// A JSON Lines line over the limit for a case, in MB.
    TooLong { line: usize, limit_mb: usize },
    /// A JSON Lines line that could not be read.
    Line { line: usize, error: std::io::Error },
}

impl std::fmt::Display for ItemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ItemError::File { file, error } => write!(f, "cannot read {file}: {error}"),
            ItemError::TooLong { line, limit_mb } => write!(
                f,
                "line {line} is longer than {limit_mb} MB, the limit for a case"
            ),
            ItemError::Line { line, error } => write!(f, "cannot read line {line}: {error}"),
        }
    }
}

impl std::error::Error for ItemError {}

pub enum Input {
    Files { root: PathBuf, files: Vec<PathBuf> },
    Lines { path: PathBuf, total: usize },
}

impl Input {
    /// Opens INPUT: a folder (searched recursively for `*.json`, skipping `skip`, the output
    /// folder) or a JSON Lines file.
    pub fn open(path: &Path, skip: &Path) -> Result<Self, Error> {
        let meta = std::fs::metadata(path).map_err(|e| Error::read(path, e))?;
        if meta.is_dir() {
            let skip = skip.canonicalize().ok();
            let mut files = Vec::new();
            walk(path, skip.as_deref(), &mut files)?;
            files.sort();
            Ok(Input::Files {
                root: path.to_path_buf(),
                files,
            })
        } else if !meta.is_file() {
            // A device never ends (`/dev/zero`) and a pipe cannot be read twice (the first pass
            // counts the lines).
            Err(Error::Argument(format!(
                "{} is neither a folder nor a regular file (a JSON Lines file)",
                path.display()
            )))
        } else {
            // A first pass only counts lines, for the progress bar's total.
            let file = std::fs::File::open(path).map_err(|e| Error::read(path, e))?;
            not_a_spreadsheet(path)?;
            let mut total = 0;
            let mut reader = std::io::BufReader::new(file);
            let mut line = Vec::new();
            loop {
                let (n, _) = read_line_bounded(&mut reader, &mut line, MAX_LINE)
                    .map_err(|e| Error::read(path, e))?;
                if n == 0 {
                    break;
                }
                let text = line.trim_ascii();
                if total == 0 && !text.is_empty() {
                    // One clear error for a file that is not JSON Lines at all (a CSV, a PDF),
                    // rather than a `json.syntax` finding for each of its lines.
                    let text = text.strip_prefix(b"\xef\xbb\xbf").unwrap_or(text);
                    if text == b"{" {
                        return Err(Error::Argument(format!(
                            "{} looks like one case file, not JSON Lines (one case a line): give the folder it is in, or use `asylum-forms render` for one case",
                            path.display()
                        )));
                    }
                    if !text.starts_with(b"{") {
                        return Err(Error::Argument(format!(
                            "{} is not a JSON Lines file of cases: its first line does not start with {{. batch reads a folder of case files (*.json) or a file with one case (a JSON object) a line",
                            path.display()
                        )));
                    }
                }
                total += usize::from(!text.is_empty());
            }
            Ok(Input::Lines {
                path: path.to_path_buf(),
                total,
            })
        }
    }

    /// The names of the input files without `.json` (none for JSON Lines).
    pub fn file_stems(&self) -> Vec<String> {
        match self {
            Input::Files { files, .. } => files
                .iter()
                .filter_map(|p| p.file_stem())
                .map(|s| s.to_string_lossy().into_owned())
                .collect(),
            Input::Lines { .. } => Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Input::Files { files, .. } => files.len(),
            Input::Lines { total, .. } => *total,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The cases in input order, each read when it is asked for.
    pub fn items(self) -> Result<Box<dyn Iterator<Item = Item> + Send>, Error> {
        match self {
            Input::Files { root, files } => Ok(Box::new(files.into_iter().enumerate().map(
                move |(seq, path)| {
                    let file = path
                        .strip_prefix(&root)
                        .unwrap_or(&path)
                        .display()
                        .to_string();
                    let fallback_id = path
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_else(|| format!("file-{}", seq + 1));
                    let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
                    let bytes = read_limited(&path).map_err(|error| ItemError::File {
                        file: file.clone(),
                        error,
                    });
                    Item {
                        seq,
                        file,
                        stem: Some(fallback_id.clone()),
                        fallback_id,
                        bytes,
                        modified,
                    }
                },
            ))),
            Input::Lines { path, .. } => {
                let file = std::fs::File::open(&path).map_err(|e| Error::read(&path, e))?;
                let name = path
                    .file_name()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
                Ok(Box::new(Lines {
                    reader: std::io::BufReader::new(file),
                    name,
                    modified,
                    line_no: 0,
                    seq: 0,
                    done: false,
                }))
            }
        }
    }
}

/// Refuses a spreadsheet or a single JSON case file given as INPUT, saying what to do instead.
fn not_a_spreadsheet(path: &Path) -> Result<(), Error> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "csv" | "tsv" | "xlsx" | "xls" | "ods" => Err(Error::Argument(format!(
            "{} is a spreadsheet, not cases: turn it into case files first with `asylum-forms import {} -o cases/`, then run `asylum-forms batch cases/ -o OUTDIR`",
            path.display(),
            path.display()
        ))),
        _ => Ok(()),
    }
}

/// Whether a folder is the output of an earlier batch (its summary, or a finished case's
/// marker): its JSON files are findings and checklists, not cases.
fn is_batch_output(dir: &Path) -> bool {
    dir.join("summary.json").is_file() || dir.join(super::COMPLETE).is_file()
}

/// Reads a case file, refusing one far over the validator's limit without reading it all.
fn read_limited(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(crate::validate::MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn walk(dir: &Path, skip: Option<&Path>, out: &mut Vec<PathBuf>) -> Result<(), Error> {
    if skip.is_some() && dir.canonicalize().ok().as_deref() == skip {
        return Ok(());
    }
    let entries = std::fs::read_dir(dir).map_err(|e| Error::read(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::read(dir, e))?;
        let path = entry.path();
        // file_type does not follow symbolic links: a linked folder could loop. An entry that
        // cannot be examined stops the run, as a folder that cannot be listed does: skipping it
        // could leave a case out of the batch unsaid.
        let kind = entry.file_type().map_err(|e| Error::read(&path, e))?;
        if kind.is_dir() {
            if is_batch_output(&path) {
                continue;
            }
            walk(&path, skip, out)?;
        } else if path.extension().is_some_and(|e| e == "json")
            && (kind.is_file() || path.is_file())
        {
            out.push(path);
        }
    }
    Ok(())
}

/// The longest line kept: a case's limit (10 MB); the rest of a longer line is skipped unread
/// into memory.
const MAX_LINE: usize = crate::validate::MAX_FILE_BYTES as usize;

/// Reads one line (with its newline) into `line`, keeping at most `limit + 1` bytes of it and
/// skipping the rest, so a 700 MB line never sits in memory. Returns the bytes consumed and
/// whether the line was longer than `limit`.
fn read_line_bounded(
    reader: &mut impl BufRead,
    line: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<(usize, bool)> {
    line.clear();
    let mut consumed = 0;
    let mut over = false;
    loop {
        let buf = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok((consumed, over));
        }
        let (take, done) = match memchr::memchr(b'\n', buf) {
            Some(i) => (i + 1, true),
            None => (buf.len(), false),
        };
        let room = (limit + 1).saturating_sub(line.len());
        if take > room {
            over = true;
        }
        line.extend_from_slice(&buf[..take.min(room)]);
        reader.consume(take);
        consumed += take;
        if done {
            return Ok((consumed, over));
        }
    }
}

struct Lines {
    reader: std::io::BufReader<std::fs::File>,
    name: String,
    modified: Option<SystemTime>,
    line_no: usize,
    seq: usize,
    done: bool,
}

impl Iterator for Lines {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        let mut line = Vec::new();
        while !self.done {
            self.line_no += 1;
            match read_line_bounded(&mut self.reader, &mut line, MAX_LINE) {
                Ok((0, _)) => self.done = true,
                Ok((_, false)) if line.trim_ascii().is_empty() => continue,
                Ok((_, over)) => {
                    let seq = self.seq;
                    self.seq += 1;
                    while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                        line.pop();
                    }
                    let bytes = if over {
                        Err(ItemError::TooLong {
                            line: self.line_no,
                            limit_mb: MAX_LINE / 1_048_576,
                        })
                    } else {
                        Ok(line)
                    };
                    return Some(Item {
                        seq,
                        file: format!("{}:{}", self.name, self.line_no),
                        fallback_id: format!("line-{}", self.line_no),
                        bytes,
                        modified: self.modified,
                        stem: None,
                    });
                }
                Err(e) => {
                    self.done = true;
                    let seq = self.seq;
                    self.seq += 1;
                    return Some(Item {
                        seq,
                        file: format!("{}:{}", self.name, self.line_no),
                        fallback_id: format!("line-{}", self.line_no),
                        bytes: Err(ItemError::Line {
                            line: self.line_no,
                            error: e,
                        }),
                        modified: self.modified,
                        stem: None,
                    });
                }
            }
        }
        None
    }
}
