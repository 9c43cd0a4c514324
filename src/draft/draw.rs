//! The draft's page writer: pages of text lines and rules as a PDF, the glyph runs of the text
//! engine ([`crate::text`]) drawn through the same subset embedding as the filled forms' fields
//! ([`crate::pdf`]'s embed), so every script renders and extracts the same way.

use lopdf::{dictionary, Document, Object, Stream, StringFormat};

use crate::pdf::embed::EmbedSet;
use crate::pdf::hash::IdHasher;
use crate::pdf::syntax::{push_name, push_operands};
use crate::pdf::PdfError;
pub use crate::text::fonts::DrawFont;
pub use crate::text::runs::Run;
use crate::text::shape::shape;

/// What a page shows.
#[derive(Debug, Clone, PartialEq)]
pub enum DrawOp {
    /// A line of text starting at (x, y) (baseline), its runs in visual order.
    Text {
        x: f32,
        y: f32,
        size: f32,
        rgb: [f32; 3],
        runs: Vec<Run>,
    },
    /// A filled rectangle.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        rgb: [f32; 3],
    },
}

/// Metadata of the document (Info dictionary); dates as `D:YYYYMMDDHHmmSSZ`.
pub struct DocInfo {
    pub title: String,
    pub subject: String,
    pub date: String,
}

/// Writes `pages` (width, height, operations) as a PDF. Deterministic: the same pages give the
/// same bytes (object numbers in order of use, /ID from the content, no clock).
pub fn write_document(
    pages: &[(f32, f32, Vec<DrawOp>)],
    fonts: &[DrawFont],
    info: &DocInfo,
) -> Result<Vec<u8>, PdfError> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let mut set = EmbedSet::default();
    let mut kids = Vec::new();
    let mut hasher = IdHasher::new();
    for (w, h, ops) in pages {
        let mut used: Vec<usize> = Vec::new();
        let content = page_content(&mut doc, &mut set, fonts, ops, &mut used)?;
        hasher.update(&content);
        let mut font_dict = lopdf::Dictionary::new();
        for idx in &used {
            let e = set.get_or_add(&mut doc, *idx, &fonts[*idx].embed);
            font_dict.set(e.resource_name().to_vec(), Object::Reference(e.type0));
        }
        let mut stream = Stream::new(dictionary! {}, content);
        // Level 1: at level 6 (zlib-rs) a draft takes 40-70% longer for 30-40% fewer bytes
        // (i589-defensive 4.7 ms / 86 KB against 6.7 ms / 62 KB; examples/draft_time.rs).
        crate::pdf::deflate::compress_fast(&mut stream);
        let content_id = doc.add_object(stream);
        let page = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => vec![0.into(), 0.into(), Object::Real(*w), Object::Real(*h)],
            "Resources" => dictionary! { "Font" => font_dict },
            "Contents" => content_id,
        });
        kids.push(Object::Reference(page));
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => count,
        }),
    );
    set.write(&mut doc)?;
    let catalog = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
    });
    let text = |s: &str| Object::String(crate::pdf::encode_text_string(s), StringFormat::Literal);
    let info_id = doc.add_object(dictionary! {
        "Title" => text(&info.title),
        "Subject" => text(&info.subject),
        "Producer" => text("asylum-forms"),
        "CreationDate" => Object::String(info.date.as_bytes().to_vec(), StringFormat::Literal),
        "ModDate" => Object::String(info.date.as_bytes().to_vec(), StringFormat::Literal),
    });
    doc.trailer.set("Root", catalog);
    doc.trailer.set("Info", info_id);
    hasher.update(info.title.as_bytes());
    let id = hasher.finish().to_vec();
    doc.trailer.set(
        "ID",
        vec![
            Object::String(id.clone(), StringFormat::Hexadecimal),
            Object::String(id, StringFormat::Hexadecimal),
        ],
    );
    let mut out = Vec::new();
    doc.save_to(&mut out)?;
    Ok(out)
}

fn page_content(
    doc: &mut Document,
    set: &mut EmbedSet,
    fonts: &[DrawFont],
    ops: &[DrawOp],
    used: &mut Vec<usize>,
) -> Result<Vec<u8>, PdfError> {
    let mut c = Vec::new();
    for op in ops {
        match op {
            DrawOp::Rect { x, y, w, h, rgb } => {
                push_operands(&mut c, rgb);
                c.extend_from_slice(b"rg ");
                push_operands(&mut c, &[*x, *y, *w, *h]);
                c.extend_from_slice(b"re f\n");
            }
            DrawOp::Text {
                x,
                y,
                size,
                rgb,
                runs,
            } => {
                c.extend_from_slice(b"BT\n");
                push_operands(&mut c, rgb);
                c.extend_from_slice(b"rg\n1 0 0 1 ");
                push_operands(&mut c, &[*x, *y]);
                c.extend_from_slice(b"Tm\n");
                for run in runs {
                    let Some(font) = fonts.get(run.font) else {
                        continue;
                    };
                    if !used.contains(&run.font) {
                        used.push(run.font);
                    }
                    let e = set.get_or_add(doc, run.font, &font.embed);
                    // Right-to-left runs are drawn in visual order with a ToUnicode map per
                    // glyph; extractors (poppler, pdf.js) put such runs back in logical order
                    // themselves. ActualText is not used: poppler reverses its (logical) text
                    // again, which garbles exactly the names this is for.
                    push_name(&mut c, e.resource_name());
                    c.push(b' ');
                    push_operands(&mut c, &[*size]);
                    c.extend_from_slice(b"Tf\n[");
                    let mut rise = 0.0f32;
                    let glyphs = shape(&font.face, &run.text, Some(run.rtl));
                    e.push_glyphs(&glyphs, &run.text, *size, &mut c, &mut rise)
                        .map_err(|ch| PdfError::Unencodable {
                            field: "draft text".to_string(),
                            ch,
                        })?;
                    c.extend_from_slice(b"] TJ\n");
                    if rise != 0.0 {
                        c.extend_from_slice(b"0 Ts\n");
                    }
                }
                c.extend_from_slice(b"ET\n");
            }
        }
    }
    Ok(c)
}
