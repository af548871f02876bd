#!/usr/bin/env bash
# Runs Curbside's libFuzzer targets (one binary, curbside-fuzz; CURBSIDE_FUZZ_TARGET picks the reader).
#
#   Fuzz/run.sh build                      build the fuzzer (release, -sanitize=fuzzer,address)
#   Fuzz/run.sh list                       the targets, their -max_len and what an input is
#   Fuzz/run.sh TARGET|all SECONDS         fuzz for SECONDS per target
#   Fuzz/run.sh TARGET|all --runs N        fuzz until N executions per target (a campaign)
#   Fuzz/run.sh repro TARGET FILE…         run saved inputs once (a finding, a corpus file)
#   Fuzz/run.sh seed [TARGET…]             rebuild Corpus/<target>/ from seeds.py, minimised (-merge=1)
#
# Every run uses -timeout=10 (a hang is a finding), -rss_limit_mb=2048 (a memory blow-up is a
# finding), the target's -max_len and -detect_leaks (a leak is a finding; off for the zip and
# store targets, where Foundation leaks on every input: see Targets.swift). New inputs found go to a scratch folder, never into
# Corpus/ (only `seed` writes there); crashes, hangs and OOMs are saved under Fuzz/findings/<target>/.
# Targets run FUZZ_JOBS at a time (default 2). Exit status: 0 when every target ran clean, 1 otherwise.
# Extra libFuzzer flags: FUZZ_FLAGS="-use_value_profile=1" Fuzz/run.sh csv 60.
# To explore past a known defect not fixed yet: CURBSIDE_FUZZ_KNOWN=nul (see Entry.swift).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

build_flags=(-c release -Xswiftc -sanitize=fuzzer,address)
jobs="${FUZZ_JOBS:-2}"
# Swift's crash backtracer would take over the signal ASan and libFuzzer report from.
export SWIFT_BACKTRACE=enable=no
# Leaks inside the toolchain's Foundation are suppressed (see lsan.supp); Curbside's are findings.
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

build() {
    swift build "${build_flags[@]}" >&2
}

binary() {
    echo "$(swift build "${build_flags[@]}" --show-bin-path)/curbside-fuzz"
}

usage() {
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2
    exit 2
}

[ $# -ge 1 ] || usage
command="$1"; shift

if [ "$command" = build ]; then
    start=$(date +%s)
    build
    echo "built $(binary) in $(( $(date +%s) - start )) s"
    exit 0
fi

[ -n "${FUZZ_NO_BUILD:-}" ] || build
bin="$(binary)"
[ -x "$bin" ] || { echo "run.sh: $bin is missing: run Fuzz/run.sh build" >&2; exit 1; }

# The inputs become files in memory (/dev/shm) when it can: 4x the executions of an overlay /tmp.
tmp_base="${TMPDIR:-/tmp}"
[ -n "${TMPDIR:-}" ] || { [ -d /dev/shm ] && [ -w /dev/shm ] && tmp_base=/dev/shm; }
scratch="$(mktemp -d "$tmp_base/curbside-fuzz-run.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
export CURBSIDE_FUZZ_TMP="$scratch/files"
mkdir -p "$CURBSIDE_FUZZ_TMP"

table="$(CURBSIDE_FUZZ_TARGET=list "$bin")"
all_targets=$(cut -f1 <<<"$table")
max_len() { awk -F'\t' -v t="$1" '$1 == t { print $2 }' <<<"$table"; }
detect_leaks() { awk -F'\t' -v t="$1" '$1 == t { print $3 }' <<<"$table"; }
check_target() {
    grep -qx -- "$1" <<<"$all_targets" || { echo "run.sh: no target $1; targets: $(tr '\n' ' ' <<<"$all_targets")" >&2; exit 2; }
}

case "$command" in
list)
    { printf 'target\tmax_len\tdetect_leaks\twhat an input is\n'; cat <<<"$table"; } | column -t -s$'\t'
    exit 0
    ;;
repro)
    [ $# -ge 2 ] || usage
    target="$1"; shift
    check_target "$target"
    CURBSIDE_FUZZ_TARGET="$target" "$bin" -timeout=10 -rss_limit_mb=2048 -detect_leaks="$(detect_leaks "$target")" "$@"
    exit $?
    ;;
seed)
    targets="${*:-$all_targets}"
    seeds="$scratch/seeds"
    python3 "$here/seeds.py" "$seeds" >/dev/null
    for target in $targets; do
        check_target "$target"
        [ -d "$seeds/$target" ] || { echo "run.sh: seeds.py writes no seeds for $target" >&2; exit 1; }
        # Merge the old corpus and the seeds into a fresh folder: inputs that add coverage only.
        fresh="$scratch/merged-$target"
        mkdir -p "$fresh" "Corpus/$target"
        CURBSIDE_FUZZ_TARGET="$target" "$bin" -merge=1 -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$target")" \
            "$fresh" "Corpus/$target" "$seeds/$target" >"$scratch/merge-$target.log" 2>&1 \
            || { tail -n 30 "$scratch/merge-$target.log" >&2; echo "run.sh: merging $target failed" >&2; exit 1; }
        rm -rf "Corpus/$target"
        mv "$fresh" "Corpus/$target"
        echo "$target: $(ls "Corpus/$target" | wc -l) inputs, $(du -sk "Corpus/$target" | cut -f1) KiB"
    done
    exit 0
    ;;
esac

# TARGET|all SECONDS, or TARGET|all --runs N
[ $# -ge 1 ] || usage
if [ "$1" = --runs ]; then
    [ $# -ge 2 ] || usage
    budget=(-runs="$2"); what="$2 runs"
else
    budget=(-max_total_time="$1"); what="$1 s"
fi
if [ "$command" = all ]; then targets="$all_targets"; else check_target "$command"; targets="$command"; fi

fuzz_one() {
    local target="$1" log="$scratch/$1.log" found="$scratch/new-$1"
    mkdir -p "$found" "findings/$target" "Corpus/$target"
    local start=$(date +%s) status=0
    # $found first: libFuzzer adds new inputs to its first folder, so Corpus/ stays as committed.
    CURBSIDE_FUZZ_TARGET="$target" "$bin" "${budget[@]}" -timeout=10 -rss_limit_mb=2048 \
        -max_len="$(max_len "$target")" -detect_leaks="$(detect_leaks "$target")" -print_final_stats=1 -artifact_prefix="findings/$target/" \
        ${FUZZ_FLAGS:-} "$found" "Corpus/$target" >"$log" 2>&1 || status=$?
    local secs=$(( $(date +%s) - start ))
    local execs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log" | tail -n 1)
    local peak=$(sed -nE 's/^stat::peak_rss_mb: *([0-9]+)/\1/p' "$log" | tail -n 1)
    local verdict=ok
    if [ "$status" -ne 0 ] || grep -qE "ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)|invariant broken" "$log"; then
        verdict=FAILED
        if grep -q "libFuzzer: timeout" "$log"; then verdict="FAILED (hang)"
        elif grep -q "out-of-memory" "$log"; then verdict="FAILED (memory)"
        fi
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$verdict" "${execs:-?}" \
        "$(( ${execs:-0} / (secs > 0 ? secs : 1) ))" "$secs" "${peak:-?}" "$(ls "$found" | wc -l)" >"$scratch/$target.row"
    if [ "$verdict" != ok ]; then
        {
            echo "---- $target: $verdict (exit $status); last lines of the log:"
            grep -E "invariant broken|ERROR:|SUMMARY|Test unit written|^artifact_prefix|harness error" "$log" | head -n 20
            echo "reproduce: Fuzz/run.sh repro $target <the file under Fuzz/findings/$target/>"
        } >"$scratch/$target.failure"
    fi
}

echo "fuzzing $(wc -w <<<"$targets") target(s), $what each, $jobs at a time"
running=0
for target in $targets; do
    if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
    fuzz_one "$target" &
    running=$((running + 1))
done
wait || true

failed=0
{
    printf 'target\tresult\texecutions\texec/s\tseconds\tpeak_rss_mb\tnew_inputs\n'
    for target in $targets; do cat "$scratch/$target.row"; done
} | column -t -s$'\t'
for target in $targets; do
    if [ -f "$scratch/$target.failure" ]; then cat "$scratch/$target.failure"; failed=1; fi
done
exit "$failed"
