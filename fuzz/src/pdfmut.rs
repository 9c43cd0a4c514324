//! Structural mutations of a blank: the hostile shapes a PDF parser meets (page-tree and
//! field-tree cycles, fields that are their own parent, absurd stream lengths, dangling and
//! rewired references, deleted objects).

use crate::mutate::Rng;
use lopdf::{Document, Object, ObjectId};

fn refs_in(o: &Object) -> Vec<ObjectId> {
    match o {
        Object::Reference(id) => vec![*id],
        Object::Array(a) => a.iter().flat_map(refs_in).collect(),
        Object::Dictionary(d) => d.iter().flat_map(|(_, v)| refs_in(v)).collect(),
        Object::Stream(s) => s.dict.iter().flat_map(|(_, v)| refs_in(v)).collect(),
        _ => Vec::new(),
    }
}

fn pages_root(doc: &Document) -> Option<ObjectId> {
    doc.catalog().ok()?.get(b"Pages").ok()?.as_reference().ok()
}

fn acroform_fields(doc: &Document) -> Vec<ObjectId> {
    let Ok(catalog) = doc.catalog() else {
        return Vec::new();
    };
    let form = match catalog.get(b"AcroForm") {
        Ok(Object::Reference(id)) => doc.get_dictionary(*id).ok(),
        Ok(Object::Dictionary(d)) => Some(d),
        _ => None,
    };
    form.and_then(|f| f.get(b"Fields").ok())
        .and_then(|f| f.as_array().ok())
        .map(|a| a.iter().filter_map(|o| o.as_reference().ok()).collect())
        .unwrap_or_default()
}

fn dict_mut(doc: &mut Document, id: ObjectId) -> Option<&mut lopdf::Dictionary> {
    match doc.objects.get_mut(&id)? {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&mut s.dict),
        _ => None,
    }
}

/// Applies one structural mutation; returns its name (for the report).
pub fn mutate(doc: &mut Document, rng: &mut Rng) -> &'static str {
    let ids: Vec<ObjectId> = doc.objects.keys().copied().collect();
    match rng.below(9) {
        0 => {
            // /Kids of the page tree's root includes the root itself.
            if let Some(root) = pages_root(doc) {
                if let Some(d) = dict_mut(doc, root) {
                    if let Ok(Object::Array(kids)) = d.get_mut(b"Kids") {
                        kids.push(Object::Reference(root));
                    }
                }
            }
            "page tree: root in its own /Kids"
        }
        1 => {
            // A two-node cycle: a page turned into a /Pages node whose kid is the root.
            if let Some(root) = pages_root(doc) {
                let first = doc
                    .get_dictionary(root)
                    .ok()
                    .and_then(|d| d.get(b"Kids").ok())
                    .and_then(|k| k.as_array().ok())
                    .and_then(|k| k.first())
                    .and_then(|o| o.as_reference().ok());
                if let Some(kid) = first {
                    if let Some(d) = dict_mut(doc, kid) {
                        d.set("Type", Object::Name(b"Pages".to_vec()));
                        d.set("Kids", Object::Array(vec![Object::Reference(root)]));
                        d.set("Count", Object::Integer(1));
                    }
                }
            }
            "page tree: two-node cycle"
        }
        2 => {
            let fields = acroform_fields(doc);
            if !fields.is_empty() {
                let f = *rng.pick(&fields);
                if let Some(d) = dict_mut(doc, f) {
                    d.set("Parent", Object::Reference(f));
                }
            }
            "field: its own /Parent"
        }
        3 => {
            let fields = acroform_fields(doc);
            if !fields.is_empty() {
                let f = *rng.pick(&fields);
                if let Some(d) = dict_mut(doc, f) {
                    d.set("Kids", Object::Array(vec![Object::Reference(f)]));
                }
            }
            "field: its own /Kids"
        }
        4 => {
            let fields = acroform_fields(doc);
            if fields.len() >= 2 {
                let (a, b) = (*rng.pick(&fields), *rng.pick(&fields));
                if let Some(d) = dict_mut(doc, a) {
                    d.set("Parent", Object::Reference(b));
                }
                if let Some(d) = dict_mut(doc, b) {
                    d.set("Parent", Object::Reference(a));
                }
            }
            "field: two fields each the other's /Parent"
        }
        5 => {
            // A stream's /Length absurd.
            let streams: Vec<ObjectId> = ids
                .iter()
                .copied()
                .filter(|id| matches!(doc.objects.get(id), Some(Object::Stream(_))))
                .collect();
            if !streams.is_empty() {
                let id = *rng.pick(&streams);
                let len = *rng.pick(&[i64::MAX, -1, i64::MIN, 0, 1 << 40]);
                if let Some(Object::Stream(s)) = doc.objects.get_mut(&id) {
                    s.dict.set("Length", Object::Integer(len));
                }
            }
            "stream: absurd /Length"
        }
        6 => {
            // A reference rewired to another object, or to one that does not exist.
            let holders: Vec<ObjectId> = ids
                .iter()
                .copied()
                .filter(|id| doc.objects.get(id).is_some_and(|o| !refs_in(o).is_empty()))
                .collect();
            if holders.is_empty() {
                return "none";
            }
            let h = *rng.pick(&holders);
            let to = if rng.chance(30) {
                (999_999, 0)
            } else {
                *rng.pick(&ids)
            };
            if let Some(d) = dict_mut(doc, h) {
                let keys: Vec<Vec<u8>> = d
                    .iter()
                    .filter(|(_, v)| matches!(v, Object::Reference(_)))
                    .map(|(k, _)| k.clone())
                    .collect();
                if !keys.is_empty() {
                    let k = rng.pick(&keys).clone();
                    d.set(k, Object::Reference(to));
                }
            }
            "reference rewired"
        }
        7 => {
            if !ids.is_empty() {
                let id = *rng.pick(&ids);
                doc.objects.remove(&id);
            }
            "object deleted"
        }
        _ => {
            // A value of another type where a dictionary, an array or a number is expected.
            if ids.is_empty() {
                return "none";
            }
            let id = *rng.pick(&ids);
            let replacement = match rng.below(5) {
                0 => Object::Null,
                1 => Object::Integer(-1),
                2 => Object::Real(f32::MAX),
                3 => Object::Array(vec![Object::Reference(id); 3]),
                _ => Object::String(vec![0xff; 4], lopdf::StringFormat::Literal),
            };
            if let Some(d) = dict_mut(doc, id) {
                let keys: Vec<Vec<u8>> = d.iter().map(|(k, _)| k.clone()).collect();
                if !keys.is_empty() {
                    let k = rng.pick(&keys).clone();
                    d.set(k, replacement);
                }
            }
            "value of another type"
        }
    }
}

/// A `/Length N` of the serialised file made absurd (the writer recomputes it otherwise).
pub fn raw_length(bytes: &mut Vec<u8>, rng: &mut Rng) {
    let needle = b"/Length ";
    let hits: Vec<usize> = bytes
        .windows(needle.len())
        .enumerate()
        .filter(|(_, w)| *w == needle)
        .map(|(i, _)| i + needle.len())
        .collect();
    if hits.is_empty() {
        return;
    }
    let at = *rng.pick(&hits);
    let end = at
        + bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
    let value: &[u8] = rng.pick::<&[u8]>(&[
        b"18446744073709551615".as_slice(),
        b"-5",
        b"99999999999",
        b"0",
    ]);
    bytes.splice(at..end, value.iter().copied());
}
