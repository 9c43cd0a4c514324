//! Shaping: text of one font and one direction into glyph runs (glyph ids, advances, offsets,
//! the text each glyph stands for) with rustybuzz, cached per thread.

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// One shaped glyph, in 1/1000 em.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Glyph {
    pub(crate) gid: u16,
    pub(crate) advance: f32,
    pub(crate) x_offset: f32,
    pub(crate) y_offset: f32,
    /// Byte offset of its cluster in the shaped string.
    pub(crate) cluster: usize,
    /// The font's own advance of the glyph (its /W entry), in 1/1000 em.
    pub(crate) width: f32,
    /// The text it stands for in the shaped string (ToUnicode), as a byte range.
    pub(crate) text: (u32, u32),
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

/// `text` (one font, one direction: `Some(rtl)`, or `None` to guess it) shaped into glyphs,
/// in visual order: the glyph run every writer draws and every measure sums.
pub(crate) fn shape(face: &rustybuzz::Face<'_>, text: &str, rtl: Option<bool>) -> Rc<[Glyph]> {
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
