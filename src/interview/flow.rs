//! The interview's flow as data: the question files (`form-templates/<form>/<edition>/
//! questions.toml`, format in form-templates/README.md), the paths they name in the case file,
//! and the next screen, computed from the case file alone each time ("a checklist, not a
//! flowchart"): the first screen that applies and is not answered yet. Resume and editing from the
//! review need no state of their own.
//!
//! The case is handled as JSON (`serde_json::Value`), not the typed model: a case being
//! answered is incomplete, and the typed model only reads complete ones.

use crate::forms::{templates, Form};
use serde::Deserialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

use super::error::{PointerProblem, QuestionProblem as Q, QuestionsError, WriteError};

/// The question files built into the binary: (name, TOML text), in the order of the
/// interview. Each form's comes from its newest edition, embedded with that edition's other
/// files (build.rs, [`templates::questions_text`]), so a new edition folder brings its own
/// questions; the case's own file (evidence) comes last. A new form's texts go in
/// `locales/<lang>/<form>.ftl`, listed in `i18n.rs`.
pub fn question_files() -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = Form::ALL
        .into_iter()
        .map(|form| match templates::newest(form) {
            Some(edition) => (
                format!(
                    "form-templates/{}/{}/questions.toml",
                    form.file_stem(),
                    edition.folder()
                ),
                templates::questions_text(form, edition),
            ),
            // Said when the files are parsed, not skipped: the form would go unasked.
            None => (
                format!("form-templates/{}/ has no edition", form.file_stem()),
                "",
            ),
        })
        .collect();
    out.push((
        "form-templates/interview/evidence.toml".to_string(),
        include_str!("../../form-templates/interview/evidence.toml"),
    ));
    out
}

/// One question file: the screens of one form (or of the case as a whole).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionFile {
    /// The text-key prefix and the Fluent file's name (`i589` → `locales/<lang>/i589.ftl`).
    pub form: String,
    /// The JSON pointer of the form's instance in the case (e.g. `/forms/i589`); the screens
    /// apply only when it exists. Empty: the screens apply to every case.
    #[serde(default)]
    pub instance: String,
    /// People the paths name as `{slot}`.
    #[serde(default)]
    pub people: BTreeMap<String, PersonSlot>,
    /// A form filed once per person (the I-730: one petition per relative) has a list of
    /// instances, named `instance = "/forms/i730/*"`: the file is asked once per item, `*`
    /// standing for the item's index everywhere in the file. Item k (k > 0) is asked after the
    /// last one while this condition holds with `*` = k (e.g. `/forms/i730/0/form_total > *`).
    #[serde(default)]
    pub repeat_while: Option<String>,
    /// What a new item of a repeated form starts with (e.g. `{ petitioner = "applicant" }`),
    /// set the first time one of its answers is saved.
    #[serde(default)]
    pub new_instance: Option<Value>,
    /// The slot of the person a repeated form's item is for (the I-485's `applicant`): the
    /// label above each of its screens names them (`<form>-item-named`, with `$name`), so that
    /// a parent answering for a child sees whose application it is.
    #[serde(default)]
    pub item_person: Option<String>,
    /// The item of a repeated form this copy of the file asks (see [`load_all`]).
    #[serde(skip)]
    pub item: Option<usize>,
    #[serde(rename = "screen")]
    pub screens: Vec<Screen>,
    /// What the form's field map reads that no screen asks, with the reason (the coverage test,
    /// tests/interview_coverage.rs, holds each file to it): dotted field-map paths
    /// (`applicant.father`, `spouse`), each covering everything below it.
    #[serde(default)]
    pub not_asked: BTreeMap<String, String>,
}

/// How many items of a repeated form (`instance = "/forms/<form>/*"`) the interview can ask.
pub const MAX_ITEMS: usize = 8;

/// A person the screens refer to: found by the id stored at `link`, else by `id`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonSlot {
    pub id: String,
    pub link: String,
    /// The person of another slot, while nothing is stored at `link` yet and the condition (if
    /// any) holds: one person the case reaches two ways, said so by the user's answers (the
    /// I-730 spouse petition's beneficiary is the petitioner's current spouse; the I-589 spouse
    /// is the applicant's current marriage's spouse). See docs/interview.md, "Each person once".
    #[serde(default)]
    pub same_as: Option<SameAs>,
    /// In a repeated form's items after the first (k > 0), while nothing is stored at `link`:
    /// the first of these people whose id is stored at this slot's link in no other item, and
    /// no one (not `id`) when every one is (the family's other I-485 applicants: the spouse and
    /// children whom the first I-485 says apply too; with `repeat_while = "{slot}"`, an item is
    /// asked for each of them). The person is linked when the item is started.
    #[serde(default)]
    pub one_of: Vec<Candidate>,
    /// In a repeated form's items after the first: the id a new person gets instead of `id`
    /// (`*` = the item), so that a later applicant's mother is not the first applicant's. A
    /// person the case has already (the child's mother, the first applicant) is joined when
    /// the screen's answers name them (see [`QuestionFile::join_same_person`]).
    #[serde(default)]
    pub later_id: Option<String>,
}

/// See [`PersonSlot::same_as`].
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SameAs {
    pub slot: String,
    #[serde(default, rename = "if")]
    pub when: Option<String>,
}

/// See [`PersonSlot::one_of`]: the person whose id is stored `at` a path (while `if` holds),
/// or each person named by the items of a `list` (the id at the item's `key`, "" for the item
/// itself) for which `if`, about the item, holds.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Candidate {
    #[serde(default)]
    pub at: Option<String>,
    #[serde(default)]
    pub list: Option<String>,
    #[serde(default)]
    pub key: String,
    #[serde(default, rename = "if")]
    pub when: Option<String>,
}

/// One screen: one question or a small group, or one repeating list.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Screen {
    pub id: String,
    /// The form's Part, for the review's grouping ("A.I", "B").
    #[serde(default)]
    pub part: String,
    /// A condition (see [`condition`]); the screen is skipped while it is false.
    #[serde(default)]
    pub show_if: Option<String>,
    /// A repeating list: the array the items go into; the fields' paths are relative to an item.
    #[serde(default)]
    pub list: Option<String>,
    /// People this screen links when it is saved: each slot's `link` is written (and the person
    /// added if new), e.g. the petitioner's marriage to the relative petitioned for.
    #[serde(default)]
    pub links: Vec<String>,
    /// A list of people (children, siblings, marriages): each item added is a new person of the
    /// case, linked from the item by id. Fields whose path starts with `{person}/` are the
    /// person's; the others are the item's.
    #[serde(default)]
    pub person: Option<ListPerson>,
    /// A link chosen by an answer: the field (a radio) whose chosen option is the key, inside the
    /// object at the field's path, that gets the slot's person's id (the I-730 stepchild's
    /// `mother` or `father` is the petitioner's spouse).
    #[serde(default)]
    pub link_choice: Option<LinkChoice>,
    /// A list screen that never waits for an answer: offered once on the way forward, like a
    /// screen of optional questions (a list that an earlier screen may have started, e.g. the
    /// marriages, whose first item is the current marriage: "none" cannot be told from "not
    /// asked yet" there).
    #[serde(default)]
    pub optional: bool,
    /// A list screen about some of the list's items only (a condition about one item, e.g.
    /// `ended`: the earlier marriages of a list whose first item is the current one). The other
    /// items are neither shown nor changed by it.
    #[serde(default)]
    pub item_if: Option<String>,
    /// The marriage this screen asks, seen from the other spouse's side too (see [`Mirror`]).
    #[serde(default)]
    pub mirror: Option<Mirror>,
    pub fields: Vec<Field>,
}

/// One marriage, written onto both spouses (`mirror = { marriage = "{petitioner}/marriages/0",
/// onto = "beneficiary" }`): the I-730 asks the petitioner's marriage to the spouse petitioned
/// for (Part 1 items 12-14), and the relative's current marriage (Part 2 items 12-14) is that
/// same marriage. While the marriage at `marriage` has not ended and its `spouse` is the `onto`
/// slot's person, that person's marriages hold it too (src/interview/mirror.rs), so it is never
/// asked twice and the case file stays the one source the forms read.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mirror {
    /// The marriage the screen's fields ask (`{petitioner}/marriages/0`).
    pub marriage: String,
    /// The slot of the other spouse.
    pub onto: String,
}

/// See [`Screen::link_choice`].
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkChoice {
    /// The radio field's name.
    pub field: String,
    /// The person linked.
    pub slot: String,
}

/// The person each item of a list of people stands for.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListPerson {
    /// The item's key that holds the person's id (`person` in `{person: "child-1", include}`);
    /// empty when the item is the id itself (`siblings: ["sibling-1"]`).
    pub link: String,
    /// The new person's id: `#` is the smallest number from 1 that no person has yet
    /// (`child-#` → `child-1`); without `#`, the id itself while it is free, then `id-2`, ….
    pub id: String,
}

/// The prefix of a list field's path that names the item's person.
pub const PERSON: &str = "{person}/";

/// A list field's path that is the item itself: a list of plain texts or dates (other
/// languages, other A-Numbers), asked by a list screen with this one field.
pub const ITEM: &str = ".";

impl Screen {
    /// A list of plain values (its only field's path is [`ITEM`]).
    pub fn plain(&self) -> bool {
        self.list.is_some() && self.fields.len() == 1 && self.fields[0].path == ITEM
    }

    /// A list item as the case stores it, from its view (see [`QuestionFile::item_view`]): a
    /// plain list's value itself.
    pub fn item_from_view(&self, view: Value) -> Value {
        match view {
            Value::Object(mut m) if self.plain() => m.remove(ITEM).unwrap_or(Value::Null),
            v => v,
        }
    }

    /// Whether a list item is one this screen is about (see [`Screen::item_if`]).
    pub fn item_applies(&self, item: &Value) -> bool {
        self.item_if
            .as_deref()
            .is_none_or(|c| condition(c, |p| item.pointer(&format!("/{p}")).cloned()))
    }

    /// A screen whose questions are all optional (not a list), or a list screen marked
    /// `optional`: it never waits for an answer. A field required only together with others
    /// on the same screen (its `required_if` names only this screen's own fields, e.g. a
    /// document's number with its country) is optional too: the whole group may be left blank,
    /// as the I-485's item 10 asks the document only "if you last entered the United States
    /// using a passport or travel document".
    pub fn optional_only(&self) -> bool {
        if self.list.is_some() {
            return self.optional;
        }
        self.fields.iter().all(|f| {
            !f.required
                && (f.required_if.is_none() || self.required_together(f))
                && (f.widget != Widget::Checkbox || f.omit_false)
        })
    }

    /// Whether the field's `required_if` names only fields of this screen (see
    /// [`Screen::optional_only`]): it is required once another answer of the group is given.
    pub fn required_together(&self, f: &Field) -> bool {
        f.required_if
            .as_deref()
            .is_some_and(|c| condition_paths(c).all(|p| self.fields.iter().any(|x| x.path == p)))
    }
}

/// One answer of a screen.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// The input's name and the last part of its text key (`<form>-<screen>-<name>`).
    pub name: String,
    /// JSON pointer of the value, with `{slot}` for a person; relative to an item in a list.
    pub path: String,
    pub widget: Widget,
    #[serde(default)]
    pub required: bool,
    /// Required only while this condition holds (e.g. the explanation of a Yes).
    #[serde(default)]
    pub required_if: Option<String>,
    /// The values of a radio or select (each labelled by `option-<value>` or
    /// `<form>-<screen>-<name>-<value>`).
    #[serde(default)]
    pub options: Vec<String>,
    /// The form's Item number, for the review.
    #[serde(default)]
    pub item: Option<String>,
    /// The form wants this answer in English (the page says so, and marks it `lang="en"`).
    #[serde(default)]
    pub english: bool,
    /// Input width in characters, for short answers (state, ZIP, A-Number, number).
    #[serde(default)]
    pub width: Option<u8>,
    /// An identifier (A-Number, SSN): no autocomplete, shown masked in the review.
    #[serde(default)]
    pub private: bool,
    /// Narratives: where the applicant's own-language text goes (`{language, text}`).
    #[serde(default)]
    pub original: Option<String>,
    /// Checkboxes: an unchecked box leaves the value out instead of writing false (for facts
    /// the case file states only when true, like `deceased`).
    #[serde(default)]
    pub omit_false: bool,
    /// (yesno) A question whose answer is whether something is in the case at `path` (an
    /// object, e.g. a mailing address that differs from the residence): Yes keeps it (an empty
    /// object until a later screen, `show_if = "PATH"`, fills it in), No removes it. No is the
    /// same as nothing, so such a question is never required: its screen is offered once.
    #[serde(default)]
    pub presence: bool,
    /// A list item's answer the law decides while a condition on the item holds (the I-589
    /// includes only a child in the United States): the question is then not asked (hidden on
    /// the page, not required), the value is written, and the review shows why.
    #[serde(default)]
    pub implied: Option<Implied>,
}

/// See [`Field::implied`].
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Implied {
    /// A condition on the list item (`PATH == VALUE`, the path one of the screen's fields).
    #[serde(rename = "if")]
    pub when: String,
    /// The value the law implies.
    pub value: Value,
    /// The text key of the reason, shown on the page and the review in the user's language.
    pub reason: String,
}

impl Implied {
    /// Whether the condition holds for this list item (or item view).
    pub fn holds(&self, item: &Value) -> bool {
        condition(&self.when, |p| item.pointer(&format!("/{p}")).cloned())
    }

    /// The answer the condition reads (`PATH == VALUE`): (path, value as posted), for the page's
    /// control that hides the implied question.
    pub fn trigger(&self) -> Option<(&str, &str)> {
        let (p, v) = self.when.split_once("==")?;
        Some((p.trim(), v.trim()))
    }
}

/// The control a field is answered with; every one is a native HTML control.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Widget {
    Text,
    Textarea,
    /// A textarea for the English text the form prints, and (outside English) one for the
    /// applicant's own words, kept in `original`.
    Narrative,
    /// Two radio buttons, Yes and No; stored as true / false.
    Yesno,
    Radio,
    Select,
    /// Day, month and year as three inputs; stored as YYYY-MM-DD.
    Date,
    /// One box; stored as true / false (false when left unchecked).
    Checkbox,
    /// A whole number (0 or more), stored as a JSON number.
    Number,
    /// One box per option (needs `options`); stored as the list of the options checked.
    Choices,
}

/// Every built-in question file, parsed; a repeated form's file (`instance` ending in `/*`)
/// once per item, [`MAX_ITEMS`] copies, each with `*` replaced by its index.
pub fn load_all() -> Result<Vec<QuestionFile>, QuestionsError> {
    let mut out = Vec::new();
    for (name, text) in question_files() {
        let file = parse(text).map_err(|problem| QuestionsError {
            file: name.clone(),
            problem,
        })?;
        if file.instance.ends_with("/*") {
            out.extend((0..MAX_ITEMS).map(|k| file.for_item(k)));
        } else {
            out.push(file);
        }
    }
    Ok(out)
}

/// Parses and checks one question file.
pub fn parse(text: &str) -> Result<QuestionFile, Q> {
    let file: QuestionFile = toml::from_str(text).map_err(Q::Toml)?;
    for (name, slot) in &file.people {
        if let Some(same) = slot
            .same_as
            .as_ref()
            .filter(|x| !file.people.contains_key(&x.slot))
        {
            return Err(Q::SameAs {
                slot: name.clone(),
                same_as: same.slot.clone(),
            });
        }
    }
    let repeated = file.instance.ends_with("/*");
    for (name, slot) in &file.people {
        let bad_candidate = slot.one_of.iter().any(|c| {
            c.at.is_some() == c.list.is_some()
                || [&c.at, &c.list]
                    .into_iter()
                    .flatten()
                    .flat_map(|p| slots_in(p))
                    .any(|s| !file.people.contains_key(s))
        });
        let for_repeated = !slot.one_of.is_empty() || slot.later_id.is_some();
        if bad_candidate || (for_repeated && !repeated) {
            return Err(Q::OneOf(name.clone()));
        }
    }
    if let Some(p) = file
        .item_person
        .as_ref()
        .filter(|p| !file.people.contains_key(*p))
    {
        return Err(Q::OneOf(p.clone()));
    }
    let mut seen = std::collections::HashSet::new();
    for s in &file.screens {
        if !seen.insert(s.id.as_str()) {
            return Err(Q::ScreenTwice(s.id.clone()));
        }
        if let Some(l) = s.links.iter().find(|l| !file.people.contains_key(*l)) {
            return Err(Q::Links {
                screen: s.id.clone(),
                slot: l.clone(),
            });
        }
        if let Some(lc) = &s.link_choice {
            let radio = s
                .fields
                .iter()
                .any(|f| f.name == lc.field && f.widget == Widget::Radio);
            if !radio || !file.people.contains_key(&lc.slot) {
                return Err(Q::LinkChoice {
                    screen: s.id.clone(),
                    field: lc.field.clone(),
                });
            }
        }
        if (s.optional || s.item_if.is_some()) && s.list.is_none() {
            return Err(Q::ListOnly(s.id.clone()));
        }
        if let Some(f) = s
            .fields
            .iter()
            .find(|f| f.presence && (f.widget != Widget::Yesno || f.required || s.list.is_some()))
        {
            return Err(Q::Presence {
                screen: s.id.clone(),
                field: f.name.clone(),
            });
        }
        if s.person.is_some() && s.list.is_none() {
            return Err(Q::PersonNotList(s.id.clone()));
        }
        if let Some(m) = &s.mirror {
            let of_person = m.marriage.starts_with('{') && slots_in(&m.marriage).len() == 1;
            let slots_known = slots_in(&m.marriage)
                .into_iter()
                .chain([m.onto.as_str()])
                .all(|slot| file.people.contains_key(slot));
            if s.list.is_some() || !of_person || !slots_known {
                return Err(Q::Mirror(s.id.clone()));
            }
        }
        if s.fields.iter().any(|f| f.path == ITEM) && (s.list.is_none() || s.fields.len() != 1) {
            return Err(Q::ItemPath(s.id.clone()));
        }
        let mut names = std::collections::HashSet::new();
        for f in &s.fields {
            if let Some(imp) = &f.implied {
                let of_screen = imp
                    .trigger()
                    .is_some_and(|(p, _)| s.fields.iter().any(|x| x.path == p));
                if s.list.is_none() || !of_screen || imp.when.contains(" or ") {
                    return Err(Q::Implied {
                        screen: s.id.clone(),
                        field: f.name.clone(),
                    });
                }
            }
            if !names.insert(f.name.as_str()) {
                return Err(Q::FieldTwice {
                    screen: s.id.clone(),
                    field: f.name.clone(),
                });
            }
            let needs_options =
                matches!(f.widget, Widget::Radio | Widget::Select | Widget::Choices);
            if needs_options == f.options.is_empty() {
                return Err(Q::Options {
                    screen: s.id.clone(),
                    field: f.name.clone(),
                });
            }
            let of_person = s.person.is_some() && f.path.starts_with(PERSON);
            if s.person.as_ref().is_some_and(|p| p.link.is_empty()) && !of_person {
                return Err(Q::NotOfPerson {
                    screen: s.id.clone(),
                    field: f.name.clone(),
                });
            }
            let absolute = !of_person && (f.path.starts_with('/') || f.path.starts_with('{'));
            if s.list.is_some() == absolute || f.path.contains("//") {
                return Err(Q::Path {
                    screen: s.id.clone(),
                    field: f.name.clone(),
                    path: f.path.clone(),
                });
            }
            for p in [Some(&f.path), f.original.as_ref(), s.list.as_ref()]
                .into_iter()
                .flatten()
            {
                for slot in slots_in(p) {
                    let known = file.people.contains_key(slot) || (of_person && slot == "person");
                    if !known {
                        return Err(Q::Slot {
                            screen: s.id.clone(),
                            slot: slot.to_string(),
                        });
                    }
                }
            }
        }
    }
    Ok(file)
}

/// The slots a path names (`{applicant}/name` → `applicant`).
pub fn slots_in(path: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        out.push(&rest[open + 1..open + close]);
        rest = &rest[open + close + 1..];
    }
    out
}

/// A path with its people found: a JSON pointer, or the person it needs that is not in the case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    At(String),
    /// The slot's person is not in the case yet.
    NoPerson(String),
}

impl QuestionFile {
    /// The copy of a repeated form's file that asks item `k`: `*` replaced by `k` in every path,
    /// condition and person id.
    pub fn for_item(&self, k: usize) -> QuestionFile {
        let n = k.to_string();
        let r = |s: &str| s.replace('*', &n);
        let ro = |s: &Option<String>| s.as_deref().map(r);
        let mut f = self.clone();
        f.item = Some(k);
        f.instance = r(&self.instance);
        f.repeat_while = ro(&self.repeat_while);
        for p in f.people.values_mut() {
            p.id = r(&p.id);
            p.link = r(&p.link);
            if let Some(same) = &mut p.same_as {
                same.when = ro(&same.when);
            }
            p.later_id = ro(&p.later_id);
            for c in &mut p.one_of {
                c.at = ro(&c.at);
                c.list = ro(&c.list);
            }
        }
        for s in &mut f.screens {
            s.show_if = ro(&s.show_if);
            s.list = ro(&s.list);
            s.item_if = ro(&s.item_if);
            if let Some(m) = &mut s.mirror {
                m.marriage = r(&m.marriage);
            }
            for fl in &mut s.fields {
                fl.path = r(&fl.path);
                fl.required_if = ro(&fl.required_if);
                fl.original = ro(&fl.original);
            }
        }
        f
    }

    /// The file's name in URLs and `data-screen`: the form, and for a repeated form the item
    /// (`i730-2` for the second petition).
    pub fn url_name(&self) -> String {
        match self.item {
            Some(k) => format!("{}-{}", self.form, k + 1),
            None => self.form.clone(),
        }
    }

    /// The id a slot's person gets while nothing is stored at its link: the `same_as` slot's
    /// person's when that applies, else the slot's own `id`.
    fn default_id(&self, def: &PersonSlot, case: &Value, depth: u8) -> String {
        if depth > 8 {
            return def.id.clone();
        }
        let later = self.item.is_some_and(|k| k > 0);
        if later && !def.one_of.is_empty() {
            return self.free_candidate(def, case, depth).unwrap_or_default();
        }
        if let Some(id) = def.later_id.as_ref().filter(|_| later) {
            return id.clone();
        }
        def.same_as
            .as_ref()
            .filter(|same| {
                same.when.as_deref().is_none_or(|c| {
                    condition(c, |path| match self.expand_in(path, case, depth + 1) {
                        Place::At(p) => case.pointer(&p).cloned(),
                        Place::NoPerson(_) => None,
                    })
                })
            })
            .and_then(|same| self.person_index(case, &same.slot, depth + 1))
            .and_then(|i| case.pointer(&format!("/people/{i}/id"))?.as_str())
            .map_or_else(|| def.id.clone(), str::to_string)
    }

    /// See [`PersonSlot::one_of`]: the first candidate that no other item of the list links at
    /// this slot's link.
    fn free_candidate(&self, def: &PersonSlot, case: &Value, depth: u8) -> Option<String> {
        let (list, _) = self.instance.rsplit_once('/')?;
        let key = def.link.strip_prefix(&format!("{}/", self.instance))?;
        let taken: Vec<&str> = case
            .pointer(list)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
            .filter(|(j, _)| Some(*j) != self.item)
            .filter_map(|(_, it)| it.pointer(&format!("/{key}"))?.as_str())
            .collect();
        let lookup = |path: &str| match self.expand_in(path, case, depth + 1) {
            Place::At(p) => case.pointer(&p).cloned(),
            Place::NoPerson(_) => None,
        };
        let mut ids: Vec<String> = Vec::new();
        for c in &def.one_of {
            if let Some(at) = &c.at {
                let ok = c.when.as_deref().is_none_or(|w| condition(w, lookup));
                if let Some(id) = lookup(at).filter(|_| ok) {
                    ids.extend(id.as_str().map(str::to_string));
                }
            }
            if let Some(items) = c.list.as_deref().and_then(lookup) {
                for it in items.as_array().into_iter().flatten() {
                    let ok = c
                        .when
                        .as_deref()
                        .is_none_or(|w| condition(w, |p| it.pointer(&format!("/{p}")).cloned()));
                    let id = if c.key.is_empty() {
                        Some(it)
                    } else {
                        it.get(&c.key)
                    };
                    if let Some(id) = id.and_then(Value::as_str).filter(|_| ok) {
                        ids.push(id.to_string());
                    }
                }
            }
        }
        ids.into_iter().find(|id| !taken.contains(&id.as_str()))
    }

    /// The given and family name of a slot's person, when both are in the case.
    pub fn person_name(&self, case: &Value, slot: &str) -> Option<String> {
        let i = self.person_index(case, slot, 0)?;
        let name = case.pointer(&format!("/people/{i}/name"))?;
        let part = |k: &str| {
            name.get(k)
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
        };
        Some(format!("{} {}", part("given")?, part("family")?))
    }

    /// `/people/N` of a slot's person, if they are in the case.
    pub fn person_index(&self, case: &Value, slot: &str, depth: u8) -> Option<usize> {
        let def = self.people.get(slot)?;
        let stored = match self.expand_in(&def.link, case, depth + 1) {
            Place::At(p) => case.pointer(&p).and_then(Value::as_str).map(str::to_string),
            Place::NoPerson(_) => None,
        };
        let id = stored.unwrap_or_else(|| self.default_id(def, case, depth));
        case.get("people")?
            .as_array()?
            .iter()
            .position(|p| p.get("id").and_then(Value::as_str) == Some(id.as_str()))
    }

    /// The JSON pointer a path names in this case.
    pub fn expand(&self, path: &str, case: &Value) -> Place {
        self.expand_in(path, case, 0)
    }

    fn expand_in(&self, path: &str, case: &Value, depth: u8) -> Place {
        if depth > 8 {
            return Place::NoPerson(String::new());
        }
        let mut out = String::new();
        let mut rest = path;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let Some(close) = rest[open..].find('}') else {
                break;
            };
            let slot = &rest[open + 1..open + close];
            match self.person_index(case, slot, depth) {
                Some(i) => out.push_str(&format!("/people/{i}")),
                None => return Place::NoPerson(slot.to_string()),
            }
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
        Place::At(out)
    }

    /// Adds the slot's person to the case (with only an id) and records the id at its link.
    pub fn add_person(&self, case: &mut Value, slot: &str) -> Result<(), WriteError> {
        let def = self
            .people
            .get(slot)
            .ok_or_else(|| WriteError::NoSlot(slot.to_string()))?;
        if let Place::NoPerson(other) = self.expand(&def.link, case) {
            self.add_person(case, &other)?;
        }
        let Place::At(link) = self.expand(&def.link, case) else {
            return Err(WriteError::CannotPlace(slot.to_string()));
        };
        let id = match case.pointer(&link).and_then(Value::as_str) {
            Some(existing) => existing.to_string(),
            None => {
                let id = self.default_id(def, case, 0);
                if id.is_empty() {
                    // A later item with no one left to choose (`one_of`): never a nameless person.
                    return Err(WriteError::CannotPlace(slot.to_string()));
                }
                set(case, &link, Value::String(id.clone()))?;
                id
            }
        };
        if self.person_index(case, slot, 0).is_none() {
            let mut person = Map::new();
            person.insert("id".into(), Value::String(id));
            let people = case
                .as_object_mut()
                .ok_or(WriteError::CaseNotAnObject)?
                .entry("people")
                .or_insert_with(|| Value::Array(Vec::new()));
            people
                .as_array_mut()
                .ok_or(WriteError::PeopleNotAList)?
                .push(Value::Object(person));
        }
        Ok(())
    }

    /// A slot's person who has just become someone the case already has (see [`same_person`]:
    /// the same family name, given name and date of birth, once all three are answered) is
    /// joined to them: the slot's link names the person the case had, the answers are written
    /// onto them, and the newer person goes. Only a person nothing else names yet (their id
    /// found once besides their own `id`, at the slot's link), so no other link is left behind:
    /// the I-730 child petitioned for, already the I-589's child (issue 18).
    pub fn join_same_person(&self, case: &mut Value, slot: &str) -> Result<(), WriteError> {
        let Some(i) = self.person_index(case, slot, 0) else {
            return Ok(());
        };
        let Some(def) = self.people.get(slot) else {
            return Ok(());
        };
        let Place::At(link) = self.expand(&def.link, case) else {
            return Ok(());
        };
        let Some(mut person) = case
            .pointer(&format!("/people/{i}"))
            .and_then(Value::as_object)
            .cloned()
        else {
            return Ok(());
        };
        let Some(id) = person
            .remove("id")
            .and_then(|v| v.as_str().map(str::to_string))
        else {
            return Ok(());
        };
        let mut uses = 0;
        count_string(case, &id, &mut uses);
        if uses != 2 || case.pointer(&link).and_then(Value::as_str) != Some(id.as_str()) {
            return Ok(());
        }
        let Some(other) = same_person(case, &person, &[id.as_str()]) else {
            return Ok(());
        };
        if let Some(people) = case.get_mut("people").and_then(Value::as_array_mut) {
            people.remove(i);
            if let Some(into) = people
                .iter_mut()
                .find(|p| p.get("id").and_then(Value::as_str) == Some(other.as_str()))
                .and_then(Value::as_object_mut)
            {
                merge_into(into, person);
            }
        }
        set(case, &link, Value::String(other))
    }

    /// The pointer of a path, adding the people it names first (and a new item of a repeated
    /// form, from `new_instance`).
    pub fn expand_for_write(&self, path: &str, case: &mut Value) -> Result<String, WriteError> {
        if let Some(new) = &self.new_instance {
            if case.pointer(&self.instance).is_none() {
                // A later item's people chosen from the family (`one_of`) are linked at once,
                // before the new item's own values could name someone else.
                // With no one left to choose, there is no such item to start.
                let mut chosen: Vec<(String, String)> = Vec::new();
                for (slot, def) in &self.people {
                    if def.one_of.is_empty() || self.item.is_none_or(|k| k == 0) {
                        continue;
                    }
                    let id = self.default_id(def, case, 0);
                    if id.is_empty() {
                        return Err(WriteError::CannotPlace(slot.clone()));
                    }
                    chosen.push((def.link.clone(), id));
                }
                set(case, &self.instance, new.clone())?;
                for (link, id) in chosen {
                    set(case, &link, Value::String(id))?;
                }
            }
        }
        // A person reached through another slot first (the spouse linked by the marriage before
        // being the petition's beneficiary) is in the case, but this slot's link is not: write it.
        for slot in slots_in(path) {
            let linked = self.people.get(slot).is_some_and(|def| {
                matches!(self.expand(&def.link, case), Place::At(p) if case.pointer(&p).is_some())
            });
            if !linked {
                self.add_person(case, slot)?;
            }
        }
        for _ in 0..4 {
            match self.expand(path, case) {
                Place::At(p) => return Ok(p),
                Place::NoPerson(slot) => self.add_person(case, &slot)?,
            }
        }
        Err(WriteError::CannotPlace(path.to_string()))
    }

    /// Whether the form's screens apply to this case at all. An item of a repeated form that
    /// is not in the case yet applies when it is the next one: the first (the list exists, even
    /// empty), or a later one while `repeat_while` holds.
    pub fn applies(&self, case: &Value) -> bool {
        if self.instance.is_empty() || case.pointer(&self.instance).is_some() {
            return true;
        }
        let Some(k) = self.item else {
            return false;
        };
        let len = self
            .instance
            .rsplit_once('/')
            .and_then(|(list, _)| case.pointer(list))
            .and_then(Value::as_array)
            .map(Vec::len);
        len == Some(k)
            && (k == 0
                || self
                    .repeat_while
                    .as_deref()
                    .is_some_and(|c| self.holds(c, case)))
    }

    /// A path as the field maps write it (`applicant.name.family`, `part_b.past_harm.answer`,
    /// `case.preparer.name`): people by the field-map path of their link, list indexes dropped,
    /// relative to the form instance (`case.` for the rest of the case). `None` for a path that
    /// is in no form.
    pub fn dotted(&self, path: &str) -> Option<String> {
        let mut out: Vec<String> = Vec::new();
        let mut rest = path;
        if let Some(open) = rest.strip_prefix('{') {
            let (slot, after) = open.split_once('}')?;
            let link = &self.people.get(slot)?.link;
            out.push(self.dotted(link)?);
            rest = after;
        } else if !self.instance.is_empty() && rest.starts_with(&format!("{}/", self.instance)) {
            rest = &rest[self.instance.len()..];
        } else {
            out.push("case".into());
        }
        out.extend(
            rest.split('/')
                .filter(|t| !t.is_empty() && t.parse::<usize>().is_err())
                .map(str::to_string),
        );
        Some(out.join("."))
    }

    /// Every dotted path the screens ask (a list's fields below the list's path).
    pub fn asked(&self) -> Vec<String> {
        let mut out = Vec::new();
        for s in &self.screens {
            let base = s.list.as_deref().and_then(|l| self.dotted(l));
            for f in &s.fields {
                let path = match (&s.person, f.path.strip_prefix(PERSON)) {
                    (Some(p), Some(rest)) if !p.link.is_empty() => format!("{}/{rest}", p.link),
                    (_, Some(rest)) => rest.to_string(),
                    _ => f.path.clone(),
                };
                let d = match &base {
                    Some(b) if path == ITEM => Some(b.clone()),
                    Some(b) => Some(format!(
                        "{b}.{}",
                        path.split('/')
                            .filter(|t| t.parse::<usize>().is_err())
                            .collect::<Vec<_>>()
                            .join(".")
                    )),
                    None => self.dotted(&f.path),
                };
                out.extend(d);
                if let Some(o) = &f.original {
                    out.extend(self.dotted(o));
                }
            }
        }
        out
    }

    /// Whether a condition holds in this case.
    pub fn holds(&self, cond: &str, case: &Value) -> bool {
        condition(cond, |path| match self.expand(path, case) {
            Place::At(p) => case.pointer(&p).cloned(),
            Place::NoPerson(_) => None,
        })
    }

    /// One item of a list screen as its fields read it: the item, and for a list of people the
    /// item's person under the key `{person}` (so `{person}/name/family` is a JSON pointer
    /// into it).
    pub fn item_view(&self, screen: &Screen, item: &Value, case: &Value) -> Value {
        if screen.plain() {
            let mut view = Map::new();
            view.insert(ITEM.into(), item.clone());
            return Value::Object(view);
        }
        let Some(lp) = &screen.person else {
            return item.clone();
        };
        let id = if lp.link.is_empty() {
            item.as_str()
        } else {
            item.get(&lp.link).and_then(Value::as_str)
        };
        let person = id
            .and_then(|id| person_by_id(case, id))
            .cloned()
            .unwrap_or_else(|| Value::Object(Map::new()));
        let mut view = match item {
            Value::Object(m) => m.clone(),
            _ => Map::new(),
        };
        view.insert("{person}".into(), person);
        Value::Object(view)
    }

    /// The items of a list screen's list that the screen is about (all, or those its
    /// `item_if` picks), each with its index in the list.
    pub fn list_items(&self, screen: &Screen, case: &Value) -> Vec<(usize, Value)> {
        let Some(Place::At(p)) = screen.list.as_deref().map(|l| self.expand(l, case)) else {
            return Vec::new();
        };
        case.pointer(&p)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .enumerate()
                    .filter(|(_, it)| screen.item_applies(it))
                    .map(|(i, it)| (i, it.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn screen(&self, id: &str) -> Option<&Screen> {
        self.screens.iter().find(|s| s.id == id)
    }

    /// Whether the screen is shown for this case.
    pub fn shown(&self, screen: &Screen, case: &Value) -> bool {
        self.applies(case)
            && screen
                .show_if
                .as_deref()
                .is_none_or(|c| self.holds(c, case))
    }

    /// Whether a field must be answered now.
    pub fn field_required(&self, field: &Field, case: &Value) -> bool {
        field.required
            || field
                .required_if
                .as_deref()
                .is_some_and(|c| self.holds(c, case))
    }

    /// A screen is answered when its list exists (even empty: "none"), or every required field
    /// has a value (or, with none required, any field has).
    pub fn answered(&self, screen: &Screen, case: &Value) -> bool {
        // Nothing on it is required: never waiting for an answer (it is shown on the way
        // forward, see `next_after`).
        if screen.optional_only() {
            return true;
        }
        if let Some(list) = &screen.list {
            return matches!(self.expand(list, case), Place::At(p) if case.pointer(&p).is_some());
        }
        let value_at = |f: &Field| self.has_answer(f, case);
        let required: Vec<&Field> = screen
            .fields
            .iter()
            .filter(|f| self.field_required(f, case))
            .collect();
        if required.is_empty() {
            screen.fields.iter().any(value_at)
        } else {
            required.into_iter().all(value_at)
        }
    }

    /// The screen whose `link_choice` this field is, if any.
    pub fn link_choice_of(&self, f: &Field) -> Option<&LinkChoice> {
        self.screens.iter().find_map(|s| {
            s.link_choice
                .as_ref()
                .filter(|l| l.field == f.name && s.fields.iter().any(|x| std::ptr::eq(x, f)))
        })
    }

    /// A link-choice field's answer: the option (key) under the field's path that holds the
    /// slot's person's id.
    pub fn chosen_link(&self, f: &Field, lc: &LinkChoice, case: &Value) -> Option<String> {
        let i = self.person_index(case, &lc.slot, 0)?;
        let id = case.pointer(&format!("/people/{i}/id"))?.as_str()?;
        let Place::At(base) = self.expand(&f.path, case) else {
            return None;
        };
        f.options
            .iter()
            .find(|o| case.pointer(&format!("{base}/{o}")).and_then(Value::as_str) == Some(id))
            .cloned()
    }

    /// Whether a field has a value (a narrative written only in the applicant's language counts:
    /// the missing English is a finding of `validate`, which blocks the official forms).
    pub fn has_answer(&self, f: &Field, case: &Value) -> bool {
        if let Some(lc) = self.link_choice_of(f) {
            return self.chosen_link(f, lc, case).is_some();
        }
        let at = |path: &str| match self.expand(path, case) {
            Place::At(p) => case.pointer(&p).is_some_and(|v| !v.is_null()),
            Place::NoPerson(_) => false,
        };
        at(&f.path) || f.original.as_deref().is_some_and(at)
    }

    /// The first screen that applies and is not answered.
    pub fn next_unanswered(&self, case: &Value) -> Option<&Screen> {
        self.screens
            .iter()
            .find(|s| self.shown(s, case) && !self.answered(s, case))
    }
}

/// The person with this id, if any.
pub fn person_by_id<'a>(case: &'a Value, id: &str) -> Option<&'a Value> {
    case.get("people")?
        .as_array()?
        .iter()
        .find(|p| p.get("id").and_then(Value::as_str) == Some(id))
}

/// A new person's id from a list's pattern (see [`ListPerson::id`]): one no person has yet.
pub fn new_person_id(pattern: &str, case: &Value) -> String {
    let taken = |id: &str| person_by_id(case, id).is_some();
    if pattern.contains('#') {
        return (1..)
            .map(|n: usize| pattern.replace('#', &n.to_string()))
            .find(|id| !taken(id))
            .unwrap_or_default();
    }
    if !taken(pattern) {
        return pattern.to_string();
    }
    (2..)
        .map(|n: usize| format!("{pattern}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

/// The id of an item of a list of people (the item itself, or its `link` key).
fn item_person_id<'a>(lp: &ListPerson, item: &'a Value) -> Option<&'a str> {
    if lp.link.is_empty() {
        item.as_str()
    } else {
        item.get(&lp.link).and_then(Value::as_str)
    }
}

/// A name or date as compared for [`same_person`]: trimmed, spaces collapsed, lower case.
fn fold(v: Option<&Value>) -> Option<String> {
    let s = fold_text(v?.as_str()?);
    (!s.is_empty()).then_some(s)
}

/// A name as people are compared: without case or extra spaces.
pub fn fold_text(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// What makes two entries one person: family name, given name and date of birth, all three
/// given (see [`same_person`]).
pub fn person_key(p: &Map<String, Value>) -> Option<[String; 3]> {
    let name = p.get("name");
    Some([
        fold(name.and_then(|n| n.get("family")))?,
        fold(name.and_then(|n| n.get("given")))?,
        fold(p.get("date_of_birth"))?,
    ])
}

/// The one person of the case who is the person just answered in a list, if there is exactly
/// one: the same family name, given name and date of birth (all three given; a name alone is
/// never enough), and not already an item of this list (two items of one list are two people).
/// A family's people are entered once (issue 18): the I-589's child named again in the I-485's
/// children, the I-589's spouse in the I-485's marriages, an I-730 beneficiary in either.
pub fn same_person(case: &Value, person: &Map<String, Value>, taken: &[&str]) -> Option<String> {
    let key = person_key;
    let want = key(person)?;
    let mut found = case
        .get("people")?
        .as_array()?
        .iter()
        .filter_map(Value::as_object)
        .filter(|p| key(p).as_ref() == Some(&want))
        .filter_map(|p| p.get("id").and_then(Value::as_str))
        .filter(|id| !taken.contains(id));
    let id = found.next()?;
    // Two people alike in all three: no guessing which one.
    found.next().is_none().then(|| id.to_string())
}

/// Writes answers onto a person: objects key by key (what this screen did not ask, or left
/// empty, stays as it was), anything else replaced by the new answer.
fn merge_into(into: &mut Map<String, Value>, from: Map<String, Value>) {
    for (k, v) in from {
        match (into.get_mut(&k), v) {
            (Some(Value::Object(old)), Value::Object(new)) => merge_into(old, new),
            (_, v) => {
                into.insert(k, v);
            }
        }
    }
}

/// Adds a list-of-people item built as a view (see [`QuestionFile::item_view`]) to the case:
/// the person to `people` (under a new id, or, when the case already has them, see
/// [`same_person`], the answers written onto that person), the item (linking them) to the end
/// of the list at `list_ptr`.
pub fn add_person_item(
    lp: &ListPerson,
    view: Value,
    list_ptr: &str,
    case: &mut Value,
) -> Result<(), WriteError> {
    let Value::Object(mut item) = view else {
        return Err(WriteError::ItemNotAnObject);
    };
    let mut person = match item.remove("{person}") {
        Some(Value::Object(m)) => m,
        _ => Map::new(),
    };
    let taken: Vec<String> = case
        .pointer(list_ptr)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|i| item_person_id(lp, i))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
    let known = same_person(case, &person, &taken).and_then(|id| {
        let people = case.get_mut("people")?.as_array_mut()?;
        let p = people
            .iter_mut()
            .find(|p| p.get("id").and_then(Value::as_str) == Some(id.as_str()))?
            .as_object_mut()?;
        Some((id, p))
    });
    let id = match known {
        Some((id, existing)) => {
            person.remove("id");
            merge_into(existing, person);
            id
        }
        None => {
            let id = new_person_id(&lp.id, case);
            person.insert("id".into(), Value::String(id.clone()));
            let people_len = case
                .get("people")
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            set(
                case,
                &format!("/people/{people_len}"),
                Value::Object(person),
            )?;
            id
        }
    };
    let item = if lp.link.is_empty() {
        Value::String(id)
    } else {
        // The id first, as a case file written by hand has it.
        let mut m = Map::new();
        m.insert(lp.link.clone(), Value::String(id));
        m.extend(item);
        Value::Object(m)
    };
    let len = case
        .pointer(list_ptr)
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    set(case, &format!("{list_ptr}/{len}"), item)
}

/// Removes item `i` of a list of people, and its person when nothing else in the case names
/// them (another form may: an I-589 child can also be an I-730 beneficiary).
pub fn remove_person_item(lp: &ListPerson, list_ptr: &str, i: usize, case: &mut Value) {
    let id = case
        .pointer(&format!("{list_ptr}/{i}"))
        .and_then(|item| {
            if lp.link.is_empty() {
                item.as_str()
            } else {
                item.get(&lp.link).and_then(Value::as_str)
            }
        })
        .map(str::to_string);
    remove(case, &format!("{list_ptr}/{i}"));
    let Some(id) = id else { return };
    let mut uses = 0;
    count_string(case, &id, &mut uses);
    // The person's own `id` is one use; any other is a link from elsewhere.
    if uses <= 1 {
        if let Some(people) = case.get_mut("people").and_then(Value::as_array_mut) {
            people.retain(|p| p.get("id").and_then(Value::as_str) != Some(id.as_str()));
        }
    }
}

fn count_string(v: &Value, s: &str, n: &mut usize) {
    match v {
        Value::String(x) if x == s => *n += 1,
        Value::Array(a) => a.iter().for_each(|x| count_string(x, s, n)),
        Value::Object(m) => m.values().for_each(|x| count_string(x, s, n)),
        _ => {}
    }
}

/// Going forward from a screen just answered (its file named by `url_name`): the next screen in
/// order that applies and is unanswered, or has only optional questions and none answered (so
/// optional screens are offered once, on the way, and never hold up the interview).
pub fn next_after<'a>(
    files: &'a [QuestionFile],
    url_name: &str,
    screen: &str,
    case: &Value,
) -> Option<(usize, &'a Screen)> {
    let mut seen = false;
    for (i, f) in files.iter().enumerate() {
        for s in &f.screens {
            if !seen {
                // By the copy's URL name: the copies of a repeated form share their `form`.
                seen = f.url_name() == url_name && s.id == screen;
                continue;
            }
            if !f.shown(s, case) {
                continue;
            }
            let untouched = s.optional_only()
                && match &s.list {
                    Some(_) => f.list_items(s, case).is_empty(),
                    None => !s.fields.iter().any(|x| f.has_answer(x, case)),
                };
            if untouched || !f.answered(s, case) {
                return Some((i, s));
            }
        }
    }
    None
}

/// The first unanswered screen over every question file: (file index, screen).
pub fn next_screen<'a>(files: &'a [QuestionFile], case: &Value) -> Option<(usize, &'a Screen)> {
    files
        .iter()
        .enumerate()
        .find_map(|(i, f)| f.next_unanswered(case).map(|s| (i, s)))
}

/// The paths a condition (see [`condition`]) reads.
pub fn condition_paths(cond: &str) -> impl Iterator<Item = &str> {
    cond.split(" or ")
        .flat_map(|alt| alt.split(" and "))
        .map(|part| {
            let part = part.trim();
            let end = [" > ", "!=", "=="]
                .iter()
                .filter_map(|op| part.find(op))
                .min()
                .unwrap_or(part.len());
            part[..end].trim()
        })
}

/// A condition: `PATH == VALUE`, `PATH != VALUE`, `PATH > NUMBER` or `PATH` (exists and is not
/// false, null, "" or []), joined by ` and `, alternatives by ` or ` (which binds looser). VALUE
/// is JSON (`true`, `3`, `"x"`) or a bare word (a string). A PATH `LIST[KEY]` is true when some
/// item of the list has KEY.
pub fn condition(cond: &str, lookup: impl Fn(&str) -> Option<Value>) -> bool {
    cond.split(" or ").any(|alt| all_of(alt, &lookup))
}

fn all_of(cond: &str, lookup: &impl Fn(&str) -> Option<Value>) -> bool {
    // `LIST[KEY]`: whether some item of the list has KEY (`{petitioner}/marriages[ended]`: a
    // marriage that ended).
    let lookup = |path: &str| -> Option<Value> {
        match path.strip_suffix(']').and_then(|p| p.rsplit_once('[')) {
            Some((list, key)) => Some(Value::Bool(
                lookup(list)?
                    .as_array()?
                    .iter()
                    .any(|it| it.get(key).is_some_and(|v| !v.is_null())),
            )),
            None => lookup(path),
        }
    };
    cond.split(" and ").all(|part| {
        let part = part.trim();
        if let Some((p, v)) = part.split_once(" > ") {
            let have = lookup(p.trim()).and_then(|x| x.as_f64());
            return matches!((have, v.trim().parse::<f64>()), (Some(a), Ok(b)) if a > b);
        }
        let (path, op, want) = if let Some((p, v)) = part.split_once("!=") {
            (p.trim(), false, Some(v.trim()))
        } else if let Some((p, v)) = part.split_once("==") {
            (p.trim(), true, Some(v.trim()))
        } else {
            (part, true, None)
        };
        let have = lookup(path);
        match want {
            None => match have {
                None | Some(Value::Null) | Some(Value::Bool(false)) => false,
                Some(Value::String(s)) => !s.is_empty(),
                Some(Value::Array(a)) => !a.is_empty(),
                Some(_) => true,
            },
            Some(w) => {
                let want: Value =
                    serde_json::from_str(w).unwrap_or_else(|_| Value::String(w.to_string()));
                (have.as_ref() == Some(&want)) == op
            }
        }
    })
}

fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// Sets the value at a JSON pointer, creating the objects and lists on the way (a number
/// segment makes a list; the index one past the end appends).
pub fn set(case: &mut Value, pointer: &str, value: Value) -> Result<(), WriteError> {
    let fail = |problem| WriteError::Pointer {
        pointer: pointer.to_string(),
        problem,
    };
    let tokens: Vec<String> = pointer.split('/').skip(1).map(unescape).collect();
    let Some((last, parents)) = tokens.split_last() else {
        *case = value;
        return Ok(());
    };
    let mut cur = case;
    for (i, t) in parents.iter().enumerate() {
        let next_is_index = tokens[i + 1].parse::<usize>().is_ok();
        let fresh = || {
            if next_is_index {
                Value::Array(Vec::new())
            } else {
                Value::Object(Map::new())
            }
        };
        cur = match cur {
            Value::Object(m) => m.entry(t.clone()).or_insert_with(fresh),
            Value::Array(a) => {
                let idx: usize = t.parse().map_err(|_| fail(PointerProblem::NotIndex))?;
                if idx == a.len() {
                    a.push(fresh());
                }
                a.get_mut(idx)
                    .ok_or_else(|| fail(PointerProblem::NoItem(idx)))?
            }
            _ => return Err(fail(PointerProblem::NotContainerOnWay)),
        };
        if cur.is_null() {
            *cur = fresh();
        }
    }
    match cur {
        Value::Object(m) => {
            m.insert(last.clone(), value);
            Ok(())
        }
        Value::Array(a) => {
            let idx: usize = last.parse().map_err(|_| fail(PointerProblem::NotIndex))?;
            if idx == a.len() {
                a.push(value);
            } else if let Some(slot) = a.get_mut(idx) {
                *slot = value;
            } else {
                return Err(fail(PointerProblem::NoItem(idx)));
            }
            Ok(())
        }
        _ => Err(fail(PointerProblem::NotContainer)),
    }
}

/// Removes the value at a JSON pointer, if any; an object left empty by it is removed too
/// (an address with nothing in it is no address), up to (not including) the form instances
/// and people.
pub fn remove(case: &mut Value, pointer: &str) {
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        return;
    };
    let last = unescape(last);
    let emptied = match case.pointer_mut(parent) {
        Some(Value::Object(m)) => {
            m.remove(&last);
            m.is_empty()
        }
        Some(Value::Array(a)) => {
            if let Ok(i) = last.parse::<usize>() {
                if i < a.len() {
                    a.remove(i);
                }
            }
            false
        }
        _ => false,
    };
    let depth = parent.matches('/').count();
    if emptied && depth > 2 {
        remove(case, parent);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn i589() -> QuestionFile {
        load_all().expect("question files").remove(0)
    }

    /// The I-485's later items: the spouse, then each child, that the first I-485 says apply
    /// too, each once; the applicant of an item stays theirs; nobody left, no item.
    #[test]
    fn a_later_i485_is_for_the_next_family_member_who_applies() {
        let files = load_all().expect("question files");
        let copy = |k: usize| {
            files
                .iter()
                .find(|f| f.form == "i485" && f.item == Some(k))
                .expect("copy")
        };
        let mut case = json!({
            "people": [{"id": "applicant", "marriages": [{"spouse": "spouse"}]},
                       {"id": "spouse"}, {"id": "child-1"}, {"id": "child-2"}],
            "forms": {"i485": [{"applicant": "applicant",
                "marital": {"spouse_applying": false},
                "children": [{"person": "child-1", "applying": true},
                             {"person": "child-2", "applying": false}]}]}
        });
        assert!(copy(1).applies(&case));
        assert!(!copy(2).applies(&case));
        assert_eq!(copy(1).person_index(&case, "applicant", 0), Some(2));
        // The spouse applying too comes first; the child then has the third.
        case["forms"]["i485"][0]["marital"]["spouse_applying"] = json!(true);
        assert_eq!(copy(1).person_index(&case, "applicant", 0), Some(1));
        let mut started = case.clone();
        copy(1)
            .expand_for_write("/forms/i485/1/category", &mut started)
            .expect("write");
        assert_eq!(started["forms"]["i485"][1]["applicant"], "spouse");
        assert!(copy(2).applies(&started));
        assert_eq!(copy(2).person_index(&started, "applicant", 0), Some(2));
        assert_eq!(copy(1).person_index(&started, "applicant", 0), Some(1));
        // A later applicant's mother is a new person, not the first applicant's.
        assert_eq!(copy(1).person_index(&started, "mother", 0), None);
        let p = copy(1)
            .expand_for_write("{mother}/name/family", &mut started)
            .expect("write");
        assert_eq!(p, "/people/4/name/family");
        assert_eq!(started["people"][1]["mother"], "mother-1");
        // Nobody left: the third item is not asked, and nothing can be written to it.
        let mut all = started.clone();
        all["forms"]["i485"][0]["children"][0]["applying"] = json!(false);
        assert!(!copy(2).applies(&all));
        assert!(copy(2)
            .expand_for_write("{applicant}/name/family", &mut all)
            .is_err());
    }

    #[test]
    fn one_of_is_for_a_repeated_form_with_known_slots() {
        let text = "form = \"x\"\ninstance = \"/forms/x\"\nscreen = []\n[people.a]\nid = \"a\"\nlink = \"/forms/x/a\"\none_of = [{ at = \"/forms/x/b\" }]\n";
        assert!(matches!(parse(text), Err(Q::OneOf(s)) if s == "a"));
        let text = text.replace("/forms/x\"\n", "/forms/x/*\"\n");
        assert!(parse(&text).is_ok(), "{text}");
        let unknown = text.replace("at = \"/forms/x/b\"", "at = \"{nobody}/b\"");
        assert!(matches!(parse(&unknown), Err(Q::OneOf(_))));
    }

    #[test]
    fn every_question_file_parses() {
        let files = load_all().expect("parse");
        assert!(files.iter().any(|f| f.form == "i589"));
    }

    /// Each form's screens are its newest edition's, read through the edition (not a path
    /// in code), in the order of the forms, and each file is that form's.
    #[test]
    fn each_form_is_asked_from_its_newest_edition() {
        let files = question_files();
        for (form, (name, text)) in Form::ALL.into_iter().zip(&files) {
            let edition = templates::newest(form).expect("an edition");
            assert_eq!(
                *name,
                format!(
                    "form-templates/{}/{}/questions.toml",
                    form.file_stem(),
                    edition.folder()
                )
            );
            assert_eq!(*text, templates::questions_text(form, edition));
            assert_eq!(parse(text).expect(name).form, form.key(), "{name}");
        }
        assert_eq!(
            files.len(),
            Form::ALL.len() + 1,
            "the forms, then the evidence"
        );
    }

    #[test]
    fn slots_resolve_by_the_stored_id_and_new_people_are_added_once() {
        let q = i589();
        let mut case =
            json!({"people": [{"id": "x"}, {"id": "me"}], "forms": {"i589": {"applicant": "me"}}});
        assert_eq!(
            q.expand("{applicant}/name/family", &case),
            Place::At("/people/1/name/family".into())
        );
        assert_eq!(
            q.expand("{mother}/name", &case),
            Place::NoPerson("mother".into())
        );
        let p = q
            .expand_for_write("{mother}/name/family", &mut case)
            .expect("write");
        assert_eq!(p, "/people/2/name/family");
        assert_eq!(case["people"][1]["mother"], json!("mother"));
        assert_eq!(case["people"][2]["id"], json!("mother"));
        let again = q
            .expand_for_write("{mother}/name/given", &mut case)
            .expect("write");
        assert_eq!(again, "/people/2/name/given");
        assert_eq!(case["people"].as_array().map(Vec::len), Some(3));
    }

    #[test]
    fn the_same_person_needs_both_names_and_the_birth_date_and_one_match() {
        let ana = |id: &str, born: &str| json!({"id": id, "name": {"family": "Lopez", "given": "Ana"}, "date_of_birth": born});
        let case = json!({"people": [ana("child-1", "2012-03-02"), ana("child-2", "2014-01-01")]});
        let typed = |v: Value| v.as_object().cloned().expect("object");
        let again = typed(
            json!({"name": {"family": " lopez ", "given": "ANA"}, "date_of_birth": "2012-03-02"}),
        );
        assert_eq!(same_person(&case, &again, &[]), Some("child-1".into()));
        // Already an item of this list: a second item is someone else.
        assert_eq!(same_person(&case, &again, &["child-1"]), None);
        // A name alone is not enough.
        let no_birth = typed(json!({"name": {"family": "Lopez", "given": "Ana"}}));
        assert_eq!(same_person(&case, &no_birth, &[]), None);
        // Two alike: no guessing.
        let twins = json!({"people": [ana("a", "2012-03-02"), ana("b", "2012-03-02")]});
        assert_eq!(same_person(&twins, &again, &[]), None);
    }

    #[test]
    fn set_creates_the_way_and_remove_cleans_it() {
        let mut v = json!({"people": [{"id": "a"}]});
        set(&mut v, "/people/0/us_entries/0/date", json!("2026-01-01")).expect("set");
        assert_eq!(v["people"][0]["us_entries"][0]["date"], json!("2026-01-01"));
        set(&mut v, "/people/0/residence/street", json!("1 Main")).expect("set");
        remove(&mut v, "/people/0/residence/street");
        assert!(v["people"][0].get("residence").is_none());
    }

    #[test]
    fn conditions() {
        let case = json!({"a": true, "b": "x", "c": []});
        let look = |p: &str| case.pointer(p).cloned();
        assert!(condition("/a == true", look));
        assert!(condition("/b == x and /a", look));
        assert!(!condition("/c", look));
        let m =
            json!({"m": [{"date": "2015-06-20"}, {"date": "2009-01-15", "ended": "2012-03-10"}]});
        let look_m = |p: &str| m.pointer(p).cloned();
        assert!(condition("/m[ended]", look_m));
        assert!(!condition("/m[ended_by]", look_m));
        assert!(!condition("/missing[ended]", look_m));
        assert!(condition("/b != y", look));
        assert!(!condition("/missing == true", look));
        assert!(condition("/missing == true or /a == true", look));
        assert!(!condition(
            "/missing == true or /a == false and /b == x",
            look
        ));
    }

    #[test]
    fn the_next_screen_is_the_first_unanswered_one_that_applies() {
        let q = i589();
        let mut case =
            json!({"people": [{"id": "applicant"}], "forms": {"i589": {"applicant": "applicant"}}});
        assert_eq!(
            q.next_unanswered(&case).map(|s| s.id.as_str()),
            Some("filing")
        );
        set(
            &mut case,
            "/forms/i589/filing",
            json!({"date": "2026-04-01", "status": "intended"}),
        )
        .expect("set");
        assert_eq!(
            q.next_unanswered(&case).map(|s| s.id.as_str()),
            Some("name")
        );
        // A Yes needs its explanation; organizations-now appears only after a Yes to 3.A.
        let orgs = q.screen("organizations").expect("screen");
        set(
            &mut case,
            "/forms/i589/part_b/organizations/answer",
            json!(true),
        )
        .expect("set");
        assert!(!q.answered(orgs, &case));
        let now = q.screen("organizations-now").expect("screen");
        assert!(q.shown(now, &case));
        set(
            &mut case,
            "/forms/i589/part_b/organizations/answer",
            json!(false),
        )
        .expect("set");
        assert!(q.answered(orgs, &case));
        assert!(!q.shown(now, &case));
        // An optional screen is offered on the way forward, then never waits.
        let all = load_all().expect("files");
        set(
            &mut case,
            "/people/0/residence",
            json!({"street": "1 Main", "city": "X", "state": "MD", "zip": "20910"}),
        )
        .expect("set");
        let after_contact = next_after(&all, "i589", "contact", &case).map(|(_, s)| s.id.as_str());
        assert_eq!(after_contact, Some("mailing"));
        let after_mailing = next_after(&all, "i589", "mailing", &case).map(|(_, s)| s.id.as_str());
        assert_eq!(after_mailing, Some("entry"));
        assert!(q.answered(q.screen("mailing").expect("mailing"), &case));
        // No I-589 in the case: none of its screens.
        let other = json!({"people": [], "forms": {}});
        assert!(q.next_unanswered(&other).is_none());
    }
}
