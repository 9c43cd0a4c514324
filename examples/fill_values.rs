//! Prints, as one JSON object, the (field → value) pairs `render` writes into the first instance
//! of FORM for CASE, for tools outside Rust that must do the same work (`bench/pypdf_fill.py`).
//! Checkboxes are given as the widget's PDF name (`/on-state` or `/Off`), as pypdf takes them.
//!
//! `cargo run --release --example fill_values -- CASE FORM BLANK.pdf`

use asylum_forms::forms::render;
use asylum_forms::forms::values::{self, FieldValue};
use asylum_forms::validate;
use serde_json::{Map, Value};
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fill_values: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [case_path, form, blank_path] = args.as_slice() else {
        return Err("usage: fill_values CASE FORM BLANK.pdf".into());
    };
    let form = asylum_forms::forms::Form::from_file_stem(form)
        .ok_or_else(|| format!("unknown form {form}"))?;
    let read = |p: &str| std::fs::read(p).map_err(|e| format!("cannot read {p}: {e}"));
    // Through validation, as `render` reads a case: its findings do not matter here, only that
    // the file got into the typed model.
    let schemas = asylum_forms::schema::SchemaSet::load().map_err(|e| e.to_string())?;
    let today = chrono::Local::now().date_naive();
    let outcome = validate::check_bytes_with_json(&read(case_path)?, &schemas, today);
    let case = outcome
        .validated()
        .ok_or_else(|| format!("{case_path} is not a case file the schema accepts"))?;
    let json = case.json();
    let fb = render::load_blank(form, &read(blank_path)?).map_err(|e| e.to_string())?;
    let (_, _, instance) = render::instances(case)
        .into_iter()
        .find(|(f, _, _)| *f == form)
        .ok_or_else(|| format!("{case_path} has no {form}"))?;
    let mut out = Map::new();
    for (name, value) in values::evaluate(&fb.rows, json, &instance) {
        let v = match value {
            FieldValue::Text(s) => s,
            FieldValue::Check(false) => "/Off".to_string(),
            FieldValue::Check(true) => {
                let on = fb
                    .blank
                    .field(&name)
                    .and_then(|f| f.on_states.first().cloned())
                    .ok_or_else(|| format!("{name} has no on-state"))?;
                format!("/{on}")
            }
        };
        out.insert(name, Value::String(v));
    }
    println!(
        "{}",
        serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?
    );
    Ok(())
}
