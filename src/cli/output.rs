//! Prints findings: readable text (colour only on a terminal, never with NO_COLOR) or NDJSON.

use super::Format;
use asylum_forms::finding::{Counts, Finding, Severity};
use asylum_forms::interview::i18n::{FluentValueArg, OutputLang};
use std::io::{IsTerminal, Write};

pub struct Printer {
    format: Format,
    color: bool,
    /// The language of the readable output (`--lang`); JSON output is always English.
    lang: OutputLang,
}

impl Printer {
    pub fn new(format: Format) -> Self {
        let color = format == Format::Human
            && std::io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").is_none();
        Printer {
            format,
            color,
            lang: OutputLang::english(),
        }
    }

    /// The readable output in `lang`.
    pub fn with_lang(mut self, lang: OutputLang) -> Self {
        self.lang = lang;
        self
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
                        form: f.form,
                        location: f.location.as_ref().and_then(|x| {
                            asylum_forms::forms::Location::parse(&visible(x.label()))
                        }),
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
                    let l = &self.lang;
                    let document = l.text("out-document", "(document)");
                    let ptr = if f.pointer.is_empty() {
                        document.as_str()
                    } else {
                        &f.pointer
                    };
                    // Outside English: the code's sentence in the language, then the finding's
                    // own English message (it holds the facts: dates, amounts, names of items).
                    match l.finding(&f.code).filter(|_| !l.is_english()) {
                        Some(sentence) => {
                            let _ = writeln!(out, "{pos}: {sev}[{}] {sentence}", f.code);
                            let _ = writeln!(
                                out,
                                "    {}: {}",
                                l.text("out-detail", "detail"),
                                f.message
                            );
                        }
                        None if !l.is_english() => {
                            let _ = writeln!(
                                out,
                                "{pos}: {sev}[{}] {} {}",
                                f.code,
                                l.text("out-in-english", ""),
                                f.message
                            );
                        }
                        None => {
                            let _ = writeln!(out, "{pos}: {sev}[{}] {}", f.code, f.message);
                        }
                    }
                    let _ = writeln!(out, "    {} {ptr}", l.text("out-at", "at"));
                    let form_word = l.text("out-form", "form");
                    match (f.form, f.location.as_ref().map(|l| l.label())) {
                        (Some(form), Some(loc)) if !loc.starts_with(form.name()) => {
                            let _ = writeln!(out, "    {form_word}: {form}, {loc}");
                        }
                        (Some(form), None) => {
                            let _ = writeln!(out, "    {form_word}: {form}");
                        }
                        (_, Some(loc)) => {
                            let _ = writeln!(out, "    {form_word}: {loc}");
                        }
                        _ => {}
                    }
                    if let Some(h) = &f.hint {
                        let _ = writeln!(out, "    {}: {h}", l.text("out-hint", "hint"));
                    }
                    if let Some(c) = &f.citation {
                        let _ = writeln!(out, "    {}: {c}", l.text("out-source", "source"));
                    }
                }
                let l = &self.lang;
                let verdict = if counts.errors == 0 {
                    l.text("out-valid", "valid")
                } else {
                    l.text("out-invalid", "INVALID")
                };
                let readiness = asylum_forms::validate::readiness::Readiness::of(findings);
                let _ = writeln!(
                    out,
                    "{file}: {verdict} ({}) — {}",
                    counted(l, counts),
                    l.readiness(&readiness)
                );
                let to_answer = l.text("out-to-answer", "to answer");
                for q in readiness.questions() {
                    let place = match (q.form, q.location.as_ref().map(|l| l.label())) {
                        (Some(form), Some(loc)) if !loc.starts_with(form.name()) => {
                            format!("{form} {loc}")
                        }
                        (_, Some(loc)) => loc.to_string(),
                        (Some(form), None) => form.name().to_string(),
                        (None, None) => q.pointer.clone(),
                    };
                    // The message starts with the location already; print what is asked once.
                    let what = q
                        .location
                        .as_ref()
                        .and_then(|l| q.message.strip_prefix(l.label()))
                        .map_or(q.message.as_str(), |m| m.trim_start_matches(": "));
                    // What is asked is the form's own (English) question.
                    let what = match what.strip_prefix("not answered yet: ") {
                        Some(title) if !l.is_english() => {
                            format!("{}: {title}", l.text("draft-not-answered", "not answered"))
                        }
                        _ => what.to_string(),
                    };
                    let _ = writeln!(out, "    {to_answer}: {place}: {what}");
                }
            }
        }
    }

    /// The last line of a run over several files (readable format only).
    pub fn total(&mut self, files: usize, invalid: usize, counts: Counts) {
        let mut out = std::io::stdout().lock();
        let l = &self.lang;
        let english = format!(
            "{}: {invalid} invalid, {} valid ({})",
            plural(files, "file", "files"),
            files - invalid,
            counted(l, counts)
        );
        let line = l.text_args(
            "out-total",
            &[
                (
                    "files",
                    FluentValueArg::Str(l.count("out-count-files", files, "file", "files")),
                ),
                ("invalid", FluentValueArg::Num(invalid as f64)),
                ("valid", FluentValueArg::Num((files - invalid) as f64)),
                ("counts", FluentValueArg::Str(counted(l, counts))),
            ],
            english,
        );
        let _ = writeln!(out, "{line}");
    }

    fn paint(&self, s: Severity) -> String {
        let word = match s {
            Severity::Error => self.lang.text("out-severity-error", s.as_str()),
            Severity::Warning => self.lang.text("out-severity-warning", s.as_str()),
            Severity::Info => self.lang.text("out-severity-info", s.as_str()),
        };
        if !self.color {
            return word;
        }
        let code = match s {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        format!("\x1b[{code}m{word}\x1b[0m")
    }
}

/// "1 error, 2 warnings, 0 notes" (in `l`'s language).
fn counted(l: &OutputLang, c: Counts) -> String {
    format!(
        "{}, {}, {}",
        l.count("out-count-errors", c.errors, "error", "errors"),
        l.count("out-count-warnings", c.warnings, "warning", "warnings"),
        l.count("out-count-notes", c.infos, "note", "notes")
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
