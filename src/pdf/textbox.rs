//! A block of text in a box, as a form XObject: a field's appearance or a block of a
//! continuation sheet. Drawn with one of the form's own (WinAnsi) fonts when they have every
//! character, else with the fallback fonts the text engine plans ([`Coverage`]).

use std::collections::HashMap;

use lopdf::{dictionary, Dictionary, Document, Object, Stream};

use crate::pdf::appearance::{layout, BoxSpec, Da, Layout, VMetrics};
use crate::pdf::embed::{EmbedSet, FontResources};
use crate::pdf::encoding::winansi_byte;
use crate::pdf::metrics::SimpleFont;
use crate::pdf::overlay::Objects;
use crate::pdf::syntax::{push_literal, push_name, push_operands};
use crate::pdf::PdfError;
use crate::text::fonts::EmbedFont;
use crate::text::runs::Coverage;

/// A font resource usable in appearance streams.
#[derive(Clone)]
pub(crate) struct FontRes {
    /// The /DR entry (usually a reference), put as-is into /Resources.
    pub(crate) object: Object,
    pub(crate) metrics: SimpleFont,
}

/// The fonts of the form's default resources (/DR), by resource name.
pub(crate) fn dr_fonts(doc: &Document) -> HashMap<Vec<u8>, FontRes> {
    let mut out = HashMap::new();
    let fonts = doc
        .catalog()
        .and_then(|c| c.get_deref(b"AcroForm", doc))
        .and_then(Object::as_dict)
        .and_then(|af| af.get_deref(b"DR", doc))
        .and_then(Object::as_dict)
        .and_then(|dr| dr.get_deref(b"Font", doc))
        .and_then(Object::as_dict);
    if let Ok(fonts) = fonts {
        for (name, obj) in fonts.iter() {
            if let Ok((_, Object::Dictionary(fd))) = doc.dereference(obj) {
                out.insert(
                    name.clone(),
                    FontRes {
                        object: obj.clone(),
                        metrics: SimpleFont::from_dict(doc, fd),
                    },
                );
            }
        }
    }
    out
}

/// The font a /DA names, or Helvetica (added under /Helv) when /DR lacks it.
fn font_for<'a>(
    doc: &mut impl Objects,
    fonts: &'a mut HashMap<Vec<u8>, FontRes>,
    da: &mut Da,
) -> &'a FontRes {
    if !fonts.contains_key(&da.font) {
        da.font = b"Helv".to_vec();
        if !fonts.contains_key(da.font.as_slice()) {
            let id = doc.add(dictionary! {
                "Type" => "Font",
                "Subtype" => "Type1",
                "BaseFont" => "Helvetica",
                "Encoding" => "WinAnsiEncoding",
            });
            fonts.insert(
                b"Helv".to_vec(),
                FontRes {
                    object: Object::Reference(id),
                    metrics: SimpleFont::helvetica(),
                },
            );
        }
    }
    &fonts[da.font.as_slice()]
}

/// Lays out text in one of the form's own (WinAnsi) fonts.
pub(crate) fn simple_layout(
    metrics: &SimpleFont,
    text: &str,
    bx: &BoxSpec,
    size: f32,
    min: f32,
) -> Layout {
    let width = |s: &str| -> f32 {
        s.chars()
            .filter_map(winansi_byte)
            .map(|b| metrics.code_width(b))
            .sum()
    };
    let vm = VMetrics {
        cap_height: metrics.cap_height,
        ascent: metrics.ascent,
        descent: metrics.descent,
    };
    layout(text, bx, size, min, &vm, &width)
}

/// A text block as a form XObject (a field appearance, a block of a continuation sheet).
pub(crate) fn form_xobject(bx: &BoxSpec, fonts: FontResources, content: Vec<u8>) -> Stream {
    let mut font_dict = Dictionary::new();
    for (name, obj) in fonts {
        font_dict.set(name, obj);
    }
    let mut stream = Stream::new(
        dictionary! {
            "Type" => "XObject",
            "Subtype" => "Form",
            "BBox" => vec![0.into(), 0.into(), Object::Real(bx.width), Object::Real(bx.height)],
            "Resources" => dictionary! { "Font" => font_dict },
        },
        content,
    );
    // Deterministic (same input, same bytes); small streams stay as they are (deflate.rs).
    crate::pdf::deflate::compress(&mut stream);
    stream
}

/// A laid-out text block as content-stream operators, with the font resource it uses:
/// (layout, content, font resources by name).
#[allow(clippy::too_many_arguments)]
pub(crate) fn draw_text(
    doc: &mut impl Objects,
    fonts: &mut HashMap<Vec<u8>, FontRes>,
    embeds: &mut EmbedSet,
    min_font_size: f32,
    field: &str,
    text: &str,
    da: &mut Da,
    bx: &BoxSpec,
    embed: Option<&Coverage<'_>>,
) -> Result<(Layout, Vec<u8>, FontResources), PdfError> {
    Ok(match embed {
        None => {
            let font = font_for(doc, fonts, da);
            let metrics = font.metrics.clone();
            let font_obj = font.object.clone();
            let lay = simple_layout(&metrics, text, bx, da.size, min_font_size);
            let content = simple_font_content(text, &lay, da, bx);
            (lay, content, vec![(da.font.clone(), font_obj)])
        }
        Some(cov) => {
            let width = |s: &str| cov.width(s);
            let lay = layout(
                text,
                bx,
                da.size,
                min_font_size,
                &cov.metrics(text)?,
                &width,
            );
            let (content, used) = cov.content(doc, embeds, field, text, &lay, &da.color, bx)?;
            (lay, content, used)
        }
    })
}

/// `None` when the form's WinAnsi fonts can draw `text`, else the plan of fallback fonts
/// that draws it (one font when one has every character, else one per run).
pub(crate) fn choose_font<'a>(
    field: &str,
    text: &str,
    fallbacks: &'a [EmbedFont],
) -> Result<Option<Coverage<'a>>, PdfError> {
    let Some(first_bad) = text
        .chars()
        .find(|c| winansi_byte(*c).is_none() && !c.is_control())
    else {
        return Ok(None);
    };
    if fallbacks.is_empty() {
        return Err(PdfError::Unencodable {
            field: field.to_string(),
            ch: first_bad,
        });
    }
    Ok(Some(Coverage::plan(field, text, fallbacks)?))
}

/// The marked-content, clipped text block every text appearance uses.
fn simple_font_content(text: &str, lay: &Layout, da: &Da, bx: &BoxSpec) -> Vec<u8> {
    let mut c = Vec::new();
    c.extend_from_slice(b"/Tx BMC\nq\n");
    c.extend_from_slice(b"1 1 ");
    push_operands(
        &mut c,
        &[(bx.width - 2.0).max(0.0), (bx.height - 2.0).max(0.0)],
    );
    c.extend_from_slice(b"re W n\nBT\n");
    push_name(&mut c, &da.font);
    c.push(b' ');
    push_operands(&mut c, &[lay.size]);
    c.extend_from_slice(b"Tf\n");
    c.extend_from_slice(da.color.as_bytes());
    c.push(b'\n');
    for p in &lay.placed {
        let bytes: Vec<u8> = text[p.range.clone()]
            .chars()
            .filter_map(winansi_byte)
            .collect();
        if bytes.is_empty() {
            continue;
        }
        c.extend_from_slice(b"1 0 0 1 ");
        push_operands(&mut c, &[p.x, p.y]);
        c.extend_from_slice(b"Tm ");
        push_literal(&mut c, &bytes);
        c.extend_from_slice(b" Tj\n");
    }
    c.extend_from_slice(b"ET\nQ\nEMC\n");
    c
}
