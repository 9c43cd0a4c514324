//! Folder names for cases. A case id comes from the case file, so it is user text: it must never
//! reach outside OUTDIR (`/`, `..`), hide (a leading dot), carry control characters, collide with
//! a name Windows reserves (CON, NUL, COM1…), or take the place of the summary files.

use std::collections::HashSet;

/// Longest folder name kept (the schema's limit for a case id).
const MAX_LEN: usize = 64;

const WINDOWS_RESERVED: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
    "COM8", "COM9", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// Names OUTDIR itself uses.
const OUTDIR_NAMES: &[&str] = &["summary.json", "summary.csv"];

/// A folder name made from `raw`: letters, digits, `-`, `_` and `.` kept, anything else `_`;
/// no leading dot, no trailing dot or space, not a reserved name, at most 64 characters.
pub fn safe(raw: &str) -> String {
    let mut s: String = raw
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .take(MAX_LEN)
        .collect();
    if s.starts_with('.') {
        s = s.replacen('.', "_", 1);
    }
    while s.ends_with('.') {
        s.pop();
        s.push('_');
        if s.chars().all(|c| c == '_') {
            break;
        }
    }
    if s.is_empty() {
        s = "case".into();
    }
    let stem = s.split('.').next().unwrap_or("").to_ascii_uppercase();
    if WINDOWS_RESERVED.contains(&stem.as_str())
        || OUTDIR_NAMES.iter().any(|n| n.eq_ignore_ascii_case(&s))
    {
        s.insert(0, '_');
        s.truncate(MAX_LEN);
    }
    s
}

/// Hands out folder names, each once. Names are compared without regard to case, as macOS and
/// Windows compare them.
#[derive(Default)]
pub struct Names {
    taken: HashSet<String>,
    /// Names kept for the input file of the same name (`b.json` keeps `b`): a case whose id is
    /// `b` but whose file is `a.json` gets `b-2`, not the folder `b.json`'s case will want.
    reserved: HashSet<String>,
}

impl Names {
    /// Keeps each name for the file of that name (see [`Names::assign_for`]).
    pub fn reserve<'a>(&mut self, file_stems: impl IntoIterator<Item = &'a str>) {
        self.reserved
            .extend(file_stems.into_iter().map(|s| safe(s).to_ascii_lowercase()));
    }

    /// The folder for a case whose id is `raw`, and a note when it differs from `raw`.
    pub fn assign(&mut self, raw: &str) -> (String, Option<String>) {
        self.assign_for(raw, None)
    }

    /// [`Names::assign`] for a case read from the file named `stem` (without `.json`): a
    /// reserved name goes only to the case of the file of that name.
    pub fn assign_for(&mut self, raw: &str, stem: Option<&str>) -> (String, Option<String>) {
        let base = safe(raw);
        let own = stem.map(|s| safe(s).to_ascii_lowercase());
        let mut note = (base != raw).then(|| "case id made safe for a folder name".to_string());
        let free = |names: &Self, name: &str| {
            let key = name.to_ascii_lowercase();
            !names.taken.contains(&key)
                && (!names.reserved.contains(&key) || own.as_deref() == Some(key.as_str()))
        };
        let mut name = base.clone();
        let mut n = 2;
        while !free(self, &name) {
            let suffix = format!("-{n}");
            let keep = MAX_LEN.saturating_sub(suffix.len()).min(base.len());
            name = format!("{}{suffix}", &base[..keep]);
            n += 1;
        }
        self.taken.insert(name.to_ascii_lowercase());
        if name != base {
            note = Some(format!(
                "case id also used by another case; written to {name}"
            ));
        }
        (name, note)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_escapes_or_hides() {
        for (raw, want) in [
            ("clinic-2026-014", "clinic-2026-014"),
            ("../../etc/passwd", "_._.._etc_passwd"),
            ("..", "__"),
            (".", "_"),
            ("a/b\\c", "a_b_c"),
            ("tab\there\u{7}", "tab_here_"),
            ("", "case"),
            ("CON", "_CON"),
            ("nul.txt", "_nul.txt"),
            ("Com1", "_Com1"),
            ("summary.json", "_summary.json"),
            ("trailing.", "trailing_"),
            ("Leïla", "Le_la"),
        ] {
            assert_eq!(safe(raw), want, "{raw:?}");
        }
        assert_eq!(safe(&"x".repeat(300)).len(), 64);
    }

    #[test]
    fn duplicates_get_a_number() {
        let mut names = Names::default();
        assert_eq!(names.assign("case-1"), ("case-1".into(), None));
        let (second, note) = names.assign("Case-1");
        assert_eq!(second, "Case-1-2");
        assert!(note.is_some_and(|n| n.contains("another case")));
        assert_eq!(names.assign("case-1").0, "case-1-3");
        let long = "y".repeat(64);
        assert_eq!(names.assign(&long).0, long);
        assert_eq!(names.assign(&long).0.len(), 64);
    }

    #[test]
    fn a_duplicate_does_not_take_the_folder_of_the_file_of_that_name() {
        let mut names = Names::default();
        names.reserve(["a", "b", "b-2"]);
        // a.json says case_id "b"; b.json says "b"; b-2.json says "b-2".
        assert_eq!(names.assign_for("b", Some("a")).0, "b-3");
        assert_eq!(names.assign_for("b", Some("b")).0, "b");
        assert_eq!(names.assign_for("b-2", Some("b-2")).0, "b-2");
    }
}
