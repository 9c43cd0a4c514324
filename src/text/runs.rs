//! Font fallback: which face draws each character of a text, and the runs of one font that
//! result. One rule decides it ([`pick`]): a character stays in the current run's face when the
//! [`Keep`] policy lets it and that face has it, else it takes the first face (in fallback
//! order) that has it. [`Coverage`] plans a form field's or continuation sheet's text with it;
//! [`Fonts`] does it for the draft, with a bold face tried first and a per-character table.
//!
//! The two callers differ in policy, on purpose and visibly in the outputs, and the policies
//! are named where the rule is: a form field keeps its whole value in one face when one face
//! has every character (shaping keeps its context), and otherwise keeps in the current face
//! every character it has ([`Keep::Covered`]); a field with a character no face has is
//! refused. The draft keeps only spaces, digits and punctuation in the current face and takes
//! the first face (or the bold one) for every letter ([`Keep::Neutral`]), and shows a missing
//! character as `[U+XXXX]`. What else they share is in one place too: which characters need
//! no glyph ([`is_invisible`], [`is_format`]), bidi ([`crate::text::bidi`]), shaping
//! ([`crate::text::shape`]) and measuring.

use std::ops::Range;

use crate::text::fonts::{is_format, is_invisible, DrawFont, EmbedFont, LATIN_END};
use crate::text::measure::{face_metrics, text_width, VMetrics};
use crate::text::TextError;

/// What stays in the current run's face (when that face has the character) rather than
/// going back to the first face in fallback order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Keep {
    /// Every character the current face has, and any whitespace: a form field's value, so a
    /// run shapes as long as one face can draw it.
    Covered,
    /// Only characters that are not letters (spaces, digits, punctuation, marks): the draft,
    /// so every letter is drawn by the first face of the fallback order that has it.
    Neutral,
}

/// The fallback rule, the one both [`Coverage`] and [`Fonts`] use: the face that draws `c`
/// after a run in `current`. It stays in `current` when `keep` allows and `has` says the face
/// has `c`; else it is the first face of `order` that has `c`; None when no face has it.
pub(crate) fn pick(
    c: char,
    current: Option<usize>,
    keep: Keep,
    has: impl Fn(usize, char) -> bool,
    mut order: impl Iterator<Item = usize>,
) -> Option<usize> {
    if let Some(cur) = current {
        let stays = match keep {
            Keep::Covered => c.is_whitespace() || has(cur, c),
            Keep::Neutral => !c.is_alphabetic() && has(cur, c),
        };
        if stays {
            return Some(cur);
        }
    }
    order.find(|f| has(*f, c))
}

/// One run of a line: a single font and direction, in logical order.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub font: usize,
    pub text: String,
    pub rtl: bool,
}

/// Which fallback font draws each part of a text: one font when one covers it all (shaping
/// keeps its context), else per character the first font that has it, with spaces, marks and
/// other characters the current font also has staying in the current run.
pub(crate) struct Coverage<'a> {
    pub(crate) fonts: &'a [EmbedFont],
    faces: Vec<Option<ttf_parser::Face<'a>>>,
    single: Option<usize>,
}

impl<'a> Coverage<'a> {
    /// Plans `text`; Err names the first character no font has.
    pub(crate) fn plan(
        field: &str,
        text: &str,
        fonts: &'a [EmbedFont],
    ) -> Result<Coverage<'a>, TextError> {
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
                return Err(TextError::Missing {
                    place: field.to_string(),
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
    pub(crate) fn runs(&self, s: &str) -> Vec<(Range<usize>, usize)> {
        if let Some(i) = self.single {
            return vec![(0..s.len(), i)];
        }
        let mut out: Vec<(Range<usize>, usize)> = Vec::new();
        for (i, c) in s.char_indices() {
            let end = i + c.len_utf8();
            let current = out.last().map(|(_, font)| *font);
            let found = pick(
                c,
                current,
                Keep::Covered,
                |f, c| self.covers(f, c),
                0..self.fonts.len(),
            );
            if let (Some(f), Some((range, _))) = (found, out.last_mut()) {
                if Some(f) == current {
                    range.end = end;
                    continue;
                }
            }
            let font = found.unwrap_or(0);
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
    pub(crate) fn metrics(&self, s: &str) -> Result<VMetrics, TextError> {
        let first = self.runs(s).first().map_or(0, |(_, f)| *f);
        Ok(face_metrics(&self.fonts[first].face()?))
    }
}

/// The faces text is drawn with: `regular` in fallback order, `bold` tried first for bold text.
pub struct Fonts {
    draw: Vec<DrawFont>,
    regular: Vec<usize>,
    bold: usize,
    /// [`Fonts::font_for`] of the characters below [`LATIN_END`], for each (bold, current
    /// font or none): asked three times for every character of a draft (wrap, width, runs),
    /// the fallback search was a tenth of a batch's time.
    latin_choice: Vec<Option<usize>>,
    /// [`Fonts::units`] of each character below [`LATIN_END`] alone, regular then bold: the
    /// width every character is wrapped with.
    latin_units: Vec<f32>,
}

impl Fonts {
    pub fn new(draw: Vec<DrawFont>, regular: Vec<usize>, bold: usize) -> Fonts {
        let mut fonts = Fonts {
            draw,
            regular,
            bold,
            latin_choice: Vec::new(),
            latin_units: Vec::new(),
        };
        let currents = fonts.draw.len() + 1;
        let mut table = Vec::with_capacity(2 * currents * LATIN_END);
        for bold in [false, true] {
            for current in std::iter::once(None).chain((0..fonts.draw.len()).map(Some)) {
                for u in 0..LATIN_END as u32 {
                    table.push(char::from_u32(u).and_then(|c| fonts.search_font(c, bold, current)));
                }
            }
        }
        fonts.latin_choice = table;
        let mut units = Vec::with_capacity(2 * LATIN_END);
        for bold in [false, true] {
            for u in 0..LATIN_END as u32 {
                let one = char::from_u32(u)
                    .map_or(0.0, |c| fonts.units(c.encode_utf8(&mut [0; 4]), bold));
                units.push(one);
            }
        }
        fonts.latin_units = units;
        fonts
    }

    /// [`Fonts::units`] of `text` when it is one character, from the table when it is Latin.
    pub(crate) fn char_units(&self, text: &str, bold: bool) -> f32 {
        let mut chars = text.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            if let Some(w) = self
                .latin_units
                .get(usize::from(bold) * LATIN_END + c as usize)
                .filter(|_| (c as usize) < LATIN_END)
            {
                return *w;
            }
        }
        self.units(text, bold)
    }

    pub fn draw(&self) -> &[DrawFont] {
        &self.draw
    }

    fn covers(&self, font: usize, c: char) -> bool {
        self.draw.get(font).is_some_and(|f| f.advance(c).is_some())
    }

    /// The font a character is drawn with: neutral characters (spaces, digits, punctuation,
    /// marks) stay in the current run's font when it has them, so a run shapes as one.
    fn font_for(&self, c: char, bold: bool, current: Option<usize>) -> Option<usize> {
        let slot = current.map_or(Some(0), |f| (f < self.draw.len()).then_some(f + 1));
        if let (Some(slot), true) = (slot, (c as usize) < LATIN_END) {
            let currents = self.draw.len() + 1;
            let at = (usize::from(bold) * currents + slot) * LATIN_END + c as usize;
            if let Some(choice) = self.latin_choice.get(at) {
                return *choice;
            }
        }
        self.search_font(c, bold, current)
    }

    fn search_font(&self, c: char, bold: bool, current: Option<usize>) -> Option<usize> {
        let bold_first = bold.then_some(self.bold);
        let order = bold_first.into_iter().chain(self.regular.iter().copied());
        pick(c, current, Keep::Neutral, |f, c| self.covers(f, c), order)
    }

    /// Splits text (one direction) into runs of one font each, and measures it as
    /// [`Fonts::units`] does, in one pass over the characters (they were two).
    pub(crate) fn runs_and_units(
        &self,
        text: &str,
        bold: bool,
    ) -> (Vec<(Range<usize>, usize)>, f32) {
        let fallback = self.regular.first().copied().unwrap_or(0);
        let mut out: Vec<(Range<usize>, usize)> = Vec::new();
        // The two differ only after a character no font has (a format character): the runs
        // go on in the fallback font, the measure in the font before it.
        let (mut run_font, mut width_font) = (None, None);
        let mut w = 0.0;
        for (i, c) in text.char_indices() {
            let found = self.font_for(c, bold, run_font);
            let measured = if width_font == run_font {
                found
            } else {
                self.font_for(c, bold, width_font)
            };
            if let Some(m) = measured {
                width_font = Some(m);
                w += self.advance_units(m, c);
            }
            let f = found.unwrap_or(fallback);
            match out.last_mut() {
                Some((r, lf)) if *lf == f => r.end = i + c.len_utf8(),
                _ => out.push((i..i + c.len_utf8(), f)),
            }
            run_font = Some(f);
        }
        (out, w)
    }

    fn advance_units(&self, font: usize, c: char) -> f32 {
        let font = &self.draw[font];
        let upem = font.face.units_per_em().max(1) as f32;
        f32::from(font.advance(c).unwrap_or(0)) * 1000.0 / upem
    }

    /// Advance of `text` in 1/1000 em, per character (no shaping: good enough to wrap).
    fn units(&self, text: &str, bold: bool) -> f32 {
        let mut current = None;
        let mut w = 0.0;
        for c in text.chars() {
            let Some(f) = self.font_for(c, bold, current) else {
                continue;
            };
            current = Some(f);
            w += self.advance_units(f, c);
        }
        w
    }

    fn any_regular_covers(&self, c: char) -> bool {
        if (c as usize) < LATIN_END {
            // The table's (regular, no current font) choice is the first regular face with c.
            if let Some(choice) = self.latin_choice.get(c as usize) {
                return choice.is_some();
            }
        }
        self.regular.iter().any(|f| self.covers(*f, c))
    }

    /// Characters no font draws, replaced by a visible `[U+XXXX]`; each is reported once.
    pub(crate) fn visible(&self, text: &str, place: &str, warnings: &mut Vec<String>) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if c == '\n' {
                out.push(c);
            } else if c == '\t' || c == '\r' {
                out.push(' ');
            } else if c.is_control() {
                continue;
            } else if is_format(c) || self.any_regular_covers(c) {
                out.push(c);
            } else {
                let msg = format!(
                    "draft: no built-in font has the character {c:?} (U+{:04X}) in {place}; it is shown as [U+{:04X}]",
                    c as u32, c as u32
                );
                if !warnings.contains(&msg) {
                    warnings.push(msg);
                }
                out.push_str(&format!("[U+{:04X}]", c as u32));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fonts::{embed_fonts, BOLD, REGULAR};

    /// The draft's faces as `DraftResources::load` builds them: the regular ones, then bold.
    fn draft_fonts() -> Fonts {
        let draw: Vec<DrawFont> = REGULAR
            .iter()
            .chain(std::iter::once(&BOLD))
            .map(|f| {
                let face = rustybuzz::Face::from_slice(f.bytes, 0).expect("built-in font");
                let embed = EmbedFont::new(f.bytes.to_vec(), 0).expect("built-in font");
                DrawFont::new(face, embed)
            })
            .collect();
        let bold = draw.len() - 1;
        Fonts::new(draw, (0..bold).collect(), bold)
    }

    /// The form fill and the draft go through one rule: for a name in several scripts they
    /// cut the same runs and give each the same face.
    #[test]
    fn fields_and_draft_pick_the_same_faces_for_mixed_scripts() {
        let embed = embed_fonts();
        let draft = draft_fonts();
        for text in [
            "Ivanov محمد כהן",
            "Иванов 王小明 አበበ देवी",
            "Papadopoulos, Παπαδόπουλος (محمد)",
        ] {
            let plan = Coverage::plan("test", text, &embed).expect("every script has a face");
            let field = plan.runs(text);
            let (drawn, _) = draft.runs_and_units(text, false);
            assert_eq!(field, drawn, "{text}");
            let faces: Vec<&str> = field.iter().map(|(_, f)| embed[*f].name()).collect();
            assert!(faces.len() > 1, "{text}: {faces:?}");
        }
    }

    /// Where the policies differ, they differ as documented: a Latin letter after a CJK face
    /// stays in the CJK face in a field (one face draws the whole value) and goes back to the
    /// Latin face in the draft.
    #[test]
    fn the_keep_policy_is_the_only_difference() {
        let has = |f: usize, c: char| f == 1 || c.is_ascii();
        assert_eq!(pick('a', Some(1), Keep::Covered, has, 0..2), Some(1));
        assert_eq!(pick('a', Some(1), Keep::Neutral, has, 0..2), Some(0));
        assert_eq!(pick('1', Some(1), Keep::Neutral, has, 0..2), Some(1));
        assert_eq!(pick('王', Some(0), Keep::Neutral, has, 0..2), Some(1));
        assert_eq!(pick('王', None, Keep::Covered, |_, _| false, 0..2), None);
    }
}
