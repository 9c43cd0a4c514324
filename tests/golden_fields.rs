//! Golden field maps: for each valid fixture and each form it calls for, the list of
//! (field → value) as printed, kept in tests/golden/ and reviewed by a person. The values are
//! read back from the filled PDF, so they are what the form says after the form's skip logic
//! (src/forms/skip.rs), "N/A" and "None", fitting and continuation (src/forms/fit.rs): a wrong
//! box or a wrong N/A shows up as a readable diff. The continuation sheet's text, if any, is the
//! last line. `UPDATE_GOLDEN=1 cargo test --test golden_fields` rewrites the files after a
//! deliberate change.

mod common;

use asylum_forms::forms::render::{self, FormBlank};
use asylum_forms::forms::{fieldmap, Form};
use asylum_forms::pdf::FillOptions;
use asylum_forms::schema::SchemaSet;
use lopdf::{Document, Object};
use std::collections::HashMap;

fn map_rows(form: &str) -> Vec<fieldmap::Row> {
    let path = common::root().join(format!(
        "form-templates/{form}/{}/fields.tsv",
        common::EDITION
    ));
    let text = std::fs::read_to_string(path).expect("field map");
    fieldmap::parse_map(&text).expect("map parses")
}

fn blanks() -> Option<Vec<FormBlank>> {
    let dir = common::blanks_or_skip()?;
    Some(
        Form::ALL
            .iter()
            .map(|&form| {
                let stem = form.file_stem();
                let bytes = std::fs::read(dir.join(format!("{stem}.pdf"))).expect("blank");
                render::load_blank(form, &bytes).unwrap_or_else(|e| panic!("{stem}: {e}"))
            })
            .collect(),
    )
}

/// Full field name → the field's /V as printed: its text, or "[X]" for a box that is on.
fn printed_values(doc: &Document) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for (name, (id, widgets)) in common::field_map(doc) {
        // A box is on when a widget shows its on-state: some blanks carry a stray /V (the
        // I-589's Supplement A sex boxes say /0) that no viewer shows.
        let on = widgets.iter().any(|w| {
            doc.get_dictionary(*w)
                .and_then(|wd| wd.get(b"AS"))
                .and_then(Object::as_name)
                .is_ok_and(|s| s != b"Off")
        });
        let shown = match doc.get_dictionary(id).and_then(|d| d.get(b"V")) {
            Ok(Object::String(s, _)) => common::decode(s),
            Ok(Object::Name(_)) if on => "[X]".to_string(),
            _ => continue,
        };
        if !shown.is_empty() {
            out.insert(name, shown);
        }
    }
    out
}

#[test]
fn printed_values_match_the_reviewed_golden_files() {
    let Some(blanks) = blanks() else { return };
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let schemas = SchemaSet::load().expect("schemas");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let opts = FillOptions {
        fallback_fonts: asylum_forms::app::packet::load_fonts(None).expect("built-in fonts"),
        ..FillOptions::default()
    };
    let mut diffs = Vec::new();
    let mut checked = 0;
    let dir = common::root().join("fixtures/valid");
    let mut fixtures: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    fixtures.sort();
    for path in fixtures {
        let bytes = std::fs::read(&path).expect("read");
        let out = asylum_forms::validate::check_bytes_with_json(&bytes, &schemas, today);
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("case")
            .to_string();
        assert!(!out.has_errors(), "{stem}: {:?}", out.findings);
        let case = out.validated().expect("typed case and json");
        let rendered = render::render_case(case, &blanks, &opts).expect("render");
        let mut count: HashMap<Form, usize> = HashMap::new();
        for r in rendered {
            let n = count.entry(r.form).or_default();
            *n += 1;
            let name = if r.form == Form::I589 {
                r.form.file_stem().to_string()
            } else {
                format!("{}-{n}", r.form.file_stem())
            };
            let doc = Document::load_mem(&r.bytes).expect("filled form parses");
            let printed = printed_values(&doc);
            // In the field map's order (the form's order), then any other field filled.
            let mut order: Vec<String> = Vec::new();
            for field in map_rows(r.form.file_stem())
                .into_iter()
                .map(|row| row.field)
                .chain(r.printed.iter().map(|(f, _)| f.clone()))
            {
                if printed.contains_key(&field) && !order.contains(&field) {
                    order.push(field);
                }
            }
            let mut unexpected: Vec<&String> =
                printed.keys().filter(|k| !order.contains(k)).collect();
            unexpected.sort();
            assert!(
                unexpected.is_empty(),
                "{stem} {name}: filled but never handed to the form: {unexpected:?}"
            );
            let mut text = String::from("field\tvalue\n");
            for field in &order {
                text.push_str(&format!(
                    "{field}\t{}\n",
                    printed[field].replace('\n', "\\n")
                ));
            }
            if let Some(sheet) = &r.sheet {
                text.push_str(&format!(
                    "(continuation sheet)\t{}\\n{}\n",
                    sheet.heading,
                    sheet.body.replace('\n', "\\n")
                ));
            }
            let golden = common::root()
                .join("tests/golden")
                .join(&stem)
                .join(format!("{name}.tsv"));
            if update {
                std::fs::create_dir_all(golden.parent().expect("dir")).expect("mkdir");
                std::fs::write(&golden, &text).expect("write golden");
            } else if std::fs::read_to_string(&golden).ok().as_deref() != Some(text.as_str()) {
                diffs.push(format!(
                    "{} differs (UPDATE_GOLDEN=1 to accept after review)",
                    golden.display()
                ));
            }
            checked += 1;
        }
    }
    assert!(checked >= 2, "no golden file was checked");
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
}
