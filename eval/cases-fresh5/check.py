#!/usr/bin/env python3
"""Validator for this set: ../check_set.py run on this folder."""
import os, runpy, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], HERE]
runpy.run_path(os.path.join(HERE, "..", "check_set.py"), run_name="__main__")
