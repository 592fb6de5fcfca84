"""What a rule is: its documentation page, its metadata, the function that checks.

These types live apart from :mod:`auditor.registry` so that the run's own AUD
findings (:mod:`auditor.internal`) can be described as rules without the
registry and its catalogue importing each other.
"""

from __future__ import annotations

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
