"""Decide, for every finding, whether it counts: open, suppressed, accepted or baseline.

The runner calls a :class:`Triage` in the worker processes (it is picklable)
with each document and its findings. Order of precedence: an inline
suppression, then ``per-file-ignores``, then an accepted entry, then the
baseline. Whatever is not open is listed in the scorecard but not scored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from auditor.audit import severity_of
from auditor.config import Config
from auditor.model import Document, Finding, Severity
from auditor.workflow.ledger import ACCEPTED_FILE, fingerprint, path_key, read_accepted, read_baseline
from auditor.workflow.suppress import (
    FileIgnore,
    parse_directives,
    parse_per_file_ignores,
    problem_finding,
    unused_problems,
)

Triaged = tuple[Finding, Severity, str, str | None]


@dataclass(slots=True)
class Triage:
    """Everything needed to set findings aside, for one run."""

    known: list[str] = field(default_factory=list)  # every rule code
    enabled: list[str] = field(default_factory=list)  # codes that run in this run
    report_unused: bool = True
    ignores_root: str = "."
    file_ignores: list[FileIgnore] = field(default_factory=list)
    accepted_root: str = "."
    accepted: dict[str, dict[tuple[str, str], str]] = field(default_factory=dict)
    baseline_root: str = "."
    baseline: dict[str, dict[tuple[str, str], int]] = field(default_factory=dict)

    def __call__(self, doc: Document, findings: list[Finding]) -> list[Triaged]:
        directives, problems = parse_directives(doc) if doc.comments else ([], [])
        ignores = self._file_ignores(doc.path)
        accepted = self.accepted.get(path_key(doc.path, self.accepted_root)) if self.accepted else None
        base = self.baseline.get(path_key(doc.path, self.baseline_root)) if self.baseline else None
        base = dict(base) if base else None  # counts are consumed per run
        out: list[Triaged] = []
        for f in findings:
            sev = severity_of(f)
            status, note = "open", None
            if directives:
                first, last = _lines(doc, f)
                for d in directives:
                    if d.match(f.code, first, last):
                        status = "suppressed"
                        note = f"`auditor: {d.label}` on line {d.line}" + (f" — {d.note}" if d.note else "")
                        break
            if status == "open" and ignores:
                for fi in ignores:
                    if not fi.codes or any(f.code.startswith(c) for c in fi.codes):
                        status, note = "suppressed", f'per-file-ignores "{fi.pattern}"'
                        break
            if status == "open" and (accepted or base):
                fp = fingerprint(doc, f)
                if accepted and (f.code, fp) in accepted:
                    status, note = "accepted", accepted[(f.code, fp)] or None
                elif base and base.get((f.code, fp), 0) > 0:
                    base[(f.code, fp)] -= 1
                    status, note = "baseline", None
            out.append((f, sev, status, note))
        if self.report_unused and (directives or problems):
            crashed = {str(f.evidence.get("rule")) for f in findings if f.code == "AUD001"}
            ran = [c for c in self.enabled if c not in crashed]  # a crashed rule's suppressions are not judged
            for p in [*problems, *unused_problems(directives, self.known, ran)]:
                finding = problem_finding(p)
                out.append((finding, severity_of(finding), "open", None))
        return out

    def _file_ignores(self, path: str) -> list[FileIgnore]:
        if not self.file_ignores:
            return []
        rel = path_key(path, self.ignores_root)
        return [fi for fi in self.file_ignores if fi.applies_to(rel)]


def _lines(doc: Document, f: Finding) -> tuple[int, int]:
    if "line" in f.evidence and f.code.startswith("AUD"):
        line = int(f.evidence["line"])
        return line, line
    first = doc.position(f.span.start)[0]
    last = doc.end_position(f.span)[0]
    return first, max(first, last)


def config_root(config: Config) -> Path:
    """The folder relative paths in the configuration refer to."""
    if config.base is not None:
        return config.base
    return config.source.parent if config.source else Path.cwd()


def accepted_path(config: Config, explicit: Path | None = None) -> Path:
    """Where accepted findings live: ``accepted-file`` in the config, else next to the config."""
    if explicit is not None:
        return explicit
    value = config.sections.get("accepted-file", config.sections.get("accepted_file"))
    if isinstance(value, str) and value.strip():
        return config_root(config) / value
    return config_root(config) / ACCEPTED_FILE


def build_triage(
    config: Config,
    known: list[str],
    enabled: list[str],
    baseline_file: Path | None = None,
    accepted_file: Path | None = None,
) -> Triage:
    """Read the configuration's ignores, the accepted file and the baseline (LedgerError/ValueError)."""
    root = config_root(config)
    where = str(config.source) if config.source else "configuration"
    pfi = config.sections.get("per-file-ignores", config.sections.get("per_file_ignores"))
    t = Triage(
        known=sorted(known),
        enabled=sorted(enabled),
        report_unused=not any("AUD004".startswith(s) for s in config.ignore),
        ignores_root=os.fspath(root),
        file_ignores=parse_per_file_ignores(pfi, where),
    )
    acc_path = accepted_path(config, accepted_file)
    t.accepted_root = os.fspath(acc_path.parent)
    for e in read_accepted(acc_path):
        t.accepted.setdefault(e.path, {})[(e.code, e.fingerprint)] = e.reason
    if baseline_file is not None:
        t.baseline_root = os.fspath(baseline_file.resolve().parent)
        t.baseline = read_baseline(baseline_file)
    return t
