#!/usr/bin/env bash
# Builds a libFuzzer target (SwiftPM product) with ASan and runs it.
# Usage: tools/fuzz.sh [TARGET] [SECONDS]   (TARGET: FuzzMarshal (default), FuzzVerify, FuzzExecute)
# A unit running over 60 s is reported as a hang (-timeout=60).
# Seeds: the standard library's .pyc files (tools/stdlib_files.py). Crashes land in
# fuzz-artifacts/; replay one with `swift run FuzzMarshal fuzz-artifacts/crash-...`.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=${1:-FuzzMarshal}
SECONDS_TO_RUN=${2:-60}
swift build -c release --product "$TARGET" --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld -Xswiftc -DFUZZING
mkdir -p fuzz-corpus fuzz-artifacts
if [ -z "$(ls -A fuzz-corpus)" ]; then
    python3 tools/stdlib_files.py .cpython-311.pyc | awk 'NR % 8 == 0' | while read -r f; do
        cp "$f" "fuzz-corpus/$(echo "$f" | md5sum | cut -c1-16).pyc"
    done
fi
# Leak detection is off for FuzzExecute: Python-level reference cycles (a module's
# functions and its globals, classes and their MRO) are reclaimed at process exit, by
# design of ARC memory management without a cycle collector; -rss_limit_mb still fails
# the run if memory grows without bound.
LEAKS=1
[ "$TARGET" = FuzzExecute ] && LEAKS=0
SWIFT_BACKTRACE=enable=no ".build-fuzz/release/$TARGET" fuzz-corpus -detect_leaks=$LEAKS \
    -max_total_time="$SECONDS_TO_RUN" -rss_limit_mb=2048 -max_len=65536 -timeout=60 \
    -artifact_prefix=fuzz-artifacts/ -print_final_stats=1
