//! Per-stage timings: validation (cases per second), filling each official form with a blank
//! parsed once outside the measured loop, and a whole packet (every form a case needs plus its
//! checklist and draft) through `packet::prepare`, as `render` and `batch` run it.
//!
//! `cargo bench --bench stages` (release build). The fill and packet benches need USCIS's blanks
//! in `ASYLUM_FORMS_SHARED/uscis-forms/` (default `../shared`); without them they are skipped
//! with a message. `bench/compare.sh` runs the I-589 fill beside pypdf doing the same work.

use asylum_forms::app::packet::{self, Resources};
use asylum_forms::forms::render;
use asylum_forms::forms::values::{self, FieldValue};
use asylum_forms::pdf;
use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

// The allocator the binary ships with (src/main.rs), so these figures are the tool's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

/// The date the tests use, so the rules take the same paths as in `cargo test`.
const TODAY: (i32, u32, u32) = (2026, 11, 22);

/// (form key, fixture whose first instance of that form is filled).
const FILLS: [(&str, &str); 3] = [
    ("i-589", "i589-affirmative-family"),
    ("i-730", "i730-asylee-spouse-stepchild"),
    ("i-485", "i485-asylee"),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn blank_dir() -> PathBuf {
    std::env::var_os("ASYLUM_FORMS_SHARED")
        .map_or_else(|| root().join("../shared"), PathBuf::from)
        .join("uscis-forms")
}

/// (file stem, bytes) of every valid fixture, sorted by name.
fn fixtures() -> Vec<(String, Vec<u8>)> {
    let dir = root().join("fixtures/valid");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures/valid")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let stem = p
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("case")
                .to_string();
            (stem, std::fs::read(&p).expect("read fixture"))
        })
        .collect()
}

fn resources() -> Resources {
    let today = NaiveDate::from_ymd_opt(TODAY.0, TODAY.1, TODAY.2).expect("date");
    Resources::new(today).expect("resources")
}

/// The values `render` gives the first instance of `form` in the validated case, as the PDF
/// writer takes them.
fn fill_values(
    fb: &render::FormBlank,
    case: asylum_forms::validate::Case,
) -> Vec<(String, pdf::FieldValue)> {
    let (_, _, instance) = render::instances(case)
        .into_iter()
        .find(|(f, _, _)| *f == fb.form)
        .expect("fixture has the form");
    values::evaluate(&fb.rows, case.json(), &instance)
        .into_iter()
        .map(|(k, v)| {
            let v = match v {
                FieldValue::Text(s) => pdf::FieldValue::Text(s),
                FieldValue::Check(b) => pdf::FieldValue::Check(b),
            };
            (k, v)
        })
        .collect()
}

fn bench_validate(c: &mut Criterion) {
    let res = resources();
    let cases = fixtures();
    let mut g = c.benchmark_group("validate");
    g.throughput(Throughput::Elements(1));
    for (stem, bytes) in &cases {
        let outcome = asylum_forms::validate::check_bytes(bytes, &res.schemas, res.today);
        assert!(!outcome.has_errors(), "{stem} must be valid");
        g.bench_function(stem.as_str(), |b| {
            b.iter(|| {
                asylum_forms::validate::check_bytes(black_box(bytes), &res.schemas, res.today)
            })
        });
    }
    // The figure the README quotes: generated cases vary in size and forms like real ones, where
    // each fixture is one shape. One iteration validates all of them; the time per case is the
    // time shown divided by GENERATED (the rate shown is per case).
    let generated: Vec<Vec<u8>> =
        asylum_forms::start::generate::cases(asylum_forms::start::generate::Options {
            count: GENERATED,
            seed: 7,
            broken_percent: 0,
            compact: false,
        })
        .expect("generator")
        .map(|g| g.expect("generated case").bytes)
        .collect();
    for bytes in &generated {
        let outcome = asylum_forms::validate::check_bytes(bytes, &res.schemas, res.today);
        assert!(outcome.case.is_some(), "generated cases are readable");
    }
    g.throughput(Throughput::Elements(GENERATED as u64));
    g.bench_function("generated", |b| {
        b.iter(|| {
            for bytes in &generated {
                black_box(asylum_forms::validate::check_bytes(
                    black_box(bytes),
                    &res.schemas,
                    res.today,
                ));
            }
        })
    });
    g.finish();
}

/// How many generated cases `validate/generated` runs through per iteration.
const GENERATED: usize = 200;

/// Loads every blank, or says why the fill benches are skipped.
fn with_blanks() -> Option<Resources> {
    let dir = blank_dir();
    if !dir.join("i-589.pdf").is_file() {
        eprintln!(
            "stages: skipping the fill and packet benches: no USCIS blanks in {} (set ASYLUM_FORMS_SHARED)",
            dir.display()
        );
        return None;
    }
    let mut res = resources();
    res.load_blanks(&dir, &asylum_forms::forms::Form::ALL)
        .expect("blanks load");
    res.fill.fallback_fonts = packet::load_fonts(None).expect("built-in fonts");
    // A packet is everything `render` and `batch` write for a case, the draft included.
    res.load_draft().expect("draft resources");
    Some(res)
}

fn bench_fill(c: &mut Criterion) {
    let Some(res) = with_blanks() else { return };
    let cases = fixtures();
    let mut g = c.benchmark_group("fill");
    g.sample_size(20).measurement_time(Duration::from_secs(8));
    for (form, fixture) in FILLS {
        let (_, bytes) = cases
            .iter()
            .find(|(s, _)| s == fixture)
            .expect("fixture exists");
        let out = asylum_forms::validate::check_bytes_with_json(bytes, &res.schemas, res.today);
        let case = out.validated().expect("fixture validates");
        let fb = res
            .blanks
            .iter()
            .find(|b| b.form.file_stem() == form)
            .expect("blank loaded");
        let values = fill_values(fb, case);
        g.bench_function(form, |b| {
            b.iter(|| fb.blank.fill(black_box(&values), &res.fill).expect("fill"))
        });
    }
    g.finish();
}

fn bench_packet(c: &mut Criterion) {
    let Some(res) = with_blanks() else { return };
    let mut g = c.benchmark_group("packet");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    for (stem, bytes) in fixtures() {
        let p = packet::prepare(&bytes, &res);
        assert!(p.failure.is_none(), "{stem}: {:?}", p.failure);
        assert!(!p.forms.is_empty(), "{stem} fills forms");
        g.bench_function(stem.as_str(), |b| {
            b.iter(|| packet::prepare(black_box(&bytes), &res))
        });
    }
    g.finish();
}

/// The draft review PDF alone, per fixture (resources loaded once).
fn bench_draft(c: &mut Criterion) {
    let mut res = resources();
    res.load_draft().expect("draft resources");
    let Some(dr) = res.draft.as_ref() else { return };
    let mut g = c.benchmark_group("draft");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    for (stem, bytes) in fixtures() {
        let out = asylum_forms::validate::check_bytes_with_json(&bytes, &res.schemas, res.today);
        let Some(case) = out.validated() else {
            continue;
        };
        let list = asylum_forms::checklist::build(case, &res.evidence);
        g.bench_function(stem.as_str(), |b| {
            b.iter(|| {
                asylum_forms::draft::make(
                    case,
                    &out.findings,
                    &list,
                    dr,
                    res.today,
                    &[],
                    &res.editions(),
                )
                .expect("draft")
            })
        });
    }
    g.finish();
}

/// Blank parse is paid once per run, not per case; shown for scale.
fn bench_parse(c: &mut Criterion) {
    let dir = blank_dir();
    let Ok(bytes) = std::fs::read(dir.join("i-589.pdf")) else {
        return;
    };
    let mut g = c.benchmark_group("once-per-run");
    g.sample_size(10);
    g.bench_function("parse i-589 blank", |b| {
        b.iter(|| {
            render::load_blank(asylum_forms::forms::Form::I589, black_box(&bytes)).expect("blank")
        })
    });
    g.bench_function("load schemas", |b| b.iter(resources));
    g.finish();
}

criterion_group!(
    benches,
    bench_validate,
    bench_fill,
    bench_packet,
    bench_draft,
    bench_parse
);
criterion_main!(benches);
