#!/usr/bin/env bash
# Profiles `teamlint check` on a few corpus workbooks (issue 8; see docs/PERFORMANCE.md).
#
#   bash bench/profile.sh [WORKBOOKS]      default 3 workbooks, --jobs 1
#
# With callgrind it also counts the floor's instructions on the same set and prints the
# check/floor ratio by instructions (use 20 workbooks or more so start-up weighs little).
#
# Uses perf with hardware counters when `perf stat -e instructions true` works; otherwise
# valgrind's callgrind (exact instruction counts, ~50× slower, hence the small set). With
# BENCH_PERF_CLOCK=1 it also samples with perf's software clock (cpu-clock) on 50 workbooks,
# which works in VMs without counters. Prints the top functions, self and inclusive.
set -euo pipefail

cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/teamlint-target}"
COUNT="${1:-3}"
WORK="$(mktemp -d /tmp/teamlint-profile.XXXXXX)"
[ -n "${BENCH_KEEP:-}" ] || trap 'rm -rf "$WORK"' EXIT

cargo build --profile profiling --examples --bins
BIN="$CARGO_TARGET_DIR/profiling"
"$BIN/examples/bench_corpus" "$WORK/set" --workbooks "$COUNT" >/dev/null
run=("$BIN/teamlint" check "$WORK/set" --out "$WORK/out" --jobs 1 --fail-on never --quiet)

if perf stat -e instructions true 2>&1 | grep -q '[0-9] *instructions'; then
    echo "== perf record (hardware counters), $COUNT workbooks"
    perf record -q -g -o "$WORK/perf.data" "${run[@]}" >/dev/null
    perf report -i "$WORK/perf.data" --no-children --sort symbol --stdio 2>/dev/null |
        grep -E '^ +[0-9]' | head -40 || true
else
    command -v valgrind >/dev/null || apt-get install -y -qq valgrind >/dev/null
    echo "== callgrind (perf has no hardware counters here), $COUNT workbooks, --jobs 1"
    valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" "${run[@]}" >/dev/null 2>"$WORK/valgrind.log"
    grep -E 'Collected' "$WORK/valgrind.log" || true
    echo "-- self (exclusive) instructions"
    # (head closes the pipe early: `|| true` keeps pipefail from ending the script)
    callgrind_annotate --threshold=99 "$WORK/callgrind.out" 2>/dev/null | sed -n '/^Ir/,$p' | head -45 || true
    echo "-- inclusive instructions (teamlint's functions, the writer's save, the reader)"
    callgrind_annotate --inclusive=yes --threshold=99 "$WORK/callgrind.out" 2>/dev/null |
        sed -n '/^Ir/,$p' | grep -E 'teamlint::|Workbook::save \[|next_cell_with_formula \[|open_workbook \[' |
        head -40 || true
    [ -z "${BENCH_KEEP:-}" ] || echo "callgrind file: $WORK/callgrind.out"
    # The same set through the floor: a check/floor ratio that no noisy neighbour can move
    # (user-space instructions only: kernel time such as page faults is not counted).
    valgrind --tool=callgrind --callgrind-out-file="$WORK/floor.out" \
        "$BIN/examples/bench_floor" "$WORK/set" --out "$WORK/floor-out" --jobs 1 >/dev/null 2>"$WORK/floor.log"
    t=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$WORK/valgrind.log")
    f=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$WORK/floor.log")
    awk -v t="$t" -v f="$f" -v n="$COUNT" 'BEGIN {
        printf "== instructions on %d workbooks: teamlint %.0f M, floor %.0f M, check/floor %.2f\n", n, t / 1e6, f / 1e6, t / f }'
fi

if [ -n "${BENCH_PERF_CLOCK:-}" ] && command -v perf >/dev/null; then
    echo "== perf record -e cpu-clock (sampling), 50 workbooks, --jobs 1"
    "$BIN/examples/bench_corpus" "$WORK/fifty" --workbooks 50 >/dev/null
    perf record -q -e cpu-clock -F 999 -g -o "$WORK/clock.data" \
        "$BIN/teamlint" check "$WORK/fifty" --out "$WORK/out50" --jobs 1 --fail-on never --quiet >/dev/null
    perf report -i "$WORK/clock.data" --no-children --sort dso,symbol --stdio 2>/dev/null |
        grep -E '^ +[0-9]' | head -40 || true
fi
