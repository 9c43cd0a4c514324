//! List items beyond the rows a form has (a seventh child on the I-589, a sixth residence, a
//! third prior marriage…): the field map names rows `list[0]`…`list[n]`; items after `n` are
//! evaluated with the same rows and written out, each under its Part and Item, for the form's
//! continuation page. Data-driven: a list gets continued because the map indexes it, with no
//! per-list code.

use crate::forms::fieldmap::{Expr, Row};
use crate::forms::values::{self, FieldValue};
use crate::forms::Location;
use serde_json::Value;
use std::fmt;

/// One list item the form has no row for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtraItem {
    /// Where it belongs, e.g. "Part A.III, item 2, row 6" or "Supplement A, child 7".
    pub heading: Heading,
    /// The item's values with the words of their labels after the heading, in map order.
    pub lines: Vec<Detail>,
    /// A field of the template row, for the page number it sits on.
    pub template_field: String,
}

/// One value of an extra item and what it is ("city or town"; empty for an explanation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    pub label: String,
    pub value: String,
}

impl ExtraItem {
    /// The item with its whole heading: "Part 4, item 7, additional entry 3: …".
    pub fn text(&self) -> String {
        let body = self.body();
        if body.is_empty() {
            self.heading.to_string()
        } else {
            format!("{}: {body}", self.heading)
        }
    }

    /// The item under a heading that already names its Part and Item (a continuation block's
    /// boxes, a sheet's "Page N, Part X, Item Y"): only the item's own words ("additional entry
    /// 3") are left of its heading, then its values.
    pub fn text_under_place(&self) -> String {
        let heading = self.heading.to_string();
        let own = self
            .heading
            .at
            .as_ref()
            .map_or(heading.as_str(), |at| at.words_after(&heading));
        match (capitalized(own), self.body()) {
            (own, body) if own.is_empty() => body,
            (own, body) if body.is_empty() => own,
            (own, body) => format!("{own}: {body}"),
        }
    }

    /// The values as a person reads them: the parts of an address on one line in the form's
    /// order ("New Road 5, Kathmandu, Bagmati Province 44600, Nepal"), a period as "from … to
    /// …", every other value after its label.
    pub fn body(&self) -> String {
        group_details(&self.lines).join("; ")
    }
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// What a detail's label says: the group it belongs to and the part of it, "address of
/// employer (city or town)" → ("address of employer", "city or town"), "dates: from" →
/// ("dates", "from"), "country" → ("", "country").
fn split_label(label: &str) -> (&str, &str) {
    if let Some(inner) = label.strip_suffix(')') {
        if let Some((group, part)) = inner.rsplit_once(" (") {
            return (group.trim(), part.trim());
        }
    }
    match label.rsplit_once(": ") {
        Some((group, part)) => (group.trim(), part.trim()),
        None => ("", label.trim()),
    }
}

/// The part of an address a label names, as the forms word them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AddressPart {
    Street,
    /// A unit box checked ("Apt."): its word goes before the unit's number.
    UnitWord,
    Unit,
    City,
    State,
    Postal,
    Country,
}

fn address_part(part: &str, value: &str) -> Option<AddressPart> {
    let p = part.to_lowercase();
    Some(match p.as_str() {
        "street number and name" | "number and street" | "street" => AddressPart::Street,
        "apt." | "ste." | "flr." | "apt" | "ste" | "flr" if value == "yes" => AddressPart::UnitWord,
        "apt./ste./flr. number" | "unit" => AddressPart::Unit,
        "city or town" | "city/town" | "city" => AddressPart::City,
        "state" | "province" | "state or province" | "department, province or state" => {
            AddressPart::State
        }
        "zip code" | "zip" | "postal code" => AddressPart::Postal,
        "country" => AddressPart::Country,
        _ => return None,
    })
}

/// The details grouped as the form groups them (see [`ExtraItem::body`]); every value stays.
fn group_details(details: &[Detail]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < details.len() {
        let d = &details[i];
        let (group, part) = split_label(&d.label);
        let same_group = |j: usize| details.get(j).map(|x| split_label(&x.label).0) == Some(group);
        if address_part(part, &d.value).is_some() {
            // The run of address parts of one group: one line, in the form's order.
            let mut line = String::new();
            let mut prev: Option<AddressPart> = None;
            while i < details.len() && same_group(i) {
                let x = &details[i];
                let Some(kind) = address_part(split_label(&x.label).1, &x.value) else {
                    break;
                };
                if kind == AddressPart::UnitWord {
                    // "Apt." before its number, never "yes".
                    let word = capitalized(split_label(&x.label).1);
                    if !line.is_empty() {
                        line.push_str(", ");
                    }
                    line.push_str(&word);
                } else {
                    let sep = match (prev, kind) {
                        (None, _) => "",
                        (Some(AddressPart::UnitWord), _) => " ",
                        // "Bagmati Province 44600", "VA 22201": a postal code follows its state.
                        (Some(AddressPart::State), AddressPart::Postal) => " ",
                        _ => ", ",
                    };
                    line.push_str(sep);
                    line.push_str(&x.value);
                }
                prev = Some(kind);
                i += 1;
            }
            let label = if group.is_empty() { "address" } else { group };
            out.push(format!("{label}: {line}"));
            continue;
        }
        if part == "from" && !group.is_empty() {
            // "dates: from 07/01/2016 to 07/31/2023".
            let mut line = format!("{group}: from {}", d.value);
            i += 1;
            if same_group(i) && split_label(&details[i].label).1 == "to" {
                line.push_str(&format!(" to {}", details[i].value));
                i += 1;
            }
            out.push(line);
            continue;
        }
        out.push(if d.label.is_empty() {
            d.value.clone()
        } else {
            format!("{}: {}", d.label, d.value)
        });
        i += 1;
    }
    out
}

/// Where an extra item belongs: the Part and Item it continues, and the words of its heading
/// with the item's own number in them ("Part A.III, item 2, row 6", "Supplement A, child 7";
/// "Part 1, item 18, prior address, additional entry 2" when the template row has no number).
/// Built from the template rows' words when the list is read, so nothing parses a printed
/// heading back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// The Part and Item: the continuation block's boxes.
    pub at: Option<Location>,
    /// The words, with the places the item's number goes.
    words: Numbered,
    /// The item's number in its list (1-based); None for an explanation, which has none.
    pub number: Option<usize>,
}

impl fmt::Display for Heading {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.number.unwrap_or(0);
        f.write_str(&self.words.with(n))?;
        match self.number {
            // A list whose template row has no number (only one row on the form) gets one here.
            Some(n) if !self.words.has_number() => write!(f, ", additional entry {n}"),
            _ => Ok(()),
        }
    }
}

/// A label of the map with the places of its row's number found: "Part A.III, item 2, row 5
/// (city/town)" of the fifth row is "Part A.III, item 2, row ", the number, " (city/town)".
/// Part, Item, Page and Line numbers are words: they stay what they are.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Numbered(Vec<Piece>);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Words(String),
    Number,
}

impl Numbered {
    /// Finds the row number `n` in `label`: "row 5" → "row N", "child 6" → "child N",
    /// "organization 2" → "organization N"; Part, Item and Page numbers stay words.
    fn find(label: &str, n: usize) -> Numbered {
        let n = n.to_string();
        let mut pieces = Vec::new();
        let mut words = String::new();
        let mut rest = label;
        while let Some(at) = find_word(rest, &n) {
            let before = &rest[..at];
            let prev_word = before
                .trim_end()
                .rsplit([' ', ',', '('])
                .next()
                .unwrap_or("");
            words.push_str(before);
            if ["Part", "item", "Item", "Page", "page", "Line"].contains(&prev_word) {
                words.push_str(&n);
            } else {
                pieces.push(Piece::Words(std::mem::take(&mut words)));
                pieces.push(Piece::Number);
            }
            rest = &rest[at + n.len()..];
        }
        words.push_str(rest);
        pieces.push(Piece::Words(words));
        Numbered(pieces)
    }

    /// Words without a number.
    fn words(text: &str) -> Numbered {
        Numbered(vec![Piece::Words(text.to_string())])
    }

    /// The label of item `n`.
    fn with(&self, n: usize) -> String {
        let mut out = String::new();
        for p in &self.0 {
            match p {
                Piece::Words(w) => out.push_str(w),
                Piece::Number => out.push_str(&n.to_string()),
            }
        }
        out
    }

    fn has_number(&self) -> bool {
        self.0.contains(&Piece::Number)
    }
}

/// Beyond this many extra items of one list the case is not plausible; stop rather than loop.
const MAX_EXTRA: usize = 500;

/// The outer list a source indexes: (function, path up to and including the list key), and
/// the position of that segment.
fn outer_list(e: &Expr) -> Option<(String, usize, usize)> {
    let pos = e.path.iter().position(|s| s.index.is_some())?;
    let key: Vec<&str> = e.path[..=pos].iter().map(|s| s.key.as_str()).collect();
    let index = e.path[pos].index?;
    // A function that only words the value (open_end) does not make another list.
    let func = e.func.as_deref().filter(|f| *f != "open_end").unwrap_or("");
    Some((format!("{func}({})", key.join(".")), pos, index))
}

/// Every item of every indexed list that the map has no row for.
pub fn extra_items(rows: &[Row], case: &Value, form: &Value) -> Vec<ExtraItem> {
    // (list key, segment position, highest index mapped), in map order.
    let mut lists: Vec<(String, usize, usize)> = Vec::new();
    // Each row's list, worked out once: per list and row it was a fifth of a fill.
    let outer: Vec<Option<(String, usize, usize)>> = rows
        .iter()
        .map(|r| r.source.as_ref().and_then(outer_list))
        .collect();
    for (key, pos, index) in outer.iter().flatten() {
        match lists.iter_mut().find(|(k, _, _)| k == key) {
            Some(l) => l.2 = l.2.max(*index),
            None => lists.push((key.clone(), *pos, *index)),
        }
    }
    let mut out = Vec::new();
    for (key, pos, max) in lists {
        let template: Vec<&Row> = rows
            .iter()
            .zip(&outer)
            .filter(|(_, o)| o.as_ref().is_some_and(|(k, _, i)| *k == key && *i == max))
            .map(|(r, _)| r)
            .collect();
        let list = Template::new(&template, max + 1);
        for k in max + 1..=max + MAX_EXTRA {
            let labels: Vec<String> = list.labels.iter().map(|l| l.with(k + 1)).collect();
            let shifted: Vec<Row> = template
                .iter()
                .zip(&labels)
                .filter_map(|(r, item)| {
                    let mut e = r.source.clone()?;
                    e.path[pos].index = Some(k);
                    Some(Row {
                        field: r.field.clone(),
                        // Part and Item are never renumbered: the template row's place.
                        at: r.at.clone(),
                        item: item.clone(),
                        source: Some(e),
                        reason: None,
                        line: r.line,
                    })
                })
                .collect();
            let values = values::evaluate(&shifted, case, form);
            if !values.iter().any(|(_, v)| matches!(v, FieldValue::Text(_))) {
                break;
            }
            let labelled: Vec<(&str, &FieldValue)> = values
                .iter()
                .filter_map(|(field, v)| {
                    let row = shifted.iter().find(|r| &r.field == field)?;
                    Some((row.item.as_str(), v))
                })
                .collect();
            out.push(ExtraItem {
                heading: list.heading(k + 1),
                lines: list.lines(k + 1, &labelled),
                template_field: template[0].field.clone(),
            });
        }
    }
    out
}

/// The explanations the form has no lines for: a Yes/No item (`….answer=true`) whose
/// `….explanation` no row of the map prints. The instructions of all three forms ask for the
/// explanation of such an answer in the additional-information Part (I-485 Part 14, I-589
/// Supplement B, I-730 sheets), under its Page, Part and Item; without this the I-485's Part 9
/// explanations were lost.
pub fn explanations(rows: &[Row], case: &Value, form: &Value) -> Vec<ExtraItem> {
    let mapped: Vec<String> = rows
        .iter()
        .filter_map(|r| r.source.as_ref())
        .filter(|e| e.path.last().is_some_and(|s| s.key == "explanation"))
        .map(path_text)
        .collect();
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for r in rows {
        let Some(e) = &r.source else { continue };
        if e.func.is_some() || e.equals.as_deref() != Some("true") {
            continue;
        }
        if e.path.last().is_none_or(|s| s.key != "answer") {
            continue;
        }
        let mut x = e.clone();
        x.equals = None;
        x.filters.clear();
        if let Some(last) = x.path.last_mut() {
            last.key = "explanation".to_string();
        }
        let key = path_text(&x);
        if mapped.contains(&key) || seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let probe = Row {
            field: r.field.clone(),
            item: r.item.clone(),
            at: r.at.clone(),
            source: Some(x),
            reason: None,
            line: r.line,
        };
        let Some((_, FieldValue::Text(text))) =
            values::evaluate(std::slice::from_ref(&probe), case, form).pop()
        else {
            continue;
        };
        // "Part 9, item 18 (arrested: Yes)" → "Part 9, item 18".
        let words = r.item.split(" (").next().unwrap_or(&r.item).trim();
        out.push(ExtraItem {
            heading: Heading {
                at: r.at.clone(),
                words: Numbered::words(words),
                number: None,
            },
            lines: vec![Detail {
                label: String::new(),
                value: text,
            }],
            template_field: r.field.clone(),
        });
    }
    out
}

fn path_text(e: &Expr) -> String {
    e.path
        .iter()
        .map(|s| match s.index {
            Some(i) => format!("{}[{i}]", s.key),
            None => s.key.clone(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

fn find_word(s: &str, word: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut start = 0;
    while let Some(i) = s[start..].find(word).map(|i| i + start) {
        let end = i + word.len();
        let before_ok = i == 0 || !bytes[i - 1].is_ascii_alphanumeric() && bytes[i - 1] != b'.';
        let after_ok = end == s.len() || !bytes[end].is_ascii_alphanumeric() && bytes[end] != b'.';
        if before_ok && after_ok {
            return Some(i);
        }
        start = end;
    }
    None
}

/// The template rows of a list, read once: their labels with the row number's places, and
/// the heading they share, under which each item's values are listed.
struct Template {
    /// Each template row's label.
    labels: Vec<Numbered>,
    /// The shared heading's words.
    heading: Numbered,
    /// Its Part and Item.
    at: Option<Location>,
    /// Where, in the template labels, each value's own words start (after the heading).
    cut: Numbered,
}

impl Template {
    /// The template rows' labels, numbered `number` (the template row's number, 1-based).
    fn new(rows: &[&Row], number: usize) -> Template {
        let written: Vec<&str> = rows.iter().map(|r| r.item.as_str()).collect();
        let common = common_prefix(&written);
        // Cut the shared prefix back to a boundary so a detail never starts mid-word.
        let at_boundary = written.iter().all(|l| {
            l.get(common.len()..)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([',', ' ', '(']))
        });
        let cut = if at_boundary && written.len() > 1 {
            common.len()
        } else {
            [", ", " ("]
                .iter()
                .filter_map(|sep| common.rfind(sep))
                .max()
                .unwrap_or(0)
        };
        let mut heading = common[..cut].trim();
        if heading.is_empty() {
            heading = written.first().copied().unwrap_or("");
        }
        Template {
            labels: written.iter().map(|l| Numbered::find(l, number)).collect(),
            heading: Numbered::find(heading, number),
            // The place the heading's words name, read once from the map's words.
            at: Location::parse(heading),
            cut: Numbered::find(&common[..cut], number),
        }
    }

    fn heading(&self, number: usize) -> Heading {
        Heading {
            at: self.at.clone(),
            words: self.heading.clone(),
            number: Some(number),
        }
    }

    /// Item `number`'s values, each with the words of its label after the heading.
    fn lines(&self, number: usize, values: &[(&str, &FieldValue)]) -> Vec<Detail> {
        let cut = self.cut.with(number).len();
        values
            .iter()
            .filter_map(|(label, v)| {
                let detail = label
                    .get(cut..)
                    .unwrap_or("")
                    .trim_start_matches([',', ' '])
                    .trim();
                let detail = detail
                    .strip_prefix('(')
                    .and_then(|d| d.strip_suffix(')'))
                    .unwrap_or(detail);
                let value = match v {
                    FieldValue::Text(t) => t.clone(),
                    FieldValue::Check(true) => "yes".to_string(),
                    FieldValue::Check(false) => return None,
                };
                Some(Detail {
                    label: detail.to_string(),
                    value,
                })
            })
            .collect()
    }
}

fn common_prefix<'a>(labels: &[&'a str]) -> &'a str {
    let Some(first) = labels.first() else {
        return "";
    };
    let mut end = first.len();
    for l in &labels[1..] {
        end = end.min(
            first
                .char_indices()
                .zip(l.chars())
                .find(|((_, a), b)| a != b)
                .map_or(first.len().min(l.len()), |((i, _), _)| i),
        );
    }
    &first[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explanations_without_lines_of_their_own_are_continued() {
        let map = "field\titem\tsource\treason\n\
            Y1\tPart 9, item 1 (Yes)\teligibility.memberships.answer=true\t\n\
            N1\tPart 9, item 1 (No)\teligibility.memberships.answer=false\t\n\
            Y2\tPart 9, item 22 (arrested: Yes)\teligibility.criminal.arrested.answer=true\t\n\
            Y3\tPart B, item 1 (Yes)\tharm.answer=true\t\n\
            E3\tPart B, item 1 (explanation)\tharm.explanation\t\n\
            Y4\tPart 9, item 23 (Yes)\teligibility.criminal.crime.answer=true\t\n";
        let rows = crate::forms::fieldmap::parse_map(map).expect("map");
        let form = serde_json::json!({
            "eligibility": {
                "memberships": {"answer": true, "explanation": "See items 2-9."},
                "criminal": {
                    "arrested": {"answer": true, "explanation": "Detained one day in 2022."},
                    "crime": {"answer": false}
                }
            },
            "harm": {"answer": true, "explanation": "Printed in its own box."}
        });
        let got: Vec<String> = explanations(&rows, &serde_json::json!({}), &form)
            .iter()
            .map(ExtraItem::text)
            .collect();
        assert_eq!(
            got,
            vec![
                "Part 9, item 1: See items 2-9.",
                "Part 9, item 22: Detained one day in 2022.",
            ]
        );
    }

    #[test]
    fn an_entry_reads_as_the_form_groups_it_and_keeps_every_value() {
        let map = "field\titem\tsource\treason\n\
            N1\tPart 4, item 7 (name of employer, company or school)\tjobs[0].name\t\n\
            O1\tPart 4, item 7 (your occupation)\tjobs[0].occupation\t\n\
            S1\tPart 4, item 7, address of employer, company or school (street number and name)\tjobs[0].street\t\n\
            C1\tPart 4, item 7, address of employer, company or school (city or town)\tjobs[0].city\t\n\
            P1\tPart 4, item 7, address of employer, company or school (province)\tjobs[0].province\t\n\
            Z1\tPart 4, item 7, address of employer, company or school (postal code)\tjobs[0].postal\t\n\
            K1\tPart 4, item 7, address of employer, company or school (country)\tjobs[0].country\t\n\
            F1\tPart 4, item 7, dates: from\tjobs[0].from\t\n\
            T1\tPart 4, item 7, dates: to\tjobs[0].to\t\n";
        let rows = crate::forms::fieldmap::parse_map(map).expect("map");
        let job = |name: &str| {
            serde_json::json!({"name": name, "occupation": "Bank teller", "street": "New Road 5",
                "city": "Kathmandu", "province": "Bagmati Province", "postal": "44600",
                "country": "Nepal", "from": "07/01/2016", "to": "07/31/2023"})
        };
        let form = serde_json::json!({"jobs": [job("A"), job("Everest Cooperative Bank")]});
        let extras = extra_items(&rows, &serde_json::json!({}), &form);
        let body = "name of employer, company or school: Everest Cooperative Bank; \
            your occupation: Bank teller; \
            address of employer, company or school: New Road 5, Kathmandu, Bagmati Province 44600, Nepal; \
            dates: from 07/01/2016 to 07/31/2023";
        assert_eq!(
            extras
                .iter()
                .map(ExtraItem::text_under_place)
                .collect::<Vec<_>>(),
            vec![format!("Additional entry 2: {body}")]
        );
        assert_eq!(
            extras.iter().map(ExtraItem::text).collect::<Vec<_>>(),
            vec![format!("Part 4, item 7, additional entry 2: {body}")]
        );
    }

    #[test]
    fn the_row_number_changes_but_not_part_or_item() {
        let relabel = |l: &str, from, to| Numbered::find(l, from).with(to);
        assert_eq!(
            relabel("Part A.III, item 2, row 5 (city/town)", 5, 6),
            "Part A.III, item 2, row 6 (city/town)"
        );
        assert_eq!(
            relabel("Supplement A, child 6, item 6", 6, 7),
            "Supplement A, child 7, item 6"
        );
        assert_eq!(
            relabel("Part 9, item 2 (organization 2: name)", 2, 3),
            "Part 9, item 2 (organization 3: name)"
        );
        assert_eq!(
            relabel("Part A.I, item 19.c, entry 3 (date)", 3, 4),
            "Part A.I, item 19.c, entry 4 (date)"
        );
        assert_eq!(
            relabel("Part 9, item 9, row 9", 9, 10),
            "Part 9, item 9, row 10"
        );
    }

    #[test]
    fn items_beyond_the_rows_are_listed_with_their_part_and_item() {
        let map = "field\titem\tsource\treason\n\
            R1\tPart A.III, item 2, row 1 (city/town)\tapplicant.residences[0].city\t\n\
            R2\tPart A.III, item 2, row 2 (city/town)\tapplicant.residences[1].city\t\n\
            R2c\tPart A.III, item 2, row 2 (country)\tapplicant.residences[1].country\t\n\
            S1\tPart 1, item 18, prior address (city)\tapplicant.prior[0].city\t\n\
            J1\tPart 4, item 7 (your occupation)\tapplicant.jobs[0]\t\n";
        let rows = crate::forms::fieldmap::parse_map(map).expect("map");
        let form = serde_json::json!({"applicant": {
            "residences": [{"city": "A"}, {"city": "B"}, {"city": "C", "country": "Syria"}, {"city": "D"}],
            "prior": [{"city": "P"}, {"city": "Q"}],
            "jobs": ["cook", "driver", "baker", "tailor"]
        }});
        let extras = extra_items(&rows, &serde_json::json!({}), &form);
        let got: Vec<String> = extras.iter().map(ExtraItem::text).collect();
        assert_eq!(
            got,
            vec![
                "Part A.III, item 2, row 3: address: C, Syria",
                "Part A.III, item 2, row 4: address: D",
                "Part 1, item 18, prior address, additional entry 2: address: Q",
                "Part 4, item 7, additional entry 2: your occupation: driver",
                "Part 4, item 7, additional entry 3: your occupation: baker",
                // The Part's own 4 is not the entry's number (it was taken for it).
                "Part 4, item 7, additional entry 4: your occupation: tailor",
            ]
        );
        // The continuation block's boxes come with the heading, not from its printed words.
        let boxes: Vec<(&str, &str)> = extras
            .iter()
            .filter_map(|x| x.heading.at.as_ref())
            .map(|l| (l.part_box(), l.item.as_str()))
            .collect();
        assert_eq!(
            boxes,
            vec![
                ("A.III", "2"),
                ("A.III", "2"),
                ("1", "18"),
                ("4", "7"),
                ("4", "7"),
                ("4", "7")
            ]
        );
    }
}
