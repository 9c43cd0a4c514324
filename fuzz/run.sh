#!/usr/bin/env bash
# Runs the fuzz targets, each for SECONDS (default 60), one after another:
#   fuzz/run.sh [SECONDS] [TARGET...]        targets: validate render blank (default: all)
# CI runs `FUZZ_SEED=1 fuzz/run.sh 20` (fixed inputs); an hour in all: `nice -n 19 fuzz/run.sh 1200`.
# A target that hangs on an input (over 5 s) saves it and stops; it is started again with a new
# seed for the rest of its time. Findings are saved in fuzz/artifacts/TARGET/, and one line per
# run goes to fuzz/artifacts/stats.tsv. Exits 1 when anything was found.
set -uo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(validate render blank)
# The tool's own target folder: the dependencies built for its tests are reused.
cargo build --quiet --manifest-path fuzz/Cargo.toml --target-dir target || exit 2
status=0
for t in "${targets[@]}"; do
  end=$(( $(date +%s) + secs ))
  while :; do
    left=$(( end - $(date +%s) ))
    [ "$left" -le 0 ] && break
    # A memory cap, so an input that allocates without bound is a failure, not a stuck machine.
    # FUZZ_SEED fixes the inputs (CI: the same sequence every run, so a red CI is a finding
    # that reproduces, never luck); unset, each run starts from a new seed.
    ( ulimit -v 6000000; exec target/debug/asylum-forms-fuzz "$t" --seconds "$left" --qpdf-every "${QPDF_EVERY:-10}" ${FUZZ_SEED:+--seed "$FUZZ_SEED"} )
    rc=$?
    case $rc in
      0) break ;;
      1) status=1; break ;;
      3) status=1 ;;            # a hang: saved; go on with a new seed
      *) status=1; echo "fuzz target $t exited $rc (aborted: out of memory?)" >&2; sleep 1 ;;
    esac
  done
done
exit $status
