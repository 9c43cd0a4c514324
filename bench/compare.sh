#!/usr/bin/env bash
# One command: asylum-forms' I-589 fill (criterion, release) beside pypdf filling the same
# official blank with the same (field -> value) pairs, and the ratio.
#   bash bench/compare.sh            (blanks from ASYLUM_FORMS_SHARED/uscis-forms, default ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${ASYLUM_FORMS_SHARED:-../shared}"
blank="$shared/uscis-forms/i-589.pdf"
fixture="fixtures/valid/i589-affirmative-family.json"
if [ ! -f "$blank" ]; then
  echo "compare: no I-589 blank at $blank (set ASYLUM_FORMS_SHARED); nothing to compare" >&2
  exit 2
fi
python3 -c "import pypdf" 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check pypdf

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cargo run --quiet --release --example fill_values -- "$fixture" i-589 "$blank" >"$tmp/values.json"

# criterion prints "fill/i-589  time: [low median high]"; keep the median and its unit.
cargo bench --quiet --bench stages -- --noplot 'fill/i-589' 2>/dev/null | tee "$tmp/criterion.txt"
ours_ms="$(awk '/^fill\/i-589/ { f = 1 } f && /time:/ { print; exit }' "$tmp/criterion.txt" |
  sed 's/.*\[//; s/\].*//' |
  awk '{ v = $3; u = $4; if (u == "s") v *= 1000; else if (u != "ms") v /= 1000; printf "%.1f", v }')"

python3 bench/pypdf_fill.py "$blank" "$tmp/values.json" | tee "$tmp/pypdf.txt"
py_ms="$(sed -n 's/^fill_ms=//p' "$tmp/pypdf.txt")"
py_cold_ms="$(sed -n 's/^open_and_fill_ms=//p' "$tmp/pypdf.txt")"

echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo "I-589 fill, $(sed -n 's/^values=//p' "$tmp/pypdf.txt") values from $fixture, blank parsed once outside the loop:"
echo "  asylum-forms (criterion median): ${ours_ms} ms"
echo "  pypdf $(sed -n 's/^pypdf_version=//p' "$tmp/pypdf.txt") (median):          ${py_ms} ms   (with opening the blank each time: ${py_cold_ms} ms)"
awk -v a="$ours_ms" -v b="$py_ms" 'BEGIN { if (a > 0) printf "  ratio: asylum-forms is %.1fx faster\n", b / a }'
