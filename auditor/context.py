"""What a rule may know besides the document: configuration, dates, page facts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from auditor.config import Config


@dataclass(slots=True)
class Context:
    """Per-document context built by the runner; rules never read files or the network.

    ``facts`` is where rules leave what cross-document analysers compare later
    (it must stay picklable: plain dicts, lists, strings and numbers).
    ``pages`` maps a normalised URL to what online checks learnt about it.
    """

    config: Config
    as_of: dt.date
    pages: dict[str, Any] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)
    shared: dict[str, Any] = field(default_factory=dict)

    def options(self, code: str, defaults: dict[str, Any]) -> dict[str, Any]:
        """A rule's options: its documented defaults overlaid with the config."""
        merged = dict(defaults)
        merged.update({k.replace("-", "_"): v for k, v in self.config.rule_options(code).items()})
        return merged
