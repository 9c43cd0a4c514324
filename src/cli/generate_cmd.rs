//! `asylum-forms generate --count N --seed S -o DIR | --jsonl FILE`: synthetic case files for
//! load tests and demos (every person made up).

use asylum_forms::app::error::Error;
use asylum_forms::start::generate::{self, Options};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// How many cases.
    #[arg(long, value_name = "N")]
    count: usize,
    /// The seed: the same seed gives byte-identical files.
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u64,
    /// Folder for one `<case-id>.json` per case (created, readable by the owner only).
    #[arg(
        short = 'o',
        long = "out",
        value_name = "DIR",
        required_unless_present = "jsonl",
        conflicts_with = "jsonl"
    )]
    out: Option<PathBuf>,
    /// Write one JSON Lines file (one case a line) instead of a folder; `-` writes them to
    /// standard output.
    #[arg(long, value_name = "FILE")]
    jsonl: Option<PathBuf>,
    /// Share of cases (0-100) made invalid on purpose, in varied ways: bad JSON, schema errors,
    /// rule errors. Their case ids end in `-broken-<how>`.
    #[arg(long, value_name = "PERCENT", default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=100))]
    broken: u8,
    /// Replace files that already exist.
    #[arg(long)]
    force: bool,
}

pub fn run(args: Args) -> ExitCode {
    match generate_files(&args) {
        Ok((n, broken, place)) => {
            eprintln!(
                "wrote {} ({broken} deliberately broken) to {place}",
                super::output::plural(n, "synthetic case", "synthetic cases")
            );
            ExitCode::SUCCESS
        }
        Err(e) => super::finish(Err(e)),
    }
}

fn generate_files(args: &Args) -> Result<(usize, usize, String), Error> {
    let opts = Options {
        count: args.count,
        seed: args.seed,
        broken_percent: args.broken,
        compact: args.jsonl.is_some(),
    };
    let mut broken = 0;
    if args.jsonl.as_deref().is_some_and(super::io::is_dash) {
        // Standard output: streamed as made, nothing on disk (the cases are made up).
        use std::io::Write;
        let stdout = std::io::stdout();
        let mut w = std::io::BufWriter::new(stdout.lock());
        for g in generate::cases(opts)? {
            let g = g?;
            broken += usize::from(g.broken.is_some());
            w.write_all(&g.bytes)
                .and_then(|()| w.write_all(b"\n"))
                .map_err(Error::Stdout)?;
        }
        w.flush().map_err(Error::Stdout)?;
        return Ok((args.count, broken, "standard output".to_string()));
    }
    if let Some(file) = &args.jsonl {
        if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
            asylum_forms::app::write::create_output_dir(dir)?;
        }
        let mut failure = None;
        asylum_forms::app::write::write_private_with(file, args.force, |w| {
            for g in generate::cases(opts).map_err(std::io::Error::other)? {
                let g = g.map_err(|e| {
                    let io = std::io::Error::other(e.to_string());
                    failure = Some(e);
                    io
                })?;
                broken += usize::from(g.broken.is_some());
                w.write_all(&g.bytes)?;
                w.write_all(b"\n")?;
            }
            Ok(())
        })
        .map_err(|e| failure.map_or(e, Error::Generate))?;
        return Ok((args.count, broken, file.display().to_string()));
    }
    let Some(dir) = &args.out else {
        return Err(Error::Argument("give -o DIR or --jsonl FILE".into()));
    };
    asylum_forms::app::write::create_output_dir(dir)?;
    for g in generate::cases(opts)? {
        let g = g?;
        broken += usize::from(g.broken.is_some());
        asylum_forms::app::write::write_private(
            &dir.join(format!("{}.json", g.case_id)),
            &g.bytes,
            args.force,
        )?;
    }
    Ok((args.count, broken, dir.display().to_string()))
}
