//! What every fill of a blank starts from, done once when it is parsed.

use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::pdf::PdfError;

/// What every fill of a blank starts from, done once at parse: no XFA, no JavaScript, no
/// usage-rights signature, nothing that makes a viewer run code or regenerate the form from
/// the XFA, and nothing left unreferenced by their removal.
pub(crate) fn prepare(doc: &mut Document) -> Result<(), PdfError> {
    sanitize(doc)?;
    finish_acroform(doc)?;
    doc.prune_objects();
    Ok(())
}

fn sanitize(doc: &mut Document) -> Result<(), PdfError> {
    let root = doc.trailer.get(b"Root").and_then(Object::as_reference)?;
    // Names of document-level scripts; /Names may be inline or a reference.
    let names_ref = doc
        .get_dictionary(root)?
        .get(b"Names")
        .and_then(Object::as_reference)
        .ok();
    {
        let catalog = doc.get_dictionary_mut(root)?;
        for key in [b"OpenAction".as_slice(), b"AA", b"Perms", b"NeedsRendering"] {
            catalog.remove(key);
        }
        if let Ok(Object::Dictionary(names)) = catalog.get_mut(b"Names") {
            names.remove(b"JavaScript");
        }
    }
    if let Some(id) = names_ref {
        if let Ok(names) = doc.get_dictionary_mut(id) {
            names.remove(b"JavaScript");
        }
    }
    // Action dictionaries that run JavaScript, wherever they are.
    let js_actions: Vec<ObjectId> = doc
        .objects
        .iter()
        .filter(|(_, o)| {
            as_dict(o).is_some_and(|d| {
                d.get(b"S").and_then(Object::as_name).ok() == Some(b"JavaScript".as_slice())
            })
        })
        .map(|(id, _)| *id)
        .collect();
    for obj in doc.objects.values_mut() {
        let dict = match obj {
            Object::Dictionary(d) => d,
            Object::Stream(s) => &mut s.dict,
            _ => continue,
        };
        dict.remove(b"AA");
        let js = match dict.get(b"A") {
            Ok(Object::Reference(r)) => js_actions.contains(r),
            Ok(Object::Dictionary(a)) => {
                a.get(b"S").and_then(Object::as_name).ok() == Some(b"JavaScript".as_slice())
            }
            _ => false,
        };
        if js {
            dict.remove(b"A");
        }
    }
    Ok(())
}

fn as_dict(o: &Object) -> Option<&Dictionary> {
    match o {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

fn acroform_id(doc: &Document) -> Result<Option<ObjectId>, PdfError> {
    Ok(doc
        .catalog()?
        .get(b"AcroForm")
        .and_then(Object::as_reference)
        .ok())
}

/// Drops /XFA and the signature flags, and tells viewers to use our appearances.
fn finish_acroform(doc: &mut Document) -> Result<(), PdfError> {
    let edit = |af: &mut Dictionary| {
        af.remove(b"XFA");
        // The only signature was the usage-rights one in /Perms, now removed;
        // AppendOnly would ask viewers to keep it intact.
        af.remove(b"SigFlags");
        af.set("NeedAppearances", false);
    };
    match acroform_id(doc)? {
        Some(id) => edit(doc.get_dictionary_mut(id)?),
        None => {
            let root = doc.trailer.get(b"Root").and_then(Object::as_reference)?;
            if let Ok(Object::Dictionary(af)) = doc.get_dictionary_mut(root)?.get_mut(b"AcroForm") {
                edit(af);
            }
        }
    }
    Ok(())
}
