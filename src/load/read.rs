//! Reading inputs with a bound: a case file is read up to its limit and no further (so
//! `/dev/zero` or a 700 MB file is refused after 10 MB, not read into memory), and a blank only
//! when it is a regular file (a FIFO would block, a device never end) of a sane size.

use crate::app::error::{BlankProblem, Error};
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
pub fn case_file(path: &Path) -> Result<Vec<u8>, Error> {
    let limit = MAX_FILE_BYTES;
    let name = if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let bytes = match up_to(path, limit) {
        Ok(b) => b,
        Err(error) => return Err(Error::Read { name, error }),
    };
    if bytes.len() as u64 > limit {
        return Err(Error::TooLarge {
            name,
            limit_mb: limit / 1_048_576,
        });
    }
    Ok(bytes)
}

/// A blank: a regular file (through links) of at most [`MAX_BLANK_BYTES`].
pub fn blank(path: &Path) -> Result<Vec<u8>, Error> {
    let refuse = |problem| Err(Error::blank(path, problem));
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return refuse(BlankProblem::Unreadable(e)),
    };
    if meta.is_dir() {
        return refuse(BlankProblem::Folder);
    }
    if !meta.is_file() {
        return refuse(BlankProblem::NotRegular);
    }
    if meta.len() > MAX_BLANK_BYTES {
        return refuse(BlankProblem::TooLarge(meta.len() / 1_048_576));
    }
    let bytes = match up_to(path, MAX_BLANK_BYTES) {
        Ok(b) => b,
        Err(e) => return refuse(BlankProblem::Unreadable(e)),
    };
    if bytes.len() as u64 > MAX_BLANK_BYTES {
        return refuse(BlankProblem::Grew);
    }
    Ok(bytes)
}
