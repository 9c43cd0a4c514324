//! Lays text out on Letter pages: wraps, paginates and adds the header and footer every page
//! carries. The text engine ([`crate::text`]) picks a font per run of text (a missing glyph is a
//! warning naming the character, never a blank) and orders right-to-left text.

use crate::draft::draw::{DrawOp, Run};
pub use crate::text::bidi::isolate;
use crate::text::bidi::Paragraphs;
pub use crate::text::runs::Fonts;

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
        let paragraphs = Paragraphs::new(&text);
        let mut out = Vec::with_capacity(ranges.len());
        for r in ranges {
            let Some(visual) = paragraphs.line(r) else {
                continue;
            };
            let mut runs = Vec::new();
            let mut width = 0.0;
            for (vr, rtl) in visual.runs {
                let (sub, w) = self.visual_run(&text[vr], style, rtl);
                width += w;
                if runs.is_empty() {
                    runs = sub;
                } else {
                    runs.extend(sub);
                }
            }
            out.push(Line {
                runs,
                width,
                rtl: visual.rtl,
                style,
            });
        }
        out
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
    /// and footer (the label, then `page_of(n, total)`: "page N of M" in the draft's language).
    pub fn finish(
        mut self,
        draft_label: &str,
        page_of: impl Fn(usize, usize) -> String,
    ) -> Vec<(f32, f32, Vec<DrawOp>)> {
        let total = self.pages.len();
        let pages = std::mem::take(&mut self.pages);
        let small = Style::text(8.0).rgb(GREY);
        let mut out = Vec::with_capacity(total);
        for (n, (header, mut ops)) in pages.into_iter().enumerate() {
            let mut frame = Vec::new();
            let left = self.lines(draft_label, small.bold().rgb(RED), "the page header");
            let right = self.lines(&header, small, "the page header");
            let footer = self.lines(
                &format!("{draft_label} · {}", page_of(n + 1, total)),
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
