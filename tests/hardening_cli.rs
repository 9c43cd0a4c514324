//! Issue 17's defects shown through the command line, one defect per test, so that each test
//! fails on the code before the fix for the defect it names (checked against d7039ca) and not
//! on an earlier assertion: temporary names planted in OUTDIR, the mode of what exists, a
//! render stopped by a full disk, a batch given a hostile blank, and the memory an over-long
//! JSON Lines line costs.

#![cfg(unix)]

mod common;

use common::{bin, names};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

fn mode(p: &Path) -> u32 {
    std::fs::symlink_metadata(p)
        .expect("meta")
        .permissions()
        .mode()
        & 0o777
}

fn fixture(name: &str) -> std::path::PathBuf {
    common::root().join("fixtures/valid").join(name)
}

/// Links planted at the names the writer once used for its temporary files
/// (`.draft.pdf.partial`, `.checklist.md.partial`), pointing outside OUTDIR, and a planted 0666
/// file at another: `render` writes nothing outside, leaves no link in place of an output, and
/// every output ends 0600 (the draft was written outside OUTDIR and `draft.pdf` left a link).
#[test]
fn render_never_writes_through_a_planted_temporary_name() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("out");
    std::fs::create_dir(&out).expect("mkdir");
    let outside = dir.path().join("outside");
    std::fs::create_dir(&outside).expect("mkdir");
    std::os::unix::fs::symlink(outside.join("draft"), out.join(".draft.pdf.partial"))
        .expect("link");
    std::os::unix::fs::symlink(outside.join("md"), out.join(".checklist.md.partial"))
        .expect("link");
    let loose = out.join(".checklist.json.partial");
    std::fs::write(&loose, b"").expect("plant");
    std::fs::set_permissions(&loose, std::fs::Permissions::from_mode(0o666)).expect("chmod");
    let mut cmd = bin();
    cmd.arg("render").arg(fixture("i589-defensive.json"));
    // With the blanks when there are any (the code before the fix needed them to write at all).
    let blanks = common::shared().join("uscis-forms");
    if blanks.join("i-589.pdf").is_file() {
        cmd.arg("--blank").arg(&blanks);
    }
    let run = cmd.arg("-o").arg(&out).output().expect("run");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        names(&outside).is_empty(),
        "written outside OUTDIR: {stderr}"
    );
    for f in ["draft.pdf", "checklist.md", "checklist.json"] {
        let meta = std::fs::symlink_metadata(out.join(f)).expect(f);
        assert!(meta.file_type().is_file(), "{f} is not a regular file");
        assert_eq!(mode(&out.join(f)), 0o600, "{f}");
    }
    assert!(run.status.code().is_some_and(|c| c <= 1), "{stderr}");
}

/// A case folder that exists with mode 0755 ends 0700 after `batch --force` writes into it,
/// and its files 0600 (the folder kept 0755).
#[test]
fn batch_makes_an_existing_case_folder_private() {
    let dir = tempfile::tempdir().expect("tmp");
    let input = dir.path().join("cases");
    let out = dir.path().join("out");
    std::fs::create_dir(&input).expect("mkdir");
    let mut case: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("i589-defensive.json")).expect("fixture"))
            .expect("json");
    case["case_id"] = "open".into();
    std::fs::write(
        input.join("a.json"),
        serde_json::to_vec(&case).expect("json"),
    )
    .expect("w");
    std::fs::create_dir_all(out.join("open")).expect("mkdir");
    std::fs::set_permissions(out.join("open"), std::fs::Permissions::from_mode(0o755))
        .expect("chmod");
    let run = bin()
        .args(["batch", "-q", "--force"])
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.code().is_some_and(|c| c <= 1), "{stderr}");
    assert_eq!(mode(&out.join("open")), 0o700, "{stderr}");
    for f in names(&out.join("open")) {
        assert_eq!(mode(&out.join("open").join(&f)), 0o600, "{f}");
    }
}

/// A render stopped by a full disk (here: a file-size limit, so that the 100-odd KB draft is
/// written and the official form, larger, is not) leaves none of its new files: the folder has
/// all of a case's files or none of the new ones (the draft stayed behind).
#[test]
fn a_render_stopped_by_a_full_disk_leaves_none_of_its_new_files() {
    use std::os::unix::process::CommandExt;
    let Some(blanks) = common::blanks_or_skip() else {
        return;
    };
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("out");
    let mut cmd = bin();
    cmd.arg("render")
        .arg(fixture("i589-defensive.json"))
        .arg("--blank")
        .arg(&blanks)
        .arg("-o")
        .arg(&out);
    // SAFETY: only async-signal-safe calls (setrlimit, signal) between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: 400 * 1024,
                rlim_max: 400 * 1024,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            // A write past the limit then fails with EFBIG, as on a full disk, instead of
            // killing the process.
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            Ok(())
        });
    }
    let run = cmd.output().expect("run");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    let left = if out.exists() {
        names(&out)
    } else {
        Vec::new()
    };
    assert!(left.is_empty(), "left behind {left:?}: {stderr}");
}

/// `batch` given a blank whose page tree loops refuses it up front (exit 2, the reason named);
/// it used to fill forms that fail `qpdf --check` and mark the case rendered.
#[test]
fn batch_refuses_a_hostile_blank() {
    use lopdf::{Document, Object};
    let Some(shared) = common::blanks_or_skip() else {
        return;
    };
    let mut doc = Document::load_mem(&std::fs::read(shared.join("i-589.pdf")).expect("blank"))
        .expect("parse");
    let pages = doc
        .catalog()
        .and_then(|c| c.get(b"Pages"))
        .and_then(Object::as_reference)
        .expect("pages");
    if let Ok(Object::Array(kids)) = doc
        .get_dictionary_mut(pages)
        .expect("pages")
        .get_mut(b"Kids")
    {
        kids.push(Object::Reference(pages));
    }
    let dir = tempfile::tempdir().expect("tmp");
    let blanks = dir.path().join("blanks");
    std::fs::create_dir(&blanks).expect("mkdir");
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("save");
    std::fs::write(blanks.join("i-589.pdf"), &bytes).expect("write");
    let input = dir.path().join("cases");
    std::fs::create_dir(&input).expect("mkdir");
    std::fs::copy(fixture("i589-defensive.json"), input.join("a.json")).expect("copy");
    let out = dir.path().join("out");
    let run = bin()
        .args(["batch", "-q"])
        .arg(&input)
        .arg("--blank")
        .arg(&blanks)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("page tree loops"), "{stderr}");
}

/// A JSON Lines line of 300 MB is skipped, not held: `batch` stays under 200 MB of memory (it
/// took three times the line's size before, 2.2 GB for a 700 MB line).
#[test]
fn an_over_long_json_lines_line_is_not_held_in_memory() {
    let dir = tempfile::tempdir().expect("tmp");
    let input = dir.path().join("cases.jsonl");
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(std::fs::File::create(&input).expect("create"));
        f.write_all(b"{\"case_id\":\"").expect("w");
        let chunk = vec![b'x'; 1024 * 1024];
        for _ in 0..300 {
            f.write_all(&chunk).expect("w");
        }
        f.write_all(b"\"}\n").expect("w");
    }
    let out = dir.path().join("out");
    let mut child = bin()
        .args(["batch", "-q"])
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("run");
    // wait4, not wait: the rusage of this child alone (other tests' children run meanwhile).
    let mut status = 0;
    // SAFETY: rusage is plain data; wait4 fills it for the pid given, which is our child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    // SAFETY: pid is a child of this process that has not been waited for.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid, "wait4: {}", std::io::Error::last_os_error());
    // The child is reaped: forget the handle without waiting again.
    let _ = child.try_wait();
    assert!(libc::WIFEXITED(status), "batch did not exit normally");
    assert_eq!(
        libc::WEXITSTATUS(status),
        1,
        "the long line is a failed case"
    );
    let peak_mb = usage.ru_maxrss / 1024; // kilobytes on Linux
    assert!(peak_mb < 200, "batch peaked at {peak_mb} MB");
}
