"""The pure-Python sentence splitter: chosen when blingfire cannot load, same sentences on the seeds."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

from auditor.model import Span
from auditor.reading import segment
from auditor.reading.loaders import load_path
from auditor.reading.sentences_py import split_offsets


def _pieces(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in split_offsets(text) if text[a:b].strip()]


@pytest.fixture
def no_blingfire(monkeypatch: pytest.MonkeyPatch):
    """A machine where blingfire's library cannot load (no binary for the platform, numpy missing)."""

    def missing() -> None:
        raise OSError("libblingfiretokdll.so: cannot open shared object file")

    monkeypatch.setattr(segment, "_native_splitter", missing)
    monkeypatch.setattr(segment, "_wrapper_splitter", missing)
    segment._sentence_splitter.cache_clear()
    yield
    segment._sentence_splitter.cache_clear()


def test_fallback_is_chosen_when_blingfire_cannot_load(no_blingfire: None) -> None:
    assert segment.splitter_name() == "python"
    text = "Dr. Smith came. He left."
    assert [s.text for s in segment.split_sentences(text, [Span(0, len(text))])] == ["Dr. Smith came.", "He left."]


def test_a_library_that_answers_wrongly_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(segment, "_native_splitter", lambda: lambda chunk: [(0, 1)])
    monkeypatch.setattr(segment, "_wrapper_splitter", lambda: lambda chunk: [])
    segment._sentence_splitter.cache_clear()
    try:
        assert segment.splitter_name() == "python"
    finally:
        monkeypatch.undo()
        segment._sentence_splitter.cache_clear()
    assert segment.splitter_name() == "blingfire"  # this machine's library loads and passes the probe


def test_fallback_gives_blingfires_sentences_on_the_seeds(monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = sorted(SEEDS.glob("*.*"))
    segment._sentence_splitter.cache_clear()
    assert segment.splitter_name() == "blingfire"
    with_blingfire = [[(s.span, s.text) for s in load_path(p).sentences] for p in seeds]
    monkeypatch.setenv(segment.SPLITTER_ENV, "python")
    segment._sentence_splitter.cache_clear()
    try:
        assert segment.splitter_name() == "python"
        with_fallback = [[(s.span, s.text) for s in load_path(p).sentences] for p in seeds]
    finally:
        segment._sentence_splitter.cache_clear()
    assert sum(len(x) for x in with_blingfire) > 50
    assert with_fallback == with_blingfire


def test_seed_reports_are_byte_identical_with_the_fallback(tmp_path: Path) -> None:
    env = {**os.environ, segment.SPLITTER_ENV: "python"}
    env.pop("GITHUB_STEP_SUMMARY", None)
    code = "from auditor.reading.segment import splitter_name; print(splitter_name())"
    assert subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout == "python\n"
    cmd = [sys.executable, "-m", "auditor", "check", "seeds", "--report-dir", str(tmp_path / "r"), "--quiet"]
    subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    expected = sorted(p.name for p in (ROOT / "reports").glob("*.md"))
    assert sorted(p.name for p in (tmp_path / "r").glob("*.md")) == expected
    for name in expected:
        assert (tmp_path / "r" / name).read_bytes() == (ROOT / "reports" / name).read_bytes(), name


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Mr. Smith went to Washington. He said hi.", ["Mr. Smith went to Washington.", "He said hi."]),
        ("J. K. Rowling wrote it. (See below.) Fine.", ["J. K. Rowling wrote it.", "(See below.)", "Fine."]),
        ("It costs $5.00 in the U.S. Army. And more.", ["It costs $5.00 in the U.S. Army.", "And more."]),
        ("He lives in the U.S. The rest is fine.", ["He lives in the U.S.", "The rest is fine."]),
        ('He said "Stop." Then he left.', ['He said "Stop."', "Then he left."]),
        ("Is it? Yes! No... maybe. ok then", ["Is it?", "Yes!", "No... maybe. ok then"]),
        ("It ended. 2020 was good.", ["It ended. 2020 was good."]),
        ("Sen. Warren (D-Mass.) said so. Ok.", ["Sen. Warren (D-Mass.) said so.", "Ok."]),
        ("Word.Next word.", ["Word.Next word."]),
        ("日本語の文です。二つ目の文です。", ["日本語の文です。", "二つ目の文です。"]),
    ],
)
def test_fallback_boundaries(text: str, sentences: list[str]) -> None:
    """Where a sentence ends and where it does not (titles, initials, abbreviations, digits, CJK)."""
    assert _pieces(text) == sentences


def test_fallback_offsets_stay_in_order_on_hostile_text() -> None:
    rng = random.Random(11)
    alphabet = [*"ab XY.!?\n\t\"'(1", "é", "你", "。", "！", "…", "\u200b", "\x00", "»", "”"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60)))
        offsets = split_offsets(text)
        flat = [k for pair in offsets for k in pair]
        assert flat == sorted(flat) and all(0 <= k <= len(text) for k in flat), repr(text)
        assert all(a < b for a, b in offsets), repr(text)
