//! The filled forms as Chromium's PDF engine (pdfium, through pypdfium2) draws them: with the
//! form environment (Chromium's viewer), the values are drawn on the editable form; without it
//! (a plain renderer), on the flattened copy. Needs python3 with pypdfium2 and Pillow
//! (installed by .ci/run), and the blanks; elsewhere, without them, the test prints
//! `SKIPPED: …` and passes (under CI it fails).

mod common;

use std::ffi::OsStr;
use std::path::Path;
use std::process::Command;

fn pdfium_available() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import pypdfium2, PIL"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        common::skip("python3 with pypdfium2 and Pillow not found (.ci/run installs them)");
    }
    ok
}

/// Dark pixels of one page as pdfium draws it.
fn ink(file: &Path, page: usize, forms: bool) -> u64 {
    let out = Command::new("python3")
        .arg(common::root().join("tests/tools/pdfium_ink.py"))
        .arg(file)
        .arg(page.to_string())
        .arg(if forms { "1" } else { "0" })
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "pdfium failed on {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("a pixel count")
}

#[test]
fn chromium_engine_draws_the_values_of_every_form() {
    let Some(blanks) = common::blanks_or_skip() else {
        return;
    };
    if !pdfium_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let cases = [
        ("i589-affirmative-family.json", "i-589"),
        ("i730-asylee-spouse-stepchild.json", "i-730-spouse"),
        ("i485-asylee.json", "i-485-applicant"),
    ];
    for (fixture, stem) in cases {
        let out = dir.path().join(stem);
        common::Run::new(["render"])
            .arg(common::root().join("fixtures/valid").join(fixture))
            .args([OsStr::new("--blank"), blanks.as_os_str(), OsStr::new("-o")])
            .arg(&out)
            .arg("--flatten")
            .assert()
            .success();
        let filled = out.join(format!("{stem}.pdf"));
        let flat = out.join(format!("{stem}-flat.pdf"));
        // Without the form environment pdfium draws no widget at all (crbug.com/pdfium/993):
        // that page is the form without its values, the baseline for both checks.
        let bare = ink(&filled, 0, false);
        let with_forms = ink(&filled, 0, true);
        let plain_flat = ink(&flat, 0, false);
        println!("{stem}: page without widgets {bare}, with the form environment {with_forms}, flattened {plain_flat}");
        // Rendering is deterministic: the values on a first page add several hundred dark
        // pixels at 72 dpi (700 to 3,000 on these fixtures).
        assert!(
            with_forms > bare + 300,
            "{stem}: Chromium's viewer would show the form empty ({with_forms} vs {bare})"
        );
        assert!(
            plain_flat > bare + 300,
            "{stem}: the flattened copy shows no values in pdfium ({plain_flat} vs {bare})"
        );
    }
}
