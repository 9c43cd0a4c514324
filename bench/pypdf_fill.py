#!/usr/bin/env python3
"""Times pypdf filling an official blank with the (field -> value) pairs asylum-forms writes.

Usage: pypdf_fill.py BLANK.pdf VALUES.json [--runs N]

VALUES.json is what `cargo run --release --example fill_values -- CASE FORM BLANK.pdf` prints.
Python start-up and imports are outside every timing. Reported separately (median of N runs):

  open   PdfReader on the blank's bytes and decryption with the empty password: once per run,
         like asylum-forms' Blank::parse.
  fill   from the opened reader: a writer cloned from it, every value set (pypdf draws the text
         appearances itself), the document written to memory. The same work as Blank::fill.

It then reads the last output back and counts the values that landed, so a fill that silently
set nothing cannot look fast. Prints one `key=value` line per figure for bench/compare.sh.
"""

import argparse
import io
import json
import logging
import statistics
import sys
import time

from pypdf import PdfReader, PdfWriter


def open_blank(data):
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt("")
    return reader


def fill(reader, values):
    writer = PdfWriter(clone_from=reader)
    # False: keep NeedAppearances off, as asylum-forms does; pypdf still writes appearances.
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def median_ms(fn, runs):
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times), result


def landed(pdf, values):
    fields = PdfReader(io.BytesIO(pdf)).get_fields() or {}
    ok = 0
    for name, want in values.items():
        got = fields.get(name, {}).get("/V")
        if got is not None and str(got) == want:
            ok += 1
    return ok


def main():
    # pypdf warns for every value its WinAnsi appearance cannot draw (the Arabic name): it draws
    # it wrong, which asylum-forms does not; the warnings would only drown the figures.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    ap = argparse.ArgumentParser()
    ap.add_argument("blank")
    ap.add_argument("values")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    with open(args.blank, "rb") as f:
        data = f.read()
    with open(args.values, encoding="utf-8") as f:
        values = json.load(f)

    open_ms, reader = median_ms(lambda: open_blank(data), args.runs)
    fill(reader, values)  # warm-up: pypdf resolves objects lazily on first use
    fill_ms, pdf = median_ms(lambda: fill(reader, values), args.runs)
    cold_ms, _ = median_ms(lambda: fill(open_blank(data), values), max(3, args.runs // 2))

    print(f"pypdf_version={__import__('pypdf').__version__}")
    print(f"values={len(values)}")
    print(f"landed={landed(pdf, values)}")
    print(f"runs={args.runs}")
    print(f"open_ms={open_ms:.1f}")
    print(f"fill_ms={fill_ms:.1f}")
    print(f"open_and_fill_ms={cold_ms:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
