"""JUnit XML: one test case per article, so CI dashboards list failing articles like failing tests.

An article that fails the bar is a ``<failure>`` listing its open findings; a
rule crash (AUD001) is an ``<error>``; a passing article with findings lists
them in ``<system-out>``. No timestamps or timings: the output is deterministic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO
from xml.sax.saxutils import escape, quoteattr

from auditor.reporting.summary import RunInfo, text_lines
from auditor.reporting.views import DocView, set_aside_phrase

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: str) -> str:
    """Drop characters XML 1.0 cannot carry (control characters, lone surrogates)."""
    return _NOT_XML.sub("\ufffd", text)


def attr(text: str) -> str:
    return quoteattr(clean(text), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def write_junit(views: Iterable[DocView], info: RunInfo, out: TextIO) -> None:
    tests = len(info.rows)
    errors = sum(1 for r in info.rows if r.internal_error)
    failures = sum(1 for r in info.rows if not r.score.passed and not r.internal_error)
    counts = f'tests="{tests}" failures="{failures}" errors="{errors}"'
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(f'<testsuites name="auditor" {counts}>\n')
    out.write(f'  <testsuite name="auditor" {counts} skipped="0">\n')
    for v in views:
        out.write(f'    <testcase classname="auditor" name={attr(v.path)} file={attr(v.path)}>\n')
        s = v.score
        body = "\n".join(text_lines(v))
        aside = set_aside_phrase(v.set_aside_counts)
        if aside:
            body += ("\n" if body else "") + f"({aside}; not counted)"
        verdict = f"score {s.score}/100, grade {s.grade}"
        if v.internal_error:
            out.write(f'      <error message={attr(verdict + ": a rule crashed on this article")} type="AUD001">')
            out.write(escape(clean(body)) + "</error>\n")
        elif not s.passed:
            message = f"{verdict}: fails ({'; '.join(s.reasons)})"
            out.write(f'      <failure message={attr(message)} type="auditor">{escape(clean(body))}</failure>\n')
        elif body:
            out.write(f"      <system-out>{escape(clean(body))}</system-out>\n")
        out.write("    </testcase>\n")
    out.write("  </testsuite>\n</testsuites>\n")
