//! `--lang es` (issues 18 and 19): validate's readable output, the checklist and the draft's
//! frame in Spanish from the Fluent files; the form answers stay English; JSON stays English;
//! the draft shows the applicant's original beneath the English.

mod common;

use common::{bin, root};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn run(args: &[&std::ffi::OsStr]) -> (Option<i32>, String, String) {
    let out = bin().args(args).output().expect("run");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn fixture(path: &str) -> std::path::PathBuf {
    root().join("fixtures").join(path)
}

#[test]
fn validate_in_spanish_translates_messages_states_and_totals() {
    let bad = fixture("invalid/bad-ssn.json");
    let good = fixture("valid/i589-defensive.json");
    let (code, out, err) = run(&[
        "validate".as_ref(),
        "--lang".as_ref(),
        "es".as_ref(),
        bad.as_os_str(),
        good.as_os_str(),
    ]);
    assert_eq!(code, Some(1), "{out}{err}");
    // schema.pattern's sentence in Spanish, then the English message with the facts.
    assert!(
        out.contains(
            "error[schema.pattern] Esta respuesta no está escrita como la necesita el formulario."
        ),
        "{out}"
    );
    assert!(
        out.contains("    detalle (en inglés): Social Security Number"),
        "{out}"
    );
    assert!(out.contains("    en /people/0/ssn"), "{out}");
    assert!(
        out.contains(": INVÁLIDO (1 error, 0 advertencias, 0 notas) — inválido (1 error)"),
        "{out}"
    );
    assert!(out.contains("i589-defensive.json: válido ("), "{out}");
    assert!(out.contains("— listo para presentar"), "{out}");
    assert!(
        out.contains("advertencia[fees.for-filing-date] Sobre la tarifa de presentación:"),
        "{out}"
    );
    assert!(
        out.contains("2 archivos: 1 inválidos, 1 válidos ("),
        "{out}"
    );
    assert!(!out.contains(" warnings"), "{out}");

    // English by default, and the same English under --lang en.
    let (_, en, _) = run(&["validate".as_ref(), bad.as_os_str()]);
    assert!(
        en.contains("error[schema.pattern] Social Security Number"),
        "{en}"
    );
    assert!(
        en.contains("INVALID (1 error, 0 warnings, 0 notes) — invalid (1 error)"),
        "{en}"
    );
    let (_, en2, _) = run(&[
        "validate".as_ref(),
        "--lang".as_ref(),
        "en".as_ref(),
        bad.as_os_str(),
    ]);
    assert_eq!(en, en2);

    // JSON stays English and unchanged: machine-readable, keyed by `code`.
    let json = |lang: &str| {
        run(&[
            "validate".as_ref(),
            "--format".as_ref(),
            "json".as_ref(),
            "--lang".as_ref(),
            lang.as_ref(),
            bad.as_os_str(),
        ])
        .1
    };
    assert_eq!(json("es"), json("en"));
}

#[test]
fn the_language_comes_from_the_environment_or_the_config_file() {
    let bad = fixture("invalid/bad-ssn.json");
    let out = bin()
        .env("ASYLUM_FORMS_LANG", "es")
        .args(["validate".as_ref(), bad.as_os_str()])
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&out.stdout).contains("INVÁLIDO"));
    // An unknown language is refused, naming the known ones.
    let out = bin()
        .env("ASYLUM_FORMS_LANG", "xx")
        .args(["validate".as_ref(), bad.as_os_str()])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("ASYLUM_FORMS_LANG") && err.contains("write one of en, ar, es"),
        "{err}"
    );
    // lang = "es" in the config file.
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("asylum-forms");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("config.toml"), "lang = \"es\"\n").expect("write");
    let out = bin()
        .env("XDG_CONFIG_HOME", tmp.path())
        .args(["validate".as_ref(), bad.as_os_str()])
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&out.stdout).contains("INVÁLIDO"));
    // --lang wins over both.
    let out = bin()
        .env("XDG_CONFIG_HOME", tmp.path())
        .env("ASYLUM_FORMS_LANG", "es")
        .args([
            "validate".as_ref(),
            "--lang".as_ref(),
            "en".as_ref(),
            bad.as_os_str(),
        ])
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&out.stdout).contains("INVALID ("));
}

#[test]
fn checklist_in_spanish_names_documents_why_and_status() {
    let case = fixture("valid/i589-defensive.json");
    let (code, out, err) = run(&[
        "checklist".as_ref(),
        "--lang".as_ref(),
        "es".as_ref(),
        case.as_os_str(),
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        out.starts_with("# Lista de evidencia que falta — caso demo-defensive\n"),
        "{out}"
    );
    assert!(out.contains("documentos requeridos,"), "{out}");
    assert!(
        out.contains("| estado | documento | para | por qué | fuente |"),
        "{out}"
    );
    assert!(
        out.contains("| **FALTA** | Declaración personal escrita que apoya la solicitud | Dawit Tesfaye | un relato detallado y específico de la solicitud |"),
        "{out}"
    );
    assert!(!out.contains("MISSING"), "{out}");
    // The JSON stays English.
    let (_, json, _) = run(&[
        "checklist".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
        "--lang".as_ref(),
        "es".as_ref(),
        case.as_os_str(),
    ]);
    assert!(
        json.contains("\"document\": \"Declaration (personal statement) supporting the claim\"")
    );
}

/// poppler is installed by .ci/run; a developer without it gets a skip, CI a failure.
fn pdftotext(path: &Path) -> Option<String> {
    match Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
    {
        Ok(out) => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        Err(_) if std::env::var_os("CI").is_some() => panic!("pdftotext is needed in CI"),
        Err(_) => {
            eprintln!("skipped: pdftotext is not installed");
            None
        }
    }
}

/// Without whitespace and bidi marks, so wrapped text still matches.
fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !('\u{202A}'..='\u{202E}').contains(c)
                && !('\u{2066}'..='\u{2069}').contains(c)
        })
        .collect()
}

#[test]
fn spanish_draft_has_a_spanish_frame_english_answers_and_the_originals() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut case: Value =
        serde_json::from_slice(&std::fs::read(fixture("valid/i589-defensive.json")).expect("read"))
            .expect("json");
    let pb = &mut case["forms"]["i589"]["part_b"];
    pb["past_harm"]["original"] = serde_json::json!({
        "language": "es",
        "text": "En agosto de 2025 la policía federal me arrestó después de hablar en una reunión de maestros."
    });
    pb["fear_of_harm"]["original"] = serde_json::json!({
        "language": "ar",
        "text": "أخاف أن تقتلني الشرطة إذا عدت."
    });
    let path = tmp.path().join("case.json");
    std::fs::write(&path, serde_json::to_vec(&case).expect("json")).expect("write");
    let (es, en) = (tmp.path().join("es"), tmp.path().join("en"));
    for (dir, lang) in [(&es, "es"), (&en, "en")] {
        let (code, _, err) = run(&[
            "render".as_ref(),
            path.as_os_str(),
            "-o".as_ref(),
            dir.as_os_str(),
            "--lang".as_ref(),
            lang.as_ref(),
        ]);
        assert_eq!(code, Some(0), "{err}");
    }
    let md = std::fs::read_to_string(es.join("checklist.md")).expect("checklist.md");
    assert!(md.starts_with("# Lista de evidencia que falta"), "{md}");
    let Some(text) = pdftotext(&es.join("draft.pdf")) else {
        return;
    };
    let flat = squeeze(&text);
    for want in [
        "Borrador para revisar — caso demo-defensive",
        "BORRADOR — para revisar, no para presentar",
        "Formularios que se presentan",
        "Fecha límite de un año del I-589",
        // The I-589 is recorded as filed.
        "Estado: presentado",
        // The fees once, on the cover (not again as findings), the annual one not due at filing.
        "Tarifas en las fechas de presentación",
        "no se paga con el formulario",
        "Lista de evidencia que falta",
        "Estado: FALTA",
        "Por qué: un relato detallado y específico de la solicitud",
        // The answers as filed, in English.
        "federal police arrested me after I spoke at a meeting of Amhara teachers",
        // The originals beneath them, marked as the applicant's own words in their language.
        "En las propias palabras del solicitante (español)",
        "la policía federal me arrestó después de hablar en una reunión de maestros",
        "En las propias palabras del solicitante (árabe)",
    ] {
        assert!(
            flat.contains(&squeeze(want)),
            "missing {want:?} in the Spanish draft:\n{text}"
        );
    }
    // The original follows its English answer, Part B item 1.A.
    let english = flat
        .find(&squeeze("federal police arrested me"))
        .expect("english");
    let original = flat
        .find(&squeeze("la policía federal me arrestó"))
        .expect("original");
    assert!(english < original);
    assert!(!flat.contains(&squeeze("Draft for review")), "{text}");
    // The Arabic original is drawn (its letters are in the text layer).
    assert!(
        text.contains("الشرطة") || squeeze(&text).contains(&squeeze("ةطرشلا")),
        "{text}"
    );

    // The English draft shows the originals too, in English words; its frame is English.
    let Some(en_text) = pdftotext(&en.join("draft.pdf")) else {
        return;
    };
    let en_flat = squeeze(&en_text);
    assert!(en_flat.contains(&squeeze("Draft for review — case demo-defensive")));
    assert!(en_flat.contains(&squeeze("In the applicant's own words (Spanish)")));
    assert!(en_flat.contains(&squeeze("la policía federal me arrestó")));
    assert!(!en_flat.contains(&squeeze("Borrador")));
}

/// The first page's text, or the whole document's, with pdftotext.
fn pdftotext_pages(path: &Path, first_only: bool) -> Option<String> {
    let mut cmd = Command::new("pdftotext");
    cmd.args(["-enc", "UTF-8"]);
    if first_only {
        cmd.args(["-f", "1", "-l", "1"]);
    }
    match cmd.arg(path).arg("-").output() {
        Ok(out) => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        Err(_) if std::env::var_os("CI").is_some() => panic!("pdftotext is needed in CI"),
        Err(_) => {
            eprintln!("skipped: pdftotext is not installed");
            None
        }
    }
}

/// The number of pages the footers name ("page 1 of N" squeezed to "page1ofN").
fn footer_total(flat: &str, page_one: &str) -> usize {
    let at = flat
        .find(page_one)
        .unwrap_or_else(|| panic!("no {page_one:?} in {flat}"));
    flat[at + page_one.len()..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .expect("a page count")
}

#[test]
fn draft_cover_shows_each_i730_deadline_and_the_footer_is_translated() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut case: Value = serde_json::from_slice(
        &std::fs::read(fixture("valid/i730-asylee-spouse-stepchild.json")).expect("read"),
    )
    .expect("json");
    // Granted 2025-09-15: the last day is Wednesday 2027-09-15. The spouse's petition is filed
    // 5 days after it, the child's on time.
    case["forms"]["i730"][0]["filing"]["date"] = "2027-09-20".into();
    let path = tmp.path().join("case.json");
    std::fs::write(&path, serde_json::to_vec(&case).expect("json")).expect("write");
    let (es, en) = (tmp.path().join("es"), tmp.path().join("en"));
    for (dir, lang) in [(&es, "es"), (&en, "en")] {
        let (_, _, err) = run(&[
            "render".as_ref(),
            path.as_os_str(),
            "-o".as_ref(),
            dir.as_os_str(),
            "--lang".as_ref(),
            lang.as_ref(),
        ]);
        assert!(dir.join("draft.pdf").is_file(), "{err}");
    }
    let cases = [
        (
            &es,
            [
                "Fecha límite de dos años del I-730 para Senait Woldu",
                "Último día para presentar: 15 de septiembre de 2027 (miércoles), contado desde la concesión del asilo o la admisión como refugiado el 15 de septiembre de 2025",
                "En la fecha de presentación (20 de septiembre de 2027): 5 días tarde: la Parte 3 debe explicar las razones humanitarias",
                "Fecha límite de dos años del I-730 para Yonas Tekle",
                "En la fecha de presentación (1 de diciembre de 2026): a tiempo, 288 días antes del último día",
                "Fuente: 8 CFR 207.7(d); 8 CFR 208.21(d); 8 CFR 1.2",
            ],
            ("página1de", "page1of"),
        ),
        (
            &en,
            [
                "I-730 two-year deadline for Senait Woldu",
                "Last day to file: September 15, 2027 (Wednesday), counted from the grant of asylum or admission as a refugee on September 15, 2025",
                "At the filing date (September 20, 2027): 5 days late: Part 3 must explain the humanitarian reasons",
                "I-730 two-year deadline for Yonas Tekle",
                "At the filing date (December 1, 2026): on time, 288 days before the last day",
                "Source: 8 CFR 207.7(d); 8 CFR 208.21(d); 8 CFR 1.2",
            ],
            ("page1of", "página"),
        ),
    ];
    for (dir, wants, (page_one, other)) in cases {
        let Some(cover) = pdftotext_pages(&dir.join("draft.pdf"), true) else {
            return;
        };
        let flat = squeeze(&cover);
        for want in wants {
            assert!(
                flat.contains(&squeeze(want)),
                "missing {want:?} on the cover:\n{cover}"
            );
        }
        // No I-589 in this case, so no one-year deadline.
        assert!(!flat.contains("I-589"), "{cover}");
        // Every page's footer in the draft's language, the last one naming itself.
        let whole = pdftotext_pages(&dir.join("draft.pdf"), false).expect("pdftotext");
        let whole = squeeze(&whole);
        let total = footer_total(&flat, page_one);
        assert!(total > 1, "{cover}");
        let last = page_one.replace('1', &total.to_string());
        assert!(
            whole.contains(&format!("{last}{total}")),
            "no footer {last}{total}"
        );
        assert!(
            !whole.contains(other),
            "{other:?} in the {page_one:?} draft"
        );
    }
}

#[test]
fn batch_in_spanish_translates_the_table_and_next_steps_but_not_the_machine_columns() {
    let tmp = tempfile::tempdir().expect("tmp");
    let input = tmp.path().join("cases");
    std::fs::create_dir_all(&input).expect("mkdir");
    for f in ["i589-defensive.json", "i730-asylee-spouse-stepchild.json"] {
        std::fs::copy(fixture(&format!("valid/{f}")), input.join(f)).expect("copy");
    }
    let mut outs = Vec::new();
    for lang in ["es", "en"] {
        let out = tmp.path().join(lang);
        let (code, stdout, err) = run(&[
            "batch".as_ref(),
            input.as_os_str(),
            "-o".as_ref(),
            out.as_os_str(),
            "--lang".as_ref(),
            lang.as_ref(),
        ]);
        assert_eq!(code, Some(0), "{stdout}{err}");
        outs.push((out, stdout));
    }
    let (es, table) = &outs[0];
    let (en, en_table) = &outs[1];
    for want in [
        "primera observación y siguiente paso",
        "solo borrador",
        "revise draft.pdf; vuelva a ejecutar con --blank CARPETA para llenar los formularios oficiales",
        // The defensive fixture lists no children and no passport: drafted with warnings.
        "2 casos: 1 solo en borrador",
        "1 en borrador con advertencias",
        "0 inválidos, 0 fallaron",
        "2 listos para presentar, 0 incompletos",
    ] {
        assert!(table.contains(want), "missing {want:?} in:\n{table}");
    }
    assert!(
        !table.contains("drafted") && !table.contains("review"),
        "{table}"
    );
    assert!(en_table.contains("first finding → next step"), "{en_table}");
    assert!(en_table.contains("2 cases: 1 drafted"), "{en_table}");
    // summary.csv: the same columns and machine values; only the next step is translated.
    let csv = |dir: &Path| std::fs::read_to_string(dir.join("summary.csv")).expect("csv");
    let (es_csv, en_csv) = (csv(es), csv(en));
    let header = |s: &str| s.lines().next().unwrap_or_default().to_string();
    assert_eq!(header(&es_csv), header(&en_csv));
    assert!(header(&es_csv).starts_with("case_id,status,state,"));
    assert!(
        es_csv.contains(",drafted,ready_to_file,")
            && es_csv.contains(",revise draft.pdf; vuelva a ejecutar con --blank CARPETA"),
        "{es_csv}"
    );
    assert!(
        en_csv.contains(",review draft.pdf; rerun with --blank DIR"),
        "{en_csv}"
    );
    // summary.json is machine-readable: English whatever the language.
    let json = |dir: &Path| std::fs::read(dir.join("summary.json")).expect("json");
    assert_eq!(json(es), json(en));
}

/// Issue 15: the cover lists a form instance's findings under "<form> para <person>" in
/// Spanish (two applicants' findings often say the same words), and the answer labels the
/// English frame shortens stay shortened.
#[test]
fn spanish_cover_names_the_person_of_each_forms_findings() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("es");
    let (code, _, err) = run(&[
        "render".as_ref(),
        fixture("valid/i485-refugee.json").as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
        "--lang".as_ref(),
        "es".as_ref(),
    ]);
    assert_eq!(code, Some(0), "{err}");
    let Some(cover) = pdftotext_pages(&out.join("draft.pdf"), true) else {
        return;
    };
    let flat = squeeze(&cover);
    let first = flat.find(&squeeze("I-485 para Naw Htoo Paw"));
    let second = flat.find(&squeeze("I-485 para Saw Min Khant"));
    let general = flat.find(&squeeze("Observaciones generales"));
    assert!(
        general.is_some() && general < first && first < second,
        "{cover}"
    );
    assert!(!flat.contains(&squeeze("I-485 for")), "{cover}");
}
