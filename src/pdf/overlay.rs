//! Filling without copying the blank: a fill records only the objects it changes or adds
//! ([`Overlay`]) on top of the parsed blank, and the output is written from the blank's
//! objects serialised once per run ([`Serialized`]) with the changed ones in their place.
//!
//! Cloning the parsed blank and serialising all of it again took ~95% of a fill (callgrind,
//! I-589: clone ~50%, save ~45%); a fill changes a few hundred of its thousands of objects.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;

use lopdf::{Dictionary, Document, Object, ObjectId, Stream, Writer};

use crate::pdf::PdfError;

/// Where new objects go: a document being built (the draft) or a fill's overlay.
pub(crate) trait Objects {
    fn new_id(&mut self) -> ObjectId;
    fn put(&mut self, id: ObjectId, object: Object);
    fn add(&mut self, object: impl Into<Object>) -> ObjectId {
        let id = self.new_id();
        self.put(id, object.into());
        id
    }
}

impl Objects for Document {
    fn new_id(&mut self) -> ObjectId {
        self.new_object_id()
    }
    fn put(&mut self, id: ObjectId, object: Object) {
        self.objects.insert(id, object);
    }
}

/// The objects one fill changed or added, over the unchanged blank.
pub(crate) struct Overlay<'a> {
    base: &'a Document,
    changed: BTreeMap<ObjectId, Object>,
    max_id: u32,
}

impl<'a> Overlay<'a> {
    pub(crate) fn new(base: &'a Document) -> Self {
        Overlay {
            base,
            changed: BTreeMap::new(),
            max_id: base.max_id,
        }
    }

    /// The blank as parsed: what a fill reads (rectangles, /DA, on-states), which it never
    /// changes.
    pub(crate) fn base(&self) -> &'a Document {
        self.base
    }

    /// The dictionary `id` for editing: copied from the blank on first use.
    pub(crate) fn dictionary_mut(&mut self, id: ObjectId) -> Result<&mut Dictionary, PdfError> {
        if !self.changed.contains_key(&id) {
            let original = self.base.get_object(id)?.clone();
            self.changed.insert(id, original);
        }
        match self.changed.get_mut(&id) {
            Some(Object::Dictionary(d)) => Ok(d),
            _ => Err(PdfError::Structure(format!(
                "object {} {} is not a dictionary",
                id.0, id.1
            ))),
        }
    }

    /// The blank with this overlay applied, as a document of its own (for flattening, which
    /// rewrites pages and is not on the hot path).
    pub(crate) fn to_document(&self) -> Document {
        let mut doc = self.base.clone();
        for (id, o) in &self.changed {
            doc.objects.insert(*id, o.clone());
        }
        doc.max_id = self.max_id;
        doc
    }
}

impl Objects for Overlay<'_> {
    fn new_id(&mut self) -> ObjectId {
        self.max_id += 1;
        (self.max_id, 0)
    }
    fn put(&mut self, id: ObjectId, object: Object) {
        self.changed.insert(id, object);
    }
}

/// Every object of a blank serialised once, and how often each is referenced, so a fill
/// copies the bytes of what it did not change and drops what it made unreachable.
#[derive(Clone)]
pub(crate) struct Serialized {
    header: Vec<u8>,
    body: Vec<u8>,
    /// (id, generation, start, end) in `body`, by id.
    spans: Vec<(u32, u16, usize, usize)>,
    refcount: HashMap<ObjectId, u32>,
}

/// Objects a plain save regenerates or drops (lopdf does the same): their bytes would
/// contradict the new file layout.
fn regenerated(object: &Object) -> bool {
    matches!(object.type_name(), Ok(n) if n == b"ObjStm" || n == b"XRef" || n == b"Linearized")
}

fn refs(object: &Object, out: &mut Vec<ObjectId>) {
    match object {
        Object::Reference(r) => out.push(*r),
        Object::Array(a) => a.iter().for_each(|o| refs(o, out)),
        Object::Dictionary(d) => d.iter().for_each(|(_, o)| refs(o, out)),
        Object::Stream(s) => s.dict.iter().for_each(|(_, o)| refs(o, out)),
        _ => {}
    }
}

fn write_indirect(out: &mut Vec<u8>, id: ObjectId, object: &Object) -> Result<(), PdfError> {
    write!(
        out,
        "{} {} obj\n{}",
        id.0,
        id.1,
        if Writer::need_separator(object) {
            " "
        } else {
            ""
        }
    )?;
    Writer::write_object(out, object)?;
    writeln!(
        out,
        "{}\nendobj",
        if Writer::need_end_separator(object) {
            " "
        } else {
            ""
        }
    )?;
    Ok(())
}

impl Serialized {
    pub(crate) fn new(doc: &Document) -> Result<Serialized, PdfError> {
        // Cross-reference streams (below) need PDF 1.5; the USCIS blanks are 1.7.
        let version = if doc.version.as_str() < "1.5" {
            "1.5"
        } else {
            doc.version.as_str()
        };
        let mut header = format!("%PDF-{version}\n%").into_bytes();
        if doc.binary_mark.iter().all(|b| *b >= 128) && !doc.binary_mark.is_empty() {
            header.extend_from_slice(&doc.binary_mark);
        } else {
            header.extend_from_slice(b"\xE2\xE3\xCF\xD3");
        }
        header.push(b'\n');
        let mut body = Vec::new();
        let mut spans = Vec::with_capacity(doc.objects.len());
        let mut refcount: HashMap<ObjectId, u32> = HashMap::new();
        let mut found = Vec::new();
        for (&id, object) in &doc.objects {
            if regenerated(object) {
                continue;
            }
            let start = body.len();
            write_indirect(&mut body, id, object)?;
            spans.push((id.0, id.1, start, body.len()));
            found.clear();
            refs(object, &mut found);
            for r in &found {
                *refcount.entry(*r).or_default() += 1;
            }
        }
        found.clear();
        refs(&Object::Dictionary(doc.trailer.clone()), &mut found);
        for r in &found {
            *refcount.entry(*r).or_default() += 1;
        }
        Ok(Serialized {
            header,
            body,
            spans,
            refcount,
        })
    }

    /// Blank objects no longer referenced once `overlay` applies (a widget's replaced
    /// appearance stream, the barcode image behind it), found by counting references.
    fn dropped(&self, overlay: &Overlay<'_>) -> HashSet<ObjectId> {
        let mut delta: HashMap<ObjectId, i64> = HashMap::new();
        let mut found = Vec::new();
        for (id, new) in &overlay.changed {
            found.clear();
            if let Some(old) = overlay.base.objects.get(id) {
                refs(old, &mut found);
                for r in &found {
                    *delta.entry(*r).or_default() -= 1;
                }
                found.clear();
            }
            refs(new, &mut found);
            for r in &found {
                *delta.entry(*r).or_default() += 1;
            }
        }
        let count = |id: &ObjectId, delta: &HashMap<ObjectId, i64>| {
            i64::from(self.refcount.get(id).copied().unwrap_or(0))
                + delta.get(id).copied().unwrap_or(0)
        };
        let mut work: Vec<ObjectId> = delta
            .iter()
            .filter(|(_, d)| **d < 0)
            .map(|(id, _)| *id)
            .collect();
        work.sort_unstable();
        let mut dropped = HashSet::new();
        while let Some(id) = work.pop() {
            if count(&id, &delta) > 0
                || dropped.contains(&id)
                || !overlay.base.objects.contains_key(&id)
            {
                continue;
            }
            dropped.insert(id);
            found.clear();
            match overlay
                .changed
                .get(&id)
                .or_else(|| overlay.base.objects.get(&id))
            {
                Some(o) => refs(o, &mut found),
                None => continue,
            }
            for r in &found {
                *delta.entry(*r).or_default() -= 1;
                work.push(*r);
            }
        }
        dropped
    }

    /// The blank with `overlay` applied, as a complete file with one cross-reference table.
    pub(crate) fn write(
        &self,
        overlay: &Overlay<'_>,
        trailer: &Dictionary,
    ) -> Result<Vec<u8>, PdfError> {
        let dropped = self.dropped(overlay);
        let extra: usize = overlay.changed.len() * 256;
        let mut out = Vec::with_capacity(self.header.len() + self.body.len() + extra);
        out.extend_from_slice(&self.header);
        let mut offsets: Vec<(u32, u16, usize)> =
            Vec::with_capacity(self.spans.len() + overlay.changed.len());
        let mut changed = overlay.changed.iter().peekable();
        let mut spans = self.spans.iter().peekable();
        loop {
            let next_span = spans.peek().map(|s| (s.0, s.1));
            let next_changed = changed.peek().map(|(id, _)| **id);
            let take_changed = match (next_span, next_changed) {
                (None, None) => break,
                (Some(_), None) => false,
                (None, Some(_)) => true,
                (Some(s), Some(c)) => c <= s,
            };
            if take_changed {
                let Some((&id, object)) = changed.next() else {
                    break;
                };
                if next_span == Some(id) {
                    spans.next();
                }
                if dropped.contains(&id) {
                    continue;
                }
                offsets.push((id.0, id.1, out.len()));
                write_indirect(&mut out, id, object)?;
            } else {
                let Some(&(id, generation, start, end)) = spans.next() else {
                    break;
                };
                if dropped.contains(&(id, generation)) {
                    continue;
                }
                offsets.push((id, generation, out.len()));
                out.extend_from_slice(&self.body[start..end]);
            }
        }
        let xref_at = out.len();
        // The cross-reference stream is the object after the last: binary entries (type,
        // 4-byte offset, generation) compress to a few KB where a table takes 20 bytes an object.
        let xref_id = offsets.last().map_or(0, |o| o.0).max(overlay.max_id) + 1;
        offsets.push((xref_id, 0, xref_at));
        let mut index = vec![Object::Integer(0), Object::Integer(1)];
        let mut entries = vec![0u8, 0, 0, 0, 0, 0xFF, 0xFF];
        let mut i = 0;
        while i < offsets.len() {
            let mut j = i + 1;
            while j < offsets.len() && offsets[j].0 == offsets[j - 1].0 + 1 {
                j += 1;
            }
            index.push(Object::Integer(i64::from(offsets[i].0)));
            index.push(Object::Integer((j - i) as i64));
            for &(_, generation, at) in &offsets[i..j] {
                let at = u32::try_from(at).map_err(|_| {
                    PdfError::Structure("a filled form larger than 4 GB".to_string())
                })?;
                entries.push(1);
                entries.extend_from_slice(&at.to_be_bytes());
                entries.extend_from_slice(&generation.to_be_bytes());
            }
            i = j;
        }
        let mut dict = trailer.clone();
        dict.set("Type", "XRef");
        dict.set("Size", i64::from(xref_id) + 1);
        dict.set(
            "W",
            vec![Object::Integer(1), Object::Integer(4), Object::Integer(2)],
        );
        dict.set("Index", index);
        // PNG "Up" rows (each entry minus the one before) leave mostly zeros, which deflate
        // quickly to little; the raw entries took miniz ~12 ms for an I-485's 6,600 objects.
        let mut rows = Vec::with_capacity(entries.len() / 7 * 8);
        let mut prev = [0u8; 7];
        for row in entries.chunks_exact(7) {
            rows.push(2);
            for (k, b) in row.iter().enumerate() {
                rows.push(b.wrapping_sub(prev[k]));
                prev[k] = *b;
            }
        }
        dict.set(
            "DecodeParms",
            lopdf::dictionary! { "Predictor" => 12, "Columns" => 7 },
        );
        let mut xref = Stream::new(dict, rows);
        crate::pdf::deflate::compress_fast(&mut xref);
        write_indirect(&mut out, (xref_id, 0), &Object::Stream(xref))?;
        write!(out, "startxref\n{xref_at}\n%%EOF\n")?;
        Ok(out)
    }
}
