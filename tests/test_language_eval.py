"""The language evaluation harness runs on a few rows (skips without ../shared)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "eval_language.py"


def test_eval_language_runs_small() -> None:
    spec = importlib.util.spec_from_file_location("eval_language", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not module.EVAL.is_dir():
        pytest.skip("../shared/eval is not present")
    rows = module.run(limit=40)
    assert {r["rule"] for r in rows} >= {"LNG002", "LNG001", "LNG003"}
    for r in rows:
        assert set(r) >= {"rule", "dataset", "precision", "recall", "f1", "reference", "notes"}
        assert 0.0 <= r["precision"] <= 1.0
