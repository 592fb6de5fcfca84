"""The source-rules evaluation runs on a few BABE URLs without crashing."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_eval_sources_runs() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import eval_sources

    rows = eval_sources.run(limit=8)
    assert rows and all({"rule", "dataset", "precision", "recall", "f1", "reference", "notes"} <= set(r) for r in rows)
    parsing = [r for r in rows if r["rule"] == "URL parsing"]
    if parsing:  # present only when ../shared/eval is there
        assert parsing[0]["notes"].startswith("0 crashes")
