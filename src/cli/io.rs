//! `-` for standard input or output where a command reads or writes a file (reading a case,
//! `-` included, is `asylum_forms::load::read::case_file` / `asylum_forms::load::read::up_to`, with the size limit).

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
