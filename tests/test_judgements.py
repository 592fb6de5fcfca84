"""The hand judgements of findings on real pages (bench/judgements/eval-pages.jsonl) stay well formed.

Fast: no audit runs. bench/precision.py reads the file; these tests keep it valid, sorted and
free of duplicates, and check how findings are matched to judgements.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
JUDGEMENTS = BENCH / "judgements" / "eval-pages.jsonl"
KEYS = {"page", "code", "excerpt", "fingerprint", "judgement", "reason", "outside_body"}


def _precision():
    spec = importlib.util.spec_from_file_location("bench_precision", BENCH / "precision.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_precision"] = module
    spec.loader.exec_module(module)
    return module


def _lines() -> list[str]:
    return JUDGEMENTS.read_text(encoding="utf-8").splitlines()


def test_every_line_is_a_json_object_with_the_keys() -> None:
    lines = _lines()
    assert lines, "no judgements"
    for n, line in enumerate(lines, 1):
        row = json.loads(line)
        assert isinstance(row, dict), n
        assert set(row) == KEYS, (n, sorted(set(row) ^ KEYS))
        for key in KEYS - {"outside_body"}:
            assert isinstance(row[key], str), (n, key)
        assert isinstance(row["outside_body"], bool), n
        assert row["page"] and row["code"] and row["reason"].strip(), n
        assert len(row["excerpt"]) <= 120, n
        assert "/" not in row["page"], n


def test_judgements_are_tp_fp_or_unsure() -> None:
    values = {json.loads(line)["judgement"] for line in _lines()}
    assert values <= {"tp", "fp", "unsure"}, values


def test_outside_the_body_is_never_a_true_positive() -> None:
    for line in _lines():
        row = json.loads(line)
        if row["outside_body"]:
            assert row["judgement"] == "fp", row


def test_sorted_by_page_then_code_and_no_duplicates() -> None:
    rows = [json.loads(line) for line in _lines()]
    order = [(r["page"], r["code"]) for r in rows]
    assert order == sorted(order)
    keys = [(r["page"], r["code"], r["fingerprint"], r["excerpt"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_matching_by_fingerprint_then_excerpt() -> None:
    p = _precision()

    def finding(fp: str, excerpt: str, line: int = 1, code: str = "LNG002") -> dict:
        return {"page": "a.html", "code": code, "line": line, "column": 1, "excerpt": excerpt, "fingerprint": fp}

    def judged(fp: str, excerpt: str, verdict: str) -> dict:
        return {"page": "a.html", "code": "LNG002", "excerpt": excerpt, "fingerprint": fp, "judgement": verdict}

    judgements = [
        judged("f1", "Experts say so.", "tp"),
        judged("old", "Critics argue.", "fp"),
        judged("x", "Gone.", "fp"),
    ]
    findings = [
        finding("f1", "Experts say so.", 1),
        finding("f1", "Experts say so.", 9),  # the same sentence twice: both count
        finding("new", "Critics argue.", 3),  # fingerprint changed, excerpt did not
        finding("f2", "Experts say so.", 5),  # another finding: the used judgement is not reused
        finding("", "", 7, code="AUD005"),  # auditor's own notes are not judged
    ]
    pairs, unjudged, stale = p.match(findings, judgements)
    assert [(f["line"], j["judgement"]) for f, j in pairs] == [(1, "tp"), (9, "tp"), (3, "fp")]
    assert [f["line"] for f in unjudged] == [5]
    assert [j["excerpt"] for j in stale] == ["Gone."]
    rows = {r["rule"]: r for r in p.summarise(findings, pairs, unjudged)}
    assert rows["LNG002"]["precision"] == round(2 / 3, 3)
    assert rows["LNG002"]["unjudged"] == 1 and "AUD005" not in rows
