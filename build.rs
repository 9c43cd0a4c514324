//! Embeds every field map under form-templates/<form>/<edition>/fields.tsv, so a new USCIS
//! edition is a new folder and no code change.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    embed_locales();
    let root = Path::new("form-templates");
    println!("cargo:rerun-if-changed=form-templates");
    let mut entries = Vec::new();
    if let Ok(forms) = std::fs::read_dir(root) {
        for form in forms.flatten() {
            let Ok(editions) = std::fs::read_dir(form.path()) else {
                continue;
            };
            for edition in editions.flatten() {
                let tsv = edition.path().join("fields.tsv");
                if tsv.is_file() {
                    println!("cargo:rerun-if-changed={}", tsv.display());
                    let abs = std::fs::canonicalize(&tsv).unwrap_or(tsv);
                    entries.push((
                        form.file_name().to_string_lossy().into_owned(),
                        edition.file_name().to_string_lossy().into_owned(),
                        abs.display().to_string(),
                    ));
                }
            }
        }
    }
    entries.sort();
    let mut draft_entries = Vec::new();
    for (form, edition, path) in &entries {
        let draft = Path::new(path).with_file_name("draft.tsv");
        if draft.is_file() {
            println!("cargo:rerun-if-changed={}", draft.display());
            draft_entries.push((form.clone(), edition.clone(), draft.display().to_string()));
        }
    }
    let mut code = String::from("/// (form, edition folder, fields.tsv text, continuation.tsv text or \"\") of every embedded field map.\npub static FIELD_MAPS: &[(&str, &str, &str, &str)] = &[\n");
    for (form, edition, path) in &entries {
        let cont = std::path::Path::new(&path).with_file_name("continuation.tsv");
        let cont_expr = if cont.is_file() {
            println!("cargo:rerun-if-changed={}", cont.display());
            format!("include_str!({:?})", cont.display().to_string())
        } else {
            "\"\"".to_string()
        };
        let _ = writeln!(
            code,
            "    ({form:?}, {edition:?}, include_str!({path:?}), {cont_expr}),"
        );
    }
    code.push_str("];\n");
    // The draft review layouts beside the maps (form-templates/<form>/<edition>/draft.tsv).
    code.push_str("/// (form, edition folder, draft.tsv text) of every embedded draft layout.\npub static DRAFT_LAYOUTS: &[(&str, &str, &str)] = &[\n");
    for (form, edition, path) in &draft_entries {
        let _ = writeln!(code, "    ({form:?}, {edition:?}, include_str!({path:?})),");
    }
    code.push_str("];\n");
    // The questions asked of everyone, never answered "N/A" (form-templates/<form>/<edition>/asked.tsv).
    code.push_str("/// (form, edition folder, asked.tsv text) of every embedded list of questions asked of everyone.\npub static ASKED: &[(&str, &str, &str)] = &[\n");
    for (form, edition, path) in &entries {
        let asked = Path::new(path).with_file_name("asked.tsv");
        if asked.is_file() {
            println!("cargo:rerun-if-changed={}", asked.display());
            let _ = writeln!(
                code,
                "    ({form:?}, {edition:?}, include_str!({:?})),",
                asked.display().to_string()
            );
        }
    }
    code.push_str("];\n");
    // The skip logic beside the maps (form-templates/<form>/<edition>/skip.tsv).
    code.push_str("/// (form, edition folder, skip.tsv text) of every embedded skip table.\npub static SKIP_RULES: &[(&str, &str, &str)] = &[\n");
    for (form, edition, path) in &entries {
        let skip = Path::new(path).with_file_name("skip.tsv");
        if skip.is_file() {
            println!("cargo:rerun-if-changed={}", skip.display());
            let _ = writeln!(
                code,
                "    ({form:?}, {edition:?}, include_str!({:?})),",
                skip.display().to_string()
            );
        }
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
