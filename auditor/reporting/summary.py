"""What every output format shares: the run-wide facts, the summary line, a finding as one line.

Kept apart from :mod:`auditor.reporting.formats` (the catalogue of formats) so that
the SARIF and JUnit writers can use them without importing the catalogue that
dispatches to them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from auditor.reading.excerpts import visible
from auditor.reporting.views import DocView, IndexRow, set_aside_phrase


@dataclass(slots=True)
class RunInfo:
    """Run-wide facts the formats need besides the articles."""

    as_of: str
    explicit_as_of: bool
    cross_document: list[dict[str, Any]] | None = None
    notes: list[str] = field(default_factory=list)
    rule_totals: Counter[str] = field(default_factory=Counter)
    category_totals: Counter[str] = field(default_factory=Counter)
    rows: Iterable[IndexRow] = field(default_factory=list)  # sized: a list, or a RowLog replaying them from disk
    scorecards: str | None = None  # where the scorecards are, from the output being written (None: none written)
    sarif_set_aside: bool = False  # SARIF lists set-aside findings too (code scanning ignores their suppressions)


def summary_line(rows: Iterable[IndexRow | DocView]) -> str:
    counts: Counter[str] = Counter()
    aside: Counter[str] = Counter()
    n = failed = 0
    for r in rows:
        n += 1
        counts.update(r.score.counts)
        aside.update(r.set_aside_counts)
        failed += not r.score.passed
    parts = [f"{counts['error']} error(s)", f"{counts['warning']} warning(s)", f"{counts['info']} info"]
    phrase = set_aside_phrase(dict(aside))
    extra = f"; {phrase}" if phrase else ""
    return f"{n} article(s) audited, {failed} failing: " + ", ".join(parts) + extra + "."


def text_lines(v: DocView, colour: bool = False) -> list[str]:
    """``path:line:col: CODE message`` for each open finding of one article (coloured for a terminal)."""
    path = _one_line(v.path)  # a file name or excerpt cannot start a terminal sequence or a new line
    if not colour:
        return [f"{path}:{f.line}:{f.column}: {f.code} [{f.severity}] {_one_line(f.message)}" for f in v.findings]
    return [
        f"{_BOLD}{path}{_RESET}:{f.line}:{f.column}: {_SEVERITY_COLOUR.get(f.severity, '')}{f.code}{_RESET} "
        f"[{f.severity}] {_one_line(f.message)}"
        for f in v.findings
    ]


def _one_line(text: str) -> str:
    return visible(text.replace("\n", "\\n").replace("\r", "\\r")) if not text.isprintable() else text


_BOLD, _RESET = "\x1b[1m", "\x1b[0m"
_SEVERITY_COLOUR = {"error": "\x1b[1;31m", "warning": "\x1b[1;33m", "info": "\x1b[1;34m"}


def use_colour(stream: Any, environ: dict[str, str] | None = None) -> bool:
    """Colour on a terminal unless NO_COLOR is set (no-color.org); FORCE_COLOR forces it."""
    import os

    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and env.get("TERM") != "dumb"
