//! Filling a blank: values, appearance streams, and removing what would make
//! the output behave differently in different viewers (XFA, JavaScript,
//! encryption, usage-rights signature).

use std::collections::HashMap;

use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream, StringFormat};

use crate::pdf::appearance::{layout, parse_da, BoxSpec, Da, Layout};
use crate::pdf::blank::{inherited, widget_on_states, widget_rect, Blank, FieldEntry, FieldKind};
use crate::pdf::embed::EmbedSet;
use crate::pdf::encoding::encode_text_string;
use crate::pdf::flatten::flatten_document;
use crate::pdf::hash::IdHasher;
use crate::pdf::metrics::SimpleFont;
use crate::pdf::overlay::{save, Objects, Overlay, Serialized};
use crate::pdf::sheet::Sheet;
use crate::pdf::textbox::{choose_font, dr_fonts, draw_text, form_xobject, simple_layout, FontRes};
use crate::pdf::PdfError;
use crate::text::fonts::EmbedFont;

/// A value for one field.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldValue {
    Text(String),
    /// Checkbox on (the widget's own on-state) or off.
    Check(bool),
    /// A choice option, or the on-state name of a radio button / checkbox.
    Choice(String),
}

/// What to do with the PDF417 barcode field of the blank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BarcodePolicy {
    /// Clear its value and give it an empty appearance. The blank's barcode
    /// image encodes the empty form; without the XFA nothing updates it, and a
    /// barcode that disagrees with the printed answers is worse than none.
    #[default]
    Blank,
    /// Leave the blank's barcode appearance and value untouched.
    Keep,
}

/// Options for [`Blank::fill`].
#[derive(Debug, Clone, PartialEq)]
pub struct FillOptions {
    /// Also produce a flattened (non-editable) copy in [`Filled::flattened`].
    pub flatten: bool,
    /// Text is never drawn smaller than this; what does not fit goes to overflow.
    pub min_font_size: f32,
    pub barcode: BarcodePolicy,
    /// Fonts to embed (subset) for text the form's WinAnsi fonts cannot
    /// draw; the first one that has every character of a value is used.
    pub fallback_fonts: Vec<EmbedFont>,
}

impl Default for FillOptions {
    fn default() -> Self {
        FillOptions {
            flatten: false,
            min_font_size: 7.0,
            barcode: BarcodePolicy::Blank,
            fallback_fonts: Vec::new(),
        }
    }
}

/// Flattens an already filled form (the bytes of [`Filled`]).
pub fn flatten(filled: &Filled) -> Result<Vec<u8>, PdfError> {
    let mut doc = Document::load_mem(&filled.bytes)?;
    flatten_document(&mut doc)?;
    save(&mut doc)
}

/// Text that did not fit its field even at the minimum font size.
#[derive(Debug, Clone, PartialEq)]
pub struct Overflow {
    pub name: String,
    /// What the field now shows (its /V).
    pub fitted: String,
    /// The remainder, for a continuation page: exactly what follows `fitted` (white space
    /// included), so `fitted + rest` is the whole value.
    pub rest: String,
}

/// The result of a fill.
#[derive(Debug, Clone)]
pub struct Filled {
    /// The filled, still editable form.
    pub bytes: Vec<u8>,
    /// The flattened form, when [`FillOptions::flatten`] was set.
    pub flattened: Option<Vec<u8>>,
    pub overflow: Vec<Overflow>,
    /// Names given to `fill` that the form does not have.
    pub unknown_fields: Vec<String>,
}

impl Blank {
    /// Fills `values` into a copy of the blank and serialises it.
    pub fn fill(
        &self,
        values: &[(String, FieldValue)],
        opts: &FillOptions,
    ) -> Result<Filled, PdfError> {
        self.fill_with_sheet(values, None, opts)
    }

    /// Like [`Blank::fill`], and appends continuation sheets for `sheet` when given.
    pub fn fill_with_sheet(
        &self,
        values: &[(String, FieldValue)],
        sheet: Option<&Sheet>,
        opts: &FillOptions,
    ) -> Result<Filled, PdfError> {
        self.fill_sized(values, sheet, opts, &HashMap::new())
    }

    /// Like [`Blank::fill_with_sheet`], drawing the text fields named in `sizes` no larger
    /// than the size given: the caller's way to give a table column one font size (the
    /// smallest any of its cells needs) instead of each cell shrinking on its own.
    pub fn fill_sized(
        &self,
        values: &[(String, FieldValue)],
        sheet: Option<&Sheet>,
        opts: &FillOptions,
        sizes: &HashMap<String, f32>,
    ) -> Result<Filled, PdfError> {
        let serialized = self.serialized()?;
        let mut doc = Overlay::new(&self.doc, serialized);
        let mut fonts = self.dr_fonts().clone();
        let mut hasher = IdHasher::new();
        hasher.update(&self.input_hash);
        let mut overflow = Vec::new();
        let mut unknown_fields = Vec::new();
        let mut embeds = EmbedSet::default();
        for (name, value) in values {
            hash_value(&mut hasher, name, value);
            let Some(&idx) = self.by_name.get(name) else {
                unknown_fields.push(name.clone());
                continue;
            };
            let entry = &self.fields[idx];
            let cap = sizes.get(name).copied();
            if let Some(c) = cap {
                hasher.update(&c.to_le_bytes());
            }
            if let Some(o) = apply(&mut doc, entry, value, opts, cap, &mut fonts, &mut embeds)? {
                overflow.push(o);
            }
        }
        if let Some(sheet) = sheet.filter(|s| !s.body.is_empty()) {
            hasher.update(sheet.heading.as_bytes());
            hasher.update(sheet.body.as_bytes());
            crate::pdf::sheet::append(
                &mut doc,
                &mut fonts,
                &mut embeds,
                &opts.fallback_fonts,
                sheet,
            )?;
        }
        if opts.barcode == BarcodePolicy::Blank {
            blank_barcodes(&mut doc, &self.fields, values)?;
        }
        hasher.update(&[u8::from(opts.flatten), opts.barcode as u8]);
        hasher.update(&opts.min_font_size.to_le_bytes());
        embeds.write(&mut doc)?;
        let trailer = trailer(&self.doc, &self.input_hash, &hasher.finish());
        let flattened = if opts.flatten {
            let mut flat = doc.to_document();
            flat.trailer = trailer.clone();
            flat.prune_objects();
            flatten_document(&mut flat)?;
            Some(save(&mut flat)?)
        } else {
            None
        };
        let bytes = serialized.write(&doc, &trailer)?;
        Ok(Filled {
            bytes,
            flattened,
            overflow,
            unknown_fields,
        })
    }

    /// The blank's objects serialised, once per parsed blank (on the first fill).
    fn serialized(&self) -> Result<&Serialized, PdfError> {
        self.serialized
            .get_or_init(|| Serialized::new(&self.doc).map_err(std::sync::Arc::new))
            .as_ref()
            .map_err(|e| PdfError::Serialize(e.clone()))
    }
}

fn hash_value(h: &mut IdHasher, name: &str, value: &FieldValue) {
    h.update(name.as_bytes());
    match value {
        FieldValue::Text(s) => {
            h.update(b"T");
            h.update(s.as_bytes());
        }
        FieldValue::Check(b) => h.update(if *b { b"C1" } else { b"C0" }),
        FieldValue::Choice(s) => {
            h.update(b"O");
            h.update(s.as_bytes());
        }
    }
}

/// A fresh trailer: only /Root, /Info and a content-derived /ID, so the
/// output is byte-identical for identical inputs and never re-encrypted.
fn trailer(doc: &Document, original: &[u8; 16], this: &[u8; 16]) -> Dictionary {
    let mut t = Dictionary::new();
    for key in [b"Root".as_slice(), b"Info"] {
        if let Ok(v) = doc.trailer.get(key) {
            t.set(key, v.clone());
        }
    }
    t.set(
        "ID",
        vec![
            Object::String(original.to_vec(), StringFormat::Hexadecimal),
            Object::String(this.to_vec(), StringFormat::Hexadecimal),
        ],
    );
    t
}

fn apply(
    doc: &mut Overlay<'_>,
    entry: &FieldEntry,
    value: &FieldValue,
    opts: &FillOptions,
    cap: Option<f32>,
    fonts: &mut HashMap<Vec<u8>, FontRes>,
    embeds: &mut EmbedSet,
) -> Result<Option<Overflow>, PdfError> {
    let info = &entry.info;
    let wrong = |reason: &str| PdfError::WrongValue {
        field: info.name.clone(),
        reason: reason.to_string(),
    };
    match (info.kind, value) {
        (FieldKind::Text, FieldValue::Text(s)) => {
            fill_text(doc, entry, s, opts, cap, fonts, embeds)
        }
        (FieldKind::Choice, FieldValue::Text(s) | FieldValue::Choice(s)) => {
            let base = doc.base();
            let dict = base.get_dictionary(entry.field_id)?;
            let ff = inherited(base, dict, b"Ff")
                .and_then(|o| o.as_i64().ok())
                .unwrap_or(0);
            let editable = ff & (1 << 18) != 0;
            if !editable && !info.options.is_empty() && !info.options.iter().any(|o| o == s) {
                return Err(wrong(&format!("{s:?} is not one of the options")));
            }
            fill_text(doc, entry, s, opts, cap, fonts, embeds)
        }
        (FieldKind::Checkbox | FieldKind::Radio, FieldValue::Check(on)) => {
            if *on && info.kind == FieldKind::Radio && info.on_states.len() > 1 {
                return Err(wrong("a radio group needs FieldValue::Choice(on-state)"));
            }
            set_state(doc, entry, if *on { None } else { Some(b"Off".as_slice()) })
                .map_err(|e| e.unwrap_or_else(|| wrong("no widget has an on-state")))?;
            Ok(None)
        }
        (FieldKind::Checkbox | FieldKind::Radio, FieldValue::Choice(state)) => {
            let state = state.strip_prefix('/').unwrap_or(state);
            set_state(doc, entry, Some(state.as_bytes())).map_err(|e| {
                e.unwrap_or_else(|| wrong(&format!("no widget has the on-state /{state}")))
            })?;
            Ok(None)
        }
        (kind, _) => Err(wrong(&format!("a {kind:?} field cannot take {value:?}"))),
    }
}

/// Sets a button field: `None` = each widget's own on-state, `Some(Off)` = off,
/// `Some(state)` = the widget(s) having that on-state. Err(None) when no widget
/// can show the requested state.
fn set_state(
    doc: &mut Overlay<'_>,
    entry: &FieldEntry,
    want: Option<&[u8]>,
) -> Result<(), Option<PdfError>> {
    let mut value: Option<Vec<u8>> = None;
    let mut states = Vec::with_capacity(entry.widgets.len());
    for &w in &entry.widgets {
        let on = widget_on_states(doc.base(), w);
        let state = match want {
            Some(b"Off") => b"Off".to_vec(),
            None => on.first().cloned().unwrap_or_else(|| b"Off".to_vec()),
            Some(s) if on.iter().any(|o| o.as_slice() == s) => s.to_vec(),
            Some(_) => b"Off".to_vec(),
        };
        if state.as_slice() != b"Off" && value.is_none() {
            value = Some(state.clone());
        }
        states.push((w, state));
    }
    let value = match (want, value) {
        (Some(b"Off"), _) => b"Off".to_vec(),
        (_, Some(v)) => v,
        (_, None) => return Err(None),
    };
    for (w, state) in states {
        doc.set(w, b"AS", Object::Name(state)).map_err(Some)?;
    }
    doc.set(entry.field_id, b"V", Object::Name(value))
        .map_err(Some)?;
    Ok(())
}

fn normalize_text(s: &str, multiline: bool) -> String {
    let s = s
        .replace("\r\n", "\n")
        .replace(['\r'], "\n")
        .replace('\t', " ");
    if multiline {
        s
    } else {
        s.replace('\n', " ")
    }
}

/// A value as the field will hold it: line breaks normalised, and cut at /MaxLen (the cut part
/// is reported like any other overflow).
fn field_text(info: &crate::pdf::FieldInfo, raw: &str) -> (String, String) {
    let text = normalize_text(raw, info.multiline);
    match info.max_len.map(|m| m as usize) {
        Some(max) if text.chars().count() > max => {
            let cut = text.char_indices().nth(max).map_or(text.len(), |(i, _)| i);
            (text[..cut].to_string(), text[cut..].to_string())
        }
        _ => (text, String::new()),
    }
}

/// The appearance string and box of one widget of a text field.
fn widget_box(
    doc: &Document,
    info: &crate::pdf::FieldInfo,
    w: ObjectId,
    quadding: i64,
) -> Result<Option<(Da, BoxSpec)>, PdfError> {
    let wdict = doc.get_dictionary(w)?;
    let Some(rect) = widget_rect(doc, wdict) else {
        return Ok(None);
    };
    let da_bytes = inherited(doc, wdict, b"DA")
        .or_else(|| {
            doc.catalog()
                .ok()
                .and_then(|c| c.get_deref(b"AcroForm", doc).ok())
                .and_then(|af| af.as_dict().ok())
                .and_then(|af| af.get(b"DA").ok())
        })
        .and_then(|o| o.as_str().ok())
        .map(<[u8]>::to_vec)
        .unwrap_or_else(|| b"/Helv 0 Tf 0 g".to_vec());
    let bx = BoxSpec {
        width: rect[2] - rect[0],
        height: rect[3] - rect[1],
        multiline: info.multiline,
        comb: if info.comb {
            info.max_len.map(|m| m as usize)
        } else {
            None
        },
        quadding,
    };
    Ok(Some((parse_da(&da_bytes), bx)))
}

fn field_quadding(doc: &Document, entry: &FieldEntry) -> Result<i64, PdfError> {
    let field_dict = doc.get_dictionary(entry.field_id)?;
    Ok(inherited(doc, field_dict, b"Q")
        .and_then(|o| o.as_i64().ok())
        .unwrap_or(0))
}

/// The overflow of `text` laid out as in the first widget, or None when all of it shows.
/// `rest` is what follows the /MaxLen cut, exactly.
fn overflow_of(
    name: &str,
    mut text: String,
    rest: String,
    lay: Option<&Layout>,
) -> Option<Overflow> {
    let mut rest = rest;
    if let Some(lay) = lay {
        if lay.rest_start < text.len() {
            rest = format!("{}{rest}", &text[lay.fitted_end..]);
            text.truncate(lay.fitted_end);
        }
    }
    (!rest.trim().is_empty()).then(|| Overflow {
        name: name.to_string(),
        fitted: text,
        rest,
    })
}

impl Blank {
    /// What a text field would show of `raw`, without filling: None when all of it fits, else
    /// the part shown and the rest. Lets a caller plan continuations before the one fill.
    pub fn measure(
        &self,
        name: &str,
        raw: &str,
        opts: &FillOptions,
    ) -> Result<Option<Overflow>, PdfError> {
        Ok(self.measure_sized(name, raw, opts)?.0)
    }

    /// [`Blank::measure`], and the font size the field would draw the text at (None for a
    /// field that is not text, or has no widget).
    pub fn measure_sized(
        &self,
        name: &str,
        raw: &str,
        opts: &FillOptions,
    ) -> Result<(Option<Overflow>, Option<f32>), PdfError> {
        let Some((text, rest, lay)) = self.measure_layout(name, raw, opts)? else {
            return Ok((None, None));
        };
        let size = lay.as_ref().map(|l| l.size);
        Ok((overflow_of(name, text, rest, lay.as_ref()), size))
    }

    /// How many lines a multiline text field would draw `raw` on (None for a field that is
    /// not text or has no widget): a box ruled for N lines holds an answer of at most N, even
    /// where its rectangle would fit more lines of a smaller leading than the rules'.
    pub fn measure_lines(
        &self,
        name: &str,
        raw: &str,
        opts: &FillOptions,
    ) -> Result<Option<usize>, PdfError> {
        let Some((_, _, Some(lay))) = self.measure_layout(name, raw, opts)? else {
            return Ok(None);
        };
        let mut baselines: Vec<f32> = lay.placed.iter().map(|p| p.y).collect();
        baselines.dedup_by(|a, b| (*a - *b).abs() < 0.01);
        Ok(Some(baselines.len()))
    }

    /// The field's text, the rest cut off before layout, and its layout in the first widget.
    fn measure_layout(
        &self,
        name: &str,
        raw: &str,
        opts: &FillOptions,
    ) -> Result<Option<(String, String, Option<Layout>)>, PdfError> {
        let Some(&idx) = self.by_name.get(name) else {
            return Ok(None);
        };
        let entry = &self.fields[idx];
        let info = &entry.info;
        if !matches!(info.kind, FieldKind::Text | FieldKind::Choice) {
            return Ok(None);
        }
        let (text, rest) = field_text(info, raw);
        let embed = choose_font(&info.name, &text, &opts.fallback_fonts)?;
        let quadding = field_quadding(&self.doc, entry)?;
        let mut lay = None;
        for &w in &entry.widgets {
            let Some((da, bx)) = widget_box(&self.doc, info, w, quadding)? else {
                continue;
            };
            lay = Some(match &embed {
                None => {
                    let fonts = self.dr_fonts();
                    let metrics = fonts
                        .get(da.font.as_slice())
                        .or_else(|| fonts.get(b"Helv".as_slice()))
                        .map_or_else(SimpleFont::helvetica, |f| f.metrics.clone());
                    simple_layout(&metrics, &text, &bx, da.size, opts.min_font_size)
                }
                Some(cov) => {
                    let width = |s: &str| cov.width(s);
                    layout(
                        &text,
                        &bx,
                        da.size,
                        opts.min_font_size,
                        &cov.metrics(&text)?,
                        &width,
                    )
                }
            });
            break;
        }
        Ok(Some((text, rest, lay)))
    }

    fn dr_fonts(&self) -> &HashMap<Vec<u8>, FontRes> {
        self.dr_fonts.get_or_init(|| dr_fonts(&self.doc))
    }
}

fn fill_text(
    doc: &mut Overlay<'_>,
    entry: &FieldEntry,
    raw: &str,
    opts: &FillOptions,
    cap: Option<f32>,
    fonts: &mut HashMap<Vec<u8>, FontRes>,
    embeds: &mut EmbedSet,
) -> Result<Option<Overflow>, PdfError> {
    let info = &entry.info;
    let (text, rest) = field_text(info, raw);
    let embed = choose_font(&info.name, &text, &opts.fallback_fonts)?;
    let quadding = field_quadding(doc.base(), entry)?;
    let mut first_layout: Option<Layout> = None;
    for &w in &entry.widgets {
        let Some((mut da, bx)) = widget_box(doc.base(), info, w, quadding)? else {
            continue;
        };
        if let Some(cap) = cap {
            // 0 is the form's "auto": the cap is then the size to start from.
            da.size = if da.size > 0.0 { da.size.min(cap) } else { cap };
        }
        let (lay, content, used) = draw_text(
            doc,
            fonts,
            embeds,
            opts.min_font_size,
            &info.name,
            &text,
            &mut da,
            &bx,
            embed.as_ref(),
        )?;
        let ap = doc.add(form_xobject(&bx, used, content));
        doc.set(w, b"AP", dictionary! { "N" => Object::Reference(ap) })?;
        doc.remove(w, b"AS")?;
        if first_layout.is_none() {
            first_layout = Some(lay);
        }
    }
    let over = overflow_of(&info.name, text.clone(), rest, first_layout.as_ref());
    let shown = over.as_ref().map_or(text, |o| o.fitted.clone());
    doc.set(
        entry.field_id,
        b"V",
        Object::String(encode_text_string(&shown), StringFormat::Literal),
    )?;
    Ok(over)
}

/// Clears the barcode fields' values and gives them an empty appearance,
/// unless the caller filled one explicitly.
fn blank_barcodes(
    doc: &mut Overlay<'_>,
    fields: &[FieldEntry],
    values: &[(String, FieldValue)],
) -> Result<(), PdfError> {
    let mut empty: Option<ObjectId> = None;
    for f in fields {
        if !f.info.name.contains("PDF417BarCode") || values.iter().any(|(n, _)| *n == f.info.name) {
            continue;
        }
        let base = doc.base();
        doc.remove(f.field_id, b"V")?;
        doc.remove(f.field_id, b"DV")?;
        for &w in &f.widgets {
            let Some(rect) = base
                .get_dictionary(w)
                .ok()
                .and_then(|d| widget_rect(base, d))
            else {
                continue;
            };
            let id = *empty.get_or_insert_with(|| {
                doc.add(Stream::new(
                    dictionary! {
                        "Type" => "XObject",
                        "Subtype" => "Form",
                        "BBox" => vec![0.into(), 0.into(), Object::Real(rect[2] - rect[0]), Object::Real(rect[3] - rect[1])],
                    },
                    Vec::new(),
                ))
            });
            doc.set(w, b"AP", dictionary! { "N" => Object::Reference(id) })?;
        }
    }
    Ok(())
}
