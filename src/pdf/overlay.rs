//! Filling without copying the blank: a fill records only the keys it sets in the blank's
//! dictionaries and the objects it adds ([`Overlay`]), and the output is written from the
//! blank's objects serialised once per run ([`Serialized`]) with those in their place.
//!
//! Cloning the parsed blank and serialising all of it again took ~95% of a fill (callgrind,
//! I-589: clone ~50%, save ~45%); a fill changes a few hundred of its thousands of objects.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;
use std::io::Write;

use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream, Writer};

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

/// A key of a dictionary set to a value (`Some`) or removed (`None`).
type Patch = (&'static [u8], Option<Object>);

/// The objects one fill changed or added, over the unchanged blank.
pub(crate) struct Overlay<'a> {
    base: &'a Document,
    /// Objects the fill made (appearance streams, fonts, sheets), numbered after the blank's.
    changed: BTreeMap<ObjectId, Object>,
    /// Keys the fill set (`Some`) or removed (`None`) in the blank's dictionaries (/V, /AS,
    /// /AP of fields and widgets), in the order first set: the rest of each dictionary is
    /// copied from its bytes serialised once, neither cloned nor written again.
    patches: BTreeMap<ObjectId, Vec<Patch>>,
    max_id: u32,
}

impl<'a> Overlay<'a> {
    /// `serialized` numbered its object streams after the blank's objects: new objects come
    /// after those.
    pub(crate) fn new(base: &'a Document, serialized: &Serialized) -> Self {
        Overlay {
            base,
            changed: BTreeMap::new(),
            patches: BTreeMap::new(),
            max_id: serialized.last_id,
        }
    }

    /// The blank as parsed: what a fill reads (rectangles, /DA, on-states), which it never
    /// changes.
    pub(crate) fn base(&self) -> &'a Document {
        self.base
    }

    /// Sets `key` of the blank's dictionary `id`.
    pub(crate) fn set(
        &mut self,
        id: ObjectId,
        key: &'static [u8],
        value: impl Into<Object>,
    ) -> Result<(), PdfError> {
        self.patch(id, key, Some(value.into()))
    }

    /// Removes `key` from the blank's dictionary `id`.
    pub(crate) fn remove(&mut self, id: ObjectId, key: &'static [u8]) -> Result<(), PdfError> {
        self.patch(id, key, None)
    }

    fn patch(
        &mut self,
        id: ObjectId,
        key: &'static [u8],
        value: Option<Object>,
    ) -> Result<(), PdfError> {
        if let Some(Object::Dictionary(d)) = self.changed.get_mut(&id) {
            match value {
                Some(v) => d.set(key, v),
                None => {
                    d.remove(key);
                }
            }
            return Ok(());
        }
        if !matches!(self.base.objects.get(&id), Some(Object::Dictionary(_))) {
            return Err(PdfError::Structure(format!(
                "object {} {} is not a dictionary",
                id.0, id.1
            )));
        }
        let list = self.patches.entry(id).or_default();
        match list.iter_mut().find(|(k, _)| *k == key) {
            Some(entry) => entry.1 = value,
            None => list.push((key, value)),
        }
        Ok(())
    }

    /// `key` of dictionary `id` as the fill left it.
    pub(crate) fn get(&self, id: ObjectId, key: &[u8]) -> Option<&Object> {
        if let Some(o) = self.changed.get(&id) {
            return o.as_dict().ok()?.get(key).ok();
        }
        if let Some((_, v)) = self
            .patches
            .get(&id)
            .and_then(|l| l.iter().find(|(k, _)| *k == key))
        {
            return v.as_ref();
        }
        self.base.get_dictionary(id).ok()?.get(key).ok()
    }

    /// The blank with this overlay applied, as a document of its own (for flattening, which
    /// rewrites pages and is not on the hot path).
    pub(crate) fn to_document(&self) -> Document {
        let mut doc = self.base.clone();
        for (id, o) in &self.changed {
            doc.objects.insert(*id, o.clone());
        }
        for (id, list) in &self.patches {
            if let Some(Object::Dictionary(d)) = doc.objects.get_mut(id) {
                for (k, v) in list {
                    match v {
                        Some(v) => d.set(*k, v.clone()),
                        None => {
                            d.remove(k);
                        }
                    }
                }
            }
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

/// Where an object of the blank is in [`Serialized::body`].
#[derive(Clone, Copy)]
enum Place {
    /// Its own `N G obj ... endobj` at `body[start..end]`.
    Plain {
        generation: u16,
        start: usize,
        end: usize,
    },
    /// Inside the object stream `stream`, at `index`.
    Packed { stream: u32, index: u16 },
}

impl Place {
    fn generation(&self) -> u16 {
        match self {
            Place::Plain { generation, .. } => *generation,
            Place::Packed { .. } => 0,
        }
    }
}

/// Every object of a blank serialised once, and how often each is referenced, so a fill
/// copies the bytes of what it did not change and drops what it made unreachable.
///
/// Dictionaries and arrays are packed into compressed object streams (done once per run): they
/// were 60% of a filled form's bytes written plainly, and a batch writes one or more forms per
/// case. A fill that changes a packed object writes the new one plainly and points the
/// cross-reference entry at it; the old copy stays in its object stream unreferenced, as in an
/// incremental update.
#[derive(Clone)]
pub(crate) struct Serialized {
    header: Vec<u8>,
    body: Vec<u8>,
    /// Every object of the blank and every object stream, by id.
    places: Vec<(u32, Place)>,
    refcount: HashMap<ObjectId, u32>,
    /// The highest id used: the blank's or its object streams'.
    last_id: u32,
    /// Each entry (`/Key value`) of each dictionary of the blank, serialised, in the
    /// dictionary's order: a patched dictionary is written from these.
    entry_bytes: Vec<u8>,
    entry_spans: Vec<(u32, u32)>,
    /// Dictionary id → its range in `entry_spans`.
    entries: HashMap<ObjectId, (u32, u32)>,
}

/// Objects per object stream: small enough that a viewer decompresses little to reach one.
const PER_OBJECT_STREAM: usize = 200;

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

/// One dictionary entry as `Document::save` writes it: `/Key`, a blank when the value needs
/// one, the value.
fn write_entry(out: &mut Vec<u8>, key: &[u8], value: &Object) -> Result<(), PdfError> {
    Writer::write_object(out, &Object::Name(key.to_vec()))?;
    if Writer::need_separator(value) {
        out.push(b' ');
    }
    Writer::write_object(out, value)?;
    // Keeps entries apart whatever the next one starts with.
    out.push(b' ');
    Ok(())
}

impl Serialized {
    /// A blank dictionary with `patches`: its own entries' bytes but the patched ones, then
    /// the patched entries.
    fn write_patched(
        &self,
        out: &mut Vec<u8>,
        base: &Document,
        id: ObjectId,
        patches: &[Patch],
    ) -> Result<(), PdfError> {
        let (Some(Object::Dictionary(d)), Some(&(first, last))) =
            (base.objects.get(&id), self.entries.get(&id))
        else {
            return Err(PdfError::Structure(format!(
                "object {} {} is not a dictionary",
                id.0, id.1
            )));
        };
        write!(out, "{} {} obj\n<<", id.0, id.1)?;
        let spans = &self.entry_spans[first as usize..last as usize];
        for ((k, _), &(start, end)) in d.iter().zip(spans) {
            if patches.iter().any(|(p, _)| *p == k.as_slice()) {
                continue;
            }
            out.extend_from_slice(&self.entry_bytes[start as usize..end as usize]);
        }
        for (k, v) in patches {
            if let Some(v) = v {
                write_entry(out, k, v)?;
            }
        }
        out.extend_from_slice(b">>\nendobj\n");
        Ok(())
    }

    pub(crate) fn new(doc: &Document) -> Result<Serialized, PdfError> {
        // Cross-reference and object streams need PDF 1.5; the USCIS blanks are 1.7.
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
        let mut places = Vec::with_capacity(doc.objects.len());
        let mut refcount: HashMap<ObjectId, u32> = HashMap::default();
        let mut found = Vec::new();
        let mut packable: Vec<(ObjectId, &Object)> = Vec::new();
        let mut entry_bytes = Vec::new();
        let mut entry_spans = Vec::new();
        let mut entries = HashMap::default();
        let to_u32 = |n: usize| {
            u32::try_from(n).map_err(|_| PdfError::Structure("a blank larger than 4 GB".into()))
        };
        for (&id, object) in &doc.objects {
            if regenerated(object) {
                continue;
            }
            if let Object::Dictionary(d) = object {
                let first = to_u32(entry_spans.len())?;
                for (k, v) in d.iter() {
                    let start = to_u32(entry_bytes.len())?;
                    write_entry(&mut entry_bytes, k, v)?;
                    entry_spans.push((start, to_u32(entry_bytes.len())?));
                }
                entries.insert(id, (first, to_u32(entry_spans.len())?));
            }
            found.clear();
            refs(object, &mut found);
            for r in &found {
                *refcount.entry(*r).or_default() += 1;
            }
            // Streams cannot go into object streams; other generations are kept plain too.
            if matches!(object, Object::Stream(_)) || id.1 != 0 {
                let start = body.len();
                write_indirect(&mut body, id, object)?;
                places.push((
                    id.0,
                    Place::Plain {
                        generation: id.1,
                        start,
                        end: body.len(),
                    },
                ));
            } else {
                packable.push((id, object));
            }
        }
        found.clear();
        refs(&Object::Dictionary(doc.trailer.clone()), &mut found);
        for r in &found {
            *refcount.entry(*r).or_default() += 1;
        }
        let mut last_id = doc.max_id;
        for chunk in packable.chunks(PER_OBJECT_STREAM) {
            last_id += 1;
            let mut offsets = Vec::new();
            let mut objects = Vec::new();
            for (index, (id, object)) in chunk.iter().enumerate() {
                write!(offsets, "{} {} ", id.0, objects.len())?;
                Writer::write_object(&mut objects, object)?;
                objects.push(b'\n');
                let index = u16::try_from(index)
                    .map_err(|_| PdfError::Structure("object stream too long".to_string()))?;
                places.push((
                    id.0,
                    Place::Packed {
                        stream: last_id,
                        index,
                    },
                ));
            }
            let first = offsets.len() as i64;
            offsets.extend_from_slice(&objects);
            let mut stream = Stream::new(
                dictionary! {
                    "Type" => "ObjStm",
                    "N" => chunk.len() as i64,
                    "First" => first,
                },
                offsets,
            );
            crate::pdf::deflate::compress(&mut stream);
            let start = body.len();
            write_indirect(&mut body, (last_id, 0), &Object::Stream(stream))?;
            places.push((
                last_id,
                Place::Plain {
                    generation: 0,
                    start,
                    end: body.len(),
                },
            ));
        }
        places.sort_unstable_by_key(|(id, place)| (*id, place.generation()));
        Ok(Serialized {
            header,
            body,
            places,
            refcount,
            last_id,
            entry_bytes,
            entry_spans,
            entries,
        })
    }

    /// Blank objects no longer referenced once `overlay` applies (a widget's replaced
    /// appearance stream, the barcode image behind it), found by counting references.
    fn dropped(&self, overlay: &Overlay<'_>) -> HashSet<ObjectId> {
        let mut delta: HashMap<ObjectId, i64> = HashMap::default();
        let mut found = Vec::new();
        for (id, list) in &overlay.patches {
            let Ok(d) = overlay.base.get_dictionary(*id) else {
                continue;
            };
            for (k, v) in list {
                found.clear();
                if let Ok(old) = d.get(k) {
                    refs(old, &mut found);
                    for r in &found {
                        *delta.entry(*r).or_default() -= 1;
                    }
                    found.clear();
                }
                if let Some(v) = v {
                    refs(v, &mut found);
                    for r in &found {
                        *delta.entry(*r).or_default() += 1;
                    }
                }
            }
        }
        // Added objects have no earlier version: only their references count.
        for new in overlay.changed.values() {
            found.clear();
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
        let mut dropped = HashSet::default();
        while let Some(id) = work.pop() {
            if count(&id, &delta) > 0
                || dropped.contains(&id)
                || !overlay.base.objects.contains_key(&id)
            {
                continue;
            }
            dropped.insert(id);
            found.clear();
            match overlay.base.objects.get(&id) {
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

    /// The blank with `overlay` applied, as a complete file with one cross-reference stream.
    pub(crate) fn write(
        &self,
        overlay: &Overlay<'_>,
        trailer: &Dictionary,
    ) -> Result<Vec<u8>, PdfError> {
        let dropped = self.dropped(overlay);
        // Added appearance streams run to kilobytes: a guess per object made the megabyte
        // buffer grow (and be copied) several times per fill.
        let extra: usize = overlay
            .changed
            .values()
            .map(|o| match o {
                Object::Stream(s) => s.content.len() + 256,
                _ => 256,
            })
            .sum::<usize>()
            + overlay.patches.len() * 512;
        let mut out = Vec::with_capacity(self.header.len() + self.body.len() + extra);
        out.extend_from_slice(&self.header);
        // (id, entry): the 7-byte cross-reference entry of each object, by id.
        let mut entries: Vec<(u32, [u8; 7])> =
            Vec::with_capacity(self.places.len() + overlay.changed.len() + 1);
        let plain = |at: usize, generation: u16| -> Result<[u8; 7], PdfError> {
            let at = u32::try_from(at)
                .map_err(|_| PdfError::Structure("a filled form larger than 4 GB".to_string()))?;
            let mut e = [1, 0, 0, 0, 0, 0, 0];
            e[1..5].copy_from_slice(&at.to_be_bytes());
            e[5..7].copy_from_slice(&generation.to_be_bytes());
            Ok(e)
        };
        // The blank's objects (and object streams) by id, then the added ones, numbered after
        // them (`Overlay::new`).
        // Both in id order: a merge, not a tree search per object.
        let mut patches = overlay.patches.iter().peekable();
        for &(id, place) in &self.places {
            let generation = place.generation();
            while patches.next_if(|(k, _)| **k < (id, generation)).is_some() {}
            let patched = patches
                .next_if(|(k, _)| **k == (id, generation))
                .map(|(_, list)| list);
            if !dropped.is_empty() && dropped.contains(&(id, generation)) {
                continue;
            }
            if let Some(list) = patched {
                entries.push((id, plain(out.len(), generation)?));
                self.write_patched(&mut out, overlay.base, (id, generation), list)?;
                continue;
            }
            match place {
                Place::Plain { start, end, .. } => {
                    entries.push((id, plain(out.len(), generation)?));
                    out.extend_from_slice(&self.body[start..end]);
                }
                Place::Packed { stream, index } => {
                    let mut e = [2, 0, 0, 0, 0, 0, 0];
                    e[1..5].copy_from_slice(&stream.to_be_bytes());
                    e[5..7].copy_from_slice(&index.to_be_bytes());
                    entries.push((id, e));
                }
            }
        }
        for (&id, object) in &overlay.changed {
            if id.0 <= self.last_id {
                return Err(PdfError::Structure(format!(
                    "object {} {} added over one of the blank's",
                    id.0, id.1
                )));
            }
            entries.push((id.0, plain(out.len(), id.1)?));
            write_indirect(&mut out, id, object)?;
        }
        let xref_at = out.len();
        // The cross-reference stream is the object after the last: binary entries (type,
        // 4-byte offset or object stream, generation or index) compress to a few KB where a
        // table takes 20 bytes an object.
        let xref_id = entries.last().map_or(0, |e| e.0).max(overlay.max_id) + 1;
        entries.push((xref_id, plain(xref_at, 0)?));
        let mut index = vec![Object::Integer(0), Object::Integer(1)];
        let mut rows_raw = vec![0u8, 0, 0, 0, 0, 0xFF, 0xFF];
        let mut i = 0;
        while i < entries.len() {
            let mut j = i + 1;
            while j < entries.len() && entries[j].0 == entries[j - 1].0 + 1 {
                j += 1;
            }
            index.push(Object::Integer(i64::from(entries[i].0)));
            index.push(Object::Integer((j - i) as i64));
            for (_, e) in &entries[i..j] {
                rows_raw.extend_from_slice(e);
            }
            i = j;
        }
        let entries = rows_raw;
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
            dictionary! { "Predictor" => 12, "Columns" => 7 },
        );
        let mut xref = Stream::new(dict, rows);
        crate::pdf::deflate::compress_fast(&mut xref);
        write_indirect(&mut out, (xref_id, 0), &Object::Stream(xref))?;
        write!(out, "startxref\n{xref_at}\n%%EOF\n")?;
        Ok(out)
    }
}

/// A whole document written out (lopdf's writer), for what is not an overlay: a flattened copy.
pub(crate) fn save(doc: &mut Document) -> Result<Vec<u8>, PdfError> {
    let mut buf = Vec::new();
    doc.save_to(&mut buf)?;
    Ok(buf)
}
