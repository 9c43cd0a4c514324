//! Prints findings: readable text (colour only on a terminal, never with NO_COLOR) or NDJSON.

use super::Format;
use asylum_forms::finding::{Counts, Finding, Severity};
use std::io::{IsTerminal, Write};

pub struct Printer {
    format: Format,
    color: bool,
}

impl Printer {
    pub fn new(format: Format) -> Self {
        let color = format == Format::Human
            && std::io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").is_none();
        Printer { format, color }
    }

    pub fn file(&mut self, file: &str, findings: &[Finding], counts: Counts) {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Json => {
                for f in findings {
                    let _ = writeln!(out, "{}", f.record(file));
                }
                let _ = writeln!(
                    out,
                    "{}",
                    asylum_forms::finding::summary_record(file, findings)
                );
            }
            Format::Human | Format::Markdown => {
                // Texts of the case (and the file's own name) are shown with their control and
                // bidi characters escaped, as JSON output has them: a raw ESC sequence would
                // drive the terminal, a bidi override reorder the line.
                let file = visible(file);
                let file = file.as_ref();
                for f in findings {
                    let f = &Finding {
                        code: visible(&f.code).into_owned(),
                        pointer: visible(&f.pointer).into_owned(),
                        form: f.form.as_deref().map(|x| visible(x).into_owned()),
                        location: f.location.as_deref().map(|x| visible(x).into_owned()),
                        message: visible(&f.message).into_owned(),
                        hint: f.hint.as_deref().map(|x| visible(x).into_owned()),
                        citation: f.citation.as_deref().map(|x| visible(x).into_owned()),
                        ..f.clone()
                    };
                    let pos = match (f.line, f.column) {
                        (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
                        _ => file.to_string(),
                    };
                    let sev = self.paint(f.severity);
                    let ptr = if f.pointer.is_empty() {
                        "(document)"
                    } else {
                        &f.pointer
                    };
                    let _ = writeln!(out, "{pos}: {sev}[{}] {}", f.code, f.message);
                    let _ = writeln!(out, "    at {ptr}");
                    match (&f.form, &f.location) {
                        (Some(form), Some(loc)) if !loc.starts_with(form.as_str()) => {
                            let _ = writeln!(out, "    form: {form}, {loc}");
                        }
                        (Some(form), None) => {
                            let _ = writeln!(out, "    form: {form}");
                        }
                        (_, Some(loc)) => {
                            let _ = writeln!(out, "    form: {loc}");
                        }
                        _ => {}
                    }
                    if let Some(h) = &f.hint {
                        let _ = writeln!(out, "    hint: {h}");
                    }
                    if let Some(c) = &f.citation {
                        let _ = writeln!(out, "    source: {c}");
                    }
                }
                let verdict = if counts.errors == 0 {
                    "valid"
                } else {
                    "INVALID"
                };
                let readiness = asylum_forms::validate::readiness::Readiness::of(findings);
                let _ = writeln!(
                    out,
                    "{file}: {verdict} ({}) — {}",
                    counted(counts),
                    readiness.describe()
                );
                for q in readiness.questions() {
                    let place = match (&q.form, &q.location) {
                        (Some(form), Some(loc)) if !loc.starts_with(form.as_str()) => {
                            format!("{form} {loc}")
                        }
                        (_, Some(loc)) => loc.clone(),
                        (Some(form), None) => form.clone(),
                        (None, None) => q.pointer.clone(),
                    };
                    // The message starts with the location already; print what is asked once.
                    let what = q
                        .location
                        .as_deref()
                        .and_then(|l| q.message.strip_prefix(l))
                        .map_or(q.message.as_str(), |m| m.trim_start_matches(": "));
                    let _ = writeln!(out, "    to answer: {place}: {what}");
                }
            }
        }
    }

    /// The last line of a run over several files (readable format only).
    pub fn total(&mut self, files: usize, invalid: usize, counts: Counts) {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(
            out,
            "{}: {invalid} invalid, {} valid ({})",
            plural(files, "file", "files"),
            files - invalid,
            counted(counts)
        );
    }

    fn paint(&self, s: Severity) -> String {
        if !self.color {
            return s.as_str().to_string();
        }
        let code = match s {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        format!("\x1b[{code}m{}\x1b[0m", s.as_str())
    }
}

/// "1 error, 2 warnings, 0 notes".
fn counted(c: Counts) -> String {
    format!(
        "{}, {}, {}",
        plural(c.errors, "error", "errors"),
        plural(c.warnings, "warning", "warnings"),
        plural(c.infos, "note", "notes")
    )
}

/// `n` with the singular or plural noun.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `s` with every control character (C0, DEL, C1) and bidi control written as `\u{XXXX}`.
pub fn visible(s: &str) -> std::borrow::Cow<'_, str> {
    let hidden =
        |c: char| c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if !s.chars().any(hidden) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if hidden(c) {
            out.push_str(&format!("\\u{{{:04X}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// [`visible`] line by line: a multi-line text (a checklist, a table) keeps its line breaks.
pub fn visible_lines(text: &str) -> String {
    text.split('\n').map(visible).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_and_bidi_characters_are_escaped() {
        assert_eq!(super::visible("plain"), "plain");
        assert_eq!(
            super::visible("a\u{1b}[31mb\u{7}\u{202e}c\nd\u{85}"),
            "a\\u{001B}[31mb\\u{0007}\\u{202E}c\\u{000A}d\\u{0085}"
        );
        assert_eq!(super::visible_lines("a\u{7}\nb\n"), "a\\u{0007}\nb\n");
    }
}
