#!/usr/bin/env bash
# Runs IIPCASE_WINE_EXE (iipcase.exe) under wine with the arguments given: a stand-in for the
# binary in tests/run_golden.py. Wine's own messages are silenced (WINEDEBUG=-all); the program's
# output, status and working folder are its own.
exec wine "$IIPCASE_WINE_EXE" "$@"
