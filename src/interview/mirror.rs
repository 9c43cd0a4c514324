//! One marriage seen from both spouses' sides (a screen's `mirror`, see [`flow::Mirror`]): the
//! I-730 asks the petitioner's marriage to the husband or wife petitioned for once (Part 1 items
//! 12-14), and the relative's own current marriage (Part 2 items 12-14) is that marriage. The
//! interview writes it onto the relative too, every time the case is saved, so the case file
//! holds what the forms print (as a case written by hand does) and an answer changed later
//! (from the review, or the stepchild screen that asks the same marriage) changes both sides.
//!
//! Only what one marriage shares is copied: who it is to (the other spouse), its date and its
//! place. Nothing else about the other spouse follows from it.
//!
//! The same for a former spouse named by name (`spouse_name`, the I-730's earlier marriages)
//! who becomes a person of the case (the I-485's prior spouse, asked for their birth and
//! nationality): the person has the name the marriage gives, so it is typed once.

use super::error::WriteError;
use super::flow::{self, Mirror, Place, QuestionFile};
use serde_json::{json, Value};

/// The keys of a marriage that are the same for both spouses (besides who the spouse is).
const SHARED: [&str; 2] = ["date", "place"];

/// Writes every marriage a shown screen's `mirror` names onto the other spouse, and the name
/// of a spouse given by name onto their person.
pub fn apply(files: &[QuestionFile], case: &mut Value) -> Result<(), WriteError> {
    for file in files {
        for screen in &file.screens {
            if let Some(m) = &screen.mirror {
                if file.shown(screen, case) {
                    mirror_one(file, m, case)?;
                }
            }
        }
    }
    name_spouses(case)
}

/// A marriage that names its spouse both ways (`spouse`, a person of the case, and
/// `spouse_name`): the person's name is the marriage's (`spouse_name` is what the interview
/// asked; the person was made from it).
fn name_spouses(case: &mut Value) -> Result<(), WriteError> {
    let mut names: Vec<(String, Value)> = Vec::new();
    for p in case
        .get("people")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        for m in p
            .get("marriages")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let (Some(id), Some(name)) = (
                m.get("spouse").and_then(Value::as_str),
                m.get("spouse_name").filter(|n| n.is_object()),
            ) {
                names.push((id.to_string(), name.clone()));
            }
        }
    }
    for (id, name) in names {
        let at = case.get("people").and_then(Value::as_array).and_then(|ps| {
            ps.iter()
                .position(|p| p.get("id").and_then(Value::as_str) == Some(id.as_str()))
        });
        if let Some(i) = at {
            let ptr = format!("/people/{i}/name");
            if case.pointer(&ptr) != Some(&name) {
                flow::set(case, &ptr, name)?;
            }
        }
    }
    Ok(())
}

fn mirror_one(file: &QuestionFile, m: &Mirror, case: &mut Value) -> Result<(), WriteError> {
    let Place::At(at) = file.expand(&m.marriage, case) else {
        return Ok(());
    };
    // A current marriage only: one that ended is no one's current marriage.
    let Some(marriage) = case.pointer(&at).filter(|v| v.get("ended").is_none()) else {
        return Ok(());
    };
    let marriage = marriage.clone();
    // The person whose marriage it is: `/people/N/…`.
    let owner = at
        .strip_prefix("/people/")
        .and_then(|rest| rest.split('/').next())
        .and_then(|n| case.pointer(&format!("/people/{n}/id")))
        .and_then(Value::as_str)
        .map(str::to_string);
    let Some(owner) = owner else { return Ok(()) };
    let Some(j) = file.person_index(case, &m.onto, 0) else {
        return Ok(());
    };
    let other = case
        .pointer(&format!("/people/{j}/id"))
        .and_then(Value::as_str);
    if other.is_none_or(|o| o == owner || marriage.get("spouse").and_then(Value::as_str) != Some(o))
    {
        return Ok(());
    }
    let list = format!("/people/{j}/marriages");
    let mut items = case
        .pointer(&list)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let pos = items.iter().position(|x| {
        x.get("spouse").and_then(Value::as_str) == Some(owner.as_str()) && x.get("ended").is_none()
    });
    let mut item = match pos {
        Some(i) => items[i].clone(),
        None => json!({ "spouse": owner }),
    };
    let Some(fields) = item.as_object_mut() else {
        return Ok(());
    };
    for key in SHARED {
        match marriage.get(key) {
            Some(v) => {
                fields.insert(key.to_string(), v.clone());
            }
            None => {
                fields.remove(key);
            }
        }
    }
    match pos {
        Some(i) if items[i] == item => return Ok(()),
        Some(i) => items[i] = item,
        // The current marriage first, as the model lists a person's marriages.
        None => items.insert(0, item),
    }
    flow::set(case, &list, Value::Array(items))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i730() -> Vec<QuestionFile> {
        flow::load_all()
            .expect("question files")
            .into_iter()
            .filter(|f| f.form == "i730")
            .collect()
    }

    fn spouse_case() -> Value {
        json!({
            "people": [
                {"id": "applicant", "marriages": [
                    {"spouse": "relative-0", "date": "2015-06-20", "place": "Keren, Eritrea"}]},
                {"id": "relative-0", "marriages": [
                    {"spouse_name": {"family": "Asfaha", "given": "Kidane"}, "date": "2009-01-15",
                     "place": "Mendefera", "ended": "2012-03-10"}]}
            ],
            "forms": {"i730": [{"petitioner": "applicant", "beneficiary": "relative-0",
                "relationship": "spouse"}]}
        })
    }

    #[test]
    fn the_spouse_gets_the_same_marriage_first_and_follows_its_changes() {
        let files = i730();
        let mut case = spouse_case();
        apply(&files, &mut case).expect("mirror");
        let ms = &case["people"][1]["marriages"];
        assert_eq!(
            ms[0],
            json!({"spouse": "applicant", "date": "2015-06-20", "place": "Keren, Eritrea"})
        );
        assert_eq!(ms[1]["ended"], "2012-03-10", "the earlier marriage kept");
        // Again: nothing more.
        let once = case.clone();
        apply(&files, &mut case).expect("mirror");
        assert_eq!(case, once);
        // A changed place (and a date taken back) changes the other side, in place.
        case["people"][0]["marriages"][0]["place"] = json!("Asmara, Eritrea");
        flow::remove(&mut case, "/people/0/marriages/0/date");
        apply(&files, &mut case).expect("mirror");
        assert_eq!(
            case["people"][1]["marriages"][0],
            json!({"spouse": "applicant", "place": "Asmara, Eritrea"})
        );
        assert_eq!(
            case["people"][1]["marriages"].as_array().map(Vec::len),
            Some(2)
        );
    }

    #[test]
    fn a_former_spouse_named_by_name_who_becomes_a_person_has_that_name() {
        let mut case = json!({"people": [
            {"id": "applicant", "marriages": [
                {"spouse_name": {"family": "Gebru", "given": "Almaz"}, "date": "2010-02-14",
                 "place": "Asmara", "ended": "2013-05-01"},
                {"spouse_name": {"family": "Tesfaye", "given": "Hana"}, "spouse": "prior-spouse",
                 "date": "2008-02-14", "place": "Asmara", "ended": "2009-05-01"}]},
            {"id": "prior-spouse", "date_of_birth": "1980-01-01"}
        ]});
        apply(&[], &mut case).expect("names");
        assert_eq!(
            case["people"][1]["name"],
            json!({"family": "Tesfaye", "given": "Hana"})
        );
        assert_eq!(case["people"].as_array().map(Vec::len), Some(2));
    }

    #[test]
    fn nothing_is_written_for_a_child_or_a_marriage_to_someone_else_or_one_that_ended() {
        let files = i730();
        for (at, value) in [
            ("/forms/i730/0/relationship", json!("child")),
            ("/people/0/marriages/0/spouse", json!("someone-else")),
            ("/people/0/marriages/0/ended", json!("2020-01-01")),
        ] {
            let mut case = spouse_case();
            flow::set(&mut case, at, value.clone()).expect("set");
            let before = case.clone();
            apply(&files, &mut case).expect("mirror");
            assert_eq!(case, before, "{at} = {value}");
        }
    }
}
