"""Every rule is documented, and its documented examples really behave as documented."""

from __future__ import annotations

import re
import textwrap

import pytest
from conftest import audit_text, codes

from auditor.registry import CATEGORIES, all_rules, internal_rules

RULES = all_rules()


def test_codes_are_well_formed_and_unique() -> None:
    seen = set()
    for r in [*RULES, *internal_rules()]:
        assert re.fullmatch(r"[A-Z]{3}\d{3}", r.code), r.code
        assert re.fullmatch(r"[a-z]+(-[a-z0-9]+)*", r.name), r.name
        assert r.code not in seen
        seen.add(r.code)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule) -> None:
    assert rule.category in CATEGORIES
    for part in ("what", "why", "flag", "ok"):
        assert len(getattr(rule.docs, part).strip()) > 10, f"{rule.code}: docs.{part} is missing"
    page = rule.documentation()
    assert page.startswith(f"# {rule.code} {rule.name}")
    assert "## How to silence it" in page


@pytest.mark.parametrize("rule", [r for r in RULES if not r.online], ids=lambda r: r.code)
def test_documented_examples_behave(rule) -> None:
    """The "Flagged" example must be flagged, the "Left alone" one must not."""
    flagged = audit_text(textwrap.dedent(rule.docs.flag).strip() + "\n", select=[rule.code])
    assert codes(flagged, rule.code), f"{rule.code}: its documented example is not flagged"
    ok = audit_text(textwrap.dedent(rule.docs.ok).strip() + "\n", select=[rule.code])
    assert not codes(ok, rule.code), f"{rule.code}: its documented counter-example is flagged"
