"""Output formats for terminals and machines, all pure functions of the run's views.

A format is one function registered in :data:`FORMATS`; ``--format NAME``
picks one for standard output (or ``--output FILE``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from auditor import __version__
from auditor.reporting.views import DocView


@dataclass(slots=True)
class RunInfo:
    """Run-wide facts the formats need besides the articles."""

    as_of: str
    explicit_as_of: bool
    cross_document: list[dict[str, Any]] | None = None
    notes: list[str] = field(default_factory=list)
    rule_totals: Counter[str] = field(default_factory=Counter)
    category_totals: Counter[str] = field(default_factory=Counter)


Formatter = Callable[[list[DocView], RunInfo], str]
FORMATS: dict[str, Formatter] = {}


def formatter(name: str) -> Callable[[Formatter], Formatter]:
    def decorate(fn: Formatter) -> Formatter:
        FORMATS[name] = fn
        return fn

    return decorate


def summary_line(views: list[DocView]) -> str:
    counts = Counter()
    for v in views:
        counts.update(v.score.counts)
    failed = sum(1 for v in views if not v.score.passed)
    parts = [f"{counts['error']} error(s)", f"{counts['warning']} warning(s)", f"{counts['info']} info"]
    suppressed = sum(len(v.set_aside) for v in views)
    extra = f", {suppressed} set aside" if suppressed else ""
    return f"{len(views)} article(s) audited, {failed} failing: " + ", ".join(parts) + extra + "."


@formatter("text")
def text_format(views: list[DocView], info: RunInfo) -> str:
    lines = []
    for v in views:
        lines.extend(text_lines(v))
    lines.append(summary_line(views))
    return "\n".join(lines) + "\n"


def text_lines(v: DocView) -> list[str]:
    """``path:line:col: CODE message`` for each open finding of one article."""
    return [f"{v.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}" for f in v.findings]


@formatter("json")
def json_format(views: list[DocView], info: RunInfo) -> str:
    data: dict[str, Any] = {
        "version": 1,
        "tool": {"name": "auditor", "version": __version__},
        "as_of": info.as_of,
        "documents": [v.to_json() for v in views],
    }
    if info.cross_document is not None:
        data["cross_document"] = info.cross_document
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


@formatter("markdown")
def markdown_format(views: list[DocView], info: RunInfo) -> str:
    from auditor.reporting.markdown import render_index

    return render_index(
        views,
        info.rule_totals,
        info.category_totals,
        info.as_of if info.explicit_as_of else None,
        info.cross_document,
    )
