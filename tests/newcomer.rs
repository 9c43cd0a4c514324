//! A new user's first hour, as they would run it: start a case with `init`, validate it (told
//! what to answer), render a draft without the official blanks, and the rough edges of the
//! command line (closed pipes, `-`, dates, formats, plurals, exit codes, completions, man).

mod common;

use common::bin;
use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Output, Stdio};

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn fixture(name: &str) -> String {
    common::root()
        .join("fixtures/valid")
        .join(name)
        .display()
        .to_string()
}

/// Runs a command whose reader has gone before it prints (`… | head -c0`): it must not panic.
fn closed_pipe(args: &[&str]) {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait");
    let err = text(&out.stderr);
    assert!(
        !err.contains("panicked") && out.status.code() != Some(101),
        "{args:?}: {:?} {err}",
        out.status
    );
}

#[test]
fn no_command_panics_on_a_closed_pipe() {
    let case = fixture("i589-affirmative-family.json");
    let tmp = tempfile::tempdir().expect("tempdir");
    let schemas = tmp.path().join("s").display().to_string();
    for args in [
        vec!["rules"],
        vec!["rules", "--format", "json"],
        vec!["rules", "--format", "markdown"],
        vec!["checklist", &case, "--format", "json"],
        vec!["checklist", &case],
        vec!["validate", &case],
        vec!["validate", "--format", "json", &case],
        vec!["deadline", "i589", "--arrival", "2026-03-10"],
        vec!["schema"],
        vec!["generate", "--count", "50", "--jsonl", "-"],
        vec!["completions", "bash"],
        vec!["man"],
        vec!["import", "--template", "csv"],
        vec!["init", "--help"],
        vec!["--help"],
        vec!["schema", "--write", &schemas],
    ] {
        closed_pipe(&args);
    }
}

#[test]
fn dash_reads_standard_input_and_writes_standard_output() {
    let bytes = std::fs::read(fixture("i589-defensive.json")).expect("fixture");
    let mut child = bin()
        .args(["validate", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&bytes)
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    let stdout = text(&out.stdout);
    assert!(stdout.contains("<stdin>: valid"), "{stdout}");
    assert_eq!(out.status.code(), Some(0));

    let out = run(&["generate", "--count", "3", "--jsonl", "-"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let lines: Vec<Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a case a line"))
        .collect();
    assert_eq!(lines.len(), 3);
    assert!(lines.iter().all(|c| c["case_id"].is_string()));
    assert!(
        Path::new("-").symlink_metadata().is_err(),
        "wrote a file named -"
    );
    assert!(text(&out.stderr).contains("wrote 3 synthetic cases"));
    let one = run(&["generate", "--count", "1", "--jsonl", "-"]);
    assert!(
        text(&one.stderr).contains("wrote 1 synthetic case ("),
        "{}",
        text(&one.stderr)
    );
}

#[test]
fn dates_in_another_format_are_told_to_write_yyyy_mm_dd() {
    for args in [
        vec!["deadline", "i589", "--arrival", "03/10/2026"],
        vec!["deadline", "i730", "--granted", "2026-3-1x"],
        vec![
            "deadline",
            "i589",
            "--arrival",
            "2026-03-10",
            "--filed",
            "10.3.2027",
        ],
        vec!["validate", "--today", "22/11/2026", "x.json"],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = text(&out.stderr);
        assert!(err.contains("write YYYY-MM-DD"), "{args:?}: {err}");
    }
}

#[test]
fn each_command_offers_only_its_formats() {
    let case = fixture("i589-defensive.json");
    let out = run(&["validate", "--format", "markdown", &case]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("human"), "{}", text(&out.stderr));
    let out = run(&["checklist", "--format", "human", &case]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&[
        "deadline",
        "i589",
        "--arrival",
        "2026-03-10",
        "--format",
        "markdown",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(run(&["rules", "--format", "markdown"]).status.success());
    let help = text(&run(&["validate", "--help"]).stdout);
    assert!(!help.contains("markdown"), "{help}");
}

#[test]
fn help_texts_agree_with_the_readme() {
    let batch = text(&run(&["batch", "--help"]).stdout);
    assert!(!batch.contains("system's Noto"), "{batch}");
    assert!(batch.contains("built into asylum-forms"), "{batch}");
    for form in ["i589", "i730", "i485"] {
        let help = text(&run(&["deadline", form, "--help"]).stdout);
        let filed = help
            .lines()
            .skip_while(|l| !l.contains("--filed"))
            .nth(1)
            .unwrap_or("");
        assert!(
            !filed.trim().is_empty() && !filed.trim_start().starts_with('-'),
            "{form}: --filed has no description:\n{help}"
        );
    }
}

#[test]
fn a_late_filing_exits_1_and_a_timely_one_0() {
    let late = run(&[
        "deadline",
        "i589",
        "--arrival",
        "2025-01-10",
        "--filed",
        "2026-03-01",
    ]);
    assert_eq!(late.status.code(), Some(1), "{}", text(&late.stdout));
    assert!(text(&late.stdout).contains("LATE"));
    let timely = run(&[
        "deadline",
        "i589",
        "--arrival",
        "2025-01-10",
        "--filed",
        "2025-06-01",
    ]);
    assert_eq!(timely.status.code(), Some(0));
    let late_730 = run(&[
        "deadline",
        "i730",
        "--granted",
        "2020-01-10",
        "--filed",
        "2026-03-01",
    ]);
    assert_eq!(late_730.status.code(), Some(1));
}

#[test]
fn schema_write_creates_the_folder() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("a/b/schemas");
    let out = run(&["schema", "--write", dir.to_str().expect("utf8")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(dir.join("case.schema.json").is_file());
}

#[test]
fn validating_many_files_ends_with_a_total_and_can_hide_notes() {
    let a = fixture("i589-affirmative-family.json");
    let b = fixture("i589-defensive.json");
    let out = run(&["validate", &a, &b]);
    let stdout = text(&out.stdout);
    let last = stdout.lines().last().unwrap_or("");
    assert!(last.starts_with("2 files: 0 invalid, 2 valid ("), "{last}");
    assert!(
        stdout.contains(": info["),
        "the fixtures have notes: {stdout}"
    );
    let quiet = text(&run(&["validate", "--no-notes", &a, &b]).stdout);
    assert!(!quiet.contains(": info["), "{quiet}");
    // The counts still say how many notes there are.
    assert!(
        quiet.contains(" notes)") || quiet.contains(" note)"),
        "{quiet}"
    );
    // Singular where it is one.
    for line in stdout.lines().chain(quiet.lines()) {
        assert!(
            !line.contains(" 1 errors") && !line.contains("(1 errors"),
            "{line}"
        );
        assert!(
            !line.contains(" 1 warnings") && !line.contains(" 1 notes"),
            "{line}"
        );
    }
}

#[test]
fn completions_and_man_page_come_from_the_cli() {
    let bash = run(&["completions", "bash"]);
    assert!(bash.status.success());
    let script = text(&bash.stdout);
    assert!(script.contains("asylum-forms") && script.contains("validate"));
    assert!(script.contains("--no-notes"), "every option is completed");
    let zsh = run(&["completions", "zsh"]);
    assert!(text(&zsh.stdout).contains("#compdef asylum-forms"));
    let man = run(&["man"]);
    assert!(man.status.success());
    let page = text(&man.stdout);
    assert!(
        page.starts_with(".ie") || page.contains(".TH"),
        "{}",
        &page[..200.min(page.len())]
    );
    for cmd in ["VALIDATE", "INIT", "IMPORT", "BATCH"] {
        assert!(page.contains(&format!("ASYLUM-FORMS {cmd}")), "{cmd}");
    }
}

/// `init`, then `validate` on the untouched skeleton: only questions to answer, no schema
/// jargon; its `$schema` is a file:// URL of a schema that exists.
#[test]
fn init_writes_a_case_whose_validation_lists_what_to_answer() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let case = tmp.path().join("cases/haddad.json");
    let schemas = tmp.path().join("schemas");
    let out = bin()
        .args(["init", "--form", "i589", "--form", "i730"])
        .arg(&case)
        .arg("--schemas")
        .arg(&schemas)
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let doc: Value =
        serde_json::from_slice(&std::fs::read(&case).expect("case written")).expect("json");
    assert_eq!(doc["case_id"], "haddad");
    let url = doc["$schema"].as_str().expect("$schema");
    let path = url.strip_prefix("file://").expect("a file URL");
    assert!(Path::new(path).is_file(), "{url}");
    assert!(doc["forms"]["i589"]["part_b"]["past_harm"]["answer"].is_null());
    assert_eq!(doc["forms"]["i730"][0]["beneficiary"], "beneficiary-1");
    // Refuses to overwrite.
    let again = bin()
        .args(["init", "--form", "i589"])
        .arg(&case)
        .arg("--schemas")
        .arg(&schemas)
        .output()
        .expect("run");
    assert_eq!(again.status.code(), Some(2));

    let out = bin()
        .args(["validate", "--format", "json"])
        .arg(&case)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let records: Vec<Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    let findings: Vec<&Value> = records.iter().filter(|r| r["type"] != "summary").collect();
    assert!(findings.len() > 20, "{}", findings.len());
    let codes: Vec<&str> = findings.iter().filter_map(|f| f["code"].as_str()).collect();
    assert!(
        codes.iter().all(|c| *c == "answer.missing"),
        "only questions to answer: {codes:?}"
    );
    let human = text(
        &bin()
            .arg("validate")
            .arg(&case)
            .output()
            .expect("run")
            .stdout,
    );
    assert!(human.contains("not answered yet: Date of birth"), "{human}");
    assert!(
        human.contains("I-589 Part"),
        "says where on the form: {human}"
    );
}

/// A case with a schema error in one place and a rule error in another gets both in one run.
#[test]
fn rule_findings_run_on_the_parts_that_passed_the_schema() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut doc: Value = serde_json::from_slice(
        &std::fs::read(fixture("i589-affirmative-family.json")).expect("fixture"),
    )
    .expect("json");
    // A schema error: a phone with letters.
    doc["people"][0]["phone"] = Value::String("call me".into());
    // A rule error elsewhere: the applicant's I-589 filed two years after the last arrival.
    let arrival = doc["people"][0]["us_entries"][0]["date"]
        .as_str()
        .expect("entry date")
        .to_string();
    let year: i32 = arrival[..4].parse().expect("year");
    doc["forms"]["i589"]["filing"]["date"] =
        Value::String(format!("{}{}", year + 3, &arrival[4..]));
    let path = tmp.path().join("case.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&doc).expect("json")).expect("write");
    let out = bin()
        .args(["validate", "--format", "json"])
        .arg(&path)
        .output()
        .expect("run");
    let records: Vec<Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    let codes: Vec<String> = records
        .iter()
        .filter(|r| r["type"] != "summary")
        .map(|r| format!("{} {}", r["code"], r["pointer"]))
        .collect();
    assert!(
        codes
            .iter()
            .any(|c| c.starts_with("\"schema.pattern\" \"/people/0/phone\"")),
        "{codes:?}"
    );
    assert!(
        codes.iter().any(|c| c.contains("i589.one-year")),
        "the rules ran too: {codes:?}"
    );
    // Nothing about the value set aside comes from the rules.
    assert!(
        !codes
            .iter()
            .any(|c| !c.starts_with("\"schema.") && c.contains("/people/0/phone")),
        "{codes:?}"
    );
}

/// The README's example case validates as the README shows.
#[test]
fn the_readme_example_case_validates() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).expect("README");
    let start = readme
        .find("```json\n{\n  \"$schema\"")
        .expect("the README's example case");
    let body = &readme[start + "```json\n".len()..];
    let json = &body[..body.find("```").expect("end of the block")];
    let tmp = tempfile::tempdir().expect("tempdir");
    let path = tmp.path().join("example.json");
    std::fs::write(&path, json).expect("write");
    let out = bin().arg("validate").arg(&path).output().expect("run");
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains(": valid ("), "{stdout}");
}

/// `render` without blanks: the draft and the checklist, and how to get the blanks; with
/// ASYLUM_FORMS_BLANKS or the config file, the official forms too.
#[test]
fn render_without_blanks_writes_the_draft_and_says_how_to_get_them() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out_dir = tmp.path().join("out");
    let case = fixture("i589-defensive.json");
    let out = bin()
        .args(["render", &case, "-o"])
        .arg(&out_dir)
        .output()
        .expect("run");
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(out_dir.join("draft.pdf").is_file());
    assert!(out_dir.join("checklist.md").is_file());
    assert!(!out_dir.join("i-589.pdf").exists());
    assert!(
        err.contains("uscis.gov") && err.contains("ASYLUM_FORMS_BLANKS"),
        "{err}"
    );

    let Some(blanks) = common::blanks_or_skip() else {
        return;
    };
    // Set once, in the environment…
    let out = bin()
        .args(["render", &case, "--force", "-o"])
        .arg(&out_dir)
        .env("ASYLUM_FORMS_BLANKS", &blanks)
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out_dir.join("i-589.pdf").is_file());
    // …or in the config file.
    let config = tmp.path().join("config");
    std::fs::create_dir_all(config.join("asylum-forms")).expect("mkdir");
    std::fs::write(
        config.join("asylum-forms/config.toml"),
        format!("blanks = {:?}\n", blanks.display().to_string()),
    )
    .expect("write");
    let out2 = tmp.path().join("out2");
    let out = bin()
        .args(["render", &case, "-o"])
        .arg(&out2)
        .env("XDG_CONFIG_HOME", &config)
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out2.join("i-589.pdf").is_file());
    // A typo in the config file is an error, not "no blanks".
    std::fs::write(config.join("asylum-forms/config.toml"), "blank = \"x\"\n").expect("write");
    let out = bin()
        .args(["render", &case, "-o"])
        .arg(tmp.path().join("out3"))
        .env("XDG_CONFIG_HOME", &config)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("config.toml"),
        "{}",
        text(&out.stderr)
    );
}
