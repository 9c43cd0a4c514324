//! Time and size of the draft review PDF per fixture, resources loaded once:
//! `cargo run --release --example draft_time [ROUNDS]`.

use asylum_forms::app::packet::{self, Resources};
use std::time::Instant;

// The allocator the binary ships with (src/main.rs), so these figures are the tool's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> Result<(), String> {
    let rounds: u32 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).ok_or("date")?;
    let t = Instant::now();
    let mut res = Resources::new(today).map_err(|e| e.to_string())?;
    res.load_draft().map_err(|e| e.to_string())?;
    println!(
        "resources (schemas, fonts, templates) loaded once: {:?}",
        t.elapsed()
    );
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/valid");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    for path in paths {
        let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
        let outcome =
            asylum_forms::validate::check_bytes_with_json(&bytes, &res.schemas, res.today);
        let Some(case) = outcome.validated() else {
            continue;
        };
        let list = asylum_forms::checklist::build(case, &res.evidence);
        let dr = res.draft.as_ref().ok_or("no draft resources")?;
        let t = Instant::now();
        let mut size = 0;
        let mut pages = 0;
        for _ in 0..rounds {
            let d = asylum_forms::draft::make(
                case,
                &outcome.findings,
                &list,
                dr,
                packet::draft_date(res.today),
                &[],
                &res.editions(),
            )
            .map_err(|e| e.to_string())?;
            size = d.bytes.len();
            pages = d.pages;
        }
        println!(
            "{}: {:.1} ms per draft, {} pages, {} KB",
            path.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default(),
            t.elapsed().as_secs_f64() * 1000.0 / f64::from(rounds),
            pages,
            size.div_ceil(1024)
        );
    }
    Ok(())
}
