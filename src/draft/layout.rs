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
    /// For a checked box, the option it marks ("male"), empty when the box is the item.
    pub sub: String,
    /// The text printed; empty for a checked box.
    pub value: String,
    /// A checked box (printed "[X] sub").
    pub checked: bool,
}

impl AnswerLine {
    /// A filled text field.
    pub fn text(sub: impl Into<String>, value: impl Into<String>) -> Self {
        AnswerLine {
            sub: sub.into(),
            value: value.into(),
            checked: false,
        }
    }

    /// A checked box for the option `sub`.
    pub fn check(sub: impl Into<String>) -> Self {
        AnswerLine {
            sub: sub.into(),
            value: String::new(),
            checked: true,
        }
    }

    /// The line with its label `sub` (a checked box's option, or a field's label).
    fn show(&self, sub: &str) -> String {
        use super::typeset::isolate;
        match (self.checked, sub.is_empty()) {
            (true, true) => "[X] checked".to_string(),
            (true, false) => format!("[X] {sub}"),
            // Isolated too: a right-to-left value alone on its line (a native name) stays in
            // the draft's left-to-right line, beside its label, not flush right.
            (false, true) => isolate(&self.value),
            (false, false) => format!("{sub}: {}", isolate(&self.value)),
        }
    }
}

/// A comb of one-digit boxes (the I-485's weight: "weight in pounds: digit 1" … "digit 3")
/// as the one number it prints ("weight in pounds: 118"), not cell by cell.
fn combs(lines: &[AnswerLine]) -> Vec<AnswerLine> {
    fn digit(sub: &str) -> Option<(&str, u32)> {
        let (head, n) = sub.rsplit_once("digit ")?;
        Some((head.trim_end_matches([' ', ':', ',']), n.parse().ok()?))
    }
    let mut out: Vec<AnswerLine> = Vec::new();
    let mut last: Option<(String, u32)> = None;
    for a in lines {
        let cell = digit(&a.sub).filter(|_| !a.checked);
        match (cell, &mut last, out.last_mut()) {
            (Some((head, n)), Some((h, m)), Some(prev)) if h == head && n == *m + 1 => {
                prev.value.push_str(&a.value);
                *m = n;
            }
            (Some((head, n)), ..) => {
                last = Some((head.to_string(), n));
                out.push(AnswerLine::text(head, a.value.clone()));
            }
            (None, ..) => {
                last = None;
                out.push(a.clone());
            }
        }
    }
    out
}

/// The longest label prefix two sub-labels share up to a word boundary the labels write
/// ("Address of Residence (" of "Address of Residence (City or Town)" and "… (State)";
/// "dates: " of "dates: from" and "dates: to"; "Other Names Used, "), each keeping a
/// non-empty rest; a parenthesis only where both labels close it at their end.
fn shared_head(a: &str, b: &str) -> Option<usize> {
    [" (", ": ", ", "]
        .iter()
        .flat_map(|sep| a.match_indices(sep).map(move |(i, _)| (i, *sep)))
        .filter(|(i, sep)| {
            let cut = i + sep.len();
            *i > 0
                && b.len() > cut
                && a.len() > cut
                && b.starts_with(&a[..cut])
                && (*sep != " (" || (a.ends_with(')') && b.ends_with(')')))
        })
        .map(|(i, sep)| i + sep.len())
        .max()
}

/// The rest of `sub` after the shared prefix `head` (cut at [`shared_head`]), without the
/// closing parenthesis a " (" prefix opened; `None` when `sub` does not continue `head`.
fn after_head<'s>(sub: &'s str, head: &str) -> Option<&'s str> {
    let rest = sub.strip_prefix(head).filter(|r| !r.is_empty())?;
    if head.ends_with(" (") {
        rest.strip_suffix(')')
    } else {
        Some(rest)
    }
}

/// The answer lines of an item as the draft prints them, each with its depth (0, or 1 under
/// the heading line above it). A table's cells go one line per row, in the row's order
/// ("row 1: number and street: 123 Main Street; city/town: Brooklyn; …"), rows by number.
/// Fields whose labels share leading words ("Address of Residence (Street Number and Name)",
/// "Address of Residence (City or Town)") print only what tells them apart, beneath one line
/// naming what they share ("Address of Residence:"); that line is left out where the item's
/// `question` already says it and the group is the whole answer. A lone field keeps its
/// whole label.
pub fn table_rows(lines: &[AnswerLine], question: &str) -> Vec<(usize, String)> {
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
    let lines = &combs(lines);
    let mut rows: Vec<(String, u32, Vec<String>)> = Vec::new();
    let mut other: Vec<&AnswerLine> = Vec::new();
    for a in lines {
        match row_of(&a.sub).filter(|_| !a.checked) {
            Some((head, number, detail)) => {
                let cell = format!("{detail}: {}", isolate(&a.value));
                match rows.iter_mut().find(|(h, ..)| h == head) {
                    Some(r) => r.2.push(cell),
                    None => rows.push((head.to_string(), number, vec![cell])),
                }
            }
            None => other.push(a),
        }
    }
    let mut out: Vec<(usize, String)> = Vec::new();
    let said = question.to_lowercase();
    let mut i = 0;
    while i < other.len() {
        let a = other[i];
        let head = other
            .get(i + 1)
            .and_then(|b| shared_head(&a.sub, &b.sub))
            .map(|cut| &a.sub[..cut]);
        let Some(head) = head else {
            out.push((0, a.show(&a.sub)));
            i += 1;
            continue;
        };
        let group: Vec<(&AnswerLine, &str)> = other[i..]
            .iter()
            .map_while(|b| after_head(&b.sub, head).map(|rest| (*b, rest)))
            .collect();
        let name = head.trim_end_matches([' ', '(', ':', ',']);
        let whole = group.len() == other.len() && rows.is_empty();
        let depth = if whole && said.contains(&name.to_lowercase()) {
            0
        } else {
            out.push((0, format!("{name}:")));
            1
        };
        out.extend(group.iter().map(|(b, rest)| (depth, b.show(rest))));
        i += group.len();
    }
    rows.sort_by_key(|(_, n, _)| *n);
    out.extend(
        rows.into_iter()
            .map(|(head, _, cells)| (0, format!("{head}: {}", cells.join("; ")))),
    );
    out
}

/// The key of the items `keys` (in form order) shown as one, when they differ only in one
/// number: "Page 2 header" … "Page 24 header" → "Pages 2–24 header" (numbers that do not
/// follow on are listed: "Pages 2, 5 header"); `None` when they differ otherwise.
pub fn merged_key(keys: &[&str]) -> Option<String> {
    let first = *keys.first()?;
    if keys.len() == 1 {
        return Some(first.to_string());
    }
    let words: Vec<Vec<&str>> = keys.iter().map(|k| k.split(' ').collect()).collect();
    let n = words[0].len();
    if words.iter().any(|w| w.len() != n) {
        return None;
    }
    let differ: Vec<usize> = (0..n)
        .filter(|&p| words.iter().any(|w| w[p] != words[0][p]))
        .collect();
    let [at] = differ.as_slice() else {
        return None;
    };
    let numbers: Vec<u32> = words
        .iter()
        .map(|w| w[*at].parse().ok())
        .collect::<Option<_>>()?;
    let span = match numbers.as_slice() {
        [a, .., b] if numbers.windows(2).all(|w| w[1] == w[0] + 1) => format!("{a}–{b}"),
        _ => numbers
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", "),
    };
    let mut out: Vec<String> = words[0].iter().map(|w| w.to_string()).collect();
    out[*at] = span;
    // The word the number counts ("Page", "item") in the plural.
    if let Some(word) = at.checked_sub(1).map(|p| &mut out[p]) {
        if word.chars().all(char::is_alphabetic) && !word.ends_with('s') {
            word.push('s');
        }
    }
    Some(out.join(" "))
}

/// The block of rows an item belongs to (a child, the spouse, a family member): its key without
/// the item number ("Part A.II, child 4, item" of "Part A.II, child 4, item 1"), when that names
/// more than a Part. Items of one unused block collapse into one line of the draft; a Part's own
/// items ("Part 2, item 5") each keep their question.
pub fn block(key: &str) -> Option<&str> {
    let (prefix, number) = key.rsplit_once(' ')?;
    number.parse::<u32>().ok()?;
    let rest: Vec<&str> = prefix.split(", ").skip(1).collect();
    (rest.len() >= 2 || rest.first().is_some_and(|s| s.contains(' '))).then_some(prefix)
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
            FieldValue::Text(t) if !t.trim().is_empty() => AnswerLine::text(sub.clone(), t.clone()),
            FieldValue::Check(true) => AnswerLine::check(sub.clone()),
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
    fn a_comb_of_digit_boxes_is_one_number() {
        let line = AnswerLine::text;
        let got = texts(table_rows(
            &[
                line("weight in pounds: digit 1", "1"),
                line("weight in pounds: digit 2", "1"),
                line("weight in pounds: digit 3", "8"),
            ],
            "Weight",
        ));
        assert_eq!(got, vec![format!("weight in pounds: {}", i("118"))]);
    }

    #[test]
    fn a_block_is_a_child_or_person_not_a_part() {
        assert_eq!(
            block("Part A.II, child 4, item 12"),
            Some("Part A.II, child 4, item")
        );
        assert_eq!(
            block("Part A.II, spouse item 3"),
            Some("Part A.II, spouse item")
        );
        assert_eq!(block("Part 2, item 5"), None);
        assert_eq!(block("Part A.II, child 4, item 3.a"), None);
        assert_eq!(block("Page 3 header"), None);
    }

    /// Each labelled value is a bidi isolate (U+2068 … U+2069), so a right-to-left value
    /// cannot reorder the labels around it.
    fn i(v: &str) -> String {
        format!("\u{2068}{v}\u{2069}")
    }

    fn texts(rows: Vec<(usize, String)>) -> Vec<String> {
        rows.into_iter().map(|(_, t)| t).collect()
    }

    #[test]
    fn a_table_prints_one_line_per_row_in_order() {
        let line = AnswerLine::text;
        let got = texts(table_rows(
            &[
                line("entry 1 (date)", "03/10/2026"),
                line("entry 1 (place)", "JFK"),
                line("entry 2 (date)", "07/02/2018"),
                line("entry 1 (date status expires)", "09/09/2026"),
                AnswerLine::check("yes"),
            ],
            "Entries",
        ));
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
        let got = texts(table_rows(
            &[
                line("mother (full name)", "Samira"),
                line("father (full name)", "Adel"),
                line("sibling 1 (full name)", "Hassan"),
                line("mother (current location)", "Aleppo"),
            ],
            "Parents and siblings",
        ));
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

    /// Labels that share their leading words print only what tells them apart: without the
    /// shared words where the question says them and they are the whole answer, else beneath
    /// one line naming them. A lone field keeps its whole label.
    #[test]
    fn shared_leading_words_are_printed_once() {
        let line = AnswerLine::text;
        // I-730 Part 1 item 2: the question says "Address of Residence".
        let got = table_rows(
            &[
                line(
                    "Address of Residence (Street Number and Name)",
                    "1420 Columbia Pike",
                ),
                AnswerLine::check("Address of Residence (Apt.)"),
                line("Address of Residence (Apt./Ste./Flr. Number)", "3C"),
                line("Address of Residence (City or Town)", "Arlington"),
            ],
            "Address of Residence (Where you physically reside)",
        );
        assert_eq!(
            got,
            vec![
                (
                    0,
                    format!("Street Number and Name: {}", i("1420 Columbia Pike"))
                ),
                (0, "[X] Apt.".to_string()),
                (0, format!("Apt./Ste./Flr. Number: {}", i("3C"))),
                (0, format!("City or Town: {}", i("Arlington"))),
            ]
        );
        // I-485 Part 4 item 7: the address is a part of the answer; "dates: " is shared too.
        let got = table_rows(
            &[
                line("your occupation", "Assembler"),
                line(
                    "address of employer, company or school (street number and name)",
                    "9609 Ardmore Avenue",
                ),
                line(
                    "address of employer, company or school (city or town)",
                    "Astoria",
                ),
                line("dates: from", "10/06/2025"),
                line("dates: to", "PRESENT"),
            ],
            "Employment and Educational History",
        );
        assert_eq!(
            got,
            vec![
                (0, format!("your occupation: {}", i("Assembler"))),
                (0, "address of employer, company or school:".to_string()),
                (
                    1,
                    format!("street number and name: {}", i("9609 Ardmore Avenue"))
                ),
                (1, format!("city or town: {}", i("Astoria"))),
                (0, "dates:".to_string()),
                (1, format!("from: {}", i("10/06/2025"))),
                (1, format!("to: {}", i("PRESENT"))),
            ]
        );
        // The whole answer, but the question does not say what the labels share.
        let got = texts(table_rows(
            &[
                line(
                    "current mailing address (street number and name)",
                    "1 Main St",
                ),
                line("current mailing address (city or town)", "Astoria"),
            ],
            "Addresses",
        ));
        assert_eq!(got[0], "current mailing address:");
        // A lone field, and labels that share no whole words, keep their labels.
        let got = texts(table_rows(
            &[
                AnswerLine::check("Sex (Male)"),
                line("has an A-Number: Yes", "x"),
                line("A-Number", "220123456"),
            ],
            "Sex",
        ));
        assert_eq!(
            got,
            vec![
                "[X] Sex (Male)".to_string(),
                format!("has an A-Number: Yes: {}", i("x")),
                format!("A-Number: {}", i("220123456")),
            ]
        );
        // "Other Names Used, entry 1 (…)" rows stay rows.
        let got = texts(table_rows(
            &[
                line("Other Names Used, entry 1 (Family Name)", "Gebremedhin"),
                line("Other Names Used, entry 1 (Given Name)", "Tesfay"),
            ],
            "Other Names Used (Including maiden name)",
        ));
        assert_eq!(
            got,
            vec![format!(
                "Other Names Used, entry 1: Family Name: {}; Given Name: {}",
                i("Gebremedhin"),
                i("Tesfay")
            )]
        );
    }

    #[test]
    fn repeated_items_are_named_once() {
        let keys: Vec<String> = (2..=24).map(|n| format!("Page {n} header")).collect();
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        assert_eq!(merged_key(&keys).as_deref(), Some("Pages 2–24 header"));
        assert_eq!(
            merged_key(&["Page 2 header", "Page 5 header"]).as_deref(),
            Some("Pages 2, 5 header")
        );
        assert_eq!(
            merged_key(&["Part 1, item 2"]).as_deref(),
            Some("Part 1, item 2")
        );
        assert_eq!(merged_key(&["Part 1, item 2", "Part 2, item 3"]), None);
        assert_eq!(merged_key(&["Part 1, item 2", "Part 1, item 2.a"]), None);
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
