"""Run every rule family's evaluation and print one table: how often auditor is right.

Usage: ``python bench/eval.py [--limit N] [--no-write]``

Every ``bench/eval_*.py`` module present is imported (in name order) and its
``run(limit=None) -> list[dict]`` called; each row names a rule, a data set,
precision, recall, F1 and, where the literature gives one, a published reference
figure. The table is printed and written to ``bench/RESULTS.md`` between the
``eval`` markers. A module that fails to import or raises is reported as a row
of the table, never a crash. Nothing here judges the figures: it only measures.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import BENCH, RESULTS, machine, markdown_table, replace_section, stamp

HEADER = ["rule", "data set", "precision", "recall", "F1", "published reference", "notes"]


def discover(folder: Path = BENCH) -> list[Path]:
    """The evaluation modules in ``folder``, sorted by name."""
    return sorted(p for p in folder.glob("eval_*.py") if p.is_file())


def _load(path: Path) -> Any:
    name = f"_auditor_eval_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    folder = str(path.parent)
    added = folder not in sys.path
    if added:  # modules may import their siblings (helpers in bench/)
        sys.path.insert(0, folder)
    try:
        spec.loader.exec_module(module)
    finally:
        if added:
            sys.path.remove(folder)
    return module


def _failure(path: Path, exc: BaseException) -> dict[str, Any]:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return {
        "rule": path.stem.removeprefix("eval_"),
        "dataset": "-",
        "precision": None,
        "recall": None,
        "f1": None,
        "reference": "",
        "notes": f"evaluation failed: {type(exc).__name__}: {exc}{where}",
        "module": path.name,
        "failed": True,
    }


def run_module(path: Path, limit: int | None) -> tuple[list[dict[str, Any]], float]:
    """Rows from one evaluation module; a failure becomes one row that says so."""
    t0 = time.perf_counter()
    try:
        module = _load(path)
        rows = module.run(limit=limit)
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise TypeError("run() must return a list of dicts")
    except Exception as exc:  # one family's bug must not hide the others' figures
        return [_failure(path, exc)], time.perf_counter() - t0
    out = []
    for r in rows:
        row = dict(r)
        row.setdefault("module", path.name)
        out.append(row)
    return out, time.perf_counter() - t0


def run_all(folder: Path = BENCH, limit: int | None = None) -> tuple[list[dict[str, Any]], dict[str, float]]:
    rows: list[dict[str, Any]] = []
    seconds: dict[str, float] = {}
    for path in discover(folder):
        got, took = run_module(path, limit)
        rows.extend(got)
        seconds[path.name] = took
    return rows, seconds


def _num(value: Any) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return f"{value:.3f}"
    return str(value)


def table_rows(rows: list[dict[str, Any]]) -> list[list[str]]:
    return [
        [
            str(r.get("rule", "?")),
            str(r.get("dataset", "?")),
            _num(r.get("precision")),
            _num(r.get("recall")),
            _num(r.get("f1")),
            str(r.get("reference") or "-"),
            str(r.get("notes") or ""),
        ]
        for r in rows
    ]


def render(rows: list[dict[str, Any]], seconds: dict[str, float], limit: int | None) -> str:
    scope = f"first {limit} items of each data set (--limit {limit})" if limit else "full data sets"
    lines = [
        "## Evaluation",
        "",
        f"Measured {stamp()} on {machine()}; {scope}. Command: `python bench/eval.py`"
        + (f" --limit {limit}" if limit else "")
        + ".",
        "",
    ]
    if not seconds:
        lines.append("No evaluation modules (`bench/eval_*.py`) are present yet.")
        return "\n".join(lines) + "\n"
    lines.append(markdown_table(HEADER, table_rows(rows)))
    lines.append("")
    timing = ", ".join(f"{name} {took:.1f} s" for name, took in seconds.items())
    lines.append(f"Time per module: {timing}.")
    failed = [r for r in rows if r.get("failed")]
    if failed:
        lines.append("")
        lines.append(f"{len(failed)} evaluation module(s) failed; their rows say why.")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Run every bench/eval_*.py and print one table.")
    p.add_argument("--limit", type=int, default=None, help="evaluate only the first N items of each data set")
    p.add_argument("--dir", type=Path, default=BENCH, help="where the eval_*.py modules are (default: bench/)")
    p.add_argument(
        "--results", type=Path, default=RESULTS, help="the Markdown file to update (default: bench/RESULTS.md)"
    )
    p.add_argument("--no-write", action="store_true", help="print the table only")
    p.add_argument("--write", action="store_true", help="write even a partial or failed run over the figures")
    args = p.parse_args(argv)
    rows, seconds = run_all(args.dir, args.limit)
    text = render(rows, seconds, args.limit)
    print(text, end="")
    why_not = _partial(rows, args.limit)
    if args.no_write:
        return 0
    if why_not and not args.write:
        # A fresh clone without ../shared/eval, a --limit run or a failing module must not
        # replace the measured figures with empty or partial rows.
        print(f"not written to {args.results}: {why_not} (use --write to write anyway)", file=sys.stderr)
        return 0
    replace_section("eval", text, args.results)
    print(f"written to {args.results}", file=sys.stderr)
    return 0


def _partial(rows: list[dict[str, Any]], limit: int | None) -> str:
    """Why this run's table is not the full measurement ("" when it is)."""
    if not rows:
        return "no figures (is ../shared/eval present?)"
    if limit:
        return f"only the first {limit} items of each data set"
    failed = [str(r.get("module")) for r in rows if r.get("failed")]
    return f"{len(failed)} module(s) failed ({', '.join(failed)})" if failed else ""


if __name__ == "__main__":
    raise SystemExit(main())
