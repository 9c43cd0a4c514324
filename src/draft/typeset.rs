//! Lays text out on Letter pages: picks a font per run of text (coverage checked with the
//! font's cmap, so a missing glyph is a warning naming the character, never a blank), wraps,
//! orders right-to-left text with the Unicode bidi algorithm, paginates, and adds the header
//! and footer every page carries.

use crate::pdf::draw::{DrawFont, DrawOp, Run};
use std::ops::Range;
use unicode_bidi::BidiInfo;

pub const PAGE_W: f32 = 612.0;
pub const PAGE_H: f32 = 792.0;
const MARGIN_X: f32 = 54.0;
const TOP: f32 = PAGE_H - 62.0;
const BOTTOM: f32 = 58.0;
const LEADING: f32 = 1.3;

pub const BLACK: [f32; 3] = [0.0, 0.0, 0.0];
pub const GREY: [f32; 3] = [0.35, 0.35, 0.35];
pub const RED: [f32; 3] = [0.72, 0.0, 0.0];
pub const ORANGE: [f32; 3] = [0.7, 0.38, 0.0];
pub const BLUE: [f32; 3] = [0.0, 0.25, 0.6];
pub const PINK: [f32; 3] = [1.0, 0.86, 0.86];

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

/// Characters below this have their font choice looked up in a table.
const LATIN_END: usize = 0x250;

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
    fn char_units(&self, text: &str, bold: bool) -> f32 {
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
        if let Some(cur) = current {
            if !c.is_alphabetic() && self.covers(cur, c) {
                return Some(cur);
            }
        }
        if bold && self.covers(self.bold, c) {
            return Some(self.bold);
        }
        self.regular.iter().copied().find(|f| self.covers(*f, c))
    }

    /// Splits text (one direction) into runs of one font each, and measures it as
    /// [`Fonts::units`] does, in one pass over the characters (they were two).
    fn runs_and_units(&self, text: &str, bold: bool) -> (Vec<(Range<usize>, usize)>, f32) {
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
    fn visible(&self, text: &str, place: &str, warnings: &mut Vec<String>) -> String {
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

/// Joiners and direction marks: shaping uses them, no glyph is needed.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// How a block of text looks.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    pub rgb: [f32; 3],
    pub indent: f32,
    /// A background behind the text (e.g. "not answered").
    pub highlight: Option<[f32; 3]>,
    /// A bar in the margin left of the text (findings).
    pub bar: Option<[f32; 3]>,
}

impl Style {
    pub const fn text(size: f32) -> Style {
        Style {
            size,
            bold: false,
            rgb: BLACK,
            indent: 0.0,
            highlight: None,
            bar: None,
        }
    }
    pub const fn bold(mut self) -> Style {
        self.bold = true;
        self
    }
    pub const fn rgb(mut self, rgb: [f32; 3]) -> Style {
        self.rgb = rgb;
        self
    }
    pub const fn indent(mut self, indent: f32) -> Style {
        self.indent = indent;
        self
    }
    pub const fn highlight(mut self, rgb: [f32; 3]) -> Style {
        self.highlight = Some(rgb);
        self
    }
    pub const fn bar(mut self, rgb: [f32; 3]) -> Style {
        self.bar = Some(rgb);
        self
    }
    fn line_height(&self) -> f32 {
        self.size * LEADING
    }
}

/// Whether `c` can make a line right to left: a strong right-to-left or Arabic-number
/// character (the Hebrew, Arabic, Syriac, Thaana, NKo... blocks and their presentation forms,
/// the historic RTL scripts of the SMP) or an explicit bidi control. Without any, every level is
/// 0 (UAX #9) and a line is laid out left to right without the bidi algorithm: Latin,
/// Cyrillic, Ethiopic and Chinese lines skip it.
fn may_be_rtl(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}'
        | '\u{200E}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FB1D}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}'
        | '\u{1E800}'..='\u{1EFFF}')
}

/// A value from the case, isolated (FSI … PDI, UAX #9) for a line that has other text around
/// it: whatever direction its characters have, and even an override it holds, it cannot
/// reorder its surroundings (a name with U+202E printed the filing date after it backwards).
/// Empty stays empty, for the templates' `{% if %}`.
pub fn isolate(value: &str) -> String {
    if value.is_empty() {
        String::new()
    } else {
        format!("\u{2068}{value}\u{2069}")
    }
}

/// One laid-out line: runs in visual order, its width in points, and whether its paragraph
/// reads right to left (then it is aligned right).
#[derive(Debug, Clone)]
pub struct Line {
    runs: Vec<Run>,
    width: f32,
    rtl: bool,
    style: Style,
}

/// Pages being filled, top to bottom.
pub struct Typesetter<'f> {
    fonts: &'f Fonts,
    pages: Vec<(String, Vec<DrawOp>)>,
    y: f32,
    header: String,
    pub warnings: Vec<String>,
}

impl<'f> Typesetter<'f> {
    pub fn new(fonts: &'f Fonts) -> Self {
        Typesetter {
            fonts,
            pages: Vec::new(),
            y: BOTTOM,
            header: String::new(),
            warnings: Vec::new(),
        }
    }

    /// The header of pages started from now on (form, edition, case).
    pub fn set_header(&mut self, header: String) {
        self.header = header;
    }

    pub fn new_page(&mut self) {
        self.pages.push((self.header.clone(), Vec::new()));
        self.y = TOP;
    }

    fn avail(&self, style: &Style) -> f32 {
        PAGE_W - 2.0 * MARGIN_X - style.indent
    }

    /// Wraps and orders `text` (`place` names it in warnings) without placing it.
    pub fn lines(&mut self, text: &str, style: Style, place: &str) -> Vec<Line> {
        let fonts = self.fonts;
        let text = fonts.visible(text, place, &mut self.warnings);
        let max_units = self.avail(&style) * 1000.0 / style.size;
        let ranges = crate::pdf::wrap(&text, max_units, &|s: &str| fonts.char_units(s, style.bold));
        // Isolates alone (around Latin values) leave every level even: still left to right.
        if !text
            .chars()
            .any(|c| may_be_rtl(c) && !matches!(c, '\u{2068}' | '\u{2069}'))
        {
            return ranges
                .into_iter()
                .map(|r| self.ltr_line(&text[r], style))
                .collect();
        }
        let bidi = BidiInfo::new(&text, None);
        let mut out = Vec::new();
        for r in ranges {
            let Some(para) = bidi
                .paragraphs
                .iter()
                .find(|p| p.range.start <= r.start && r.end <= p.range.end)
            else {
                continue;
            };
            let mut runs = Vec::new();
            let mut width = 0.0;
            if !r.is_empty() {
                let (levels, vruns) = bidi.visual_runs(para, r.clone());
                for vr in vruns {
                    let (sub, w) =
                        self.visual_run(&text[vr.clone()], style, levels[vr.start].is_rtl());
                    width += w;
                    runs.extend(sub);
                }
            }
            out.push(Line {
                runs,
                width,
                rtl: para.level.is_rtl(),
                style,
            });
        }
        out
    }

    /// A line of text without right-to-left characters: one visual run. Most lines of most
    /// drafts; the bidi analysis they skip was 4% of a draft's time.
    fn ltr_line(&self, piece: &str, style: Style) -> Line {
        let (runs, width) = self.visual_run(piece, style, false);
        Line {
            runs,
            width,
            rtl: false,
            style,
        }
    }

    /// One visual run of a line cut by font, in drawing order, and its width in points.
    fn visual_run(&self, piece: &str, style: Style, rtl: bool) -> (Vec<Run>, f32) {
        let (font_runs, units) = self.fonts.runs_and_units(piece, style.bold);
        let mut runs: Vec<Run> = font_runs
            .into_iter()
            .map(|(fr, font)| Run {
                font,
                text: piece[fr].to_string(),
                rtl,
            })
            .collect();
        if rtl {
            runs.reverse();
        }
        // The same per-character advances that wrapped the line: shaping each line once more
        // only to align it cost a third of a draft's time.
        let width = units * style.size / 1000.0;
        (runs, width)
    }

    /// Starts a new page unless `height` points fit below the current position.
    pub fn ensure(&mut self, height: f32) {
        if self.pages.is_empty() || self.y - height < BOTTOM {
            self.new_page();
        }
    }

    pub fn gap(&mut self, height: f32) {
        if self.y - height >= BOTTOM {
            self.y -= height;
        }
    }

    /// Height of the first `n` lines.
    pub fn height(lines: &[Line], n: usize) -> f32 {
        lines.iter().take(n).map(|l| l.style.line_height()).sum()
    }

    /// Places lines, continuing on a new page when one does not fit.
    pub fn place(&mut self, lines: Vec<Line>) {
        for line in lines {
            let st = line.style;
            let lh = st.line_height();
            self.ensure(lh);
            let base = self.y - st.size;
            let left = MARGIN_X + st.indent;
            let x = if line.rtl {
                left + (self.avail(&st) - line.width).max(0.0)
            } else {
                left
            };
            let Some((_, ops)) = self.pages.last_mut() else {
                continue;
            };
            if let Some(bar) = st.bar {
                ops.push(DrawOp::Rect {
                    x: left - 7.0,
                    y: self.y - lh,
                    w: 2.5,
                    h: lh,
                    rgb: bar,
                });
            }
            if let Some(bg) = st.highlight {
                ops.push(DrawOp::Rect {
                    x: x - 2.0,
                    y: base - st.size * 0.3,
                    w: line.width + 4.0,
                    h: st.size * 1.25,
                    rgb: bg,
                });
            }
            if !line.runs.is_empty() {
                ops.push(DrawOp::Text {
                    x,
                    y: base,
                    size: st.size,
                    rgb: st.rgb,
                    runs: line.runs,
                });
            }
            self.y -= lh;
        }
    }

    /// A thin rule across the text width.
    pub fn rule(&mut self) {
        self.ensure(8.0);
        let y = self.y - 4.0;
        if let Some((_, ops)) = self.pages.last_mut() {
            ops.push(DrawOp::Rect {
                x: MARGIN_X,
                y,
                w: PAGE_W - 2.0 * MARGIN_X,
                h: 0.6,
                rgb: GREY,
            });
        }
        self.y -= 8.0;
    }

    /// The pages with their header ("DRAFT — for review, not for filing", form, edition, case)
    /// and footer ("page N of M").
    pub fn finish(mut self, draft_label: &str) -> Vec<(f32, f32, Vec<DrawOp>)> {
        let total = self.pages.len();
        let pages = std::mem::take(&mut self.pages);
        let small = Style::text(8.0).rgb(GREY);
        let mut out = Vec::with_capacity(total);
        for (n, (header, mut ops)) in pages.into_iter().enumerate() {
            let mut frame = Vec::new();
            let left = self.lines(draft_label, small.bold().rgb(RED), "the page header");
            let right = self.lines(&header, small, "the page header");
            let footer = self.lines(
                &format!("{draft_label} · page {} of {total}", n + 1),
                small,
                "the page footer",
            );
            let top = PAGE_H - 36.0;
            if let Some(l) = left.into_iter().next() {
                frame.push(text_op(l, MARGIN_X, top));
            }
            if let Some(r) = right.into_iter().next() {
                let x = PAGE_W - MARGIN_X - r.width;
                frame.push(text_op(r, x, top));
            }
            frame.push(DrawOp::Rect {
                x: MARGIN_X,
                y: top - 5.0,
                w: PAGE_W - 2.0 * MARGIN_X,
                h: 0.6,
                rgb: GREY,
            });
            if let Some(f) = footer.into_iter().next() {
                let x = (PAGE_W - f.width) / 2.0;
                frame.push(text_op(f, x, 30.0));
            }
            frame.append(&mut ops);
            out.push((PAGE_W, PAGE_H, frame));
        }
        out
    }
}

fn text_op(line: Line, x: f32, y: f32) -> DrawOp {
    DrawOp::Text {
        x,
        y,
        size: line.style.size,
        rgb: line.style.rgb,
        runs: line.runs,
    }
}

#[cfg(test)]
mod tests {
    use super::may_be_rtl;
    use unicode_bidi::{bidi_class, BidiClass};

    /// Every character that can give a level above 0 in a left-to-right paragraph is caught,
    /// so no line that needs the bidi algorithm skips it.
    #[test]
    fn every_right_to_left_character_takes_the_bidi_path() {
        let missed: Vec<String> = (0..=0x10FFFu32)
            .filter_map(char::from_u32)
            .filter(|c| {
                use BidiClass::*;
                matches!(
                    bidi_class(*c),
                    R | AL | AN | RLE | RLO | RLI | LRE | LRO | LRI | FSI | PDF | PDI
                ) && !may_be_rtl(*c)
            })
            .map(|c| format!("U+{:04X}", c as u32))
            .collect();
        assert!(missed.is_empty(), "not caught: {missed:?}");
        assert!(!"Tesfaye Дмитрий 王小明 ተስፋዬ 12/05/2024"
            .chars()
            .any(may_be_rtl));
    }
}
