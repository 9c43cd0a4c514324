//! Parsing a blank form once and indexing its fields by full name.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::pdf::appearance::parse_da;
use crate::pdf::encoding::decode_text_string;
use crate::pdf::hash::IdHasher;
use crate::pdf::metrics::number;
use crate::pdf::structure::{kids, walk_tree, MAX_DEPTH};
use crate::pdf::PdfError;

/// What kind of field a terminal field is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    Checkbox,
    Radio,
    Choice,
    Signature,
    Button,
}

/// Everything a caller needs to know to fill one field.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldInfo {
    /// Fully qualified name, e.g. `form1[0].#subform[0].PtAILine4_LastName[0]`.
    pub name: String,
    pub kind: FieldKind,
    /// On-state names from the widgets' /AP /N (without the leading `/`),
    /// in widget order, e.g. `["M"]` or `[" STE "]`.
    pub on_states: Vec<String>,
    /// 1-based page of the first widget.
    pub page: Option<u32>,
    /// Rectangle of the first widget: [x0, y0, x1, y1], normalised.
    pub rect: [f32; 4],
    pub max_len: Option<u32>,
    pub multiline: bool,
    pub comb: bool,
    pub read_only: bool,
    /// Export values of a choice field's /Opt.
    pub options: Vec<String>,
    /// Font size from /DA (0 = auto).
    pub font_size: Option<f32>,
    /// The field's /TU (tooltip): USCIS puts the question text there.
    pub tooltip: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct FieldEntry {
    pub(crate) info: FieldInfo,
    /// The terminal field dictionary (holds /V).
    pub(crate) field_id: ObjectId,
    /// Its widget annotations (the field itself when merged).
    pub(crate) widgets: Vec<ObjectId>,
}

/// A parsed, decrypted blank form with its field index.
#[derive(Clone)]
pub struct Blank {
    pub(crate) doc: Document,
    pub(crate) fields: Vec<FieldEntry>,
    pub(crate) by_name: HashMap<String, usize>,
    /// Hash of the input bytes, the seed of every output's /ID.
    pub(crate) input_hash: [u8; 16],
    /// The form's own fonts (/DR), read once for measuring text.
    pub(crate) dr_fonts: std::sync::OnceLock<HashMap<Vec<u8>, crate::pdf::textbox::FontRes>>,
    /// `doc` serialised, on the first fill.
    pub(crate) serialized: std::sync::OnceLock<
        Result<crate::pdf::overlay::Serialized, std::sync::Arc<crate::pdf::PdfError>>,
    >,
}

impl std::fmt::Debug for Blank {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Blank")
            .field("fields", &self.fields.len())
            .finish_non_exhaustive()
    }
}

impl Blank {
    /// Parses and (with the empty user password) decrypts a blank, and indexes its fields.
    pub fn parse(bytes: &[u8]) -> Result<Blank, PdfError> {
        let mut doc = Document::load_mem(bytes)?;
        if doc.is_encrypted() {
            // lopdf leaves /Encrypt in place when the empty password does not open it.
            return Err(PdfError::Structure(
                "the document is encrypted with a non-empty password".into(),
            ));
        }
        crate::pdf::structure::check(&doc, bytes.len())?;
        crate::pdf::sanitize::prepare(&mut doc)?;
        let fields = index_fields(&doc)?;
        let mut by_name = HashMap::with_capacity(fields.len());
        for (i, f) in fields.iter().enumerate() {
            // First one wins; the USCIS blanks have no duplicate names.
            by_name.entry(f.info.name.clone()).or_insert(i);
        }
        let mut h = IdHasher::new();
        h.update(bytes);
        Ok(Blank {
            doc,
            fields,
            by_name,
            input_hash: h.finish(),
            dr_fonts: std::sync::OnceLock::new(),
            serialized: std::sync::OnceLock::new(),
        })
    }

    /// A hash of the blank's bytes as given (the first half of every output's /ID).
    pub fn input_hash(&self) -> [u8; 16] {
        self.input_hash
    }

    /// All terminal fields, in /AcroForm /Fields order.
    pub fn fields(&self) -> Vec<FieldInfo> {
        self.fields.iter().map(|f| f.info.clone()).collect()
    }

    /// Looks one field up by full name.
    /// Pages of the blank (continuation sheets come after them).
    pub fn page_count(&self) -> usize {
        self.doc.get_pages().len()
    }

    pub fn field(&self, name: &str) -> Option<&FieldInfo> {
        self.by_name.get(name).map(|&i| &self.fields[i].info)
    }

    /// Form and edition as `"I-589|01/20/25"`: from the PDF417 barcode
    /// field's value or default value, else from a page footer
    /// ("Form I-589 Edition 01/20/25").
    pub fn edition(&self) -> Option<String> {
        for f in &self.fields {
            if !f.info.name.contains("PDF417BarCode") {
                continue;
            }
            let Ok(dict) = self.doc.get_dictionary(f.field_id) else {
                continue;
            };
            for key in [b"V".as_slice(), b"DV".as_slice()] {
                let value = inherited(&self.doc, dict, key)
                    .and_then(|o| o.as_str().ok())
                    .map(decode_text_string);
                if let Some(ed) = value.as_deref().and_then(edition_from_barcode) {
                    return Some(ed);
                }
            }
        }
        self.edition_from_footer()
    }

    fn edition_from_footer(&self) -> Option<String> {
        let pages: Vec<u32> = self.doc.get_pages().keys().copied().collect();
        // The footer is on every page; the first and last are enough.
        let candidates = [pages.first().copied(), pages.last().copied()];
        for page in candidates.into_iter().flatten() {
            let Ok(text) = self.doc.extract_text(&[page]) else {
                continue;
            };
            if let Some(ed) = edition_from_footer_text(&text) {
                return Some(ed);
            }
        }
        None
    }
}

/// `"I-589|01/20/25|12"` → `"I-589|01/20/25"`.
pub(crate) fn edition_from_barcode(value: &str) -> Option<String> {
    let mut parts = value.split('|');
    let form = parts.next()?.trim();
    let date = parts.next()?.trim();
    if form.contains('-') && is_edition_date(date) {
        Some(format!("{form}|{date}"))
    } else {
        None
    }
}

fn is_edition_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 8
        && b[2] == b'/'
        && b[5] == b'/'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || i == 5 || c.is_ascii_digit())
}

/// Finds "Form I-589 ... Edition 01/20/25" in extracted page text.
pub(crate) fn edition_from_footer_text(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let ed_pos = words.iter().position(|w| *w == "Edition")?;
    let date = words.get(ed_pos + 1).filter(|d| is_edition_date(d))?;
    let form = words[..ed_pos]
        .iter()
        .rev()
        .take(4)
        .find(|w| w.contains('-') && w.starts_with(|c: char| c.is_ascii_uppercase()))?;
    Some(format!("{form}|{date}"))
}

/// Looks `key` up on `dict` or the nearest /Parent that has it.
pub(crate) fn inherited<'a>(
    doc: &'a Document,
    dict: &'a Dictionary,
    key: &[u8],
) -> Option<&'a Object> {
    let mut cur = dict;
    for _ in 0..MAX_DEPTH {
        if let Ok(v) = cur.get(key) {
            return doc.dereference(v).ok().map(|(_, o)| o);
        }
        cur = cur
            .get(b"Parent")
            .and_then(Object::as_reference)
            .and_then(|id| doc.get_dictionary(id))
            .ok()?;
    }
    None
}

/// The terminal fields, each with its widgets, by the shared walk of the field tree (the one
/// [`crate::pdf::structure::check`] refuses loops with; it has run by now). A field comes
/// before its kids (a field with both kid fields and widgets of its own breaks the PDF rules).
fn index_fields(doc: &Document) -> Result<Vec<FieldEntry>, PdfError> {
    let catalog = doc.catalog()?;
    let acroform = catalog
        .get_deref(b"AcroForm", doc)
        .and_then(Object::as_dict)
        .map_err(|_| PdfError::Structure("no /AcroForm: not a fillable form".into()))?;
    let roots = acroform
        .get_deref(b"Fields", doc)
        .and_then(Object::as_array)
        .map_err(|_| PdfError::Structure("/AcroForm has no /Fields array".into()))?;
    let page_of: HashMap<ObjectId, u32> =
        doc.get_pages().into_iter().map(|(n, id)| (id, n)).collect();
    let annot_page = annotation_pages(doc);
    let mut out = Vec::new();
    // Passed down: the parent field's full name; None at a root.
    let roots = roots
        .iter()
        .filter_map(|r| Some((r.as_reference().ok()?, None::<String>)))
        .collect();
    walk_tree(doc, roots, "field tree", "field ", |id, dict, parent| {
        let Some(dict) = dict else {
            return Ok(None);
        };
        if parent.is_some() && !dict.has(b"T") {
            // A kid without /T is a widget of its parent, indexed with it.
            return Ok(None);
        }
        let name = field_name(dict, parent.as_deref().unwrap_or(""));
        let kids = kids(doc, dict, id)?;
        // Kids without /T are this field's widgets (e.g. radio buttons).
        let mut widgets: Vec<ObjectId> = kids
            .iter()
            .copied()
            .filter(|kid| doc.get_dictionary(*kid).is_ok_and(|kd| !kd.has(b"T")))
            .collect();
        let is_widget =
            dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Widget".as_slice());
        if is_widget || (kids.is_empty() && dict.has(b"FT")) {
            widgets.insert(0, id);
        }
        if !widgets.is_empty() {
            out.push(FieldEntry {
                info: field_info(doc, dict, name.clone(), &widgets, &page_of, &annot_page),
                field_id: id,
                widgets,
            });
        }
        Ok(Some(Some(name)))
    })?;
    Ok(out)
}

/// A field's full name: its parent's, a dot and its partial name (/T).
fn field_name(dict: &Dictionary, parent_name: &str) -> String {
    let partial = dict
        .get(b"T")
        .and_then(Object::as_str)
        .map(decode_text_string)
        .unwrap_or_default();
    match (parent_name.is_empty(), partial.is_empty()) {
        (true, _) => partial,
        (false, true) => parent_name.to_string(),
        (false, false) => format!("{parent_name}.{partial}"),
    }
}

/// Widget → page for widgets without /P, from the pages' /Annots.
fn annotation_pages(doc: &Document) -> HashMap<ObjectId, u32> {
    let mut map = HashMap::new();
    for (n, page_id) in doc.get_pages() {
        let annots = doc
            .get_dictionary(page_id)
            .and_then(|p| p.get_deref(b"Annots", doc))
            .and_then(Object::as_array);
        if let Ok(annots) = annots {
            for a in annots {
                if let Ok(id) = a.as_reference() {
                    map.entry(id).or_insert(n);
                }
            }
        }
    }
    map
}

fn field_info(
    doc: &Document,
    dict: &Dictionary,
    name: String,
    widgets: &[ObjectId],
    page_of: &HashMap<ObjectId, u32>,
    annot_page: &HashMap<ObjectId, u32>,
) -> FieldInfo {
    let ft = inherited(doc, dict, b"FT")
        .and_then(|o| o.as_name().ok())
        .unwrap_or(b"");
    let ff = inherited(doc, dict, b"Ff")
        .and_then(|o| o.as_i64().ok())
        .unwrap_or(0);
    let kind = match ft {
        b"Tx" => FieldKind::Text,
        b"Ch" => FieldKind::Choice,
        b"Sig" => FieldKind::Signature,
        b"Btn" if ff & (1 << 16) != 0 => FieldKind::Button,
        b"Btn" if ff & (1 << 15) != 0 => FieldKind::Radio,
        b"Btn" => FieldKind::Checkbox,
        _ => FieldKind::Button,
    };
    let mut on_states = Vec::new();
    for w in widgets {
        for s in widget_on_states(doc, *w) {
            let s = String::from_utf8_lossy(&s).into_owned();
            if !on_states.contains(&s) {
                on_states.push(s);
            }
        }
    }
    let first = widgets.first().and_then(|w| doc.get_dictionary(*w).ok());
    let page = first.and_then(|w| {
        w.get(b"P")
            .and_then(Object::as_reference)
            .ok()
            .and_then(|p| page_of.get(&p).copied())
            .or_else(|| widgets.first().and_then(|id| annot_page.get(id).copied()))
    });
    let rect = first.and_then(|w| widget_rect(doc, w)).unwrap_or([0.0; 4]);
    let options = inherited(doc, dict, b"Opt")
        .and_then(|o| o.as_array().ok())
        .map(|opts| {
            opts.iter()
                .filter_map(|o| match doc.dereference(o).ok()?.1 {
                    Object::String(s, _) => Some(decode_text_string(s)),
                    Object::Array(pair) => pair.first()?.as_str().ok().map(decode_text_string),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let font_size = inherited(doc, dict, b"DA")
        .and_then(|o| o.as_str().ok())
        .map(|da| parse_da(da).size);
    FieldInfo {
        name,
        kind,
        on_states,
        page,
        rect,
        max_len: inherited(doc, dict, b"MaxLen")
            .and_then(|o| o.as_i64().ok())
            .and_then(|n| u32::try_from(n).ok()),
        multiline: kind == FieldKind::Text && ff & (1 << 12) != 0,
        comb: kind == FieldKind::Text && ff & (1 << 24) != 0,
        read_only: ff & 1 != 0,
        options,
        font_size,
        tooltip: dict
            .get(b"TU")
            .and_then(Object::as_str)
            .ok()
            .map(decode_text_string),
    }
}

/// The on-state names in a widget's /AP /N dictionary (everything but /Off).
pub(crate) fn widget_on_states(doc: &Document, widget: ObjectId) -> Vec<Vec<u8>> {
    let normal = doc
        .get_dictionary(widget)
        .and_then(|w| w.get_deref(b"AP", doc))
        .and_then(Object::as_dict)
        .and_then(|ap| ap.get_deref(b"N", doc))
        .and_then(Object::as_dict);
    match normal {
        Ok(n) => n
            .iter()
            .map(|(k, _)| k.clone())
            .filter(|k| k.as_slice() != b"Off")
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// A widget's /Rect, normalised so that x0 < x1 and y0 < y1.
pub(crate) fn widget_rect(doc: &Document, widget: &Dictionary) -> Option<[f32; 4]> {
    let r = widget.get_deref(b"Rect", doc).ok()?.as_array().ok()?;
    if r.len() != 4 {
        return None;
    }
    let v: Vec<f32> = r
        .iter()
        .map(|o| doc.dereference(o).ok().and_then(|(_, o)| number(o).ok()))
        .collect::<Option<Vec<f32>>>()?;
    Some([
        v[0].min(v[2]),
        v[1].min(v[3]),
        v[0].max(v[2]),
        v[1].max(v[3]),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn barcode_and_footer_editions() {
        assert_eq!(
            edition_from_barcode("I-589|01/20/25|12").as_deref(),
            Some("I-589|01/20/25")
        );
        assert_eq!(edition_from_barcode("1234567890"), None);
        assert_eq!(
            edition_from_footer_text(
                "3. USCIS Online Account Number Form I-589   Edition   01/20/25  Page 1"
            )
            .as_deref(),
            Some("I-589|01/20/25")
        );
    }
}
