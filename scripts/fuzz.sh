#!/usr/bin/env bash
# Fuzzes for a bounded time: fuzz/fuzz_check.cpp (any bytes as a case file, its first line as a
# file name) for FUZZ_SECONDS (60) and fuzz/fuzz_rules.cpp (any bytes as a --rules file) for
# FUZZ_RULES_SECONDS (30); FUZZ_TIMEOUT (5 s) is what one input may take. Builds the fuzz preset (clang, libFuzzer, ASan, UBSan), replays the
# kept regressions, seeds the case corpus from the examples, the golden cases and the small
# hostile inputs and the rules corpus from the rules data, and fails on any crash, leak,
# timeout or broken invariant. A find is left in build/fuzz/run-<target>/artifacts: keep it
# under tests/fuzz-regressions/ (see the README there) once the bug is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
check_seconds="${FUZZ_SECONDS:-60}"
rules_seconds="${FUZZ_RULES_SECONDS:-30}"
# Seconds one input may take (wall clock). On a machine shared with other work, raise it.
timeout="${FUZZ_TIMEOUT:-5}"

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target iipcase_fuzz_check iipcase_fuzz_rules

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

# fuzz TARGET SECONDS MAX_LEN SEED_FILE...: one target's run; exits on a find.
fuzz() {
  local target=$1 seconds=$2 max_len=$3
  shift 3
  local fuzzer=build/fuzz/fuzz/iipcase_fuzz_$target work=build/fuzz/run-$target
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/seeds" "$work/artifacts"
  cp "$@" "$work/seeds/"
  echo "fuzz $target: ${seconds} s from $(find "$work/seeds" -type f | wc -l) seeds"
  local status=0
  "$fuzzer" "$work/corpus" "$work/seeds" -dict=fuzz/yaml.dict -max_len="$max_len" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout="$timeout" -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" >"$work/fuzz.log" 2>&1 || status=$?
  grep -E '^(#[0-9]+\s+DONE|stat::number_of_executed_units|Done )' "$work/fuzz.log" || true
  if [ "$status" -ne 0 ] || [ -n "$(ls -A "$work/artifacts")" ]; then
    tail -60 "$work/fuzz.log"
    echo "fuzz $target: FAILED (status $status); finds in $work/artifacts:"
    ls -l "$work/artifacts"
    exit 1
  fi
  echo "fuzz $target: no crash, leak or timeout in ${seconds} s"
}

regressions=()
for f in tests/fuzz-regressions/*; do
  case "$f" in *.expect | *.args | *.md) ;; *) regressions+=("$f") ;; esac
done
if [ "${#regressions[@]}" -gt 0 ]; then
  echo "fuzz: replaying ${#regressions[@]} kept regressions"
  mkdir -p build/fuzz
  build/fuzz/fuzz/iipcase_fuzz_check -rss_limit_mb=2048 -timeout="$timeout" "${regressions[@]}" \
    >build/fuzz/regressions.log 2>&1 ||
    { tail -40 build/fuzz/regressions.log; echo "fuzz: a kept regression fails again"; exit 1; }
fi

hostile=build/fuzz/hostile
rm -rf "$hostile"
python3 tests/hostile/make_hostile.py --max-bytes 65536 "$hostile" >/dev/null
fuzz check "$check_seconds" 65536 examples/*.yaml examples/invalid/*.yaml tests/golden/*.yaml "$hostile"/*.yaml
fuzz rules "$rules_seconds" 65536 schemas/iip-case-2021.yaml
