#!/usr/bin/env python3
"""Prints the names of a folder's files that end with a suffix (GN exec_script).

Why: each concern is its own file; listing them saves editing BUILD.gn for
every new file. The Makefile re-runs `gn gen` when a folder's file set
changes, so a new file is picked up."""
import os
import sys

folder, suffix = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(folder)):
    if name.endswith(suffix):
        print(name)
