//! A clinic's path: the intake template, a 50-row spreadsheet (CSV and XLSX) imported into one
//! case per family, problem rows named by row and column, then a batch whose summary is sorted
//! by urgency; and the batch's handling of wrong inputs and of its own earlier outputs.

mod common;

use common::bin;
use serde_json::Value;
use std::path::Path;
use std::process::Output;

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    bin().args(args).output().expect("run")
}

fn os(s: &str) -> &std::ffi::OsStr {
    s.as_ref()
}

/// A 50-row intake sheet: 16 families of applicant, spouse and child, and two problem rows.
fn intake_rows() -> Vec<Vec<String>> {
    let header: Vec<String> = asylum_forms::start::intake::COLUMNS
        .iter()
        .map(|c| c.name.to_string())
        .collect();
    let col = |name: &str| header.iter().position(|h| h == name).expect("column");
    let mut rows = vec![header.clone()];
    for f in 0..16 {
        let id = format!("fam-{f:02}");
        // Last entries spread over a year and a half: some deadlines passed, some near.
        let entry = chrono::NaiveDate::from_ymd_opt(2025, 6, 1).expect("date")
            + chrono::Days::new(30 * f as u64);
        for (role, given, sex, born) in [
            ("applicant", "Amal", "female", "1985-04-02"),
            ("spouse", "Karim", "male", "1983-09-17"),
            ("child", "Noor", "female", "2015-01-20"),
        ] {
            let mut r = vec![String::new(); header.len()];
            r[col("case_id")] = id.clone();
            r[col("role")] = role.into();
            r[col("family_name")] = format!("Testfamily{f}");
            r[col("given_name")] = given.into();
            r[col("sex")] = sex.into();
            r[col("date_of_birth")] = born.into();
            r[col("birth_city")] = "Aleppo".into();
            r[col("birth_country")] = "Syria".into();
            r[col("nationality")] = "Syria".into();
            r[col("marital_status")] = if role == "child" { "single" } else { "married" }.into();
            r[col("last_entry_date")] = entry.to_string();
            r[col("last_entry_place")] = "JFK Airport, New York, NY".into();
            r[col("last_entry_status")] = "B-2".into();
            if role == "applicant" {
                r[col("forms")] = "i589".into();
                r[col("filing_date")] = "2026-12-01".into();
                r[col("filing_status")] = "intended".into();
            } else {
                r[col("include")] = "yes".into();
            }
            if f == 3 && role == "child" {
                r[col("date_of_birth")] = "20/01/2015".into();
            }
            rows.push(r);
        }
    }
    // Row 50: no case id. Row 51: a role that is not one.
    let mut r = vec![String::new(); header.len()];
    r[col("role")] = "child".into();
    r[col("family_name")] = "Nobody".into();
    rows.push(r);
    let mut r = vec![String::new(); header.len()];
    r[col("case_id")] = "fam-00".into();
    r[col("role")] = "cousin".into();
    r[col("family_name")] = "Testfamily0".into();
    rows.push(r);
    assert_eq!(rows.len(), 51, "a header and 50 rows");
    rows
}

fn write_csv(path: &Path, rows: &[Vec<String>]) {
    let mut w = csv::Writer::from_path(path).expect("csv");
    for r in rows {
        w.write_record(r).expect("row");
    }
    w.flush().expect("flush");
}

#[test]
fn the_templates_have_every_column() {
    let out = run(&[os("import"), os("--template"), os("csv")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let header = text(&out.stdout);
    let names: Vec<&str> = asylum_forms::start::intake::COLUMNS
        .iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(header.trim_end(), names.join(","));
    let tmp = tempfile::tempdir().expect("tempdir");
    let xlsx = tmp.path().join("intake.xlsx");
    let out = run(&[
        os("import"),
        os("--template"),
        os("xlsx"),
        os("-o"),
        xlsx.as_os_str(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    use calamine::{open_workbook_auto, Reader};
    let mut book = open_workbook_auto(&xlsx).expect("xlsx");
    assert_eq!(book.sheet_names(), vec!["intake", "columns"]);
    let range = book.worksheet_range("intake").expect("sheet");
    let first: Vec<String> = range
        .rows()
        .next()
        .expect("header")
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(first, names);
    // The template, unchanged, imports as nothing, without error.
    let cases = tmp.path().join("cases");
    let out = run(&[
        os("import"),
        xlsx.as_os_str(),
        os("-o"),
        cases.as_os_str(),
        os("--schemas"),
        tmp.path().join("s").as_os_str(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("wrote 0 cases"));
}

#[test]
fn a_50_row_sheet_becomes_cases_and_a_batch_sorted_by_urgency() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let sheet = tmp.path().join("intake.csv");
    write_csv(&sheet, &intake_rows());
    let cases = tmp.path().join("cases");
    let out = run(&[
        os("import"),
        sheet.as_os_str(),
        os("-o"),
        cases.as_os_str(),
        os("--schemas"),
        tmp.path().join("s").as_os_str(),
    ]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "problems reported: {err}");
    assert!(err.contains("row 50, column case_id"), "{err}");
    assert!(err.contains("row 51, column role"), "{err}");
    // fam-03's child is on row 2 + 3*3 + 2 = 13.
    assert!(
        err.contains("row 13, column date_of_birth") && err.contains("write YYYY-MM-DD"),
        "{err}"
    );
    assert!(err.contains("wrote 16 cases"), "{err}");
    let case: Value =
        serde_json::from_slice(&std::fs::read(cases.join("fam-03.json")).expect("fam-03.json"))
            .expect("json");
    let people = case["people"].as_array().expect("people");
    assert_eq!(people.len(), 3);
    assert_eq!(people[2]["id"], "child-1");
    assert_eq!(people[2]["date_of_birth"], "20/01/2015", "kept as written");
    assert_eq!(case["forms"]["i589"]["spouse"]["person"], "spouse");
    assert_eq!(case["forms"]["i589"]["children"][0]["include"], true);

    // The batch of the imported cases: every case is invalid (the I-589's questions are not
    // answered yet), and the summary is sorted by days left.
    let out_dir = tmp.path().join("out");
    let run_ = run(&[
        os("batch"),
        cases.as_os_str(),
        os("-o"),
        out_dir.as_os_str(),
    ]);
    let stdout = text(&run_.stdout);
    assert_eq!(
        run_.status.code(),
        Some(1),
        "{stdout}{}",
        text(&run_.stderr)
    );
    assert!(stdout.contains("16 cases: "), "{stdout}");
    let csv = std::fs::read_to_string(out_dir.join("summary.csv")).expect("summary.csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().expect("headers").clone();
    let at = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 16);
    let days: Vec<i64> = rows
        .iter()
        .map(|r| r[at("i589_days_left")].parse().expect("days left"))
        .collect();
    let mut sorted = days.clone();
    sorted.sort();
    assert_eq!(days, sorted, "most urgent first");
    for r in &rows {
        assert_eq!(&r[at("status")], "invalid");
        assert!(
            r[at("first_finding")].starts_with("not answered yet: "),
            "{r:?}"
        );
        assert!(r[at("next_step")].contains("fix the errors"), "{r:?}");
    }
    // The table on the terminal too, and no name of anyone.
    let first_days = stdout
        .lines()
        .nth(1)
        .map(|l| l.split_whitespace().nth(2).unwrap_or("").to_string())
        .unwrap_or_default();
    assert_eq!(first_days, sorted[0].to_string(), "{stdout}");
    assert!(!stdout.contains("Testfamily") && !csv.contains("Testfamily"));
}

#[test]
fn an_xlsx_sheet_imports_with_real_date_cells() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let tmp = tempfile::tempdir().expect("tempdir");
    let path = tmp.path().join("intake.xlsx");
    let rows = intake_rows();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("mm/dd/yyyy");
    for (r, row) in rows.iter().take(4).enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match chrono::NaiveDate::parse_from_str(cell, "%Y-%m-%d") {
                Ok(d) if r > 0 => {
                    let d = ExcelDateTime::from_ymd(
                        d.format("%Y").to_string().parse().expect("y"),
                        d.format("%m").to_string().parse().expect("m"),
                        d.format("%d").to_string().parse().expect("d"),
                    )
                    .expect("date");
                    sheet
                        .write_datetime_with_format(r, c, &d, &date)
                        .expect("write");
                }
                _ => {
                    sheet.write_string(r, c, cell).expect("write");
                }
            }
        }
    }
    book.save(&path).expect("save");
    let cases = tmp.path().join("cases");
    let out = run(&[
        os("import"),
        path.as_os_str(),
        os("-o"),
        cases.as_os_str(),
        os("--schemas"),
        tmp.path().join("s").as_os_str(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let case: Value =
        serde_json::from_slice(&std::fs::read(cases.join("fam-00.json")).expect("case"))
            .expect("json");
    assert_eq!(case["people"][0]["date_of_birth"], "1985-04-02");
    assert_eq!(case["people"][0]["us_entries"][0]["date"], "2025-06-01");
    assert_eq!(case["forms"]["i589"]["filing"]["date"], "2026-12-01");
}

#[test]
fn batch_refuses_a_spreadsheet_or_non_json_input_in_one_error() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let sheet = tmp.path().join("intake.csv");
    write_csv(&sheet, &intake_rows());
    let out = run(&[
        os("batch"),
        sheet.as_os_str(),
        os("-o"),
        tmp.path().join("out").as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("asylum-forms import"), "{err}");
    let other = tmp.path().join("notes.txt");
    std::fs::write(&other, "case one\ncase two\n").expect("write");
    let out = run(&[
        os("batch"),
        other.as_os_str(),
        os("-o"),
        tmp.path().join("out").as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("not a JSON Lines file"), "{err}");
    assert!(!tmp.path().join("out").exists());
}

#[test]
fn batch_skips_its_earlier_outputs_and_gives_a_duplicate_id_its_own_folder() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("cases");
    std::fs::create_dir_all(&input).expect("mkdir");
    let fixture =
        std::fs::read_to_string(common::root().join("fixtures/valid/i589-defensive.json"))
            .expect("fixture");
    // a.json and b.json both say case_id "b"; b.json's case keeps the folder b.
    for file in ["a", "b"] {
        std::fs::write(
            input.join(format!("{file}.json")),
            fixture.replacen("\"demo-defensive\"", "\"b\"", 1),
        )
        .expect("write");
    }
    let first = input.join("run-1");
    let out = run(&[os("batch"), input.as_os_str(), os("-o"), first.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let s: Value =
        serde_json::from_slice(&std::fs::read(first.join("summary.json")).expect("summary"))
            .expect("json");
    let by_file: Vec<(String, String)> = s["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| {
            (
                c["file"].as_str().unwrap_or("").to_string(),
                c["case_id"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        by_file,
        vec![
            ("a.json".to_string(), "b-2".to_string()),
            ("b.json".to_string(), "b".to_string())
        ]
    );
    // No blanks: no forms, a draft (with the defensive fixture's warnings: no children and
    // no passport listed).
    assert_eq!(
        s["cases"][0]["status"], "drafted_with_warnings",
        "no blanks: no forms"
    );
    assert_eq!(
        s["totals"]["drafted"].as_u64().unwrap_or(0)
            + s["totals"]["drafted_with_warnings"].as_u64().unwrap_or(0),
        2
    );
    // A second run into another folder does not read the first run's JSON files as cases.
    let second = tmp.path().join("run-2");
    let out = run(&[os("batch"), input.as_os_str(), os("-o"), second.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let s: Value =
        serde_json::from_slice(&std::fs::read(second.join("summary.json")).expect("summary"))
            .expect("json");
    assert_eq!(s["totals"]["cases"], 2);
}
