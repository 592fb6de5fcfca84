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
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from auditor.model import Document, Finding, Severity

if TYPE_CHECKING:
    from auditor.context import Context

CATEGORIES = ("citations", "sources", "dates", "language", "consistency")
"""The scored categories, in report order (the JSON contract)."""

CheckFn = Callable[[Document, "Context"], Iterable[Finding]]
EnrichFn = Callable[[Document, "Context"], None]


@dataclass(frozen=True, slots=True)
class RuleDocs:
    """A rule's documentation, in the shape of ruff's rule pages."""

    what: str
    why: str
    flag: str  # an example the rule flags
    ok: str  # a similar example it leaves alone
    silence: str = ""  # how to silence it, beyond the generic ways

    def render(self, code: str, name: str, category: str, severity: Severity) -> str:
        silence = self.silence or ""
        generic = (
            f'Disable it with `--ignore {code}` or `ignore = ["{code}"]` in the '
            f"`[tool.auditor]` configuration; in Markdown and HTML, put "
            f"`<!-- auditor: ignore[{code}] -->` on the line before."
        )
        parts = [
            f"# {code} {name}",
            f"Category: {category} · default severity: {severity.value}",
            "## What it does",
            _dedent(self.what),
            "## Why does it matter?",
            _dedent(self.why),
            "## Example",
            "Flagged:\n\n" + _indent(self.flag),
            "Left alone:\n\n" + _indent(self.ok),
            "## How to silence it",
            (_dedent(silence) + "\n\n" if silence else "") + generic,
        ]
        return "\n\n".join(parts) + "\n"


def _dedent(text: str) -> str:
    return textwrap.dedent(text).strip()


def _indent(text: str) -> str:
    return textwrap.indent(_dedent(text), "    ")


@dataclass(slots=True)
class Rule:
    """A registered rule: metadata plus the function that checks a document."""

    code: str
    name: str
    category: str
    severity: Severity
    summary: str
    docs: RuleDocs
    check: CheckFn
    online: bool = False  # needs fetched page facts (only runs with --online)
    options: dict[str, Any] = field(default_factory=dict)  # documented defaults

    def documentation(self) -> str:
        return self.docs.render(self.code, self.name, self.category, self.severity)


_RULES: dict[str, Rule] = {}
_ENRICHERS: list[tuple[int, str, EnrichFn]] = []
_CROSS: dict[str, Callable[..., Any]] = {}
_INTERNAL: dict[str, Rule] = {}
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
    from auditor import internal  # noqa: F401  (registers the AUD codes)

    return [_INTERNAL[c] for c in sorted(_INTERNAL)]


def register_internal(r: Rule) -> None:
    _INTERNAL[r.code] = r


def get_rule(code: str) -> Rule | None:
    load_builtin_rules()
    code = code.upper()
    if code in _RULES:
        return _RULES[code]
    internal_rules()
    return _INTERNAL.get(code)


def enrichers() -> list[tuple[int, str, EnrichFn]]:
    load_builtin_rules()
    return list(_ENRICHERS)


def cross_document_analysers() -> dict[str, Callable[..., Any]]:
    load_builtin_rules()
    return dict(sorted(_CROSS.items()))
