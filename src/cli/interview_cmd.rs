//! `asylum-forms interview CASE.json`: the guided interview (src/interview). Prints the launch
//! URL as the first line on stdout, opens the browser, and returns when the user finishes, after
//! two hours without a request, or on Ctrl-C (every answer is already saved by then).

use asylum_forms::app::error::{Error, Exit};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(clap::Args)]
pub struct Args {
    /// The case file: created if missing, resumed if it exists.
    #[arg(value_name = "CASE")]
    case: PathBuf,
    /// The interview's language (default: asked on the first screen).
    #[arg(long, value_name = "es|en")]
    lang: Option<String>,
    /// Folder with the official blanks (i-589.pdf, …), to make the official forms too.
    #[arg(long, value_name = "DIR")]
    blank: Option<PathBuf>,
    /// Where "make my forms" writes (default: a folder beside the case file, named after it).
    #[arg(short = 'o', long = "out", value_name = "OUTDIR")]
    out: Option<PathBuf>,
    /// Do not open a browser; open the printed address yourself.
    #[arg(long)]
    no_browser: bool,
    /// Port on 127.0.0.1 (default: a free one chosen by the system).
    #[arg(long, value_name = "N", default_value_t = 0)]
    port: u16,
}

pub fn run(args: Args) -> ExitCode {
    super::finish(interview(args).map(|()| Exit::Clean))
}

fn interview(args: Args) -> Result<(), Error> {
    let out = args.out.clone().unwrap_or_else(|| {
        let stem = args
            .case
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "case".into());
        args.case.with_file_name(format!("{stem}-forms"))
    });
    let running = asylum_forms::interview::start(asylum_forms::interview::Config {
        case: args.case.clone(),
        lang: args.lang.clone(),
        blank: args.blank.clone(),
        out,
        port: args.port,
        idle: Duration::from_secs(2 * 60 * 60),
        today: super::today(None)?,
    })?;
    {
        use std::io::Write;
        let mut stdout = std::io::stdout();
        // A closed stdout is no reason to stop: the browser has the address too.
        let _ = writeln!(stdout, "{}", running.url);
        let _ = stdout.flush();
    }
    eprintln!("The interview is open at the address above (this computer only). Press Ctrl-C to stop; every answer is already saved.");
    if !args.no_browser {
        if let Err(e) = webbrowser::open(&running.url) {
            eprintln!(
                "asylum-forms: could not open a browser ({e}); open the address above yourself"
            );
        }
    }
    running.wait();
    Ok(())
}
