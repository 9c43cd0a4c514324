//! Glyph runs into PDF objects: a subset of each fallback font embedded as a Type0 /
//! Identity-H font with a ToUnicode CMap (so the text can be extracted again), and the TJ
//! arrays that draw the runs ([`crate::text`] shapes them). Used by the form fill, the
//! continuation sheets and the draft's page writer.

use std::collections::BTreeMap;

use lopdf::{dictionary, Object, ObjectId, Stream, StringFormat};
use subsetter::GlyphRemapper;

use crate::pdf::appearance::{BoxSpec, Layout};
use crate::pdf::hash::IdHasher;
use crate::pdf::overlay::Objects;
use crate::pdf::syntax::{num, push_name, push_operands};
use crate::pdf::PdfError;
use crate::text::bidi::Paragraphs;
use crate::text::fonts::EmbedFont;
use crate::text::runs::Coverage;
use crate::text::shape::{shape, Glyph};

/// `<XXXX>`: a 2-byte glyph id in a TJ array (written for every glyph, so without `format!`).
fn push_gid(c: &mut Vec<u8>, gid: u16) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for shift in [12, 8, 4, 0] {
        c.push(HEX[usize::from((gid >> shift) & 0xF)]);
    }
}

/// Font resources a content stream uses: (resource name, font object).
pub(crate) type FontResources = Vec<(Vec<u8>, Object)>;

/// The glyphs one embedded font has drawn in this fill.
pub(crate) struct Embedded {
    font: EmbedFont,
    pub(crate) res_name: Vec<u8>,
    pub(crate) type0: ObjectId,
    remapper: GlyphRemapper,
    /// New glyph id → (width in 1/1000 em, text it stands for).
    glyphs: BTreeMap<u16, (f32, String)>,
    /// By new glyph id: whether its ToUnicode text is set.
    named: Vec<bool>,
    /// By original glyph id: its new id, 0 until remapped (glyph 0 is never drawn). The
    /// remapper's own lookup is a hash probe per glyph drawn.
    new_ids: Vec<u16>,
}

/// All embedded fonts of one fill, keyed by the index in the fallback list.
#[derive(Default)]
pub(crate) struct EmbedSet {
    fonts: BTreeMap<usize, Embedded>,
}

impl EmbedSet {
    pub(crate) fn get_or_add(
        &mut self,
        doc: &mut impl Objects,
        idx: usize,
        font: &EmbedFont,
    ) -> &mut Embedded {
        self.fonts.entry(idx).or_insert_with(|| Embedded {
            font: font.clone(),
            res_name: format!("FXF{idx}").into_bytes(),
            type0: doc.new_id(),
            remapper: GlyphRemapper::new(),
            glyphs: BTreeMap::new(),
            named: Vec::new(),
            new_ids: Vec::new(),
        })
    }

    /// Subsets and writes every font used, under the ids handed out earlier.
    pub(crate) fn write(self, doc: &mut impl Objects) -> Result<(), PdfError> {
        for (_, e) in self.fonts {
            e.write(doc)?;
        }
        Ok(())
    }
}

impl Embedded {
    /// One run of one font and direction as a TJ array.
    fn glyph_run(
        &mut self,
        field: &str,
        run_text: &str,
        rtl: bool,
        size: f32,
        c: &mut Vec<u8>,
    ) -> Result<(), PdfError> {
        let font = self.font.clone();
        let face = font.face()?;
        let mut rise = 0.0f32;
        c.push(b'[');
        let glyphs = shape(&face, run_text, Some(rtl));
        self.push_glyphs(&glyphs, run_text, size, c, &mut rise)
            .map_err(|ch| PdfError::Unencodable {
                field: field.to_string(),
                ch,
            })?;
        c.extend_from_slice(b"] TJ\n");
        if rise != 0.0 {
            c.extend_from_slice(b"0 Ts\n");
        }
        Ok(())
    }

    /// Appends one run (a single direction, this font) to an open TJ array: shaped glyph ids,
    /// the position adjustments shaping asked for, and `Ts` for vertical offsets (`rise` is the
    /// rise in force). A character the font has no glyph for is returned, never drawn as
    /// glyph 0.
    pub(crate) fn push_glyphs(
        &mut self,
        glyphs: &[Glyph],
        run_text: &str,
        size: f32,
        c: &mut Vec<u8>,
        rise: &mut f32,
    ) -> Result<(), char> {
        // Glyphs between adjustments share one hex string (`<00010002>`, not `<0001><0002>`):
        // a third less content to write, hash and compress.
        let mut open = false;
        let close = |c: &mut Vec<u8>, open: &mut bool| {
            if *open {
                c.push(b'>');
                *open = false;
            }
        };
        for g in glyphs.iter() {
            if g.gid == 0 {
                return Err(run_text
                    .get(g.cluster..)
                    .and_then(|t| t.chars().next())
                    .unwrap_or('\u{FFFD}'));
            }
            let old = usize::from(g.gid);
            let new = match self.new_ids.get(old) {
                Some(&n) if n != 0 => n,
                _ => {
                    let n = self.remapper.remap(g.gid);
                    if self.new_ids.len() <= old {
                        self.new_ids.resize(old + 1, 0);
                    }
                    self.new_ids[old] = n;
                    n
                }
            };
            let w = g.width;
            // ToUnicode is per glyph: the first text a glyph stood for names it. `named` spares
            // the map lookup for the glyphs already named, nearly all of them.
            let idx = usize::from(new);
            if self.named.len() <= idx {
                self.named.resize(idx + 1, false);
            }
            if !self.named[idx] {
                let src = run_text
                    .get(g.text.0 as usize..g.text.1 as usize)
                    .unwrap_or("");
                let entry = self.glyphs.entry(new).or_insert_with(|| (w, String::new()));
                if entry.1.is_empty() && !src.is_empty() {
                    entry.1 = src.to_string();
                    self.named[idx] = true;
                }
            }
            let y = g.y_offset * size / 1000.0;
            if (y - *rise).abs() > 0.001 {
                close(c, &mut open);
                c.extend_from_slice(b"] TJ ");
                push_operands(c, &[y]);
                c.extend_from_slice(b"Ts [");
                *rise = y;
            }
            if g.x_offset.abs() > 0.01 {
                close(c, &mut open);
                push_operands(c, &[-g.x_offset]);
            }
            if !open {
                c.push(b'<');
                open = true;
            }
            push_gid(c, new);
            let adjust = g.advance - g.x_offset - w;
            if adjust.abs() > 0.01 {
                close(c, &mut open);
                c.push(b' ');
                push_operands(c, &[-adjust]);
            }
        }
        close(c, &mut open);
        Ok(())
    }

    /// The resource name this font is drawn under (`/FXFn`).
    pub(crate) fn resource_name(&self) -> &[u8] {
        &self.res_name
    }

    fn write(self, doc: &mut impl Objects) -> Result<(), PdfError> {
        let face = ttf_parser::Face::parse(&self.font.data, self.font.index)
            .map_err(|e| PdfError::Structure(format!("font {}: {e}", self.font.name())))?;
        let is_cff = face.tables().cff.is_some();
        let subset =
            subsetter::subset(&self.font.data, self.font.index, &self.remapper).map_err(|e| {
                PdfError::Structure(format!("subsetting {} failed: {e}", self.font.name()))
            })?;
        let scale = 1000.0 / (face.units_per_em().max(1) as f32);
        // Subset tag from the glyph set: deterministic, and different subsets differ.
        let mut h = IdHasher::new();
        for (gid, (_, s)) in &self.glyphs {
            h.update(&gid.to_be_bytes());
            h.update(s.as_bytes());
        }
        let tag: String = h.finish()[..6]
            .iter()
            .map(|b| char::from(b'A' + b % 26))
            .collect();
        let base = format!("{tag}+{}", self.font.name());

        let mut file = Stream::new(
            if is_cff {
                dictionary! { "Subtype" => "OpenType" }
            } else {
                dictionary! { "Length1" => subset.len() as i64 }
            },
            subset,
        );
        // Deterministic; failure only costs size.
        crate::pdf::deflate::compress_fast(&mut file);
        let file_id = doc.add(file);
        let bbox = face.global_bounding_box();
        let s = |v: i16| Object::Real((f32::from(v) * scale).round());
        let descriptor = doc.add(dictionary! {
            "Type" => "FontDescriptor",
            "FontName" => Object::Name(base.clone().into_bytes()),
            "Flags" => 4,
            "FontBBox" => vec![s(bbox.x_min), s(bbox.y_min), s(bbox.x_max), s(bbox.y_max)],
            "ItalicAngle" => 0,
            "Ascent" => s(face.ascender()),
            "Descent" => s(face.descender()),
            "CapHeight" => s(face.capital_height().unwrap_or(face.ascender())),
            "StemV" => 80,
            if is_cff { "FontFile3" } else { "FontFile2" } => file_id,
        });
        let mut widths = Vec::new();
        for (gid, (w, _)) in &self.glyphs {
            widths.push(Object::Integer(i64::from(*gid)));
            widths.push(Object::Array(vec![Object::Real(w.round())]));
        }
        let mut cid = dictionary! {
            "Type" => "Font",
            "Subtype" => if is_cff { "CIDFontType0" } else { "CIDFontType2" },
            "BaseFont" => Object::Name(base.clone().into_bytes()),
            "CIDSystemInfo" => dictionary! {
                "Registry" => Object::String(b"Adobe".to_vec(), StringFormat::Literal),
                "Ordering" => Object::String(b"Identity".to_vec(), StringFormat::Literal),
                "Supplement" => 0,
            },
            "FontDescriptor" => descriptor,
            "DW" => 0,
            "W" => widths,
        };
        if !is_cff {
            cid.set("CIDToGIDMap", "Identity");
        }
        let cid_id = doc.add(cid);
        let mut cmap_stream = Stream::new(dictionary! {}, to_unicode_cmap(&self.glyphs));
        crate::pdf::deflate::compress(&mut cmap_stream);
        let cmap = doc.add(cmap_stream);
        doc.put(
            self.type0,
            Object::Dictionary(dictionary! {
                "Type" => "Font",
                "Subtype" => "Type0",
                "BaseFont" => Object::Name(base.into_bytes()),
                "Encoding" => "Identity-H",
                "DescendantFonts" => vec![Object::Reference(cid_id)],
                "ToUnicode" => cmap,
            }),
        );
        Ok(())
    }
}

fn to_unicode_cmap(glyphs: &BTreeMap<u16, (f32, String)>) -> Vec<u8> {
    let mut out = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<(u16, &String)> = glyphs
        .iter()
        .filter(|(_, (_, s))| !s.is_empty())
        .map(|(g, (_, s))| (*g, s))
        .collect();
    // At most 100 entries per bfchar block (PDF / CMap limit).
    for chunk in entries.chunks(100) {
        out.push_str(&format!("{} beginbfchar\n", chunk.len()));
        for (gid, s) in chunk {
            let hex: String = s.encode_utf16().map(|u| format!("{u:04X}")).collect();
            out.push_str(&format!("<{gid:04X}> <{hex}>\n"));
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out.into_bytes()
}

impl Coverage<'_> {
    /// Draws the laid-out lines: bidi-reordered runs, each cut by font, shaped, as TJ arrays
    /// of 2-byte glyph ids with the position adjustments shaping asked for. Returns the
    /// content and the font resources it uses.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn content(
        &self,
        doc: &mut impl Objects,
        embeds: &mut EmbedSet,
        field: &str,
        text: &str,
        lay: &Layout,
        color: &str,
        bx: &BoxSpec,
    ) -> Result<(Vec<u8>, FontResources), PdfError> {
        let size = lay.size;
        let paragraphs = Paragraphs::new(text);
        let mut used: FontResources = Vec::new();
        let mut c = Vec::new();
        c.extend_from_slice(b"/Tx BMC\nq\n");
        c.extend_from_slice(
            format!(
                "1 1 {} {} re W n\nBT\n",
                num((bx.width - 2.0).max(0.0)),
                num((bx.height - 2.0).max(0.0))
            )
            .as_bytes(),
        );
        c.extend_from_slice(format!("{color}\n").as_bytes());
        let mut current: Option<usize> = None;
        for placed in &lay.placed {
            let line = placed.range.clone();
            if line.is_empty() {
                continue;
            }
            let Some(visual) = paragraphs.line(line) else {
                continue;
            };
            c.extend_from_slice(
                format!("1 0 0 1 {} {} Tm\n", num(placed.x), num(placed.y)).as_bytes(),
            );
            for (run, rtl) in visual.runs {
                let run_text = &text[run];
                let mut pieces = self.runs(run_text);
                if rtl {
                    // Visual order: the logically last piece is drawn first.
                    pieces.reverse();
                }
                for (range, font) in pieces {
                    let emb = embeds.get_or_add(doc, font, &self.fonts[font]);
                    if current != Some(font) {
                        push_name(&mut c, &emb.res_name);
                        c.extend_from_slice(format!(" {} Tf\n", num(size)).as_bytes());
                        current = Some(font);
                    }
                    if !used.iter().any(|(n, _)| *n == emb.res_name) {
                        used.push((emb.res_name.clone(), Object::Reference(emb.type0)));
                    }
                    emb.glyph_run(field, &run_text[range], rtl, size, &mut c)?;
                }
            }
        }
        c.extend_from_slice(b"ET\nQ\nEMC\n");
        Ok((c, used))
    }
}
