//! Generates `schemas/*.schema.json` from the typed model.
//!
//! schemars puts every definition in one `$defs`; the public contract wants one file per form
//! plus a shared `common.schema.json`, so definitions are split by which root reaches them and
//! `$ref`s are rewritten to point across files. Relative file references keep the files usable
//! from an editor (VS Code resolves them next to the schema) without any network access.

use crate::model::{
    common::{Filing, Interpreter, Person, Preparer, YesNo},
    CaseFile, I485, I589, I730,
};
use schemars::{generate::SchemaSettings, JsonSchema, SchemaGenerator};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The schema files, in a stable order: (file name, document).
pub fn generate_all() -> Vec<(&'static str, Value)> {
    let common_defs = defs_of(&[
        root_defs::<Person>,
        root_defs::<Preparer>,
        root_defs::<Interpreter>,
        root_defs::<Filing>,
        root_defs::<YesNo>,
    ]);
    let mut owner: BTreeMap<String, &'static str> = BTreeMap::new();
    for name in common_defs.keys() {
        owner.insert(name.clone(), COMMON);
    }
    let forms: [(&'static str, &'static str, Gen); 3] = [
        (I589_FILE, "I589", root_defs::<I589>),
        (I730_FILE, "I730", root_defs::<I730>),
        (I485_FILE, "I485", root_defs::<I485>),
    ];
    let mut form_docs = Vec::new();
    for (file, root_name, gen) in forms {
        let (_, root, defs) = gen();
        let own: Map<String, Value> = defs
            .into_iter()
            .filter(|(k, _)| !owner.contains_key(k))
            .collect();
        for name in own.keys() {
            owner.insert(name.clone(), file);
        }
        // The form's root type is referred to from the case schema as the file itself.
        owner.insert(root_name.to_string(), file);
        form_docs.push((file, root, own));
    }

    let (_, case_root, case_defs) = root_defs::<CaseFile>();
    let case_own: Map<String, Value> = case_defs
        .into_iter()
        .filter(|(k, _)| !owner.contains_key(k))
        .collect();

    let mut out = Vec::new();
    out.push((
        COMMON,
        finish(
            COMMON,
            common_root(),
            common_defs,
            &owner,
            "Shared definitions",
        ),
    ));
    for (file, root, own) in form_docs {
        let title = match file {
            I589_FILE => "I-589 Application for Asylum and for Withholding of Removal",
            I730_FILE => "I-730 Refugee/Asylee Relative Petition",
            _ => "I-485 Application to Adjust Status (asylees and refugees)",
        };
        out.push((file, finish(file, root, own, &owner, title)));
    }
    out.push((
        CASE,
        finish(CASE, case_root, case_own, &owner, "asylum-forms case file"),
    ));
    add_composed_examples(&mut out);
    case_examples(&mut out);
    for (_, doc) in out.iter_mut() {
        editor_help(doc);
    }
    out
}

/// Makes each property's own title and description the ones an editor shows.
///
/// VS Code's JSON engine (vscode-json-languageservice) resolves a `$ref` by copying the
/// referenced schema's keywords over the referring one, so a property written as `$ref` plus a
/// description showed the type's generic text ("YesNo – A yes/no question…") instead of its
/// question. `allOf: [{$ref}]` does not help there: the engine takes the first title and
/// description it meets, and the subschema's come first. So:
/// - definitions keep their title as `x-title` (the tool's own schema walk reads it), so none
///   is copied over a property's `title`;
/// - a property with a `$ref` repeats its description as `markdownDescription`, which the
///   engine prefers to `description` and which no definition has;
/// - a choice of strings (`oneOf` of `const`s, as schemars writes a documented enum) becomes
///   one `enum` with `enumDescriptions`: the same values are valid, and the editor shows the
///   property's text with the chosen value's description under it, where a `oneOf` branch's
///   description would have replaced the property's.
fn editor_help(doc: &mut Value) {
    if let Some(Value::Object(defs)) = doc.get_mut("$defs") {
        for (_, def) in defs.iter_mut() {
            if let Some(o) = def.as_object_mut() {
                if let Some(title) = o.shift_remove("title") {
                    o.insert("x-title".into(), title);
                }
            }
        }
    }
    help_node(doc);
}

fn help_node(v: &mut Value) {
    match v {
        Value::Object(o) => {
            if o.contains_key("$ref") && !o.contains_key("markdownDescription") {
                if let Some(d) = o.get("description").cloned() {
                    o.insert("markdownDescription".into(), d);
                }
            }
            merge_string_choices(o);
            for (_, child) in o.iter_mut() {
                help_node(child);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(help_node),
        _ => {}
    }
}

/// `oneOf: [{type: string, enum: [...]}, {type: string, const: x, description: d}, …]` → `type:
/// string, enum: [...], enumDescriptions: [...]`, when every branch is a plain string choice.
fn merge_string_choices(o: &mut Map<String, Value>) {
    let Some(Value::Array(branches)) = o.get("oneOf") else {
        return;
    };
    let mut values = Vec::new();
    let mut descriptions = Vec::new();
    for b in branches {
        let Some(b) = b.as_object() else {
            return;
        };
        let plain = b.keys().all(|k| {
            matches!(
                k.as_str(),
                "type" | "const" | "enum" | "description" | "title"
            )
        });
        if !plain || b.get("type") != Some(&Value::String("string".into())) {
            return;
        }
        let text = b
            .get("description")
            .and_then(Value::as_str)
            .map(unwrap_lines)
            .unwrap_or_default();
        match (b.get("const"), b.get("enum").and_then(Value::as_array)) {
            (Some(c), None) => {
                values.push(c.clone());
                descriptions.push(Value::String(text));
            }
            (None, Some(list)) => {
                for c in list {
                    values.push(c.clone());
                    descriptions.push(Value::String(text.clone()));
                }
            }
            _ => return,
        }
    }
    o.shift_remove("oneOf");
    o.insert("type".into(), Value::String("string".into()));
    o.insert("enum".into(), Value::Array(values));
    o.insert(
        "enumDescriptions".into(),
        Value::Array(descriptions.clone()),
    );
    o.insert(
        "markdownEnumDescriptions".into(),
        Value::Array(descriptions),
    );
}

/// The case file's own keys (`case_id`, `people`, `forms`) take their example from a complete
/// fixture that validates without errors: composed from each key's own example, `people` mixed
/// facts no family has (a marriage that ended before it began, in the US but located in Amman).
/// A test validates the case these examples make.
fn case_examples(files: &mut [(&'static str, Value)]) {
    let Ok(fixture) =
        serde_json::from_str::<Value>(include_str!("../../fixtures/valid/i589-defensive.json"))
    else {
        return;
    };
    for (name, doc) in files.iter_mut() {
        if *name != CASE {
            continue;
        }
        if let Some(Value::Object(props)) = doc.get_mut("properties") {
            for (key, p) in props.iter_mut() {
                if let (Some(v), Some(po)) = (fixture.get(key), p.as_object_mut()) {
                    if key != "$schema" {
                        po.insert("examples".into(), Value::Array(vec![v.clone()]));
                    }
                }
            }
        }
    }
}

/// Gives every property without `examples` one composed from its parts' examples, so an editor
/// shows a complete example object for `name`, `address`, `part_b`… and not only for leaves.
fn add_composed_examples(files: &mut [(&'static str, Value)]) {
    let docs: BTreeMap<&str, Value> = files.iter().map(|(n, d)| (*n, d.clone())).collect();
    for (file, doc) in files.iter_mut() {
        fill_examples(doc, file, &docs);
    }
}

fn fill_examples(v: &mut Value, file: &str, docs: &BTreeMap<&str, Value>) {
    match v {
        Value::Object(o) => {
            if let Some(Value::Object(props)) = o.get_mut("properties") {
                for (_, p) in props.iter_mut() {
                    if p.get("examples").is_none() {
                        if let Some(ex) = example_of(p, file, docs, 0) {
                            if let Some(po) = p.as_object_mut() {
                                po.insert("examples".into(), Value::Array(vec![ex]));
                            }
                        }
                    }
                }
            }
            for (_, child) in o.iter_mut() {
                fill_examples(child, file, docs);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|c| fill_examples(c, file, docs)),
        _ => {}
    }
}

fn example_of(
    node: &Value,
    file: &str,
    docs: &BTreeMap<&str, Value>,
    depth: usize,
) -> Option<Value> {
    if depth > 8 {
        return None;
    }
    if let Some(ex) = node.get("examples").and_then(|e| e.get(0)) {
        return Some(ex.clone());
    }
    if let Some(r) = node.get("$ref").and_then(Value::as_str) {
        let (f, frag) = match r.split_once('#') {
            Some(("", frag)) => (file, frag),
            Some((f, frag)) => (f, frag),
            None => (r, ""),
        };
        let doc = docs.get(f)?;
        let target = if frag.is_empty() {
            doc
        } else {
            doc.pointer(frag)?
        };
        return example_of(target, f, docs, depth + 1);
    }
    if let Some(first) = node.get("enum").and_then(|e| e.get(0)) {
        return Some(first.clone());
    }
    if let Some(c) = node.get("const") {
        return Some(c.clone());
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(branches) = node.get(key).and_then(Value::as_array) {
            return branches
                .iter()
                .find_map(|b| example_of(b, file, docs, depth + 1));
        }
    }
    if let Some(items) = node.get("items") {
        return example_of(items, file, docs, depth + 1).map(|e| Value::Array(vec![e]));
    }
    let props = node.get("properties")?.as_object()?;
    let mut out = Map::new();
    for (k, p) in props {
        if k == "$schema" {
            continue;
        }
        if let Some(e) = example_of(p, file, docs, depth + 1) {
            out.insert(k.clone(), e);
        }
    }
    (!out.is_empty()).then_some(Value::Object(out))
}

pub const COMMON: &str = "common.schema.json";
pub const CASE: &str = "case.schema.json";
pub const I589_FILE: &str = "i589.schema.json";
pub const I730_FILE: &str = "i730.schema.json";
pub const I485_FILE: &str = "i485.schema.json";

type Gen = fn() -> (String, Value, Map<String, Value>);

fn settings() -> SchemaSettings {
    SchemaSettings::draft2020_12()
}

/// The name, root schema and reachable definitions of `T`.
fn root_defs<T: JsonSchema>() -> (String, Value, Map<String, Value>) {
    let mut generator = SchemaGenerator::new(settings());
    let root = generator.root_schema_for::<T>();
    let mut root = root.to_value();
    let defs = match root.as_object_mut().and_then(|o| o.remove("$defs")) {
        Some(Value::Object(m)) => m,
        _ => Map::new(),
    };
    (T::schema_name().into_owned(), root, defs)
}

fn defs_of(gens: &[Gen]) -> Map<String, Value> {
    let mut all = Map::new();
    for gen in gens {
        let (name, mut root, defs) = gen();
        all.extend(defs);
        // The root itself is a definition other files refer to.
        if let Some(o) = root.as_object_mut() {
            o.remove("$schema");
        }
        all.insert(name, root);
    }
    all.sort_keys();
    all
}

/// The common file has no root type of its own: it is a bag of definitions.
fn common_root() -> Value {
    serde_json::json!({})
}

fn finish(
    file: &'static str,
    root: Value,
    defs: Map<String, Value>,
    owner: &BTreeMap<String, &'static str>,
    title: &str,
) -> Value {
    let mut doc = Map::new();
    doc.insert(
        "$schema".into(),
        Value::String("https://json-schema.org/draft/2020-12/schema".into()),
    );
    doc.insert("title".into(), Value::String(title.into()));
    if let Value::Object(o) = root {
        for (k, v) in o {
            if k == "$schema" || k == "title" {
                continue;
            }
            doc.insert(k, v);
        }
    }
    if !defs.is_empty() {
        doc.insert("$defs".into(), Value::Object(defs));
    }
    let mut doc = Value::Object(doc);
    strip_null(&mut doc);
    rewrite_refs(&mut doc, file, owner);
    decorate(&mut doc);
    doc
}

fn rewrite_refs(v: &mut Value, file: &str, owner: &BTreeMap<String, &'static str>) {
    match v {
        Value::Object(o) => {
            if let Some(Value::String(r)) = o.get_mut("$ref") {
                if let Some(name) = r.strip_prefix("#/$defs/") {
                    if let Some(&target) = owner.get(name) {
                        if target != file {
                            let is_root = matches!(name, "I589" | "I730" | "I485");
                            *r = if is_root {
                                target.to_string()
                            } else {
                                format!("{target}#/$defs/{name}")
                            };
                        }
                    }
                }
            }
            for (_, child) in o.iter_mut() {
                rewrite_refs(child, file, owner);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|c| rewrite_refs(c, file, owner)),
        _ => {}
    }
}

/// An optional value is left out, never written as `null`: schemars allows `null` for every
/// `Option`, which would make `"ssn": null` valid and turn a bad value's message into an
/// unhelpful "not valid under any of anyOf". Strip the null branch.
fn strip_null(v: &mut Value) {
    match v {
        Value::Object(o) => {
            if let Some(Value::Array(types)) = o.get("type") {
                let rest: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
                if rest.len() < types.len() {
                    let t = if rest.len() == 1 {
                        rest[0].clone()
                    } else {
                        Value::Array(rest)
                    };
                    o.insert("type".into(), t);
                }
            }
            let null_branch = |b: &Value| b.get("type") == Some(&Value::String("null".into()));
            for key in ["anyOf", "oneOf"] {
                let Some(Value::Array(branches)) = o.get(key) else {
                    continue;
                };
                if branches.len() == 2 && branches.iter().any(null_branch) {
                    let keep = branches.iter().find(|b| !null_branch(b)).cloned();
                    o.remove(key);
                    if let Some(Value::Object(k)) = keep {
                        for (kk, vv) in k {
                            o.entry(kk).or_insert(vv);
                        }
                    }
                }
            }
            if let Some(Value::Array(e)) = o.get_mut("enum") {
                e.retain(|x| !x.is_null());
            }
            for (_, child) in o.iter_mut() {
                strip_null(child);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(strip_null),
        _ => {}
    }
}

/// Appends the form location to each description, so an editor's hover shows where the value
/// goes (editors show `description`, not extension keywords).
fn decorate(v: &mut Value) {
    match v {
        Value::Object(o) => {
            // Doc comments wrap at ~100 columns; editors should reflow, so keep only paragraph breaks.
            for key in ["description", "title"] {
                if let Some(Value::String(d)) = o.get_mut(key) {
                    *d = unwrap_lines(d);
                }
            }
            if let Some(Value::String(loc)) = o.get("x-form").cloned() {
                if let Some(Value::String(d)) = o.get_mut("description") {
                    if !d.contains("Form: ") {
                        d.push_str(&format!("\n\nForm: {loc}."));
                    }
                }
            }
            for (_, child) in o.iter_mut() {
                decorate(child);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(decorate),
        _ => {}
    }
}

fn unwrap_lines(s: &str) -> String {
    s.split("\n\n")
        .map(|para| para.lines().map(str::trim).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The files as they are written to disk: pretty JSON with a final newline.
pub fn render(doc: &Value) -> String {
    let mut s = serde_json::to_string_pretty(doc).unwrap_or_default();
    s.push('\n');
    s
}
