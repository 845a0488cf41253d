#!/usr/bin/env bash
# The GitHub Action's check step: SARIF for code scanning, annotations (::error/::warning) in
# the log and on the pull request, the summary table in the job summary. Exits as
# `iipcase check` does: 0 valid, 1 invalid, 2 could not check.
# Inputs come as IIPCASE_* variables (action.yml); run from the repository's root.
set -uo pipefail

read -r -d '' -a paths <<< "${IIPCASE_PATHS:-.}" || true
[ "${#paths[@]}" -gt 0 ] || paths=(.)
# args: all its lines, split into words as a shell would split them (quotes keep a word with
# spaces together) but never run: xargs splits, printf hands each word back NUL-terminated.
extra=()
if [[ "${IIPCASE_ARGS:-}" =~ [^[:space:]] ]]; then
  words="$(mktemp)"
  if ! printf '%s\n' "$IIPCASE_ARGS" | xargs printf '%s\0' > "$words"; then
    echo "::error title=iipcase::the args input could not be split into words (an unmatched quote?)"
    rm -f "$words"
    echo "exit-code=2" >> "${GITHUB_OUTPUT:-/dev/null}"
    exit 2
  fi
  while IFS= read -r -d '' word; do extra+=("$word"); done < "$words"
  rm -f "$words"
fi
lang="${IIPCASE_LANG:-zh}"
# What decides a verdict, the same for the check and the summary table: strict and args.
verdict=()
[ "${IIPCASE_STRICT:-false}" = "true" ] && verdict+=(--strict)
verdict+=(${extra[@]+"${extra[@]}"})
options=(--lang "$lang" --color never ${verdict[@]+"${verdict[@]}"})

if [ -n "${IIPCASE_SARIF:-}" ]; then
  iipcase check --format sarif -o "$IIPCASE_SARIF" "${options[@]}" -- "${paths[@]}"
  status=$?
  if [ "$status" -ge 2 ]; then
    echo "exit-code=$status" >> "${GITHUB_OUTPUT:-/dev/null}"
    exit "$status"
  fi
  echo "sarif=$IIPCASE_SARIF" >> "${GITHUB_OUTPUT:-/dev/null}"
fi

iipcase check --format github "${options[@]}" -- "${paths[@]}"
status=$?
echo "exit-code=$status" >> "${GITHUB_OUTPUT:-/dev/null}"

if [ "${IIPCASE_SUMMARY:-true}" = "true" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ "$status" -lt 2 ]; then
  iipcase summary --lang "$lang" ${verdict[@]+"${verdict[@]}"} -- "${paths[@]}" >> "$GITHUB_STEP_SUMMARY" ||
    echo "::warning title=iipcase::the summary table could not be written"
fi
exit "$status"
