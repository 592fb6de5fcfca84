"""SARIF 2.1.0 output: every rule with its documentation, every finding as a result.

Written result by result, so a run over a big archive never holds all of them.
Set-aside findings are included with a ``suppressions`` entry (in-source for
comments, external for per-file ignores, accepted findings and the baseline),
which code-scanning services show as dismissed rather than open.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Any, TextIO
from urllib.parse import quote

from auditor import __version__
from auditor.registry import Rule, all_rules, internal_rules
from auditor.reporting.summary import RunInfo
from auditor.reporting.views import DocView, FindingView

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "auditorContent/v1"


def rule_descriptor(r: Rule) -> dict[str, Any]:
    doc = r.documentation()
    return {
        "id": r.code,
        "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": " ".join(r.docs.what.split())},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": LEVEL[r.severity.value]},
        "properties": {"category": r.category, "tags": [r.category], "online": r.online},
    }


def artifact_location(path: str) -> dict[str, Any]:
    """A relative path under %SRCROOT% (where CI runs), or a file URI for absolute paths."""
    p = PurePosixPath(path)
    if p.is_absolute():
        return {"uri": "file://" + quote(path, safe="/")}
    return {"uri": quote(path, safe="/"), "uriBaseId": "%SRCROOT%"}


def _region(f: FindingView) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": max(1, f.line), "startColumn": max(1, f.column)}
    if f.end_line > f.line or (f.end_line == f.line and f.end_column >= f.column):
        region["endLine"] = f.end_line
        region["endColumn"] = max(1, f.end_column)
    if f.excerpt:
        region["snippet"] = {"text": f.excerpt}
    return region


SUPPRESSION = {
    "suppressed": ("inSource", "suppressed by a comment or per-file-ignores"),
    "accepted": ("external", "accepted by an editor"),
    "baseline": ("external", "present in the baseline"),
}


def result(v: DocView, f: FindingView, rule_index: dict[str, int]) -> dict[str, Any]:
    location = {"physicalLocation": {"artifactLocation": artifact_location(v.path), "region": _region(f)}}
    out: dict[str, Any] = {"ruleId": f.code}
    if f.code in rule_index:
        out["ruleIndex"] = rule_index[f.code]
    text = f"{f.message} Fix: {f.fix.rstrip('.')}." if f.fix else f.message
    out.update({"level": LEVEL.get(f.severity, "warning"), "message": {"text": text}, "locations": [location]})
    related = []
    for i, r in enumerate(f.related, 1):
        line = r.get("line")
        if isinstance(line, int) and line >= 1:
            related.append(
                {
                    "id": i,
                    "physicalLocation": {
                        "artifactLocation": artifact_location(v.path),
                        "region": {"startLine": line},
                    },
                    "message": {"text": str(r.get("excerpt") or f"line {line}")},
                }
            )
    if related:
        out["relatedLocations"] = related
    if f.fingerprint:
        out["partialFingerprints"] = {FINGERPRINT_KEY: f.fingerprint}
    if f.status != "open":
        kind, default = SUPPRESSION.get(f.status, ("external", f.status))
        if f.status == "suppressed" and (f.note or "").startswith("per-file-ignores"):
            kind = "external"
        out["suppressions"] = [{"kind": kind, "status": "accepted", "justification": f.note or default}]
    out["properties"] = {"severity": f.severity, "category": f.category, "status": f.status}
    return out


def write_sarif(views: Iterable[DocView], info: RunInfo, out: TextIO) -> None:
    rules = [*all_rules(), *internal_rules()]
    index = {r.code: i for i, r in enumerate(rules)}
    driver = {
        "name": "auditor",
        "version": __version__,
        "semanticVersion": __version__,
        "rules": [rule_descriptor(r) for r in rules],
    }
    head = json.dumps({"tool": {"driver": driver}}, ensure_ascii=False, indent=None)
    out.write(f'{{\n"$schema": "{SCHEMA_URI}",\n"version": "2.1.0",\n"runs": [{{\n"tool": ')
    out.write(head[len('{"tool": ') : -1])
    out.write(',\n"columnKind": "unicodeCodePoints",\n"results": [')
    first = True
    for v in views:
        for f in (*v.findings, *v.set_aside):
            out.write(("\n" if first else ",\n") + json.dumps(result(v, f, index), ensure_ascii=False))
            first = False
    out.write("\n],\n")
    ok = "false" if any(r.internal_error for r in info.rows) else "true"
    out.write(f'"invocations": [{{"executionSuccessful": {ok}}}],\n')
    # json.dumps({"as_of": ..., "articles": [...]}) written article by article, without the list in memory
    out.write(f'"properties": {{"as_of": {json.dumps(info.as_of, ensure_ascii=False)}, "articles": [')
    for i, r in enumerate(info.rows):
        article = {"path": r.path, "score": r.score.score, "grade": r.score.grade, "passed": r.score.passed}
        out.write((", " if i else "") + json.dumps(article, ensure_ascii=False))
    out.write("]}\n}]\n}\n")
