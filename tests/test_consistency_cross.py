"""The cross-document report: facts that articles of one run state differently."""

from __future__ import annotations

import importlib.util
import pickle
from pathlib import Path

import pytest
from conftest import ROOT, audit_seed, audit_text

from auditor.config import Config
from auditor.registry import cross_document_analysers
from auditor_rules.consistency import analyse


def _cross() -> Config:
    config = Config()
    config.cross_document = True
    return config


def facts_of(text: str, path: str) -> tuple[str, dict]:
    result = audit_text(text, path=path, select=["CON"], config=_cross())
    return path, result.facts


def test_facts_are_recorded_only_for_a_cross_document_run() -> None:
    text = "Acme confirmed the deal on Monday."
    assert audit_text(text, select=["CON"]).facts == {}
    assert "consistency" in audit_text(text, select=["CON"], config=_cross()).facts


def statement(path: str, line: int, subject: str, polarity: int, **extra) -> dict:
    base = {
        "type": "statement",
        "subject": subject,
        "subject_text": subject.title(),
        "family": "ack",
        "polarity": polarity,
        "silence": False,
        "phrase": "confirmed the deal" if polarity > 0 else "has not confirmed the deal",
        "object_entities": [],
        "object_terms": ["deal", "grain"],
        "generic": False,
        "times": [],
        "shifted": False,
        "line": line,
        "excerpt": f"sentence {line}",
        "path": path,
    }
    base.update(extra)
    return base


def figure(path: str, line: int, value: float, **extra) -> dict:
    base = {
        "type": "quantity",
        "subject": "russia",
        "counted": "troop",
        "modifiers": [],
        "event": "deployed",
        "value": value,
        "low": value,
        "high": value,
        "hedge": None,
        "vague": False,
        "markers": [],
        "text": f"{value:,.0f}",
        "line": line,
        "excerpt": f"Russia sent {value:,.0f} troops.",
        "path": path,
    }
    base.update(extra)
    return base


def entries(*docs: tuple[str, list[dict]]) -> list[tuple[str, dict]]:
    return [(path, {"consistency": {"path": path, "claims": claims}}) for path, claims in docs]


def test_registered_for_cross_document() -> None:
    assert cross_document_analysers()["consistency"] is analyse


def test_opposite_statements_are_listed_with_both_sides() -> None:
    out = analyse(
        entries(("a.txt", [statement("a.txt", 3, "russia", 1)]), ("b.txt", [statement("b.txt", 7, "russia", -1)]))
    )
    assert [e["kind"] for e in out] == ["polarity"]
    assert out[0]["statements"] == [
        {"path": "a.txt", "line": 3, "excerpt": "sentence 3"},
        {"path": "b.txt", "line": 7, "excerpt": "sentence 7"},
    ]
    assert "a.txt" in out[0]["message"] and "b.txt" in out[0]["message"]


@pytest.mark.parametrize(
    "other",
    [
        statement("b.txt", 7, "russia", 1),  # agrees
        statement("b.txt", 7, "ukraine", -1),  # another subject
        statement("b.txt", 7, "russia", -1, shifted=True),  # "initially", "had denied"
        statement("b.txt", 7, "russia", -1, object_terms=["prisoner", "exchange"]),  # another matter
        statement("b.txt", 7, "russia", -1, family="deploy"),  # another predicate family
        statement("b.txt", 7, "russia", -1, times=["monday"]),  # dated differently...
    ],
)
def test_statements_that_do_not_disagree(other: dict) -> None:
    first = statement("a.txt", 3, "russia", 1, times=["friday"] if other["times"] else [])
    assert analyse(entries(("a.txt", [first]), ("b.txt", [other]))) == []


def test_silence_on_the_matter_meets_any_acknowledgement() -> None:
    silent = statement(
        "b.txt", 2, "russia", -1, silence=True, generic=True, object_terms=["matter"], phrase="remained silent"
    )
    out = analyse(entries(("a.txt", [statement("a.txt", 1, "russia", 1)]), ("b.txt", [silent])))
    assert len(out) == 1


def test_same_document_pairs_are_left_to_con002() -> None:
    same = [statement("a.txt", 1, "russia", 1), statement("a.txt", 5, "russia", -1)]
    assert analyse(entries(("a.txt", same))) == []


def test_disagreeing_figures_are_listed() -> None:
    out = analyse(entries(("a.txt", [figure("a.txt", 2, 5000)]), ("b.txt", [figure("b.txt", 4, 8000)])))
    assert [e["kind"] for e in out] == ["figure"]
    assert "5,000" in out[0]["message"] and "8,000" in out[0]["message"]


@pytest.mark.parametrize(
    "other",
    [
        figure("b.txt", 4, 5000),  # same figure
        figure("b.txt", 4, 10000, hedge="up to", low=0.0),  # a bound that holds
        figure("b.txt", 4, 5200, hedge="about", low=3900.0, high=6500.0),  # a hedge that overlaps
        figure("b.txt", 4, 1000, markers=["additional"]),  # another group
        figure("b.txt", 4, 9000, markers=["revision"]),  # a revised figure
        figure("b.txt", 4, 2000, vague=True, low=2000.0, high=99999.0),  # "thousands"
        figure("b.txt", 4, 8000, counted="tank"),  # another counted thing
        figure("b.txt", 4, 8000, event="killed"),  # another event
        figure("b.txt", 4, 8000, modifiers=["reserve"]),  # another group
        figure("b.txt", 4, 8000, context=[[], [], ["italy"]]),  # another party named
    ],
)
def test_figures_that_do_not_disagree(other: dict) -> None:
    assert analyse(entries(("a.txt", [figure("a.txt", 2, 5000)]), ("b.txt", [other]))) == []


def test_order_is_deterministic_and_input_tolerant() -> None:
    docs = entries(
        ("a.txt", [statement("a.txt", 1, "russia", 1), figure("a.txt", 2, 5000)]),
        ("b.txt", [statement("b.txt", 1, "russia", -1), figure("b.txt", 2, 7000)]),
        ("c.txt", [figure("c.txt", 9, 9000)]),
    )
    first = analyse(docs)
    assert first == analyse(list(reversed(docs)))
    assert [e["kind"] for e in first] == ["figure", "figure", "figure", "polarity"]
    assert analyse([]) == []
    assert analyse([("x.txt", {}), ("y.txt", {"consistency": None}), ("z.txt", {"consistency": {"claims": []}})]) == []


def test_facts_from_real_text_are_plain_data() -> None:
    _, facts = facts_of(
        "Russian Foreign Minister Sergei Lavrov confirmed the grain deal.\nRussia sent 5,000 troops to the border.\n",
        "a.txt",
    )
    data = facts["consistency"]
    assert pickle.loads(pickle.dumps(data)) == data
    kinds = sorted(c["type"] for c in data["claims"])
    assert kinds == ["quantity", "statement", "statement"]  # confirmed (line 1), sent (line 2)
    st = next(c for c in data["claims"] if c["type"] == "statement")
    assert st["subject"] == "russia" and st["line"] == 1 and st["path"] == "a.txt" and st["polarity"] == 1
    q = next(c for c in data["claims"] if c["type"] == "quantity")
    assert q["value"] == 5000 and q["counted"] == "troop" and q["line"] == 2


def test_end_to_end_on_written_articles() -> None:
    a = facts_of(
        "The Kremlin confirmed the grain deal with Turkey.\nRussia sent 5,000 troops to the border.\n", "a.txt"
    )
    b = facts_of(
        "Moscow has not confirmed the grain deal with Turkey.\nRussia sent 9,000 troops to the border.\n", "b.txt"
    )
    out = analyse([a, b])
    assert sorted(e["kind"] for e in out) == ["figure", "polarity"]
    by_kind = {e["kind"]: e for e in out}
    assert [(s["path"], s["line"]) for s in by_kind["polarity"]["statements"]] == [("a.txt", 1), ("b.txt", 1)]
    assert [(s["path"], s["line"]) for s in by_kind["figure"]["statements"]] == [("a.txt", 2), ("b.txt", 2)]


def test_seeds_cross_document() -> None:
    results = [audit_seed(prefix, select=["CON"], config=_cross()) for prefix in ("000", "001", "002", "003")]
    out = analyse([(r.doc.path, r.facts) for r in results])
    pairs = [[(Path(s["path"]).name[:3], s["line"]) for s in e["statements"]] for e in out]
    assert [("000", 1), ("001", 16)] in pairs
    # the worker figures of seeds 001-003 agree (5,000 + 1,000; "up to 10,000" is a bound)
    assert [e for e in out if e["kind"] == "figure"] == []
    assert all(e["kind"] == "polarity" for e in out)


def test_eval_harness_small_run() -> None:
    spec = importlib.util.spec_from_file_location("eval_consistency", ROOT / "bench" / "eval_consistency.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not module.DATA.is_file():
        pytest.skip("ContraDoc evaluation data is not present")
    rows = module.run(limit=40)
    assert rows and {"rule", "dataset", "precision", "recall", "f1", "reference", "notes"} <= set(rows[0])
    assert all(0.0 <= r["precision"] <= 1.0 for r in rows)


def test_release_lines_and_product_versions_are_not_totals() -> None:
    from conftest import audit_text, codes

    text = (
        "The project will release new versions of the 16.x, 18.x and 20.x release lines on Tuesday "
        "to address:\n\n- 7 medium severity issues.\n- 3 high severity issues.\n\n"
        "All versions of **Node.js 6** are vulnerable to:\n\n- 2 resource vulnerabilities\n"
        "- 2 input vulnerabilities\n"
    )
    assert codes(audit_text(text, path="a.md", select=["CON003"]), "CON003") == []


def test_a_total_before_a_colon_list_is_still_checked() -> None:
    from conftest import audit_text, codes

    text = "The release fixes 12 issues:\n\n- 7 medium severity issues.\n- 3 high severity issues.\n"
    assert len(codes(audit_text(text, path="a.md", select=["CON003"]), "CON003")) == 1


def test_a_list_of_counts_of_one_noun_announces_no_parts() -> None:
    from conftest import audit_text, codes

    text = (
        "The 20.x line is vulnerable to 3 high severity issues, 2 medium severity issues, and 2 low severity "
        "issues.\n\nThe 18.x line is vulnerable to 1 high severity issue, and 2 medium severity issues.\n\n"
        "The 16.x line is vulnerable to 1 high severity issue, and 2 medium severity issues.\n"
    )
    assert codes(audit_text(text, path="a.md", select=["CON003"]), "CON003") == []
