//! Hostile and careless use (issue 17): nothing written outside OUTDIR or through a link, a
//! render that stops leaves none of its new files, hostile blanks and inputs refused cleanly.

mod common;

use common::bin;
use std::path::Path;

fn names(dir: &Path) -> Vec<String> {
    let mut n: Vec<String> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    n.sort();
    n
}

/// `render` that stops because one of its files exists (no --force) writes none of the others:
/// the folder has all of a case's new files or none.
#[test]
fn a_render_that_stops_leaves_none_of_its_new_files() {
    let Some(blanks) = common::blanks_or_skip() else {
        return;
    };
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("out");
    std::fs::create_dir(&out).expect("mkdir");
    // The packet's last file: the draft and the form come before it.
    std::fs::write(out.join("checklist.json"), b"mine").expect("write");
    let run = bin()
        .arg("render")
        .arg(common::root().join("fixtures/valid/i589-defensive.json"))
        .arg("--blank")
        .arg(&blanks)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("checklist.json exists"), "{stderr}");
    assert_eq!(names(&out), vec!["checklist.json".to_string()]);
    assert_eq!(
        std::fs::read(out.join("checklist.json")).expect("read"),
        b"mine"
    );
}

/// `generate --jsonl LINK --force` refuses to replace a link (`/dev/stdout` is one) and leaves
/// what it points to alone.
#[cfg(unix)]
#[test]
fn an_output_that_is_a_link_is_refused() {
    let dir = tempfile::tempdir().expect("tmp");
    let target = dir.path().join("target.jsonl");
    std::fs::write(&target, b"keep").expect("write");
    let link = dir.path().join("cases.jsonl");
    std::os::unix::fs::symlink(&target, &link).expect("link");
    let run = bin()
        .args(["generate", "--count", "2", "--force", "--jsonl"])
        .arg(&link)
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("symbolic link"), "{stderr}");
    assert!(std::fs::symlink_metadata(&link)
        .expect("meta")
        .file_type()
        .is_symlink());
    assert_eq!(std::fs::read(&target).expect("read"), b"keep");
}

/// A case folder planted as a link to elsewhere is refused (the case fails, its reason in the
/// summary), and nothing is written where it points; an existing 0755 case folder ends 0700.
#[cfg(unix)]
#[test]
fn batch_never_writes_through_a_case_folder_that_is_a_link() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tmp");
    let (input, out, elsewhere) = (
        dir.path().join("cases"),
        dir.path().join("out"),
        dir.path().join("elsewhere"),
    );
    std::fs::create_dir_all(&input).expect("mkdir");
    std::fs::create_dir_all(&out).expect("mkdir");
    std::fs::create_dir_all(&elsewhere).expect("mkdir");
    for (id, name) in [("linked", "a.json"), ("open", "b.json")] {
        let mut case: serde_json::Value = serde_json::from_slice(
            &std::fs::read(common::root().join("fixtures/valid/i589-defensive.json"))
                .expect("fixture"),
        )
        .expect("json");
        case["case_id"] = id.into();
        std::fs::write(input.join(name), serde_json::to_vec(&case).expect("json")).expect("w");
    }
    std::os::unix::fs::symlink(&elsewhere, out.join("linked")).expect("link");
    std::fs::create_dir(out.join("open")).expect("mkdir");
    std::fs::set_permissions(out.join("open"), std::fs::Permissions::from_mode(0o755))
        .expect("chmod");
    let run = bin()
        .arg("batch")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        names(&elsewhere).is_empty(),
        "written through the link: {stderr}"
    );
    let summary: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("summary.json")).expect("summary"))
            .expect("json");
    let cases = summary["cases"].as_array().expect("cases");
    let linked = cases
        .iter()
        .find(|c| c["case_id"] == "linked")
        .expect("linked case");
    assert_eq!(linked["status"], "failed", "{linked}");
    let mode = std::fs::metadata(out.join("open"))
        .expect("meta")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o700);
}
