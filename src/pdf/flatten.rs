//! Flattening: drawing widget appearances into the page content and
//! removing the form, so the result cannot be edited in a viewer.

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use crate::pdf::blank::inherited;
use crate::pdf::metrics::number;
use crate::pdf::syntax::num;
use crate::pdf::PdfError;

/// Annotation flag bit 2: Hidden.
const HIDDEN: i64 = 1 << 1;

/// Draws every visible widget's normal appearance into its page and removes
/// the widgets and the /AcroForm.
pub(crate) fn flatten_document(doc: &mut Document) -> Result<(), PdfError> {
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let mut counter = 0usize;
    for page_id in pages {
        let annots: Vec<Object> = match doc.get_dictionary(page_id)?.get_deref(b"Annots", doc) {
            Ok(Object::Array(a)) => a.clone(),
            _ => continue,
        };
        let mut keep = Vec::new();
        let mut draws: Vec<(Vec<u8>, ObjectId, String)> = Vec::new();
        for annot in annots {
            let Ok((_, Object::Dictionary(a))) = doc.dereference(&annot) else {
                keep.push(annot);
                continue;
            };
            if a.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Widget".as_slice()) {
                keep.push(annot);
                continue;
            }
            let flags = a.get(b"F").and_then(Object::as_i64).unwrap_or(0);
            if flags & HIDDEN != 0 {
                continue;
            }
            if let Some((xobj, cm)) = placement(doc, a) {
                counter += 1;
                draws.push((format!("FlatW{counter}").into_bytes(), xobj, cm));
            }
        }
        if draws.is_empty() && keep.len() == count_annots(doc, page_id) {
            continue;
        }
        let mut content = Vec::new();
        for (name, _, cm) in &draws {
            content.extend_from_slice(b"q\n");
            content.extend_from_slice(cm.as_bytes());
            content.extend_from_slice(b" cm\n");
            crate::pdf::syntax::push_name(&mut content, name);
            content.extend_from_slice(b" Do\nQ\n");
        }
        add_xobjects(doc, page_id, &draws)?;
        let before = doc.add_object(Stream::new(Dictionary::new(), b"q\n".to_vec()));
        let mut after_stream =
            Stream::new(Dictionary::new(), [b"Q\n".as_slice(), &content].concat());
        // Compression is deterministic; failure only costs size.
        crate::pdf::deflate::compress(&mut after_stream);
        let after = doc.add_object(after_stream);
        let mut contents = vec![Object::Reference(before)];
        // /Contents may be a stream, an array, or a reference to an array.
        match doc.get_dictionary(page_id)?.get(b"Contents") {
            Ok(Object::Array(a)) => contents.extend(a.iter().cloned()),
            Ok(Object::Reference(r)) => match doc.get_object(*r) {
                Ok(Object::Array(a)) => contents.extend(a.iter().cloned()),
                _ => contents.push(Object::Reference(*r)),
            },
            Ok(other) => contents.push(other.clone()),
            Err(_) => {}
        }
        let page = doc.get_dictionary_mut(page_id)?;
        contents.push(Object::Reference(after));
        page.set("Contents", contents);
        if keep.is_empty() {
            page.remove(b"Annots");
        } else {
            page.set("Annots", keep);
        }
    }
    let root = doc.trailer.get(b"Root").and_then(Object::as_reference)?;
    doc.get_dictionary_mut(root)?.remove(b"AcroForm");
    doc.prune_objects();
    Ok(())
}

fn count_annots(doc: &Document, page: ObjectId) -> usize {
    doc.get_dictionary(page)
        .and_then(|p| p.get_deref(b"Annots", doc))
        .and_then(Object::as_array)
        .map_or(0, Vec::len)
}

/// The appearance XObject of a widget and the `cm` operands that map its
/// (Matrix-transformed) BBox onto the widget's /Rect.
fn placement(doc: &Document, widget: &Dictionary) -> Option<(ObjectId, String)> {
    let normal = widget
        .get_deref(b"AP", doc)
        .ok()?
        .as_dict()
        .ok()?
        .get(b"N")
        .ok()?;
    let xobj = match normal {
        Object::Reference(id) => match doc.get_object(*id).ok()? {
            Object::Stream(_) => *id,
            Object::Dictionary(states) => state_stream(widget, states)?,
            _ => return None,
        },
        Object::Dictionary(states) => state_stream(widget, states)?,
        _ => return None,
    };
    let stream = doc.get_object(xobj).ok()?.as_stream().ok()?;
    let rect = crate::pdf::blank::widget_rect(doc, widget)?;
    let nums = |key: &[u8]| -> Option<Vec<f32>> {
        let a = stream.dict.get_deref(key, doc).ok()?.as_array().ok()?;
        a.iter().map(|o| number(o).ok()).collect()
    };
    let bbox = nums(b"BBox").filter(|b| b.len() == 4)?;
    let m = nums(b"Matrix")
        .filter(|m| m.len() == 6)
        .unwrap_or_else(|| vec![1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);
    // Transformed bbox corners → their bounding box (PDF 32000 12.5.5).
    let corners = [
        (bbox[0], bbox[1]),
        (bbox[2], bbox[1]),
        (bbox[0], bbox[3]),
        (bbox[2], bbox[3]),
    ];
    let pts: Vec<(f32, f32)> = corners
        .iter()
        .map(|(x, y)| (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]))
        .collect();
    let min_x = pts.iter().map(|p| p.0).fold(f32::INFINITY, f32::min);
    let max_x = pts.iter().map(|p| p.0).fold(f32::NEG_INFINITY, f32::max);
    let min_y = pts.iter().map(|p| p.1).fold(f32::INFINITY, f32::min);
    let max_y = pts.iter().map(|p| p.1).fold(f32::NEG_INFINITY, f32::max);
    let (bw, bh) = (max_x - min_x, max_y - min_y);
    if bw <= 0.0 || bh <= 0.0 {
        return None;
    }
    let sx = (rect[2] - rect[0]) / bw;
    let sy = (rect[3] - rect[1]) / bh;
    let cm = format!(
        "{} 0 0 {} {} {}",
        num(sx),
        num(sy),
        num(rect[0] - min_x * sx),
        num(rect[1] - min_y * sy)
    );
    Some((xobj, cm))
}

fn state_stream(widget: &Dictionary, states: &Dictionary) -> Option<ObjectId> {
    let state = widget.get(b"AS").and_then(Object::as_name).ok()?;
    states.get(state).and_then(Object::as_reference).ok()
}

/// Adds the appearance XObjects to the page's own /Resources, copying
/// inherited or shared resources first so other pages are not changed.
fn add_xobjects(
    doc: &mut Document,
    page_id: ObjectId,
    draws: &[(Vec<u8>, ObjectId, String)],
) -> Result<(), PdfError> {
    if draws.is_empty() {
        return Ok(());
    }
    let mut resources = match page_resources(doc, page_id) {
        Some(r) => r,
        None => Dictionary::new(),
    };
    let mut xobjects = match resources.get(b"XObject") {
        Ok(o) => match doc.dereference(o) {
            Ok((_, Object::Dictionary(d))) => d.clone(),
            _ => Dictionary::new(),
        },
        Err(_) => Dictionary::new(),
    };
    for (name, id, _) in draws {
        xobjects.set(name.clone(), Object::Reference(*id));
    }
    resources.set("XObject", xobjects);
    doc.get_dictionary_mut(page_id)?.set("Resources", resources);
    Ok(())
}

/// The page's /Resources, its own or inherited from the page tree (the same /Parent walk as a
/// field's inherited attributes).
fn page_resources(doc: &Document, page_id: ObjectId) -> Option<Dictionary> {
    let page = doc.get_dictionary(page_id).ok()?;
    match inherited(doc, page, b"Resources")? {
        Object::Dictionary(d) => Some(d.clone()),
        _ => None,
    }
}
