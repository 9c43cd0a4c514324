//! Where on a form a value or a finding is: a Part (or Supplement, or the page header) and an
//! Item, parsed once from the labels the field maps, draft layouts and rules write ("Part A.I,
//! item 12.a (street)"), so that the continuation blocks and the draft compare places, not text.

use std::fmt;

/// A Part and Item of a form.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Location {
    /// The Part as the form heads it: "Part A.I", "Part 9", "Supplement A", "page 1".
    pub part: String,
    /// The item number within the Part ("12.a", "1.A"); empty for the Part as a whole.
    pub item: String,
}

impl Location {
    /// The place a label names: "Part B, item 1.A (explanation)" → Part B, item 1.A; "Part
    /// A.II, Your Children" → Part A.II; `None` for an empty label.
    pub fn parse(label: &str) -> Option<Location> {
        let label = label.trim();
        if label.is_empty() {
            return None;
        }
        Some(match label.split_once(", item ") {
            Some((part, item)) => {
                let item = item.split([' ', '(']).next().unwrap_or(item);
                Location {
                    part: part.to_string(),
                    item: item.trim_end_matches(',').to_string(),
                }
            }
            None => Location {
                part: label.split(',').next().unwrap_or(label).to_string(),
                item: String::new(),
            },
        })
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
    use super::*;

    fn at(part: &str, item: &str) -> Option<Location> {
        Some(Location {
            part: part.into(),
            item: item.into(),
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
        assert_eq!(Location::parse(""), None);
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
