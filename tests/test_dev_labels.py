"""The development corpus's labels point at their quotes, so eval_dev.py matches real lines.

A label whose line drifted from its quote would count a defect as missed (or a trap as
safe) for the wrong reason; every labels-*.json of bench/corpus/dev is checked.
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT

DEV = ROOT / "bench" / "corpus" / "dev"
ARTICLE_SUFFIXES = {".txt", ".md", ".html"}
LABEL_FILES = sorted(DEV.glob("labels-*.json"))


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda p: p.name)
def test_every_label_is_well_formed_and_points_at_its_quote(path) -> None:
    labels = json.loads(path.read_text(encoding="utf-8"))
    assert labels, f"{path.name} is empty"
    for label in labels:
        assert set(label) == {"file", "code", "kind", "line", "quote", "note"}, label
        assert label["kind"] in ("defect", "trap"), label
        assert re.fullmatch(r"[A-Z]{3}\d{3}", label["code"]), label
        article = DEV / label["file"]
        assert article.is_file(), f"{label['file']} does not exist"
        lines = article.read_text(encoding="utf-8").split("\n")
        assert 1 <= label["line"] <= len(lines), label
        assert label["quote"] and label["quote"] in lines[label["line"] - 1], label
        assert label["note"].strip(), label


def test_every_new_article_has_defects_and_traps() -> None:
    """Each held-out article (new-*) carries labelled defects and look-alike traps."""
    path = DEV / "labels-new.json"
    if not path.exists():
        pytest.skip("no held-out batch yet")
    labels = json.loads(path.read_text(encoding="utf-8"))
    articles = {p.name for p in DEV.glob("new-*") if p.suffix in ARTICLE_SUFFIXES}
    assert articles == {label["file"] for label in labels}
    for name in articles:
        kinds = [label["kind"] for label in labels if label["file"] == name]
        assert kinds.count("defect") >= 8, name
        assert kinds.count("trap") >= kinds.count("defect"), name
