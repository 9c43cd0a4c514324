//! A parsed case file as one flat list of values borrowed from its text.
//!
//! Validation used to build a `serde_json::Value`: a hash map per object, a `String` per text
//! and key, all freed again, was most of the time a valid case took. Here every value is one
//! slot of a `Vec`, in document order (a value before its members), and a text without escapes
//! is a range of the file's text. Each slot keeps where its value starts, so the line and column
//! of a finding are a walk down the pointer, with no index built beside the document.
//!
//! The schema validator reads this document directly (`crate::schema::doc_json`), the typed
//! model is deserialised from it ([`de`]), and the rules read answers from it through [`Val`]. A
//! `serde_json::Value` is built only for the callers that keep the case ([`Doc::to_value`]).
//!
//! Imports only [`crate::load::pointer`]: the reader fills a document, the document never calls
//! the reader, and the schema stage reads it from above.

pub mod de;

use crate::load::pointer::LineCol;
use serde_json::{Map, Number, Value};
use std::borrow::Cow;
use std::collections::HashMap;

/// A text of the document: a range of the file's text (no escapes), or a decoded one.
///
/// Packed in one u64 (offset low, length high; a decoded text has the length `u32::MAX`, which
/// no range of a text that fits in u32 can have) because the reader returns one for every key
/// and text: an enum of three u32 was written as pieces and read back whole, and each such
/// read waited on the stores it overlapped (a quarter of the reader's time).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Str(u64);

/// What a [`Str`] stands for.
#[derive(Debug, Clone, Copy)]
pub(crate) enum StrAt {
    Text { at: u32, len: u32 },
    Owned(u32),
}

impl Str {
    pub(crate) const EMPTY: Str = Str(0);
    const OWNED: u32 = u32::MAX;

    #[inline(always)]
    pub(crate) fn text(at: u32, len: u32) -> Str {
        debug_assert!(len != Self::OWNED);
        Str(u64::from(at) | (u64::from(len) << 32))
    }

    pub(crate) fn owned(n: u32) -> Str {
        Str(u64::from(n) | (u64::from(Self::OWNED) << 32))
    }

    #[inline(always)]
    pub(crate) fn get(self) -> StrAt {
        let (low, high) = (self.0 as u32, (self.0 >> 32) as u32);
        if high == Self::OWNED {
            StrAt::Owned(low)
        } else {
            StrAt::Text { at: low, len: high }
        }
    }
}

/// The text `s` stands for, given the file's text and the decoded texts (for the reader while
/// it fills a document, and for the document).
pub(crate) fn resolve<'a>(text: &'a str, owned: &'a [Box<str>], s: Str) -> &'a str {
    match s.get() {
        StrAt::Text { at, len } => text
            .get(at as usize..at as usize + len as usize)
            .unwrap_or(""),
        StrAt::Owned(n) => owned.get(n as usize).map_or("", |s| s),
    }
}

#[derive(Debug, Clone)]
pub(crate) enum Kind {
    Null,
    Bool(bool),
    Number(Number),
    String(Str),
    Array,
    Object,
}

/// One value. Offsets and counts are `u32`: the reader refuses texts that do not fit.
#[derive(Debug, Clone)]
pub(crate) struct Slot {
    pub(crate) kind: Kind,
    /// The key of an object member; unused for the root and for array items.
    pub(crate) key: Str,
    /// The byte offset where the value starts.
    pub(crate) start: u32,
    /// The index of the first slot after this value's members: the next sibling, if any.
    pub(crate) end: u32,
    /// The number of members or items.
    pub(crate) len: u32,
}

/// A parsed JSON document. Slot 0 is the root.
#[derive(Debug)]
pub struct Doc<'t> {
    pub(crate) text: &'t str,
    pub(crate) slots: Vec<Slot>,
    /// Texts that had escapes, decoded.
    pub(crate) owned: Vec<Box<str>>,
    /// The item slots of every array longer than [`INDEXED_LEN`], listed on the first index
    /// into one: finding the nth item otherwise walks the n before it, and a rule or a finding
    /// per item of a long array made that quadratic (thousands of I-730 entries took seconds).
    pub(crate) long_arrays: std::sync::OnceLock<HashMap<u32, Box<[u32]>>>,
}

/// Arrays up to this long are walked; longer ones are indexed.
const INDEXED_LEN: u32 = 16;

/// One value of a [`Doc`]; cheap to copy.
#[derive(Clone, Copy)]
pub struct Val<'d> {
    pub(crate) doc: &'d Doc<'d>,
    pub(crate) i: u32,
}

impl std::fmt::Debug for Val<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.to_value())
    }
}

impl Doc<'_> {
    pub fn root(&self) -> Val<'_> {
        Val { doc: self, i: 0 }
    }

    pub(crate) fn str(&self, s: Str) -> &str {
        resolve(self.text, &self.owned, s)
    }

    /// The whole document as a `serde_json::Value`, objects in document order.
    pub fn to_value(&self) -> Value {
        self.root().to_value()
    }

    /// Where the value at `pointer` starts, or the nearest enclosing value that exists.
    pub fn position(&self, pointer: &str) -> Option<LineCol> {
        self.offset_of(pointer)
            .map(|off| crate::load::pointer::line_col(self.text, off))
    }

    /// [`Self::position`] of each pointer.
    pub fn positions(&self, pointers: &[&str]) -> Vec<Option<LineCol>> {
        let offsets: Vec<Option<usize>> = pointers.iter().map(|p| self.offset_of(p)).collect();
        crate::load::pointer::line_cols(self.text, &offsets)
    }

    /// Item `n` of the array in slot `array` (of length `len`).
    fn item(&self, array: u32, len: u32, n: usize) -> Option<Val<'_>> {
        if len <= INDEXED_LEN {
            return Val {
                doc: self,
                i: array,
            }
            .children()
            .nth(n);
        }
        let i = *self.item_slots(array).get(n)?;
        Some(Val { doc: self, i })
    }

    /// The slots of the items of the long array in slot `array`, ascending.
    fn item_slots(&self, array: u32) -> &[u32] {
        let index = self.long_arrays.get_or_init(|| {
            let mut index = HashMap::new();
            for (i, slot) in self.slots.iter().enumerate() {
                if matches!(slot.kind, Kind::Array) && slot.len > INDEXED_LEN {
                    let i = i as u32;
                    let items = Val { doc: self, i }.children().map(|c| c.i).collect();
                    index.insert(i, items);
                }
            }
            index
        });
        index.get(&array).map_or(&[], |items| items)
    }

    /// The offset where the value at `pointer` starts, or the deepest enclosing value that
    /// exists. Tokens match keys as pointers are built (escaped keys, plain decimal indexes).
    pub(crate) fn offset_of(&self, pointer: &str) -> Option<usize> {
        let mut v = self.root();
        if !pointer.is_empty() {
            for token in pointer.strip_prefix('/')?.split('/') {
                let child = match v.slot().kind {
                    Kind::Object => v
                        .members()
                        .find(|(k, _)| crate::load::pointer::token_eq(k, token))
                        .map(|(_, c)| c),
                    Kind::Array => crate::load::pointer::index_token(token)
                        .and_then(|n| self.item(v.i, v.slot().len, n)),
                    _ => None,
                };
                match child {
                    Some(c) => v = c,
                    None => break,
                }
            }
        }
        self.slots.get(v.i as usize).map(|s| s.start as usize)
    }

    /// The path from the root to the value in slot `target`: the slots are in document order,
    /// so each step is the member whose range holds it.
    pub(crate) fn path_to<'d>(&'d self, target: u32) -> Vec<crate::load::pointer::Step<'d>> {
        use crate::load::pointer::Step;
        let mut steps = Vec::new();
        let mut v = self.root();
        while v.i != target {
            let object = matches!(v.slot().kind, Kind::Object);
            if !object && v.slot().len > INDEXED_LEN {
                // A long array: its items' slots are ascending, so the item holding `target`
                // is the last that starts at or before it (no walk over the ones before).
                let items = self.item_slots(v.i);
                let n = items.partition_point(|&i| i <= target);
                match n.checked_sub(1).map(|n| {
                    (
                        n,
                        Val {
                            doc: self,
                            i: items[n],
                        },
                    )
                }) {
                    Some((n, c)) if target < c.slot().end => {
                        steps.push(Step::Index(n));
                        v = c;
                        continue;
                    }
                    _ => break,
                }
            }
            let mut next = None;
            for (n, c) in v.children().enumerate() {
                if c.i <= target && target < c.slot().end {
                    steps.push(if object {
                        Step::Key(self.str(c.slot().key))
                    } else {
                        Step::Index(n)
                    });
                    next = Some(c);
                    break;
                }
            }
            match next {
                Some(c) => v = c,
                None => break,
            }
        }
        steps
    }
}

impl<'d> Val<'d> {
    pub(crate) fn slot(&self) -> &'d Slot {
        // `i` always comes from the document itself.
        &self.doc.slots[self.i as usize]
    }

    /// The slot index: values that come later in the document have higher ones.
    pub fn index(&self) -> u32 {
        self.i
    }

    /// The slot index just after this value and everything in it.
    pub fn end(&self) -> u32 {
        self.slot().end
    }

    /// This value and every value in it, in document order.
    pub fn within(&self) -> impl Iterator<Item = Val<'d>> + 'd {
        let doc = self.doc;
        (self.i..self.end()).map(move |i| Val { doc, i })
    }

    /// The texts of `len` bytes in this value (itself included), in document order: the
    /// length is known from the slot, so other texts are not looked at.
    pub fn texts_of_len(&self, len: usize) -> impl Iterator<Item = (Val<'d>, &'d str)> + 'd {
        let doc = self.doc;
        let range = self.i as usize..self.end() as usize;
        let slots = doc.slots.get(range).unwrap_or_default();
        (self.i..).zip(slots).filter_map(move |(i, slot)| {
            let Kind::String(s) = slot.kind else {
                return None;
            };
            if let StrAt::Text { len: n, .. } = s.get() {
                if n as usize != len {
                    return None;
                }
            }
            let text = doc.str(s);
            (text.len() == len).then_some((Val { doc, i }, text))
        })
    }

    /// The path from the root of the document to this value.
    pub fn path(&self) -> crate::load::pointer::InstancePath<'d> {
        crate::load::pointer::InstancePath::new(self.doc.path_to(self.i))
    }

    /// The byte offset where the value starts.
    pub fn start(&self) -> usize {
        self.slot().start as usize
    }

    pub fn is_object(&self) -> bool {
        matches!(self.slot().kind, Kind::Object)
    }

    pub fn is_null(&self) -> bool {
        matches!(self.slot().kind, Kind::Null)
    }

    pub fn as_str(&self) -> Option<&'d str> {
        match self.slot().kind {
            Kind::String(s) => Some(self.doc.str(s)),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self.slot().kind {
            Kind::Bool(b) => Some(b),
            _ => None,
        }
    }

    pub fn as_number(&self) -> Option<&'d Number> {
        match &self.slot().kind {
            Kind::Number(n) => Some(n),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        self.as_number().and_then(Number::as_i64)
    }

    /// The number of members of an object or items of an array; 0 otherwise.
    pub fn len(&self) -> usize {
        self.slot().len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The members or items, in document order.
    pub(crate) fn children(&self) -> Children<'d> {
        let slot = self.slot();
        let left = match slot.kind {
            Kind::Object | Kind::Array => slot.len,
            _ => 0,
        };
        Children {
            doc: self.doc,
            next: self.i + 1,
            left,
        }
    }

    /// The items of an array, if this is one.
    pub fn as_array(&self) -> Option<Children<'d>> {
        matches!(self.slot().kind, Kind::Array).then(|| self.children())
    }

    /// The items of an array; nothing for other values.
    pub fn items(&self) -> Children<'d> {
        match self.slot().kind {
            Kind::Array => self.children(),
            _ => Children {
                doc: self.doc,
                next: 0,
                left: 0,
            },
        }
    }

    /// The members of an object, in document order; nothing for other values.
    pub fn members(&self) -> Members<'d> {
        Members(match self.slot().kind {
            Kind::Object => self.children(),
            _ => Children {
                doc: self.doc,
                next: 0,
                left: 0,
            },
        })
    }

    /// The member named `key` of an object.
    pub fn get(&self, key: &str) -> Option<Val<'d>> {
        if !self.is_object() {
            return None;
        }
        let doc = self.doc;
        self.children().find(|c| doc.key_is(c.i, key))
    }

    /// The member named `key` of an object, with the key as the document holds it.
    pub fn member(&self, key: &str) -> Option<(&'d str, Val<'d>)> {
        self.get(key).map(|v| (self.doc.str(v.slot().key), v))
    }

    /// The value at `pointer`, as `serde_json::Value::pointer` finds it.
    pub fn pointer(&self, pointer: &str) -> Option<Val<'d>> {
        if pointer.is_empty() {
            return Some(*self);
        }
        let rest = pointer.strip_prefix('/')?;
        rest.split('/').try_fold(*self, |target, raw| {
            let token: Cow<str> = if raw.contains('~') {
                Cow::Owned(raw.replace("~1", "/").replace("~0", "~"))
            } else {
                Cow::Borrowed(raw)
            };
            match target.slot().kind {
                Kind::Object => target.get(&token),
                Kind::Array => crate::load::pointer::parse_index(&token)
                    .and_then(|n| target.doc.item(target.i, target.slot().len, n)),
                _ => None,
            }
        })
    }

    /// This value as a `serde_json::Value`.
    pub fn to_value(&self) -> Value {
        match &self.slot().kind {
            Kind::Null => Value::Null,
            Kind::Bool(b) => Value::Bool(*b),
            Kind::Number(n) => Value::Number(n.clone()),
            Kind::String(s) => Value::String(self.doc.str(*s).to_string()),
            Kind::Array => Value::Array(self.children().map(|c| c.to_value()).collect()),
            Kind::Object => {
                let mut map = Map::with_capacity(self.len());
                for (k, c) in self.members() {
                    map.insert(k.to_string(), c.to_value());
                }
                Value::Object(map)
            }
        }
    }
}

impl Doc<'_> {
    fn key_is(&self, i: u32, key: &str) -> bool {
        let Some(s) = self.slots.get(i as usize).map(|s| s.key) else {
            return false;
        };
        match s.get() {
            // Most keys differ in length: no text is read for them.
            StrAt::Text { at, len } => {
                len as usize == key.len()
                    && self.text.as_bytes().get(at as usize..(at + len) as usize)
                        == Some(key.as_bytes())
            }
            StrAt::Owned(_) => self.str(s) == key,
        }
    }
}

/// The members or items of a container, each found after the previous one's subtree.
#[derive(Clone)]
pub struct Children<'d> {
    doc: &'d Doc<'d>,
    next: u32,
    left: u32,
}

impl<'d> Iterator for Children<'d> {
    type Item = Val<'d>;

    fn next(&mut self) -> Option<Val<'d>> {
        if self.left == 0 {
            return None;
        }
        let slot = self.doc.slots.get(self.next as usize)?;
        let v = Val {
            doc: self.doc,
            i: self.next,
        };
        self.left -= 1;
        self.next = slot.end;
        Some(v)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left as usize, Some(self.left as usize))
    }
}

impl ExactSizeIterator for Children<'_> {}

/// The members of an object: each key with its value.
#[derive(Clone)]
pub struct Members<'d>(Children<'d>);

impl<'d> Iterator for Members<'d> {
    type Item = (&'d str, Val<'d>);

    fn next(&mut self) -> Option<Self::Item> {
        let c = self.0.next()?;
        Some((c.doc.str(c.slot().key), c))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl ExactSizeIterator for Members<'_> {}

#[cfg(test)]
mod tests {
    use crate::load::reader::parse;
    use crate::model::CaseFile;
    use serde::Deserialize;
    use serde_json::Value;

    /// The document holds what serde_json reads, keys in the same order, numbers alike.
    #[test]
    fn to_value_is_what_serde_json_reads() {
        let mut docs = crate::test_fixtures::valid();
        docs.push((
            "numbers and escapes".into(),
            r#"{"a": [0, 1.5, -2e3, 18446744073709551615, -9223372036854775808, 0.1],
                "b\u00e9\n": "x\"\\\/\u0041\ud83d\ude00", "": {"z": null, "a": true, "m": false}}"#
                .into(),
        ));
        for (name, text) in docs {
            let doc = parse(text.as_bytes()).expect(&name);
            let ours = serde_json::to_string(&doc.to_value()).expect("json");
            let theirs: Value = serde_json::from_str(&text).expect(&name);
            assert_eq!(
                ours,
                serde_json::to_string(&theirs).expect("json"),
                "{name}"
            );
        }
    }

    /// The typed case read from the document is the one read from a `serde_json::Value`.
    #[test]
    fn typed_case_as_from_value() {
        for (name, text) in crate::test_fixtures::valid() {
            let doc = parse(text.as_bytes()).expect(&name);
            let ours = CaseFile::deserialize(doc.root()).expect(&name);
            let value: Value = serde_json::from_str(&text).expect(&name);
            let theirs = CaseFile::deserialize(&value).expect(&name);
            assert_eq!(ours, theirs, "{name}");
        }
    }

    /// A value the model does not accept is an error from the document as from a `Value`.
    #[test]
    fn typed_errors_as_from_value() {
        for text in [
            r#"{"a": 1}"#,
            r#"[]"#,
            r#"{"people": "x"}"#,
            r#"{"people": [{"id": 5}]}"#,
            r#"null"#,
        ] {
            let doc = parse(text.as_bytes()).expect(text);
            let value: Value = serde_json::from_str(text).expect(text);
            let ours = CaseFile::deserialize(doc.root()).map_err(|e| e.to_string());
            let theirs = CaseFile::deserialize(&value).map_err(|e| e.to_string());
            assert!(ours.is_err(), "{text}");
            assert_eq!(ours, theirs, "{text}");
        }
    }

    #[test]
    fn navigation() {
        let doc = parse(br#"{"a": {"b~/": [1, {"c": "d"}]}, "e": [], "f": "g"}"#).expect("json");
        let root = doc.root();
        assert_eq!(root.len(), 3);
        assert_eq!(
            root.pointer("/a/b~0~1/1/c").and_then(|v| v.as_str()),
            Some("d")
        );
        assert_eq!(root.pointer("/a/b~0~1/0").and_then(|v| v.as_i64()), Some(1));
        assert!(root.pointer("/a/b~0~1/01").is_none());
        assert!(root.pointer("/e/0").is_none());
        let keys: Vec<&str> = root.members().map(|(k, _)| k).collect();
        assert_eq!(keys, ["a", "e", "f"]);
        let c = root.pointer("/a/b~0~1/1/c").expect("c");
        assert_eq!(c.path().pointer(), "/a/b~0~1/1/c");
        assert_eq!(root.within().count(), 8);
        assert_eq!(
            root.get("a")
                .map(|a| a.within().filter(|v| v.is_object()).count()),
            Some(2)
        );
    }
}
