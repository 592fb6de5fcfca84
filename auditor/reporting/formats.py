"""Output formats for terminals and machines, all pure functions of the run's views.

A format is one function registered with :func:`formatter`. It receives the
articles' views as an iterable it may walk once (the CLI replays them from a
spool, so memory stays flat on big archives), the run-wide :class:`RunInfo`
(totals, light index rows, cross-document results), and the stream to write to.
Formats that only need the index rows declare ``needs_views=False``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from json.encoder import encode_basestring  # what json.dumps(ensure_ascii=False) uses
from pathlib import Path
from typing import Any, TextIO

from auditor import __version__
from auditor.exits import UsageError
from auditor.reading.excerpts import visible
from auditor.reporting.summary import RunInfo, summary_line, text_lines
from auditor.reporting.views import DocView

__all__ = ["FORMATS", "RunInfo", "parse_outputs", "render", "summary_line", "text_lines"]


Formatter = Callable[[Iterable[DocView], RunInfo, TextIO], None]


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    write: Formatter
    needs_views: bool
    help: str


FORMATS: dict[str, Format] = {}


def formatter(name: str, help: str, needs_views: bool = True) -> Callable[[Formatter], Formatter]:
    def decorate(fn: Formatter) -> Formatter:
        FORMATS[name] = Format(name, fn, needs_views, help)
        return fn

    return decorate


def render(name: str, views: Iterable[DocView], info: RunInfo) -> str:
    """A format's whole output as a string (tests, small runs)."""
    import io

    buf = io.StringIO()
    FORMATS[name].write(views, info, buf)
    return buf.getvalue()


@formatter("text", "path:line:col: CODE [severity] message, then a summary line")
def text_format(views: Iterable[DocView], info: RunInfo, out: TextIO) -> None:
    for v in views:
        for line in text_lines(v):
            out.write(line + "\n")
    out.write(summary_line(info.rows) + "\n")


class _Unusual(Exception):
    """A value the fast JSON writer leaves to the json module."""


def indented_json(value: Any, indent: str = "") -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` with every line prefixed by ``indent``.

    The json module writes indented output with a Python generator per container,
    which was a third of the per-article reporting time; this direct recursion
    writes the same text about three times faster. Anything beyond plain JSON
    data (non-string keys, other types, cycles) goes to the json module.
    """
    out: list[str] = [indent]
    try:
        _write_json(value, indent, out)
    except (_Unusual, RecursionError):
        text = json.dumps(value, ensure_ascii=False, indent=2)
        return "\n".join(indent + line for line in text.split("\n"))
    return "".join(out)


def _write_json(value: Any, indent: str, out: list[str]) -> None:
    """Append ``value`` at nesting ``indent``, in the order of json's own type checks."""
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float_text(value))
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = indent + "  "
        out.append("[\n" + inner)
        for i, item in enumerate(value):
            if i:
                out.append(",\n" + inner)
            _write_json(item, inner, out)
        out.append("\n" + indent + "]")
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = indent + "  "
        out.append("{\n" + inner)
        for i, (key, item) in enumerate(value.items()):
            if not isinstance(key, str):
                raise _Unusual
            out.append((",\n" + inner if i else "") + encode_basestring(key) + ": ")
            _write_json(item, inner, out)
        out.append("\n" + indent + "}")
    else:
        raise _Unusual


def _float_text(value: float) -> str:
    if value != value:
        return "NaN"
    if value == math.inf:
        return "Infinity"
    if value == -math.inf:
        return "-Infinity"
    return float.__repr__(value)


@formatter("json", "the JSON contract (DESIGN.md), written article by article")
def json_format(views: Iterable[DocView], info: RunInfo, out: TextIO) -> None:
    head = {"version": 1, "tool": {"name": "auditor", "version": __version__}, "as_of": info.as_of}
    text = json.dumps(head, ensure_ascii=False, indent=2)
    out.write(text[: text.rfind("}")].rstrip() + ',\n  "documents": [')
    first = True
    for v in views:
        out.write(("\n" if first else ",\n") + indented_json(v.to_json(), "    "))
        first = False
    out.write("]" if first else "\n  ]")
    if info.cross_document is not None:
        cross = json.dumps(info.cross_document, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        out.write(f',\n  "cross_document": {cross}')
    out.write("\n}\n")


@formatter("markdown", "the index of the run, as Markdown", needs_views=False)
def markdown_format(views: Iterable[DocView], info: RunInfo, out: TextIO) -> None:
    from auditor.reporting.markdown import write_index

    write_index(
        out,
        info.rows,
        info.rule_totals,
        info.category_totals,
        info.as_of if info.explicit_as_of else None,
        info.cross_document,
        links=info.scorecards is not None,  # without --report-dir there is nothing to link to
        base=info.scorecards or ".",
    )


@formatter("sarif", "SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps)")
def sarif_format(views: Iterable[DocView], info: RunInfo, out: TextIO) -> None:
    from auditor.reporting.sarif import write_sarif

    write_sarif(views, info, out)


@formatter("junit", "JUnit XML: one test case per article, failing when the article fails")
def junit_format(views: Iterable[DocView], info: RunInfo, out: TextIO) -> None:
    from auditor.reporting.junit import write_junit

    write_junit(views, info, out)


@formatter("statistics", "findings per rule, most frequent first (what --statistics prints)", needs_views=False)
def statistics_format(views: Iterable[DocView], info: RunInfo, out: TextIO) -> None:
    from auditor.registry import get_rule

    rows = sorted(info.rule_totals.items(), key=lambda kv: (-kv[1], kv[0]))
    width = len(str(rows[0][1])) if rows else 1
    for code, n in rows:
        rule = get_rule(code)
        out.write(f"{n:>{width}}  {code}  {rule.name if rule else ''}\n".replace("  \n", "\n"))
    out.write(summary_line(info.rows) + "\n")


GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def github_data(text: str) -> str:
    """Escape a workflow command's message (GitHub's rules for command data; invisible characters shown)."""
    return visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """Escape a workflow command property value (data rules plus ``:`` and ``,``)."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


@formatter("github", "GitHub Actions workflow commands: an annotation per open finding")
def github_format(views: Iterable[DocView], info: RunInfo, out: TextIO) -> None:
    for v in views:
        for f in v.findings:
            props = [
                f"file={github_property(v.path)}",
                f"line={f.line}",
                f"col={f.column}",
                f"endLine={max(f.end_line, f.line)}",
                f"endColumn={f.end_column if f.end_line > f.line else max(f.end_column, f.column)}",
                f"title={github_property(f'{f.code} {f.name}')}",
            ]
            level = GITHUB_LEVEL.get(f.severity, "warning")
            out.write(f"::{level} {','.join(props)}::{github_data(f.message)}\n")
    out.write(summary_line(info.rows) + "\n")


def parse_outputs(values: list[str] | None, output: Path | None) -> list[tuple[str, Path | None]]:
    """``--format NAME[=FILE]`` (repeatable) and ``--output`` -> [(format, file or None for stdout)]."""
    specs: list[tuple[str, Path | None]] = []
    for raw in values or []:
        name, sep, file = raw.partition("=")
        name = name.strip().lower()
        if name not in FORMATS:
            raise UsageError(f"unknown format {name!r}; choose from {', '.join(sorted(FORMATS))}")
        if sep and not file.strip():
            raise UsageError(f"--format {raw}: give a file after '=' (or '-' for standard output)")
        specs.append((name, Path(file.strip()) if sep and file.strip() != "-" else None))
    stdout = [name for name, target in specs if target is None]
    if len(stdout) > 1:
        raise UsageError(
            f"only one format can go to standard output ({', '.join(stdout)} given); "
            "send the others to files, e.g. --format sarif=auditor.sarif"
        )
    if output is not None:
        if stdout:
            specs = [(n, output if t is None else t) for n, t in specs]
        else:
            specs.append(("text", output))
    elif not stdout:
        specs.insert(0, ("text", None))
    files = [t.resolve() for _, t in specs if t is not None]
    if len(files) != len(set(files)):
        raise UsageError("two formats would write to the same file")
    return specs
