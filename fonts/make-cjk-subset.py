#!/usr/bin/env python3
"""Cuts Noto Sans CJK (Debian fonts-noto-cjk, ~20 MB collection) down to the characters
names, places and short quotations in a case file need: every character of GB2312
(simplified Chinese), the Big5 level-1 (common) hanzi (traditional Chinese), kana, the 2,350
hangul syllables of KS X 1001, and CJK punctuation/full-width forms. Reproducible: the same
input font gives the same output bytes (fontTools, no timestamps kept).

    pip install fonttools
    python3 fonts/make-cjk-subset.py /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc \
        fonts/NotoSansCJKsc-Regular-subset.otf
"""
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection


def encodable(codec, first, second_ranges):
    """Characters whose double-byte code (first byte in `first`) decodes in `codec`."""
    out = set()
    for b1 in first:
        for lo, hi in second_ranges:
            for b2 in range(lo, hi + 1):
                try:
                    s = bytes([b1, b2]).decode(codec)
                except UnicodeDecodeError:
                    continue
                out.update(s)
    return out


def characters():
    chars = set(chr(c) for c in range(0x20, 0x7F))
    # GB2312: rows 0xA1-0xF7 x 0xA1-0xFE (symbols, kana, Cyrillic, hanzi levels 1 and 2).
    chars |= encodable("gb2312", range(0xA1, 0xF8), [(0xA1, 0xFE)])
    # Big5 level 1 (frequently used hanzi): 0xA440-0xC67E.
    chars |= {
        c
        for c in encodable("big5", range(0xA4, 0xC7), [(0x40, 0x7E), (0xA1, 0xFE)])
        if ord(c) >= 0x3400
    }
    # Big5 symbols (0xA140-0xA3FE).
    chars |= encodable("big5", range(0xA1, 0xA4), [(0x40, 0x7E), (0xA1, 0xFE)])
    # KS X 1001 hangul syllables: rows 0xB0-0xC8.
    chars |= encodable("euc_kr", range(0xB0, 0xC9), [(0xA1, 0xFE)])
    # Kana, CJK punctuation, full-width and half-width forms.
    for lo, hi in [(0x3000, 0x30FF), (0x31F0, 0x31FF), (0xFF00, 0xFFEF)]:
        chars |= {chr(c) for c in range(lo, hi + 1)}
    return sorted(chars)


def main():
    src, dst = sys.argv[1], sys.argv[2]
    # Face 2 of the Debian collection is "Noto Sans CJK SC" (simplified Chinese forms);
    # find it by name so a reordered collection still gives the same face.
    coll = TTCollection(src, lazy=True)
    face = None
    for font in coll.fonts:
        name = font["name"].getDebugName(6) or ""
        if name == "NotoSansCJKsc-Regular":
            face = font
            break
    if face is None:
        sys.exit("NotoSansCJKsc-Regular not found in " + src)
    opts = subset.Options()
    opts.layout_features = ["*"]
    opts.hinting = False
    opts.desubroutinize = False
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.notdef_outline = True
    opts.recalc_timestamp = False
    sub = subset.Subsetter(opts)
    sub.populate(text="".join(characters()))
    sub.subset(face)
    face.save(dst)


if __name__ == "__main__":
    main()
