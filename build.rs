//! Embeds every edition folder form-templates/<form>/<edition>/ that has a fields.tsv: its
//! field map, continuation blocks, draft layout, questions asked of everyone, skip table,
//! edition.toml (continuation wording and headings) and the interview's questions.toml. A new USCIS edition with the same
//! questions is a new folder and no code change: the code reads all of these by (form,
//! edition) and the edition is read from the blank.

use std::fmt::Write as _;
use std::path::Path;

/// The files of an edition folder, in the order of the generated struct's fields.
const FILES: [&str; 7] = [
    "fields.tsv",
    "continuation.tsv",
    "draft.tsv",
    "asked.tsv",
    "skip.tsv",
    "edition.toml",
    "questions.toml",
];

fn main() {
    embed_locales();
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
         fields.tsv, continuation.tsv, draft.tsv, asked.tsv, skip.tsv, edition.toml and \
         questions.toml, \"\" for a file the folder lacks).\n\
         pub static EDITION_FILES: &[(&str, &str, [&str; 7])] = &[\n",
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

/// Embeds the interview's texts: every folder `locales/<tag>/` with a `common.ftl` is a language,
/// with all its `.ftl` files, so a new language is a dropped-in folder and no code change
/// (docs/interview.md, "Adding a language"). English first: it is the fallback.
fn embed_locales() {
    let root = Path::new("locales");
    println!("cargo:rerun-if-changed=locales");
    let mut langs: Vec<(String, Vec<(String, String)>)> = Vec::new();
    if let Ok(dirs) = std::fs::read_dir(root) {
        for dir in dirs.flatten() {
            let path = dir.path();
            if !path.join("common.ftl").is_file() {
                continue;
            }
            // A folder's own changes (a new file) rebuild too, not only the top folder's.
            println!("cargo:rerun-if-changed={}", path.display());
            let mut files = Vec::new();
            if let Ok(entries) = std::fs::read_dir(&path) {
                for e in entries.flatten() {
                    let name = e.file_name().to_string_lossy().into_owned();
                    if name.ends_with(".ftl") && e.path().is_file() {
                        println!("cargo:rerun-if-changed={}", e.path().display());
                        let abs = std::fs::canonicalize(e.path()).unwrap_or(e.path());
                        files.push((name, abs.display().to_string()));
                    }
                }
            }
            // common.ftl first, then the forms' files by name.
            files.sort_by_key(|(n, _)| (n != "common.ftl", n.clone()));
            langs.push((dir.file_name().to_string_lossy().into_owned(), files));
        }
    }
    langs.sort_by_key(|(tag, _)| (tag != "en", tag.clone()));
    let mut code = String::from(
        "/// (language tag, [(file name, text)]) of every folder locales/<tag>/, English first.\n\
         pub const LOCALES: &[(&str, Files)] = &[\n",
    );
    for (tag, files) in &langs {
        let _ = writeln!(code, "    ({tag:?}, &[");
        for (name, path) in files {
            let _ = writeln!(code, "        ({name:?}, include_str!({path:?})),");
        }
        code.push_str("    ]),\n");
    }
    code.push_str("];\n");
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(e) = std::fs::write(Path::new(&out).join("locales.rs"), code) {
        panic!("cannot write locales.rs: {e}");
    }
}
