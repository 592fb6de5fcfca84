"""Shared helpers for the bench scripts: bench/RESULTS.md sections and the eval data folder.

Each script owns one section of ``bench/RESULTS.md``, fenced by
``<!-- NAME:start -->`` / ``<!-- NAME:end -->`` markers, and rewrites only that
section, so the evaluation table, the performance figures and the hand-written
profile notes live in one file without overwriting each other.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULTS = BENCH / "RESULTS.md"
# The shared evaluation data sits beside the repository (as in CI); AUDITOR_EVAL_DIR overrides it.
EVAL_DATA = Path(os.environ.get("AUDITOR_EVAL_DIR") or ROOT.parent / "shared" / "eval")

_HEADER = "# auditor: evaluation and performance results\n\nWritten by `bench/eval.py` and `bench/perf.py`; see docs/perf.md.\n"


def replace_section(name: str, body: str, path: Path = RESULTS) -> None:
    """Put ``body`` between the ``name`` markers of ``path``, keeping everything else."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{body.rstrip()}\n{end}"
    text = path.read_text(encoding="utf-8") if path.exists() else _HEADER
    i, j = text.find(start), text.find(end)
    if i != -1 and j > i:
        text = text[:i] + block + text[j + len(end) :]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def machine() -> str:
    """A one-line description of where the figures were measured."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores (nproc), {cpu}, Python {platform.python_version()}, {platform.system()}"


def stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    def clean(cell: str) -> str:
        return str(cell).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(clean(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)
