//! The interview's coverage, like tests/coverage.rs for the field maps: every case value a form's
//! field map reads is asked by some screen of the form's question file, or listed in its
//! `[not_asked]` with a reason.

mod common;

use asylum_forms::forms::fieldmap;
use asylum_forms::interview::flow;

fn covered(path: &str, by: &str) -> bool {
    path == by || path.starts_with(&format!("{by}.")) || by.starts_with(&format!("{path}."))
}

#[test]
fn i589_every_value_the_field_map_reads_is_asked_or_has_a_reason() {
    let files = flow::load_all().expect("question files");
    let q = files
        .iter()
        .find(|f| f.form == "i589")
        .expect("i589 questions");
    let map =
        std::fs::read_to_string(common::root().join("form-templates/i-589/01-20-25/fields.tsv"))
            .expect("field map");
    let rows = fieldmap::parse_map(&map).expect("parse");
    let asked = q.asked();
    let mut missing = std::collections::BTreeSet::new();
    let mut reasons_used = std::collections::BTreeSet::new();
    for r in &rows {
        let Some(e) = &r.source else { continue };
        let path: Vec<&str> = e.path.iter().map(|s| s.key.as_str()).collect();
        let path = path.join(".");
        if asked.iter().any(|a| covered(&path, a)) {
            continue;
        }
        match q
            .not_asked
            .keys()
            .find(|k| path == **k || path.starts_with(&format!("{k}.")))
        {
            Some(k) => {
                reasons_used.insert(k.clone());
            }
            None => {
                missing.insert(path);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "the I-589 field map reads these, which no screen asks and [not_asked] does not explain:\n{}",
        missing.into_iter().collect::<Vec<_>>().join("\n")
    );
    let stale: Vec<&String> = q
        .not_asked
        .keys()
        .filter(|k| !reasons_used.contains(*k))
        .collect();
    assert!(
        stale.is_empty(),
        "[not_asked] entries no field map path needs: {stale:?}"
    );
    for (k, why) in &q.not_asked {
        assert!(
            !asked
                .iter()
                .any(|a| a == k || a.starts_with(&format!("{k}."))),
            "{k} is listed as not asked ({why}) but a screen asks it"
        );
    }
}
