# The findings-heavy corpus of shared/bench (issue 31), sourced by bench/run.sh after its own
# timings: teamlint, the rewrite floor and the patch floor in turns, BENCH_REPEAT rounds; and the
# project's own corpus against the patch floor, also in turns.
#
# The corpus (make_bench.py, about 98 findings a workbook) and both floors come from
# ../shared/bench as they are (read-only there: the floors are built into a target folder of
# their own under $HOME/.cache, the corpus into the work folder). Settings:
#   BENCH_HEAVY=1000        workbooks of the corpus (0 skips this part)
#   BENCH_HEAVY_STAFF=300   staff per workbook
#   BENCH_HEAVY_WIDE=10000  workbooks of a second, wider corpus run once by teamlint and once by the
#                           floor: peak memory must stay flat (0 skips it; writing it takes
#                           about 6 minutes on 2 cores)
#   BENCH_SHARED=DIR        the shared bench folder (default ../shared/bench)
# Writes HEAVY_LINES (the report's lines) for run.sh.

HEAVY="${BENCH_HEAVY:-1000}"
SHARED="${BENCH_SHARED:-../shared/bench}"
HEAVY_LINES=""
if [ "$HEAVY" -gt 0 ] && [ -f "$SHARED/make_bench.py" ] && [ -f "$SHARED/floor/Cargo.toml" ]; then
    if ! python3 -c 'import xlsxwriter' 2>/dev/null; then
        say "bench: installing xlsxwriter (pip) for the shared corpus"
        python3 -m pip install --quiet xlsxwriter 2>/dev/null ||
            python3 -m pip install --quiet --user --break-system-packages xlsxwriter
    fi
    FLOOR_TARGET="$HOME/.cache/teamlint-floor-target"
    say "bench: building the shared floors (target: $FLOOR_TARGET)"
    CARGO_TARGET_DIR="$FLOOR_TARGET" cargo build --release --quiet --manifest-path "$SHARED/floor/Cargo.toml"
    # shared_corpus N: the folder of a shared corpus of N workbooks, written unless it is there.
    shared_corpus() {
        local set="heavy-$1-${BENCH_HEAVY_STAFF:-300}"
        if [ ! -f "$WORK/$set.done" ]; then
            rm -rf "${WORK:?}/$set"
            say "bench: writing the shared corpus ($1 workbooks of ${BENCH_HEAVY_STAFF:-300} staff)"
            python3 "$SHARED/make_bench.py" "$WORK/$set" "$1" "${BENCH_HEAVY_STAFF:-300}" >/dev/null
            touch "$WORK/$set.done"
        fi
        echo "$set"
    }
    # check_in FILE KEY CORPUS / floor_in FILE KEY FLOOR CORPUS: one timed run, recorded under
    # KEY in $WORK/FILE, of teamlint or of a shared floor (floor, patchfloor) on CORPUS.
    check_in() {
        RESULTS="$WORK/$1" BENCH_RETRIES=0 measure "$2" 1 \
            "$TEAMLINT" check "$3" --out "$WORK/out-$2" --fail-on never --quiet
    }
    floor_in() {
        RESULTS="$WORK/$1" BENCH_RETRIES=0 measure "$2" 1 "$FLOOR_TARGET/release/$3" "$4" "$WORK/out-$2"
    }
    heavy_set=$(shared_corpus "$HEAVY")
    : >"$WORK/heavy-rounds"
    for ((round = 0; round < REPEAT; round++)); do
        check_in heavy-rounds heavy_check "$WORK/$heavy_set"
        floor_in heavy-rounds heavy_floor floor "$WORK/$heavy_set"
        floor_in heavy-rounds heavy_patch patchfloor "$WORK/$heavy_set"
    done
    # The wide corpus: one run each, for the peak memory only (it must not grow with the batch).
    HEAVY_WIDE="${BENCH_HEAVY_WIDE:-10000}"
    if [ "$HEAVY_WIDE" -gt 0 ]; then
        wide_set=$(shared_corpus "$HEAVY_WIDE")
        check_in heavy-rounds heavy_wide_check "$WORK/$wide_set"
        rm -rf "${WORK:?}/out-heavy_wide_check"
        floor_in heavy-rounds heavy_wide_floor floor "$WORK/$wide_set"
        rm -rf "${WORK:?}/out-heavy_wide_floor"
    fi
    # The project's corpus against the patch floor too, in turns (the rewrite floor of that corpus
    # is the project's own bench_floor, paired above). The patch floor copies only the .xlsx files.
    : >"$WORK/own-patch-rounds"
    for ((round = 0; round < REPEAT; round++)); do
        check_in own-patch-rounds own_check "$WORK/corpus"
        floor_in own-patch-rounds own_patch patchfloor "$WORK/corpus"
    done
    own_xlsx=$(find "$WORK/corpus" -maxdepth 1 -name '*.xlsx' | wc -l)
    own_all=$(find "$WORK/corpus" -maxdepth 1 -type f | wc -l)
    # The median of a[1..k] (sorts a), for the awk programs below.
    AWK_MEDIAN='
        function median(a, k,   i, j, t) {
            for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
            return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
        }'
    OWN_PATCH_LINES=$(awk -v x="$own_xlsx" -v a="$own_all" "$AWK_MEDIAN"'
        $1 == "own_check" { c++; ct[c] = $2; cc[c] = $5 }
        $1 == "own_patch" { p++; pt[p] = $2; pc[p] = $5 }
        END {
            for (i = 1; i <= c; i++) { r[i] = ct[i] / pt[i]; rc[i] = cc[i] / pc[i] }
            printf "%-44s %8.2f %8s  %s\n", "check / patch floor, corpus (median, time)", median(r, c), "info", ""
            printf "%-44s %8.2f %8s  %s\n", "check / patch floor, corpus (median, CPU)", median(rc, c), "info", ""
            printf "  (the patch floor copies the %d .xlsx files of the %d; %d rounds)\n", x, a, c
        }' "$WORK/own-patch-rounds")
    # Per round the ratios of time and CPU; the medians are the figures, the peaks the lowest.
    HEAVY_LINES=$(awk -v n="$HEAVY" "$AWK_MEDIAN"'
        $1 == "heavy_check" { c++; ct[c] = $2; cc[c] = $5; if (!cr || $3 < cr) cr = $3 }
        $1 == "heavy_floor" { f++; ft[f] = $2; fc[f] = $5; if (!fr || $3 < fr) fr = $3 }
        $1 == "heavy_patch" { p++; pt[p] = $2; pc[p] = $5 }
        $1 == "heavy_wide_check" { wc = $2; wr = $3 }
        $1 == "heavy_wide_floor" { wf_t = $2; wfr = $3 }
        END {
            for (i = 1; i <= c; i++) { rf[i] = ct[i] / ft[i]; rp[i] = ct[i] / pt[i]; rcf[i] = cc[i] / fc[i]; rcp[i] = cc[i] / pc[i] }
            wf = median(rf, c); wp = median(rp, c); cf = median(rcf, c); cp = median(rcp, c)
            printf "%-44s %8.2f %8s  %s\n", "check / floor, shared corpus (median, time)", wf, "<= 1.0", (sprintf("%.2f", wf) + 0 <= 1.0 ? "PASS" : "FAIL")
            printf "%-44s %8.2f %8s  %s\n", "check / floor, shared corpus (median, CPU)", cf, "info", ""
            printf "%-44s %8.2f %8s  %s\n", "check / patch floor, shared corpus (time)", wp, "info", ""
            printf "%-44s %8.2f %8s  %s\n", "check / patch floor, shared corpus (CPU)", cp, "info", ""
            printf "%-44s %8.2f %8s  %s\n", "peak RSS check / floor, shared corpus", cr / fr, "<= 4", (cr / fr <= 4 ? "PASS" : "FAIL")
            if (wr) {
                printf "%-44s %8.2f %8s  %s\n", "peak RSS wide / narrow, shared corpus", wr / cr, "<= 1.25", (wr / cr <= 1.25 ? "PASS" : "FAIL")
                printf "%-44s %8.2f %8s  %s\n", "peak RSS check / floor, wide shared corpus", wr / wfr, "<= 4", (wr / wfr <= 4 ? "PASS" : "FAIL")
                printf "%-44s %8.2f %8s  %s\n", "check / floor, wide shared corpus (time)", wc / wf_t, "info", ""
            }
            printf "  (%d workbooks, %d rounds: teamlint %.2f s, floor %.2f s, patch floor %.2f s, medians of rounds)", n, c, median(ct, c), median(ft, f), median(pt, p)
        }' "$WORK/heavy-rounds")
    HEAVY_LINES="$OWN_PATCH_LINES
$HEAVY_LINES"
fi
