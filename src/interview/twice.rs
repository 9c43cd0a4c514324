//! People entered twice: two people of the case with the same family name, given name and date
//! of birth (compared as [`flow::same_person`] compares them). A case file written before the
//! interview matched people across forms, or by hand, can hold the I-589's spouse and the
//! I-485's spouse as two people. The review lists each such pair and offers to join them with
//! one POST (`/join`); joining is what the matching does when the person is entered again
//! (docs/interview.md, "Each person once"): every link to the second person names the first, the
//! second's answers go onto the first, the second goes.
//!
//! Nothing is lost: two answers that differ (two A-Numbers, two lists of entries) block the join,
//! and the review names them; the first person's answers are kept and only what they lack is
//! taken from the second. Links are found through the schema (every value whose schema is a
//! "Person id"), never by matching texts, so a `relationship` of "spouse" is not a link.

use super::error::JoinError;
use super::flow;
use crate::schema::{Reach, SchemaSet};
use serde_json::{Map, Value};

/// Two people of the case that look like one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// The person kept: the first in `people`.
    pub keep: String,
    /// The person joined to them and removed.
    pub drop: String,
    /// "Family, Given" as entered (the first person's).
    pub name: String,
    /// The date of birth, YYYY-MM-DD as stored.
    pub born: String,
    /// The answers the two give differently (pointers inside a person, e.g. `/a_number`): while
    /// any is left the join is not offered.
    pub differ: Vec<String>,
}

/// Every pair of people alike in family name, given name and date of birth: the first of each
/// group with each later one, in the order of `people`.
pub fn pairs(case: &Value) -> Vec<Pair> {
    let people: Vec<&Map<String, Value>> = case
        .get("people")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_object).collect())
        .unwrap_or_default();
    let mut out = Vec::new();
    for (i, a) in people.iter().enumerate() {
        let Some(key) = flow::person_key(a) else {
            continue;
        };
        // Only the first of a group starts pairs.
        if people[..i]
            .iter()
            .any(|p| flow::person_key(p).as_ref() == Some(&key))
        {
            continue;
        }
        for b in &people[i + 1..] {
            if flow::person_key(b).as_ref() != Some(&key) {
                continue;
            }
            let (Some(keep), Some(drop)) = (id_of(a), id_of(b)) else {
                continue;
            };
            if keep == drop {
                // The same id twice is an error of its own (case.duplicate-person-id).
                continue;
            }
            let text = |p: &str| a.get("name").and_then(|n| n.get(p)).and_then(Value::as_str);
            let mut differ = Vec::new();
            differences(
                &Value::Object((*a).clone()),
                &Value::Object((*b).clone()),
                "",
                &mut differ,
            );
            out.push(Pair {
                keep: keep.to_string(),
                drop: drop.to_string(),
                name: format!(
                    "{}, {}",
                    text("family").unwrap_or(""),
                    text("given").unwrap_or("")
                ),
                born: a
                    .get("date_of_birth")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
                differ,
            });
        }
    }
    out
}

fn id_of(p: &Map<String, Value>) -> Option<&str> {
    p.get("id").and_then(Value::as_str)
}

/// The pointers where `b` answers differently from `a` (what only one of them has is no
/// difference); names compare as [`flow::person_key`] does (case and spacing aside).
fn differences(a: &Value, b: &Value, at: &str, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, w) in y {
                if at.is_empty() && k == "id" {
                    continue;
                }
                if let Some(v) = x.get(k) {
                    differences(
                        v,
                        w,
                        &format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                        out,
                    );
                }
            }
        }
        // Names: alike without case or extra spaces.
        (Value::String(x), Value::String(y)) if at.starts_with("/name/") => {
            if flow::fold_text(x) != flow::fold_text(y) {
                out.push(at.to_string());
            }
        }
        (x, y) => {
            if x != y {
                out.push(at.to_string());
            }
        }
    }
}

/// Fills what `into` lacks from `from`, object by object (nothing of `into` is replaced).
fn fill(into: &mut Map<String, Value>, from: Map<String, Value>) {
    for (k, v) in from {
        match (into.get_mut(&k), v) {
            (Some(Value::Object(old)), Value::Object(new)) => fill(old, new),
            (Some(_), _) => {}
            (None, v) => {
                into.insert(k, v);
            }
        }
    }
}

/// The pointer of the list a link sits in and the rest after the item's index
/// (`/forms/i589/children/1/person` → `/forms/i589/children`, `/person`), if it is in a list.
fn in_list(ptr: &str) -> Option<(&str, &str)> {
    let mut found = None;
    for (i, _) in ptr.match_indices('/') {
        let end = ptr[i + 1..].find('/').map_or(ptr.len(), |e| i + 1 + e);
        let seg = &ptr[i + 1..end];
        if !seg.is_empty() && seg.bytes().all(|c| c.is_ascii_digit()) {
            found = Some((&ptr[..i], &ptr[end..]));
        }
    }
    found
}

/// The pointers of every link to this person (every value whose schema is a "Person id", but
/// the person's own `id`), in document order.
pub fn links(case: &Value, id: &str, schemas: &SchemaSet) -> Result<Vec<String>, JoinError> {
    let bytes = serde_json::to_vec(case).map_err(|e| JoinError::Links(e.to_string()))?;
    let doc = crate::load::reader::parse(&bytes).map_err(|e| JoinError::Links(e.message))?;
    let mut out = Vec::new();
    schemas.walk_strings(doc.root(), Reach::PERSON_ID, &mut |path, v, node| {
        if node.title.as_deref() != Some("Person id") || v.as_str() != Some(id) {
            return;
        }
        let ptr = path.pointer();
        let own =
            ptr.starts_with("/people/") && ptr.ends_with("/id") && ptr.matches('/').count() == 3;
        if !own {
            out.push(ptr);
        }
    });
    Ok(out)
}

/// Where a person is named, for the review: the forms ("I-589", "I-485 #1"), or "people" when
/// only other people's answers name them (a parent, a spouse).
pub fn places(case: &Value, id: &str, schemas: &SchemaSet) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for ptr in links(case, id, schemas).unwrap_or_default() {
        let parts: Vec<&str> = ptr.split('/').collect();
        let n = |i: usize| {
            parts
                .get(i)
                .and_then(|n| n.parse::<usize>().ok())
                .map_or(0, |n| n + 1)
        };
        let place = match parts.get(1..3) {
            Some(["forms", "i589"]) => "I-589".to_string(),
            Some(["forms", "i730"]) => format!("I-730 #{}", n(3)),
            Some(["forms", "i485"]) => format!("I-485 #{}", n(3)),
            _ => "people".to_string(),
        };
        if !out.contains(&place) {
            out.push(place);
        }
    }
    if out.is_empty() {
        out.push("people".into());
    }
    out
}

/// Joins `drop` to `keep` (see the module's doc): refused while the pair is not one that
/// [`pairs`] finds, while their answers differ, or when both are items of one list (two items
/// of a list are two people).
pub fn join(
    case: &mut Value,
    keep: &str,
    drop: &str,
    schemas: &SchemaSet,
) -> Result<(), JoinError> {
    let pair = pairs(case)
        .into_iter()
        .find(|p| p.keep == keep && p.drop == drop)
        .ok_or(JoinError::NotAlike)?;
    if !pair.differ.is_empty() {
        return Err(JoinError::Differ(pair.differ));
    }
    let to_keep = links(case, keep, schemas)?;
    let to_drop = links(case, drop, schemas)?;
    for d in &to_drop {
        if let Some((list, rest)) = in_list(d) {
            if to_keep.iter().any(|k| in_list(k) == Some((list, rest))) {
                return Err(JoinError::SameList(list.to_string()));
            }
        }
    }
    // The links first (the pointers are the case's as it is), then the person.
    for ptr in &to_drop {
        flow::set(case, ptr, Value::String(keep.to_string()))?;
    }
    let people = case
        .get_mut("people")
        .and_then(Value::as_array_mut)
        .ok_or(JoinError::Shape("the case has no people"))?;
    let at = |people: &Vec<Value>, id: &str| {
        people
            .iter()
            .position(|p| p.get("id").and_then(Value::as_str) == Some(id))
    };
    let d = at(people, drop).ok_or(JoinError::Shape("no such person"))?;
    let Value::Object(mut gone) = people.remove(d) else {
        return Err(JoinError::Shape("a person is not an object"));
    };
    gone.remove("id");
    let k = at(people, keep).ok_or(JoinError::Shape("no such person"))?;
    if let Some(into) = people[k].as_object_mut() {
        fill(into, gone);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn two_items_of_one_list_are_never_joined() {
        assert_eq!(
            in_list("/forms/i589/children/1/person"),
            Some(("/forms/i589/children", "/person"))
        );
        assert_eq!(in_list("/forms/i589/applicant"), None);
        let twins = |id: &str| json!({"id": id, "name": {"family": "Haile", "given": "Amen"}, "date_of_birth": "2016-05-01"});
        let mut case = json!({
            "people": [{"id": "applicant"}, twins("child-1"), twins("child-2")],
            "forms": {"i589": {"applicant": "applicant", "children": [
                {"person": "child-1", "include": false}, {"person": "child-2", "include": false}]}}
        });
        let before = case.clone();
        let pairs = pairs(&case);
        assert_eq!(pairs.len(), 1);
        assert!(pairs[0].differ.is_empty());
        let schemas = SchemaSet::load().expect("schemas");
        let e = join(&mut case, "child-1", "child-2", &schemas).expect_err("refused");
        assert!(e.to_string().contains("two items of one list"), "{e}");
        assert_eq!(case, before);
        // Not a pair: refused too.
        assert!(join(&mut case, "applicant", "child-1", &schemas).is_err());
    }
}
