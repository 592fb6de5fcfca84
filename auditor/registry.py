"""The rule API and the registry every rule module plugs into.

A rule module under ``rules/`` (installed as the ``auditor_rules`` package)
registers a rule with the :func:`rule` decorator; there is no second list to keep
in sync. :func:`load_builtin_rules` imports every module of that package once.

Besides rules there are two kinds of plug-ins a rule family may register:

* an *enricher* (:func:`enricher`) fills in facts on the document before any
  rule runs (a citation's domain, rating or date), so several rules share them;
* a *cross-document analyser* (:func:`cross_document`) compares facts that
  rules stored per document in ``ctx.facts`` across the whole run.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import Any

from auditor.model import Severity
from auditor.rulespec import CATEGORIES, CheckFn, EnrichFn, Rule, RuleDocs

__all__ = [
    "CATEGORIES",
    "CheckFn",
    "EnrichFn",
    "Rule",
    "RuleDocs",
    "all_rules",
    "cross_document",
    "cross_document_analysers",
    "enricher",
    "enrichers",
    "get_rule",
    "internal_rules",
    "load_builtin_rules",
    "rule",
    "rules_table",
]

_RULES: dict[str, Rule] = {}
_ENRICHERS: list[tuple[int, str, EnrichFn]] = []
_CROSS: dict[str, Callable[..., Any]] = {}
_loaded = False


def rule(
    code: str,
    name: str,
    category: str,
    severity: Severity | str,
    summary: str,
    docs: RuleDocs,
    *,
    online: bool = False,
    options: dict[str, Any] | None = None,
) -> Callable[[CheckFn], CheckFn]:
    """Register ``check(doc, ctx)`` as rule ``code``."""
    if category not in CATEGORIES:
        raise ValueError(f"{code}: unknown category {category!r}")

    def decorate(fn: CheckFn) -> CheckFn:
        if code in _RULES and _RULES[code].check is not fn:
            raise ValueError(f"rule {code} registered twice")
        _RULES[code] = Rule(
            code=code,
            name=name,
            category=category,
            severity=Severity(severity),
            summary=summary,
            docs=docs,
            check=fn,
            online=online,
            options=dict(options or {}),
        )
        return fn

    return decorate


def enricher(name: str, order: int = 50) -> Callable[[EnrichFn], EnrichFn]:
    """Register a function that adds facts to a document before the rules run.

    Lower ``order`` runs first (domains 10, ratings 20, dates 30, ...).
    """

    def decorate(fn: EnrichFn) -> EnrichFn:
        if all(n != name for _, n, _ in _ENRICHERS):
            _ENRICHERS.append((order, name, fn))
            _ENRICHERS.sort(key=lambda e: (e[0], e[1]))
        return fn

    return decorate


def cross_document(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register ``analyse(entries) -> list[dict]`` for ``--cross-document``.

    ``entries`` is a list of ``(path, facts)`` in path order, where ``facts`` is
    what rules stored in ``ctx.facts`` for that document.
    """

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        _CROSS[name] = fn
        return fn

    return decorate


def load_builtin_rules() -> None:
    """Import every module of the built-in rule package once."""
    global _loaded
    if _loaded:
        return
    import auditor_rules

    for info in sorted(pkgutil.iter_modules(auditor_rules.__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"auditor_rules.{info.name}")
    _loaded = True


def all_rules() -> list[Rule]:
    load_builtin_rules()
    return [_RULES[c] for c in sorted(_RULES)]


def internal_rules() -> list[Rule]:
    """The run's own findings (AUD codes), documented like rules."""
    from auditor.internal import INTERNAL_RULES

    return [INTERNAL_RULES[c] for c in sorted(INTERNAL_RULES)]


def rules_table() -> str:
    """``auditor rules``: one line per code, the rule families first, then the AUD codes."""
    rows = [*all_rules(), *internal_rules()]
    width = max(len(r.name) for r in rows)
    lines = []
    for r in rows:
        online = " (online)" if r.online and not r.summary.startswith("online") else ""
        lines.append(f"{r.code}  {r.name:<{width}}  {r.category:<11} {r.severity.value:<7} {r.summary}{online}")
    return "\n".join(lines) + "\n"


def rule_anchor(r: Rule) -> str:
    """The anchor GitHub gives the rule's heading in docs/rules.md (``cit001-malformed-url``)."""
    return f"{r.code} {r.name}".lower().replace(" ", "-")


def rules_markdown() -> str:
    """docs/rules.md: every rule's documentation on one page (SARIF ``helpUri`` links to its anchors).

    Generated from the registry (``python -m auditor.registry > docs/rules.md``); a test keeps it current.
    """
    rows = [*all_rules(), *internal_rules()]
    out = [
        "# Rules",
        "",
        "Generated from the registry by `python -m auditor.registry > docs/rules.md`; "
        "`auditor rule CODE` prints the same text.",
        "",
        "| code | name | category | severity | flags |",
        "|---|---|---|---|---|",
    ]
    out += [
        f"| [{r.code}](#{rule_anchor(r)}) | {r.name} | {r.category} | {r.severity.value} | {r.summary} |" for r in rows
    ]
    for r in rows:
        out.append("")
        out += [("#" + line if line.startswith("#") else line) for line in r.documentation().rstrip().splitlines()]
    return "\n".join(out) + "\n"


def get_rule(code: str) -> Rule | None:
    load_builtin_rules()
    code = code.upper()
    if code in _RULES:
        return _RULES[code]
    from auditor.internal import INTERNAL_RULES

    return INTERNAL_RULES.get(code)


def enrichers() -> list[tuple[int, str, EnrichFn]]:
    load_builtin_rules()
    return list(_ENRICHERS)


def cross_document_analysers() -> dict[str, Callable[..., Any]]:
    load_builtin_rules()
    return dict(sorted(_CROSS.items()))


if __name__ == "__main__":  # run as a script, this file is a second module: ask the imported one
    import auditor.registry

    print(auditor.registry.rules_markdown(), end="")
