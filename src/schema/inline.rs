//! The case schema with its `$ref`s replaced by the schemas they name, for the yes/no check.
//!
//! jsonschema compiles each `$ref` into a validator that calls the one it names: one more
//! indirect call for every value behind a reference (every yes/no answer, person, address and
//! date of a case), and the call site it goes through is shared by all of them, so the CPU
//! mispredicts it. Inlined, each place calls its own validator. Validity does not change:
//! a `$ref` beside other keywords is their conjunction (JSON Schema 2020-12, section 8.2.3.1),
//! written here as `allOf`. A reference met again inside itself (people are related to
//! people) stays a reference, made relative to the files' common base so it resolves from
//! wherever it now sits. Annotations are dropped beside an inlined reference: a yes/no check
//! reads none, and the errors of an invalid case are described with the original schema.
//! Our schemas name no `$id` or `$anchor` below a file's root: a copy would repeat it, and the
//! schema would no longer compile (`inlined_schema_judges_as_the_original` would fail).

use serde_json::{Map, Value};
use std::collections::HashMap;

/// Keywords whose value is a schema.
const ONE_SCHEMA: [&str; 8] = [
    "additionalProperties",
    "items",
    "not",
    "propertyNames",
    "if",
    "then",
    "else",
    "contains",
];
/// Keywords whose value is a list of schemas.
const SCHEMA_LIST: [&str; 4] = ["allOf", "anyOf", "oneOf", "prefixItems"];
/// Keywords whose value maps names to schemas.
const SCHEMA_MAP: [&str; 3] = ["properties", "patternProperties", "dependentSchemas"];
/// Keywords beside a `$ref` that no validity depends on.
const ANNOTATIONS: [&str; 8] = [
    "title",
    "description",
    "markdownDescription",
    "examples",
    "default",
    "deprecated",
    "$comment",
    "readOnly",
];

/// `docs[root]` with every non-recursive `$ref` replaced by its target; `docs` holds every
/// schema file by name (references name them relative to one another).
pub(crate) fn inline_refs(docs: &HashMap<String, Value>, root: &str) -> Option<Value> {
    let schema = docs.get(root)?;
    let mut stack = Vec::new();
    let mut out = schema_node(docs, root, schema, &mut stack);
    // The root keeps its definitions, as written, for the references left in place.
    if let (Value::Object(o), Some(defs)) = (&mut out, schema.get("$defs")) {
        o.insert("$defs".into(), defs.clone());
    }
    Some(out)
}

/// One schema, read in `file`.
fn schema_node(
    docs: &HashMap<String, Value>,
    file: &str,
    node: &Value,
    stack: &mut Vec<String>,
) -> Value {
    let Value::Object(map) = node else {
        return node.clone();
    };
    if let Some(Value::String(reference)) = map.get("$ref") {
        return reference_node(docs, file, map, reference, stack);
    }
    let mut out = Map::new();
    for (k, v) in map {
        if k == "$defs" || k == "$schema" {
            continue;
        }
        out.insert(k.clone(), keyword(docs, file, k, v, stack));
    }
    Value::Object(out)
}

/// The value of keyword `k`, with the schemas in it inlined.
fn keyword(
    docs: &HashMap<String, Value>,
    file: &str,
    k: &str,
    v: &Value,
    stack: &mut Vec<String>,
) -> Value {
    if ONE_SCHEMA.contains(&k) {
        return schema_node(docs, file, v, stack);
    }
    match v {
        Value::Array(list) if SCHEMA_LIST.contains(&k) => Value::Array(
            list.iter()
                .map(|s| schema_node(docs, file, s, stack))
                .collect(),
        ),
        Value::Object(m) if SCHEMA_MAP.contains(&k) => Value::Object(
            m.iter()
                .map(|(name, s)| (name.clone(), schema_node(docs, file, s, stack)))
                .collect(),
        ),
        _ => v.clone(),
    }
}

/// A schema holding `$ref`.
fn reference_node(
    docs: &HashMap<String, Value>,
    file: &str,
    map: &Map<String, Value>,
    reference: &str,
    stack: &mut Vec<String>,
) -> Value {
    let (target_file, fragment) = match reference.split_once('#') {
        Some(("", f)) => (file, f),
        Some((t, f)) => (t, f),
        None => (reference, ""),
    };
    let absolute = format!("{target_file}#{fragment}");
    let target = docs.get(target_file).and_then(|d| {
        if fragment.is_empty() {
            Some(d)
        } else {
            d.pointer(fragment)
        }
    });
    let mut siblings = Map::new();
    for (k, v) in map {
        if k != "$ref" && !ANNOTATIONS.contains(&k.as_str()) && !k.starts_with("x-") {
            siblings.insert(k.clone(), keyword(docs, file, k, v, stack));
        }
    }
    let inlined = match target {
        Some(t) if !stack.contains(&absolute) => {
            stack.push(absolute);
            let s = schema_node(docs, target_file, t, stack);
            stack.pop();
            s
        }
        // Recursive, or not found (jsonschema then reports it as it would have): kept as a
        // reference the compiler resolves against the files' base.
        _ => {
            let mut kept = Map::new();
            kept.insert("$ref".into(), Value::String(absolute));
            Value::Object(kept)
        }
    };
    if siblings.is_empty() {
        return inlined;
    }
    siblings.insert("allOf".into(), Value::Array(vec![inlined]));
    Value::Object(siblings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn docs() -> HashMap<String, Value> {
        HashMap::from([
            (
                "a.json".to_string(),
                json!({
                    "type": "object",
                    "properties": {
                        "yes": {"$ref": "b.json#/$defs/YesNo", "title": "An answer"},
                        "who": {"$ref": "#/$defs/Person", "minProperties": 1},
                    },
                    "$defs": {
                        "Person": {
                            "type": "object",
                            "properties": {"parent": {"$ref": "#/$defs/Person"}}
                        }
                    }
                }),
            ),
            (
                "b.json".to_string(),
                json!({"$defs": {"YesNo": {"type": "boolean"}}}),
            ),
        ])
    }

    #[test]
    fn references_are_replaced_cycles_kept_and_siblings_joined() {
        let out = inline_refs(&docs(), "a.json").expect("root");
        assert_eq!(out["properties"]["yes"], json!({"type": "boolean"}));
        assert_eq!(
            out["properties"]["who"],
            json!({
                "minProperties": 1,
                "allOf": [{
                    "type": "object",
                    "properties": {"parent": {"$ref": "a.json#/$defs/Person"}}
                }]
            })
        );
        assert!(out["$defs"]["Person"].is_object());
    }
}
