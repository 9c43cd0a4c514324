//! Reading inputs with a bound: a case file is read up to its limit and no further (so
//! `/dev/zero` or a 700 MB file is refused after 10 MB, not read into memory), and a blank only
//! when it is a regular file (a FIFO would block, a device never end) of a sane size.

use std::io::Read;
use std::path::Path;

/// Case files larger than this are refused before parsing: a real case is a few hundred KB.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// The official blanks are about 1 MB; anything this large is not one.
pub const MAX_BLANK_BYTES: u64 = 64 * 1024 * 1024;

/// Up to `limit + 1` bytes of `path` (standard input for `-`): a caller told more than `limit` came back knows the file
/// is over the limit without it having been read whole.
pub fn up_to(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .take(limit + 1)
            .read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(path)?
            .take(limit + 1)
            .read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}

/// A case file, refused when over [`MAX_FILE_BYTES`] (10 MB).
pub fn case_file(path: &Path) -> Result<Vec<u8>, String> {
    let limit = MAX_FILE_BYTES;
    let name = if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let bytes = up_to(path, limit).map_err(|e| format!("cannot read {name}: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(format!(
            "{name} is larger than {} MB, the limit for a case file",
            limit / 1_048_576
        ));
    }
    Ok(bytes)
}

/// A blank: a regular file (through links) of at most [`MAX_BLANK_BYTES`].
pub fn blank(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path)
        .map_err(|e| format!("cannot read the blank {}: {e}", path.display()))?;
    if !meta.is_file() {
        let what = if meta.is_dir() {
            "a folder"
        } else {
            "not a regular file (a pipe or a device?)"
        };
        return Err(format!(
            "the blank {} is {what}; put the PDF downloaded from uscis.gov there",
            path.display()
        ));
    }
    if meta.len() > MAX_BLANK_BYTES {
        return Err(format!(
            "the blank {} is {} MB, larger than any USCIS form ({} MB at most)",
            path.display(),
            meta.len() / 1_048_576,
            MAX_BLANK_BYTES / 1_048_576
        ));
    }
    let bytes = up_to(path, MAX_BLANK_BYTES)
        .map_err(|e| format!("cannot read the blank {}: {e}", path.display()))?;
    if bytes.len() as u64 > MAX_BLANK_BYTES {
        return Err(format!(
            "the blank {} grew while it was read",
            path.display()
        ));
    }
    Ok(bytes)
}
