//! The coverage table: every field of each official blank (edition 01/20/25) has a place in the
//! case data, or a written reason why not. The field maps in form-templates/ are that table.

mod common;

use asylum_forms::forms::{fieldmap, Form};
use asylum_forms::schema::SchemaSet;
use std::collections::HashMap;

#[test]
fn i589_every_field_has_a_place_or_a_reason() {
    check_form("i-589");
}

#[test]
fn i730_every_field_has_a_place_or_a_reason() {
    check_form("i-730");
}

#[test]
fn i485_every_field_has_a_place_or_a_reason() {
    check_form("i-485");
}

fn check_form(form: &str) {
    let schemas = SchemaSet::load().expect("schemas");
    let mut problems = Vec::new();
    let mut totals = Vec::new();
    {
        let map_path = common::root().join(format!(
            "form-templates/{form}/{}/fields.tsv",
            common::EDITION
        ));
        let text = std::fs::read_to_string(&map_path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", map_path.display()));
        let rows =
            fieldmap::parse_map(&text).unwrap_or_else(|e| panic!("{}: {e}", map_path.display()));
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for r in &rows {
            if let Some(first) = seen.insert(r.field.as_str(), r.line) {
                problems.push(format!(
                    "{form}: line {}: {} is mapped twice (first at line {first})",
                    r.line, r.field
                ));
            }
            match (&r.source, &r.reason) {
                (None, None) => problems.push(format!(
                    "{form}: line {}: {} has neither a source nor a reason",
                    r.line, r.field
                )),
                (Some(e), _) => {
                    if let Err(msg) = fieldmap::check_path(
                        &schemas,
                        Form::from_file_stem(form).expect("a form"),
                        e,
                    ) {
                        problems.push(format!(
                            "{form}: line {}: {}: source \"{}\": {msg}",
                            r.line, r.field, e.text
                        ));
                    }
                }
                _ => {}
            }
            if r.item.is_empty() {
                problems.push(format!(
                    "{form}: line {}: {} names no Part/Item",
                    r.line, r.field
                ));
            }
        }
        let blank = common::blank_fields(form);
        // A checkbox or radio button is on or off: its source must say when (`=value`).
        for r in &rows {
            let is_button = blank.iter().any(|f| f[0] == r.field && f[1] == "/Btn");
            if is_button && r.source.as_ref().is_some_and(|e| e.equals.is_none()) {
                problems.push(format!(
                    "{form}: line {}: {} is a checkbox but its source has no =value",
                    r.line, r.field
                ));
            }
            let is_text = blank.iter().any(|f| f[0] == r.field && f[1] == "/Tx");
            if is_text && r.source.as_ref().is_some_and(|e| e.equals.is_some()) {
                problems.push(format!(
                    "{form}: line {}: {} is a text field but its source has =value",
                    r.line, r.field
                ));
            }
        }
        for f in &blank {
            if !seen.contains_key(f[0].as_str()) {
                problems.push(format!("{form}: blank field {} is not in the map", f[0]));
            }
        }
        for r in &rows {
            if !blank.iter().any(|f| f[0] == r.field) {
                problems.push(format!(
                    "{form}: line {}: {} is not a field of the blank",
                    r.line, r.field
                ));
            }
        }
        let mapped = rows.iter().filter(|r| r.source.is_some()).count();
        totals.push(format!(
            "{form}: {} fields, {mapped} mapped to data, {} with a reason",
            blank.len(),
            rows.len() - mapped
        ));
    }
    println!("coverage:\n  {}", totals.join("\n  "));
    assert!(
        problems.is_empty(),
        "{} coverage problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
