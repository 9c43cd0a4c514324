//! `asylum-forms completions SHELL` and `asylum-forms man`: generated from the clap definition
//! of the command line, so they list exactly the commands and options the tool has.

use asylum_forms::app::error::Error;
use std::io::Write;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct CompletionArgs {
    /// The shell: bash, zsh, fish, elvish or powershell.
    #[arg(value_enum, value_name = "SHELL")]
    shell: clap_complete::Shell,
}

/// Prints the completion script. Installing it, e.g. for bash:
/// `asylum-forms completions bash > ~/.local/share/bash-completion/completions/asylum-forms`.
pub fn completions(args: CompletionArgs) -> ExitCode {
    let mut cmd = super::command();
    let mut out = std::io::stdout().lock();
    clap_complete::generate(args.shell, &mut cmd, "asylum-forms", &mut out);
    let _ = out.flush();
    ExitCode::SUCCESS
}

/// Prints the manual page in roff: the main page, then one section per command.
pub fn man() -> ExitCode {
    let mut cmd = super::command();
    // Building sets each subcommand's bin name ("asylum-forms validate") for its synopsis.
    cmd.build();
    let mut page = Vec::new();
    if let Err(e) = clap_mangen::Man::new(cmd.clone()).render(&mut page) {
        let e = Error::Failed(format!("cannot make the manual page: {e}"));
        return super::finish(Err(e));
    }
    // clap_mangen renders one page per command; the subcommands' options are appended as
    // sections of the one page, so `man ./asylum-forms.1` shows everything.
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = sub.get_name();
        let _ = writeln!(
            page,
            ".SH \"{}\"",
            format!("asylum-forms {name}").to_uppercase()
        );
        let mut section = Vec::new();
        let man = clap_mangen::Man::new(sub.clone());
        if man.render_description_section(&mut section).is_ok()
            && man.render_synopsis_section(&mut section).is_ok()
            && man.render_options_section(&mut section).is_ok()
        {
            // Sub-sections, not new top-level headings.
            let text = String::from_utf8_lossy(&section).replace(".SH ", ".SS ");
            page.extend_from_slice(text.as_bytes());
        }
    }
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(&page).and_then(|()| out.flush());
    ExitCode::SUCCESS
}
