//! Failures that were passed over without a word (issue 14's "no silent fallbacks"), each now
//! the run's error with exit code 2 and a message naming what failed. Each test fails on the
//! code before the fix: the run went on (exit 0) with the failure dropped.

mod common;

use common::Run;

fn fixture(name: &str) -> std::path::PathBuf {
    common::root().join("fixtures/valid").join(name)
}

/// `--fonts DIR` that does not exist gave no fonts at all, and the fill then blamed a missing
/// character on the built-in fonts.
#[test]
fn a_fonts_folder_that_cannot_be_read_stops_the_render() {
    let dir = tempfile::tempdir().expect("tmp");
    let missing = dir.path().join("no-such-fonts");
    Run::new(["render"])
        .arg(fixture("i589-defensive.json"))
        .arg("-o")
        .arg(dir.path().join("out"))
        .arg("--fonts")
        .arg(&missing)
        .assert()
        .code(2)
        .stderr_contains(&format!("cannot read {}", missing.display()));
}

/// A font in `--fonts DIR` that does not parse was dropped as if it were not there.
#[test]
fn a_font_that_does_not_parse_stops_the_render() {
    let dir = tempfile::tempdir().expect("tmp");
    let fonts = dir.path().join("fonts");
    std::fs::create_dir(&fonts).expect("mkdir");
    let bad = fonts.join("NotoSans-Regular.ttf");
    std::fs::write(&bad, b"not a font").expect("write");
    Run::new(["render"])
        .arg(fixture("i589-defensive.json"))
        .arg("-o")
        .arg(dir.path().join("out"))
        .arg("--fonts")
        .arg(&fonts)
        .assert()
        .code(2)
        .stderr_contains(&format!("{} is not a font the tool can use", bad.display()));
}

/// A SOURCE_DATE_EPOCH that is not a number dated the draft today without a word; the
/// reproducible-builds specification asks for an error.
#[test]
fn a_malformed_source_date_epoch_is_refused() {
    let dir = tempfile::tempdir().expect("tmp");
    Run::new(["render"])
        .arg(fixture("i589-defensive.json"))
        .arg("-o")
        .arg(dir.path().join("out"))
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .assert()
        .code(2)
        .stderr_contains("SOURCE_DATE_EPOCH is \"yesterday\", not a number of seconds");
    // A well-formed one is used, as before.
    Run::new(["render"])
        .arg(fixture("i589-defensive.json"))
        .arg("-o")
        .arg(dir.path().join("out2"))
        .env("SOURCE_DATE_EPOCH", "1796601600")
        .assert()
        .success();
}
