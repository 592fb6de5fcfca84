"""Hostile text in reports: invisible, control and bidi characters are shown, Markdown cannot break."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from auditor.cli import main
from auditor.reading.excerpts import has_invisible, visible
from auditor.reporting.markdown import code, esc

AS_OF = ["--as-of", "2025-01-01"]
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f\u200b\u202a-\u202e\u2066-\u2069\ufeff]")
HOSTILE = (
    "Title \x1b[31mred\x07\n\n"
    "The minister said it [1]. The file \u202egnp.exe is named here, and Analysts suggest it is the best ever.\n\n"
    "[1] https://reu\u200bters.com/world/2024/report\n"
)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\x1b[31m", "a\\x1b[31m"),
        ("\u202egnp.exe", "\\u202egnp.exe"),
        ("reu\u200bters", "reu\\u200bters"),
        ("x\u2066y\u2069", "x\\u2066y\\u2069"),
        ("\ufeffBOM", "\\ufeffBOM"),
        ("bell\x07", "bell\\x07"),
    ],
)
def test_visible_shows_what_readers_cannot_see(text: str, shown: str) -> None:
    assert has_invisible(text) and visible(text) == shown


@pytest.mark.parametrize("text", ["plain text", "Zürich – «quoted» 2024", "می\u200cخواهم", "tab\there", "京都"])
def test_visible_leaves_ordinary_text_alone(text: str) -> None:
    assert not has_invisible(text) and visible(text) == text


def test_markdown_escapes_show_invisible_characters_and_keep_tables_whole() -> None:
    assert esc("a\u202eb") == "a\\u202eb"
    assert esc("<script>|x") == "&lt;script&gt;\\|x"
    assert code("a|b.txt", table=True) == "`a\\|b.txt`"
    assert code("line\nbreak") == "`line break`"


def _tree(tmp_path: Path) -> Path:
    tree = tmp_path / "news"
    tree.mkdir()
    (tree / "a|b.txt").write_text(HOSTILE, encoding="utf-8")
    (tree / "<b>x\u202e.txt").write_text(HOSTILE, encoding="utf-8")
    return tree


def test_scorecards_and_index_carry_no_raw_control_or_bidi_character(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    rep = tmp_path / "rep"
    main(["check", str(tree), "--report-dir", str(rep), *AS_OF, "-q"])
    for card in rep.glob("*.md"):
        text = card.read_text(encoding="utf-8")
        assert not RAW.search(text), card.name
    index = (rep / "index.md").read_text(encoding="utf-8")
    rows = [line for line in index.splitlines() if line.startswith("| [")]
    assert len(rows) == 2
    assert all(row.count(" | ") == rows[0].count(" | ") for row in rows)  # no cell split by a "|"
    assert "<b>" not in re.sub(r"`[^`]*`", "", index)  # raw HTML only inside code spans, where it is text
    assert "\\x1b" in index and "\\u202e" in index


def test_text_and_github_output_show_escapes(tmp_path: Path, capsys) -> None:
    tree = _tree(tmp_path)
    main(["check", str(tree), *AS_OF])
    out = capsys.readouterr().out
    assert not RAW.search(out) and "\\u200b" in out and "\\u202e" in out
    main(["check", str(tree), *AS_OF, "--format", "github"])
    out = capsys.readouterr().out
    assert not RAW.search(out) and out.count("\n") == out.count("::") // 2 + 1  # one line per annotation


def test_json_keeps_the_exact_text(tmp_path: Path, capsys) -> None:
    tree = _tree(tmp_path)
    main(["check", str(tree), *AS_OF, "--format", "json"])
    docs = json.loads(capsys.readouterr().out)["documents"]
    assert any("\u202e" in d["path"] for d in docs)  # machine formats keep the bytes; JSON escapes them itself


def test_an_invisible_character_in_a_host_is_cit001(tmp_path: Path, capsys) -> None:
    tree = tmp_path / "n"
    tree.mkdir()
    (tree / "a.txt").write_text(HOSTILE, encoding="utf-8")
    main(["check", str(tree), *AS_OF, "--format", "json", "--select", "CIT001"])
    findings = json.loads(capsys.readouterr().out)["documents"][0]["findings"]
    assert [f["code"] for f in findings] == ["CIT001"]
    assert "reu\\u200bters.com" in findings[0]["message"] and "invisible" in findings[0]["message"]


def test_ordinary_international_hosts_are_left_alone(tmp_path: Path, capsys) -> None:
    tree = tmp_path / "n"
    tree.mkdir()
    body = "Title\n\nThe ministry said so [1].\n\n[1] https://bücher.de/a/2024/report\n"
    (tree / "a.txt").write_text(body, encoding="utf-8")
    main(["check", str(tree), *AS_OF, "--format", "json", "--select", "CIT001"])
    assert json.loads(capsys.readouterr().out)["documents"][0]["findings"] == []


def test_notes_and_errors_about_hostile_file_names_stay_on_one_line(tmp_path: Path, capsys) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "a.txt").write_text("Title\n\nText.\n", encoding="utf-8")
    outside = tmp_path / "x.txt"
    outside.write_text("x\n", encoding="utf-8")
    (tree / "evil\n\x1b[2Jname.txt").symlink_to(outside)
    main(["check", str(tree), *AS_OF, "-q"])
    err = capsys.readouterr().err
    note = [line for line in err.splitlines() if "outside the audited folder" in line]
    assert len(note) == 1 and "evil\\n\\x1b[2Jname.txt" in note[0] and "\x1b" not in err
    assert main(["check", str(tmp_path / "no\x1bsuch")]) == 2
    assert "\x1b" not in capsys.readouterr().err
