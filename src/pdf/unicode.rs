//! Text the blanks' WinAnsi fonts cannot draw (Arabic, Cyrillic, Chinese,
//! Amharic, ...): shaped with rustybuzz, ordered with the Unicode bidi
//! algorithm, and drawn with a subset of a caller-supplied OpenType font
//! embedded as a Type0 / Identity-H font with a ToUnicode CMap, so the text
//! can be extracted again.

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::rc::Rc;
use std::sync::Arc;

use lopdf::{dictionary, Object, ObjectId, Stream, StringFormat};
use subsetter::GlyphRemapper;
use unicode_bidi::BidiInfo;

use crate::pdf::appearance::{BoxSpec, Layout, VMetrics};
use crate::pdf::fill::{num, push_name, push_operands};
use crate::pdf::hash::IdHasher;
use crate::pdf::overlay::Objects;
use crate::pdf::PdfError;

/// An OpenType/TrueType font (file bytes + face index in a collection) to
/// draw text the form's own fonts cannot encode.
#[derive(Clone)]
pub struct EmbedFont {
    name: String,
    data: Arc<Vec<u8>>,
    index: u32,
}

impl fmt::Debug for EmbedFont {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "EmbedFont({}, {} bytes, face {})",
            self.name,
            self.data.len(),
            self.index
        )
    }
}

impl PartialEq for EmbedFont {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index
            && (Arc::ptr_eq(&self.data, &other.data) || self.data == other.data)
    }
}

impl EmbedFont {
    /// Checks that `data` holds a usable face (with a cmap and metrics).
    pub fn new(data: Vec<u8>, index: u32) -> Result<EmbedFont, PdfError> {
        let face = ttf_parser::Face::parse(&data, index)
            .map_err(|e| PdfError::Structure(format!("font cannot be parsed: {e}")))?;
        let name = face
            .names()
            .into_iter()
            .find(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
            .and_then(|n| n.to_string())
            .unwrap_or_else(|| "EmbeddedFont".to_string());
        // PostScript names are ASCII without spaces; keep the font name a valid PDF name anyway.
        let name: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        Ok(EmbedFont {
            name,
            data: Arc::new(data),
            index,
        })
    }

    /// The font's PostScript name.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub(crate) fn face(&self) -> Result<rustybuzz::Face<'_>, PdfError> {
        rustybuzz::Face::from_slice(&self.data, self.index)
            .ok_or_else(|| PdfError::Structure(format!("font {} cannot be parsed", self.name)))
    }

    /// The first character of `text` the font has no glyph for (controls and
    /// joiners that are never drawn are not required).
    pub fn first_missing(&self, text: &str) -> Option<char> {
        let face = ttf_parser::Face::parse(&self.data, self.index).ok()?;
        text.chars()
            .find(|c| !is_invisible(*c) && face.glyph_index(*c).is_none())
    }
}

/// Characters that shaping consumes without needing their own glyph.
fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// One shaped glyph, in 1/1000 em.
#[derive(Debug, Clone, Copy)]
struct Glyph {
    gid: u16,
    advance: f32,
    x_offset: f32,
    y_offset: f32,
    /// Byte offset of its cluster in the shaped string.
    cluster: usize,
    /// The font's own advance of the glyph (its /W entry), in 1/1000 em.
    width: f32,
    /// The text it stands for in the shaped string (ToUnicode), as a byte range.
    text: (u32, u32),
}

/// Which font a cached shaping result belongs to: the file's data (address and length) and the
/// address of the face's `head` table (faces of one collection share the data, not the
/// `head`). Fonts live for the whole run (built in, or loaded once), so an address is not
/// reused for other data while its entries matter; the length guards against the rare reuse in
/// a process that loads fonts more than once (the tests).
type FaceKey = (usize, usize, usize);

fn face_key(face: &rustybuzz::Face<'_>) -> FaceKey {
    let raw = face.raw_face();
    let head = raw
        .table(ttf_parser::Tag::from_bytes(b"head"))
        .map_or(0, |t| t.as_ptr() as usize);
    (raw.data.as_ptr() as usize, raw.data.len(), head)
}

/// Shaped runs are cached per thread: a batch draws the same questions, labels and headings
/// for every case, and shaping was half of a draft's time (perf, i589-affirmative-family).
/// The cache is emptied when it reaches this many runs, which keeps a batch's memory flat:
/// at 50,000 a 10,000-case batch peaked at 1.7x the memory of a 1,000-case one.
const SHAPE_CACHE_LIMIT: usize = 8_192;

/// Shaped runs by face and direction, then by text: looked up with the borrowed text, so a
/// hit (most runs of a batch) neither allocates a key nor hashes it with SipHash.
type RunCache = FxHashMap<(FaceKey, Option<bool>), FxHashMap<String, Rc<[Glyph]>>>;
type PlanKey = (
    FaceKey,
    rustybuzz::Direction,
    Option<rustybuzz::Script>,
    Option<String>,
);

thread_local! {
    /// The runs, and how many.
    static SHAPED: RefCell<(RunCache, usize)> = RefCell::new((RunCache::default(), 0));
    // A plan is slow to build (feature lookup compilation) and depends only on these properties.
    static PLANS: RefCell<HashMap<PlanKey, rustybuzz::ShapePlan>> = RefCell::new(HashMap::new());
}

fn shape(face: &rustybuzz::Face<'_>, text: &str, rtl: Option<bool>) -> Rc<[Glyph]> {
    let fk = face_key(face);
    let hit = SHAPED.with(|c| {
        c.borrow()
            .0
            .get(&(fk, rtl))
            .and_then(|runs| runs.get(text))
            .cloned()
    });
    if let Some(hit) = hit {
        return hit;
    }
    let glyphs: Rc<[Glyph]> = shape_uncached(face, fk, text, rtl).into();
    SHAPED.with(|c| {
        let (runs, count) = &mut *c.borrow_mut();
        if *count >= SHAPE_CACHE_LIMIT {
            runs.clear();
            *count = 0;
        }
        runs.entry((fk, rtl))
            .or_default()
            .insert(text.to_string(), glyphs.clone());
        *count += 1;
    });
    glyphs
}

fn shape_uncached(
    face: &rustybuzz::Face<'_>,
    fk: FaceKey,
    text: &str,
    rtl: Option<bool>,
) -> Vec<Glyph> {
    let mut buf = rustybuzz::UnicodeBuffer::new();
    buf.push_str(text);
    buf.guess_segment_properties();
    match rtl {
        Some(true) => buf.set_direction(rustybuzz::Direction::RightToLeft),
        Some(false) => buf.set_direction(rustybuzz::Direction::LeftToRight),
        None => {}
    }
    let scale = 1000.0 / (face.units_per_em().max(1) as f32);
    let script = buf.script();
    let plan_key = (
        fk,
        buf.direction(),
        Some(script),
        buf.language().map(|l| l.as_str().to_string()),
    );
    let out = PLANS.with(|plans| {
        let mut plans = plans.borrow_mut();
        let plan = plans.entry(plan_key).or_insert_with(|| {
            rustybuzz::ShapePlan::new(
                face,
                buf.direction(),
                Some(script),
                buf.language().as_ref(),
                &[],
            )
        });
        rustybuzz::shape_with_plan(face, plan, buf)
    });
    let mut glyphs: Vec<Glyph> = out
        .glyph_infos()
        .iter()
        .zip(out.glyph_positions())
        .map(|(i, p)| {
            let gid = u16::try_from(i.glyph_id).unwrap_or(0);
            Glyph {
                gid,
                advance: p.x_advance as f32 * scale,
                x_offset: p.x_offset as f32 * scale,
                y_offset: p.y_offset as f32 * scale,
                cluster: i.cluster as usize,
                width: face
                    .glyph_hor_advance(ttf_parser::GlyphId(gid))
                    .map_or(0.0, |a| f32::from(a) * scale),
                text: (0, 0),
            }
        })
        .collect();
    // Computed with the shaping and cached with it: it was a tenth of a draft's time per run.
    let texts = glyph_texts(&glyphs, text, rtl == Some(true));
    for (g, t) in glyphs.iter_mut().zip(texts) {
        g.text = (t.0 as u32, t.1 as u32);
    }
    glyphs
}

/// `<XXXX>`: a 2-byte glyph id in a TJ array (written for every glyph, so without `format!`).
fn push_gid(c: &mut Vec<u8>, gid: u16) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for shift in [12, 8, 4, 0] {
        c.push(HEX[usize::from((gid >> shift) & 0xF)]);
    }
}

/// Vertical metrics of a face as fractions of the font size.
pub(crate) fn face_metrics(face: &rustybuzz::Face<'_>) -> VMetrics {
    let scale = 1.0 / (face.units_per_em().max(1) as f32);
    let ascent = f32::from(face.ascender()) * scale;
    VMetrics {
        cap_height: face
            .capital_height()
            .map_or(ascent * 0.7, |c| f32::from(c) * scale),
        ascent,
        descent: f32::from(face.descender()) * scale,
    }
}

/// Width of `text` shaped as one run, in 1/1000 em.
pub(crate) fn text_width(face: &rustybuzz::Face<'_>, text: &str) -> f32 {
    shape(face, text, None).iter().map(|g| g.advance).sum()
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

/// Which fallback font draws each part of a text: one font when one covers it all (shaping
/// keeps its context), else per character the first font that has it, with spaces, marks and
/// other characters the current font also has staying in the current run.
pub(crate) struct Coverage<'a> {
    fonts: &'a [EmbedFont],
    faces: Vec<Option<ttf_parser::Face<'a>>>,
    single: Option<usize>,
}

impl<'a> Coverage<'a> {
    /// Plans `text`; Err names the first character no font has.
    pub(crate) fn plan(
        field: &str,
        text: &str,
        fonts: &'a [EmbedFont],
    ) -> Result<Coverage<'a>, PdfError> {
        let faces: Vec<Option<ttf_parser::Face<'a>>> = fonts
            .iter()
            .map(|f| ttf_parser::Face::parse(&f.data, f.index).ok())
            .collect();
        let has = |face: &Option<ttf_parser::Face<'_>>, c: char| {
            is_invisible(c) || face.as_ref().is_some_and(|f| f.glyph_index(c).is_some())
        };
        let single = faces.iter().position(|f| text.chars().all(|c| has(f, c)));
        if single.is_none() {
            if let Some(ch) = text
                .chars()
                .find(|c| !c.is_whitespace() && !faces.iter().any(|f| has(f, *c)))
            {
                return Err(PdfError::Unencodable {
                    field: field.to_string(),
                    ch,
                });
            }
        }
        Ok(Coverage {
            fonts,
            faces,
            single,
        })
    }

    fn covers(&self, font: usize, c: char) -> bool {
        is_invisible(c)
            || self.faces[font]
                .as_ref()
                .is_some_and(|f| f.glyph_index(c).is_some())
    }

    /// `s` cut into (byte range, font index) runs, in logical order.
    pub(crate) fn runs(&self, s: &str) -> Vec<(std::ops::Range<usize>, usize)> {
        if let Some(i) = self.single {
            return vec![(0..s.len(), i)];
        }
        let mut out: Vec<(std::ops::Range<usize>, usize)> = Vec::new();
        for (i, c) in s.char_indices() {
            let end = i + c.len_utf8();
            if let Some((range, font)) = out.last_mut() {
                if c.is_whitespace() || self.covers(*font, c) {
                    range.end = end;
                    continue;
                }
            }
            let font = (0..self.fonts.len())
                .find(|f| self.covers(*f, c))
                .unwrap_or(0);
            // Leading spaces join the first real run.
            match out.last_mut() {
                Some((range, f)) if s[range.clone()].trim().is_empty() => {
                    *f = font;
                    range.end = end;
                }
                _ => out.push((i..end, font)),
            }
        }
        out
    }

    /// Width of `s` in 1/1000 em, each run shaped with its font.
    pub(crate) fn width(&self, s: &str) -> f32 {
        self.runs(s)
            .into_iter()
            .filter_map(|(r, f)| Some(text_width(&self.fonts[f].face().ok()?, &s[r])))
            .sum()
    }

    /// Vertical metrics of the font of the first run (the text's main script).
    pub(crate) fn metrics(&self, s: &str) -> Result<VMetrics, PdfError> {
        let first = self.runs(s).first().map_or(0, |(_, f)| *f);
        Ok(face_metrics(&self.fonts[first].face()?))
    }

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
        let bidi = BidiInfo::new(text, None);
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
            let Some(para) = bidi
                .paragraphs
                .iter()
                .find(|p| p.range.start <= line.start && line.end <= p.range.end)
            else {
                continue;
            };
            let (levels, runs) = bidi.visual_runs(para, line.clone());
            c.extend_from_slice(
                format!("1 0 0 1 {} {} Tm\n", num(placed.x), num(placed.y)).as_bytes(),
            );
            for run in runs {
                let rtl = levels[run.start].is_rtl();
                let run_text = &text[run.clone()];
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
        self.push_glyphs(&face, run_text, rtl, size, c, &mut rise)
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
        face: &rustybuzz::Face<'_>,
        run_text: &str,
        rtl: bool,
        size: f32,
        c: &mut Vec<u8>,
        rise: &mut f32,
    ) -> Result<(), char> {
        let glyphs = shape(face, run_text, Some(rtl));
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
            .map_err(|e| PdfError::Structure(format!("font {}: {e}", self.font.name)))?;
        let is_cff = face.tables().cff.is_some();
        let subset =
            subsetter::subset(&self.font.data, self.font.index, &self.remapper).map_err(|e| {
                PdfError::Structure(format!("subsetting {} failed: {e}", self.font.name))
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
        let base = format!("{tag}+{}", self.font.name);

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

/// The source text each glyph stands for: a cluster with as many glyphs as
/// characters maps one to one (in logical order), otherwise its first glyph
/// carries the whole cluster and the others map to nothing.
/// The byte range of `run` each glyph stands for: one character each when a cluster has as
/// many glyphs as characters, else the whole cluster on its first glyph in logical order.
fn glyph_texts(glyphs: &[Glyph], run: &str, rtl: bool) -> Vec<(usize, usize)> {
    // Glyph indices grouped by cluster (in index order within one), in cluster order.
    let mut order: Vec<usize> = (0..glyphs.len()).collect();
    order.sort_unstable_by_key(|&i| (glyphs[i].cluster, i));
    let mut out = vec![(0, 0); glyphs.len()];
    let mut k = 0;
    while k < order.len() {
        let start = glyphs[order[k]].cluster;
        let mut j = k;
        while j < order.len() && glyphs[order[j]].cluster == start {
            j += 1;
        }
        let end = order.get(j).map_or(run.len(), |&i| glyphs[i].cluster);
        let text = run.get(start..end).unwrap_or("");
        let members = &order[k..j];
        // RTL buffers come out in visual order; logical order is the reverse.
        let mut logical: Vec<usize> = members.to_vec();
        if rtl {
            logical.reverse();
        }
        if text.chars().count() == logical.len() {
            for (i, (at, ch)) in logical.iter().zip(text.char_indices()) {
                out[*i] = (start + at, start + at + ch.len_utf8());
            }
        } else if let Some(first) = logical.first() {
            if !text.is_empty() {
                out[*first] = (start, end);
            }
        }
        k = j;
    }
    out
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
