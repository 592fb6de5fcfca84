"""The rule-test helper must not let a crashing rule pass as "flags nothing"."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes

from auditor.registry import all_rules

TEXT = "Analysts suggest the dam is the largest ever built, according to nobody.\n"


@pytest.fixture
def broken_lng002(monkeypatch: pytest.MonkeyPatch) -> None:
    rule = next(r for r in all_rules() if r.code == "LNG002")

    def boom(doc: object, ctx: object) -> list[object]:
        raise RuntimeError("boom")

    monkeypatch.setattr(rule, "check", boom)


def test_a_crash_fails_the_test(broken_lng002: None) -> None:
    with pytest.raises(AssertionError, match=r"LNG002.*boom"):
        audit_text(TEXT, select=["LNG002"])


def test_a_test_about_crashes_can_ask_for_them(broken_lng002: None) -> None:
    result = audit_text(TEXT, select=["LNG002"], allow_crash=True)
    assert [f.evidence.get("rule") for f in codes(result, "AUD001")] == ["LNG002"]
    assert not codes(result, "LNG002")


def test_every_rule_runs_without_crashing_on_its_own_examples() -> None:
    """The documented examples are audited by test_registry; here: the helper sees no crash on them."""
    for rule in all_rules():
        if rule.online:
            continue
        for example in (rule.docs.flag, rule.docs.ok):
            audit_text(example, select=[rule.code])  # raises on a crash
