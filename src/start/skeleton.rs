//! The case file to fill in that `asylum-forms init` writes and `import` starts each family
//! from: every key the chosen forms require, and the facts about a person every form prints,
//! each left unanswered (`""`, `null` or `[]`), read from the generated schemas so that it
//! follows the model. `validate` lists those keys as questions to answer (`answer.missing`).

use crate::forms::Form;
use crate::schema::generate;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The case file for `forms` with every required key unanswered.
pub fn case(
    docs: &BTreeMap<&str, Value>,
    forms: &[Form],
    schema_url: &str,
    case_id: &str,
) -> Value {
    let s = Skeleton { docs };
    let person_schema = s.def(generate::COMMON, "Person");
    let mut people = Vec::new();
    let mut person = |id: &str| {
        let mut p = s.object(person_schema, generate::COMMON, PERSON_KEYS);
        if let Some(o) = p.as_object_mut() {
            o.insert("id".into(), Value::String(id.into()));
        }
        people.push(p);
    };
    let mut form_map = Map::new();
    let mut done: Vec<Form> = Vec::new();
    for &form in forms {
        if done.contains(&form) {
            continue;
        }
        done.push(form);
        let (key, file) = (form.key(), form.schema_file());
        let mut f = match docs.get(file) {
            Some(root) => s.object(root, file, &[]),
            None => Value::Object(Map::new()),
        };
        // Who the form is about: ids of the people above.
        if let Some(o) = f.as_object_mut() {
            for (role, id) in [
                ("applicant", "applicant"),
                ("petitioner", "applicant"),
                ("beneficiary", "beneficiary-1"),
            ] {
                if o.contains_key(role) {
                    o.insert(role.into(), Value::String(id.into()));
                }
            }
        }
        form_map.insert(
            key.into(),
            if !form.repeats() {
                f
            } else {
                Value::Array(vec![f])
            },
        );
    }
    person("applicant");
    if done.contains(&Form::I730) {
        person("beneficiary-1");
    }
    let mut root = Map::new();
    root.insert("$schema".into(), Value::String(schema_url.into()));
    root.insert("case_id".into(), Value::String(case_id.into()));
    root.insert("people".into(), Value::Array(people));
    root.insert("forms".into(), Value::Object(form_map));
    Value::Object(root)
}

/// A person's facts every form prints, asked even though the schema lets them be left out
/// (an A-Number, SSN or I-94 the person does not have is removed by the user).
const PERSON_KEYS: &[&str] = &[
    "sex",
    "birth_city",
    "marital_status",
    "a_number",
    "ssn",
    "i94",
    "phone",
    "email",
];

struct Skeleton<'a> {
    docs: &'a BTreeMap<&'a str, Value>,
}

impl<'a> Skeleton<'a> {
    fn def(&self, file: &str, name: &str) -> &'a Value {
        static EMPTY: Value = Value::Null;
        self.docs
            .get(file)
            .and_then(|d| d.pointer(&format!("/$defs/{name}")))
            .unwrap_or(&EMPTY)
    }

    /// Follows `$ref`s to the schema they name, with the file it is in.
    fn resolve(&self, mut node: &'a Value, mut file: &'a str) -> (&'a Value, &'a str) {
        for _ in 0..16 {
            let Some(r) = node.get("$ref").and_then(Value::as_str) else {
                break;
            };
            let (f, frag) = r.split_once('#').unwrap_or((r, ""));
            if !f.is_empty() {
                match self.docs.get_key_value(f) {
                    Some((k, _)) => file = k,
                    None => break,
                }
            }
            let Some(doc) = self.docs.get(file) else {
                break;
            };
            match if frag.is_empty() {
                Some(doc)
            } else {
                doc.pointer(frag)
            } {
                Some(n) => node = n,
                None => break,
            }
        }
        (node, file)
    }

    /// An object's required keys (and `also`), each unanswered.
    fn object(&self, node: &'a Value, file: &'a str, also: &[&str]) -> Value {
        let (node, file) = self.resolve(node, file);
        let required: Vec<&str> = node
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut out = Map::new();
        if let Some(props) = node.get("properties").and_then(Value::as_object) {
            for (key, prop) in props {
                if required.contains(&key.as_str()) || also.contains(&key.as_str()) {
                    out.insert(key.clone(), self.value(prop, file));
                }
            }
        }
        Value::Object(out)
    }

    fn value(&self, node: &'a Value, file: &'a str) -> Value {
        let (node, file) = self.resolve(node, file);
        if node.get("properties").is_some() {
            return self.object(node, file, &[]);
        }
        match node.get("type").and_then(Value::as_str) {
            Some("array") => Value::Array(Vec::new()),
            Some("string") => Value::String(String::new()),
            Some("object") => Value::Object(Map::new()),
            // Booleans, numbers, and values of several kinds: nothing written yet.
            _ if node.get("oneOf").is_some() || node.get("anyOf").is_some() => {
                let all_strings = ["oneOf", "anyOf"]
                    .iter()
                    .filter_map(|k| node.get(k).and_then(Value::as_array))
                    .flatten()
                    .all(|b| {
                        self.resolve(b, file).0.get("type").and_then(Value::as_str)
                            == Some("string")
                    });
                if all_strings {
                    Value::String(String::new())
                } else {
                    Value::Null
                }
            }
            _ => Value::Null,
        }
    }
}

/// `""`, `null` and `[]` in a case file: answers not given yet.
pub fn is_unanswered(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

pub fn count_unanswered(v: &Value) -> usize {
    match v {
        Value::Object(o) => o.values().map(count_unanswered).sum(),
        Value::Array(a) if !a.is_empty() => a.iter().map(count_unanswered).sum(),
        other => usize::from(is_unanswered(other)),
    }
}
