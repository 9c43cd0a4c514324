//! Continuation sheets: pages appended after the form when its own additional-information page
//! is full (or, like the I-730 01/20/25, it has none). The instructions of all three forms allow
//! extra sheets that name the applicant, the A-Number and the Part and Item each answer belongs
//! to; the renderer writes those headings into the text.

use lopdf::{dictionary, Object, ObjectId, Stream};

use crate::pdf::overlay::{Objects, Overlay};

use crate::pdf::appearance::{BoxSpec, Da};
use crate::pdf::embed::EmbedSet;
use crate::pdf::textbox::{choose_font, draw_text, form_xobject, FontRes};
use crate::pdf::PdfError;
use crate::text::fonts::EmbedFont;
use crate::text::runs::Coverage;
use std::collections::HashMap;

/// Text for continuation sheets.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sheet {
    /// Printed at the top of every sheet (form, Part, applicant's name and A-Number).
    pub heading: String,
    pub body: String,
}

const MARGIN: f32 = 54.0;
const BODY_SIZE: f32 = 10.0;
const HEADING_SIZE: f32 = 11.0;
const HEADING_HEIGHT: f32 = 40.0;
const SIGN_HEIGHT: f32 = 24.0;
/// The instructions ask that each additional sheet be signed and dated.
const SIGN_LINE: &str =
    "Signature: ________________________________    Date (mm/dd/yyyy): ______________";
/// A sheet count beyond this means runaway input; the case file is limited to 10 MB anyway.
const MAX_SHEETS: usize = 500;

/// Appends as many sheets as `sheet.body` needs.
pub(crate) fn append(
    doc: &mut Overlay<'_>,
    fonts: &mut HashMap<Vec<u8>, FontRes>,
    embeds: &mut EmbedSet,
    fallbacks: &[EmbedFont],
    sheet: &Sheet,
) -> Result<(), PdfError> {
    let base = doc.base();
    let pages_id = base
        .catalog()?
        .get(b"Pages")
        .and_then(Object::as_reference)?;
    let media = base
        .get_pages()
        .values()
        .next()
        .and_then(|p| base.get_dictionary(*p).ok())
        .and_then(|p| p.get(b"MediaBox").ok())
        .and_then(|m| m.as_array().ok())
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_float().ok())
                .collect::<Vec<f32>>()
        })
        .filter(|a| a.len() == 4)
        .unwrap_or_else(|| vec![0.0, 0.0, 612.0, 792.0]);
    let (page_w, page_h) = (media[2] - media[0], media[3] - media[1]);
    let body_box = BoxSpec {
        width: page_w - 2.0 * MARGIN,
        height: page_h - 2.0 * MARGIN - HEADING_HEIGHT - SIGN_HEIGHT,
        multiline: true,
        comb: None,
        quadding: 0,
    };
    let heading_box = BoxSpec {
        height: HEADING_HEIGHT,
        ..body_box
    };
    let sign_box = BoxSpec {
        height: SIGN_HEIGHT,
        ..body_box
    };
    let body_font = sheet_font(&sheet.body, fallbacks)?;
    let sign_font = sheet_font(SIGN_LINE, fallbacks)?;
    let mut rest: &str = &sheet.body;
    let mut n = 0;
    while !rest.is_empty() && n < MAX_SHEETS {
        n += 1;
        let heading = format!("Continuation sheet {n}. {}", sheet.heading);
        let heading_font = sheet_font(&heading, fallbacks)?;
        let (h_obj, _) = xobject(
            doc,
            fonts,
            embeds,
            &heading,
            &heading_box,
            HEADING_SIZE,
            heading_font.as_ref(),
        )?;
        let (b_obj, used) = xobject(
            doc,
            fonts,
            embeds,
            rest,
            &body_box,
            BODY_SIZE,
            body_font.as_ref(),
        )?;
        if used == 0 {
            return Err(PdfError::Structure(
                "continuation sheet: a line does not fit a page".to_string(),
            ));
        }
        rest = rest[used..].trim_start();
        let (s_obj, _) = xobject(
            doc,
            fonts,
            embeds,
            SIGN_LINE,
            &sign_box,
            BODY_SIZE,
            sign_font.as_ref(),
        )?;
        let content = format!(
            "q 1 0 0 1 {x} {hy} cm /H Do Q\nq 1 0 0 1 {x} {by} cm /B Do Q\nq 1 0 0 1 {x} {sy} cm /S Do Q\n",
            x = MARGIN,
            hy = page_h - MARGIN - HEADING_HEIGHT,
            by = MARGIN + SIGN_HEIGHT,
            sy = MARGIN - SIGN_HEIGHT,
        );
        let content_id = doc.add(Stream::new(dictionary! {}, content.into_bytes()));
        let page = doc.add(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => media.iter().map(|v| Object::Real(*v)).collect::<Vec<_>>(),
            "Resources" => dictionary! {
                "XObject" => dictionary! { "H" => h_obj, "B" => b_obj, "S" => s_obj },
            },
            "Contents" => content_id,
        });
        let count = doc
            .get(pages_id, b"Count")
            .and_then(|c| c.as_i64().ok())
            .unwrap_or(0);
        doc.set(pages_id, b"Count", count + 1)?;
        if let Some(Object::Array(kids)) = doc.get(pages_id, b"Kids") {
            let mut kids = kids.clone();
            kids.push(Object::Reference(page));
            doc.set(pages_id, b"Kids", kids)?;
        }
    }
    Ok(())
}

/// The font of a sheet's text: an embedded one whenever fonts are loaded, even for text the
/// standard Helvetica could show. A sheet is whole paragraphs of the filer's answers, and a
/// viewer's substitute for the non-embedded Helvetica rendered them with gaps between letters.
fn sheet_font<'a>(
    text: &str,
    fallbacks: &'a [EmbedFont],
) -> Result<Option<Coverage<'a>>, PdfError> {
    if fallbacks.is_empty() {
        return choose_font("continuation sheet", text, fallbacks);
    }
    Ok(Some(Coverage::plan("continuation sheet", text, fallbacks)?))
}

/// One text block as a form XObject; returns it and how many bytes of `text` it shows.
#[allow(clippy::too_many_arguments)]
fn xobject(
    doc: &mut impl Objects,
    fonts: &mut HashMap<Vec<u8>, FontRes>,
    embeds: &mut EmbedSet,
    text: &str,
    bx: &BoxSpec,
    size: f32,
    embed: Option<&Coverage<'_>>,
) -> Result<(ObjectId, usize), PdfError> {
    let mut da = Da {
        font: b"Helv".to_vec(),
        size,
        color: "0 g".to_string(),
    };
    // Fixed size (the minimum is the size): a sheet has room, and shrinking text to fit a page
    // would be pointless.
    let (lay, content, used) = draw_text(
        doc,
        fonts,
        embeds,
        size,
        "continuation sheet",
        text,
        &mut da,
        bx,
        embed,
    )?;
    let stream = form_xobject(bx, used, content);
    let used = if lay.fitted_end >= text.len() {
        text.len()
    } else {
        lay.rest_start
    };
    Ok((doc.add(stream), used))
}
