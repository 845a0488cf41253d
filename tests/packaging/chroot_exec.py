#!/usr/bin/env python3
"""Runs /iipcase inside the root IIPCASE_CHROOT, in the same working folder (mirrored there).

A stand-in for the binary in tests/run_golden.py: the binary then has nothing but itself and the
cases, which proves it needs no shared library and no file of the system. Needs root.
"""
import os
import sys

cwd = os.getcwd()
os.chroot(os.environ["IIPCASE_CHROOT"])
os.chdir(cwd)
os.execv("/iipcase", ["iipcase"] + sys.argv[1:])
