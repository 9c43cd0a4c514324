//! The I-730 and I-485 interviews (form-templates/i-730, i-485 questions.toml).
//!
//! - The next screen of a repeated form: one copy of the question file per petition, the next
//!   petition asked while the first one's number of petitions says so (no browser).
//! - Story tests in a real browser (Debian's chromium through chromedriver), as ALKiln does:
//!   every screen that appears is answered from a fixture, then the case file the interview
//!   wrote is compared with the fixture. What is compared: `forms` in full (through the typed
//!   model), and for `people`, the value at every path a shown screen names (a list screen: the
//!   whole list), for every petition. The people's other facts (the I-589's, marriages, …) are not
//!   asked by these screens and not compared. The case starts from the fixture's `preparer` and
//!   `interpreter` (not asked by the interview); the form is chosen on the "which forms" page.
//!
//! axe-core checks every screen of the stories for WCAG 2.0/2.1 A and AA violations (as
//! tests/interview_browser.rs does; AXE_CORE_JS or tests/tools/axe).
//!
//! The browser harness and the walk through a form's screens are shared with
//! tests/interview_browser.rs (tests/common/browser.rs). Without chromedriver the story tests
//! say so and skip, except under CI=true, where they fail. INTERVIEW_SCREENSHOTS=DIR saves a PNG
//! of one screen of each kind at 320 px wide (`screenshots` in tests/interview_browser.rs saves
//! every screen of every form and language).

#[path = "common/browser.rs"]
mod browser;
mod common;

use asylum_forms::interview::flow::{self, Place, QuestionFile, Widget};
use serde_json::{json, Value};
use std::path::PathBuf;

// ---- next screen, no browser ------------------------------------------------------------------

fn next(files: &[QuestionFile], case: &Value) -> Option<String> {
    flow::next_screen(files, case).map(|(i, s)| format!("{}/{}", files[i].url_name(), s.id))
}

#[test]
fn the_i730_is_asked_once_per_petition() {
    let files = flow::load_all().expect("question files");
    // No I-730 in the case: none of its screens.
    let none = json!({"people": [], "forms": {}});
    assert!(!next(&files, &none).is_some_and(|s| s.starts_with("i730")));
    // The "which forms" page writes an empty list: the first petition is asked.
    let mut case = json!({"people": [], "forms": {"i730": []}});
    assert_eq!(next(&files, &case).as_deref(), Some("i730-1/relationship"));
    let first = files
        .iter()
        .find(|f| f.url_name() == "i730-1")
        .expect("i730-1");
    // The first answer creates the petition with its petitioner.
    let p = first
        .expand_for_write("/forms/i730/0/relationship", &mut case)
        .expect("write");
    flow::set(&mut case, &p, json!("spouse")).expect("set");
    assert_eq!(case["forms"]["i730"][0]["petitioner"], json!("applicant"));
    assert_eq!(next(&files, &case).as_deref(), Some("i730-1/count"));
    // The beneficiary of each petition is a person of their own.
    let b = first
        .expand_for_write("{beneficiary}/name/family", &mut case)
        .expect("write");
    assert_eq!(case["forms"]["i730"][0]["beneficiary"], json!("relative-0"));
    assert!(b.starts_with("/people/"));
    // One petition in all: no second one after the first.
    flow::set(&mut case, "/forms/i730/0/form_total", json!(1)).expect("set");
    let second = files
        .iter()
        .find(|f| f.url_name() == "i730-2")
        .expect("i730-2");
    assert!(!second.applies(&case));
    // Two: the second petition is asked once the first exists, and it is a new person.
    flow::set(&mut case, "/forms/i730/0/form_total", json!(2)).expect("set");
    assert!(second.applies(&case));
    assert_eq!(
        second.expand("{beneficiary}/name/family", &case),
        Place::NoPerson("beneficiary".into())
    );
    // An asylee gets the asylum place, a refugee the refugee places.
    let asylum = first.screen("asylum-place").expect("screen");
    let refugee = first.screen("refugee-place").expect("screen");
    flow::set(&mut case, "/forms/i730/0/status", json!("refugee")).expect("set");
    assert!(!first.shown(asylum, &case) && first.shown(refugee, &case));
}

#[test]
fn the_i485_is_asked_for_its_applicant() {
    let files = flow::load_all().expect("question files");
    let mut case = json!({"people": [], "forms": {"i485": []}});
    let first = next(&files, &case).expect("a screen");
    assert!(first.starts_with("i485-1/"), "{first}");
    let file = files
        .iter()
        .find(|f| f.url_name() == "i485-1")
        .expect("i485-1");
    let p = file
        .expand_for_write("{applicant}/name/family", &mut case)
        .expect("write");
    assert_eq!(p, "/people/0/name/family");
    assert_eq!(case["forms"]["i485"][0]["applicant"], json!("applicant"));
    // One I-485 per applicant: with no spouse or child applying too, no second copy is asked.
    let second = files
        .iter()
        .find(|f| f.url_name() == "i485-2")
        .expect("i485-2");
    assert!(!second.applies(&case));
}

// ---- the browser (tests/common/browser.rs) ----------------------------------------------------

/// The screens whose screenshots INTERVIEW_SCREENSHOTS saves (one of each kind of widget).
const SHOOT: &[&str] = &[
    "forms",
    "/relationship",
    "/count",
    "/relative-native",
    "/relative-where",
    "/late",
    "/category",
    "/arrival",
    "/ethnicity-race",
    "/body",
    "/eligibility-arrested",
    "/children",
    "/siblings",
    "/marriages",
    "/stepchild",
    "/principal",
    "/mailing-differs",
    "/mailing",
    "/prior-marriages",
    "/prior-ended",
    "/immigrant-visa",
    "/immigrant-visa-details",
    "review",
];

/// The fixture with its people's ids as the interview names them (`relative-0` for the first
/// petition's beneficiary): the ids are the interview's, everything else must be equal.
fn renamed(fix: &Value, form: &str, ids: &[(&str, &str)]) -> Value {
    let mut v = fix.clone();
    let Value::Object(top) = &mut v else {
        panic!("a case is an object")
    };
    let (mut people, mut forms) = (None, None);
    for (k, x) in top.iter_mut() {
        match k.as_str() {
            "people" => people = Some(x),
            "forms" => forms = Some(x),
            _ => {}
        }
    }
    let mut links: Vec<&mut Value> = Vec::new();
    for p in people.expect("people").as_array_mut().expect("people") {
        let p = p.as_object_mut().expect("person");
        for (k, x) in p.iter_mut() {
            match (k.as_str(), x) {
                ("id" | "mother" | "father", x) => links.push(x),
                ("marriages", Value::Array(ms)) => {
                    links.extend(ms.iter_mut().filter_map(|m| m.get_mut("spouse")))
                }
                _ => {}
            }
        }
    }
    let forms = forms.expect("forms");
    for f in forms[form].as_array_mut().expect("instances") {
        links.extend(f.get_mut("beneficiary"));
    }
    for x in links {
        if let Some((_, to)) = ids.iter().find(|(from, _)| x.as_str() == Some(from)) {
            *x = json!(to);
        }
    }
    v
}

/// Runs the story; returns (screens seen, the case file written). axe-core checks every screen
/// (WCAG 2.0/2.1 A, AA) when it is installed. `clinic`: the case starts with the fixture's
/// preparer and interpreter (the I-589's preparer screen asks only part of them); else the
/// interview asks them.
fn story(fix: &Value, form: &str, lang: &str, clinic: bool) -> Option<(Vec<String>, Value)> {
    let driver_path = browser::chromedriver()?;
    let axe_src = browser::axe_source("accessibility check");
    let shots = std::env::var_os("INTERVIEW_SCREENSHOTS").map(PathBuf::from);
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let mut start = json!({
        "case_id": fix["case_id"],
        "people": [],
        "forms": {},
    });
    if clinic {
        start["preparer"] = fix["preparer"].clone();
        start["interpreter"] = fix["interpreter"].clone();
    }
    std::fs::write(&case, serde_json::to_vec_pretty(&start).expect("JSON")).expect("write");
    let running = browser::start_interview(&case, None, None);
    let driver = browser::start_driver(&driver_path);
    let walked = browser::runtime().block_on(async {
        let c = browser::browser(&driver).await;
        let mut w = browser::Walk::new(form, lang);
        w.axe = axe_src.as_deref();
        w.shots = shots.as_deref();
        w.shoot_only = Some(SHOOT);
        // Two I-485s (the refugee family's) are some 250 screens.
        w.max_screens = 400;
        let walked = browser::walk(&c, &running, fix, &w).await;
        let _ = c.close().await;
        walked
    });
    drop(driver);
    running.stop();
    let seen = walked.screens;
    assert_eq!(seen.last().map(String::as_str), Some("review"), "{seen:?}");
    assert!(
        walked.violations.is_empty(),
        "axe-core (WCAG 2.0/2.1 A, AA): {:#?}",
        walked.violations
    );
    let written: Value =
        serde_json::from_slice(&std::fs::read(&case).expect("case")).expect("JSON");
    Some((seen, written))
}

fn forms_typed(v: &Value) -> Value {
    let case: asylum_forms::model::CaseFile =
        serde_json::from_value(v.clone()).expect("the case file reads as a case");
    serde_json::to_value(&case.forms).expect("forms")
}

/// Compares the value at every path a shown screen names (lists whole), in every copy of the
/// form's file that applies; returns how many paths were compared.
fn compare_asked(form: &str, written: &Value, want: &Value) -> usize {
    let files = flow::load_all().expect("question files");
    let mut compared = 0;
    let mut diffs = Vec::new();
    for file in files.iter().filter(|f| f.form == form && f.applies(want)) {
        for s in file.screens.iter().filter(|s| file.shown(s, want)) {
            // A list: as many items, each equal at every path its fields name (a list of people:
            // the person's too).
            if let Some(l) = &s.list {
                // The items the screen is about (`item_if`: the earlier marriages only).
                let items = |case: &Value| -> Vec<Value> {
                    file.list_items(s, case)
                        .iter()
                        .map(|(_, it)| file.item_view(s, it, case))
                        .collect()
                };
                let (w, g) = (items(want), items(written));
                if w.len() != g.len() {
                    diffs.push(format!(
                        "{}/{}: {l}: want {} items, got {}",
                        file.url_name(),
                        s.id,
                        w.len(),
                        g.len()
                    ));
                }
                for (k, (wi, gi)) in w.iter().zip(&g).enumerate() {
                    for f in &s.fields {
                        let p = format!("/{}", f.path);
                        if wi.pointer(&p) != gi.pointer(&p) {
                            diffs.push(format!(
                                "{}/{}: {l}/{k}/{}: want {:?}, got {:?}",
                                file.url_name(),
                                s.id,
                                f.path,
                                wi.pointer(&p),
                                gi.pointer(&p)
                            ));
                        }
                        compared += 1;
                    }
                }
                continue;
            }
            for f in &s.fields {
                let p = f.path.as_str();
                // An empty list is how the interview records "none": as no list at all; a box
                // left out of the case is a box not checked.
                let norm = |v: Option<Value>| match v {
                    None if f.widget == Widget::Checkbox && !f.omit_false => Some(json!(false)),
                    v => v.filter(|v| v.as_array().is_none_or(|a| !a.is_empty())),
                };
                let value = |case: &Value| match file.link_choice_of(f) {
                    Some(lc) => file.chosen_link(f, lc, case).map(Value::String),
                    None => browser::at(file, p, case),
                };
                let (w, g) = (norm(value(want)), norm(value(written)));
                if w != g {
                    diffs.push(format!(
                        "{}/{}: {p}: want {w:?}, got {g:?}",
                        file.url_name(),
                        s.id
                    ));
                }
                compared += 1;
            }
        }
    }
    assert!(diffs.is_empty(), "{diffs:#?}");
    compared
}

#[test]
fn i730_story_in_spanish_answers_every_screen_from_the_asylee_fixture() {
    let fix = browser::fixture("i730-asylee-spouse-stepchild.json");
    let mut want = renamed(
        &fix,
        "i730",
        &[("spouse", "relative-0"), ("child-1", "relative-1")],
    );
    // The petitioner gets mail elsewhere and was married before (Part 1 items 3, 15-17), so
    // the story answers those screens too; the spouse's earlier marriage is the fixture's.
    let petitioner = &mut want["people"][0];
    petitioner["mailing_address"] =
        json!({"street": "PO Box 4411", "city": "Arlington", "state": "VA", "zip": "22204"});
    petitioner["marriages"]
        .as_array_mut()
        .expect("marriages")
        .push(json!({"spouse_name": {"family": "Gebru", "given": "Almaz"},
            "date": "2010-02-14", "place": "Asmara, Maekel, Eritrea",
            "ended": "2013-05-01", "ended_by": "divorce"}));
    petitioner["marriage_end_places"] =
        json!([{"marriage_date": "2010-02-14", "place": "Asmara, Maekel, Eritrea"}]);
    let Some((seen, written)) = story(&want, "i730", "es", false) else {
        return;
    };
    // Issue 18: the mailing addresses (after the Yes or No), the earlier marriages and where
    // they ended, the petitioner's once (the second petition has them), the relative's for the
    // spouse only.
    for s in [
        "i730-1/mailing-differs",
        "i730-1/mailing",
        "i730-1/prior-marriages",
        "i730-1/prior-ended",
        "i730-1/relative-mailing-differs",
        "i730-1/relative-prior-marriages",
        "i730-1/relative-prior-ended",
        "i730-2/relative-mailing-differs",
    ] {
        assert!(seen.iter().any(|x| x == s), "{s} not asked: {seen:?}");
    }
    for s in [
        "i730-1/relative-mailing",
        "i730-2/mailing-differs",
        "i730-2/prior-marriages",
        "i730-2/relative-prior-marriages",
    ] {
        assert!(!seen.iter().any(|x| x == s), "{s} asked: {seen:?}");
    }
    assert_eq!(
        written["people"][0]["marriages"],
        want["people"][0]["marriages"]
    );
    assert_eq!(
        written["people"][0]["mailing_address"],
        want["people"][0]["mailing_address"]
    );
    // The spouse's marriages: the earlier one asked, and their current one, to the petitioner,
    // written onto them by the marriage screen (not asked again), first; the fixture lists it
    // second.
    assert_eq!(
        written["people"][1]["marriages"],
        json!([
            want["people"][1]["marriages"][1],
            want["people"][1]["marriages"][0]
        ]),
        "the spouse's current marriage (Part 2 items 12-14) and earlier one"
    );
    assert_eq!(
        written["people"][1]["marriage_end_places"],
        want["people"][1]["marriage_end_places"]
    );
    // The stepchild (second petition) is linked to the spouse of the first as the mother.
    assert!(seen.iter().any(|s| s == "i730-2/stepchild"), "{seen:?}");
    assert_eq!(written["people"][2]["mother"], json!("relative-0"));
    // The interpreter and the preparer (Parts 7-8) are asked once, for the first petition.
    assert!(seen.iter().any(|s| s == "i730-1/preparer"), "{seen:?}");
    assert!(!seen.iter().any(|s| s == "i730-2/preparer"), "{seen:?}");
    assert_eq!(written["preparer"], want["preparer"]);
    assert_eq!(written["interpreter"], want["interpreter"]);
    // Two petitions, each asked in full.
    assert!(seen.iter().any(|s| s == "i730-2/relative-name"), "{seen:?}");
    assert_eq!(forms_typed(&written), forms_typed(&want), "forms differ");
    let n = compare_asked("i730", &written, &want);
    let ids: Vec<&str> = written["people"]
        .as_array()
        .expect("people")
        .iter()
        .filter_map(|p| p["id"].as_str())
        .collect();
    assert_eq!(ids, ["applicant", "relative-0", "relative-1"]);
    eprintln!(
        "i730 story: {} screens, {n} paths of people compared",
        seen.len()
    );
}

#[test]
fn the_marriage_screen_links_the_petitioner_to_the_spouse() {
    let files = flow::load_all().expect("question files");
    let first = files
        .iter()
        .find(|f| f.url_name() == "i730-1")
        .expect("i730-1");
    let mut case = json!({"people": [{"id": "applicant"}], "forms": {"i730": [
        {"petitioner": "applicant", "relationship": "spouse"}]}});
    let screen = first.screen("marriage").expect("marriage screen");
    assert!(first.shown(screen, &case));
    for slot in &screen.links {
        first.add_person(&mut case, slot).expect("link");
    }
    assert_eq!(
        case["people"][0]["marriages"][0]["spouse"],
        json!("relative-0")
    );
    assert_eq!(case["people"][1]["id"], json!("relative-0"));
    assert_eq!(case["people"].as_array().map(Vec::len), Some(2));
    // The same person as the beneficiary: writing through that slot links the petition too.
    let p = first
        .expand_for_write("{beneficiary}/name/family", &mut case)
        .expect("write");
    assert_eq!(p, "/people/1/name/family");
    assert_eq!(case["forms"]["i730"][0]["beneficiary"], json!("relative-0"));
}

fn ids(case: &Value) -> std::collections::BTreeSet<String> {
    case["people"]
        .as_array()
        .expect("people")
        .iter()
        .filter_map(|p| p["id"].as_str().map(str::to_string))
        .collect()
}

/// Issue 18's screens of the I-589: three children (two abroad, one in the US with a passport,
/// an entry and a status), a brother, the spouse's passport and a family member who helped
/// (Part D), each answered through the new screens; the people the interview adds are the
/// fixture's, with the fixture's ids.
#[test]
fn i589_story_in_spanish_answers_the_children_and_siblings_from_the_family_fixture() {
    let want = browser::fixture("i589-affirmative-family.json");
    let Some((seen, written)) = story(&want, "i589", "es", true) else {
        return;
    };
    for s in [
        "i589/spouse-other-names",
        "i589/spouse-documents",
        "i589/children",
        "i589/siblings",
        "i589/family-assisted",
    ] {
        assert!(seen.iter().any(|x| x == s), "{s} not asked: {seen:?}");
    }
    assert_eq!(forms_typed(&written), forms_typed(&want), "forms differ");
    let n = compare_asked("i589", &written, &want);
    assert_eq!(ids(&written), ids(&want));
    eprintln!(
        "i589 family story: {} screens, {n} paths of people compared",
        seen.len()
    );
}

/// Every I-485 screen, from the asylee fixture, married here: the marriages (the current one and
/// a prior one that ended in divorce, with where it ended), Part 6's questions about the spouse,
/// and a child (Part 7), besides everything the fixture answers.
#[test]
fn i485_story_in_spanish_answers_every_screen_from_the_asylee_fixture_married() {
    let mut want = browser::fixture("i485-asylee.json");
    let people = want["people"].as_array_mut().expect("people");
    people[0]["marital_status"] = json!("married");
    people[0]["marriages"] = json!([
        {"spouse": "spouse", "date": "2016-11-05", "place": "Queens, NY, USA"},
        {"spouse": "spouse-2", "date": "2009-02-14", "place": "Pokhara, Gandaki, Nepal",
         "ended": "2012-06-30", "ended_by": "divorce"}
    ]);
    people.push(json!({
        "id": "spouse",
        "name": {"family": "Tamang", "given": "Pasang", "middle": "Dorje"},
        "a_number": "A123456789",
        "date_of_birth": "1987-09-21",
        "birth_country": "Nepal",
        "nationality": "Nepal",
        "residence": {"street": "37-12 75th Street", "unit": "Apt 2", "city": "Jackson Heights", "state": "NY", "zip": "11372"}
    }));
    people.push(json!({
        "id": "spouse-2",
        "name": {"family": "Thapa", "given": "Bikash"},
        "date_of_birth": "1985-01-03",
        "birth_country": "Nepal",
        "nationality": "Nepal"
    }));
    people.push(json!({
        "id": "child-1",
        "name": {"family": "Tamang", "given": "Maya"},
        "date_of_birth": "2018-03-09",
        "birth_country": "United States",
        "nationality": "United States"
    }));
    let form = &mut want["forms"]["i485"][0];
    form["marital"] = json!({
        "spouse_in_military": false,
        "spouse_applying": false,
        "prior_ended_place": "Kathmandu, Bagmati, Nepal"
    });
    form["children"] =
        json!([{"person": "child-1", "relationship": "biological", "applying": false}]);
    // Issue 18: mail goes elsewhere (Part 1 item 18), and an immigrant visa was applied for
    // abroad (Part 4 items 1-4).
    form["additional"]["immigrant_visa"] = json!({"city": "Kathmandu", "country": "Nepal",
        "decision": "refused", "date": "2015-03-02"});
    want["people"][0]["mailing_address"] = json!({"in_care_of": "Pasang Tamang",
        "street": "PO Box 12", "city": "Jackson Heights", "state": "NY", "zip": "11372"});
    let Some((seen, written)) = story(&want, "i485", "es", false) else {
        return;
    };
    for s in [
        "i485-1/eligibility-child-soldier-use",
        "i485-1/principal",
        "i485-1/interpreter",
        "i485-1/preparer",
        "i485-1/marriages",
        "i485-1/spouse-more",
        "i485-1/prior-ended",
        "i485-1/children",
        "i485-1/mailing-differs",
        "i485-1/mailing",
        "i485-1/immigrant-visa",
        "i485-1/immigrant-visa-details",
    ] {
        assert!(seen.iter().any(|x| x == s), "{s} not asked: {seen:?}");
    }
    assert_eq!(forms_typed(&written), forms_typed(&want), "forms differ");
    let n = compare_asked("i485", &written, &want);
    assert_eq!(ids(&written), ids(&want));
    assert_eq!(
        written["people"][0]["mailing_address"],
        want["people"][0]["mailing_address"]
    );
    assert_eq!(written["preparer"], want["preparer"]);
    assert_eq!(written["interpreter"], want["interpreter"]);
    eprintln!(
        "i485 story (married): {} screens, {n} paths of people compared",
        seen.len()
    );
}

/// The refugee fixture as it is: a refugee admitted without a passport or travel document
/// (item 10 asks it only "if you last entered the United States using a passport or travel
/// document"), with a child adjusting too. The arrival-document screen is shown, left blank,
/// and the interview goes on; then the child's own I-485 (the mother's says the child applies
/// too), whose applicant is the child the mother's children screen entered: the case file's
/// I-485s equal the fixture's, and every person's answer a shown screen names too.
#[test]
fn i485_story_in_spanish_answers_every_screen_from_the_refugee_fixture() {
    let mut want = browser::fixture("i485-refugee.json");
    let i485 = want["forms"]["i485"].as_array_mut().expect("I-485s");
    assert_eq!(i485.len(), 2, "the mother's and the child's");
    // The one answer the fixture leaves out: whether a Form I-602 waiver is filed (not printed;
    // the interview asks every applicant). No Part 9 answer is Yes, so: no.
    for form in i485.iter_mut() {
        assert!(form.get("inadmissibility_waiver_filed").is_none());
        form["inadmissibility_waiver_filed"] = json!(false);
    }
    assert!(
        want.pointer("/forms/i485/0/about_you/last_arrival/document")
            .is_none(),
        "the fixture is a refugee without the arrival document"
    );
    let Some((seen, written)) = story(&want, "i485", "es", true) else {
        return;
    };
    for s in [
        "i485-1/arrival-document",
        "i485-1/i94",
        "i485-1/children",
        "i485-2/category",
        "i485-2/principal",
        "i485-2/mother",
    ] {
        assert!(seen.iter().any(|x| x == s), "{s} not asked: {seen:?}");
    }
    // The child's name was answered in the mother's I-485: not asked again.
    assert!(!seen.iter().any(|x| x == "i485-2/name"), "{seen:?}");
    assert!(!seen.iter().any(|x| x.starts_with("i485-3/")), "{seen:?}");
    assert_eq!(forms_typed(&written), forms_typed(&want), "forms differ");
    assert!(written
        .pointer("/forms/i485/0/about_you/last_arrival/document")
        .is_none());
    let n = compare_asked("i485", &written, &want);
    assert_eq!(ids(&written), ids(&want), "no one entered twice");
    let per = |k: &str| seen.iter().filter(|x| x.starts_with(k)).count();
    eprintln!(
        "i485 story (refugee): {} screens ({} the mother's I-485, {} the child's), {n} paths of people compared",
        seen.len(),
        per("i485-1/"),
        per("i485-2/")
    );
}

/// The stepchild screen (issue 18) links the child to the petitioner's spouse, the one an
/// earlier petition named, as the chosen parent; choosing the other parent moves the link.
#[test]
fn the_stepchild_screen_links_the_child_to_the_petitioners_spouse() {
    use asylum_forms::interview::answers::{apply_screen, Posted};
    use asylum_forms::interview::i18n::Texts;
    let files = flow::load_all().expect("question files");
    let second = files
        .iter()
        .find(|f| f.url_name() == "i730-2")
        .expect("i730-2");
    let mut case = json!({
        "people": [
            {"id": "applicant", "marriages": [{"spouse": "relative-0", "date": "2015-06-20", "place": "Keren, Eritrea"}]},
            {"id": "relative-0", "name": {"family": "Tekle", "given": "Senait"}},
            {"id": "relative-1"}
        ],
        "forms": {"i730": [
            {"petitioner": "applicant", "beneficiary": "relative-0", "relationship": "spouse"},
            {"petitioner": "applicant", "beneficiary": "relative-1", "relationship": "child", "child_relationship": "stepchild"}
        ]}
    });
    let screen = second.screen("stepchild").expect("stepchild screen");
    assert!(second.shown(screen, &case));
    assert!(!second.answered(screen, &case));
    // The spouse's facts are shown already.
    let shown = asylum_forms::interview::answers::values_from_case(second, screen, &case);
    assert_eq!(shown.get("given").map(String::as_str), Some("Senait"));
    assert!(!shown.contains_key("parent"));
    let texts = Texts::load().expect("texts");
    let post = |parent: &str| {
        Posted(
            [
                ("parent", parent),
                ("family", "Tekle"),
                ("given", "Senait"),
                ("birth-day", "3"),
                ("birth-month", "3"),
                ("birth-year", "1988"),
                ("country", "Eritrea"),
                ("nationality", "Eritrea"),
                ("date-day", "20"),
                ("date-month", "6"),
                ("date-year", "2015"),
                ("place", "Keren, Eritrea"),
            ]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        )
    };
    let problems = apply_screen(
        second,
        screen,
        &mut case,
        &post("mother"),
        &texts,
        "en",
        true,
    )
    .expect("apply");
    assert!(
        problems.is_empty(),
        "{:?}",
        problems.iter().map(|p| &p.message).collect::<Vec<_>>()
    );
    assert_eq!(case["people"][2]["mother"], json!("relative-0"));
    assert_eq!(
        case["people"].as_array().map(Vec::len),
        Some(3),
        "no new person"
    );
    assert!(second.answered(screen, &case));
    let problems = apply_screen(
        second,
        screen,
        &mut case,
        &post("father"),
        &texts,
        "en",
        true,
    )
    .expect("apply");
    assert!(problems.is_empty());
    assert_eq!(case["people"][2]["father"], json!("relative-0"));
    assert!(case["people"][2].get("mother").is_none());
}

/// Item 10's document is asked only "if you last entered the United States using a passport or
/// travel document": the screen may be left blank (it never holds up the interview), but a
/// document half given (a number without its kind and country) is not taken.
#[test]
fn the_arrival_document_may_be_left_blank_but_not_half_given() {
    use asylum_forms::interview::answers::{apply_screen, Posted};
    use asylum_forms::interview::i18n::Texts;
    let files = flow::load_all().expect("question files");
    let file = files
        .iter()
        .find(|f| f.url_name() == "i485-1")
        .expect("i485-1");
    let screen = file.screen("arrival-document").expect("screen");
    assert!(screen.optional_only());
    let mut case = json!({"people": [{"id": "applicant"}], "forms": {"i485": [
        {"applicant": "applicant", "about_you": {"last_arrival": {"manner": "admitted"}}}]}});
    assert!(file.shown(screen, &case) && file.answered(screen, &case));
    let texts = Texts::load().expect("texts");
    let post = |pairs: &[(&str, &str)]| {
        Posted(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    };
    // Blank: no problem, nothing written.
    let problems =
        apply_screen(file, screen, &mut case, &post(&[]), &texts, "en", true).expect("apply");
    assert!(problems.is_empty());
    assert!(case
        .pointer("/forms/i485/0/about_you/last_arrival/document")
        .is_none());
    // A number alone: its kind and country are asked, with the plain "answer this".
    let problems = apply_screen(
        file,
        screen,
        &mut case,
        &post(&[("number", "X1234567")]),
        &texts,
        "en",
        true,
    )
    .expect("apply");
    let mut named: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    named.sort();
    assert_eq!(named, ["country", "kind"]);
    assert!(problems
        .iter()
        .all(|p| p.message == texts.get("en", "error-required")));
}

/// The I-485's prior-spouse screen, shown only when the I-730 started the marriages (so no
/// fixture story reaches it): in Spanish, the name as the I-730 took it filled in, no axe-core
/// violation (WCAG 2.0/2.1 A, AA), and nothing wider than 320 px.
#[test]
fn the_i485_prior_spouse_screen_after_the_i730_is_accessible_in_spanish() {
    let Some(driver_path) = browser::chromedriver() else {
        return;
    };
    let axe_src = browser::axe_source("accessibility check");
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let start = json!({"case_id": "prior-spouse", "people": [
            {"id": "applicant", "marital_status": "married", "marriages": [
                {"spouse": "relative-0", "date": "2015-06-20", "place": "Keren, Eritrea"},
                {"spouse_name": {"family": "Gebru", "given": "Almaz"}, "date": "2010-02-14",
                 "place": "Asmara, Eritrea", "ended": "2013-05-01", "ended_by": "divorce"}]},
            {"id": "relative-0", "name": {"family": "Woldu", "given": "Senait"}}],
        "forms": {"i730": [{"petitioner": "applicant", "beneficiary": "relative-0",
            "relationship": "spouse"}], "i485": [{"applicant": "applicant"}]}});
    std::fs::write(&case, serde_json::to_vec_pretty(&start).expect("JSON")).expect("write");
    let running = browser::start_interview(&case, Some("es"), None);
    let driver = browser::start_driver(&driver_path);
    let (family, violations, overflow) = browser::runtime().block_on(async {
        let c = browser::browser(&driver).await;
        c.goto(&running.url).await.expect("launch URL");
        c.goto(&format!(
            "http://127.0.0.1:{}/s/i485-1/prior-spouse",
            running.port
        ))
        .await
        .expect("screen");
        browser::wait_ready(&c).await;
        let family = c
            .execute("return document.getElementById('f-family').value;", vec![])
            .await
            .expect("value");
        let violations = match &axe_src {
            Some(a) => browser::axe(&c, a).await,
            None => Vec::new(),
        };
        let overflow = browser::overflow_at(&c, 320).await;
        let _ = c.close().await;
        (family, violations, overflow)
    });
    drop(driver);
    running.stop();
    assert_eq!(family, json!("Gebru"));
    assert!(violations.is_empty(), "axe-core: {violations:#?}");
    assert_eq!(overflow, None, "wider than 320 px");
}
