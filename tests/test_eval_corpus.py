"""bench/eval_corpus.py: findings meet labels by file, code and line (+-1), nearest quote first."""

from __future__ import annotations

import json
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
try:
    import eval_corpus
finally:
    sys.path.remove(str(ROOT / "bench"))


def _label(code: str, kind: str, line: int, start: int, end: int) -> dict:
    return {"file": "a.txt", "code": code, "kind": kind, "line": line, "quote": "x", "col_start": start, "col_end": end}


def test_a_finding_goes_to_the_nearest_label_only() -> None:
    labels = [
        _label("CIT004", "defect", 3, 1, 20),
        _label("CIT004", "trap", 3, 40, 60),
        _label("CIT004", "defect", 9, 1, 9),
    ]
    findings = [
        {"file": "a.txt", "code": "CIT004", "line": 3, "column": 5},  # inside the defect's quote
        {"file": "a.txt", "code": "CIT004", "line": 4, "column": 1},  # one line off: still the line-3 defect
        {"file": "a.txt", "code": "CON001", "line": 3, "column": 5},  # another code: unlabelled
        {"file": "b.txt", "code": "CIT004", "line": 3, "column": 5},  # another file: unlabelled
        {"file": "a.txt", "code": "CIT004", "line": 6, "column": 1},  # two lines from any label: unlabelled
    ]
    result = eval_corpus.score(labels, findings)
    fam = result["families"]["CIT004"]
    assert (fam["found"], fam["defects"], fam["trap_hits"], fam["traps"]) == (1, 2, 0, 1)
    assert result["overall"]["unlabelled"] == 3 and result["overall"]["unlabelled_in_labelled_families"] == 2


def test_a_finding_on_the_trap_counts_as_a_trap_hit() -> None:
    labels = [_label("LNG001", "defect", 2, 1, 10), _label("LNG001", "trap", 2, 30, 50)]
    result = eval_corpus.score(labels, [{"file": "a.txt", "code": "LNG001", "line": 2, "column": 35}])
    assert result["families"]["LNG001"]["trap_hits"] == 1 and result["overall"]["found"] == 0


def test_the_blind_corpus_run_gives_a_figure_for_every_labelled_family(capsys) -> None:
    assert eval_corpus.main(["--json", "--no-write"]) == 0
    result = json.loads(capsys.readouterr().out)
    labels = json.loads((eval_corpus.BLIND / "labels.json").read_text(encoding="utf-8"))
    assert set(result["families"]) == {label["code"] for label in labels}
    assert result["overall"]["defects"] == sum(label["kind"] == "defect" for label in labels)
    assert result["articles"] == 16
