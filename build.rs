//! Embeds every edition folder form-templates/<form>/<edition>/ that has a fields.tsv: its
//! field map, continuation blocks, draft layout, questions asked of everyone, skip table and
//! edition.toml (continuation wording and headings). A new USCIS edition with the same
//! questions is a new folder and no code change: the code reads all of these by (form,
//! edition) and the edition is read from the blank.

use std::fmt::Write as _;
use std::path::Path;

/// The files of an edition folder, in the order of the generated struct's fields.
const FILES: [&str; 6] = [
    "fields.tsv",
    "continuation.tsv",
    "draft.tsv",
    "asked.tsv",
    "skip.tsv",
    "edition.toml",
];

fn main() {
    let root = Path::new("form-templates");
    println!("cargo:rerun-if-changed=form-templates");
    let mut folders = Vec::new();
    if let Ok(forms) = std::fs::read_dir(root) {
        for form in forms.flatten() {
            let Ok(editions) = std::fs::read_dir(form.path()) else {
                continue;
            };
            for edition in editions.flatten() {
                if edition.path().join("fields.tsv").is_file() {
                    let dir = std::fs::canonicalize(edition.path()).unwrap_or(edition.path());
                    folders.push((
                        form.file_name().to_string_lossy().into_owned(),
                        edition.file_name().to_string_lossy().into_owned(),
                        dir,
                    ));
                }
            }
        }
    }
    folders.sort();
    let mut code = String::from(
        "/// Every embedded edition folder: (form folder, edition folder, and the text of \
         fields.tsv, continuation.tsv, draft.tsv, asked.tsv, skip.tsv and edition.toml, \
         \"\" for a file the folder lacks).\npub static EDITION_FILES: &[(&str, &str, [&str; 6])] = &[\n",
    );
    for (form, edition, dir) in &folders {
        let texts: Vec<String> = FILES
            .iter()
            .map(|name| {
                let path = dir.join(name);
                println!("cargo:rerun-if-changed={}", path.display());
                if path.is_file() {
                    format!("include_str!({:?})", path.display().to_string())
                } else {
                    "\"\"".to_string()
                }
            })
            .collect();
        let _ = writeln!(code, "    ({form:?}, {edition:?}, [{}]),", texts.join(", "));
    }
    code.push_str("];\n");
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(e) = std::fs::write(Path::new(&out).join("field_maps.rs"), code) {
        panic!("cannot write field_maps.rs: {e}");
    }
}
