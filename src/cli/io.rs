//! `-` for standard input where a command reads a case file, with the validator's size limit.

use crate::validate::MAX_FILE_BYTES;
use std::io::Read;
use std::path::Path;

/// Whether a path argument means standard input or output.
pub fn is_dash(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The name a path argument is reported under (`<stdin>` for `-`).
pub fn display_name(path: &Path) -> String {
    if is_dash(path) {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

/// Reads a case file, or standard input for `-`, refusing one over the size limit before
/// reading it all (the validator then reports it as too large).
pub fn read_case(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if is_dash(path) {
        std::io::stdin()
            .lock()
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(path)?
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}
