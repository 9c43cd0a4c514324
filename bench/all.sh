#!/usr/bin/env bash
# Every benchmark of issue #6 in one command, in this order:
#   1. per stage (criterion): validation, each official form's fill, a full packet, a draft;
#   2. the I-589 fill beside pypdf on the same values, and the ratio;
#   3. whole batches of generated cases: wall time and peak memory.
#
#   bash bench/all.sh [BLANKS_DIR]     (default ../shared/uscis-forms; BENCH_COUNTS="1000 10000")
# (bench/outputs.sh BIN OUTDIR writes every output of the fixtures and a generated batch, to diff
# before and after a refactor.)
# Release builds; about 10 minutes plus the batches (10,000 cases with forms: about 70 s and 15 GB of disk).
set -euo pipefail
cd "$(dirname "$0")/.."
blanks="${1:-${ASYLUM_FORMS_BLANKS:-../shared/uscis-forms}}"
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo "== 1. stages (criterion)"
cargo bench --quiet --bench stages -- --noplot 2>/dev/null | grep -E '^[a-z0-9_/ -]+ +time:|^[a-z0-9_/ -]+$|time:'
echo "== 2. I-589 fill vs pypdf"
ASYLUM_FORMS_SHARED="$(dirname "$blanks")" bash bench/compare.sh
echo "== 3. batch"
bash bench/batch.sh "$blanks"
