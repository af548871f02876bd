#!/usr/bin/env bash
# Runs Curbside's libFuzzer targets (one binary, curbside-fuzz; CURBSIDE_FUZZ_TARGET picks the reader).
#
#   Fuzz/run.sh build                      build the fuzzer (release, -sanitize=$FUZZ_SANITIZERS)
#   Fuzz/run.sh list                       the targets, their -max_len and what an input is
#   Fuzz/run.sh TARGET|all SECONDS         fuzz for SECONDS per target
#   Fuzz/run.sh TARGET|all --runs N        fuzz until N executions per target (a campaign)
#   Fuzz/run.sh repro TARGET FILE…         run saved inputs once (a finding, a corpus file)
#   Fuzz/run.sh seed [TARGET…]             rebuild Corpus/<target>/ from seeds.py, minimised (-merge=1)
#   Fuzz/run.sh campaign SECONDS [TARGET…] a long, resumable campaign (see campaign below): SECONDS of wall
#                                          time, the targets furthest from FUZZ_GOAL executions first
#   Fuzz/run.sh table                      the campaign's totals per target (executions, time, findings)
#   Fuzz/run.sh stop                       ends a running campaign cleanly (its slices stop and are counted)
#
# FUZZ_SANITIZERS picks the build: fuzzer,address (default; CI) or fuzzer (no AddressSanitizer, so no
# leak checks either: 3-10x the executions per second; Swift is memory-safe outside its unsafe-pointer
# code, which an ASan share of the campaign still covers). Each has its own build folder.
#
# Every run uses -timeout=10 (a hang is a finding), -rss_limit_mb=2048 (a memory blow-up is a
# finding), the target's -max_len and -detect_leaks (a leak is a finding; off for the zip and
# store targets, where Foundation leaks on every input: see Targets.swift). New inputs found go to a scratch folder, never into
# Corpus/ (only `seed` writes there); crashes, hangs and OOMs are saved under Fuzz/findings/<target>/.
# Targets run FUZZ_JOBS at a time (default 2). Exit status: 0 when every target ran clean, 1 otherwise.
# Extra libFuzzer flags: FUZZ_FLAGS="-use_value_profile=1" Fuzz/run.sh csv 60.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

sanitizers="${FUZZ_SANITIZERS:-fuzzer,address}"
case "$sanitizers" in
fuzzer,address) scratch_path=.build ;;
fuzzer) scratch_path=.build-fuzzer ;;
*) echo "run.sh: FUZZ_SANITIZERS is fuzzer,address or fuzzer, not $sanitizers" >&2; exit 2 ;;
esac
build_flags=(-c release -Xswiftc -sanitize="$sanitizers" --scratch-path "$scratch_path")
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

# LeakSanitizer comes with AddressSanitizer: without it -detect_leaks is off whatever the target says.
with_asan() { [ "$sanitizers" = fuzzer,address ]; }

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

# A campaign keeps its state in Fuzz/.campaign/ (not in git), so it resumes where it stopped:
# <target>.slices (one row per slice: end time, sanitizers, executions, seconds, crashes, timeouts,
# OOMs, new findings), <target>.findings (one row per distinct finding: its signature and the
# reproducer kept under findings/<target>/), corpus/<target>/ (the inputs it found) and logs/.
campaign_dir="$here/.campaign"
goal="${FUZZ_GOAL:-1000000}"

# The campaign's totals per target as a Markdown table, and how long the rest of the goal takes.
campaign_table() {
    local jobs_now="$jobs"
    {
        for f in "$campaign_dir"/*.slices; do
            [ -f "$f" ] || continue
            local t; t=$(basename "$f" .slices)
            local found=0; [ -f "$campaign_dir/$t.findings" ] && found=$(wc -l <"$campaign_dir/$t.findings")
            awk -F'\t' -v t="$t" -v found="$found" '
                { execs += $3; secs += $4; n++; if ($2 == "fuzzer,address") { asan++; asan_execs += $3 }
                  crashes += $5; timeouts += $6; ooms += $7 }
                END { printf "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\n", t, execs, secs, n, asan, asan_execs, crashes, timeouts, ooms, found }' "$f"
        done
    } | awk -F'\t' -v goal="$goal" -v jobs="$jobs_now" '
        BEGIN { print "| target | executions | of 10^6 goal | core time | exec/s | slices (ASan) | ASan executions | crashes/timeouts/OOMs seen | distinct findings | core time to goal |"
                print "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|" }
        function hm(s) { return sprintf("%dh%02dm", s / 3600, (s % 3600) / 60) }
        { rate = $3 > 0 ? $2 / $3 : 0; left = goal - $2; need = left > 0 ? (rate > 0 ? left / rate : 0) : 0; total += need
          execs += $2; secs += $3
          printf "| %s | %d | %.0f%% | %s | %.0f | %d (%d) | %d | %d/%d/%d | %d | %s |\n", $1, $2, 100 * $2 / goal, hm($3), rate, $4, $5, $6, $7, $8, $9, $10, hm(need) }
        END { printf "| all | %d | | %s | | | | | | %s (%s wall at %d jobs) |\n", execs, hm(secs), hm(total), hm(total / jobs), jobs }'
}

case "$command" in
table)
    campaign_table
    exit 0
    ;;
stop)
    mkdir -p "$campaign_dir"
    touch "$campaign_dir/stop"
    for p in "$campaign_dir"/*.pid; do [ -f "$p" ] && kill -INT -- "-$(cat "$p")" 2>/dev/null || true; done
    echo "run.sh: asked the campaign to stop; its running slices are counted as they end"
    exit 0
    ;;
esac

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
detect_leaks() { if with_asan; then awk -F'\t' -v t="$1" '$1 == t { print $3 }' <<<"$table"; else echo 0; fi; }
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
campaign)
    # Slices of FUZZ_SLICE s (default 120), FUZZ_JOBS at a time, each for the target with the fewest
    # executions so far (not running, below FUZZ_GOAL), until SECONDS have passed, every target
    # reached the goal, or `run.sh stop`. Slices run the fuzzer-only build; a target's second slice
    # and every FUZZ_ASAN_EVERY-th after it (default 4; 1: all, 0: none) the AddressSanitizer build.
    # libFuzzer's fork mode keeps a slice going past a crash, hang or OOM; each new one is rerun once
    # and kept only when its signature (the invariant's message, Swift's fatal error, the sanitizer's
    # report or the first Swift frame) is new.
    # Run it niced: nice -n 19 Fuzz/run.sh campaign 3600
    [ $# -ge 1 ] || usage
    seconds="$1"; shift
    targets="${*:-$all_targets}"
    for target in $targets; do check_target "$target"; done
    slice="${FUZZ_SLICE:-120}"
    every="${FUZZ_ASAN_EVERY:-4}"
    asan_bin="$here/.build/release/curbside-fuzz"
    fast_bin="$here/.build-fuzzer/release/curbside-fuzz"
    [ -n "${FUZZ_NO_BUILD:-}" ] || FUZZ_SANITIZERS=fuzzer "$0" build >&2
    [ "$every" = 0 ] || [ -x "$asan_bin" ] || { echo "run.sh: $asan_bin is missing: run Fuzz/run.sh build" >&2; exit 1; }
    [ "$every" = 1 ] || [ -x "$fast_bin" ] || { echo "run.sh: $fast_bin is missing: FUZZ_SANITIZERS=fuzzer Fuzz/run.sh build" >&2; exit 1; }
    mkdir -p "$campaign_dir/logs" "$campaign_dir/corpus"
    rm -f "$campaign_dir/stop"

    executions() { if [ -f "$campaign_dir/$1.slices" ]; then awk -F'\t' '{ n += $3 } END { print n + 0 }' "$campaign_dir/$1.slices"; else echo 0; fi; }
    # What a finding is, for telling a new one from a known one (digits folded: offsets, counts).
    signature() {
        local target="$1" b="$2" file="$3" leaks="$4"
        case "$(basename "$file")" in timeout-*) echo "timeout"; return ;; oom-*) echo "out of memory"; return ;; esac
        local out sig
        out=$(CURBSIDE_FUZZ_TARGET="$target" CURBSIDE_FUZZ_TMP="$scratch/files-$target" timeout 60 "$b" -timeout=10 \
            -rss_limit_mb=2048 -detect_leaks="$leaks" "$file" 2>&1) || true
        sig=$(grep -m1 -oE "invariant broken \[[^]]*\]: .*" <<<"$out") \
            || sig=$(grep -m1 -oE "Fatal error: .*" <<<"$out") \
            || sig=$(grep -m1 -oE "ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer): [A-Za-z_-]+" <<<"$out") \
            || sig=$(grep -m1 -oE "#[0-9]+ 0x[0-9a-f]+ in [$]s[A-Za-z0-9_]+" <<<"$out" | sed -E 's/.* in //') \
            || sig=$(grep -m1 -oE "ERROR: libFuzzer: [a-z -]+" <<<"$out") \
            || sig="no longer reproduces"
        sed -E 's/[0-9]+/N/g' <<<"$sig" | cut -c1-200
    }
    campaign_slice() {
        local target="$1" san="$2" secs="$3"
        local b="$fast_bin" leaks=0
        if [ "$san" = fuzzer,address ]; then b="$asan_bin"; leaks="$(awk -F'\t' -v t="$target" '$1 == t { print $3 }' <<<"$table")"; fi
        local log="$campaign_dir/logs/$target.log" known="$campaign_dir/$target.findings"
        mkdir -p "$campaign_dir/corpus/$target" "findings/$target" "$scratch/files-$target"
        touch "$known"
        local before="$scratch/before-$target"
        ls "findings/$target" | sort >"$before"
        local start=$(date +%s)
        # Its own process group, so that `stop` reaches the fork-mode children too.
        CURBSIDE_FUZZ_TARGET="$target" CURBSIDE_FUZZ_TMP="$scratch/files-$target" setsid "$b" -fork=1 -ignore_crashes=1 \
            -ignore_timeouts=1 -ignore_ooms=1 -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
            -max_len="$(max_len "$target")" -detect_leaks="$leaks" -artifact_prefix="findings/$target/" ${FUZZ_FLAGS:-} \
            "$campaign_dir/corpus/$target" "Corpus/$target" >"$log" 2>&1 &
        local pid=$!
        echo "$pid" >"$campaign_dir/$target.pid"
        wait "$pid" || true
        rm -f "$campaign_dir/$target.pid"
        local elapsed=$(( $(date +%s) - start ))
        # The fork-mode parent's last progress line: "#N: cov: … oom/timeout/crash: O/T/C time: …".
        local last execs oom hang crash
        last=$(grep -E "^#[0-9]+: cov:" "$log" | tail -n 1)
        execs=$(sed -nE 's/^#([0-9]+):.*/\1/p' <<<"$last")
        read -r oom hang crash < <(sed -nE 's/.*oom\/timeout\/crash: ([0-9]+)\/([0-9]+)\/([0-9]+).*/\1 \2 \3/p' <<<"$last")
        local fresh=0 checked=0 file sig
        while read -r file; do
            [ -n "$file" ] || continue
            # A slice stuck on a shallow defect writes hundreds: ten are rerun, the others are repeats.
            if [ "$checked" -ge 10 ]; then rm -f "findings/$target/$file"; continue; fi
            checked=$((checked + 1))
            sig=$(signature "$target" "$b" "findings/$target/$file" "$leaks")
            if cut -f1 "$known" | grep -qxF -- "$sig"; then
                rm -f "findings/$target/$file"
            else
                printf '%s\t%s\t%s\t%s\n' "$sig" "findings/$target/$file" "$san" "$(date -u +%FT%TZ)" >>"$known"
                fresh=$((fresh + 1))
            fi
        done < <(ls "findings/$target" | sort | comm -13 "$before" -)
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$san" "${execs:-0}" "$elapsed" \
            "${crash:-0}" "${hang:-0}" "${oom:-0}" "$fresh" >>"$campaign_dir/$target.slices"
        echo "$(date -u +%T) $target ($san): ${execs:-0} executions in $elapsed s, crashes/timeouts/OOMs ${crash:-0}/${hang:-0}/${oom:-0}, $fresh new finding(s)"
    }

    deadline=$(( $(date +%s) + seconds ))
    trap 'touch "$campaign_dir/stop"; for p in "$campaign_dir"/*.pid; do [ -f "$p" ] && kill -INT -- "-$(cat "$p")" 2>/dev/null; done' INT TERM
    declare -A running=()
    echo "campaign: $(wc -w <<<"$targets") target(s), $seconds s, slices of $slice s, $jobs at a time, goal $goal executions each"
    while [ ! -e "$campaign_dir/stop" ]; do
        left=$(( deadline - $(date +%s) ))
        while [ "${#running[@]}" -lt "$jobs" ] && [ "$left" -ge 10 ]; do
            best="" best_n=0
            for target in $targets; do
                [ -z "${running[$target]:-}" ] || continue
                n=$(executions "$target")
                [ "$n" -lt "$goal" ] || continue
                if [ -z "$best" ] || [ "$n" -lt "$best_n" ]; then best="$target"; best_n="$n"; fi
            done
            [ -n "$best" ] || break
            # Each target's second slice, then every FUZZ_ASAN_EVERY-th, runs under ASan.
            san=fuzzer
            done_before=$( { cat "$campaign_dir/$best.slices" 2>/dev/null || true; } | wc -l)
            if [ "$every" != 0 ] && [ $(( done_before % every )) -eq $(( 1 % every )) ]; then san=fuzzer,address; fi
            campaign_slice "$best" "$san" "$(( left < slice ? left : slice ))" &
            running[$best]=$!
        done
        [ "${#running[@]}" -gt 0 ] || break
        wait -n || true
        for target in "${!running[@]}"; do kill -0 "${running[$target]}" 2>/dev/null || unset "running[$target]"; done
    done
    wait || true
    campaign_table | tee "$campaign_dir/table.md"
    exit 0
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
