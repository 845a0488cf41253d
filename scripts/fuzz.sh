#!/usr/bin/env bash
# Fuzzes the check entry point (fuzz/fuzz_check.cpp) for a bounded time, FUZZ_SECONDS (60) by
# default: builds the fuzz preset (clang, libFuzzer, ASan, UBSan), replays the kept regressions,
# seeds a corpus from the examples, the golden cases and the small hostile inputs, and fails on
# any crash, leak, timeout or broken invariant. A find is left in build/fuzz/run/artifacts: keep
# it under tests/fuzz-regressions/ (see the README there) once the bug is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
fuzzer=build/fuzz/fuzz/iipcase_fuzz_check
work=build/fuzz/run

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target iipcase_fuzz_check

rm -rf "$work"
mkdir -p "$work/corpus" "$work/seeds" "$work/artifacts"
cp examples/*.yaml examples/invalid/*.yaml tests/golden/*.yaml "$work/seeds/"
python3 tests/hostile/make_hostile.py --max-bytes 65536 "$work/hostile" >/dev/null
cp "$work"/hostile/*.yaml "$work/seeds/"
regressions=()
for f in tests/fuzz-regressions/*; do
  case "$f" in *.expect | *.args | *.md) ;; *) regressions+=("$f") ;; esac
done

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
if [ "${#regressions[@]}" -gt 0 ]; then
  echo "fuzz: replaying ${#regressions[@]} kept regressions"
  "$fuzzer" -rss_limit_mb=2048 -timeout=5 "${regressions[@]}" >"$work/regressions.log" 2>&1 ||
    { tail -40 "$work/regressions.log"; echo "fuzz: a kept regression fails again"; exit 1; }
fi

echo "fuzz: ${seconds} s from $(ls "$work/seeds" | wc -l) seeds"
status=0
"$fuzzer" "$work/corpus" "$work/seeds" -dict=fuzz/yaml.dict -max_len=65536 \
  -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=5 -print_final_stats=1 \
  -artifact_prefix="$work/artifacts/" >"$work/fuzz.log" 2>&1 || status=$?
grep -E '^(#[0-9]+\s+DONE|stat::number_of_executed_units|Done )' "$work/fuzz.log" || true
if [ "$status" -ne 0 ] || [ -n "$(ls -A "$work/artifacts")" ]; then
  tail -60 "$work/fuzz.log"
  echo "fuzz: FAILED (status $status); finds in $work/artifacts:"
  ls -l "$work/artifacts"
  exit 1
fi
echo "fuzz: no crash, leak or timeout in ${seconds} s"
