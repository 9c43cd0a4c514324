#!/usr/bin/env bash
# Whole-batch benchmark (issue #6): wall time and peak memory of `asylum-forms batch` over
# 1,000 and 10,000 generated cases (10% broken on purpose), with and without the official blanks.
#
#   bench/batch.sh [BLANKS_DIR]
#
# BLANKS_DIR (or $ASYLUM_FORMS_BLANKS) holds i-589.pdf, i-730.pdf, i-485.pdf; default
# ../shared/uscis-forms. $BENCH_COUNTS changes the sizes (default "1000 10000"). Needs GNU time
# (/usr/bin/time, Debian package `time`). Outputs go to a temporary folder, removed at the end;
# 10,000 cases with forms take about 15 GB while they exist.
set -euo pipefail
cd "$(dirname "$0")/.."
blanks="${1:-${ASYLUM_FORMS_BLANKS:-../shared/uscis-forms}}"
counts="${BENCH_COUNTS:-1000 10000}"
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
[ -f "$blanks/i-589.pdf" ] || { echo "no blanks in $blanks" >&2; exit 2; }

cargo build --release --quiet
bin="$PWD/target/release/asylum-forms"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "asylum-forms batch: $(nproc) cores, $(date -u +%Y-%m-%d), blanks from $blanks"
printf '%-7s %-22s %10s %12s %10s  %s\n' cases mode "wall (s)" "cases/s" "peak RSS" "outcome"
for n in $counts; do
  "$bin" generate --count "$n" --seed 1 --broken 10 --jsonl "$work/cases-$n.jsonl" 2>/dev/null
  for mode in checklists forms; do
    out="$work/out-$n-$mode"
    extra=()
    [ "$mode" = forms ] && extra=(--blank "$blanks")
    rc=0
    /usr/bin/time -v -o "$work/time.txt" \
      "$bin" batch "$work/cases-$n.jsonl" -o "$out" --quiet "${extra[@]}" || rc=$?
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt" |
      awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
    outcome=$(python3 -c "import json,sys; t=json.load(open(sys.argv[1]))['totals']; print(f\"{t['rendered']+t['rendered_with_warnings']} rendered, {t.get('drafted',0)+t.get('drafted_with_warnings',0)} drafted, {t['invalid']} invalid, {t['failed']} failed (exit $rc)\")" "$out/summary.json")
    printf '%-7s %-22s %10.1f %12.1f %8d MB  %s\n' "$n" "$mode" "$wall" \
      "$(awk -v n="$n" -v w="$wall" 'BEGIN { print n / w }')" $((rss_kb / 1024)) "$outcome"
    rm -rf "$out"
  done
done
