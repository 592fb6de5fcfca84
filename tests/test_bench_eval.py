"""bench/eval.py discovers evaluation modules, survives broken ones, and writes its section."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
KEYS = {"rule", "dataset", "precision", "recall", "f1", "reference", "notes"}


def _harness():
    spec = importlib.util.spec_from_file_location("bench_eval_harness", BENCH / "eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_eval_harness"] = module
    spec.loader.exec_module(module)
    return module


GOOD = """
def run(limit=None):
    n = 3 if limit is None else min(3, limit)
    return [{"rule": "XYZ001", "dataset": "toy", "precision": 1.0, "recall": n / 4, "f1": 0.5,
             "reference": "F1 0.57 (someone 2010)", "notes": f"{n} items"}]
"""
BROKEN = "def run(limit=None):\n    raise RuntimeError('data missing')\n"
BAD_IMPORT = "import module_that_does_not_exist\n"
BAD_ROWS = "def run(limit=None):\n    return 'not rows'\n"


def test_discovers_runs_and_reports_failures(tmp_path: Path) -> None:
    ev = _harness()
    folder = tmp_path / "bench"
    folder.mkdir()
    (folder / "eval_good.py").write_text(GOOD)
    (folder / "eval_broken.py").write_text(BROKEN)
    (folder / "eval_imports.py").write_text(BAD_IMPORT)
    (folder / "eval_rows.py").write_text(BAD_ROWS)
    (folder / "helper.py").write_text("raise SystemExit('not an eval module')\n")
    results = tmp_path / "RESULTS.md"
    results.write_text("# Results\n\n<!-- perf:start -->\nperf figures\n<!-- perf:end -->\n\nhand notes\n")

    assert [p.name for p in ev.discover(folder)] == [
        "eval_broken.py",
        "eval_good.py",
        "eval_imports.py",
        "eval_rows.py",
    ]
    assert ev.main(["--dir", str(folder), "--results", str(results), "--limit", "2", "--write"]) == 0

    text = results.read_text()
    assert "perf figures" in text and "hand notes" in text  # other sections survive
    assert "| XYZ001 | toy | 1.000 | 0.500 | 0.500 | F1 0.57 (someone 2010) | 2 items |" in text
    assert "RuntimeError: data missing" in text
    assert "ModuleNotFoundError" in text
    assert "TypeError: run() must return a list of dicts" in text
    assert "3 evaluation module(s) failed" in text
    # Running again replaces the section instead of appending a second one.
    ev.main(["--dir", str(folder), "--results", str(results), "--write"])
    assert results.read_text().count("<!-- eval:start -->") == 1


def test_no_modules(tmp_path: Path) -> None:
    ev = _harness()
    results = tmp_path / "RESULTS.md"
    assert ev.main(["--dir", str(tmp_path), "--results", str(results), "--write"]) == 0
    assert "No evaluation modules" in results.read_text()


@pytest.mark.parametrize(
    ("modules", "args"),
    [
        ({"eval_empty.py": "def run(limit=None):\n    return []\n"}, []),  # a clone without ../shared/eval
        ({"eval_good.py": GOOD}, ["--limit", "2"]),  # a partial run
        ({"eval_good.py": GOOD, "eval_broken.py": BROKEN}, []),  # a module failed
    ],
)
def test_partial_runs_never_overwrite_the_figures(
    tmp_path: Path, modules: dict[str, str], args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    ev = _harness()
    for name, source in modules.items():
        (tmp_path / name).write_text(source)
    results = tmp_path / "RESULTS.md"
    results.write_text("<!-- eval:start -->\nmeasured figures\n<!-- eval:end -->\n")
    assert ev.main(["--dir", str(tmp_path), "--results", str(results), *args]) == 0
    assert "measured figures" in results.read_text()
    assert "not written" in capsys.readouterr().err


def test_a_full_run_writes(tmp_path: Path) -> None:
    ev = _harness()
    (tmp_path / "eval_good.py").write_text(GOOD)
    results = tmp_path / "RESULTS.md"
    results.write_text("<!-- eval:start -->\nold\n<!-- eval:end -->\n")
    assert ev.main(["--dir", str(tmp_path), "--results", str(results)]) == 0
    assert "XYZ001" in results.read_text() and "old" not in results.read_text()


def test_real_modules_on_a_tiny_slice() -> None:
    ev = _harness()
    if not ev.discover(BENCH):
        pytest.skip("no bench/eval_*.py modules in this tree yet")
    rows, seconds = ev.run_all(BENCH, limit=1)  # one item each: every module's code path, at least cost
    assert seconds
    failed = [r["notes"] for r in rows if r.get("failed")]
    assert not failed, failed
    for r in rows:
        assert set(r) >= KEYS, r
