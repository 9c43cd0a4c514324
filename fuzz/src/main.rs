//! asylum-forms-fuzz TARGET [--seconds N] [--seed S] [--timeout S] [--qpdf-every N]
//!
//! A self-contained mutational fuzzer on stable Rust (see Cargo.toml for why not libFuzzer or
//! AFL). Targets:
//!
//! - `validate`: the reader and validation (`validate::check_bytes`) on mutated case files:
//!   raw byte mutations (JSON syntax at its edges, bad UTF-8, BOMs) and JSON mutations (values
//!   of other types, extreme numbers and dates, every script, control and bidi characters,
//!   repeated list entries, removed and added keys) of the fixtures and generated cases.
//! - `render`: the whole packet (`packet::prepare`: validation, checklist, draft, official forms
//!   filled from the real blanks) on valid-but-extreme cases (long texts, many rows, every
//!   script, control and bidi characters in free texts), the PDFs checked with `qpdf --check`
//!   every Nth input.
//! - `blank`: loading a blank (`render::load_blank`) mutated structurally (page-tree and
//!   field-tree cycles, self-parent fields, absurd /Length, rewired references, deleted
//!   objects) or byte by byte; a blank that loads is then filled, and the form checked with qpdf.
//!
//! A panic is a crash; an input taking longer than `--timeout` seconds (5) is a hang; a PDF
//! qpdf rejects is a failure. Each is saved under `fuzz/artifacts/TARGET/` (its name says which)
//! and the run exits 1; a hang ends the run at once (exit 3) since its thread cannot be stopped.
//! One line per run is appended to `fuzz/artifacts/stats.tsv` (target, seed, executions,
//! seconds, crashes, hangs, qpdf failures).

mod mutate;
mod pdfmut;

use asylum_forms::app::packet::{self, Resources};
use asylum_forms::forms::render;
use mutate::Rng;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Config {
    target: String,
    seconds: u64,
    seed: u64,
    timeout: u64,
    qpdf_every: u64,
    max_execs: u64,
}

fn usage() -> ExitCode {
    eprintln!("usage: asylum-forms-fuzz validate|render|blank [--seconds N] [--seed S] [--timeout S] [--qpdf-every N] [--execs N]");
    ExitCode::from(2)
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn shared() -> PathBuf {
    std::env::var_os("ASYLUM_FORMS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared"))
}

fn artifacts(target: &str) -> PathBuf {
    root().join("fuzz/artifacts").join(target)
}

/// FNV-1a: a stable short name for an artifact.
fn hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    format!("{h:016x}")
}

fn save(target: &str, kind: &str, ext: &str, bytes: &[u8]) -> PathBuf {
    let dir = artifacts(target);
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!("{kind}-{}.{ext}", hash(bytes)));
    let _ = std::fs::write(&path, bytes);
    path
}

/// What the watchdog needs: when the current input started (ms since start + 1; 0 = idle) and
/// the input itself.
struct Watch {
    start: Instant,
    started_ms: AtomicU64,
    input: Mutex<(Vec<u8>, &'static str)>,
}

#[derive(Default)]
struct Stats {
    execs: u64,
    crashes: u64,
    qpdf_checked: u64,
    qpdf_failures: u64,
    /// Inputs the tool refused or reported on cleanly, or rendered: the outcome counts.
    outcomes: std::collections::BTreeMap<String, u64>,
}

impl Stats {
    fn count(&mut self, what: &str) {
        *self.outcomes.entry(what.to_string()).or_default() += 1;
    }
}

fn record(cfg: &Config, stats: &Stats, seconds: f64, hangs: u64) {
    let line = format!(
        "{}\t{}\t{}\t{:.0}\t{}\t{}\t{}\t{}\n",
        cfg.target,
        cfg.seed,
        stats.execs,
        seconds,
        stats.crashes,
        hangs,
        stats.qpdf_failures,
        stats.qpdf_checked
    );
    let dir = root().join("fuzz/artifacts");
    let _ = std::fs::create_dir_all(&dir);
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("stats.tsv"))
    {
        let _ = f.write_all(line.as_bytes());
    }
}

fn qpdf_available() -> bool {
    let ok = Command::new("qpdf")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "qpdf is needed in CI (the render and blank targets check their PDFs with it)"
        );
        eprintln!("qpdf not found: PDFs are not checked");
    }
    ok
}

/// `qpdf --check`: Ok, or its report. Exit 3 is "operation succeeded with warnings": damaged
/// stream data of a mutated blank, carried into the form as it was, which viewers read; only
/// errors (exit 2) fail.
fn qpdf_check(pdf: &[u8]) -> Result<(), String> {
    let mut file = tempfile::NamedTempFile::new().map_err(|e| e.to_string())?;
    file.write_all(pdf).map_err(|e| e.to_string())?;
    let out = Command::new("qpdf")
        .arg("--check")
        .arg(file.path())
        .output()
        .map_err(|e| e.to_string())?;
    match out.status.code() {
        Some(0 | 3) => Ok(()),
        _ => Err(format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(target) = args.first().cloned() else {
        return usage();
    };
    let mut cfg = Config {
        target,
        seconds: 60,
        seed: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64),
        timeout: 5,
        qpdf_every: 10,
        max_execs: u64::MAX,
    };
    // `--replay FILE...`: each file through the target's check once, with its time (the
    // blank target's form from FUZZ_FORM, e.g. FUZZ_FORM=i-485).
    let (args, replay): (Vec<String>, Vec<String>) = match args.iter().position(|a| a == "--replay")
    {
        Some(i) => (args[..i].to_vec(), args[i + 1..].to_vec()),
        None => (args.clone(), Vec::new()),
    };
    let mut it = args[1..].iter();
    while let Some(flag) = it.next() {
        let Some(value) = it.next().and_then(|v| v.parse::<u64>().ok()) else {
            return usage();
        };
        match flag.as_str() {
            "--seconds" => cfg.seconds = value,
            "--seed" => cfg.seed = value,
            "--timeout" => cfg.timeout = value,
            "--qpdf-every" => cfg.qpdf_every = value.max(1),
            "--execs" => cfg.max_execs = value,
            _ => return usage(),
        }
    }
    // Panics are caught per input and reported once, with the input saved.
    let last_panic: Arc<Mutex<String>> = Arc::default();
    {
        let last_panic = last_panic.clone();
        std::panic::set_hook(Box::new(move |info| {
            let loc = info
                .location()
                .map(|l| format!("{}:{}", l.file(), l.line()))
                .unwrap_or_default();
            let msg = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_default();
            if let Ok(mut p) = last_panic.lock() {
                *p = format!("{msg} at {loc}");
            }
        }));
    }
    let watch: &'static Watch = Box::leak(Box::new(Watch {
        start: Instant::now(),
        started_ms: AtomicU64::new(0),
        input: Mutex::new((Vec::new(), "bin")),
    }));
    let begun = Instant::now();
    let stats: Arc<Mutex<Stats>> = Arc::default();
    {
        let stats = stats.clone();
        let target = cfg.target.clone();
        let (timeout, seed) = (cfg.timeout, cfg.seed);
        // The time an input takes is the CPU time the process spends on it (the fuzzer runs
        // under `nice -n 19` beside builds: wall-clock time there says nothing), with ten times
        // the limit of wall-clock time as a last resort (an input that blocks).
        let mut seen = (0u64, 0u64);
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_millis(200));
            let started = watch.started_ms.load(Ordering::SeqCst);
            if started == 0 {
                continue;
            }
            let cpu = cpu_ms();
            if started != seen.0 {
                seen = (started, cpu);
            }
            let now = watch.start.elapsed().as_millis() as u64 + 1;
            if cpu.saturating_sub(seen.1) > timeout * 1000
                || now.saturating_sub(started) > timeout * 10_000
            {
                let (input, ext) = watch
                    .input
                    .lock()
                    .map(|g| (g.0.clone(), g.1))
                    .unwrap_or_default();
                let path = save(&target, "hang", ext, &input);
                eprintln!(
                    "HANG: an input took over {timeout} s; saved as {}",
                    path.display()
                );
                let execs = stats.lock().map(|s| s.execs).unwrap_or(0);
                let cfg = Config {
                    target: target.clone(),
                    seconds: 0,
                    seed,
                    timeout,
                    qpdf_every: 0,
                    max_execs: 0,
                };
                let s = Stats {
                    execs,
                    ..Stats::default()
                };
                record(&cfg, &s, begun.elapsed().as_secs_f64(), 1);
                std::process::exit(3);
            }
        });
    }
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let mut run: Target = match cfg.target.as_str() {
        "validate" => match validate_target(today) {
            Ok(f) => f,
            Err(e) => return fail(&e),
        },
        "render" => match render_target(today) {
            Ok(f) => f,
            Err(e) => return fail(&e),
        },
        "blank" => match blank_target() {
            Ok(f) => f,
            Err(e) => return fail(&e),
        },
        _ => return usage(),
    };
    let qpdf = cfg.target != "validate" && qpdf_available();
    if !replay.is_empty() {
        let mut rng = Rng::new(cfg.seed);
        for file in &replay {
            let bytes = match std::fs::read(file) {
                Ok(b) => b,
                Err(e) => return fail(&format!("{file}: {e}")),
            };
            let input = run(&mut rng);
            let (cpu, wall) = (cpu_ms(), Instant::now());
            let checked =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (input.check)(&bytes)));
            let took = format!(
                "{:.2} s CPU, {:.2} s wall",
                (cpu_ms() - cpu) as f64 / 1000.0,
                wall.elapsed().as_secs_f64()
            );
            match checked {
                Ok(c) => {
                    let mut bad = 0;
                    if qpdf {
                        bad = c
                            .pdfs
                            .iter()
                            .filter(|(_, p)| qpdf_check(p).is_err())
                            .count();
                    }
                    eprintln!(
                        "{file}: {} ({took}; {} PDFs, {bad} fail qpdf)",
                        c.outcome,
                        c.pdfs.len()
                    );
                }
                Err(_) => eprintln!(
                    "{file}: PANIC {} ({took})",
                    last_panic.lock().map(|p| p.clone()).unwrap_or_default()
                ),
            }
        }
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "fuzzing {} for {} s (seed {}, timeout {} s, qpdf every {} inputs)",
        cfg.target, cfg.seconds, cfg.seed, cfg.timeout, cfg.qpdf_every
    );
    let mut rng = Rng::new(cfg.seed);
    let deadline = begun + Duration::from_secs(cfg.seconds);
    let mut next_report = begun + Duration::from_secs(60);
    let mut failed = false;
    loop {
        let now = Instant::now();
        if now >= deadline || stats.lock().map_or(0, |s| s.execs) >= cfg.max_execs {
            break;
        }
        if now >= next_report {
            let s = stats.lock().map(|s| s.execs).unwrap_or(0);
            eprintln!("  {} s: {s} inputs", now.duration_since(begun).as_secs());
            next_report = now + Duration::from_secs(60);
        }
        let Input { bytes, ext, check } = run(&mut rng);
        if let Ok(mut g) = watch.input.lock() {
            *g = (bytes.clone(), ext);
        }
        watch.started_ms.store(
            watch.start.elapsed().as_millis() as u64 + 1,
            Ordering::SeqCst,
        );
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&bytes)));
        watch.started_ms.store(0, Ordering::SeqCst);
        let mut s = stats.lock().expect("stats");
        s.execs += 1;
        let execs = s.execs;
        match outcome {
            Ok(result) => {
                s.count(&result.outcome);
                if qpdf && !result.pdfs.is_empty() && execs.is_multiple_of(cfg.qpdf_every) {
                    for (name, pdf) in &result.pdfs {
                        s.qpdf_checked += 1;
                        if let Err(report) = qpdf_check(pdf) {
                            s.qpdf_failures += 1;
                            failed = true;
                            let input = save(&cfg.target, "qpdf-input", ext, &bytes);
                            let output = save(&cfg.target, "qpdf-output", "pdf", pdf);
                            eprintln!(
                                "QPDF FAILURE on {name}: input {}, output {}\n{}",
                                input.display(),
                                output.display(),
                                report.lines().take(8).collect::<Vec<_>>().join("\n")
                            );
                        }
                    }
                }
            }
            Err(_) => {
                s.crashes += 1;
                failed = true;
                let path = save(&cfg.target, "crash", ext, &bytes);
                let msg = last_panic.lock().map(|p| p.clone()).unwrap_or_default();
                eprintln!("CRASH: {msg}; saved as {}", path.display());
            }
        }
    }
    let elapsed = begun.elapsed().as_secs_f64();
    let s = stats.lock().expect("stats");
    record(&cfg, &s, elapsed, 0);
    eprintln!(
        "{}: {} inputs in {:.0} s ({:.1}/s), {} crashes, 0 hangs, {} of {} PDFs checked failed qpdf",
        cfg.target,
        s.execs,
        elapsed,
        s.execs as f64 / elapsed.max(0.001),
        s.crashes,
        s.qpdf_failures,
        s.qpdf_checked
    );
    for (what, n) in &s.outcomes {
        eprintln!("  {n:>8}  {what}");
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// CPU time of this process (user + system), in ms, from /proc/self/stat (0 elsewhere).
fn cpu_ms() -> u64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0;
    };
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name; the clock
    // ticks 100 times a second on Linux.
    (ticks(11) + ticks(12)) * 10
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("asylum-forms-fuzz: {msg}");
    ExitCode::from(2)
}

/// A target: makes the next input from the random source.
type Target = Box<dyn FnMut(&mut Rng) -> Input>;

/// How one input is checked.
type Check = Box<dyn FnOnce(&[u8]) -> Checked>;

/// One generated input and how to check it.
struct Input {
    bytes: Vec<u8>,
    ext: &'static str,
    check: Check,
}

/// What one input did: an outcome class (counted) and the PDFs made (for qpdf).
struct Checked {
    outcome: String,
    pdfs: Vec<(String, Vec<u8>)>,
}

fn read_dir_json(dir: &Path) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|e| e == "json") {
                if let Ok(b) = std::fs::read(&p) {
                    out.push(b);
                }
            }
        }
    }
    out
}

fn generated(count: usize, broken: u8) -> Result<Vec<Vec<u8>>, String> {
    let opts = asylum_forms::start::generate::Options {
        count,
        seed: 17,
        broken_percent: broken,
        compact: false,
    };
    asylum_forms::start::generate::cases(opts)
        .map_err(|e| e.to_string())?
        .map(|g| g.map(|g| g.bytes).map_err(|e| e.to_string()))
        .collect()
}

/// Seeds: every fixture (valid and invalid) and generated cases.
fn seeds(with_invalid: bool) -> Result<Vec<Vec<u8>>, String> {
    let mut seeds = read_dir_json(&root().join("fixtures/valid"));
    if with_invalid {
        seeds.extend(read_dir_json(&root().join("fixtures/invalid")));
    }
    seeds.extend(generated(20, if with_invalid { 30 } else { 0 })?);
    if seeds.is_empty() {
        return Err("no seeds (fixtures/ not found)".into());
    }
    Ok(seeds)
}

fn validate_target(today: chrono::NaiveDate) -> Result<Target, String> {
    let seeds = seeds(true)?;
    let values: Vec<Option<Value>> = seeds
        .iter()
        .map(|s| serde_json::from_slice(s).ok())
        .collect();
    let schemas: &'static asylum_forms::schema::SchemaSet = Box::leak(Box::new(
        asylum_forms::schema::SchemaSet::load().map_err(|e| e.to_string())?,
    ));
    // The seeds that validate: picked two times in three, so most inputs reach the rules.
    let valid: Vec<usize> = (0..seeds.len())
        .filter(|&i| {
            asylum_forms::validate::check_bytes(&seeds[i], schemas, today)
                .case
                .is_some()
        })
        .collect();
    Ok(Box::new(move |rng: &mut Rng| {
        let i = if !valid.is_empty() && rng.chance(67) {
            *rng.pick(&valid)
        } else {
            rng.below(seeds.len())
        };
        // Mostly structured mutations, half of them keeping the case valid, so the rules run
        // (byte mutations mostly test the reader: it refuses them early).
        let bytes = match (&values[i], rng.chance(75)) {
            (Some(v), true) => {
                let mut v = v.clone();
                // Mostly a few repeats; now and then thousands (bounded work).
                let max_repeat = if rng.chance(3) { 3000 } else { 20 };
                for _ in 0..1 + rng.below(6) {
                    let keep_valid = rng.chance(50);
                    mutate::json(&mut v, rng, keep_valid, max_repeat);
                }
                let mut b = if rng.chance(50) {
                    serde_json::to_vec(&v).unwrap_or_default()
                } else {
                    serde_json::to_vec_pretty(&v).unwrap_or_default()
                };
                if rng.chance(10) {
                    mutate::bytes(&mut b, rng);
                }
                b
            }
            _ => {
                let mut b = seeds[i].clone();
                for _ in 0..1 + rng.below(8) {
                    mutate::bytes(&mut b, rng);
                }
                b
            }
        };
        Input {
            bytes,
            ext: "json",
            check: Box::new(move |b: &[u8]| {
                let outcome = asylum_forms::validate::check_bytes(b, schemas, today);
                // Every finding's record is made, as `--format json` prints it.
                for f in &outcome.findings {
                    let _ = f.record("fuzz.json");
                }
                let class = if outcome.case.is_none() {
                    "refused (no typed case)"
                } else if outcome.has_errors() {
                    "validated with errors"
                } else {
                    "validated without errors"
                };
                Checked {
                    outcome: class.to_string(),
                    pdfs: Vec::new(),
                }
            }),
        }
    }))
}

fn render_target(today: chrono::NaiveDate) -> Result<Target, String> {
    let values: Vec<Value> = seeds(false)?
        .iter()
        .filter_map(|s| serde_json::from_slice(s).ok())
        .collect();
    let blanks = shared().join("uscis-forms");
    if !blanks.join("i-589.pdf").is_file() {
        return Err(format!(
            "the render target needs the blanks in {}",
            blanks.display()
        ));
    }
    let mut res = Resources::new(today).map_err(|e| e.to_string())?;
    res.load_draft().map_err(|e| e.to_string())?;
    res.load_blanks(&blanks, &asylum_forms::forms::Form::ALL)
        .map_err(|e| e.to_string())?;
    res.fill.fallback_fonts = packet::load_fonts(None).expect("built-in fonts");
    let res: &'static Resources = Box::leak(Box::new(res));
    Ok(Box::new(move |rng: &mut Rng| {
        let mut v = rng.pick(&values).clone();
        // Mostly free texts and repeated rows, so the case still validates and gets its forms;
        // now and then anything (the draft of a case with errors).
        let keep_valid = rng.chance(85);
        for _ in 0..1 + rng.below(5) {
            mutate::json(&mut v, rng, keep_valid, 12);
        }
        let bytes = serde_json::to_vec(&v).unwrap_or_default();
        Input {
            bytes,
            ext: "json",
            check: Box::new(move |b: &[u8]| {
                let p = packet::prepare(b, res);
                let outcome = if p.failure.is_some() {
                    "render failed cleanly"
                } else if !p.forms.is_empty() {
                    "forms and draft"
                } else if p.draft.is_some() {
                    "draft only (errors)"
                } else {
                    "refused"
                };
                let pdfs = p
                    .files()
                    .into_iter()
                    .filter(|(name, _)| name.ends_with(".pdf"))
                    .map(|(name, bytes)| (name, bytes.into_owned()))
                    .collect();
                Checked {
                    outcome: outcome.to_string(),
                    pdfs,
                }
            }),
        }
    }))
}

fn blank_target() -> Result<Target, String> {
    let dir = shared().join("uscis-forms");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let schemas = asylum_forms::schema::SchemaSet::load().map_err(|e| e.to_string())?;
    // Per form: its blank's bytes, the blank as lopdf reads it (decrypted), and a fixture that
    // calls for that form only (filled with a blank that loads).
    let fixtures = read_dir_json(&root().join("fixtures/valid"));
    let mut forms = Vec::new();
    for form in asylum_forms::forms::Form::ALL {
        let path = dir.join(format!("{}.pdf", form.file_stem()));
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut doc = lopdf::Document::load_mem(&bytes).map_err(|e| e.to_string())?;
        doc.trailer.remove(b"Encrypt");
        let case = fixtures.iter().find_map(|f| {
            let outcome = asylum_forms::validate::check_bytes_with_json(f, &schemas, today);
            let inst = render::instances(outcome.validated()?);
            (!outcome
                .findings
                .iter()
                .any(|f| f.severity == asylum_forms::finding::Severity::Error)
                && !inst.is_empty()
                && inst.iter().all(|(f, _, _)| *f == form))
            .then_some(outcome)
        });
        forms.push((form, bytes, doc, case));
    }
    let forms: &'static [_] = Box::leak(forms.into_boxed_slice());
    let fill: &'static _ = Box::leak(Box::new(asylum_forms::pdf::FillOptions::default()));
    let settings: &'static _ = Box::leak(Box::new(render::RenderSettings::default()));
    Ok(Box::new(move |rng: &mut Rng| {
        let wanted = std::env::var("FUZZ_FORM").ok();
        let (form, original, doc, case) = match forms
            .iter()
            .find(|f| Some(f.0.file_stem()) == wanted.as_deref())
        {
            Some(f) => f,
            None => rng.pick(forms),
        };
        let mut what = "bytes";
        let bytes = if rng.chance(60) {
            let mut doc = doc.clone();
            for _ in 0..1 + rng.below(2) {
                what = pdfmut::mutate(&mut doc, rng);
            }
            let mut out = Vec::new();
            if doc.save_to(&mut out).is_err() {
                out = original.clone();
            }
            if rng.chance(30) {
                pdfmut::raw_length(&mut out, rng);
                what = "stream: absurd /Length (raw)";
            }
            out
        } else {
            let mut b = original.clone();
            if rng.chance(30) {
                pdfmut::raw_length(&mut b, rng);
            }
            for _ in 0..1 + rng.below(8) {
                mutate::bytes(&mut b, rng);
            }
            b
        };
        Input {
            bytes,
            ext: "pdf",
            check: Box::new(move |b: &[u8]| match render::load_blank(*form, b) {
                Err(_) => Checked {
                    outcome: format!("refused: {what}"),
                    pdfs: Vec::new(),
                },
                Ok(fb) => {
                    let Some(case) = case.as_ref().and_then(|o| o.validated()) else {
                        return Checked {
                            outcome: format!("loaded: {what}"),
                            pdfs: Vec::new(),
                        };
                    };
                    match render::render_case_with(case, &[fb], fill, settings) {
                        Err(_) => Checked {
                            outcome: format!("loaded, fill refused: {what}"),
                            pdfs: Vec::new(),
                        },
                        Ok(rendered) => Checked {
                            outcome: format!("loaded and filled: {what}"),
                            pdfs: rendered
                                .into_iter()
                                .map(|r| (r.file_name, r.bytes))
                                .collect(),
                        },
                    }
                }
            }),
        }
    }))
}
