"""SARIF 2.1.0 output: every rule with its documentation, every finding as a result.

Written result by result, so a run over a big archive never holds all of them.
Shaped for GitHub code scanning, which takes the file as it is:

* paths are relative to the repository root (git's top level, else the working
  directory) under ``%SRCROOT%``, declared in ``originalUriBaseIds``, so a run
  from a subfolder still points at the right files;
* set-aside findings (suppressed, accepted, baseline) are left out: code scanning
  ignores ``suppressions`` and would open alerts for them. ``sarif-include-set-aside
  = true`` (or ``--sarif-include-set-aside``) keeps them, with a ``suppressions`` entry;
* at most 25,000 results per run (GitHub's limit; it rejects larger runs), with a
  notification saying how many were left out;
* each rule has a ``helpUri`` (its section of docs/rules.md), the driver an ``informationUri``.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from auditor import HOMEPAGE, RULES_DOC, __version__
from auditor.registry import Rule, all_rules, internal_rules, rule_anchor
from auditor.reporting.summary import RunInfo
from auditor.reporting.views import DocView, FindingView

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "auditorContent/v1"
BASE_ID = "%SRCROOT%"
MAX_RESULTS = 25_000  # GitHub code scanning rejects a run with more


def source_root(cwd: Path | None = None) -> Path:
    """The repository root: git's top level when the working directory is in a work tree, else that directory."""
    here = (cwd or Path.cwd()).resolve()
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"], cwd=here, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):  # no git, or it hangs: the working directory is the root
        return here
    top = done.stdout.strip()
    return Path(top).resolve() if done.returncode == 0 and top else here


def rule_descriptor(r: Rule) -> dict[str, Any]:
    doc = r.documentation()
    return {
        "id": r.code,
        "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": " ".join(r.docs.what.split())},
        "helpUri": f"{RULES_DOC}#{rule_anchor(r)}",
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": LEVEL[r.severity.value]},
        "properties": {"category": r.category, "tags": [r.category], "online": r.online},
    }


def artifact_location(path: str, root: Path) -> dict[str, Any]:
    """A path relative to the repository root under %SRCROOT%, or a file URI for a file outside it."""
    full = Path(path).resolve()
    try:
        rel = full.relative_to(root)
    except ValueError:
        return {"uri": full.as_uri()}
    return {"uri": quote(rel.as_posix(), safe="/"), "uriBaseId": BASE_ID}


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


def result(v: DocView, f: FindingView, rule_index: dict[str, int], artifact: dict[str, Any]) -> dict[str, Any]:
    """One finding; ``artifact`` is the article's ``artifactLocation``."""
    location = {"physicalLocation": {"artifactLocation": artifact, "region": _region(f)}}
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
                        "artifactLocation": artifact,
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


def write_sarif(views: Iterable[DocView], info: RunInfo, out: TextIO, root: Path | None = None) -> None:
    """The whole log; ``root`` is the repository root (default: :func:`source_root`)."""
    root = root or source_root()
    rules = [*all_rules(), *internal_rules()]
    index = {r.code: i for i, r in enumerate(rules)}
    driver = {
        "name": "auditor",
        "version": __version__,
        "semanticVersion": __version__,
        "informationUri": HOMEPAGE,
        "rules": [rule_descriptor(r) for r in rules],
    }
    head = json.dumps({"tool": {"driver": driver}}, ensure_ascii=False, indent=None)
    out.write(f'{{\n"$schema": "{SCHEMA_URI}",\n"version": "2.1.0",\n"runs": [{{\n"tool": ')
    out.write(head[len('{"tool": ') : -1])
    bases = {BASE_ID: {"uri": root.as_uri().rstrip("/") + "/", "description": {"text": "the repository root"}}}
    out.write(f',\n"originalUriBaseIds": {json.dumps(bases, ensure_ascii=False)}')
    out.write(',\n"columnKind": "unicodeCodePoints",\n"results": [')
    written = left_out = 0
    for v in views:
        artifact = artifact_location(v.path, root)
        for f in (*v.findings, *v.set_aside) if info.sarif_set_aside else v.findings:
            if written >= MAX_RESULTS:
                left_out += 1
                continue
            out.write(("\n" if not written else ",\n") + json.dumps(result(v, f, index, artifact), ensure_ascii=False))
            written += 1
    out.write("\n],\n")
    invocation: dict[str, Any] = {"executionSuccessful": not any(r.internal_error for r in info.rows)}
    if left_out:
        invocation["toolExecutionNotifications"] = [
            {
                "descriptor": {"id": "result-cap"},
                "level": "warning",
                "message": {
                    "text": f"{left_out} result(s) left out: a SARIF run holds at most {MAX_RESULTS:,} "
                    f"(GitHub code scanning's limit); the first {MAX_RESULTS:,} in path order are listed, "
                    "the JSON format has them all"
                },
            }
        ]
    out.write(f'"invocations": [{json.dumps(invocation, ensure_ascii=False)}],\n')
    # json.dumps({"as_of": ..., "articles": [...]}) written article by article, without the list in memory
    out.write(f'"properties": {{"as_of": {json.dumps(info.as_of, ensure_ascii=False)}, "articles": [')
    for i, r in enumerate(info.rows):
        article = {"path": r.path, "score": r.score.score, "grade": r.score.grade, "passed": r.score.passed}
        out.write((", " if i else "") + json.dumps(article, ensure_ascii=False))
    out.write("]}\n}]\n}\n")
