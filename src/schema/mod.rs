//! The JSON Schemas of `schemas/`: embedded in the binary, compiled once, and walked to explain
//! findings (which keys are valid here, which form item a pointer fills).
//!
//! Dependencies go one way: this stage imports [`crate::load`] (the document it validates, through
//! the `jsonschema` adapter [`doc_json`], and the pointer vocabulary re-exported here as [`Step`]
//! and [`InstancePath`]) and [`crate::model`] (the schemas are generated from it, [`generate`]);
//! neither imports this one.

pub mod doc_json;
pub mod generate;
mod inline;

use crate::load::document::{Doc, Val};
pub use crate::load::pointer::{InstancePath, Step};
use crate::schema::doc_json::DocJson;
use jsonschema::{error::ValidationErrorKind, Retrieve, Uri, Validator};
use rustc_hash::FxHashMap;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The committed schema files, embedded so the tool needs nothing beside its binary.
pub const FILES: [(&str, &str); 5] = [
    (
        generate::COMMON,
        include_str!("../../schemas/common.schema.json"),
    ),
    (
        generate::I589_FILE,
        include_str!("../../schemas/i589.schema.json"),
    ),
    (
        generate::I730_FILE,
        include_str!("../../schemas/i730.schema.json"),
    ),
    (
        generate::I485_FILE,
        include_str!("../../schemas/i485.schema.json"),
    ),
    (
        generate::CASE,
        include_str!("../../schemas/case.schema.json"),
    ),
];

/// A private base so relative `$ref`s between the files resolve without touching the disk or
/// the network.
const BASE: &str = "file:///asylum-forms/schemas/";

/// Why the schemas built into the tool cannot be used: a fault of the build, never of a case.
#[derive(Debug)]
pub enum SchemaError {
    /// An embedded schema file that is not JSON (serde_json's error has line and column).
    NotJson {
        name: &'static str,
        error: serde_json::Error,
    },
    /// The case schema is not among the embedded files, or its `$ref`s do not resolve.
    CaseMissing,
    /// jsonschema refused the case schema.
    Compile(jsonschema::ValidationError<'static>),
}

impl std::fmt::Display for SchemaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SchemaError::NotJson { name, error } => {
                write!(f, "embedded schema {name} is not JSON: {error}")
            }
            SchemaError::CaseMissing => f.write_str("case schema missing"),
            SchemaError::Compile(e) => write!(f, "embedded case schema does not compile: {e}"),
        }
    }
}

impl std::error::Error for SchemaError {}

/// The compiled case schema and the documents behind it.
pub struct SchemaSet {
    /// Answers whether a parsed case is valid, reading the document itself.
    doc_validator: Validator<DocJson>,
    /// Describes the errors of an invalid case, from the case as a `serde_json::Value`: the
    /// messages are jsonschema's for that representation. Compiled on the first invalid case,
    /// so that loading (once per run of `validate`) compiles one validator, not two.
    validator: OnceLock<Result<Validator, SchemaError>>,
    /// The schema `validator` is compiled from.
    root: Value,
    docs: HashMap<String, Value>,
    /// The schema as a graph of resolved nodes, for walks over a whole case; index 0 is the
    /// root (empty if the root does not resolve).
    walk: Vec<WalkNode>,
}

/// What the rules that walk a whole case read from the schema node of a value.
#[derive(Debug, Default)]
pub struct NodeFacts {
    pub title: Option<String>,
    pub format: Option<String>,
    /// `x-future-ok: true`: a date that may lie after today (an expiry date).
    pub future_ok: bool,
}

/// One resolved schema node (after `$ref` and the structured branch of `anyOf`/`oneOf`), with
/// its children already resolved: walking a case then costs a look-up per key, not a `$ref`
/// resolution through `serde_json` maps.
#[derive(Debug, Default)]
struct WalkNode {
    facts: NodeFacts,
    /// The [`Reach`] bits of this node and every node below it.
    reach: u8,
    /// `properties`; `None` for a property whose node does not resolve.
    properties: FxHashMap<String, Option<usize>>,
    /// `items`, when there is one (`Some(None)` when it does not resolve).
    items: Option<Option<usize>>,
    /// The properties below which some node has a [`Reach`] bit, with those bits: a walk
    /// looks these up in an object rather than every member up in `properties`.
    reaching: Vec<(String, usize, u8)>,
}

impl WalkNode {
    /// The node of the member `seg`: the property of that name, or the items of a list for a
    /// numeric segment (the same step as one segment of `SchemaSet::walk_instance`).
    fn child(&self, seg: &str) -> Option<usize> {
        match self.properties.get(seg) {
            Some(c) => *c,
            None if seg.parse::<usize>().is_ok() => self.items.flatten(),
            None => None,
        }
    }

    fn item(&self, index: usize) -> Option<usize> {
        if self.properties.is_empty() {
            self.items.flatten()
        } else {
            self.child(&index.to_string())
        }
    }
}

/// Which nodes a walk over a case looks for: the walk skips values under which the schema has
/// none of them.
#[derive(Debug, Clone, Copy)]
pub struct Reach(u8);

impl Reach {
    /// Nodes titled "Person id".
    pub const PERSON_ID: Reach = Reach(1);

    fn of(facts: &NodeFacts) -> u8 {
        if facts.title.as_deref() == Some("Person id") {
            Self::PERSON_ID.0
        } else {
            0
        }
    }
}

/// One schema violation, before it becomes a finding.
#[derive(Debug, Clone)]
pub struct SchemaIssue {
    pub pointer: String,
    /// The form location, when the issue concerns a key other than the pointer's value (an
    /// unknown key: the key it was probably meant to be; a missing key: that key).
    pub location: Option<String>,
    pub keyword: String,
    pub message: String,
    pub hint: String,
}

struct Embedded(HashMap<String, Value>);

impl Retrieve for Embedded {
    fn retrieve(
        &self,
        uri: &Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let s = uri.as_str();
        let name = s.strip_prefix(BASE).unwrap_or(s);
        self.0
            .get(name)
            .cloned()
            .ok_or_else(|| format!("no embedded schema named {name}").into())
    }
}

impl SchemaSet {
    /// Parses and compiles the embedded schemas. Fails only if the build shipped broken schemas.
    pub fn load() -> Result<Self, SchemaError> {
        let mut docs = HashMap::new();
        for (name, text) in FILES {
            let v: Value =
                serde_json::from_str(text).map_err(|error| SchemaError::NotJson { name, error })?;
            docs.insert(name.to_string(), v);
        }
        let root = docs
            .get(generate::CASE)
            .cloned()
            .ok_or(SchemaError::CaseMissing)?;
        let inlined = inline::inline_refs(&docs, generate::CASE).ok_or(SchemaError::CaseMissing)?;
        let doc_validator = jsonschema::options_for::<DocJson>()
            .with_base_uri(format!("{BASE}{}", generate::CASE))
            .with_retriever(Embedded(docs.clone()))
            .should_validate_formats(true)
            .build(&inlined)
            .map_err(SchemaError::Compile)?;
        let mut set = Self {
            doc_validator,
            validator: OnceLock::new(),
            root,
            docs,
            walk: Vec::new(),
        };
        set.walk = set.walk_graph();
        Ok(set)
    }

    fn walk_graph(&self) -> Vec<WalkNode> {
        let mut nodes = Vec::new();
        let root = self
            .docs
            .get(generate::CASE)
            .and_then(|n| self.deref(generate::CASE, n));
        if let Some(root) = root {
            self.add_walk_node(root, &mut nodes, &mut HashMap::new());
        }
        // The graph has cycles (a person's relatives are people): spread the bits until no
        // node gains any.
        for n in nodes.iter_mut() {
            n.reach = Reach::of(&n.facts);
        }
        loop {
            let mut changed = false;
            for at in 0..nodes.len() {
                let below = nodes[at]
                    .properties
                    .values()
                    .copied()
                    .chain(nodes[at].items)
                    .flatten()
                    .fold(0, |acc, c| acc | nodes.get(c).map_or(0, |n| n.reach));
                let reach = nodes[at].reach | below;
                if reach != nodes[at].reach {
                    nodes[at].reach = reach;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        for at in 0..nodes.len() {
            let mut reaching: Vec<(String, usize, u8)> = nodes[at]
                .properties
                .iter()
                .filter_map(|(k, c)| {
                    let c = (*c)?;
                    let reach = nodes.get(c).map_or(0, |n| n.reach);
                    (reach != 0).then(|| (k.clone(), c, reach))
                })
                .collect();
            reaching.sort();
            nodes[at].reaching = reaching;
        }
        nodes
    }

    /// Adds the node `at` (already resolved) and everything below it, once per node, and returns
    /// its index.
    fn add_walk_node(
        &self,
        (file, node): (&str, &Value),
        nodes: &mut Vec<WalkNode>,
        seen: &mut HashMap<(usize, usize), usize>,
    ) -> usize {
        let key = (file.as_ptr() as usize, node as *const Value as usize);
        if let Some(&id) = seen.get(&key) {
            return id;
        }
        let id = nodes.len();
        nodes.push(WalkNode::default());
        seen.insert(key, id);
        let mut child = |n: &Value| {
            self.deref(file, n)
                .map(|at| self.add_walk_node(at, nodes, seen))
        };
        let properties = node
            .get("properties")
            .and_then(Value::as_object)
            .map(|p| p.iter().map(|(k, n)| (k.clone(), child(n))).collect())
            .unwrap_or_default();
        let items = node.get("items").map(&mut child);
        let text = |k: &str| node.get(k).and_then(Value::as_str).map(str::to_string);
        nodes[id] = WalkNode {
            facts: NodeFacts {
                // Definitions keep their title as `x-title` (see generate::editor_help).
                title: text("title").or_else(|| text("x-title")),
                format: text("format"),
                future_ok: node.get("x-future-ok") == Some(&Value::Bool(true)),
            },
            reach: 0,
            properties,
            items,
            reaching: Vec::new(),
        };
        id
    }

    pub fn doc(&self, file: &str) -> Option<&Value> {
        self.docs.get(file)
    }

    /// Every schema violation of `doc`, not only the first.
    pub fn check(&self, doc: &Doc) -> Vec<SchemaIssue> {
        // Most cases are valid, and answering yes/no is several times cheaper than collecting
        // every error with its paths; the errors are collected only for an invalid case.
        if self.doc_validator.is_valid(doc.root()) {
            return Vec::new();
        }
        self.describe_errors(&doc.to_value())
    }

    fn value_validator(&self) -> Result<&Validator, &SchemaError> {
        self.validator
            .get_or_init(|| {
                jsonschema::options()
                    .with_base_uri(format!("{BASE}{}", generate::CASE))
                    .with_retriever(Embedded(self.docs.clone()))
                    .should_validate_formats(true)
                    .build(&self.root)
                    .map_err(SchemaError::Compile)
            })
            .as_ref()
    }

    /// The violations of an invalid case, described.
    fn describe_errors(&self, instance: &Value) -> Vec<SchemaIssue> {
        let validator = match self.value_validator() {
            Ok(v) => v,
            // The same schema compiled for the document at load, so this cannot happen.
            Err(e) => {
                return vec![SchemaIssue {
                    pointer: String::new(),
                    location: None,
                    keyword: "internal".into(),
                    message: e.to_string(),
                    hint: "please report this: the schema and the tool disagree".into(),
                }]
            }
        };
        let mut out: Vec<SchemaIssue> = validator
            .iter_errors(instance)
            .map(|e| self.describe(&e))
            .collect();
        out.sort_by(|a, b| a.pointer.cmp(&b.pointer));
        out.dedup_by(|a, b| a.pointer == b.pointer && a.message == b.message);
        out
    }

    fn describe(&self, e: &jsonschema::ValidationError<'_>) -> SchemaIssue {
        let mut pointer = e.instance_path().as_str().to_string();
        let mut location = None;
        let x_form = |p: &str| {
            self.annotation_at(p, "x-form")
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        let node = self.node_for_instance(&pointer);
        let title = self
            .annotation_at(&pointer, "title")
            .and_then(Value::as_str)
            .map(str::to_string);
        let what = title.clone().unwrap_or_else(|| "this value".into());
        // A-Numbers, SSNs and the like never appear in a message: findings reach logs.
        let sensitive = node.and_then(|n| n.get("x-sensitive")) == Some(&Value::Bool(true));
        let shown = if sensitive {
            "the value given".to_string()
        } else {
            e.instance().to_string()
        };
        let example = node
            .and_then(|n| n.get("examples"))
            .and_then(|x| x.get(0))
            .map(|x| x.to_string());
        let (message, hint) = match e.kind() {
            ValidationErrorKind::AdditionalProperties { unexpected } => {
                let valid = self.keys_at(&pointer);
                let mut msgs = Vec::new();
                let mut hints = Vec::new();
                for key in unexpected {
                    msgs.push(format!("unknown key \"{key}\""));
                    match closest(key, &valid) {
                        Some(best) => {
                            location = location.or_else(|| x_form(&format!("{pointer}/{best}")));
                            hints.push(format!("did you mean \"{best}\"?"))
                        }
                        None => hints.push(format!(
                            "remove \"{key}\"; the keys allowed here are: {}",
                            valid.join(", ")
                        )),
                    }
                }
                (msgs.join("; "), hints.join(" "))
            }
            ValidationErrorKind::Required { property } => {
                let key = property.as_str().unwrap_or("?").to_string();
                location = x_form(&format!("{pointer}/{key}"));
                let child = self.node_for_instance(&format!("{pointer}/{key}"));
                let help = child
                    .and_then(|n| n.get("description"))
                    .and_then(Value::as_str)
                    .map(|d| d.split("\n\nForm:").next().unwrap_or(d).to_string())
                    .unwrap_or_default();
                (
                    format!("the required key \"{key}\" is missing"),
                    format!("add \"{key}\": {help}"),
                )
            }
            ValidationErrorKind::Format { format } if format == "date" => (
                format!(
                    "{} {} is not a real calendar date",
                    what,
                    e.instance()
                ),
                match e.instance().as_str().and_then(us_style_date) {
                    Some(iso) => format!("dates are written YYYY-MM-DD in the case file: write {iso}"),
                    None => "write the date as YYYY-MM-DD with a day that exists in that month, e.g. 2025-02-28".into(),
                },
            ),
            ValidationErrorKind::Pattern { .. } | ValidationErrorKind::Enum { .. } => {
                let desc = node
                    .and_then(|n| n.get("description"))
                    .and_then(Value::as_str)
                    .map(|d| d.split("\n\nForm:").next().unwrap_or(d).to_string())
                    .unwrap_or_default();
                // A misspelt choice ("pasport", "i_94"): the nearest one first, then the rest.
                let (nearest, options) = match e.kind() {
                    ValidationErrorKind::Enum { options } => {
                        let all: Vec<String> = options
                            .as_array()
                            .map(|a| a.iter().map(|x| x.to_string()).collect())
                            .unwrap_or_default();
                        let names: Vec<String> = options
                            .as_array()
                            .map(|a| {
                                a.iter()
                                    .filter_map(|x| x.as_str().map(str::to_string))
                                    .collect()
                            })
                            .unwrap_or_default();
                        let nearest = e
                            .instance()
                            .as_str()
                            .filter(|_| !sensitive)
                            .and_then(|given| closest(given, &names))
                            .map(|best| format!("did you mean \"{best}\"? "))
                            .unwrap_or_default();
                        (nearest, format!(" Allowed: {}.", all.join(", ")))
                    }
                    _ => (String::new(), String::new()),
                };
                let problem = if options.is_empty() {
                    "is not in the expected form"
                } else {
                    "is not one of the choices"
                };
                (
                    format!("{what}: {shown} {problem}"),
                    format!(
                        "{nearest}{desc}{options}{}",
                        example.map(|x| format!(" Example: {x}.")).unwrap_or_default()
                    ),
                )
            }
            ValidationErrorKind::Type { .. } => (
                format!("{what}: {}", e.masked()),
                example
                    .map(|x| format!("write a value like {x}"))
                    .unwrap_or_else(|| "see the schema's description of this key".into()),
            ),
            // An enumeration whose choices are documented one by one is a `oneOf` of consts.
            ValidationErrorKind::OneOfNotValid { .. }
                if !one_of_consts(node).is_empty() =>
            {
                let names = one_of_consts(node);
                let desc = self
                    .annotation_at(&pointer, "description")
                    .and_then(Value::as_str)
                    .map(|d| d.split("\n\nForm:").next().unwrap_or(d).to_string())
                    .unwrap_or_default();
                let nearest = e
                    .instance()
                    .as_str()
                    .filter(|_| !sensitive)
                    .and_then(|given| closest(given, &names))
                    .map(|best| format!("did you mean \"{best}\"? "))
                    .unwrap_or_default();
                let all: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
                (
                    format!("{what}: {shown} is not one of the choices"),
                    format!("{nearest}{desc} Allowed: {}.", all.join(", ")),
                )
            }
            _ => (
                format!("{what}: {}", e.masked()),
                example
                    .map(|x| format!("for example: {x}"))
                    .unwrap_or_default(),
            ),
        };
        // Point at the unknown key itself, so the line and column land on it.
        if let ValidationErrorKind::AdditionalProperties { unexpected } = e.kind() {
            if let [only] = unexpected.as_slice() {
                pointer = format!("{pointer}/{}", crate::load::pointer::escape_token(only));
            }
        }
        SchemaIssue {
            pointer,
            location,
            keyword: e.kind().keyword().to_string(),
            message,
            hint,
        }
    }

    /// The property names allowed in the object at `pointer`.
    pub fn keys_at(&self, pointer: &str) -> Vec<String> {
        self.node_for_instance(pointer)
            .and_then(|n| n.get("properties"))
            .and_then(Value::as_object)
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// The schema node that describes the instance value at `pointer` (following `$ref`s and the
    /// object branch of `anyOf`/`oneOf`), if the pointer follows the schema's shape.
    pub fn node_for_instance(&self, pointer: &str) -> Option<&Value> {
        self.walk_instance(pointer).map(|(_, node)| node)
    }

    /// An annotation (`x-form`, `title`, `description`, `examples`…) of the value at `pointer`:
    /// the property's own first (it describes the use), then the referenced definition's.
    pub fn annotation_at(&self, pointer: &str, key: &str) -> Option<&Value> {
        let (property, node) = self.walk_instance(pointer)?;
        property
            .and_then(|p| p.get(key))
            .or_else(|| node.get(key))
            // A definition's title is kept as `x-title` (see generate::editor_help).
            .or_else(|| (key == "title").then(|| node.get("x-title")).flatten())
    }

    /// Visits every string of `v` (the whole case) that has a schema node, with its path and
    /// the facts of the node [`Self::node_for_instance`] gives for that path, skipping values
    /// under which the schema has no node `want` asks for. The schema is walked along with the
    /// instance, and an object's members are found from the few properties that can lead to
    /// such a node, not every member looked up in the schema: rules that look at every value
    /// were most of the time validation took. The order of the visits is not the document's.
    pub fn walk_strings<'v>(
        &self,
        v: Val<'v>,
        want: Reach,
        visit: &mut dyn FnMut(&InstancePath<'v>, Val<'v>, &NodeFacts),
    ) {
        self.walk_node(v, 0, want.0, &mut InstancePath::default(), visit);
    }

    fn walk_node<'v>(
        &self,
        v: Val<'v>,
        at: usize,
        want: u8,
        path: &mut InstancePath<'v>,
        visit: &mut dyn FnMut(&InstancePath<'v>, Val<'v>, &NodeFacts),
    ) {
        // Below a value without a node nothing has one: the subtree is skipped.
        let Some(node) = self.walk.get(at) else {
            return;
        };
        if node.reach & want == 0 {
            return;
        }
        if v.as_str().is_some() {
            visit(path, v, &node.facts);
        } else if v.is_object() {
            if node.items.is_some() {
                // A numeric key may lead to `items` (see `WalkNode::child`): every member.
                for (k, c) in v.members() {
                    if let Some(next) = node.child(k) {
                        path.0.push(Step::Key(k));
                        self.walk_node(c, next, want, path, visit);
                        path.0.pop();
                    }
                }
                return;
            }
            for (k, next, reach) in &node.reaching {
                if reach & want == 0 {
                    continue;
                }
                if let Some((k, c)) = v.member(k) {
                    path.0.push(Step::Key(k));
                    self.walk_node(c, *next, want, path, visit);
                    path.0.pop();
                }
            }
        } else {
            for (i, c) in v.items().enumerate() {
                if let Some(next) = node.item(i) {
                    path.0.push(Step::Index(i));
                    self.walk_node(c, next, want, path, visit);
                    path.0.pop();
                }
            }
        }
    }

    /// The facts [`Self::walk_strings`] gives the value at `path`, if every step has a node.
    pub fn facts_at(&self, path: &[Step<'_>]) -> Option<&NodeFacts> {
        let mut at = 0;
        self.walk.get(at)?;
        for step in path {
            let node = self.walk.get(at)?;
            at = match *step {
                Step::Key(k) => node.child(k)?,
                Step::Index(i) => node.item(i)?,
            };
        }
        self.walk.get(at).map(|n| &n.facts)
    }

    /// Walks the schema along an instance pointer: the last property (or items) node as written,
    /// and the node it resolves to.
    fn walk_instance(&self, pointer: &str) -> Option<(Option<&Value>, &Value)> {
        let mut file = generate::CASE;
        let mut node = self.docs.get(file)?;
        (file, node) = self.deref(file, node)?;
        let mut property = None;
        for raw in pointer.split('/').skip(1) {
            let seg = raw.replace("~1", "/").replace("~0", "~");
            let next = if let Some(p) = node.get("properties").and_then(|p| p.get(&seg)) {
                p
            } else if seg.parse::<usize>().is_ok() {
                node.get("items")?
            } else {
                return None;
            };
            property = Some(next);
            (file, node) = self.deref(file, next)?;
        }
        Some((property, node))
    }

    /// Follows `$ref` and picks the structured branch of `anyOf`/`oneOf` (schemars writes an
    /// optional struct as `anyOf: [{$ref}, {type: null}]`).
    pub fn deref<'a>(
        &'a self,
        mut file: &'a str,
        mut node: &'a Value,
    ) -> Option<(&'a str, &'a Value)> {
        for _ in 0..16 {
            if let Some(r) = node.get("$ref").and_then(Value::as_str) {
                let (f, frag) = match r.split_once('#') {
                    Some(("", frag)) => (file, frag),
                    Some((f, frag)) => (f, frag),
                    None => (r, ""),
                };
                let (name, doc) = self.docs.get_key_value(f)?;
                file = name.as_str();
                node = if frag.is_empty() {
                    doc
                } else {
                    doc.pointer(frag)?
                };
                continue;
            }
            let branch = ["anyOf", "oneOf"]
                .iter()
                .filter_map(|k| node.get(*k).and_then(Value::as_array))
                .flatten()
                .find(|b| b.get("$ref").is_some() || b.get("properties").is_some());
            match branch {
                Some(b) if node.get("properties").is_none() => node = b,
                _ => return Some((file, node)),
            }
        }
        None
    }
}

/// The choices of an enumeration written as a `oneOf` of string consts (none otherwise).
fn one_of_consts(node: Option<&Value>) -> Vec<String> {
    node.and_then(|n| n.get("oneOf"))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|b| b.get("const").and_then(Value::as_str).map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// A date written the US way, MM/DD/YYYY (or M/D/YYYY), as YYYY-MM-DD; a first number over 12
/// is read as the day (DD/MM/YYYY). `None` for anything else or a day the calendar lacks.
fn us_style_date(s: &str) -> Option<String> {
    let mut parts = s.trim().split(['/', '.', '-']);
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || a.len() > 2 || b.len() > 2 {
        return None;
    }
    let (a, b, y): (u32, u32, i32) = (a.parse().ok()?, b.parse().ok()?, y.parse().ok()?);
    let (month, day) = if a > 12 { (b, a) } else { (a, b) };
    chrono::NaiveDate::from_ymd_opt(y, month, day).map(|d| d.format("%Y-%m-%d").to_string())
}

/// The valid key nearest to a misspelt one, if it is near enough to be a likely typo.
pub fn closest(key: &str, valid: &[String]) -> Option<String> {
    // The distance is at least the difference in length: a candidate that cannot be within
    // reach is skipped before the distance (quadratic in the lengths) is computed, so a
    // 4,000-character unknown key copied into 1,600 entries no longer takes seconds (the
    // fuzzer's find).
    closest_by(key, valid, strsim::damerau_levenshtein)
}

/// [`closest`] with the distance given, so a test can count how many distances are computed
/// (the bound on work is asserted by that count, not by a clock).
fn closest_by(
    key: &str,
    valid: &[String],
    mut distance: impl FnMut(&str, &str) -> usize,
) -> Option<String> {
    let n = key.chars().count();
    valid
        .iter()
        .filter(|v| {
            let m = v.chars().count();
            n.abs_diff(m) <= 2.max(v.len() / 3)
        })
        .map(|v| (distance(key, v), v))
        .filter(|(d, v)| *d <= 2.max(v.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, v)| v.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A key far longer than any valid key is never compared: no distance is computed for it,
    /// however many valid keys there are (the fuzzer's 4,000-character key in 1,600 entries took
    /// seconds when each was compared). A near key is still compared and found.
    #[test]
    fn a_long_unknown_key_computes_no_distance() {
        let valid: Vec<String> = (0..200).map(|i| format!("field_name_{i}")).collect();
        let mut computed = 0usize;
        let long = "W".repeat(4_000);
        let found = closest_by(&long, &valid, |a, b| {
            computed += 1;
            strsim::damerau_levenshtein(a, b)
        });
        assert_eq!((found, computed), (None, 0));
        let mut computed = 0usize;
        let found = closest_by("field_nam_7", &valid, |a, b| {
            computed += 1;
            strsim::damerau_levenshtein(a, b)
        });
        assert_eq!(found.as_deref(), Some("field_name_7"));
        assert!(computed > 0 && computed <= valid.len(), "{computed}");
    }

    #[test]
    fn us_style_dates_are_rewritten() {
        assert_eq!(us_style_date("11/02/1978").as_deref(), Some("1978-11-02"));
        assert_eq!(us_style_date("1/2/1978").as_deref(), Some("1978-01-02"));
        // A first number over 12 can only be the day.
        assert_eq!(us_style_date("25/12/2001").as_deref(), Some("2001-12-25"));
        for not in [
            "02/30/1978",
            "1978-11-02",
            "11/02/78",
            "tomorrow",
            "1/2/3/1978",
        ] {
            assert_eq!(us_style_date(not), None, "{not}");
        }
    }

    /// The yes/no check runs the inlined schema, the described errors the original one: on
    /// every fixture and on generated cases, a third of them broken on purpose, both agree.
    #[test]
    fn inlined_schema_judges_as_the_original() {
        let set = SchemaSet::load().expect("schemas");
        let mut texts: Vec<String> = crate::test_fixtures::valid()
            .into_iter()
            .chain(crate::test_fixtures::invalid_texts())
            .map(|(_, t)| t)
            .collect();
        let generated = crate::start::generate::cases(crate::start::generate::Options {
            count: 60,
            seed: 11,
            broken_percent: 34,
            compact: false,
        })
        .expect("generator");
        texts.extend(
            generated
                .filter_map(Result::ok)
                .map(|g| String::from_utf8(g.bytes).expect("generated text")),
        );
        let (mut judged, mut invalid) = (0, 0);
        for text in &texts {
            let Ok(doc) = crate::load::reader::parse(text.as_bytes()) else {
                continue;
            };
            let inlined = set.doc_validator.is_valid(doc.root());
            let original = set
                .value_validator()
                .expect("compiles")
                .is_valid(&doc.to_value());
            assert_eq!(inlined, original, "{text}");
            judged += 1;
            invalid += usize::from(!original);
        }
        assert!(
            judged > 60 && invalid >= 10,
            "{judged} judged, {invalid} invalid"
        );
    }

    #[test]
    fn instance_path_is_its_pointer() {
        let paths = [
            vec![],
            vec![Step::Key("people"), Step::Index(0), Step::Key("id")],
            vec![Step::Key("a/b~"), Step::Index(10)],
            vec![Step::Key("")],
        ];
        let pointers = [
            "",
            "/",
            "/people/0/id",
            "/people/00/id",
            "/people/0",
            "/people/0/id/x",
            "people/0/id",
            "/a~1b~0/10",
            "/a/b~/10",
            "/a~1b~0/+10",
            "/a~1b~0/1",
        ];
        for steps in paths {
            let path = InstancePath(steps);
            for p in pointers {
                assert_eq!(path.is(p), path.pointer() == p, "{:?} {p}", path.0);
            }
        }
    }
}
