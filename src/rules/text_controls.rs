//! Invisible characters in the case's texts: control characters (C0, DEL, C1) and the bidi
//! controls that reorder text. A form's field keeps them while the printed form, the draft and
//! a viewer show something else (or, for a bidi override, the text around it reversed), so the
//! copy a person reviewed is not what is filed. Data integrity, not law: the rules cite none.

use super::{Ctx, Hit, Rule};
use crate::finding::Severity;
use crate::forms::location::loc;
use crate::load::document::Val;

pub const CONTROL_CHARACTERS: Rule = Rule {
    id: "text.control-character",
    severity: Severity::Error,
    form: None,
    location: loc!(),
    citation: "",
    summary: "No text holds a control character (NUL, BEL, ESC, DEL, C1 controls…); a tab or a line break only in explanations, statements and notes. The form's field would keep what the printed form and the draft do not show. Data integrity: no law involved.",
    check: control_characters,
};

pub const BIDI_CONTROLS: Rule = Rule {
    id: "text.bidi-control",
    severity: Severity::Error,
    form: None,
    location: loc!(),
    citation: "",
    summary: "No text holds a bidirectional control (U+202A-U+202E, U+2066-U+2069): it reorders the text around it on the printed form and the draft. Data integrity: no law involved.",
    check: bidi_controls,
};

/// The keys of texts the forms print as paragraphs, where a tab or a line break is text.
const LINE_KEYS: &[&str] = &[
    "explanation",
    "beneficiary_statement",
    "note",
    "past_harm",
    "fear_of_harm",
    "fear_of_torture",
    "harmed_others",
    "trafficking_central_reason",
];

fn is_control(c: char, lines: bool) -> bool {
    match c {
        '\t' | '\n' | '\r' => !lines,
        _ => c.is_control(),
    }
}

fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A character's code point and, for the common ones, its name.
fn describe(c: char) -> String {
    let name = match c {
        '\0' => " (NUL)",
        '\u{7}' => " (BEL)",
        '\u{8}' => " (BACKSPACE)",
        '\t' => " (TAB)",
        '\n' => " (LINE FEED)",
        '\r' => " (CARRIAGE RETURN)",
        '\u{1b}' => " (ESC)",
        '\u{7f}' => " (DEL)",
        '\u{202A}' => " (LEFT-TO-RIGHT EMBEDDING)",
        '\u{202B}' => " (RIGHT-TO-LEFT EMBEDDING)",
        '\u{202C}' => " (POP DIRECTIONAL FORMATTING)",
        '\u{202D}' => " (LEFT-TO-RIGHT OVERRIDE)",
        '\u{202E}' => " (RIGHT-TO-LEFT OVERRIDE)",
        '\u{2066}' => " (LEFT-TO-RIGHT ISOLATE)",
        '\u{2067}' => " (RIGHT-TO-LEFT ISOLATE)",
        '\u{2068}' => " (FIRST STRONG ISOLATE)",
        '\u{2069}' => " (POP DIRECTIONAL ISOLATE)",
        _ => "",
    };
    format!("U+{:04X}{name}", c as u32)
}

/// Whether a text may hold such a character at all: every one of them is a byte below 0x20,
/// 0x7F, or starts with 0xC2 (C1) or 0xE2 (the bidi controls), so most texts are passed over
/// without decoding.
fn may_hold(s: &str) -> bool {
    s.bytes()
        .any(|b| b < 0x20 || b == 0x7f || b == 0xc2 || b == 0xe2)
}

/// Calls `f` with the pointer tokens and text of every string in the case.
fn each_text<'d>(v: Val<'d>, path: &mut Vec<String>, f: &mut dyn FnMut(&[String], &'d str)) {
    if let Some(s) = v.as_str() {
        if may_hold(s) {
            f(path, s);
        }
        return;
    }
    if v.is_object() {
        for (k, c) in v.members() {
            path.push(k.replace('~', "~0").replace('/', "~1"));
            each_text(c, path, f);
            path.pop();
        }
    } else {
        for (i, c) in v.items().enumerate() {
            path.push(i.to_string());
            each_text(c, path, f);
            path.pop();
        }
    }
}

fn pointer(path: &[String]) -> String {
    path.iter().map(|t| format!("/{t}")).collect()
}

/// Whether the text at `path` allows lines: its nearest key is one of [`LINE_KEYS`].
fn allows_lines(path: &[String]) -> bool {
    path.iter()
        .rev()
        .find(|t| t.parse::<usize>().is_err())
        .is_some_and(|k| LINE_KEYS.contains(&k.as_str()))
}

fn find(ctx: &Ctx, hit: impl Fn(char, bool) -> bool, what: &str, hint: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    each_text(ctx.json, &mut Vec::new(), &mut |path, s| {
        let lines = allows_lines(path);
        let mut found = s.chars().enumerate().filter(|(_, c)| hit(*c, lines));
        if let Some((at, c)) = found.next() {
            let more = found.count();
            let also = if more > 0 {
                format!(" (and {more} more)")
            } else {
                String::new()
            };
            hits.push(Hit::new(
                pointer(path),
                format!(
                    "the text holds {what} {} at character {}{also}",
                    describe(c),
                    at + 1
                ),
                hint,
            ));
        }
    });
    hits
}

fn control_characters(ctx: &Ctx) -> Vec<Hit> {
    find(
        ctx,
        is_control,
        "the control character",
        "remove it (it often comes with text pasted from another program): the form's field would keep it while the printed form and the draft do not show it; a line break is text only in explanations, statements and notes",
    )
}

fn bidi_controls(ctx: &Ctx) -> Vec<Hit> {
    find(
        ctx,
        |c, _| is_bidi(c),
        "the invisible direction control",
        "remove it: it reverses the text around it on the printed form and the draft; right-to-left names and places are put in reading order by the tool without it",
    )
}
