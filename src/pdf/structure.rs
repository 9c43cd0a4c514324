//! The shape of a blank, checked when it is loaded: its page tree and field tree are trees (no
//! node reached twice, none its own ancestor, not nested absurdly deep), every stream's
//! /Length is a number within the file, and the pages' content streams decompress. A blank that fails is refused with what is wrong, rather
//! than filled into a form that viewers and `qpdf --check` reject (a looping page tree was
//! written out as it came) or walked without end.

use std::collections::HashSet;

use lopdf::{Document, Object, ObjectId};

use crate::pdf::PdfError;

/// Deeper than any real form's page or field tree (the USCIS blanks nest fields 4 deep).
pub(crate) const MAX_DEPTH: usize = 64;

fn bad(msg: String) -> PdfError {
    PdfError::Structure(msg)
}

fn name(id: ObjectId) -> String {
    format!("object {} {}", id.0, id.1)
}

/// Checks everything; `input_len` is the size of the file as given.
pub(crate) fn check(doc: &Document, input_len: usize) -> Result<(), PdfError> {
    page_tree(doc)?;
    field_tree(doc)?;
    stream_lengths(doc, input_len)?;
    page_contents(doc)
}

/// The references in a /Kids entry (an array, inline or indirect).
pub(crate) fn kids(
    doc: &Document,
    dict: &lopdf::Dictionary,
    of: ObjectId,
) -> Result<Vec<ObjectId>, PdfError> {
    let Ok(kids) = dict.get(b"Kids") else {
        return Ok(Vec::new());
    };
    let array = doc
        .dereference(kids)
        .ok()
        .and_then(|(_, o)| o.as_array().ok())
        .ok_or_else(|| bad(format!("the /Kids of {} is not an array", name(of))))?;
    array
        .iter()
        .map(|k| {
            k.as_reference()
                .map_err(|_| bad(format!("the /Kids of {} holds a non-reference", name(of))))
        })
        .collect()
}

fn page_tree(doc: &Document) -> Result<(), PdfError> {
    let root = doc
        .catalog()?
        .get(b"Pages")
        .and_then(Object::as_reference)
        .map_err(|_| bad("the catalog has no /Pages".into()))?;
    walk_tree(
        doc,
        vec![(root, ())],
        "page tree",
        "",
        |id, dict, ()| match dict {
            Some(_) => Ok(Some(())),
            None => Err(bad(format!("page tree node {} is missing", name(id)))),
        },
    )
}

fn field_tree(doc: &Document) -> Result<(), PdfError> {
    let catalog = doc.catalog()?;
    let Some(acroform) = catalog
        .get_deref(b"AcroForm", doc)
        .and_then(Object::as_dict)
        .ok()
    else {
        // No form at all: the loader says so in its own words.
        return Ok(());
    };
    let Some(roots) = acroform
        .get_deref(b"Fields", doc)
        .and_then(Object::as_array)
        .ok()
    else {
        return Ok(());
    };
    let roots = roots
        .iter()
        .filter_map(|r| Some((r.as_reference().ok()?, ())))
        .collect();
    walk_tree(doc, roots, "field tree", "field ", |id, dict, ()| {
        if dict.is_none() {
            return Ok(None);
        }
        parents(doc, id)?;
        Ok(Some(()))
    })
}

/// Walks a tree of /Kids from `roots`, depth first in document order (each node before its
/// kids, kids in /Kids order), refusing a node reached twice (`tree` and `node` name them in
/// the message) or nested over [`MAX_DEPTH`]: the one walk of a page or field tree, for the
/// checks here and for indexing a blank's fields (`pdf/blank.rs`). `visit` sees each node's
/// dictionary (None when it is missing) with what its parent passed down (`C`, given with each
/// root), and returns what to pass to its kids, or None not to go into them.
pub(crate) fn walk_tree<C: Clone>(
    doc: &Document,
    roots: Vec<(ObjectId, C)>,
    tree: &str,
    node: &str,
    mut visit: impl FnMut(ObjectId, Option<&lopdf::Dictionary>, C) -> Result<Option<C>, PdfError>,
) -> Result<(), PdfError> {
    let mut seen = HashSet::new();
    // A stack: pushed in reverse, so popped in document order.
    let mut stack: Vec<(ObjectId, usize, C)> =
        roots.into_iter().rev().map(|(id, c)| (id, 0, c)).collect();
    while let Some((id, depth, passed)) = stack.pop() {
        if depth > MAX_DEPTH {
            return Err(bad(format!("the {tree} is nested over {MAX_DEPTH} deep")));
        }
        if !seen.insert(id) {
            return Err(bad(format!(
                "the {tree} loops: {node}{} is reached twice",
                name(id)
            )));
        }
        let dict = doc.get_dictionary(id).ok();
        let Some(down) = visit(id, dict, passed)? else {
            continue;
        };
        if let Some(dict) = dict {
            for kid in kids(doc, dict, id)?.into_iter().rev() {
                stack.push((kid, depth + 1, down.clone()));
            }
        }
    }
    Ok(())
}

/// The /Parent chain of a field ends (a field is never its own ancestor).
fn parents(doc: &Document, field: ObjectId) -> Result<(), PdfError> {
    let mut chain = vec![field];
    let mut cur = field;
    while let Some(parent) = doc
        .get_dictionary(cur)
        .ok()
        .and_then(|d| d.get(b"Parent").ok())
        .and_then(|p| p.as_reference().ok())
    {
        if chain.contains(&parent) {
            return Err(bad(format!(
                "field {} is its own ancestor (its /Parent chain loops)",
                name(field)
            )));
        }
        if chain.len() > MAX_DEPTH {
            return Err(bad(format!(
                "the /Parent chain of field {} is over {MAX_DEPTH} long",
                name(field)
            )));
        }
        chain.push(parent);
        cur = parent;
    }
    Ok(())
}

fn stream_lengths(doc: &Document, input_len: usize) -> Result<(), PdfError> {
    for (id, obj) in &doc.objects {
        let Object::Stream(s) = obj else { continue };
        let Ok(length) = s.dict.get(b"Length") else {
            continue;
        };
        let n = doc
            .dereference(length)
            .ok()
            .and_then(|(_, o)| o.as_i64().ok())
            .ok_or_else(|| {
                bad(format!(
                    "the /Length of stream {} is not a number",
                    name(*id)
                ))
            })?;
        if n < 0 || n as u64 > input_len as u64 {
            return Err(bad(format!(
                "stream {} has /Length {n}, outside the file's {input_len} bytes",
                name(*id)
            )));
        }
    }
    Ok(())
}

/// Each page's content streams decompress: a damaged one would be carried into every filled
/// form, whose pages viewers then cannot draw (`qpdf --check` fails them).
fn page_contents(doc: &Document) -> Result<(), PdfError> {
    for (n, page) in doc.get_pages() {
        let Ok(contents) = doc.get_dictionary(page).and_then(|p| p.get(b"Contents")) else {
            continue;
        };
        let ids: Vec<ObjectId> = match contents {
            Object::Reference(id) => match doc.get_object(*id) {
                Ok(Object::Array(a)) => a.iter().filter_map(|o| o.as_reference().ok()).collect(),
                _ => vec![*id],
            },
            Object::Array(a) => a.iter().filter_map(|o| o.as_reference().ok()).collect(),
            _ => Vec::new(),
        };
        for id in ids {
            let Ok(Object::Stream(s)) = doc.get_object(id) else {
                return Err(bad(format!(
                    "page {n}: its content {} is not a stream",
                    name(id)
                )));
            };
            let flate_only = s
                .filters()
                .is_ok_and(|f| f.len() == 1 && f[0] == b"FlateDecode".as_slice());
            if flate_only && !inflates(&s.content) {
                return Err(bad(format!(
                    "page {n}: its content stream {} is damaged (does not decompress)",
                    name(id)
                )));
            }
        }
    }
    Ok(())
}

/// Whether zlib data inflates to its end, checksum included (lopdf's own decoding keeps what
/// it could read of a damaged stream). Bounded: a page's content never comes near 64 MB.
fn inflates(data: &[u8]) -> bool {
    use std::io::Read;
    let mut decoder = flate2::read::ZlibDecoder::new(data).take(64 << 20);
    std::io::copy(&mut decoder, &mut std::io::sink()).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::{dictionary, Stream};

    /// A one-page document with a one-field form; `edit` makes it hostile.
    fn doc(edit: impl FnOnce(&mut Document, ObjectId, ObjectId, ObjectId)) -> Document {
        let mut doc = Document::with_version("1.7");
        let pages = doc.new_object_id();
        let content = doc.add_object(Stream::new(dictionary! {}, b"BT ET".to_vec()));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages, "Contents" => content,
        });
        doc.objects.insert(
            pages,
            Object::Dictionary(
                dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
            ),
        );
        let field =
            doc.add_object(dictionary! { "T" => Object::string_literal("a"), "FT" => "Tx" });
        let form = doc.add_object(dictionary! { "Fields" => vec![field.into()] });
        let catalog = doc
            .add_object(dictionary! { "Type" => "Catalog", "Pages" => pages, "AcroForm" => form });
        doc.trailer.set("Root", catalog);
        edit(&mut doc, pages, page, field);
        doc
    }

    fn refused(d: &Document) -> String {
        match check(d, 1000) {
            Err(PdfError::Structure(m)) => m,
            other => panic!("not refused: {other:?}"),
        }
    }

    #[test]
    fn a_sound_document_passes() {
        assert!(check(&doc(|_, _, _, _| {}), 1000).is_ok());
    }

    #[test]
    fn loops_self_parents_and_absurd_lengths_are_refused() {
        let m = refused(&doc(|d, pages, _, _| {
            if let Ok(Object::Array(k)) =
                d.get_dictionary_mut(pages).expect("pages").get_mut(b"Kids")
            {
                k.push(Object::Reference(pages));
            }
        }));
        assert!(m.contains("page tree loops"), "{m}");
        let m = refused(&doc(|d, pages, page, _| {
            let p = d.get_dictionary_mut(page).expect("page");
            p.set("Kids", vec![Object::Reference(pages)]);
        }));
        assert!(m.contains("page tree loops"), "{m}");
        let m = refused(&doc(|d, _, _, field| {
            d.get_dictionary_mut(field)
                .expect("field")
                .set("Parent", field);
        }));
        assert!(m.contains("its own ancestor"), "{m}");
        let m = refused(&doc(|d, _, _, field| {
            d.get_dictionary_mut(field)
                .expect("field")
                .set("Kids", vec![Object::Reference(field)]);
        }));
        assert!(m.contains("field tree loops"), "{m}");
        for length in [-1, i64::MAX] {
            let m = refused(&doc(|d, _, page, _| {
                let content = d
                    .get_dictionary(page)
                    .and_then(|p| p.get(b"Contents"))
                    .and_then(Object::as_reference)
                    .expect("contents");
                if let Ok(Object::Stream(s)) = d.get_object_mut(content) {
                    s.dict.set("Length", length);
                }
            }));
            assert!(m.contains("/Length"), "{m}");
        }
        let m = refused(&doc(|d, _, page, _| {
            let content = d
                .get_dictionary(page)
                .and_then(|p| p.get(b"Contents"))
                .and_then(Object::as_reference)
                .expect("contents");
            if let Ok(Object::Stream(s)) = d.get_object_mut(content) {
                s.dict.set("Filter", "FlateDecode");
                s.content = b"x\x9cnot deflate".to_vec();
            }
        }));
        assert!(m.contains("does not decompress"), "{m}");
    }
}
