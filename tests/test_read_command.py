"""``auditor read PATH [--format json]``: what auditor read of an article (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor.cli import main

FIELDS = {"path", "title", "published", "published_source", "words", "text", "citations"}

ARTICLES = {
    "a.txt": (
        "Flood closes the valley road\n\nKYIV, March 3, 2025 - The road closed after many analysts\n"
        "suggest it is unsafe [1].\n\nSources:\n[1] https://example.org/news/2025/03/road\n"
    ),
    "a.md": (
        '+++\ntitle = "Flood closes the valley road"\ndate = 2025-03-03\n+++\n\nThe road closed after many analysts\n'
        "suggest it is unsafe [^1]. Run `htp://not.prose` here.\n\n[^1]: https://example.org/news/2025/03/road\n"
    ),
    "a.html": (
        "<html><head><title>Flood closes the valley road</title>"
        "<meta property='article:published_time' content='2025-03-03T08:00:00Z'></head><body><article>\n"
        "<p>The road closed after many analysts suggest it is unsafe.<sup><a href='#fn1'>1</a></sup></p>\n"
        "<ol><li id='fn1'><a href='https://example.org/news/2025/03/road'>Council notice</a></li></ol>\n"
        "</article></body></html>"
    ),
}
SOURCES = {"a.txt": "text", "a.md": "front-matter", "a.html": "meta"}
ENTRY_LINE = {"a.txt": 7, "a.md": 9, "a.html": 3}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().out


@pytest.mark.parametrize("name", list(ARTICLES))
def test_read_json_gives_what_the_rules_see(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    path.write_text(ARTICLES[name], encoding="utf-8")
    code, out = _run(["read", str(path), "--format", "json"], capsys)
    assert code == 0
    info = json.loads(out)
    assert set(info) >= FIELDS
    assert info["path"] == str(path) and info["title"] == "Flood closes the valley road"
    assert info["published"] == "2025-03-03" and info["published_source"] == SOURCES[name]
    assert "many analysts suggest" in info["text"]  # the soft break joined, as the rules read it
    assert "htp://" not in info["text"] and "<" not in info["text"]
    assert info["words"] >= 8
    (c,) = info["citations"]
    assert c["url"] == "https://example.org/news/2025/03/road" and c["line"] == ENTRY_LINE[name]
    assert c["marker"] == {"a.md": "[^1]"}.get(name, "[1]")


def test_read_text_prints_header_text_and_citations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLES["a.txt"], encoding="utf-8")
    code, out = _run(["read", str(path), "--as-of", "2025-06-01"], capsys)
    assert code == 0
    assert "title: Flood closes the valley road" in out
    assert "published: 2025-03-03 (from text" in out
    assert "--- text the rules see ---" in out and "--- citations (1) ---" in out
    assert "line    7  [1]" in out


def test_read_refuses_a_folder_or_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", str(tmp_path)]) == 2
    assert main(["read", str(tmp_path / "missing.md")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_read_says_why_a_file_was_not_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    code, out = _run(["read", str(path), "--format", "json"], capsys)
    info = json.loads(out)
    assert code == 1 and info["not_audited"] == "the file is empty" and info["citations"] == []
