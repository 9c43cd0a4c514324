"""Ink on a page as pdfium (Chromium's PDF engine) draws it: the number of non-white pixels.

usage: pdfium_ink.py FILE PAGE FORMS
FORMS=1 initialises the form environment first, as Chromium's viewer does; FORMS=0 draws the
page as a plain renderer does (pdfium then shows no form widgets at all, so only a flattened
copy shows the values).
"""
import sys

import pypdfium2 as pdfium

path, page_no, forms = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
pdf = pdfium.PdfDocument(path)
if forms:
    pdf.init_forms()
image = pdf[page_no].render(scale=1.0, may_draw_forms=True).to_pil().convert("L")
print(sum(1 for v in image.getdata() if v < 128))
