//! Every checkbox and radio button of the three blanks is mapped to the option printed beside
//! it. The on-state names of the blanks are not the printed labels (the I-730's Part 3 item 1
//! box whose on-state is `/N` sits under the printed "Yes"), so the map is checked against the
//! page itself: the words pdftotext finds just right of the widget's rectangle, and the
//! tooltip USCIS wrote for the widget ("... Select Yes.").

mod common;

use asylum_forms::forms::fieldmap::Row;
use asylum_forms::forms::templates;
use asylum_forms::pdf::{Blank, FieldInfo, FieldKind};
use std::process::Command;

/// One word of `pdftotext -bbox`: page (1-based), box in top-down coordinates.
struct Word {
    page: u32,
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
    text: String,
}

fn attr(tag: &str, name: &str) -> f32 {
    tag.split_once(&format!("{name}=\""))
        .and_then(|(_, r)| r.split_once('"'))
        .and_then(|(v, _)| v.parse().ok())
        .unwrap_or(0.0)
}

fn unescape(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
}

/// The words of every page with each page's height.
fn words(pdf: &std::path::Path) -> Option<(Vec<Word>, Vec<f32>)> {
    let out = match Command::new("pdftotext")
        .args(["-bbox", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
    {
        Ok(o) => o,
        Err(_) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "pdftotext is needed in CI"
            );
            eprintln!("skipped: no pdftotext");
            return None;
        }
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let mut words = Vec::new();
    let mut heights = Vec::new();
    for line in text.lines() {
        let l = line.trim();
        if l.starts_with("<page ") {
            heights.push(attr(l, "height"));
        } else if let Some(rest) = l.strip_prefix("<word ") {
            let (tag, body) = rest.split_once('>').unwrap_or((rest, ""));
            let body = body.strip_suffix("</word>").unwrap_or(body);
            words.push(Word {
                page: heights.len() as u32,
                x0: attr(tag, "xMin"),
                y0: attr(tag, "yMin"),
                x1: attr(tag, "xMax"),
                y1: attr(tag, "yMax"),
                text: unescape(body),
            });
        }
    }
    Some((words, heights))
}

/// The words printed right of the widget on its line: the option's label.
fn printed_label(info: &FieldInfo, words: &[Word], heights: &[f32]) -> String {
    let Some(page) = info.page else {
        return String::new();
    };
    let h = heights.get(page as usize - 1).copied().unwrap_or(792.0);
    let [x0, y0, x1, y1] = info.rect;
    let (top, bottom) = (h - y1, h - y0);
    let mut line: Vec<&Word> = words
        .iter()
        .filter(|w| w.page == page)
        .filter(|w| {
            let mid = (w.y0 + w.y1) / 2.0;
            mid >= top - 2.5 && mid <= bottom + 2.5 && w.x0 >= x0 + (x1 - x0) / 2.0
        })
        .collect();
    line.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    let mut label = Vec::new();
    let mut prev = x1;
    let mut first_x = None;
    for w in line {
        let gap = w.x0 - prev;
        if (label.is_empty() && gap > 30.0) || (!label.is_empty() && gap > 8.0) {
            break;
        }
        label.push(w.text.as_str());
        first_x.get_or_insert(w.x0);
        prev = w.x1;
        if label.len() == 12 {
            break;
        }
    }
    if let Some(first) = first_x.filter(|_| !label.is_empty()) {
        // A label that wraps: the next line starting where the label starts.
        let mut next: Vec<&Word> = words
            .iter()
            .filter(|w| w.page == page && w.y0 > bottom - 1.0 && w.y0 < bottom + 12.0)
            .filter(|w| w.x0 >= first - 3.0 && w.x0 < first + 250.0)
            .collect();
        next.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        if next.first().is_some_and(|w| (w.x0 - first).abs() < 3.0) {
            label.extend(next.iter().take(12).map(|w| w.text.as_str()));
        }
        return label.join(" ");
    }
    // A box under a column heading ("Apt. Ste. Flr."): the word right above it.
    let centre = (x0 + x1) / 2.0;
    words
        .iter()
        .filter(|w| w.page == page && w.x0 - 1.0 <= centre && centre <= w.x1 + 1.0)
        .filter(|w| w.y1 <= top + 1.0 && top - w.y1 < 12.0)
        .max_by(|a, b| a.y1.total_cmp(&b.y1))
        .map_or(String::new(), |w| w.text.clone())
}

/// What the tooltip says the widget selects: the text after its last "Select " or "Check ".
fn tooltip_choice(info: &FieldInfo) -> String {
    let t = info.tooltip.as_deref().unwrap_or("");
    let idx = ["Select ", "select ", "Check ", "check "]
        .iter()
        .filter_map(|k| t.rfind(k).map(|i| i + k.len()))
        .max();
    idx.map_or(String::new(), |i| t[i..].trim().to_string())
}

/// Lower-case words, the unit words as the form abbreviates them.
fn norm_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| match w.to_lowercase().as_str() {
            "suite" => "ste".to_string(),
            "floor" => "flr".to_string(),
            "apartment" => "apt".to_string(),
            other => other.to_string(),
        })
        .collect()
}

/// "yes", "no" or "n/a" when the text is a bare Yes / No / N/A answer, else None.
fn yes_no(s: &str) -> Option<&'static str> {
    let w = norm_words(s);
    match w.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["yes", ..] => Some("yes"),
        ["no", ..] => Some("no"),
        ["n", "a", ..] | ["not", "applicable", ..] => Some("n/a"),
        _ => None,
    }
}

/// The option the map's item text names: the last parenthesis, else what follows the last
/// colon, else what follows the item number.
fn map_option(item: &str) -> String {
    if let Some(open) = item.rfind('(') {
        if item.trim_end().ends_with(')') {
            let inside = &item[open + 1..item.trim_end().len() - 1];
            return inside.rsplit(':').next().unwrap_or(inside).to_string();
        }
    }
    if let Some((_, after)) = item.rsplit_once(':') {
        return after.to_string();
    }
    item.to_string()
}

const STOP: &[&str] = &[
    "the", "and", "for", "select", "check", "you", "your", "are", "was", "has", "have", "been",
    "this", "that", "with", "who", "item", "part", "box", "any", "all", "had", "bus", "but",
];

/// Words of `text` that carry meaning.
fn significant(text: &str) -> Vec<String> {
    norm_words(text)
        .into_iter()
        .filter(|w| !STOP.contains(&w.as_str()) && w.len() >= 3)
        .collect()
}

/// The share of the option's meaningful words (as the map names it) that the printed label
/// has: 1.0 when the label says everything the map says.
fn score(label: &str, item: &str) -> f32 {
    let label_words = norm_words(label);
    let wanted = significant(&map_option(item));
    if wanted.is_empty() {
        return 0.0;
    }
    let found = wanted
        .iter()
        .filter(|w| {
            label_words
                .iter()
                .any(|l| l == *w || (w.len() >= 5 && l.len() >= 5 && l[..5] == w[..5]))
        })
        .count();
    found as f32 / wanted.len() as f32
}

/// Whether the printed label (and, where the label is cut or wraps away, the tooltip) and the
/// map's item name the same choice, and no other button of the same group is named better.
/// A printed Yes / No / N/A decides alone: some tooltips have them wrong.
fn agrees(label: &str, tip: &str, item: &str, siblings: &[&str]) -> bool {
    let option = map_option(item);
    let class = yes_no(label).or_else(|| yes_no(tip).filter(|_| label.is_empty()));
    match (class, yes_no(&option)) {
        (Some(a), Some(b)) => return a == b,
        (Some(_), None) | (None, Some(_)) => return false,
        _ => {}
    }
    let best = |item: &str| score(label, item).max(score(tip, item));
    let own = best(item);
    own >= 0.5 && siblings.iter().all(|s| best(s) <= own)
}

/// The group a button belongs to: its name without the final index.
fn group(field: &str) -> &str {
    field.rsplit_once('[').map_or(field, |(g, _)| g)
}

fn check(form: &str) {
    let Some(blanks) = common::blanks_or_skip() else {
        return;
    };
    let path = blanks.join(format!("{form}.pdf"));
    let Some((words, heights)) = words(&path) else {
        return;
    };
    let blank = Blank::parse(&std::fs::read(&path).expect("blank")).expect("parse blank");
    let rows: Vec<Row> = {
        let (f, e) = common::typed(form);
        templates::map(f, e)
    }
    .expect("map parses");
    let mut problems = Vec::new();
    let mut checked = 0;
    for r in &rows {
        let Some(src) = &r.source else { continue };
        let Some(info) = blank.field(&r.field) else {
            continue;
        };
        if !matches!(info.kind, FieldKind::Checkbox | FieldKind::Radio) || src.equals.is_none() {
            continue;
        }
        checked += 1;
        let label = printed_label(info, &words, &heights);
        let tip = tooltip_choice(info);
        let said = if label.is_empty() { &tip } else { &label };
        if std::env::var_os("SHOW_LABELS").is_some() {
            println!("{form}\t{}\t{label}\t{tip}\t{}", r.field, r.item);
        }
        if said.is_empty() {
            problems.push(format!(
                "{form}: line {}: {}: no printed label beside the box and no tooltip",
                r.line, r.field
            ));
            continue;
        }
        let siblings: Vec<&str> = rows
            .iter()
            .filter(|o| o.field != r.field && group(&o.field) == group(&r.field))
            .map(|o| o.item.as_str())
            .collect();
        if !agrees(&label, &tip, &r.item, &siblings) {
            problems.push(format!(
                "{form}: line {}: {} is mapped as \"{}\" but its printed label says \"{label}\" (tooltip: \"{tip}\")",
                r.line, r.field, r.item
            ));
        }
        // Some tooltips are wrong themselves (I-485 Part 1 item 3 "No" says "Select Yes"):
        // the printed page wins, and the disagreement is shown for whoever maps a new edition.
        if let (Some(a), Some(b)) = (yes_no(&label), yes_no(&tip)) {
            if a != b {
                println!(
                    "note: {form}: {}: printed label \"{label}\", tooltip \"{tip}\"",
                    r.field
                );
            }
        }
    }
    println!("{form}: {checked} checkboxes and radio buttons checked");
    assert!(checked > 40, "{form}: too few buttons found ({checked})");
    assert!(
        problems.is_empty(),
        "{} checkbox label problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn i589_checkboxes_are_mapped_by_their_printed_labels() {
    check("i-589");
}

#[test]
fn i730_checkboxes_are_mapped_by_their_printed_labels() {
    check("i-730");
}

#[test]
fn i485_checkboxes_are_mapped_by_their_printed_labels() {
    check("i-485");
}
