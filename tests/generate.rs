//! `asylum-forms generate`: deterministic, varied, valid synthetic cases, and an exact share of
//! deliberately broken ones.

mod common;

use common::bin;
use std::path::Path;

fn generate(args: &[&str]) {
    let out = bin().arg("generate").args(args).output().expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| {
            let e = e.expect("entry");
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).expect("read"),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn same_seed_gives_byte_identical_files() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (a, b, c) = (
        tmp.path().join("a"),
        tmp.path().join("b"),
        tmp.path().join("c"),
    );
    for (dir, seed) in [(&a, "42"), (&b, "42"), (&c, "43")] {
        generate(&[
            "--count",
            "25",
            "--seed",
            seed,
            "--broken",
            "20",
            "-o",
            dir.to_str().expect("utf8"),
        ]);
    }
    let (fa, fb, fc) = (files(&a), files(&b), files(&c));
    assert_eq!(fa.len(), 25);
    assert_eq!(fa, fb);
    assert_ne!(
        fa.iter().map(|f| &f.1).collect::<Vec<_>>(),
        fc.iter().map(|f| &f.1).collect::<Vec<_>>()
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&a), 0o700);
        assert_eq!(mode(&a.join(&fa[0].0)), 0o600);
    }
}

#[test]
fn two_hundred_cases_validate_and_the_broken_share_is_exactly_detected() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("cases");
    generate(&[
        "--count",
        "200",
        "--seed",
        "7",
        "--broken",
        "10",
        "-o",
        dir.to_str().expect("utf8"),
    ]);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("list")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    assert_eq!(paths.len(), 200);
    let out = bin()
        .args(["validate", "--format", "json"])
        .args(&paths)
        .output()
        .expect("run");
    let mut broken_with_errors = 0;
    let mut valid = 0;
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let rec: serde_json::Value = serde_json::from_str(line).expect("ndjson");
        if rec["type"] != "summary" {
            continue;
        }
        let file = rec["file"].as_str().expect("file");
        let errors = rec["errors"].as_u64().expect("errors");
        if file.contains("-broken-") {
            assert!(errors > 0, "{file} is broken on purpose but validates");
            broken_with_errors += 1;
        } else {
            assert_eq!(errors, 0, "{file} should be valid");
            valid += 1;
        }
    }
    assert_eq!((valid, broken_with_errors), (180, 20));

    // Varied: every script, every form, families of different sizes, long narratives.
    let mut scripts = [false; 6];
    let (mut i730, mut i485, mut long, mut sizes) = (0, 0, 0, std::collections::BTreeSet::new());
    for p in &paths {
        let Ok(case) =
            serde_json::from_slice::<serde_json::Value>(&std::fs::read(p).expect("read"))
        else {
            continue;
        };
        let people = case["people"].as_array().expect("people");
        sizes.insert(people.len());
        for person in people {
            let latin = person["name"]["given"]
                .as_str()
                .is_some_and(|s| s.is_ascii());
            scripts[0] |= latin && person.get("native_name").is_none();
            if let Some(n) = person["native_name"].as_str() {
                for (i, range) in [
                    (1, 0x0600..0x0700),
                    (2, 0x0400..0x0500),
                    (3, 0x4E00..0xA000),
                    (4, 0x1200..0x1380),
                    (5, 0x0900..0x0980),
                ] {
                    scripts[i] |= n.chars().any(|c| range.contains(&(c as u32)));
                }
            }
        }
        i730 += usize::from(case["forms"].get("i730").is_some());
        i485 += usize::from(case["forms"].get("i485").is_some());
        long += usize::from(
            case.pointer("/forms/i589/part_b/past_harm/explanation")
                .and_then(|v| v.as_str())
                .is_some_and(|s| s.len() > 2_000),
        );
    }
    assert_eq!(
        scripts, [true; 6],
        "Latin, Arabic, Cyrillic, Chinese, Ethiopic, Devanagari"
    );
    assert!(i730 > 10 && i485 > 10 && long > 10, "{i730} {i485} {long}");
    assert!(sizes.len() >= 5, "family sizes {sizes:?}");
}

#[test]
fn jsonl_holds_one_case_a_line() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let file = tmp.path().join("cases.jsonl");
    generate(&[
        "--count",
        "30",
        "--seed",
        "5",
        "--broken",
        "20",
        "--jsonl",
        file.to_str().expect("utf8"),
    ]);
    let text = std::fs::read_to_string(&file).expect("read");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 30);
    let parsed = lines
        .iter()
        .filter(|l| serde_json::from_str::<serde_json::Value>(l).is_ok())
        .count();
    let bad_json = lines
        .iter()
        .filter(|l| l.contains("-broken-bad-json"))
        .count();
    assert_eq!(parsed, 30 - bad_json);
    assert_eq!(lines.iter().filter(|l| l.contains("-broken-")).count(), 6);
    // Refuses to replace without --force.
    let out = bin()
        .args(["generate", "--count", "1", "--jsonl"])
        .arg(&file)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
}
