#!/usr/bin/env bash
# The GitHub Action's check step: SARIF for code scanning, annotations (::error/::warning) in
# the log and on the pull request, the summary table in the job summary. Exits as
# `iipcase check` does: 0 valid, 1 invalid, 2 could not check.
# Inputs come as IIPCASE_* variables (action.yml); run from the repository's root.
set -uo pipefail

read -r -d '' -a paths <<< "${IIPCASE_PATHS:-.}" || true
[ "${#paths[@]}" -gt 0 ] || paths=(.)
read -r -a extra <<< "${IIPCASE_ARGS:-}" || true
lang="${IIPCASE_LANG:-zh}"
options=(--lang "$lang" --color never)
[ "${IIPCASE_STRICT:-false}" = "true" ] && options+=(--strict)
options+=("${extra[@]}")

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
  iipcase summary --lang "$lang" -- "${paths[@]}" >> "$GITHUB_STEP_SUMMARY" ||
    echo "::warning title=iipcase::the summary table could not be written"
fi
exit "$status"
