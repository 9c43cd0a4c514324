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
use lopdf::{Document, Object, ObjectId};
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

fn decode(bytes: &[u8]) -> String {
    match bytes.strip_prefix(&[0xFE, 0xFF]) {
        Some(rest) => {
            let units: Vec<u16> = rest
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c.get(1).copied().unwrap_or(0)]))
                .collect();
            String::from_utf16_lossy(&units)
        }
        None => bytes.iter().map(|&b| b as char).collect(),
    }
}

/// Full field name → the field's /V as printed: its text, or "[X]" for a box that is on.
fn printed_values(doc: &Document) -> HashMap<String, String> {
    fn walk(doc: &Document, id: ObjectId, prefix: &str, out: &mut HashMap<String, String>) {
        let Ok(d) = doc.get_dictionary(id) else {
            return;
        };
        let name = match d.get(b"T").and_then(Object::as_str).map(decode) {
            Ok(t) if prefix.is_empty() => t,
            Ok(t) => format!("{prefix}.{t}"),
            Err(_) => prefix.to_string(),
        };
        let kids: Vec<ObjectId> = d
            .get(b"Kids")
            .and_then(Object::as_array)
            .map(|a| a.iter().filter_map(|k| k.as_reference().ok()).collect())
            .unwrap_or_default();
        let field_kids: Vec<ObjectId> = kids
            .iter()
            .copied()
            .filter(|k| doc.get_dictionary(*k).is_ok_and(|kd| kd.has(b"T")))
            .collect();
        if !field_kids.is_empty() {
            for k in field_kids {
                walk(doc, k, &name, out);
            }
            return;
        }
        // A box is on when a widget shows its on-state: some blanks carry a stray /V (the
        // I-589's Supplement A sex boxes say /0) that no viewer shows.
        let widgets = if kids.is_empty() { vec![id] } else { kids };
        let on = widgets.iter().any(|w| {
            doc.get_dictionary(*w)
                .and_then(|wd| wd.get(b"AS"))
                .and_then(Object::as_name)
                .is_ok_and(|s| s != b"Off")
        });
        let shown = match d.get(b"V") {
            Ok(Object::String(s, _)) => decode(s),
            Ok(Object::Name(_)) if on => "[X]".to_string(),
            _ => return,
        };
        if !shown.is_empty() {
            out.insert(name, shown);
        }
    }
    let mut out = HashMap::new();
    let fields = doc
        .catalog()
        .and_then(|c| c.get_deref(b"AcroForm", doc))
        .and_then(Object::as_dict)
        .and_then(|af| af.get_deref(b"Fields", doc))
        .and_then(Object::as_array)
        .expect("AcroForm fields");
    for f in fields {
        if let Ok(r) = f.as_reference() {
            walk(doc, r, "", &mut out);
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
        fallback_fonts: asylum_forms::app::packet::load_fonts(None),
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
