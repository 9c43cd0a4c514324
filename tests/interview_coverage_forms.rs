//! The interview's coverage, like tests/coverage.rs for the field maps: every case field that
//! the I-730 and I-485 field maps (form-templates/<form>/01-20-25/fields.tsv) read is asked by a
//! screen of the form's question file, or has a written reason below why the interview does not
//! ask it. A reason no field needs any more fails too.

mod common;

use asylum_forms::forms::fieldmap;
use asylum_forms::interview::flow::{self, QuestionFile};
use std::collections::BTreeSet;

/// What the I-730 interview does not ask, and why (paths as [`canonical`] writes them).
const I730_NOT_ASKED: &[(&str, &str)] = &[
    (
        "{beneficiary}/native_address/state",
        "a US state is not written in another language (item 22 is for a relative abroad)",
    ),
    (
        "{beneficiary}/native_address/zip",
        "a US ZIP code is not written in another language (item 22 is for a relative abroad)",
    ),
];

/// What the I-485 interview does not ask, and why.
const I485_NOT_ASKED: &[(&str, &str)] = &[
    (
        "/forms/i485/*/about_you/address_abroad/address/state",
        "an address abroad has no US state",
    ),
    (
        "/forms/i485/*/about_you/address_abroad/address/zip",
        "an address abroad has no US ZIP code",
    ),
    (
        "/forms/i485/*/additional/abroad/address/state",
        "an employer abroad has no US state",
    ),
    (
        "/forms/i485/*/additional/abroad/address/zip",
        "an employer abroad has no US ZIP code",
    ),
];

/// A field map's path as the question files write it: `{slot}` for a person (petitioner,
/// beneficiary, applicant, and the applicant's mother and father), `/…` for the case, the form's
/// instance `/forms/<form>/*` otherwise; `[]` after a list.
fn canonical(form: &str, e: &fieldmap::Expr) -> String {
    let mut segs: Vec<&fieldmap::Seg> = e.path.iter().collect();
    let mut out = match segs.first().map(|s| s.key.as_str()) {
        Some("case") => {
            segs.remove(0);
            String::new()
        }
        // The I-485's principal (a derivative's) is a person too: `{principal}`.
        Some("principal") if form == "i485" && segs[0].index.is_none() => {
            segs.remove(0);
            "{principal}".to_string()
        }
        Some(p @ ("petitioner" | "beneficiary" | "applicant")) if segs[0].index.is_none() => {
            segs.remove(0);
            match segs.first().map(|s| s.key.as_str()) {
                Some(parent @ ("mother" | "father")) if p == "applicant" => {
                    segs.remove(0);
                    format!("{{{parent}}}")
                }
                _ => format!("{{{p}}}"),
            }
        }
        _ => format!("/forms/{form}/*"),
    };
    // The current marriage (`current_marriage(…marriages[0]…)`, the I-730's items 12-14) is the
    // list's first item, as the model orders it and the marriage screen asks it (marriages/0);
    // any item of the list (`[]`) is what a list screen of the marriages asks.
    let current = e.func.as_deref() == Some("current_marriage");
    for s in segs {
        out.push('/');
        out.push_str(&s.key);
        if s.index.is_some() {
            out.push_str(if current && s.key == "marriages" {
                "/0"
            } else {
                "[]"
            });
        }
    }
    out
}

/// Every path the form's screens ask, in the same form (a list's fields after `list[]/`; in a
/// list of people, the person's after the item's link: `children[]/person/name/family`).
fn asked(file: &QuestionFile) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for s in &file.screens {
        for f in &s.fields {
            let path = match (&s.person, f.path.strip_prefix(flow::PERSON)) {
                (Some(p), Some(rest)) if !p.link.is_empty() => format!("{}/{rest}", p.link),
                (_, Some(rest)) => rest.to_string(),
                _ => f.path.clone(),
            };
            // A marriage written onto the other spouse too (`mirror`): theirs is asked here as
            // well, as their current marriage (the I-730's Part 2 items 12-14).
            if let Some(m) = &s.mirror {
                if let Some(rest) = path.strip_prefix(&format!("{}/", m.marriage)) {
                    out.insert(format!("{{{}}}/marriages/0/{rest}", m.onto));
                    out.insert(format!("{{{}}}/marriages/0/spouse", m.onto));
                }
            }
            out.insert(match &s.list {
                // A list of plain values: the item itself.
                Some(l) if path == flow::ITEM => format!("{l}[]"),
                Some(l) => format!("{l}[]/{path}"),
                None => path,
            });
        }
    }
    out
}

fn check(form: &str, dir: &str, not_asked: &[(&str, &str)]) {
    let files = flow::question_files();
    let (_, text) = files
        .iter()
        .find(|(name, _)| name.starts_with(&format!("form-templates/{dir}/")))
        .unwrap_or_else(|| panic!("no question file for {dir} in flow::question_files()"));
    let file = flow::parse(text).expect("question file");
    assert_eq!(file.form, form);
    let asked = asked(&file);
    let map_path = common::root().join(format!(
        "form-templates/{dir}/{}/fields.tsv",
        common::EDITION
    ));
    let map = std::fs::read_to_string(&map_path).expect("field map");
    let rows = fieldmap::parse_map(&map).expect("field map parses");
    let mut missing = BTreeSet::new();
    let mut reasons_used = BTreeSet::new();
    let mut read = 0;
    for r in &rows {
        let Some(e) = &r.source else { continue };
        let path = canonical(form, e);
        read += 1;
        // Asked: the path itself, or (a source reading a whole object) something inside it.
        // A list read whole (`count(children)`) is asked by its list screen.
        let is_asked = asked.contains(&path)
            || asked.iter().any(|a| {
                a.starts_with(&format!("{path}/"))
                    || a.starts_with(&format!("{path}[]/"))
                    || *a == format!("{path}[]")
            });
        if is_asked {
            continue;
        }
        // A reason about a list covers the list itself too (a count of it, "none").
        let base = path.trim_end_matches("[]");
        match not_asked.iter().find(|(p, _)| {
            let p = p.trim_end_matches("[]");
            base == p || path.starts_with(&format!("{p}[]")) || path.starts_with(&format!("{p}/"))
        }) {
            Some((p, _)) => {
                reasons_used.insert(*p);
            }
            None => {
                missing.insert(format!("{path} (line {}, {})", r.line, r.item));
            }
        }
    }
    assert!(
        read > 100,
        "{form}: only {read} sources read from {}",
        map_path.display()
    );
    assert!(
        missing.is_empty(),
        "{form}: fields the map reads that no screen asks and no reason covers:\n{}",
        missing.into_iter().collect::<Vec<_>>().join("\n")
    );
    let dead: Vec<&str> = not_asked
        .iter()
        .map(|(p, _)| *p)
        .filter(|p| !reasons_used.contains(p))
        .collect();
    assert!(dead.is_empty(), "{form}: reasons no field needs: {dead:?}");
}

#[test]
fn i730_every_field_the_map_reads_is_asked_or_has_a_reason() {
    check("i730", "i-730", I730_NOT_ASKED);
}

#[test]
fn i485_every_field_the_map_reads_is_asked_or_has_a_reason() {
    check("i485", "i-485", I485_NOT_ASKED);
}
