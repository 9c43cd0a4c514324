//! [`Doc`] as a JSON representation for the `jsonschema` validator, so a case is checked
//! against the schema without building a `serde_json::Value`. It is the validator's view of a
//! loaded document, so it lives with the schema stage (which imports `load`), not in `load`.

use crate::load::document::{Children, Doc, Kind, Members, Slot, Str, Val};
use jsonschema::json::{cmp, Array, Json, Node, NodeIdentity, Object};
use jsonschema::JsonType;
use serde_json::{Number, Value};
use std::borrow::Cow;

pub struct DocJson;

impl Json for DocJson {
    type Node<'a> = Val<'a>;
    type PreparedKey = String;
    type StringBuffer = ();

    // Members are found by a scan, as in serde_json's small ordered maps.
    const KEYS_PER_LOOKUP: usize = 2;
    // A parsed document is a tree.
    const ACYCLIC: bool = true;

    fn prepare_key(key: &str) -> String {
        key.to_owned()
    }

    fn with_string_node<T>((): &mut (), string: &str, f: impl FnOnce(Val<'_>) -> T) -> T {
        let doc = Doc {
            text: string,
            slots: vec![Slot {
                // Texts come from a case file, far below 4 GB: the cap is never reached.
                kind: Kind::String(Str::text(
                    0,
                    u32::try_from(string.len()).map_or(u32::MAX - 1, |n| n.min(u32::MAX - 1)),
                )),
                key: Str::EMPTY,
                start: 0,
                end: 1,
                len: 0,
            }],
            owned: Vec::new(),
            long_arrays: Default::default(),
        };
        f(doc.root())
    }
}

impl<'a> Node<'a, DocJson> for Val<'a> {
    type Object = DocObject<'a>;
    type Array = DocArray<'a>;
    type Number = &'a Number;

    fn as_object(&self) -> Option<DocObject<'a>> {
        self.is_object().then_some(DocObject(*self))
    }

    fn as_array(&self) -> Option<DocArray<'a>> {
        matches!(self.slot().kind, Kind::Array).then_some(DocArray(*self))
    }

    fn as_string(&self) -> Option<Cow<'a, str>> {
        Val::as_str(self).map(Cow::Borrowed)
    }

    fn as_number(&self) -> Option<&'a Number> {
        Val::as_number(self)
    }

    fn as_boolean(&self) -> Option<bool> {
        Val::as_bool(self)
    }

    fn is_null(&self) -> bool {
        Val::is_null(self)
    }

    fn json_type(&self) -> JsonType {
        match self.slot().kind {
            Kind::Null => JsonType::Null,
            Kind::Bool(_) => JsonType::Boolean,
            Kind::Number(_) => JsonType::Number,
            Kind::String(_) => JsonType::String,
            Kind::Array => JsonType::Array,
            Kind::Object => JsonType::Object,
        }
    }

    fn string_length(&self) -> Option<u64> {
        Val::as_str(self).map(|s| s.chars().count() as u64)
    }

    fn string_length_within(&self, min: u64, max: u64) -> Option<bool> {
        let s = Val::as_str(self)?;
        // A character takes one to four bytes: the byte length often decides without counting.
        let bytes = s.len() as u64;
        if bytes < min || bytes.div_ceil(4) > max {
            return Some(false);
        }
        if min <= bytes.div_ceil(4) && bytes <= max {
            return Some(true);
        }
        Some((min..=max).contains(&(s.chars().count() as u64)))
    }

    fn equals_value(&self, expected: &Value) -> bool {
        // `enum` checks of texts, on most values of a case: no `Value` built for them.
        match &self.slot().kind {
            Kind::String(s) => matches!(expected, Value::String(e) if e == self.doc.str(*s)),
            Kind::Bool(b) => expected.as_bool() == Some(*b),
            Kind::Null => expected.is_null(),
            _ => cmp::equal(&Val::to_value(self), expected),
        }
    }

    fn to_value(&self) -> Cow<'a, Value> {
        Cow::Owned(Val::to_value(self))
    }

    fn identity(&self) -> Option<NodeIdentity> {
        Some(NodeIdentity::tagged(
            std::ptr::from_ref::<Doc<'_>>(self.doc) as usize,
            self.i,
        ))
    }
}

/// An object value of a [`Doc`].
#[derive(Clone, Copy)]
pub struct DocObject<'a>(Val<'a>);

impl<'a> Object<'a, DocJson> for DocObject<'a> {
    type Node = Val<'a>;
    type MemberName = &'a str;
    type MembersIter = Members<'a>;

    fn len(&self) -> usize {
        self.0.len()
    }

    fn get(&self, key: &String) -> Option<Val<'a>> {
        self.0.get(key)
    }

    fn members(&self) -> Members<'a> {
        self.0.members()
    }
}

/// An array value of a [`Doc`].
#[derive(Clone, Copy)]
pub struct DocArray<'a>(Val<'a>);

impl<'a> Array<'a, DocJson> for DocArray<'a> {
    type Node = Val<'a>;
    type ElementsIter = Children<'a>;

    fn len(&self) -> usize {
        self.0.len()
    }

    fn elements(&self) -> Children<'a> {
        self.0.children()
    }
}
