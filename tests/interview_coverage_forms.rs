//! The interview's coverage, like tests/coverage.rs for the field maps: every case field that
//! the I-730 and I-485 field maps (form-templates/<form>/01-20-25/fields.tsv) read is asked by a
//! screen of the form's question file, or has a written reason below why the interview does not
//! ask it. A reason no field needs any more fails too.

mod common;

use asylum_forms::forms::fieldmap;
use asylum_forms::interview::flow::{self, QuestionFile, QUESTION_FILES};
use std::collections::BTreeSet;

/// What the I-730 interview does not ask, and why (paths as [`canonical`] writes them).
const I730_NOT_ASKED: &[(&str, &str)] = &[
    ("/preparer", "the preparer is the clinic's, entered once in the case file; no form's interview asks it yet"),
    ("/interpreter", "the interpreter is the clinic's, entered once in the case file; no form's interview asks it yet"),
    ("{petitioner}/mailing_address", "only when it differs from the residence: a screen that may be left empty cannot be asked yet (the next screen is the first unanswered one)"),
    ("{beneficiary}/mailing_address", "only when it differs from the residence: a screen that may be left empty cannot be asked yet"),
    ("{petitioner}/marriages[]", "the marriage to a spouse petitioned for is asked (screen marriage, at marriages/0); other and earlier marriages link people by id, which a list screen cannot write yet"),
    ("{beneficiary}/marriages[]", "a marriage links two people by id; a list screen cannot write a link to a person yet"),
    ("{beneficiary}/languages/other", "a list of plain texts; list screens hold objects"),
    ("{beneficiary}/native_address/state", "a US state is not written in another language (item 22 is for a relative abroad)"),
    ("{beneficiary}/native_address/zip", "a US ZIP code is not written in another language (item 22 is for a relative abroad)"),
];

/// What the I-485 interview does not ask, and why.
const I485_NOT_ASKED: &[(&str, &str)] = &[
    ("/preparer", "the preparer is the clinic's, entered once in the case file; no form's interview asks it yet"),
    ("/interpreter", "the interpreter is the clinic's, entered once in the case file; no form's interview asks it yet"),
    ("{applicant}/mailing_address", "only when it differs from the residence: a screen that may be left empty cannot be asked yet"),
    ("{applicant}/marriages[]", "a marriage links two people by id; a list screen cannot write a link to a person yet"),
    ("/forms/i485/*/marital", "asked about the current marriage (Part 6), which is not asked yet (marriages above)"),
    ("/forms/i485/*/children[]", "a child is a person of the case linked by id; a list screen cannot write a link yet"),
    ("/forms/i485/*/principal", "a derivative's principal is a person linked by id; the interview asks a principal asylee's or refugee's I-485"),
    ("/forms/i485/*/additional/immigrant_visa", "an optional group with no yes/no of its own in the case: a screen that may be left empty cannot be asked yet"),
    ("/forms/i485/*/volag_number", "the attorney's, optional: a screen that may be left empty cannot be asked yet"),
    ("{applicant}/other_a_numbers[]", "a list of plain texts; list screens hold objects"),
    ("{applicant}/other_dates_of_birth[]", "a list of plain dates; list screens hold objects"),
    ("/forms/i485/*/about_you/address_abroad/address/state", "an address abroad has no US state"),
    ("/forms/i485/*/about_you/address_abroad/address/zip", "an address abroad has no US ZIP code"),
    ("/forms/i485/*/additional/abroad/address/state", "an employer abroad has no US state"),
    ("/forms/i485/*/additional/abroad/address/zip", "an employer abroad has no US ZIP code"),
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
    for s in segs {
        out.push('/');
        out.push_str(&s.key);
        if s.index.is_some() {
            out.push_str("[]");
        }
    }
    out
}

/// Every path the form's screens ask, in the same form (a list's fields after `list[]/`).
fn asked(file: &QuestionFile) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for s in &file.screens {
        for f in &s.fields {
            out.insert(match &s.list {
                Some(l) => format!("{l}[]/{}", f.path),
                None => f.path.clone(),
            });
        }
    }
    out
}

fn check(form: &str, dir: &str, not_asked: &[(&str, &str)]) {
    let (_, text) = QUESTION_FILES
        .iter()
        .find(|(name, _)| name.starts_with(&format!("form-templates/{dir}/")))
        .unwrap_or_else(|| panic!("no question file for {dir} in QUESTION_FILES"));
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
        let is_asked =
            asked.contains(&path) || asked.iter().any(|a| a.starts_with(&format!("{path}/")));
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
