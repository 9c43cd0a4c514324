//! The draft layout of a form edition (`form-templates/<form>/<edition>/draft.tsv`): its Parts
//! and Items in form order, each with the question as the form words it. The answers are not
//! repeated here: an item shows the field-map rows (`fields.tsv`) whose `item` label it names,
//! evaluated by [`crate::forms::values`], so the draft and the filled form cannot disagree.

use crate::forms::fieldmap::Row;
use crate::forms::location::Location;
use crate::forms::values::FieldValue;
use std::collections::HashMap;
use std::fmt;

/// A Part heading and its Items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub key: String,
    pub heading: String,
    pub items: Vec<Item>,
    /// The place its key names, parsed once here ("Part A.I"; "Form header" names none).
    pub at: Option<Location>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The `item` label of the field-map rows it shows ("Part A.I, item 8").
    pub key: String,
    pub question: String,
    /// The place its key names, parsed once here: findings are placed by comparing it.
    pub at: Option<Location>,
}

/// A line of a `draft.tsv` that does not parse: a fault of the built-in data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutError {
    /// The line's number, from 1.
    pub line: usize,
    pub problem: LayoutProblem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LayoutProblem {
    /// Fewer than kind and key.
    Columns,
    /// An `item` line before the first `part` line.
    ItemBeforePart,
    /// A kind other than `part` and `item`.
    UnknownKind(String),
}

impl LayoutError {
    pub fn new(line: usize, problem: LayoutProblem) -> LayoutError {
        LayoutError { line, problem }
    }
}

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.line;
        match &self.problem {
            LayoutProblem::Columns => write!(f, "line {n}: expected kind, key, text"),
            LayoutProblem::ItemBeforePart => write!(f, "line {n}: an item before any part"),
            LayoutProblem::UnknownKind(kind) => write!(f, "line {n}: unknown kind {kind:?}"),
        }
    }
}

impl std::error::Error for LayoutError {}

/// Parses a `draft.tsv`: `part<TAB>key<TAB>heading` and `item<TAB>key<TAB>question` lines;
/// `#` starts a comment line.
pub fn parse(text: &str) -> Result<Vec<Part>, LayoutError> {
    let mut parts: Vec<Part> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let (kind, key, text) = match cols.as_slice() {
            [kind, key, text, ..] => (*kind, key.trim(), text.trim()),
            [kind, key] => (*kind, key.trim(), ""),
            _ => return Err(LayoutError::new(n + 1, LayoutProblem::Columns)),
        };
        match kind {
            "part" => parts.push(Part {
                key: key.to_string(),
                heading: text.to_string(),
                items: Vec::new(),
                at: Location::parse(key).filter(|l| l.item.is_empty()),
            }),
            "item" => match parts.last_mut() {
                Some(p) => p.items.push(Item {
                    key: key.to_string(),
                    question: text.to_string(),
                    at: Location::parse(key),
                }),
                None => return Err(LayoutError::new(n + 1, LayoutProblem::ItemBeforePart)),
            },
            other => {
                return Err(LayoutError::new(
                    n + 1,
                    LayoutProblem::UnknownKind(other.to_string()),
                ))
            }
        }
    }
    Ok(parts)
}

/// How a field-map `item` label relates to a draft item key: `None` when it is another item,
/// else the rest of the label that tells the fields of one item apart ("street", "entry 1 (date)",
/// "male"), empty when the label is the key itself.
pub fn belongs(label: &str, key: &str) -> Option<String> {
    let rest = label.strip_prefix(key)?;
    if rest.is_empty() {
        return Some(String::new());
    }
    let rest = if let Some(r) = rest
        .strip_prefix(", ")
        .or_else(|| rest.strip_prefix(": "))
        .or_else(|| rest.strip_prefix(". "))
    {
        r
    } else if rest.starts_with(" (") {
        rest.trim_start()
    } else {
        return None;
    };
    let rest = rest.trim();
    let rest = match rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        Some(inner) if !inner.contains('(') => inner,
        _ => rest,
    };
    Some(rest.to_string())
}

/// One line of an item's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerLine {
    /// What tells this field apart within the item ("street"); empty for a one-field item.
    pub sub: String,
    pub value: String,
}

/// The answer lines of an item as the draft prints them: a table's cells one line per row, in
/// the row's order ("row 1: number and street: 123 Main Street; city/town: Brooklyn; …"), rows
/// by number; other lines as they are.
pub fn table_rows(lines: &[AnswerLine]) -> Vec<String> {
    use super::typeset::isolate;
    // ("row 1", number) of a sub-label "row 1 (city/town)" or "entry 2 (date)".
    // The I-589's parents (A.III item 5) are the rows before the siblings' "sibling 1".
    fn row_of(sub: &str) -> Option<(&str, u32, &str)> {
        let (head, detail) = sub.split_once(" (")?;
        let number = match head {
            "mother" | "father" => 0,
            _ => head.rsplit(' ').next()?.parse().ok()?,
        };
        Some((head, number, detail.strip_suffix(')').unwrap_or(detail)))
    }
    let mut rows: Vec<(String, u32, Vec<String>)> = Vec::new();
    let mut out: Vec<(u32, String)> = Vec::new();
    for a in lines {
        match row_of(&a.sub) {
            Some((head, number, detail)) => {
                let cell = format!("{detail}: {}", isolate(&a.value));
                match rows.iter_mut().find(|(h, ..)| h == head) {
                    Some(r) => r.2.push(cell),
                    None => rows.push((head.to_string(), number, vec![cell])),
                }
            }
            None if a.sub.is_empty() => out.push((0, a.value.clone())),
            None => out.push((0, format!("{}: {}", a.sub, isolate(&a.value)))),
        }
    }
    rows.sort_by_key(|(_, n, _)| *n);
    out.extend(
        rows.into_iter()
            .map(|(head, n, cells)| (n, format!("{head}: {}", cells.join("; ")))),
    );
    out.into_iter().map(|(_, l)| l).collect()
}

/// The draft item of each field-map row, and the sub-label telling it apart within the item
/// ([`owner`]): the same for every case, so a run computes it once (matching every row against
/// every item was a twelfth of a draft's time).
pub fn owners(parts: &[Part], rows: &[Row]) -> Vec<Option<(String, String)>> {
    let keys: Vec<&str> = parts
        .iter()
        .flat_map(|p| p.items.iter().map(|i| i.key.as_str()))
        .collect();
    rows.iter()
        .map(|row| owner(&keys, &row.item).map(|(k, sub)| (k.to_string(), sub)))
        .collect()
}

/// The answer of every item, from the evaluated field values of one form instance; `owners`
/// is [`owners`] of the same rows. An item with no line is not answered.
pub fn answers(
    rows: &[Row],
    owners: &[Option<(String, String)>],
    values: &[(String, FieldValue)],
) -> HashMap<String, Vec<AnswerLine>> {
    let by_field: HashMap<&str, &FieldValue> =
        values.iter().map(|(k, v)| (k.as_str(), v)).collect();
    let mut out: HashMap<String, Vec<AnswerLine>> = HashMap::new();
    for (row, owned) in rows.iter().zip(owners) {
        let Some(v) = by_field.get(row.field.as_str()) else {
            continue;
        };
        let Some((key, sub)) = owned else {
            continue;
        };
        let line = match v {
            FieldValue::Text(t) if !t.trim().is_empty() => AnswerLine {
                sub: sub.clone(),
                value: t.clone(),
            },
            FieldValue::Check(true) if sub.is_empty() => AnswerLine {
                sub: String::new(),
                value: "[X] checked".to_string(),
            },
            FieldValue::Check(true) => AnswerLine {
                sub: String::new(),
                value: format!("[X] {sub}"),
            },
            _ => continue,
        };
        out.entry(key.clone()).or_default().push(line);
    }
    out
}

/// The draft item a field-map label belongs to (the longest matching key) and its sub-label.
pub fn owner<'k>(keys: &[&'k str], label: &str) -> Option<(&'k str, String)> {
    keys.iter()
        .filter_map(|k| belongs(label, k).map(|sub| (*k, sub)))
        .max_by_key(|(k, _)| k.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_prints_one_line_per_row_in_order() {
        let line = |sub: &str, value: &str| AnswerLine {
            sub: sub.into(),
            value: value.into(),
        };
        let got = table_rows(&[
            line("entry 1 (date)", "03/10/2026"),
            line("entry 1 (place)", "JFK"),
            line("entry 2 (date)", "07/02/2018"),
            line("entry 1 (date status expires)", "09/09/2026"),
            line("", "[X] yes"),
        ]);
        // Each labelled value is a bidi isolate (U+2068 … U+2069), so a right-to-left value
        // cannot reorder the labels around it.
        let i = |v: &str| format!("\u{2068}{v}\u{2069}");
        assert_eq!(
            got,
            vec![
                "[X] yes".to_string(),
                format!(
                    "entry 1: date: {}; place: {}; date status expires: {}",
                    i("03/10/2026"),
                    i("JFK"),
                    i("09/09/2026")
                ),
                format!("entry 2: date: {}", i("07/02/2018")),
            ]
        );
        // The parents' rows come first, in the form's order, each on one line.
        let got = table_rows(&[
            line("mother (full name)", "Samira"),
            line("father (full name)", "Adel"),
            line("sibling 1 (full name)", "Hassan"),
            line("mother (current location)", "Aleppo"),
        ]);
        assert_eq!(
            got,
            vec![
                format!(
                    "mother: full name: {}; current location: {}",
                    i("Samira"),
                    i("Aleppo")
                ),
                format!("father: full name: {}", i("Adel")),
                format!("sibling 1: full name: {}", i("Hassan")),
            ]
        );
    }

    #[test]
    fn labels_belong_to_their_item_only() {
        assert_eq!(
            belongs("Part A.I, item 8 (street)", "Part A.I, item 8"),
            Some("street".into())
        );
        assert_eq!(
            belongs("Part A.I, item 8", "Part A.I, item 8"),
            Some(String::new())
        );
        assert_eq!(belongs("Part A.I, item 18.a", "Part A.I, item 1"), None);
        assert_eq!(belongs("Part 1, item 12", "Part 1, item 1"), None);
        assert_eq!(
            belongs("Part A.I, item 19.c, entry 1 (date)", "Part A.I, item 19.c"),
            Some("entry 1 (date)".into())
        );
        assert_eq!(
            belongs("page 1, My Status: Refugee", "page 1, My Status"),
            Some("Refugee".into())
        );
    }

    #[test]
    fn parse_rejects_an_item_before_a_part() {
        let e = parse("item\tPart 1, item 1\tName").expect_err("an item first");
        assert_eq!(e, LayoutError::new(1, LayoutProblem::ItemBeforePart));
        assert_eq!(e.to_string(), "line 1: an item before any part");
        let p =
            parse("# c\npart\tPart 1\tAbout you\nitem\tPart 1, item 1\tName\n").expect("parses");
        assert_eq!(p[0].items[0].question, "Name");
    }
}
