"""The page-date evaluation harness runs and returns well-formed rows."""

from __future__ import annotations

import importlib.util

from conftest import ROOT


def test_eval_online_runs_on_a_few_pages() -> None:
    spec = importlib.util.spec_from_file_location("eval_online", ROOT / "bench" / "eval_online.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = module.run(limit=5)
    if not rows:  # ../shared is absent: nothing to measure
        return
    assert {"rule", "dataset", "precision", "recall", "f1", "reference", "notes"} <= set(rows[0])
    assert rows[0]["method"] == "auditor.online pagefacts"
    assert all(0 <= r["precision"] <= 1 and 0 <= r["recall"] <= 1 for r in rows)
