"""Let test modules in subfolders import the shared ``helpers`` module."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# Commands run by the tests run in their own process, whatever server the user started
# (tests/test_server.py starts its own servers, in folders of its own).
os.environ.setdefault("FIGCHECK_SERVER", "0")
