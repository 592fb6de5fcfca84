"""The blind corpus's labels stay true to its files, and the files stay frozen.

The blind corpus (bench/corpus/blind) was written before any rule was tuned on it; its
recall figures mean something only while no article changes, so SHA256SUMS pins them.
"""

from __future__ import annotations

import hashlib
import json
import re

import pytest
from conftest import ROOT

BLIND = ROOT / "bench" / "corpus" / "blind"
ARTICLE_SUFFIXES = {".txt", ".md", ".html"}


def _labels() -> list[dict]:
    return json.loads((BLIND / "labels.json").read_text(encoding="utf-8"))


def test_every_label_is_well_formed_and_points_at_its_quote() -> None:
    labels = _labels()
    assert labels, "labels.json is empty"
    for label in labels:
        assert set(label) == {"file", "code", "kind", "line", "quote", "note"}, label
        assert label["kind"] in ("defect", "trap"), label
        assert re.fullmatch(r"[A-Z]{3}\d{3}", label["code"]), label
        path = BLIND / label["file"]
        assert path.is_file(), f"{label['file']} does not exist"
        lines = path.read_text(encoding="utf-8").split("\n")
        assert 1 <= label["line"] <= len(lines), label
        assert label["quote"] and label["quote"] in lines[label["line"] - 1], label


def test_every_article_has_labels() -> None:
    labelled = {label["file"] for label in _labels()}
    articles = {p.name for p in BLIND.iterdir() if p.suffix in ARTICLE_SUFFIXES}
    assert articles == labelled


def test_the_corpus_is_frozen() -> None:
    sums = BLIND / "SHA256SUMS"
    if not sums.exists():
        pytest.skip("the blind corpus is not frozen yet")
    recorded = {}
    for row in sums.read_text(encoding="utf-8").splitlines():
        digest, name = row.split(maxsplit=1)
        recorded[name.lstrip("*")] = digest
    actual = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(BLIND.iterdir())
        if p.suffix in ARTICLE_SUFFIXES or p.name == "labels.json"
    }
    assert recorded == actual
