"""``python -m auditor``."""

import sys

from auditor.cli import console

sys.exit(console())
