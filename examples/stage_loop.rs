//! Runs one stage N times over a fixture, for a profiler: `valgrind --tool=callgrind
//! target/release/examples/stage_loop validate fixtures/valid/i589-affirmative-family.json 200`
//! gives repeatable instruction counts where the criterion bench mixes in its own setup.
//! Stages: `validate`, `parse` (the reader alone; folders only), `packet` (needs the blanks in ASYLUM_FORMS_SHARED/uscis-forms, default
//! ../shared). CASE may be a folder: then each stage runs N times over every `*.json` in it
//! (e.g. the output of `asylum-forms generate`), and the time per case is printed.

use asylum_forms::app::packet::{self, Resources};
use std::path::PathBuf;
use std::process::ExitCode;

// The allocator the binary ships with (src/main.rs), so these figures are the tool's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("stage_loop: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [stage, case, n] = args.as_slice() else {
        return Err("usage: stage_loop validate|packet CASE N".into());
    };
    let n: usize = n.parse().map_err(|e| format!("N: {e}"))?;
    if std::path::Path::new(case).is_dir() {
        return folder(stage, case, n);
    }
    let bytes = std::fs::read(case).map_err(|e| format!("cannot read {case}: {e}"))?;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).ok_or("date")?;
    let mut res = Resources::new(today).map_err(|e| e.to_string())?;
    match stage.as_str() {
        "validate" => {
            let mut errors = 0;
            for _ in 0..n {
                let out = asylum_forms::validate::check_bytes(&bytes, &res.schemas, res.today);
                errors += usize::from(out.has_errors());
            }
            println!("{n} validations, {errors} with errors");
        }
        "packet" => {
            let shared = std::env::var_os("ASYLUM_FORMS_SHARED")
                .map_or_else(|| PathBuf::from("../shared"), PathBuf::from);
            res.load_blanks(&shared.join("uscis-forms"), &asylum_forms::forms::Form::ALL)
                .map_err(|e| e.to_string())?;
            res.fill.fallback_fonts = packet::load_fonts(None).expect("built-in fonts");
            // A packet is everything `render` and `batch` write for a case, the draft included.
            res.load_draft().map_err(|e| e.to_string())?;
            let mut size = 0;
            for _ in 0..n {
                let p = packet::prepare(&bytes, &res);
                if let Some(f) = p.failure {
                    return Err(f.to_string());
                }
                size += p.files().iter().map(|(_, b)| b.len()).sum::<usize>();
            }
            println!("{n} packets, {size} bytes");
        }
        other => return Err(format!("unknown stage {other}")),
    }
    Ok(())
}

/// The cases of a folder, sorted by name.
fn read_folder(dir: &str) -> Result<Vec<Vec<u8>>, String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {dir}: {e}"))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read(p).map_err(|e| format!("cannot read {}: {e}", p.display())))
        .collect()
}

/// Each step of a validation timed on its own (N rounds over the folder): where the time of
/// `validate` goes, without a profiler's attribution of inlined and recursive code.
fn phases(dir: &str, n: usize) -> Result<(), String> {
    use asylum_forms::model::CaseFile;
    use serde::Deserialize;
    let cases = read_folder(dir)?;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).ok_or("date")?;
    let res = Resources::new(today).map_err(|e| e.to_string())?;
    let docs: Vec<_> = cases
        .iter()
        .map(|b| asylum_forms::load::reader::parse(b).map_err(|e| e.message))
        .collect::<Result<_, _>>()?;
    let typed: Vec<CaseFile> = docs
        .iter()
        .map(|d| CaseFile::deserialize(d.root()).map_err(|e| e.to_string()))
        .collect::<Result<_, _>>()?;
    let total = (n * cases.len()).max(1) as f64;
    let time = |name: &str, f: &mut dyn FnMut() -> usize| {
        let started = std::time::Instant::now();
        let mut count = 0;
        for _ in 0..n {
            count += f();
        }
        let each = started.elapsed().as_secs_f64() * 1e6 / total;
        println!("{name:>8}: {each:6.1} µs per case ({count})");
    };
    time("parse", &mut || {
        cases
            .iter()
            .filter(|b| asylum_forms::load::reader::parse(b).is_ok())
            .count()
    });
    time("schema", &mut || {
        docs.iter().map(|d| res.schemas.check(d).len()).sum()
    });
    time("model", &mut || {
        docs.iter()
            .filter(|d| CaseFile::deserialize(d.root()).is_ok())
            .count()
    });
    time("rules", &mut || {
        docs.iter()
            .zip(&typed)
            .map(|(d, case)| {
                let ctx = asylum_forms::rules::Ctx {
                    case,
                    json: d.root(),
                    schemas: &res.schemas,
                    today,
                };
                asylum_forms::rules::run(&ctx).len()
            })
            .sum()
    });
    time("chain", &mut || {
        docs.iter()
            .map(|d| {
                let issues = res.schemas.check(d).len();
                let Ok(case) = CaseFile::deserialize(d.root()) else {
                    return issues;
                };
                let ctx = asylum_forms::rules::Ctx {
                    case: &case,
                    json: d.root(),
                    schemas: &res.schemas,
                    today,
                };
                issues + asylum_forms::rules::run(&ctx).len()
            })
            .sum()
    });
    time("doc", &mut || {
        docs.iter()
            .filter(|d| asylum_forms::validate::check_doc(d, &res.schemas, today).has_errors())
            .count()
    });
    time("validate", &mut || {
        cases
            .iter()
            .filter(|b| asylum_forms::validate::check_bytes(b, &res.schemas, today).has_errors())
            .count()
    });
    Ok(())
}

/// `validate` over every case of a folder, N rounds; prints the mean time per case.
fn folder(stage: &str, dir: &str, n: usize) -> Result<(), String> {
    if stage == "phases" {
        return phases(dir, n);
    }
    if stage != "validate" && stage != "parse" {
        return Err("a folder of cases is for the validate, parse and phases stages".into());
    }
    let cases = read_folder(dir)?;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).ok_or("date")?;
    let res = Resources::new(today).map_err(|e| e.to_string())?;
    let started = std::time::Instant::now();
    let mut errors = 0;
    for _ in 0..n {
        for bytes in &cases {
            if stage == "parse" {
                // The reader alone: the first step of every validation.
                errors += usize::from(asylum_forms::load::reader::parse(bytes).is_err());
                continue;
            }
            let out = asylum_forms::validate::check_bytes(bytes, &res.schemas, res.today);
            errors += usize::from(out.has_errors());
        }
    }
    let total = n * cases.len();
    let each = started.elapsed().as_secs_f64() * 1e6 / total.max(1) as f64;
    let bytes: usize = cases.iter().map(Vec::len).sum();
    println!(
        "{total} validations of {} cases (mean {} bytes), {errors} with errors: {each:.1} µs per case",
        cases.len(),
        bytes / cases.len().max(1)
    );
    Ok(())
}
