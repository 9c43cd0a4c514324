//! The draft asks each question in the printed form's words (issue 15): every question and Part
//! heading in a form's `draft.tsv` must be found, word for word, in the text USCIS printed on the
//! blank (`pdftotext`), not in the accessibility tooltips ("Select Yes.", "as 2-digit Month").
//! A question may join pieces of the printed text with " … " (an elision), for instance a table's
//! column heading after its row label; each piece must then be printed as it stands.
mod common;

use std::process::Command;

/// Lowercase words of letters and digits: the comparison ignores punctuation, line breaks and
/// the hyphens pdftotext keeps where the blank breaks a word.
fn words(text: &str) -> String {
    let folded: String = text
        .chars()
        .map(|c| match c {
            '’' | '‘' => '\'',
            c if c.is_alphanumeric() => c.to_ascii_lowercase(),
            _ => ' ',
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn printed(blank: &std::path::Path) -> Option<String> {
    let out = match Command::new("pdftotext").arg(blank).arg("-").output() {
        Ok(out) if out.status.success() => out,
        _ => {
            common::skip("pdftotext (poppler-utils) is not installed");
            return None;
        }
    };
    Some(format!(
        " {} ",
        words(&String::from_utf8_lossy(&out.stdout))
    ))
}

fn check(form: &str) {
    let Some(blanks) = common::blanks_or_skip() else {
        return;
    };
    let Some(text) = printed(&blanks.join(format!("{form}.pdf"))) else {
        return;
    };
    let layout = common::root().join(format!(
        "form-templates/{form}/{}/draft.tsv",
        common::EDITION
    ));
    let tsv = std::fs::read_to_string(&layout).expect("the draft layout");
    let mut unprinted = Vec::new();
    for (n, line) in tsv.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let Some(question) = cols.get(2) else {
            continue;
        };
        for piece in question.split(" … ") {
            let w = words(piece);
            if !w.is_empty() && !text.contains(&format!(" {w} ")) {
                unprinted.push(format!("line {}: {:?} (from {:?})", n + 1, piece, cols[1]));
            }
        }
    }
    assert!(
        unprinted.is_empty(),
        "{} question(s) of {} are not printed on the {form} blank:\n{}",
        unprinted.len(),
        layout.display(),
        unprinted.join("\n")
    );
}

#[test]
fn i589_questions_are_the_printed_words() {
    check("i-589");
}

#[test]
fn i730_questions_are_the_printed_words() {
    check("i-730");
}

#[test]
fn i485_questions_are_the_printed_words() {
    check("i-485");
}
