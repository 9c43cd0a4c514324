//! `asylum-forms batch`: many cases in parallel, one folder each, a summary without identifiers,
//! safe folder names, exit codes, and `--resume` after a kill.

mod common;

use common::{bin, Ran, Run};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn generate(dir: &Path, count: &str, seed: &str, broken: &str) {
    Run::new([
        "generate", "--count", count, "--seed", seed, "--broken", broken, "-o",
    ])
    .arg(dir)
    .assert()
    .success();
}

fn batch(args: &[&std::ffi::OsStr]) -> Ran {
    Run::new(["batch"]).args(args).assert()
}

fn summary(out: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(out.join("summary.json")).expect("summary.json"))
        .expect("json")
}

/// Every file and folder under `dir`, recursively.
fn tree(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("list") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            out.extend(tree(&p));
        }
        out.push(p);
    }
    out
}

/// Names, native names, A-Numbers and SSNs of every person in the case files of `dir`.
fn identifiers(dir: &Path) -> Vec<String> {
    let mut ids = Vec::new();
    for p in tree(dir) {
        let Ok(case) = serde_json::from_slice::<Value>(&std::fs::read(&p).expect("read")) else {
            continue;
        };
        for person in case["people"].as_array().into_iter().flatten() {
            for key in ["given", "family", "middle"] {
                if let Some(s) = person["name"][key].as_str() {
                    ids.push(s.to_string());
                }
            }
            for key in ["native_name", "a_number", "ssn"] {
                if let Some(s) = person[key].as_str() {
                    ids.push(s.to_string());
                }
            }
        }
    }
    ids.sort();
    ids.dedup();
    ids
}

fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).expect("meta").permissions().mode() & 0o777
}

#[test]
fn sixty_cases_summary_outputs_modes_and_no_identifiers() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (input, out) = (tmp.path().join("cases"), tmp.path().join("out"));
    generate(&input, "60", "11", "10");
    let run = batch(&[input.as_os_str(), "-o".as_ref(), out.as_os_str()]).code(1);
    let s = summary(&out);
    assert_eq!(s["totals"]["cases"], 60);
    assert_eq!(s["totals"]["invalid"], 6);
    assert_eq!(s["totals"]["failed"], 0);
    let by_state = |k: &str| s["totals"][k].as_u64().expect("count");
    assert_eq!(by_state("ready_to_file") + by_state("incomplete"), 54);
    let cases = s["cases"].as_array().expect("cases");
    for c in cases {
        let id = c["case_id"].as_str().expect("id");
        let dir = out.join(id);
        let broken = id.contains("-broken-");
        assert_eq!(c["status"] == "invalid", broken, "{id}");
        assert_eq!(c["state"] == "invalid", broken, "{id}");
        assert_eq!(c["errors"].as_u64().expect("errors") > 0, broken, "{id}");
        assert!(dir.join("findings.json").is_file(), "{id}");
        assert!(dir.join(".complete").is_file(), "{id}");
        assert_eq!(dir.join("checklist.md").is_file(), !broken, "{id}");
        if !broken {
            assert!(c["missing_documents"].is_u64(), "{id}");
        }
        let findings: Value =
            serde_json::from_slice(&std::fs::read(dir.join("findings.json")).expect("read"))
                .expect("json");
        let last = findings
            .as_array()
            .and_then(|a| a.last())
            .expect("summary record");
        assert_eq!(last["type"], "summary");
        assert_eq!(last["errors"], c["errors"]);
        assert_eq!(
            last["state"], c["state"],
            "{id}: findings.json and the summary agree"
        );
        #[cfg(unix)]
        {
            assert_eq!(mode(&dir), 0o700);
            assert_eq!(mode(&dir.join("findings.json")), 0o600);
        }
    }
    // The I-589 deadline is the one the rule computes (validate reports it in its note).
    let with_deadline = cases
        .iter()
        .filter(|c| c["i589_deadline"].is_string())
        .count();
    assert!(with_deadline > 0);
    #[cfg(unix)]
    {
        assert_eq!(mode(&out), 0o700);
        assert_eq!(mode(&out.join("summary.csv")), 0o600);
    }
    let csv = std::fs::read_to_string(out.join("summary.csv")).expect("csv");
    assert_eq!(csv.lines().count(), 61);
    assert!(csv.starts_with(
        "case_id,status,state,questions,days_left,due_date,due_form,i589_days_left,i589_deadline,first_finding,next_step,errors,warnings"
    ));

    // 8 CFR 208.6: no name, A-Number or SSN of any person in the summaries or on the terminal.
    let ids = identifiers(&input);
    assert!(ids.len() > 100, "{}", ids.len());
    let texts = [
        (
            "summary.json",
            std::fs::read_to_string(out.join("summary.json")).expect("read"),
        ),
        ("summary.csv", csv),
        ("stdout", run.stdout()),
        ("stderr", run.stderr()),
    ];
    for (what, text) in &texts {
        for id in &ids {
            assert!(!contains_word(text, id), "{what} contains {id:?}");
        }
    }
    // The terminal table names the broken cases with their errors.
    let stdout = &texts[2].1;
    assert!(stdout.contains("gen-11-00009-broken-"), "{stdout}");
    assert!(stdout.contains("60 cases: "), "{stdout}");
}

#[test]
fn every_valid_case_gives_exit_0_and_an_existing_outdir_needs_force() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (input, out) = (tmp.path().join("cases"), tmp.path().join("out"));
    generate(&input, "8", "3", "0");
    let args = [input.as_os_str(), "-o".as_ref(), out.as_os_str()];
    batch(&args).code(0);
    batch(&args).code(2).stderr_contains("--force");
    Run::new(["batch"])
        .args(args)
        .arg("--force")
        .assert()
        .success();
}

#[test]
fn the_tool_failing_is_exit_2() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("out");
    batch(&[
        tmp.path().join("nope").as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ])
    .code(2);
    assert!(!out.exists());
    // A "blank" that is not the supported edition (here: not a PDF at all).
    let blanks = tmp.path().join("blanks");
    std::fs::create_dir(&blanks).expect("mkdir");
    std::fs::write(blanks.join("i-589.pdf"), b"not a pdf").expect("write");
    let input = tmp.path().join("cases");
    generate(&input, "2", "1", "0");
    batch(&[
        input.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
        "--blank".as_ref(),
        blanks.as_os_str(),
    ])
    .code(2);
}

/// A JSON Lines input with hostile and repeated case ids, and lines that are not cases.
#[test]
fn case_ids_never_escape_outdir_and_duplicates_do_not_overwrite() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let work = tmp.path().join("work");
    std::fs::create_dir(&work).expect("mkdir");
    let base: Value = serde_json::from_str(
        &std::fs::read_to_string(common::root().join("fixtures/valid/i589-defensive.json"))
            .expect("fixture"),
    )
    .expect("json");
    let ids = [
        "../escape",
        "/abs/olute",
        "CON",
        "dup",
        "DUP",
        "dup",
        "tab\there\u{1}",
        "..",
        "summary.json",
    ];
    let mut lines = String::new();
    for id in ids {
        let mut case = base.clone();
        case["case_id"] = id.into();
        lines.push_str(&serde_json::to_string(&case).expect("json"));
        lines.push('\n');
    }
    lines.push_str("{\"case_id\": \"cut-off\", \"people\": [\n");
    lines.push('\n');
    lines.push_str("[1, 2]\n");
    let input = work.join("in.jsonl");
    std::fs::write(&input, lines).expect("write");
    let out = work.join("out");
    batch(&[input.as_os_str(), "-o".as_ref(), out.as_os_str()]).code(1);

    let mut top: Vec<String> = std::fs::read_dir(&work)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    top.sort();
    assert_eq!(
        top,
        vec!["in.jsonl", "out"],
        "nothing written beside OUTDIR"
    );
    assert!(!tmp.path().join("escape").exists());
    let s = summary(&out);
    let got: Vec<(String, String)> = s["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| {
            (
                c["case_id"].as_str().expect("id").to_string(),
                c["file"].as_str().expect("file").to_string(),
            )
        })
        .collect();
    let want = [
        ("_._escape", "in.jsonl:1"),
        ("_abs_olute", "in.jsonl:2"),
        ("_CON", "in.jsonl:3"),
        ("dup", "in.jsonl:4"),
        ("DUP-2", "in.jsonl:5"),
        ("dup-3", "in.jsonl:6"),
        ("tab_here_", "in.jsonl:7"),
        ("__", "in.jsonl:8"),
        ("_summary.json", "in.jsonl:9"),
        ("line-10", "in.jsonl:10"),
        ("line-12", "in.jsonl:12"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want);
    for (id, _) in &want {
        assert!(out.join(id).join("findings.json").is_file(), "{id}");
    }
    let notes: Vec<&str> = s["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| c["note"].as_str().unwrap_or(""))
        .collect();
    assert!(
        notes[4].contains("another case") && notes[5].contains("another case"),
        "{notes:?}"
    );
    assert!(notes[0].contains("made safe"), "{notes:?}");
    // The hostile ids are schema errors; the cut-off and non-object lines are invalid too.
    let statuses: Vec<&str> = s["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| c["status"].as_str().unwrap_or(""))
        .collect();
    // No blanks: a draft only; besides the unconfirmed fee (not counted) the case lists no
    // children and no passport, which the I-589 rules warn about.
    assert_eq!(statuses[3], "drafted_with_warnings");
    assert_eq!(statuses[0], "invalid");
    assert_eq!(statuses[9], "invalid");
    assert_eq!(statuses[10], "invalid");
}

#[test]
fn a_killed_batch_finishes_with_resume_and_leaves_no_partial_file() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (input, out) = (tmp.path().join("cases"), tmp.path().join("out"));
    generate(&input, "150", "21", "0");
    let mut child = bin()
        .arg("batch")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    // Kill it once some cases are finished (or let it end, if it is faster than the polling).
    let start = std::time::Instant::now();
    loop {
        let done = std::fs::read_dir(&out)
            .map(|d| {
                d.flatten()
                    .filter(|e| e.path().join(".complete").exists())
                    .count()
            })
            .unwrap_or(0);
        if done >= 10 || start.elapsed().as_secs() > 60 || child.try_wait().ok().flatten().is_some()
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let _ = child.kill();
    let _ = child.wait();
    let finished_before: Vec<PathBuf> = std::fs::read_dir(&out)
        .expect("out")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join(".complete").exists())
        .collect();
    assert!(!finished_before.is_empty());

    let resumed = Run::new(["batch"])
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .arg("--resume")
        .assert();
    resumed.success();
    let s = summary(&out);
    assert_eq!(s["totals"]["cases"], 150);
    assert!(s["totals"]["resumed"].as_u64().expect("resumed") >= finished_before.len() as u64);
    for c in s["cases"].as_array().expect("cases") {
        let dir = out.join(c["case_id"].as_str().expect("id"));
        let marker: Value =
            serde_json::from_slice(&std::fs::read(dir.join(".complete")).expect("marker"))
                .expect("json");
        for f in marker["files"].as_array().expect("files") {
            assert!(dir.join(f.as_str().expect("name")).is_file());
        }
    }
    let partial: Vec<PathBuf> = tree(&out)
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with(".partial"))
        .collect();
    assert!(partial.is_empty(), "{partial:?}");

    // A second --resume redoes nothing; a case whose input changed is redone.
    let first = input.join("gen-21-00000.json");
    let text = std::fs::read(&first).expect("read");
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&first, text).expect("touch");
    let again = Run::new(["batch"])
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .arg("--resume")
        .assert();
    again.success();
    let s = summary(&out);
    assert_eq!(s["totals"]["resumed"], 149);
    assert_eq!(s["cases"][0]["resumed"], false);
}

/// With the official blanks: the forms are written beside the checklist, and a case that needs a
/// blank missing from --blank fails with a clear note while the others render.
#[test]
fn renders_forms_and_names_a_missing_blank() {
    let Some(blanks) = common::blanks_or_skip() else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let only_589 = tmp.path().join("blanks");
    std::fs::create_dir(&only_589).expect("mkdir");
    std::fs::copy(blanks.join("i-589.pdf"), only_589.join("i-589.pdf")).expect("copy");
    let input = tmp.path().join("cases");
    std::fs::create_dir(&input).expect("mkdir");
    for f in ["i589-defensive.json", "i730-asylee-spouse-stepchild.json"] {
        std::fs::copy(common::root().join("fixtures/valid").join(f), input.join(f)).expect("copy");
    }
    let out = tmp.path().join("out");
    batch(&[
        input.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
        "--blank".as_ref(),
        only_589.as_os_str(),
    ])
    .code(1);
    let s = summary(&out);
    let cases = s["cases"].as_array().expect("cases");
    assert_eq!(cases[0]["case_id"], "demo-defensive");
    // Its warnings: no children and no passport listed (i589.children-unstated,
    // i589.no-travel-document); the unconfirmed fee is a note for every case, not counted.
    assert_eq!(cases[0]["status"], "rendered_with_warnings");
    let pdf = std::fs::read(out.join("demo-defensive/i-589.pdf")).expect("i-589.pdf");
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(cases[1]["status"], "failed");
    assert_eq!(
        cases[1]["note"],
        "needs the blank i-730.pdf (not in the --blank folder)"
    );
    assert!(!out
        .join("fixture-i730-asylee-spouse-stepchild/.complete")
        .exists());
}

/// `--resume` keeps a finished case only when this run would make the same files: adding the
/// official blanks redoes every case (now with its forms), and a second identical run keeps
/// them all.
#[test]
fn resume_redoes_cases_made_with_other_blanks() {
    let Some(blanks) = common::blanks_or_skip() else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("cases");
    std::fs::create_dir(&input).expect("mkdir");
    std::fs::copy(
        common::root().join("fixtures/valid/i589-defensive.json"),
        input.join("i589-defensive.json"),
    )
    .expect("copy");
    let out = tmp.path().join("out");
    batch(&[input.as_os_str(), "-o".as_ref(), out.as_os_str()]).code(0);
    assert!(!out.join("demo-defensive/i-589.pdf").exists());

    let with_blanks = [
        input.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
        "--resume".as_ref(),
        "--blank".as_ref(),
        blanks.as_os_str(),
    ];
    batch(&with_blanks).code(0);
    let s = summary(&out);
    assert_eq!(s["totals"]["resumed"], 0, "made without the blanks: redone");
    assert!(out.join("demo-defensive/i-589.pdf").is_file());

    batch(&with_blanks).code(0);
    assert_eq!(summary(&out)["totals"]["resumed"], 1, "same run: kept");
}

/// Issue 19: the days-left column and the urgency sort count the I-730 two-year deadline
/// (8 CFR 208.21(d), from the grant), not only the I-589 one-year deadline; an invalid case
/// still has its I-730 deadline (read from its JSON). Today is 2026-11-22 (tests/common).
#[test]
fn i730_deadlines_count_in_days_left_and_the_urgency_sort() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (input, out) = (tmp.path().join("cases"), tmp.path().join("out"));
    std::fs::create_dir_all(&input).expect("mkdir");
    let root = common::root();
    let read = |f: &str| -> Value {
        serde_json::from_slice(&std::fs::read(root.join("fixtures/valid").join(f)).expect("read"))
            .expect("json")
    };
    let write = |name: &str, v: &Value| {
        std::fs::write(
            input.join(name),
            serde_json::to_vec_pretty(v).expect("json"),
        )
        .expect("write")
    };
    // I-730 only, as the fixture has it: granted 2025-09-15 → due Wednesday 2027-09-15.
    let mut far = read("i730-asylee-spouse-stepchild.json");
    far["case_id"] = "i730-far".into();
    write("far.json", &far);
    // Granted 2024-12-10 → due Thursday 2026-12-10, 18 days away: more urgent than the I-589
    // case (due 2027-01-14, 53 days), which alone counted before.
    let mut near = read("i730-asylee-spouse-stepchild.json");
    near["case_id"] = "i730-near".into();
    for f in near["forms"]["i730"].as_array_mut().expect("i730") {
        f["granted"] = "2024-12-10".into();
    }
    write("near.json", &near);
    // Invalid (a petition without its status), granted 2025-09-15 on the first petition and
    // 2024-12-12 on the second → the second's deadline, Monday 2026-12-14, 22 days.
    let mut broken = read("i730-asylee-spouse-stepchild.json");
    broken["case_id"] = "i730-broken".into();
    broken["forms"]["i730"][1]["granted"] = "2024-12-12".into();
    broken["forms"]["i730"][0]
        .as_object_mut()
        .expect("object")
        .remove("status");
    write("broken.json", &broken);
    let mut i589 = read("i589-defensive.json");
    i589["case_id"] = "i589".into();
    write("i589.json", &i589);

    let run = batch(&[input.as_os_str(), "-o".as_ref(), out.as_os_str()]);
    let run = run.code(1);
    let stdout = run.stdout();
    let s = summary(&out);
    let case = |id: &str| -> Value {
        s["cases"]
            .as_array()
            .expect("cases")
            .iter()
            .find(|c| c["case_id"] == id)
            .unwrap_or_else(|| panic!("{id} in {s}"))
            .clone()
    };
    assert_eq!(case("i730-far")["days_left"], 297);
    assert_eq!(case("i730-far")["due"]["form"], "I-730 #1");
    assert_eq!(case("i730-far")["due"]["date"], "2027-09-15");
    assert_eq!(case("i730-far")["i589_days_left"], Value::Null);
    assert_eq!(case("i730-near")["days_left"], 18);
    assert_eq!(case("i730-near")["due"]["date"], "2026-12-10");
    assert_eq!(case("i730-broken")["status"], "invalid");
    assert_eq!(case("i730-broken")["days_left"], 22);
    assert_eq!(case("i730-broken")["due"]["form"], "I-730 #2");
    assert_eq!(case("i589")["days_left"], 53);
    assert_eq!(case("i589")["due"]["form"], "I-589");

    // summary.csv and the table: most urgent first, by every form's deadline.
    let csv = std::fs::read_to_string(out.join("summary.csv")).expect("csv");
    let order: Vec<&str> = csv
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .collect();
    assert_eq!(
        order,
        ["i730-near", "i730-broken", "i589", "i730-far"],
        "{csv}"
    );
    assert!(
        csv.lines()
            .nth(1)
            .is_some_and(|l| l.starts_with("i730-near,") && l.contains(",18,2026-12-10,I-730 #1,")),
        "{csv}"
    );
    let rows: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("i730-") || l.starts_with("i589 "))
        .collect();
    assert_eq!(rows.len(), 4, "{stdout}");
    assert!(
        rows[0].starts_with("i730-near") && rows[0].contains("18  I-730 #1 2026-12-10"),
        "{stdout}"
    );
    assert!(
        rows[3].starts_with("i730-far") && rows[3].contains("297  I-730 #1 2027-09-15"),
        "{stdout}"
    );
}
