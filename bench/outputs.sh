#!/usr/bin/env bash
# Every output of the fixtures and of a generated batch, for checking that a refactor leaves the
# outputs byte-identical (issue 14):
#   bench/outputs.sh BIN OUTDIR     (absolute paths)   then: diff -rq OUTDIR-before OUTDIR-after
# Renders every valid fixture (with --flatten), writes validate and checklist JSON of every
# fixture, and batches `generate --count 200 --seed 7`. The date is fixed so runs compare.
set -u
cd "$(dirname "$0")/.."
BIN=$1; OUT=$2
blanks="${ASYLUM_FORMS_SHARED:-../shared}/uscis-forms"
rm -rf "$OUT"; mkdir -p "$OUT"
export ASYLUM_FORMS_TODAY=2026-12-06 SOURCE_DATE_EPOCH=1796601600
for f in fixtures/valid/*.json; do
  n=$(basename "$f" .json)
  "$BIN" render "$f" --blank "$blanks" -o "$OUT/render/$n" --flatten >/dev/null 2>&1 || echo "render $n rc=$?" >> "$OUT/rc.txt"
  "$BIN" validate "$f" --format json > "$OUT/validate-$n.json" 2>&1
  "$BIN" checklist "$f" --format json > "$OUT/checklist-$n.json" 2>&1
done
for f in fixtures/invalid/*.json; do
  "$BIN" validate "$f" --format json > "$OUT/invalid-$(basename "$f" .json).json" 2>&1
done
"$BIN" generate --count 200 --seed 7 -o "$OUT/gen" >/dev/null 2>&1
"$BIN" batch "$OUT/gen" --blank "$blanks" -o "$OUT/batch" -q >/dev/null 2>&1
echo "outputs in $OUT"
