#!/usr/bin/env python3
"""Case files with N repeated entries, for timing validation's growth (issue 17):
   bench/repeated.py N OUTDIR  ->  OUTDIR/i730-N.json (N copies of an I-730 entry) and
   OUTDIR/people-N.json (N copies of a person), as tests/hardening.rs makes them.
   Time them with ASYLUM_FORMS_TODAY=2026-11-22 (the tests' date: the filing dates are then
   in the future, which one rule looks up per date)."""
import copy, json, sys, os
n, out = int(sys.argv[1]), sys.argv[2]
root = os.path.join(os.path.dirname(__file__), "..")
base = json.load(open(os.path.join(root, "fixtures/valid/i730-asylee-spouse-stepchild.json")))
os.makedirs(out, exist_ok=True)
d = copy.deepcopy(base)
d["forms"]["i730"] = [copy.deepcopy(d["forms"]["i730"][0]) for _ in range(n)]
json.dump(d, open(os.path.join(out, f"i730-{n}.json"), "w"))
d = copy.deepcopy(base)
person = {k: v for k, v in d["people"][2].items() if k not in ("native_address", "native_name_parts")}
d["people"] = d["people"] + [copy.deepcopy(person) for _ in range(n)]
json.dump(d, open(os.path.join(out, f"people-{n}.json"), "w"))
