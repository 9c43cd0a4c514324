//! Where on a form a value or a finding is: a Part (or Supplement, or the page header) and an
//! Item, parsed once from the labels the field maps, draft layouts and rules write ("Part A.I,
//! item 12.a (street)"), so that the continuation blocks and the draft compare places, not text.

use serde::{Serialize, Serializer};
use std::fmt;
use std::hash::{Hash, Hasher};

/// A Part and Item of a form. Two locations are equal when they name the same Part and Item,
/// whatever words their labels add ("(grounds)"): the label is kept only to print it as written.
#[derive(Debug, Clone)]
pub struct Location {
    /// The Part as the form heads it: "Part A.I", "Part 9", "Supplement A", "page 1".
    pub part: String,
    /// The item number within the Part ("12.a", "1.A"); empty for the Part as a whole.
    pub item: String,
    /// The label as written ("Part B, item 1 (grounds)"): what findings print and serialise,
    /// so that their JSON and text keep the words the rule or the schema gave.
    label: String,
}

impl PartialEq for Location {
    fn eq(&self, other: &Self) -> bool {
        self.part == other.part && self.item == other.item
    }
}

impl Eq for Location {}

impl Hash for Location {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.part.hash(state);
        self.item.hash(state);
    }
}

impl Serialize for Location {
    /// As its label: the findings' `location` text is what it was when it was a string.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.label)
    }
}

/// A location as a table in code writes it (the rules' `location`), made by [`loc!`]; a unit
/// test parses every one ([`crate::rules::RULES`]), so a mistyped label fails the build's tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label(pub &'static str);

impl Label {
    /// The place the label names.
    pub fn location(self) -> Option<Location> {
        Location::parse(self.0)
    }

    /// The label as written.
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

/// A rule's form location: `loc!("Part B, item 1 (grounds)")`, or `loc!()` for none.
macro_rules! loc {
    () => {
        None
    };
    ($label:literal) => {
        Some($crate::forms::location::Label($label))
    };
}
pub(crate) use loc;

impl Location {
    /// The place a label names: "Part B, item 1.A (explanation)" → Part B, item 1.A; "Part
    /// A.II, Your Children" → Part A.II; `None` for an empty label.
    pub fn parse(label: &str) -> Option<Location> {
        let label = label.trim();
        if label.is_empty() {
            return None;
        }
        // ", Item " is how [`Location`]'s Display writes it: what it prints parses back.
        let item_at = label
            .split_once(", item ")
            .or_else(|| label.split_once(", Item "));
        Some(match item_at {
            Some((part, item)) => {
                let item = item.split([' ', '(']).next().unwrap_or(item);
                Location {
                    part: part.to_string(),
                    item: item.trim_end_matches(',').to_string(),
                    label: label.to_string(),
                }
            }
            // "Part C (one-year deadline)": the words in brackets say what, not where.
            None => Location {
                part: label
                    .split(',')
                    .next()
                    .and_then(|p| p.split(" (").next())
                    .unwrap_or(label)
                    .to_string(),
                item: String::new(),
                label: label.to_string(),
            },
        })
    }

    /// The label it was parsed from, as written ("Part B, item 1 (grounds)").
    pub fn label(&self) -> &str {
        &self.label
    }

    /// The words of `label` after this Part and Item, which a continuation block's boxes or a
    /// sheet's heading already name: "Part 2, item 2, Address of Residence" → "Address of
    /// Residence", "Part 1, item 18 (explanation)" → "explanation"; the label whole when it
    /// does not start with them.
    pub fn words_after<'a>(&self, label: &'a str) -> &'a str {
        let Some(rest) = label.trim().strip_prefix(self.part.as_str()) else {
            return label;
        };
        let rest = if self.item.is_empty() {
            Some(rest)
        } else {
            [", item ", ", Item "]
                .iter()
                .find_map(|w| rest.strip_prefix(w)?.strip_prefix(self.item.as_str()))
        };
        let Some(rest) = rest else { return label };
        if rest.starts_with(|c: char| c.is_alphanumeric() || c == '.') {
            // "item 1" of "item 12": not this item.
            return label;
        }
        let rest = rest.trim_start_matches([',', ' ']).trim_end();
        match rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
            Some(inner) if !inner.contains(['(', ')']) => inner,
            _ => rest,
        }
    }

    /// What the form's "Part" box of its additional-information page takes: "A.I" of "Part
    /// A.I", "Supplement A" as it is.
    pub fn part_box(&self) -> &str {
        self.part.strip_prefix("Part ").unwrap_or(&self.part)
    }
}

impl fmt::Display for Location {
    /// "Part A.I, Item 12.a", as the instructions head an additional answer.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.part)?;
        if !self.item.is_empty() {
            write!(f, ", Item {}", self.item)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_words_after_a_place_are_what_its_boxes_do_not_say() {
        let at = |l: &str| Location::parse(l).expect("a place");
        let words = |l: &str| at(l).words_after(l).to_string();
        assert_eq!(
            words("Part 2, item 2, Address of Residence (Street Number and Name)"),
            "Address of Residence (Street Number and Name)"
        );
        assert_eq!(words("Part 1, item 11 (admitted as)"), "admitted as");
        assert_eq!(words("Part 9, item 18"), "");
        assert_eq!(
            words("Part 4, item 7, additional entry 3"),
            "additional entry 3"
        );
        // Another item's label is left whole.
        assert_eq!(
            at("Part 1, item 1").words_after("Part 1, item 12 (x)"),
            "Part 1, item 12 (x)"
        );
    }

    use super::*;

    fn at(part: &str, item: &str) -> Option<Location> {
        Some(Location {
            part: part.into(),
            item: item.into(),
            label: String::new(),
        })
    }

    #[test]
    fn labels_parse_to_their_part_and_item() {
        assert_eq!(
            Location::parse("Part B, item 1.A (explanation)"),
            at("Part B", "1.A")
        );
        assert_eq!(
            Location::parse("Part B, item 1 (grounds)"),
            at("Part B", "1")
        );
        assert_eq!(
            Location::parse("Part A.III, item 2, row 6"),
            at("Part A.III", "2")
        );
        assert_eq!(
            Location::parse("Supplement A, child 7"),
            at("Supplement A", "")
        );
        assert_eq!(
            Location::parse("Part 2 (current immigration status)"),
            at("Part 2", "")
        );
        assert_eq!(Location::parse(""), None);
    }

    /// Every label `labels` names parses to a place that keeps the label as written, and whose
    /// Display parses back to the same place.
    fn round_trips(what: &str, labels: impl IntoIterator<Item = String>) -> usize {
        let mut n = 0;
        for label in labels {
            let l = Location::parse(&label).unwrap_or_else(|| panic!("{what}: {label:?}"));
            assert_eq!(l.label(), label.trim(), "{what}");
            assert!(!l.part.is_empty(), "{what}: {label:?} has no Part");
            let again = Location::parse(&l.to_string());
            assert_eq!(again.as_ref(), Some(&l), "{what}: {label:?} → {l}");
            n += 1;
        }
        n
    }

    #[test]
    fn every_rule_location_parses_and_round_trips() {
        let labels = crate::rules::RULES
            .iter()
            .filter_map(|r| r.location)
            .map(|l| l.as_str().to_string());
        assert!(round_trips("RULES", labels) > 30);
    }

    /// The item labels of every edition's `draft.tsv` (its `item` keys) and `fields.tsv` (its
    /// `item` column).
    #[test]
    fn every_template_label_parses_and_round_trips() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("form-templates");
        let mut files = 0;
        let dirs = |d: &std::path::Path| {
            let entries = std::fs::read_dir(d).expect("a folder");
            entries
                .map(|e| e.expect("an entry").path())
                .filter(|p| p.is_dir())
                .collect::<Vec<_>>()
        };
        for form in dirs(&root) {
            for dir in dirs(&form) {
                let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap_or_default();
                let draft = read("draft.tsv");
                let keys = draft
                    .lines()
                    .filter(|l| !l.starts_with('#'))
                    .filter_map(|l| l.split('\t').nth(1))
                    .map(str::to_string);
                let fields = read("fields.tsv");
                let items = fields
                    .lines()
                    .skip(1)
                    .filter(|l| !l.starts_with('#'))
                    .filter_map(|l| l.split('\t').nth(1))
                    .filter(|l| !l.trim().is_empty())
                    .map(str::to_string);
                assert!(round_trips("draft.tsv", keys) > 20, "{}", dir.display());
                assert!(round_trips("fields.tsv", items) > 20, "{}", dir.display());
                files += 1;
            }
        }
        assert!(files >= 3);
    }

    #[test]
    fn the_label_people_read_is_its_display() {
        let l = Location::parse("Part A.I, item 12.a").expect("a place");
        assert_eq!(l.to_string(), "Part A.I, Item 12.a");
        assert_eq!(l.part_box(), "A.I");
        assert_eq!(
            at("Supplement A", "").map(|l| l.part_box().to_string()),
            Some("Supplement A".into())
        );
    }
}
