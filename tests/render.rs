//! Filling the official blanks: every value of the case is found back in the filled PDF (in its
//! field, or reported as overflow to continue), the output is clean and reproducible, and
//! poppler draws the values. Reads USCIS's blanks from ../shared/uscis-forms.

mod common;

use asylum_forms::forms::render::{self, FormBlank, Rendered};
use asylum_forms::forms::values::FieldValue;
use asylum_forms::forms::Form;
use asylum_forms::pdf::{EmbedFont, FillOptions};
use asylum_forms::schema::SchemaSet;
use common::{decode, field_map};
use lopdf::{Document, Object, ObjectId};
use std::collections::HashMap;
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

/// The fixtures every value of which can be drawn with the fonts CI installs.
const RENDERABLE: &[&str] = &[
    "i589-affirmative-family.json",
    "i589-defensive.json",
    "i485-asylee.json",
    "i485-refugee.json",
    "i730-asylee-spouse-stepchild.json",
];

fn blanks() -> &'static Vec<FormBlank> {
    static B: OnceLock<Vec<FormBlank>> = OnceLock::new();
    B.get_or_init(|| {
        Form::ALL
            .into_iter()
            .map(|form| {
                let bytes = std::fs::read(
                    common::shared().join(format!("uscis-forms/{}.pdf", form.file_stem())),
                )
                .expect("blank");
                render::load_blank(form, &bytes).unwrap_or_else(|e| panic!("{form}: {e}"))
            })
            .collect()
    })
}

/// The fonts built into the binary, as `render` uses them by default.
fn fonts() -> Vec<EmbedFont> {
    asylum_forms::app::packet::load_fonts(None).expect("built-in fonts")
}

fn render_fixture(name: &str) -> Vec<Rendered> {
    let schemas = SchemaSet::load().expect("schemas");
    let bytes = std::fs::read(common::root().join("fixtures/valid").join(name)).expect("fixture");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let out = asylum_forms::validate::check_bytes_with_json(&bytes, &schemas, today);
    let case = out.validated().expect("typed case and json");
    let opts = FillOptions {
        fallback_fonts: fonts(),
        ..FillOptions::default()
    };
    render::render_case(case, blanks(), &opts).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_value_is_found_back_in_its_field_or_reported_to_continue() {
    for name in RENDERABLE {
        for r in render_fixture(name) {
            let doc = Document::load_mem(&r.bytes).expect("output parses");
            assert!(!doc.trailer.has(b"Encrypt"), "{name}: still encrypted");
            let catalog = doc.catalog().expect("catalog");
            let acroform = catalog
                .get_deref(b"AcroForm", &doc)
                .and_then(Object::as_dict)
                .expect("AcroForm");
            assert!(!acroform.has(b"XFA"), "{name}: XFA left in {}", r.file_name);
            assert!(!catalog.has(b"OpenAction"));
            for obj in doc.objects.values() {
                let d = match obj {
                    Object::Dictionary(d) => d,
                    Object::Stream(s) => &s.dict,
                    _ => continue,
                };
                assert!(
                    !d.has(b"JS") && !d.has(b"AA"),
                    "{name}: JavaScript left in {}",
                    r.file_name
                );
            }
            let map = field_map(&doc);
            // Cut-off text: reported to continue by hand, or continued on the form's own page.
            let overflow: HashMap<&str, (&str, &str)> = r
                .overflow
                .iter()
                .chain(&r.continued)
                .map(|o| (o.name.as_str(), (o.fitted.as_str(), o.rest.as_str())))
                .collect();
            let squeeze = |s: &str| s.split_whitespace().collect::<String>();
            let page_text: String = asylum_forms::forms::templates::continuation(r.form, r.edition)
                .iter()
                .filter_map(|b| map.get(&b.text_field))
                .filter_map(|(fid, _)| doc.get_dictionary(*fid).ok())
                .filter_map(|d| d.get(b"V").and_then(Object::as_str).ok().map(decode))
                .collect::<Vec<_>>()
                .join(" ");
            // What the form's own page could not hold is on continuation sheets after it.
            // Read in order: the page's blocks, then the sheets without their headings and
            // signature lines, so an answer split between them reads whole.
            let sheets = pdf_text(&r.bytes).map(|t| {
                let body = t.split_once("Continuation sheet 1.").map_or("", |(_, b)| b);
                let lines: Vec<&str> = body
                    .lines()
                    .skip(1)
                    .filter(|l| {
                        !l.starts_with("Continuation sheet ") && !l.starts_with("Signature: ")
                    })
                    .collect();
                format!("{page_text} {}", lines.join(" "))
                    .replace("(continued from the additional-information page)", "")
            });
            for c in &r.continued {
                let on_page = squeeze(&page_text).contains(&squeeze(&c.rest));
                let on_sheet = sheets
                    .as_deref()
                    .is_none_or(|t| squeeze(t).contains(&squeeze(&c.rest)));
                assert!(
                    on_page || on_sheet,
                    "{name}: the rest of {} is neither on the additional-information page nor on a continuation sheet",
                    c.name
                );
            }
            let (mut texts, mut boxes) = (0, 0);
            for (field, value) in &r.values {
                let (fid, widgets) = map
                    .get(field)
                    .unwrap_or_else(|| panic!("{name}: {field} not in output"));
                let dict = doc.get_dictionary(*fid).expect("field");
                match value {
                    FieldValue::Text(want) => {
                        let got = dict
                            .get(b"V")
                            .and_then(Object::as_str)
                            .map(decode)
                            .unwrap_or_default();
                        match overflow.get(field.as_str()) {
                            // Cut off: what shows plus what is to continue is the whole value.
                            Some((fitted, rest)) => {
                                assert_eq!(&got, fitted, "{name}: {field}");
                                // The field ends by saying where it continues.
                                let shown = [true, false]
                                    .iter()
                                    .map(|p| {
                                        render::continuation_note(r.form, r.edition, *p)
                                            .expect("edition.toml")
                                    })
                                    .find_map(|n| fitted.strip_suffix(n));
                                if shown.is_none() {
                                    // Only a box too small for the note itself goes without.
                                    let fb =
                                        blanks().iter().find(|b| b.form == r.form).expect("blank");
                                    let note = render::continuation_note(r.form, r.edition, true)
                                        .expect("edition.toml");
                                    assert!(
                                        fb.blank.measure(field, note, &FillOptions::default()).expect("measure").is_some(),
                                        "{name}: {field} is cut but does not say where it continues"
                                    );
                                }
                                let shown = shown.unwrap_or(fitted);
                                // A length limit may cut mid-word: compare without white space.
                                // Cut whole, or after taking its abbreviations (fit.rs).
                                let whole = squeeze(&format!("{shown}{rest}"));
                                assert!(
                                    whole == squeeze(want)
                                        || abbreviated(want).iter().any(|a| squeeze(a) == whole),
                                    "{name}: {field} overflow loses text: {whole} of {want}"
                                );
                            }
                            // A value that did not fit took its abbreviations (src/forms/fit.rs).
                            None => assert!(
                                &got == want || abbreviated(want).contains(&got),
                                "{name}: {field}: {got:?} is neither {want:?} nor its abbreviation"
                            ),
                        }
                        let drawn = widgets
                            .iter()
                            .all(|w| doc.get_dictionary(*w).is_ok_and(|wd| wd.has(b"AP")));
                        assert!(drawn, "{name}: {field} has no appearance stream");
                        texts += 1;
                    }
                    FieldValue::Check(on) => {
                        let states: Vec<String> = widgets
                            .iter()
                            .filter_map(|w| doc.get_dictionary(*w).ok())
                            .filter_map(|wd| {
                                wd.get(b"AS")
                                    .and_then(Object::as_name)
                                    .ok()
                                    .map(|n| String::from_utf8_lossy(n).into_owned())
                            })
                            .collect();
                        let is_on = states.iter().any(|s| s != "Off");
                        assert_eq!(is_on, *on, "{name}: checkbox {field} states {states:?}");
                        boxes += 1;
                    }
                }
            }
            println!(
                "{name} → {}: {texts} text values and {boxes} boxes found back, {} continued on the additional-information page, {} to continue by hand",
                r.file_name,
                r.continued.len(),
                r.overflow.len()
            );
            assert!(texts + boxes > 50, "{name}: suspiciously few values");
        }
    }
}

#[test]
fn output_is_reproducible() {
    let a = render_fixture("i589-affirmative-family.json");
    let b = render_fixture("i589-affirmative-family.json");
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert!(
            x.bytes == y.bytes,
            "{} differs between two runs",
            x.file_name
        );
    }
}

/// A fill writes only what it changed over the blank (src/pdf/overlay.rs): the appearance
/// streams it replaced, and the barcode image behind the cleared barcode, must not be carried
/// along, and every object must be where the cross-reference stream says.
#[test]
fn a_filled_form_holds_no_unreachable_objects() {
    for name in RENDERABLE {
        for r in render_fixture(name) {
            let mut doc = Document::load_mem(&r.bytes)
                .unwrap_or_else(|e| panic!("{name} {}: {e}", r.file_name));
            let before = doc.objects.len();
            // The cross-reference and object streams are objects of the file that nothing
            // references.
            let xref: Vec<ObjectId> = doc
                .objects
                .iter()
                .filter(|(_, o)| {
                    matches!(o.type_name(), Ok(t) if t == b"XRef".as_slice() || t == b"ObjStm".as_slice())
                })
                .map(|(id, _)| *id)
                .collect();
            let pruned: Vec<ObjectId> = doc
                .prune_objects()
                .into_iter()
                .filter(|id| !xref.contains(id))
                .collect();
            assert!(
                pruned.is_empty(),
                "{name} {}: {} of {before} objects are unreachable, e.g. {:?}",
                r.file_name,
                pruned.len(),
                &pruned[..pruned.len().min(5)]
            );
            assert!(
                before > 1000,
                "{name} {}: only {before} objects",
                r.file_name
            );
        }
    }
}

/// The shorter forms src/forms/fit.rs may give a value that does not fit its box.
fn abbreviated(v: &str) -> Vec<String> {
    use asylum_forms::forms::fit;
    let mut out: Vec<String> = [fit::abbreviate(v), fit::abbreviate_names(v)]
        .into_iter()
        .flatten()
        .collect();
    out.extend(
        out.iter()
            .filter_map(|s| fit::compact_unit(s))
            .collect::<Vec<_>>(),
    );
    out
}

/// The text poppler extracts from a PDF (None without poppler outside CI).
fn pdf_text(bytes: &[u8]) -> Option<String> {
    if !tool("pdftotext") {
        return None;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("f.pdf");
    std::fs::write(&file, bytes).expect("write");
    let out = Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext");
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// poppler is installed by .ci/run; a developer without it gets a skip, CI a failure.
fn tool(name: &str) -> bool {
    let ok = Command::new(name).arg("-v").output().is_ok();
    if !ok {
        common::skip(&format!("the checks with {name}: it is not installed"));
    }
    ok
}

/// `asylum-forms render CASE --blank <shared blanks> -o OUT [extra…]`, run.
fn render_cli(case: &Path, out_dir: &Path, extra: &[&str]) -> common::Ran {
    common::Run::new(["render"])
        .arg(case)
        .arg("--blank")
        .arg(common::shared().join("uscis-forms"))
        .arg("-o")
        .arg(out_dir)
        .args(extra)
        .assert()
}

#[test]
fn the_cli_writes_private_files_that_poppler_and_qpdf_read() {
    let dir = tempfile::tempdir().expect("tmp");
    let out_dir = dir.path().join("out");
    let case = common::root().join("fixtures/valid/i589-affirmative-family.json");
    render_cli(&case, &out_dir, &[])
        .success()
        .stderr_contains("wrote")
        .stderr_contains("draft.pdf");
    let pdf = out_dir.join("i-589.pdf");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&pdf)
            .expect("output")
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600, "output readable by the owner only");
        let dmode = std::fs::metadata(&out_dir)
            .expect("dir")
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(dmode, 0o700);
    }
    // The draft review PDF is written beside the forms, as private as they are.
    let draft = std::fs::read(out_dir.join("draft.pdf")).expect("render writes draft.pdf");
    assert!(draft.starts_with(b"%PDF-"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(out_dir.join("draft.pdf"))
            .expect("draft")
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600);
    }
    // A second run does not overwrite without --force.
    render_cli(&case, &out_dir, &[])
        .code(2)
        .stderr_contains("--force");

    if tool("pdftotext") {
        let text = Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
            .expect("pdftotext");
        let text = String::from_utf8_lossy(&text.stdout);
        for want in [
            "HADDAD",
            "Leila",
            "03/14/1980",
            "Aleppo, Syria",
            "JFK Airport, New York, NY",
        ] {
            assert!(text.contains(want), "pdftotext lacks {want}");
        }
        // The drawn pages differ from the blank's: the values are drawn, not only stored.
        let page = |file: &Path| {
            let o = Command::new("pdftoppm")
                .args(["-r", "30", "-gray", "-f", "1", "-l", "1"])
                .arg(file)
                .output()
                .expect("pdftoppm");
            o.stdout
        };
        let (filled, blank) = (
            page(&pdf),
            page(&common::shared().join("uscis-forms/i-589.pdf")),
        );
        assert_eq!(filled.len(), blank.len(), "same page size");
        let changed = filled
            .iter()
            .zip(&blank)
            .filter(|(a, b)| a.abs_diff(**b) > 64)
            .count();
        assert!(
            changed > 500,
            "only {changed} pixels differ: values not drawn?"
        );
    }
    if tool("qpdf") {
        let check = Command::new("qpdf")
            .arg("--check")
            .arg(&pdf)
            .output()
            .expect("qpdf");
        assert!(
            check.status.success(),
            "{}",
            String::from_utf8_lossy(&check.stdout)
        );
    }
}

#[test]
fn a_blank_of_another_form_or_edition_is_refused() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::copy(
        common::shared().join("uscis-forms/i-730.pdf"),
        dir.path().join("i-589.pdf"),
    )
    .expect("copy");
    common::Run::new(["render"])
        .arg(common::root().join("fixtures/valid/i589-defensive.json"))
        .arg("--blank")
        .arg(dir.path())
        .arg("-o")
        .arg(dir.path().join("out"))
        .assert()
        .code(2)
        .stderr_contains("I-730|01/20/25");
    assert!(!dir.path().join("out").exists(), "nothing written");
}

#[test]
fn flatten_writes_a_non_editable_copy_with_the_same_text() {
    let dir = tempfile::tempdir().expect("tmp");
    let out_dir = dir.path().join("out");
    let case = common::root().join("fixtures/valid/i589-defensive.json");
    render_cli(&case, &out_dir, &["--flatten"]).success();
    let flat = std::fs::read(out_dir.join("i-589-flat.pdf")).expect("flattened copy");
    let doc = Document::load_mem(&flat).expect("parses");
    let fields = doc
        .catalog()
        .and_then(|c| c.get_deref(b"AcroForm", &doc))
        .and_then(Object::as_dict)
        .and_then(|af| af.get_deref(b"Fields", &doc))
        .and_then(Object::as_array)
        .map_or(0, Vec::len);
    assert_eq!(fields, 0, "no fillable fields left");
    if tool("pdftotext") {
        let text = Command::new("pdftotext")
            .arg(out_dir.join("i-589-flat.pdf"))
            .arg("-")
            .output()
            .expect("pdftotext");
        let text = String::from_utf8_lossy(&text.stdout);
        assert!(
            text.contains("TESFAYE") && text.contains("08/30/1996"),
            "flattened text lacks the values"
        );
    }
}

/// Renders a case given as JSON (a fixture edited by a test).
fn render_json(json: &serde_json::Value) -> Vec<Rendered> {
    let schemas = SchemaSet::load().expect("schemas");
    let bytes = serde_json::to_vec(json).expect("json");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let out = asylum_forms::validate::check_bytes_with_json(&bytes, &schemas, today);
    assert!(!out.has_errors(), "edited case invalid: {:?}", out.findings);
    let case = out.validated().expect("typed case and json");
    let opts = FillOptions {
        fallback_fonts: fonts(),
        ..FillOptions::default()
    };
    render::render_case(case, blanks(), &opts).expect("render")
}

fn fixture_json(name: &str) -> serde_json::Value {
    let text =
        std::fs::read_to_string(common::root().join("fixtures/valid").join(name)).expect("fixture");
    serde_json::from_str(&text).expect("fixture json")
}

fn person_mut<'a>(case: &'a mut serde_json::Value, id: &str) -> &'a mut serde_json::Value {
    case["people"]
        .as_array_mut()
        .expect("people")
        .iter_mut()
        .find(|p| p["id"] == id)
        .expect("person")
}

#[test]
fn lists_longer_than_the_form_continue_under_their_part_and_item() {
    let mut case = fixture_json("i589-affirmative-family.json");
    // Nine children (the I-589 has rows for six) and eight residences (rows for five).
    let template = person_mut(&mut case, "child-1").clone();
    for n in 4..=9 {
        let mut child = template.clone();
        child["id"] = format!("child-{n}").into();
        child["name"]["given"] = format!("Extrachild{n}").into();
        case["people"].as_array_mut().expect("people").push(child);
        case["forms"]["i589"]["children"]
            .as_array_mut()
            .expect("children")
            .push(serde_json::json!({"person": format!("child-{n}"), "include": false}));
    }
    let residences = person_mut(&mut case, "applicant")["residences"]
        .as_array_mut()
        .expect("residences");
    for n in 1..=6 {
        residences.push(serde_json::json!({
            "address": {"street": format!("{n} Old Road"), "city": format!("Oldtown{n}"), "country": "Syria"},
            "from": format!("200{n}-01-01"), "to": format!("200{n}-12-31")
        }));
    }
    let rendered = render_json(&case);
    let r = &rendered[0];
    // Named by the whole heading; the text printed under its Page, Part and Item.
    let continued: Vec<(&str, &str)> = r
        .continued
        .iter()
        .map(|o| (o.name.as_str(), o.rest.as_str()))
        .collect();
    for n in 7..=9 {
        assert!(
            continued
                .iter()
                .any(|(name, t)| *name == format!("Supplement A, child {n}")
                    && t.contains(&format!("Extrachild{n}"))),
            "child {n} not continued: {continued:#?}"
        );
    }
    for row in 6..=8 {
        assert!(
            continued.iter().any(
                |(name, t)| *name == format!("Part A.III, item 2, row {row}")
                    && t.starts_with(&format!("Row {row}: address: {} Old Road", row - 2))
            ),
            "residence row {row} not continued: {continued:#?}"
        );
    }
    assert!(r.overflow.is_empty(), "lost: {:?}", r.overflow);
    if let Some(text) = pdf_text(&r.bytes) {
        for n in 7..=9 {
            assert!(
                text.contains(&format!("Extrachild{n}")),
                "child {n} not in the PDF text"
            );
        }
        for n in 1..=6 {
            assert!(
                text.contains(&format!("Oldtown{n}")),
                "residence {n} not in the PDF text"
            );
        }
    }
}

#[test]
fn a_form_without_an_additional_information_page_gets_continuation_sheets() {
    let mut case = fixture_json("i730-asylee-spouse-stepchild.json");
    // The I-730 01/20/25 has rows for three other names and no additional-information page.
    let names: Vec<serde_json::Value> = (1..=6)
        .map(|n| serde_json::json!({"family": format!("Othername{n}"), "given": "Test", "kind": "alias"}))
        .collect();
    person_mut(&mut case, "applicant")["other_names"] = names.into();
    let rendered = render_json(&case);
    let r = rendered
        .iter()
        .find(|r| r.form == Form::I730)
        .expect("an I-730");
    assert!(r.overflow.is_empty(), "lost: {:?}", r.overflow);
    let doc = Document::load_mem(&r.bytes).expect("parses");
    let blank_pages = blanks()
        .iter()
        .find(|b| b.form == Form::I730)
        .map(|b| b.blank.page_count())
        .expect("blank");
    assert!(
        doc.get_pages().len() > blank_pages,
        "no continuation sheet appended"
    );
    if let Some(text) = pdf_text(&r.bytes) {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains("Continuation sheet 1. Form I-730, additional information."));
        for n in 4..=6 {
            // Headed by its place once, then the entry's own number (not the place again).
            assert!(
                text.contains(&format!("Part 1, Item 11: Other Names Used, entry {n}: ")),
                "entry {n} heading missing: {text}"
            );
            assert!(text.contains(&format!("Othername{n}")), "name {n} missing");
        }
    }
}

/// Part 14's blocks and the continuation sheets read as a person reads them: no internal note
/// ("too long for the box"), no "Part X, item Y" that the block's boxes or the sheet's heading
/// already say, a list entry's address on one line and its dates as "from … to …".
#[test]
fn continued_text_reads_without_notes_or_a_repeated_place() {
    let asylee = render_fixture("i485-asylee.json");
    let i485 = asylee
        .iter()
        .find(|r| r.form == Form::I485)
        .expect("an I-485");
    let doc = Document::load_mem(&i485.bytes).expect("parses");
    let blocks: Vec<String> = (2..=5)
        .filter_map(|n| {
            value_of(
                &doc,
                &format!("form1[0].#subform[24].P14_Line{n}_AdditionalInfo[0]"),
            )
        })
        .collect();
    assert_eq!(blocks.len(), 4, "{blocks:#?}");
    for b in &blocks {
        assert!(!b.contains("too long for the box"), "{b}");
        assert!(!b.starts_with("Part "), "the place again: {b}");
    }
    assert!(
        blocks.iter().any(|b| b.starts_with("Additional entry 3: ")
            && b.contains("Everest Cooperative Bank")
            && b.contains("address of employer, company or school: New Road 5, Kathmandu, Bagmati Province 44600, Nepal")
            && b.contains("dates: from 07/01/2016 to 07/31/2023")),
        "{blocks:#?}"
    );
    assert!(
        blocks.contains(
            &"Admitted as: Asylee (returning with a refugee travel document)".to_string()
        ),
        "{blocks:#?}"
    );
    let spouse = render_fixture("i730-asylee-spouse-stepchild.json");
    let Some(text) = pdf_text(&spouse[0].bytes) else {
        return;
    };
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains("Page 4, Part 2, Item 2: Address of Residence (Street Number and Name): Bole Sub-city, Woreda 03, House No. 1120"),
        "{text}"
    );
    assert!(!text.contains("too long for the box"), "{text}");
    assert!(!text.contains("Part 2, item 2"), "{text}");
}

/// An answer goes into a Part 14 block only on no more lines than the block's five rules: a
/// six-line answer fits the box's rectangle (its leading is smaller than the rules') but runs
/// past the rules, so it goes to a continuation sheet, and the block stays for what fits.
#[test]
fn an_answer_longer_than_a_blocks_rules_goes_to_a_sheet() {
    let mut case = fixture_json("i485-asylee.json");
    let job = &mut person_mut(&mut case, "applicant")["employment"][2];
    job["employer"] = "Everest Cooperative Bank Limited, Head Office, Foreign Exchange and Remittance Operations Department".into();
    job["occupation"] =
        "Bank teller, later customer service officer and supervisor of the foreign exchange desk"
            .into();
    job["address"]["street"] =
        "New Road 5, Khichapokhari Chowk, Ward No. 22, opposite the Bishal Bazar shopping complex"
            .into();
    let rendered = render_json(&case);
    let r = rendered
        .iter()
        .find(|r| r.form == Form::I485)
        .expect("an I-485");
    let entry = r
        .continued
        .iter()
        .find(|o| o.name == "Part 4, item 7, additional entry 3")
        .expect("entry 3 continued");
    let fb = blanks()
        .iter()
        .find(|b| b.form == Form::I485)
        .expect("blank");
    let block = "form1[0].#subform[24].P14_Line5_AdditionalInfo[0]";
    let opts = FillOptions {
        fallback_fonts: fonts(),
        ..FillOptions::default()
    };
    // The case is what it means to be: inside the rectangle, past the five rules.
    assert!(fb
        .blank
        .measure(block, &entry.rest, &opts)
        .expect("measure")
        .is_none());
    let lines = fb
        .blank
        .measure_lines(block, &entry.rest, &opts)
        .expect("measure")
        .expect("a text field");
    assert!(lines > 5, "{lines} lines: make the entry longer");
    let doc = Document::load_mem(&r.bytes).expect("parses");
    for n in 2..=5 {
        let v = value_of(
            &doc,
            &format!("form1[0].#subform[24].P14_Line{n}_AdditionalInfo[0]"),
        );
        assert!(
            !v.as_deref().unwrap_or("").contains("Remittance"),
            "block {n} holds the long answer: {v:?}"
        );
    }
    assert!(r.overflow.is_empty(), "lost: {:?}", r.overflow);
    if let Some(text) = pdf_text(&r.bytes) {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            text.contains("Page 8, Part 4, Item 7: Additional entry 3: name of employer, company or school: Everest Cooperative Bank Limited"),
            "not on the sheet: {text}"
        );
    }
}

/// The /V of a field of a filled form, decoded.
fn value_of(doc: &Document, field: &str) -> Option<String> {
    let map = field_map(doc);
    let (fid, _) = map.get(field)?;
    doc.get_dictionary(*fid)
        .ok()?
        .get(b"V")
        .and_then(Object::as_str)
        .ok()
        .map(decode)
}

#[test]
fn questions_without_an_answer_say_n_a_and_zero_counts_say_none_unless_turned_off() {
    let out = {
        let schemas = SchemaSet::load().expect("schemas");
        let bytes = std::fs::read(common::root().join("fixtures/valid/i589-defensive.json"))
            .expect("fixture");
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        asylum_forms::validate::check_bytes_with_json(&bytes, &schemas, today)
    };
    let case = out.validated().expect("typed case and json");
    let rows = &blanks()
        .iter()
        .find(|b| b.form == Form::I589)
        .expect("blank")
        .rows;
    let field_for = |item: &str| {
        rows.iter()
            .find(|r| r.item == item)
            .map(|r| r.field.clone())
            .unwrap_or_else(|| panic!("no row {item}"))
    };
    let children_total = field_for("Part A.II, Your Children (total number of children)");
    // The applicant of this fixture has no U.S. Social Security number and no spouse.
    let ssn = field_for("Part A.I, item 2");
    let spouse_name = field_for("Part A.II, spouse item 5");
    let opts = FillOptions {
        fallback_fonts: fonts(),
        ..FillOptions::default()
    };
    for on in [true, false] {
        let settings = render::RenderSettings { not_applicable: on };
        let r = render::render_case_with(case, blanks(), &opts, &settings)
            .expect("render")
            .remove(0);
        let doc = Document::load_mem(&r.bytes).expect("parses");
        if on {
            assert!(
                r.not_applicable.len() > 5,
                "few N/A: {:?}",
                r.not_applicable
            );
            for f in &r.not_applicable {
                assert_eq!(value_of(&doc, f).as_deref(), Some("N/A"), "{f}");
            }
            assert!(r.not_applicable.contains(&ssn));
        } else {
            assert!(r.not_applicable.is_empty());
            assert_eq!(value_of(&doc, &ssn), None);
        }
        // "I do not have any children. (Skip to Part A.III.)": no total beside that box.
        assert_eq!(value_of(&doc, &children_total), None);
        // A section that does not apply (no spouse) stays empty either way.
        assert_eq!(
            value_of(&doc, &spouse_name),
            None,
            "spouse name with N/A {on}"
        );
    }
}

#[test]
fn a_zero_count_says_none() {
    // The refugee fixture's child has never married: I-485 Part 6, item 3.
    let r = render_fixture("i485-refugee.json")
        .into_iter()
        .find(|r| r.file_name == "i-485-child-1.pdf")
        .expect("the child's I-485");
    let rows = &blanks()
        .iter()
        .find(|b| b.form == Form::I485)
        .expect("blank")
        .rows;
    let field = rows
        .iter()
        .find(|r| r.item == "Part 6, item 3 (how many times married)")
        .map(|r| r.field.clone())
        .expect("row");
    let doc = Document::load_mem(&r.bytes).expect("parses");
    assert_eq!(value_of(&doc, &field).as_deref(), Some("None"));
}

/// The font size a filled text field is drawn at: the first `Tf` of its appearance stream.
fn drawn_size(doc: &Document, widget: ObjectId) -> Option<f32> {
    let ap = doc
        .get_dictionary(widget)
        .ok()?
        .get(b"AP")
        .ok()?
        .as_dict()
        .ok()?;
    let id = ap.get(b"N").ok()?.as_reference().ok()?;
    let stream = doc.get_object(id).ok()?.as_stream().ok()?;
    let content = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    let text = String::from_utf8_lossy(&content);
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .windows(2)
        .find(|w| w[1] == "Tf")
        .and_then(|w| w[0].parse().ok())
}

/// A table column is drawn in one font size, the smallest any of its cells needs, not each
/// cell shrunk on its own (the I-589's A.III tables mixed 7.2, 7.8 and 8.7 pt).
#[test]
fn every_table_column_is_drawn_in_one_font_size() {
    let mut columns_checked = 0;
    for name in RENDERABLE {
        for r in render_fixture(name) {
            let fb = blanks().iter().find(|b| b.form == r.form).expect("blank");
            let doc = Document::load_mem(&r.bytes).expect("output parses");
            let map = field_map(&doc);
            for column in &fb.columns {
                // Only the columns with an answer: a column of "N/A" alone is never measured.
                let answered = column.iter().any(|f| {
                    r.printed.iter().any(|(n, v)| {
                        n == f
                            && matches!(v, asylum_forms::pdf::FieldValue::Text(t)
                                if !t.is_empty() && t != render::NOT_APPLICABLE)
                    })
                });
                if !answered {
                    continue;
                }
                let sizes: Vec<(String, f32)> = column
                    .iter()
                    .filter(|f| r.printed.iter().any(|(n, _)| n == *f))
                    .filter_map(|f| {
                        let (_, widgets) = map.get(f)?;
                        Some((f.clone(), drawn_size(&doc, *widgets.first()?)?))
                    })
                    .collect();
                if sizes.len() < 2 {
                    continue;
                }
                columns_checked += 1;
                let first = sizes[0].1;
                assert!(
                    sizes.iter().all(|(_, s)| (s - first).abs() < 0.01),
                    "{name} {}: one column in several sizes: {sizes:?}",
                    r.file_name
                );
            }
        }
    }
    assert!(
        columns_checked >= 5,
        "only {columns_checked} columns checked"
    );
}

/// Supplement B's header (A-Number, name) is filled only when the supplement holds an answer,
/// as Supplement A's is only when it lists a fifth child: an unused page stays blank.
#[test]
fn supplement_b_is_headed_only_when_it_holds_an_answer() {
    const NAME: &str = "form1[0].#subform[13].SupBApplicantName[0]";
    const A_NUMBER: &str = "form1[0].#subform[13].PtAILine1_ANumber[2]";
    let printed = |r: &Rendered, field: &str| r.printed.iter().any(|(n, _)| n == field);
    let case = fixture_json("i589-affirmative-family.json");
    let plain = &render_json(&case)[0];
    assert!(plain.continued.is_empty(), "the fixture fits its boxes");
    assert!(!printed(plain, NAME) && !printed(plain, A_NUMBER));

    let mut case = case;
    let residences = person_mut(&mut case, "applicant")["residences"]
        .as_array_mut()
        .expect("residences");
    for n in 1..=4 {
        residences.push(serde_json::json!({
            "address": {"street": format!("{n} Old Road"), "city": format!("Oldtown{n}"), "country": "Syria"},
            "from": format!("200{n}-01-01"), "to": format!("200{n}-12-31")
        }));
    }
    let continued = &render_json(&case)[0];
    assert!(!continued.continued.is_empty(), "rows 6 on continue");
    assert!(printed(continued, NAME) && printed(continued, A_NUMBER));
}

/// I-485 Part 4 item 8 asks for the most recent employer or school abroad "if not already listed
/// above": the same activity as one of item 7's rows is not listed twice.
#[test]
fn the_employer_abroad_is_not_listed_twice() {
    const EMPLOYER: &str = "form1[0].#subform[8].Pt4Line8_EmployerName[0]";
    let printed = |r: &Rendered| {
        r.printed
            .iter()
            .find(|(n, _)| n == EMPLOYER)
            .map(|(_, v)| format!("{v:?}"))
    };
    let mut case = fixture_json("i485-asylee.json");
    let listed = &render_json(&case)[0];
    assert_eq!(printed(listed), None, "listed in item 7 already");

    case["forms"]["i485"][0]["additional"]["abroad"]["employer"] = "Himalaya Trading".into();
    let other = &render_json(&case)[0];
    assert!(
        printed(other).is_some_and(|v| v.contains("Himalaya Trading")),
        "an employer item 7 does not list: {:?}",
        printed(other)
    );
}

/// The field of the I-485 map whose item is `item`.
fn i485_field(item: &str) -> String {
    blanks()
        .iter()
        .find(|b| b.form == Form::I485)
        .expect("blank")
        .rows
        .iter()
        .find(|r| r.item == item)
        .map(|r| r.field.clone())
        .unwrap_or_else(|| panic!("no row {item}"))
}

#[test]
fn i485_source_of_financial_support_of_an_unemployed_period_is_printed() {
    let item7 =
        i485_field("Part 4, item 7 (if unemployed or retired, source of financial support)");
    let item8 =
        i485_field("Part 4, item 8 (if unemployed or retired, source of financial support)");
    let render_with = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut case = fixture_json("i485-asylee.json");
        edit(&mut case);
        let r = render_json(&case)
            .into_iter()
            .find(|r| r.form == Form::I485)
            .expect("an I-485");
        let doc = Document::load_mem(&r.bytes).expect("parses");
        let (v7, v8) = (value_of(&doc, &item7), value_of(&doc, &item8));
        (r, v7, v8)
    };
    // Unemployed now and abroad, each with its support: both boxes hold it; the fixture's
    // earlier unemployed period (Part 14, item 7 entry 2) carries its own.
    let (r, v7, v8) = render_with(&|case| {
        person_mut(case, "applicant")["employment"][0] = serde_json::json!({
            "employer": "Unemployed", "occupation": "Unemployed", "from": "2024-05-01",
            "support": "Savings from my last job"
        });
        let abroad = &mut case["forms"]["i485"][0]["additional"]["abroad"];
        abroad["occupation"] = "Retired".into();
        abroad["support"] = "Pension from Nepal".into();
    });
    assert_eq!(v7.as_deref(), Some("Savings from my last job"));
    assert_eq!(v8.as_deref(), Some("Pension from Nepal"));
    let entry2 = r
        .continued
        .iter()
        .find(|o| o.name == "Part 4, item 7, additional entry 2")
        .unwrap_or_else(|| panic!("entry 2 not continued: {:?}", r.continued));
    assert!(
        entry2
            .rest
            .contains("if unemployed or retired, source of financial support: Help from my cousin"),
        "{}",
        entry2.rest
    );
    // Unemployed without a support: the box stays an empty gap (the rule asks it), never N/A.
    let (r, v7, _) = render_with(&|case| {
        person_mut(case, "applicant")["employment"][0] = serde_json::json!({
            "employer": "Unemployed", "occupation": "Unemployed", "from": "2024-05-01"
        });
    });
    assert_eq!(v7, None);
    assert!(!r.not_applicable.contains(&item7));
    // A job: the question does not apply and stays empty (skip.tsv), not N/A.
    let (r, v7, v8) = render_with(&|_| {});
    assert_eq!((v7, v8), (None, None));
    assert!(!r.not_applicable.contains(&item7) && !r.not_applicable.contains(&item8));
}

/// Every address of a case made foreign: no state or ZIP code, the street "Street{n} 1" and
/// the province "Provinz{n}" (n numbers the addresses), another country where it had none.
fn make_addresses_foreign(v: &mut serde_json::Value, n: &mut usize) {
    match v {
        serde_json::Value::Object(o) => {
            if o.contains_key("street") && o.contains_key("city") {
                *n += 1;
                o.remove("state");
                o.remove("zip");
                o.insert("street".into(), format!("Street{n} 1").into());
                o.insert("province".into(), format!("Provinz{n}").into());
                o.insert("postal_code".into(), "99999".into());
                if o.get("country").is_none_or(|c| c == "United States") {
                    o.insert("country".into(), "Syria".into());
                }
            }
            for (_, x) in o.iter_mut() {
                make_addresses_foreign(x, n);
            }
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(|x| make_addresses_foreign(x, n)),
        _ => {}
    }
}

/// A map source of an address part, as (the address's source, part): "applicant.residence.state"
/// gives ("applicant.residence", "state"), "care_of_mailing(x.province)" gives
/// ("care_of_mailing(x)", "province"), "residences[0].address|region" gives (…, "region").
fn address_part(source: &str) -> Option<(String, &'static str)> {
    for part in ["state", "province", "street"] {
        if let Some(a) = source.strip_suffix(&format!(".{part}")) {
            return Some((a.to_string(), part));
        }
        if let Some(a) = source.strip_suffix(&format!(".{part})")) {
            return Some((format!("{a})"), part));
        }
    }
    source
        .strip_suffix("|region")
        .map(|a| (a.to_string(), "region"))
}

#[test]
fn a_foreign_address_keeps_its_province_in_every_form_and_never_prints_n_a_as_its_state() {
    let schemas = SchemaSet::load().expect("schemas");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let mut checked = 0;
    for name in [
        "i589-affirmative-family.json",
        "i730-asylee-spouse-stepchild.json",
        "i485-asylee.json",
        "i485-refugee.json",
    ] {
        let mut case = fixture_json(name);
        // A mailing address too, where the forms ask one (I-589 item 9, I-485 item 18).
        let applicant = person_mut(&mut case, "applicant");
        if let Some(r) = applicant.get("residence").cloned() {
            applicant["mailing_address"] = r;
        }
        let mut n = 0;
        make_addresses_foreign(&mut case, &mut n);
        let bytes = serde_json::to_vec(&case).expect("json");
        let findings = asylum_forms::validate::check_bytes_with_json(&bytes, &schemas, today)
            .findings
            .clone();
        for r in render_json(&case) {
            let fb = blanks().iter().find(|b| b.form == r.form).expect("blank");
            let doc = Document::load_mem(&r.bytes).expect("parses");
            let continued: String = r.continued.iter().map(|o| o.rest.as_str()).collect();
            // The rows of each address this form prints, by the address's source.
            let mut addresses: HashMap<String, Vec<(&'static str, &str)>> = HashMap::new();
            for row in &fb.rows {
                let Some(e) = &row.source else { continue };
                if e.equals.is_some() {
                    continue;
                }
                if let Some((a, part)) = address_part(&e.text) {
                    addresses.entry(a).or_default().push((part, &row.field));
                }
            }
            for (address, parts) in &addresses {
                let Some((_, street)) = parts.iter().find(|(p, _)| *p == "street") else {
                    continue;
                };
                let Some(printed) = value_of(&doc, street) else {
                    continue;
                };
                let Some(k) = printed
                    .strip_prefix("Street")
                    .and_then(|s| s.split(' ').next())
                else {
                    continue;
                };
                let province = format!("Provinz{k}");
                let where_ = format!("{name} {}: {address}", r.file_name);
                checked += 1;
                let boxes: Vec<&str> = parts
                    .iter()
                    .filter(|(p, _)| matches!(*p, "province" | "region"))
                    .map(|(_, f)| *f)
                    .collect();
                if boxes.is_empty() {
                    // A US address's boxes only (State, ZIP): the rules say it cannot be
                    // written there, at the address's pointer.
                    let (code, key) = match r.form {
                        Form::I589 => ("i589.us-addresses", address.rsplit('.').next()),
                        _ => ("i485.us-addresses", address.rsplit('.').next()),
                    };
                    let key = key.unwrap_or_default();
                    let key = if key == "address" {
                        "preparer/address"
                    } else {
                        key
                    };
                    assert!(
                        findings
                            .iter()
                            .any(|f| f.code == code && f.pointer.ends_with(&format!("/{key}"))),
                        "{where_}: no State-only box may lose {province} silently; findings: {:?}",
                        findings
                            .iter()
                            .map(|f| (&f.code, &f.pointer))
                            .collect::<Vec<_>>()
                    );
                }
                for f in &boxes {
                    let v = value_of(&doc, f).unwrap_or_default();
                    assert!(
                        v.contains(&province) || continued.contains(&province),
                        "{where_}: {f} holds {v:?}, not {province}"
                    );
                }
                for (_, f) in parts.iter().filter(|(p, _)| *p == "state") {
                    let v = value_of(&doc, f).unwrap_or_default();
                    assert!(
                        v.is_empty(),
                        "{where_}: the State box {f} of a foreign address holds {v:?}"
                    );
                }
            }
        }
    }
    assert!(checked > 15, "only {checked} addresses checked");
    // "Department, province or state": a US address before coming keeps its state there.
    let mut case = fixture_json("i589-affirmative-family.json");
    case["forms"]["i589"]["addresses_before_us"][0]["address"] = serde_json::json!({
        "street": "1 Main St", "city": "El Paso", "state": "TX", "zip": "79901"
    });
    let r = render_json(&case).remove(0);
    let doc = Document::load_mem(&r.bytes).expect("parses");
    let field = blanks()
        .iter()
        .find(|b| b.form == Form::I589)
        .expect("blank")
        .rows
        .iter()
        .find(|r| r.item == "Part A.III, item 1, row 1 (department, province or state)")
        .map(|r| r.field.clone())
        .expect("row");
    assert_eq!(value_of(&doc, &field).as_deref(), Some("TX"));
}
