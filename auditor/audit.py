"""Audit one document: enrichers, then every enabled rule, with crash isolation.

This is the pure per-article function the runner maps over files (in parallel,
or on another engine): same document, config and pages in, same result out.
"""

from __future__ import annotations

import datetime as dt
import traceback
from dataclasses import dataclass, field
from typing import Any

from auditor.config import Config
from auditor.context import Context
from auditor.model import Document, Finding, Severity, Span
from auditor.registry import all_rules, enrichers, get_rule


@dataclass(slots=True)
class RuleFailure:
    """A rule (or enricher) that raised; reported as AUD001, exit code 2."""

    rule: str
    error: str


@dataclass(slots=True)
class AuditedDocument:
    """A document with its findings, before scoring."""

    doc: Document
    findings: list[Finding]
    failures: list[RuleFailure] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)


def audit_document(
    doc: Document,
    config: Config,
    as_of: dt.date,
    pages: dict[str, Any] | None = None,
) -> AuditedDocument:
    """Run enrichers and enabled rules on one document; never raises for a rule's bug."""
    ctx = Context(config=config, as_of=as_of, pages=pages or {})
    findings: list[Finding] = []
    failures: list[RuleFailure] = []
    if doc.not_audited:
        severity = Severity.WARNING if doc.meta.encoding == "warning" else Severity.ERROR
        findings.append(Finding("AUD002", Span(0, 0), f"Not audited: {doc.not_audited}.", severity=severity))
        return AuditedDocument(doc, findings)
    if doc.meta.encoding_note:
        findings.append(Finding("AUD003", Span(0, 0), f"Encoding: {doc.meta.encoding_note}."))
    if doc.meta.body_note:
        findings.append(Finding("AUD005", Span(0, 0), f"Body not read in full: {doc.meta.body_note}."))
    if doc.meta.front_matter_note:
        why, line = doc.meta.front_matter_note
        message = f"Front matter not read: {why}. The title and date it holds were not used."
        findings.append(Finding("AUD006", Span(0, 0), message, evidence={"line": line}))
    for _, name, enrich in enrichers():
        try:
            enrich(doc, ctx)
        except Exception as exc:  # an enricher's bug must not stop the run
            failures.append(RuleFailure(f"enricher {name}", _describe(exc)))
    for r in all_rules():
        if not config.enabled(r.code) or (r.online and not config.online):
            continue
        try:
            produced = list(r.check(doc, ctx))
        except Exception as exc:  # a rule's bug becomes a finding; the run goes on
            failures.append(RuleFailure(r.code, _describe(exc)))
            continue
        findings.extend(produced)
    for failure in failures:
        findings.append(
            Finding(
                "AUD001",
                Span(0, 0),
                f"Internal error in {failure.rule}: {failure.error}. The article was only partly checked.",
                evidence={"rule": failure.rule},
            )
        )
    findings = [f for f in findings if _valid(f, doc)]
    findings.sort(key=lambda f: (f.span.start, f.span.end, f.code, f.message))
    return AuditedDocument(doc, findings, failures, ctx.facts)


def _valid(f: Finding, doc: Document) -> bool:
    return 0 <= f.span.start <= f.span.end <= max(len(doc.text), 0) or f.code.startswith("AUD")


def _describe(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (at {frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno})" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"


def severity_of(f: Finding) -> Severity:
    if f.severity is not None:
        return f.severity
    r = get_rule(f.code)
    return r.severity if r else Severity.WARNING
