"""Per-rule precision on real published pages, judged by hand (see bench/precision.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import precision


def run(limit: int | None = None) -> list[dict[str, Any]]:
    """The rows of ``bench/precision.py`` for ``bench/eval.py``."""
    return precision.run(limit=limit)
