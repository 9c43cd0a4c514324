//! The draft review PDF: every mapped Item is in the draft layout, every value and finding of
//! every fixture is in the draft's text (pdftotext), names in other scripts come back in logical
//! order, a character no font has is a visible warning, and the same input gives the same bytes.

mod common;

use asylum_forms::app::packet::{self, Packet, Resources};
use asylum_forms::draft::layout;
use asylum_forms::forms::render;
use asylum_forms::forms::templates;
use asylum_forms::forms::values::{self, FieldValue};
use std::process::Command;
use std::sync::OnceLock;

fn resources() -> &'static Resources {
    static RES: OnceLock<Resources> = OnceLock::new();
    RES.get_or_init(|| {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let mut res = Resources::new(today).expect("resources");
        res.load_draft().expect("draft resources");
        res
    })
}

fn prepare(bytes: &[u8]) -> Packet {
    packet::prepare(bytes, resources())
}

fn fixtures() -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(common::root().join("fixtures/valid"))
        .expect("fixtures")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    v.sort();
    v
}

/// poppler is installed by .ci/run; a developer without it gets a skip, CI a failure.
fn pdftotext_available() -> bool {
    let ok = Command::new("pdftotext").arg("-v").output().is_ok();
    if !ok && std::env::var_os("CI").is_some() {
        panic!("pdftotext is needed in CI");
    }
    ok
}

fn pdftotext(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("draft.pdf");
    std::fs::write(&path, pdf).expect("write");
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text without page headers and footers, and without any whitespace or the bidi marks
/// poppler adds, so a value wrapped over lines or pages still matches.
fn squeeze(text: &str) -> String {
    text.lines()
        // The cover pages' header is "case <id>" alone on its line.
        .filter(|l| {
            !l.contains("for review, not for filing")
                && !l.contains("· case ")
                && (!l.starts_with("case ") || l[5..].trim().contains(' '))
        })
        .flat_map(|l| l.chars())
        .filter(|c| !c.is_whitespace() && !('\u{202A}'..='\u{202E}').contains(c))
        .collect()
}

fn squeezed(s: &str) -> String {
    squeeze(s)
}

#[test]
fn every_mapped_item_is_in_the_draft_layout() {
    for form in common::FORMS {
        let (f, e) = common::typed(form);
        let text = templates::draft_layout(f, e);
        assert!(!text.is_empty(), "{form} has no draft.tsv");
        let parts = layout::parse(text).expect("draft.tsv parses");
        let keys: Vec<&str> = parts
            .iter()
            .flat_map(|p| p.items.iter().map(|i| i.key.as_str()))
            .collect();
        let mut used = vec![false; keys.len()];
        let rows = templates::map(f, e).expect("parses");
        for row in rows.iter().filter(|r| r.source.is_some()) {
            let (key, _) = layout::owner(&keys, &row.item).unwrap_or_else(|| {
                panic!(
                    "{form}: the field map's item {:?} (line {}) is not in draft.tsv",
                    row.item, row.line
                )
            });
            if let Some(i) = keys.iter().position(|k| *k == key) {
                used[i] = true;
            }
        }
        for (k, u) in keys.iter().zip(&used) {
            assert!(u, "{form}: draft.tsv item {k:?} shows no field of the map");
        }
        let mut sorted = keys.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), keys.len(), "{form}: an item is listed twice");
    }
}

#[test]
fn the_draft_shows_every_value_and_finding_of_every_fixture() {
    if !pdftotext_available() {
        return;
    }
    for path in fixtures() {
        let bytes = std::fs::read(&path).expect("fixture");
        let p = prepare(&bytes);
        let name = path.display();
        let draft = p
            .draft
            .as_ref()
            .unwrap_or_else(|| panic!("{name}: no draft"));
        assert!(
            p.draft_warnings.is_empty(),
            "{name}: {:?}",
            p.draft_warnings
        );
        let raw = pdftotext(draft);
        assert!(raw.contains("DRAFT — for review, not for filing"), "{name}");
        let text = squeeze(&raw);
        let case = p.validated().expect("typed case and json");
        let json = case.json();
        let mut checked = 0;
        for (form, _, instance) in render::instances(case) {
            let edition = templates::edition(form, common::EDITION).expect("edition");
            let rows = templates::map(form, edition).expect("parses");
            // What the form's skip logic leaves empty is not printed, so not shown.
            let rules = asylum_forms::forms::skip::rules(form, edition).expect("skip.tsv");
            let skipped = asylum_forms::forms::skip::skipped(&rules, &rows, json, &instance);
            for (field, v) in values::evaluate(&rows, json, &instance) {
                if skipped.iter().any(|(f, _)| *f == field) {
                    continue;
                }
                if let FieldValue::Text(t) = v {
                    let want = squeezed(&t);
                    assert!(
                        text.contains(&want),
                        "{name}: {form} {field}: {t:?} is not in the draft"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 20, "{name}: only {checked} values");
        for f in &p.findings {
            // The fee findings are the cover's fee lines (tested below), shown once.
            if f.code == "fees.for-filing-date" {
                continue;
            }
            assert!(
                text.contains(&squeezed(&f.message)),
                "{name}: finding {} is not in the draft",
                f.code
            );
        }
        let list = p.checklist.as_ref().expect("checklist");
        for it in &list.items {
            assert!(
                text.contains(&squeezed(&it.document)),
                "{name}: {}",
                it.document
            );
        }
    }
}

#[test]
fn names_in_four_scripts_render_and_extract_in_logical_order() {
    let bytes = std::fs::read(common::root().join("fixtures/valid/i589-multiscript.json"))
        .expect("fixture");
    let p = prepare(&bytes);
    let draft = p.draft.expect("draft");
    assert!(p.draft_warnings.is_empty(), "{:?}", p.draft_warnings);
    // Every script's font is embedded as a subset.
    let doc = lopdf::Document::load_mem(&draft).expect("parses");
    let mut fonts: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"FontDescriptor"))
        .filter_map(|d| d.get(b"FontName").and_then(|n| n.as_name()).ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    fonts.sort();
    for want in [
        "NotoNaskhArabic",
        "NotoSans-Regular",
        "NotoSansCJK",
        "NotoSansEthiopic",
    ] {
        assert!(
            fonts
                .iter()
                .any(|f| f.contains(want) && f.as_bytes()[6] == b'+'),
            "{want} not embedded as a subset: {fonts:?}"
        );
    }
    assert!(
        draft.len() < 400_000,
        "subset fonts keep the draft small: {}",
        draft.len()
    );
    if !pdftotext_available() {
        return;
    }
    let text = pdftotext(&draft);
    for want in [
        "مريم يوسف",
        "Алматы",
        "上海",
        "ተስፋዬ ዩሱፍ",
        "Уезжай из страны!",
    ] {
        assert!(text.contains(want), "pdftotext lacks {want}");
    }
}

#[test]
fn a_character_no_font_has_is_a_warning_and_shown_visibly() {
    let path = common::root().join("fixtures/valid/i589-defensive.json");
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(path).expect("fixture")).expect("json");
    json["forms"]["i589"]["part_b"]["past_harm"]["explanation"] =
        serde_json::Value::String("They wrote 𓀀 on my door.".into());
    let p = prepare(&serde_json::to_vec(&json).expect("bytes"));
    assert!(p.draft.is_some());
    assert_eq!(p.draft_warnings.len(), 1, "{:?}", p.draft_warnings);
    let w = &p.draft_warnings[0];
    assert!(w.contains("U+13000") && w.contains("Part B"), "{w}");
    if pdftotext_available() {
        assert!(pdftotext(p.draft.as_ref().expect("draft")).contains("[U+13000]"));
    }
}

#[test]
fn the_same_case_gives_the_same_bytes_and_errors_still_get_a_draft() {
    let bytes = std::fs::read(common::root().join("fixtures/valid/i589-affirmative-family.json"))
        .expect("fixture");
    let (a, b) = (prepare(&bytes), prepare(&bytes));
    assert_eq!(a.draft, b.draft);
    assert!(a.draft.as_ref().is_some_and(|d| d.starts_with(b"%PDF-1.7")));

    // A case whose rules find errors is not filled, but its draft is made, errors shown.
    let invalid = common::root().join("fixtures/invalid");
    let with_errors = std::fs::read_dir(&invalid)
        .expect("invalid fixtures")
        .flatten()
        .map(|e| std::fs::read(e.path()).expect("read"))
        .map(|b| prepare(&b))
        .find(|p| p.case.is_some() && p.status() == packet::Status::Invalid)
        .expect("an invalid fixture that still has a typed case");
    let draft = with_errors
        .draft
        .as_ref()
        .expect("draft for a case with errors");
    assert!(with_errors.forms.is_empty());
    assert!(with_errors.files().iter().any(|(n, _)| n == "draft.pdf"));
    if pdftotext_available() {
        let text = pdftotext(draft);
        assert!(text.contains("ERROR: "), "errors are printed");
        assert!(text.contains("official forms are not filled"));
    }
}

/// The draft's text lines as pdftotext gives them, without bidi marks and surrounding space.
fn draft_lines(fixture: &str) -> Option<Vec<String>> {
    draft_lines_in(fixture, resources())
}

fn spanish() -> &'static Resources {
    static RES: OnceLock<Resources> = OnceLock::new();
    RES.get_or_init(|| {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let mut res = Resources::new(today).expect("resources");
        res.load_draft().expect("draft resources");
        res.set_lang(asylum_forms::interview::i18n::OutputLang::load("es").expect("es"));
        res
    })
}

/// The cover of a draft, lines as `draft_lines` gives them.
fn cover_lines(fixture: &str, res: &Resources) -> Option<Vec<String>> {
    let lines = draft_lines_in(fixture, res)?;
    let end = lines
        .iter()
        .position(|l| l.contains("page 1 of") || l.contains("página 1 de"))
        .unwrap_or(lines.len());
    Some(lines[..end].to_vec())
}

/// Issue 15 (review of the cover): each fee is written once, as the cover writes amounts and
/// dates ("$1,440", "July 22, 2025", in Spanish "22 de julio de 2025"), with no rule id; the
/// annual asylum fee says it is not paid with the form (legal-reference: due for each calendar
/// year an I-589 stays pending 365 days or more).
#[test]
fn cover_fees_are_written_once_in_words_without_rule_ids() {
    let Some(cover) = cover_lines("i485-asylee.json", resources()) else {
        return;
    };
    let text = cover.join("\n");
    assert!(text.contains("I-485: $1,440"), "{text}");
    assert!(!text.contains("$1440"), "{text}");
    assert!(!text.contains("(fees."), "{text}");
    for (fixture, res, date) in [
        ("i589-affirmative-family.json", resources(), "July 22, 2025"),
        (
            "i589-affirmative-family.json",
            spanish(),
            "22 de julio de 2025",
        ),
    ] {
        let Some(cover) = cover_lines(fixture, res) else {
            return;
        };
        let text = cover.join(" ");
        assert!(text.contains(date), "{text}");
        assert!(!text.contains("2025-07-22"), "{text}");
        assert!(!text.contains("fees.for-filing-date"), "{text}");
        // Each fee once: the $100 I-589 fee line is not repeated as a finding.
        assert_eq!(text.matches("I-589: $100").count(), 1, "{text}");
        let annual = cover
            .iter()
            .position(|l| l.contains("annual asylum fee"))
            .expect("the annual fee line");
        let line = cover[annual..].join(" ");
        assert!(
            line.contains("not paid with the form")
                || line.contains("no se paga con el formulario"),
            "{line}"
        );
    }
}

/// Issue 15 (review): a case whose forms are recorded as filed says so in its State, not
/// "ready to file", and its cover counts no filing-packet item as missing.
#[test]
fn a_filed_case_says_it_is_filed() {
    for fixture in [
        "i589-defensive.json",
        "i589-multiscript.json",
        "i485-refugee.json",
    ] {
        let Some(cover) = cover_lines(fixture, resources()) else {
            return;
        };
        let state = cover
            .iter()
            .find(|l| l.starts_with("State: "))
            .unwrap_or_else(|| panic!("{fixture}: no state: {cover:#?}"));
        assert!(state.starts_with("State: filed"), "{fixture}: {state}");
        assert!(!state.contains("ready to file"), "{fixture}: {state}");
    }
    let Some(cover) = cover_lines("i589-defensive.json", spanish()) else {
        return;
    };
    assert!(
        cover.iter().any(|l| l == "Estado: presentado"),
        "{cover:#?}"
    );
}

/// Issue 15 (review): an intended filing date already past (today December 7, 2026; the I-730
/// fixture intends December 1, 2026) is a finding and a cover note, and the deadline is counted
/// to today; before that date there is neither.
#[test]
fn an_intended_date_already_past_is_flagged_and_counted_to_today() {
    let later = {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).expect("date");
        let mut res = Resources::new(today).expect("resources");
        res.load_draft().expect("draft resources");
        res
    };
    let bytes =
        std::fs::read(common::root().join("fixtures/valid/i730-asylee-spouse-stepchild.json"))
            .expect("fixture");
    let code = "case.intended-filing-date-passed";
    let before = packet::prepare(&bytes, resources());
    assert!(!before.findings.iter().any(|f| f.code == code));
    let after = packet::prepare(&bytes, &later);
    let passed: Vec<_> = after.findings.iter().filter(|f| f.code == code).collect();
    assert_eq!(passed.len(), 2, "one per I-730: {passed:#?}");
    assert_eq!(passed[0].pointer, "/forms/i730/0/filing/date");
    let Some(cover) = cover_lines("i730-asylee-spouse-stepchild.json", &later) else {
        return;
    };
    let text = cover.join(" ");
    assert!(text.contains("(intended; this date has passed)"), "{text}");
    // Granted September 15, 2025: last day September 15, 2027, 282 days after December 7, 2026
    // (288 after December 1).
    assert!(
        text.contains("counted to today, December 7, 2026): on time, 282 days before the last day"),
        "{text}"
    );
    assert!(!text.contains("288 days"), "{text}");
}

/// Issue 15 (review of the Spanish checklist): a child whose sex the case gives is "hijo" or
/// "hija", not "hijo o hija"; a language the case names in English ("Arabic") is written in
/// Spanish ("árabe").
#[test]
fn spanish_checklist_names_the_son_and_the_language() {
    let Some(lines) = draft_lines_in("i589-affirmative-family.json", spanish()) else {
        return;
    };
    let text = lines.join(" ");
    assert!(text.contains("Yusuf Haddad (hijo)"), "{text}");
    assert!(
        text.contains("Acta de nacimiento del hijo incluido"),
        "{text}"
    );
    assert!(!text.contains("hijo o hija incluido"), "{text}");
    assert!(text.contains("(idioma: árabe)"), "{text}");
    assert!(!text.contains("(idioma: Arabic)"), "{text}");
}

fn draft_lines_in(fixture: &str, res: &Resources) -> Option<Vec<String>> {
    if !pdftotext_available() {
        eprintln!("skipped: pdftotext is not installed");
        return None;
    }
    let bytes =
        std::fs::read(common::root().join("fixtures/valid").join(fixture)).expect("fixture");
    lines_of(&packet::prepare(&bytes, res))
}

/// The draft's text lines of a fixture filled into the official blanks (as `render` makes
/// it): the draft then shows what the filled forms print.
fn filled_draft_lines(fixture: &str) -> Option<Vec<String>> {
    lines_of(&filled_packet(fixture)?)
}

fn filled_packet(fixture: &str) -> Option<Packet> {
    static RES: OnceLock<Option<Resources>> = OnceLock::new();
    if !pdftotext_available() {
        eprintln!("skipped: pdftotext is not installed");
        return None;
    }
    let res = RES
        .get_or_init(|| {
            let dir = common::blanks_or_skip()?;
            let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
            let mut res = Resources::new(today).expect("resources");
            res.load_draft().expect("draft");
            res.load_blanks(&dir, &asylum_forms::forms::form::Form::ALL)
                .expect("blanks");
            res.fill.fallback_fonts = packet::load_fonts(None).expect("built-in fonts");
            Some(res)
        })
        .as_ref()?;
    let bytes =
        std::fs::read(common::root().join("fixtures/valid").join(fixture)).expect("fixture");
    Some(packet::prepare(&bytes, res))
}

fn lines_of(p: &Packet) -> Option<Vec<String>> {
    let text = pdftotext(p.draft.as_ref().expect("a draft"));
    Some(
        text.lines()
            .map(|l| {
                l.chars()
                    .filter(|c| {
                        !('\u{202A}'..='\u{202E}').contains(c)
                            && !('\u{2066}'..='\u{2069}').contains(c)
                    })
                    .collect::<String>()
                    .trim()
                    .to_string()
            })
            .filter(|l| !l.is_empty())
            .collect(),
    )
}

/// Issue 15: the fields of one item print only what tells them apart, not the words their
/// labels share ("Address of Residence (City or Town): Arlington" under "Address of Residence"
/// said the question twice); words the question does not say stay, once, above the fields.
#[test]
fn answer_labels_print_only_what_tells_the_fields_of_an_item_apart() {
    let Some(i730) = draft_lines("i730-asylee-spouse-stepchild.json") else {
        return;
    };
    let at = i730
        .iter()
        .position(|l| l.starts_with("Part 1, item 2 — Address of Residence"))
        .expect("Part 1 item 2");
    assert_eq!(
        &i730[at + 1..at + 5],
        [
            "Street Number and Name: 1420 Columbia Pike",
            "[X] Apt.",
            "Apt./Ste./Flr. Number: 3C",
            "City or Town: Arlington"
        ],
        "{:#?}",
        &i730[at..at + 6]
    );
    let repeated = |lines: &[String], words: &str| -> Vec<String> {
        lines
            .iter()
            // Answer lines, not the item's label ("Part 1, item 2 — Address of Residence (…)").
            .filter(|l| !l.contains(" — ") && l.to_lowercase().contains(&words.to_lowercase()))
            .cloned()
            .collect()
    };
    for words in [
        "Address of Residence (",
        "Contact Information (",
        "Current Spouse's Legal Name (",
    ] {
        let found = repeated(&i730, words);
        assert!(found.is_empty(), "{words}: {found:#?}");
    }
    let Some(i485) = draft_lines("i485-refugee.json") else {
        return;
    };
    let found = repeated(&i485, "address of employer, company or school (");
    assert!(found.is_empty(), "{found:#?}");
    // Part 4 item 7: the address is one part of the answer, named once above its fields.
    let at = i485
        .iter()
        .position(|l| l == "address of employer, company or school:")
        .expect("the employer's address named once");
    assert_eq!(i485[at + 1], "street number and name: 9609 Ardmore Avenue");
    assert!(i485[at..].iter().any(|l| l == "city or town: Fort Wayne"));
    // Part 1 item 18 holds several addresses: each keeps its name.
    for name in ["current U.S. physical address:", "prior address:"] {
        assert!(i485.iter().any(|l| l == name), "{name}");
    }
}

/// Issue 15: the I-485 prints the A-Number in the header of pages 2–24; the draft lists that
/// once, naming every page, not 23 times.
#[test]
fn an_answer_every_page_header_repeats_is_listed_once() {
    let Some(lines) = draft_lines("i485-asylee.json") else {
        return;
    };
    let headers: Vec<&String> = lines
        .iter()
        .filter(|l| l.contains("A-Number") && l.contains(" header — "))
        .collect();
    assert_eq!(
        headers,
        ["Pages 2–24 header — A-Number"],
        "one entry for the page headers"
    );
    let at = lines
        .iter()
        .position(|l| l.starts_with("Pages 2–24 header"))
        .expect("headers");
    assert_eq!(lines[at + 1], "A-Number: 212345678");
}

/// Issue 15: a finding on the cover that concerns one form instance is listed under the form
/// and person it concerns: two applicants' findings can say the same words.
#[test]
fn cover_findings_name_the_form_and_person_they_concern() {
    let Some(lines) = draft_lines("i485-refugee.json") else {
        return;
    };
    let cover_end = lines
        .iter()
        .position(|l| l.contains("page 1 of"))
        .expect("the cover's footer");
    let cover = &lines[..cover_end];
    let general = cover
        .iter()
        .position(|l| l.starts_with("General findings"))
        .expect("general findings");
    let under = |name: &str| -> usize {
        let at = cover
            .iter()
            .position(|l| l.starts_with(&format!("I-485 for {name}")) && l.ends_with(':'))
            .unwrap_or_else(|| panic!("no heading for {name}: {cover:#?}"));
        assert!(at > general);
        assert!(cover[at + 1].starts_with("NOTE: "), "{:#?}", &cover[at..]);
        at
    };
    assert!(under("Naw Htoo Paw") < under("Saw Min Khant"));
}

/// A heading or item the form prints without words is named by its key alone, never with a
/// dangling " — " (the I-730's form header has no printed heading).
#[test]
fn no_heading_ends_in_a_dangling_dash() {
    for path in fixtures() {
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let Some(lines) = draft_lines(&name) else {
            return;
        };
        let dangling: Vec<&String> = lines
            .iter()
            .filter(|l| l.ends_with('—') || l.starts_with('—') || l.contains("— :"))
            .collect();
        assert!(dangling.is_empty(), "{name}: {dangling:#?}");
        if name.starts_with("i730") {
            assert!(lines.iter().any(|l| l == "Form header"), "{name}");
        }
    }
}

/// Issue 15: an unused child (or spouse) block is one line, not 21 "left empty" entries; a real
/// gap ("not answered") is never folded into such a line.
#[test]
fn an_unused_block_is_one_line_and_gaps_stay_listed() {
    let Some(defensive) = draft_lines("i589-defensive.json") else {
        return;
    };
    for child in 1..=4 {
        let line = format!(
            "Part A.II, child {child}, items 1–21 — left empty (does not apply to this case)"
        );
        assert!(defensive.contains(&line), "{line}");
        let single = format!("Part A.II, child {child}, item 5 —");
        assert!(
            !defensive.iter().any(|l| l.starts_with(&single)),
            "{single}"
        );
    }
    for child in 5..=6 {
        let line = format!(
            "Supplement A, child {child}, items 1–21 — left empty (does not apply to this case)"
        );
        assert!(defensive.contains(&line), "{line}");
    }
    let Some(affirmative) = draft_lines("i589-affirmative-family.json") else {
        return;
    };
    assert!(affirmative.contains(
        &"Part A.II, child 4, items 1–21 — left empty (does not apply to this case)".to_string()
    ));
    // Children 1–3 are answered: listed item by item.
    assert!(affirmative
        .iter()
        .any(|l| l.starts_with("Part A.II, child 3, item 21 —")));
    for path in fixtures() {
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let Some(lines) = draft_lines(&name) else {
            return;
        };
        let folded_gaps: Vec<&String> = lines
            .iter()
            .filter(|l| l.contains(" items ") && l.contains("not answered"))
            .collect();
        assert!(folded_gaps.is_empty(), "{name}: {folded_gaps:#?}");
    }
}

/// Issue 15: a checked option prints the form's words as the form prints them ("[X] Female",
/// "[X] Political opinion"), not the map's internal codes ("[X] female", "[X] Sex (Male)").
#[test]
fn checked_options_print_the_forms_words() {
    let Some(i589) = draft_lines("i589-affirmative-family.json") else {
        return;
    };
    for want in [
        "[X] Female",
        "[X] Married",
        "[X] Political opinion",
        "[X] Religion",
        "[X] Torture Convention",
        "[X] No",
        "[X] Yes",
    ] {
        assert!(i589.iter().any(|l| l == want), "{want}");
    }
    let codes = |lines: &[String]| -> Vec<String> {
        lines
            .iter()
            .filter(|l| {
                [
                    "female",
                    "male",
                    "married",
                    "no",
                    "yes",
                    "political opinion",
                    "religion",
                ]
                .iter()
                .any(|c| *l == &format!("[X] {c}"))
            })
            .cloned()
            .collect()
    };
    assert!(codes(&i589).is_empty(), "{:#?}", codes(&i589));
    let Some(defensive) = draft_lines("i589-defensive.json") else {
        return;
    };
    assert!(defensive
        .iter()
        .any(|l| l == "[X] I am now in Immigration Court proceedings"));
    let Some(i730) = draft_lines("i730-asylee-spouse-stepchild.json") else {
        return;
    };
    let bad: Vec<&String> = i730
        .iter()
        .filter(|l| l.starts_with("[X] Sex (") || l.starts_with("[X] Fluent in English ("))
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
    assert!(i730.iter().any(|l| l == "[X] Male"));
    let Some(i485) = draft_lines("i485-asylee.json") else {
        return;
    };
    let at = i485
        .iter()
        .position(|l| l.starts_with("Part 9, item 56 —"))
        .expect("Part 9 item 56");
    assert!(
        i485[at..at + 4].iter().any(|l| l == "[X] Asylee"),
        "{:#?}",
        &i485[at..at + 4]
    );
}

/// Issue 15: the fill leaves Supplement B's header empty when the supplement holds no answer;
/// the draft says so, neither a false gap ("not answered") nor "does not apply".
#[test]
fn an_unused_supplements_header_says_why_it_is_empty() {
    for name in ["i589-affirmative-family.json", "i589-defensive.json"] {
        let Some(lines) = filled_draft_lines(name) else {
            return;
        };
        for key in ["Supplement B, A-Number", "Supplement B, applicant's name"] {
            let at = lines
                .iter()
                .position(|l| l.starts_with(&format!("{key} —")))
                .unwrap_or_else(|| panic!("{name}: {key}"));
            assert_eq!(
                lines[at + 1],
                "left empty: Supplement B holds no answer",
                "{name}: {key}"
            );
        }
    }
}

/// Issue 15: a heading is never alone at the foot of a page: "Additional information, as
/// printed" stays with its first entry (it stood alone at the bottom of the I-730's page 16).
#[test]
fn the_continuation_heading_stays_with_its_first_entry() {
    for name in ["i730-asylee-spouse-stepchild.json", "i485-asylee.json"] {
        let Some(p) = filled_packet(name) else {
            return;
        };
        let text = pdftotext(p.draft.as_ref().expect("a draft"));
        let mut found = 0;
        for page in text.split('\u{c}') {
            let lines: Vec<&str> = page
                .lines()
                .map(str::trim)
                .filter(|l| {
                    !l.is_empty()
                        && !l.contains("for review, not for filing")
                        && !l.contains("page ")
                })
                .collect();
            if let Some(at) = lines
                .iter()
                .position(|l| *l == "Additional information, as printed")
            {
                found += 1;
                assert!(
                    at + 1 < lines.len(),
                    "{name}: the heading ends its page: {lines:#?}"
                );
            }
        }
        assert!(found > 0, "{name}: no continuation heading");
    }
}

/// Issue 15: a comb of one-digit boxes (I-485 Part 8 item 4, the weight) is shown as the
/// number it prints, not digit by digit.
#[test]
fn a_comb_of_digit_boxes_shows_one_number() {
    let Some(lines) = filled_draft_lines("i485-asylee.json") else {
        return;
    };
    let at = lines
        .iter()
        .position(|l| l.starts_with("Part 8, item 4 —"))
        .expect("Part 8 item 4");
    assert_eq!(
        lines[at + 1],
        "weight in pounds: 118",
        "{:#?}",
        &lines[at..at + 4]
    );
    assert!(!lines.iter().any(|l| l.starts_with("digit ")));
}

/// Issue 15: a right-to-left value alone on its answer line (I-589 Part D, the name in the
/// native alphabet) stays at the left of the draft's left-to-right line, beside its label,
/// not flush right.
#[test]
fn a_right_to_left_answer_stays_beside_its_label() {
    let Some(p) = filled_packet("i589-multiscript.json") else {
        return;
    };
    if !pdftotext_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("draft.pdf");
    std::fs::write(&path, p.draft.as_ref().expect("a draft")).expect("write");
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-layout"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("Part D, name in native alphabet"))
        .expect("Part D native name");
    let answer = lines[at + 1];
    let indent = answer.chars().take_while(|c| c.is_whitespace()).count();
    assert!(
        indent < 10 && answer.contains("مريم"),
        "the name sits {indent} columns right: {answer:?}"
    );
}

/// Issue 15 (review of every draft page): a skipped item names the item whose answer skips it,
/// not itself: the I-730's entries (items 27–48) are skipped by box 23.a, "The beneficiary has
/// never been in the United States".
#[test]
fn a_skipped_item_names_the_answer_that_skips_it() {
    let Some(lines) = draft_lines("i730-asylee-spouse-stepchild.json") else {
        return;
    };
    let text = lines.join(" ");
    assert!(
        text.contains("the form skips it (Part 2, item 23.a"),
        "{text}"
    );
    assert!(
        !text.contains("the form skips it (Part 2, items 27-48)"),
        "{text}"
    );
}

/// Issue 15 (review of the drafts): the review summary counts the findings the draft prints; the
/// fee findings are the "Fees on the filing dates" lines, so the family case (whose only
/// warning is the annual asylum fee's) says "Warnings: 0", not a warning the reader cannot find.
#[test]
fn the_review_summary_counts_the_findings_it_prints() {
    let Some(lines) = cover_lines("i589-affirmative-family.json", resources()) else {
        return;
    };
    let text = lines.join("\n");
    assert!(text.contains("Warnings: 0"), "{text}");
    assert!(!text.contains("WARNING"), "{text}");
}
