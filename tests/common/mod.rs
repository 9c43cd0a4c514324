//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The folder with USCIS's blanks and field lists: `ASYLUM_FORMS_SHARED`, else `../shared`.
pub fn shared() -> PathBuf {
    match std::env::var_os("ASYLUM_FORMS_SHARED") {
        Some(p) => PathBuf::from(p),
        None => root().join("../shared"),
    }
}

/// The folder of USCIS's blanks, or None (a test then skips) outside CI when they are absent;
/// in CI their absence is a failure.
pub fn blanks_or_skip() -> Option<PathBuf> {
    let blanks = shared().join("uscis-forms");
    if blanks.join("i-589.pdf").is_file() {
        return Some(blanks);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI needs the blanks in {}",
        blanks.display()
    );
    eprintln!("skipped: no blanks in {}", blanks.display());
    None
}

pub const FORMS: [&str; 3] = ["i-589", "i-730", "i-485"];
pub const EDITION: &str = "01-20-25";

/// The typed form and edition of a form's file stem ("i-589") in edition [`EDITION`].
pub fn typed(form: &str) -> (asylum_forms::forms::Form, asylum_forms::forms::Edition) {
    let f = asylum_forms::forms::Form::from_file_stem(form).expect("a form");
    let e = asylum_forms::forms::templates::edition(f, EDITION).expect("an embedded edition");
    (f, e)
}

/// (full field name, type, on-state, page, tooltip) of each field of a blank.
pub fn blank_fields(form: &str) -> Vec<[String; 5]> {
    let path = shared().join(format!("uscis-forms/fields/{form}_fields.tsv"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut c = l.split('\t').map(str::to_string);
            std::array::from_fn(|_| c.next().unwrap_or_default())
        })
        .collect()
}

pub fn bin() -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_asylum-forms"));
    // No blanks folder, config file or installed schemas from the machine running the tests.
    let home = std::env::temp_dir().join("asylum-forms-tests-no-home");
    c.env("ASYLUM_FORMS_TODAY", "2026-11-22")
        .env("NO_COLOR", "1")
        .env_remove("ASYLUM_FORMS_BLANKS")
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"));
    c
}

/// Runs the binary, requires success, and parses its stdout as one JSON document.
pub fn json_output(args: &[&std::ffi::OsStr]) -> serde_json::Value {
    let out = bin().args(args).output().expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}
