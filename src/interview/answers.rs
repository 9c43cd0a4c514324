//! A screen's answers: read from a form post (checked: real dates, Yes explained), written into
//! the case JSON at the question file's paths, and read back out of the case to show them again.

use super::error::WriteError;
use super::flow::{self, Field, Place, QuestionFile, Screen, Widget};
use super::i18n::Texts;
use super::pages::Problem;
use chrono::{Datelike, NaiveDate};
use serde_json::{json, Value};
use std::collections::HashMap;

/// A form post's fields (`application/x-www-form-urlencoded`), in order.
pub struct Posted(pub Vec<(String, String)>);

impl Posted {
    pub fn parse(body: &[u8]) -> Posted {
        Posted(
            form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// A value with surrounding space removed; an empty one counts as not given.
    pub fn text(&self, name: &str) -> Option<String> {
        self.get(name)
            .map(|v| v.trim().replace("\r\n", "\n"))
            .filter(|v| !v.is_empty())
    }

    /// The raw values, to show a page again as it was posted.
    pub fn values(&self) -> HashMap<String, String> {
        self.0.iter().cloned().collect()
    }
}

/// What a field's post says.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// Nothing given.
    Empty,
    Value(Value),
    /// A narrative: the English (what the form prints) and the applicant's own words.
    Narrative {
        english: Option<String>,
        original: Option<String>,
    },
}

/// Reads one field from a post; `Err` is the text key of the problem.
pub fn read(field: &Field, posted: &Posted) -> Result<Answer, &'static str> {
    let name = field.name.as_str();
    Ok(match field.widget {
        Widget::Text | Widget::Textarea => match posted.text(name) {
            Some(v) => Answer::Value(Value::String(v)),
            None => Answer::Empty,
        },
        Widget::Select | Widget::Radio => match posted.text(name) {
            Some(v) if field.options.contains(&v) => Answer::Value(Value::String(v)),
            Some(_) => return Err("error-required"),
            None => Answer::Empty,
        },
        Widget::Yesno => match posted.get(name) {
            Some("true") => Answer::Value(Value::Bool(true)),
            Some("false") => Answer::Value(Value::Bool(false)),
            _ => Answer::Empty,
        },
        Widget::Checkbox => match posted.get(name) == Some("true") {
            false if field.omit_false => Answer::Empty,
            checked => Answer::Value(Value::Bool(checked)),
        },
        Widget::Choices => {
            let chosen: Vec<Value> = field
                .options
                .iter()
                .filter(|o| posted.0.iter().any(|(k, v)| k == name && v == *o))
                .map(|o| Value::String(o.clone()))
                .collect();
            if chosen.is_empty() {
                Answer::Empty
            } else {
                Answer::Value(Value::Array(chosen))
            }
        }
        Widget::Number => match posted.text(name) {
            Some(v) => match v.parse::<u64>() {
                Ok(n) => Answer::Value(Value::from(n)),
                Err(_) => return Err("error-number"),
            },
            None => Answer::Empty,
        },
        Widget::Date => {
            let part = |p: &str| posted.text(&format!("{name}-{p}"));
            match (part("day"), part("month"), part("year")) {
                (None, None, None) => Answer::Empty,
                (Some(d), Some(m), Some(y)) => {
                    let date = match (d.parse::<u32>(), m.parse::<u32>(), y.parse::<i32>()) {
                        (Ok(d), Ok(m), Ok(y)) if y.to_string().len() == 4 => {
                            NaiveDate::from_ymd_opt(y, m, d)
                        }
                        _ => None,
                    };
                    match date {
                        Some(date) => {
                            Answer::Value(Value::String(date.format("%Y-%m-%d").to_string()))
                        }
                        None => return Err("error-date"),
                    }
                }
                _ => return Err("error-date"),
            }
        }
        Widget::Narrative => {
            let english = posted.text(name);
            let original = posted.text(&format!("{name}-original"));
            if english.is_none() && original.is_none() {
                Answer::Empty
            } else {
                Answer::Narrative { english, original }
            }
        }
    })
}

/// Writes an answer at a pointer (or removes what was there when it is empty).
fn write(
    file: &QuestionFile,
    case: &mut Value,
    field: &Field,
    answer: &Answer,
    lang: &str,
    base: Option<&str>,
) -> Result<(), WriteError> {
    let resolve = |case: &mut Value, path: &str| -> Result<Option<String>, WriteError> {
        match base {
            Some(b) => Ok(Some(format!("{b}/{path}"))),
            None => match answer {
                Answer::Empty => Ok(match file.expand(path, case) {
                    Place::At(p) => Some(p),
                    Place::NoPerson(_) => None,
                }),
                _ => file.expand_for_write(path, case).map(Some),
            },
        }
    };
    // Yes or No to whether something is there (see `Field::presence`): Yes keeps what is
    // there, or starts it empty for the screen that asks it; No removes it; no choice, nothing.
    if field.presence {
        match answer {
            Answer::Value(Value::Bool(true)) => {
                let ptr = file.expand_for_write(&field.path, case)?;
                if case.pointer(&ptr).is_none_or(Value::is_null) {
                    flow::set(case, &ptr, json!({}))?;
                }
            }
            Answer::Value(Value::Bool(false)) => {
                if let Place::At(p) = file.expand(&field.path, case) {
                    flow::remove(case, &p);
                }
            }
            _ => {}
        }
        return Ok(());
    }
    let Some(ptr) = resolve(case, &field.path)? else {
        return Ok(());
    };
    match answer {
        Answer::Empty => {
            flow::remove(case, &ptr);
            // Emptying a narrative in the applicant's language removes the original too.
            if lang != "en" {
                if let Some(o) = &field.original {
                    if let Some(op) = resolve(case, o)? {
                        flow::remove(case, &op);
                    }
                }
            }
        }
        Answer::Value(v) => flow::set(case, &ptr, v.clone())?,
        Answer::Narrative { english, original } => {
            match english {
                Some(e) => flow::set(case, &ptr, Value::String(e.clone()))?,
                None => flow::remove(case, &ptr),
            }
            // In English the one box is the answer; the original is kept as it was.
            if lang != "en" {
                if let Some(o) = &field.original {
                    let op = match base {
                        Some(b) => format!("{b}/{o}"),
                        None => file.expand_for_write(o, case)?,
                    };
                    match original {
                        Some(t) => flow::set(case, &op, json!({"language": lang, "text": t}))?,
                        None => flow::remove(case, &op),
                    }
                }
            }
        }
    }
    Ok(())
}

/// Writes a link chosen by an answer (see [`Screen::link_choice`]): the slot's person's id at
/// the chosen key, and off the other options' keys where it was.
fn write_link(
    file: &QuestionFile,
    case: &mut Value,
    field: &Field,
    lc: &flow::LinkChoice,
    answer: &Answer,
) -> Result<(), WriteError> {
    let chosen = match answer {
        Answer::Value(Value::String(o)) => Some(o.as_str()),
        _ => None,
    };
    if chosen.is_none() && !matches!(file.expand(&field.path, case), Place::At(_)) {
        return Ok(());
    }
    let id = match chosen {
        Some(_) => {
            let at = file.expand_for_write(&format!("{{{}}}/id", lc.slot), case)?;
            case.pointer(&at)
                .and_then(Value::as_str)
                .map(str::to_string)
        }
        None => file
            .person_index(case, &lc.slot, 0)
            .and_then(|i| case.pointer(&format!("/people/{i}/id")))
            .and_then(Value::as_str)
            .map(str::to_string),
    };
    let Some(id) = id else { return Ok(()) };
    let base = file.expand_for_write(&field.path, case)?;
    for o in &field.options {
        let p = format!("{base}/{o}");
        if Some(o.as_str()) != chosen
            && case.pointer(&p).and_then(Value::as_str) == Some(id.as_str())
        {
            flow::remove(case, &p);
        }
    }
    if let Some(o) = chosen {
        flow::set(case, &format!("{base}/{o}"), Value::String(id))?;
    }
    Ok(())
}

/// The message of a problem, in the page's language.
fn problem(texts: &Texts, lang: &str, field: &Field, key: &str) -> Problem {
    let target = match field.widget {
        Widget::Date => format!("f-{}-day", field.name),
        Widget::Narrative if lang != "en" => format!("f-{}-original", field.name),
        _ => format!("f-{}", field.name),
    };
    Problem {
        field: field.name.clone(),
        target,
        message: texts.get(lang, key),
    }
}

/// Applies a (non-list) screen's post to the case: every readable answer is written; with
/// `check_required`, a required field left empty is a problem (the answers given are still
/// saved: nothing typed is lost).
pub fn apply_screen(
    file: &QuestionFile,
    screen: &Screen,
    case: &mut Value,
    posted: &Posted,
    texts: &Texts,
    lang: &str,
    check_required: bool,
) -> Result<Vec<Problem>, WriteError> {
    let mut problems = Vec::new();
    // A link chosen by an answer needs its person first; the other links are written after the
    // answers, which may decide who they are (a slot's `same_as` condition).
    if let Some(lc) = &screen.link_choice {
        file.add_person(case, &lc.slot)?;
    }
    for field in &screen.fields {
        match read(field, posted) {
            Ok(answer) => match screen
                .link_choice
                .as_ref()
                .filter(|l| l.field == field.name)
            {
                Some(lc) => write_link(file, case, field, lc, &answer)?,
                None => write(file, case, field, &answer, lang, None)?,
            },
            Err(key) => problems.push(problem(texts, lang, field, key)),
        }
    }
    if check_required {
        for field in &screen.fields {
            if problems.iter().any(|p| p.field == field.name) {
                continue;
            }
            if file.field_required(field, case) && !file.has_answer(field, case) {
                // Part of a group answered together (a document's number and country): the
                // plain "answer this"; else the explanation a Yes asks for.
                let key = if field.required || screen.required_together(field) {
                    "error-required"
                } else {
                    "error-explain"
                };
                problems.push(problem(texts, lang, field, key));
            }
        }
    }
    let complete = screen
        .fields
        .iter()
        .all(|f| !file.field_required(f, case) || file.has_answer(f, case));
    if problems.is_empty() && complete {
        for slot in &screen.links {
            file.add_person(case, slot)?;
        }
        let mut named: Vec<&str> = screen
            .fields
            .iter()
            .flat_map(|f| flow::slots_in(&f.path))
            .collect();
        named.dedup();
        for slot in named {
            file.join_same_person(case, slot)?;
        }
    }
    Ok(problems)
}

/// Builds a list item from a post: `None` when every box is empty. For a list of people the
/// item is a view (see [`QuestionFile::item_view`]): the person's answers under `{person}`.
pub fn build_item(
    file: &QuestionFile,
    screen: &Screen,
    posted: &Posted,
    texts: &Texts,
    lang: &str,
) -> Result<Option<Value>, Vec<Problem>> {
    let mut item = json!({});
    let mut problems = Vec::new();
    let mut any = false;
    for field in &screen.fields {
        match read(field, posted) {
            Ok(Answer::Empty) => {}
            Ok(a) => {
                if field.widget != Widget::Checkbox {
                    any = true;
                }
                if let Err(e) = write(file, &mut item, field, &a, lang, Some("")) {
                    problems.push(Problem {
                        field: field.name.clone(),
                        target: format!("f-{}", field.name),
                        message: e.to_string(),
                    });
                }
            }
            Err(key) => {
                any = true;
                problems.push(problem(texts, lang, field, key));
            }
        }
    }
    if !any {
        return Ok(None);
    }
    // What the law implies (a child abroad is not included): written when not answered; an
    // answer against it is refused with the reason.
    for field in &screen.fields {
        let Some(imp) = field.implied.as_ref().filter(|i| i.holds(&item)) else {
            continue;
        };
        let ptr = format!("/{}", field.path);
        match item.pointer(&ptr) {
            Some(v) if v != &imp.value => problems.push(Problem {
                field: field.name.clone(),
                target: format!("f-{}", field.name),
                message: texts.get(lang, &imp.reason),
            }),
            Some(_) => {}
            None => {
                if let Err(e) = flow::set(&mut item, &ptr, imp.value.clone()) {
                    problems.push(Problem {
                        field: field.name.clone(),
                        target: format!("f-{}", field.name),
                        message: e.to_string(),
                    });
                }
            }
        }
    }
    for field in &screen.fields {
        let present = item.pointer(&format!("/{}", field.path)).is_some();
        // A condition inside a list is about the item itself (`{person}/whereabouts/in_us`).
        let required = field.required
            || field
                .required_if
                .as_deref()
                .is_some_and(|c| flow::condition(c, |p| item.pointer(&format!("/{p}")).cloned()));
        if required && !present && !problems.iter().any(|p| p.field == field.name) {
            problems.push(problem(texts, lang, field, "error-required"));
        }
    }
    if problems.is_empty() {
        Ok(Some(item))
    } else {
        Err(problems)
    }
}

/// A stored value as the form's controls show it: `name` → text, dates as three parts.
fn put_value(out: &mut HashMap<String, String>, field: &Field, v: &Value) {
    match (field.widget, v) {
        (Widget::Date, Value::String(s)) => {
            if let Some(d) = crate::model::parse_date(s) {
                out.insert(format!("{}-day", field.name), d.day().to_string());
                out.insert(format!("{}-month", field.name), d.month().to_string());
                out.insert(format!("{}-year", field.name), d.year().to_string());
            }
        }
        (_, Value::String(s)) => {
            out.insert(field.name.clone(), s.clone());
        }
        (_, Value::Bool(b)) => {
            out.insert(field.name.clone(), b.to_string());
        }
        (_, Value::Number(n)) => {
            out.insert(field.name.clone(), n.to_string());
        }
        // The options checked, one a line (an option has no line break).
        (Widget::Choices, Value::Array(a)) => {
            let lines: Vec<&str> = a.iter().filter_map(Value::as_str).collect();
            out.insert(field.name.clone(), lines.join("\n"));
        }
        _ => {}
    }
}

/// The values a screen shows for this case.
pub fn values_from_case(
    file: &QuestionFile,
    screen: &Screen,
    case: &Value,
) -> HashMap<String, String> {
    let mut out = HashMap::new();
    if screen.list.is_some() {
        return out;
    }
    for field in &screen.fields {
        if let Some(lc) = screen
            .link_choice
            .as_ref()
            .filter(|l| l.field == field.name)
        {
            if let Some(o) = file.chosen_link(field, lc, case) {
                out.insert(field.name.clone(), o);
            }
            continue;
        }
        if let Place::At(p) = file.expand(&field.path, case) {
            match case.pointer(&p) {
                Some(_) if field.presence => {
                    out.insert(field.name.clone(), "true".into());
                }
                Some(v) => put_value(&mut out, field, v),
                None => {}
            }
        }
        if let Some(o) = &field.original {
            if let Place::At(p) = file.expand(o, case) {
                if let Some(t) = case.pointer(&format!("{p}/text")).and_then(Value::as_str) {
                    out.insert(format!("{}-original", field.name), t.to_string());
                }
            }
        }
    }
    out
}

/// One list item's values, relative to the item.
pub fn item_values<'a>(screen: &'a Screen, item: &Value) -> Vec<(&'a Field, Value)> {
    screen
        .fields
        .iter()
        .filter_map(|f| {
            item.pointer(&format!("/{}", f.path))
                .map(|v| (f, v.clone()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(pairs: &[(&str, &str)]) -> Posted {
        Posted(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn dates_are_three_parts_and_must_be_real() {
        let f: Field = toml::from_str(
            r#"name = "d"
path = "/x"
widget = "date""#,
        )
        .expect("field");
        assert_eq!(
            read(
                &f,
                &post(&[("d-day", "9"), ("d-month", "2"), ("d-year", "2024")])
            ),
            Ok(Answer::Value(json!("2024-02-09")))
        );
        assert_eq!(
            read(
                &f,
                &post(&[("d-day", "30"), ("d-month", "2"), ("d-year", "2024")])
            ),
            Err("error-date")
        );
        assert_eq!(
            read(
                &f,
                &post(&[("d-day", "1"), ("d-month", ""), ("d-year", "2024")])
            ),
            Err("error-date")
        );
        assert_eq!(read(&f, &post(&[])), Ok(Answer::Empty));
    }

    #[test]
    fn a_yes_needs_its_explanation_but_the_applicants_own_words_count() {
        let texts = Texts::load().expect("texts");
        let files = flow::load_all().expect("files");
        let q = &files[0];
        let screen = q.screen("past-harm").expect("screen");
        let mut case =
            json!({"people": [{"id": "applicant"}], "forms": {"i589": {"applicant": "applicant"}}});
        let problems = apply_screen(
            q,
            screen,
            &mut case,
            &post(&[("answer", "true")]),
            &texts,
            "es",
            true,
        )
        .expect("apply");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].target, "f-explain-original");
        let problems = apply_screen(
            q,
            screen,
            &mut case,
            &post(&[
                ("answer", "true"),
                ("explain-original", "Me detuvieron."),
                ("explain", ""),
            ]),
            &texts,
            "es",
            true,
        )
        .expect("apply");
        assert!(problems.is_empty());
        assert_eq!(
            case["forms"]["i589"]["part_b"]["past_harm"],
            json!({"answer": true, "original": {"language": "es", "text": "Me detuvieron."}})
        );
    }
}
