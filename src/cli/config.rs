//! The user's settings that outlive one command: the folder of the official blanks, so `render`
//! and `batch` find them without `--blank` every time, and the language of the outputs
//! (`--lang`, else `ASYLUM_FORMS_LANG`, else `lang = "es"` in the same file; default English).
//!
//! Looked for in order: `--blank DIR`, the environment variable `ASYLUM_FORMS_BLANKS`, then
//! `blanks = "DIR"` in `config.toml` in the user's config folder (`$XDG_CONFIG_HOME` or
//! `~/.config` on Linux, `~/Library/Application Support` on macOS, `%APPDATA%` on Windows,
//! each followed by `asylum-forms/`).

use std::path::{Path, PathBuf};

pub const BLANKS_ENV: &str = "ASYLUM_FORMS_BLANKS";
pub const LANG_ENV: &str = "ASYLUM_FORMS_LANG";

/// Where the blanks folder was found, for messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Argument,
    Environment,
    ConfigFile(PathBuf),
}

impl Source {
    pub fn describe(&self) -> String {
        match self {
            Source::Argument => "--blank".to_string(),
            Source::Environment => BLANKS_ENV.to_string(),
            Source::ConfigFile(p) => p.display().to_string(),
        }
    }
}

/// The config file's path (whether or not it exists).
pub fn config_file() -> Option<PathBuf> {
    config_dir().map(|d| d.join("asylum-forms").join("config.toml"))
}

fn config_dir() -> Option<PathBuf> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if let Some(d) = var("XDG_CONFIG_HOME") {
        return Some(d);
    }
    if cfg!(windows) {
        return var("APPDATA");
    }
    let home = var("HOME")?;
    if cfg!(target_os = "macos") {
        Some(home.join("Library/Application Support"))
    } else {
        Some(home.join(".config"))
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    /// The folder with i-589.pdf, i-730.pdf and i-485.pdf.
    blanks: Option<PathBuf>,
    /// The language of the outputs: "en" or "es".
    lang: Option<String>,
}

/// The config file, when there is one (`None` when it does not exist).
fn read_config() -> Result<Option<(ConfigFile, PathBuf)>, asylum_forms::app::error::Error> {
    use asylum_forms::app::error::Error;
    let Some(file) = config_file() else {
        return Ok(None);
    };
    let text = match std::fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::read(&file, e)),
    };
    let config: ConfigFile = toml::from_str(&text).map_err(|e| {
        Error::Argument(format!(
            "{}: {}; write e.g. blanks = \"/home/me/uscis-blanks\" or lang = \"es\"",
            file.display(),
            e.message()
        ))
    })?;
    Ok(Some((config, file)))
}

/// The language of the outputs: `--lang`, else `ASYLUM_FORMS_LANG`, else `lang` in the config
/// file, else English. An unknown language in the variable or the file is an error naming the
/// known ones (a typo should not silently mean English).
pub fn output_lang(
    arg: Option<super::Lang>,
) -> Result<asylum_forms::interview::i18n::OutputLang, asylum_forms::app::error::Error> {
    use asylum_forms::app::error::Error;
    use asylum_forms::interview::i18n::OutputLang;
    if let Some(lang) = arg {
        return OutputLang::load(lang.tag()).map_err(|e| Error::Argument(e.to_string()));
    }
    if let Some(tag) = std::env::var_os(LANG_ENV).filter(|v| !v.is_empty()) {
        let tag = tag.to_string_lossy();
        return OutputLang::load(tag.trim())
            .map_err(|e| Error::Argument(format!("{LANG_ENV}: {e}")));
    }
    match read_config()? {
        Some((
            ConfigFile {
                lang: Some(tag), ..
            },
            file,
        )) => OutputLang::load(tag.trim())
            .map_err(|e| Error::Argument(format!("{}: lang: {e}", file.display()))),
        _ => Ok(OutputLang::english()),
    }
}

/// The blanks folder to use and where it was set, or `None` when none is set anywhere. A config
/// file that cannot be read or parsed is an error (a typo there should not silently mean "no
/// blanks").
pub fn blanks_dir(
    arg: Option<&Path>,
) -> Result<Option<(PathBuf, Source)>, asylum_forms::app::error::Error> {
    if let Some(dir) = arg {
        return Ok(Some((dir.to_path_buf(), Source::Argument)));
    }
    if let Some(dir) = std::env::var_os(BLANKS_ENV).filter(|v| !v.is_empty()) {
        return Ok(Some((PathBuf::from(dir), Source::Environment)));
    }
    let Some((config, file)) = read_config()? else {
        return Ok(None);
    };
    Ok(config.blanks.map(|dir| {
        // A relative folder in the config file is relative to the file, not to wherever the
        // command happens to run.
        let dir = match file.parent() {
            Some(parent) if dir.is_relative() => parent.join(dir),
            _ => dir,
        };
        (dir, Source::ConfigFile(file))
    }))
}

/// What to do when no blanks folder is set: printed by `render` after the draft is written.
pub fn how_to_get_blanks() -> String {
    let file = config_file()
        .map(|f| f.display().to_string())
        .unwrap_or_else(|| "asylum-forms/config.toml in your config folder".into());
    format!(
        "the official forms were not filled: no folder of blanks was given.\n\
         To fill them, download the blank PDFs from uscis.gov (https://www.uscis.gov/i-589, \
         https://www.uscis.gov/i-730, https://www.uscis.gov/i-485; edition 01/20/25) into one \
         folder as i-589.pdf, i-730.pdf and i-485.pdf, then either\n  \
         - pass --blank DIR, or\n  \
         - set it once: export {BLANKS_ENV}=DIR, or write blanks = \"DIR\" in {file}"
    )
}
