//! Filling the official blanks: every value of the case is found back in the filled PDF (in its
//! field, or reported as overflow to continue), the output is clean and reproducible, and
//! poppler draws the values. Reads USCIS's blanks from ../shared/uscis-forms.

mod common;

use asylum_forms::fieldvalues::FieldValue;
use asylum_forms::pdf::{EmbedFont, FillOptions};
use asylum_forms::render::{self, FormBlank, Rendered};
use asylum_forms::schema::SchemaSet;
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
];

fn blanks() -> &'static Vec<FormBlank> {
    static B: OnceLock<Vec<FormBlank>> = OnceLock::new();
    B.get_or_init(|| {
        render::FORMS
            .iter()
            .map(|(form, _)| {
                let bytes = std::fs::read(common::shared().join(format!("uscis-forms/{form}.pdf")))
                    .expect("blank");
                render::load_blank(form, &bytes).unwrap_or_else(|e| panic!("{form}: {e}"))
            })
            .collect()
    })
}

fn fonts() -> Vec<EmbedFont> {
    [
        "NotoSans-Regular.ttf",
        "NotoNaskhArabic-Regular.ttf",
        "NotoSansEthiopic-Regular.ttf",
        "NotoSansDevanagari-Regular.ttf",
        "NotoSansMyanmar-Regular.ttf",
    ]
    .iter()
    .filter_map(|f| std::fs::read(Path::new("/usr/share/fonts/truetype/noto").join(f)).ok())
    .filter_map(|b| EmbedFont::new(b, 0).ok())
    .collect()
}

fn render_fixture(name: &str) -> Vec<Rendered> {
    let schemas = SchemaSet::load().expect("schemas");
    let bytes = std::fs::read(common::root().join("fixtures/valid").join(name)).expect("fixture");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let out = asylum_forms::validate::check_bytes(&bytes, &schemas, today);
    let (case, json) = (out.case.expect("typed case"), out.json.expect("json"));
    let opts = FillOptions {
        fallback_fonts: fonts(),
        ..FillOptions::default()
    };
    render::render_case(&case, &json, blanks(), &opts).unwrap_or_else(|e| panic!("{name}: {e}"))
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

/// Full field name → (field object, its widgets), walked with lopdf alone.
fn field_map(doc: &Document) -> HashMap<String, (ObjectId, Vec<ObjectId>)> {
    fn walk(
        doc: &Document,
        id: ObjectId,
        prefix: &str,
        out: &mut HashMap<String, (ObjectId, Vec<ObjectId>)>,
    ) {
        let Ok(d) = doc.get_dictionary(id) else {
            return;
        };
        let t = d.get(b"T").and_then(Object::as_str).map(decode).ok();
        let name = match (&t, prefix.is_empty()) {
            (Some(t), true) => t.clone(),
            (Some(t), false) => format!("{prefix}.{t}"),
            (None, _) => prefix.to_string(),
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
        if field_kids.is_empty() {
            let widgets = if kids.is_empty() { vec![id] } else { kids };
            out.insert(name, (id, widgets));
        } else {
            for k in field_kids {
                walk(doc, k, &name, out);
            }
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
            let page_text: String = asylum_forms::templates::continuation(r.form, "01-20-25")
                .iter()
                .filter_map(|b| map.get(&b.text_field))
                .filter_map(|(fid, _)| doc.get_dictionary(*fid).ok())
                .filter_map(|d| d.get(b"V").and_then(Object::as_str).ok().map(decode))
                .collect::<Vec<_>>()
                .join(" ");
            for c in &r.continued {
                assert!(
                    squeeze(&page_text).contains(&squeeze(&c.rest)),
                    "{name}: the rest of {} is not on the additional-information page",
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
                                // A length limit may cut mid-word: compare without white space.
                                assert_eq!(
                                    squeeze(&format!("{fitted}{rest}")),
                                    squeeze(want),
                                    "{name}: {field} overflow loses text"
                                );
                            }
                            None => assert_eq!(&got, want, "{name}: {field}"),
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

/// poppler is installed by .ci/run; a developer without it gets a skip, CI a failure.
fn tool(name: &str) -> bool {
    let ok = Command::new(name).arg("-v").output().is_ok();
    if !ok && std::env::var_os("CI").is_some() {
        panic!("{name} is needed in CI");
    }
    ok
}

/// `asylum-forms render CASE --blank <shared blanks> -o OUT [extra…]`.
fn render_cli(case: &Path, out_dir: &Path, extra: &[&str]) -> std::process::Output {
    common::bin()
        .arg("render")
        .arg(case)
        .arg("--blank")
        .arg(common::shared().join("uscis-forms"))
        .arg("-o")
        .arg(out_dir)
        .args(extra)
        .output()
        .expect("run")
}

#[test]
fn the_cli_writes_private_files_that_poppler_and_qpdf_read() {
    let dir = tempfile::tempdir().expect("tmp");
    let out_dir = dir.path().join("out");
    let case = common::root().join("fixtures/valid/i589-affirmative-family.json");
    let run = render_cli(&case, &out_dir, &[]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("wrote"), "{stderr}");
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
    assert!(stderr.contains("draft.pdf"), "{stderr}");
    // A second run does not overwrite without --force.
    let again = render_cli(&case, &out_dir, &[]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));

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
    let run = common::bin()
        .arg("render")
        .arg(common::root().join("fixtures/valid/i589-defensive.json"))
        .arg("--blank")
        .arg(dir.path())
        .arg("-o")
        .arg(dir.path().join("out"))
        .output()
        .expect("run");
    assert_eq!(run.status.code(), Some(2));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains("I-730|01/20/25") && err.contains("01/20/25"),
        "{err}"
    );
    assert!(!dir.path().join("out").exists(), "nothing written");
}

#[test]
fn flatten_writes_a_non_editable_copy_with_the_same_text() {
    let dir = tempfile::tempdir().expect("tmp");
    let out_dir = dir.path().join("out");
    let case = common::root().join("fixtures/valid/i589-defensive.json");
    let run = render_cli(&case, &out_dir, &["--flatten"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
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
