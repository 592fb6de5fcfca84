"""bench/rule_costs.py runs on a tiny slice (it measures; nothing about its figures is asserted)."""

from __future__ import annotations

import sys

from conftest import ROOT, SEEDS


def test_rule_costs_runs_on_the_seeds(capsys) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import rule_costs
    finally:
        sys.path.remove(str(ROOT / "bench"))
    assert rule_costs.main(["--corpus", str(SEEDS), "--articles", "4", "--no-write"]) == 0
    out = capsys.readouterr().out
    assert "ms CPU per article" in out and "CIT001" in out


def test_startup_bench_runs_once(capsys) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import startup
    finally:
        sys.path.remove(str(ROOT / "bench"))
    assert startup.main(["--runs", "1", "--importtime-runs", "1", "--no-write", "--no-instructions"]) == 0
    out = capsys.readouterr().out
    assert "wall time" in out and "none" in out  # no online-stack module on the offline path
