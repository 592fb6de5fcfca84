"""Front matter in YAML (``---``) and TOML (``+++``), and front matter that cannot be read (AUD006)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, audit_text, codes

from auditor.reading.loaders import load_text

BODY = "\nThe valley road closed on Monday after heavy rain, the council said.\n"


@pytest.mark.parametrize(
    "front",
    [
        '---\ntitle: "Flood closes valley road"\ndate: 2025-03-14\n---\n',
        "---\ntitle: Flood closes valley road\ndate: 2025-03-14T09:30:00Z\n...\n",
        '+++\ntitle = "Flood closes valley road"\ndate = 2025-03-14\n+++\n',
        '+++\ntitle = "Flood closes valley road"\ndate = 2025-03-14T09:30:00+01:00\n+++\n',
        '+++\ntitle = "Flood closes valley road"\npublished = "2025-03-14"\n+++\n',
    ],
)
def test_yaml_and_toml_front_matter_give_title_and_date(front: str) -> None:
    result = audit_text(front + BODY, "a.md")
    doc = result.doc
    assert doc.meta.title == "Flood closes valley road"
    assert doc.meta.published == dt.date(2025, 3, 14) and doc.meta.published_source == "front-matter"
    assert codes(result, "AUD006") == []
    assert doc.text.startswith("The valley road") and doc.position(0) == (front.count("\n") + 2, 1)


@pytest.mark.parametrize(
    ("front", "line", "words"),
    [
        ('---\ntitle: "Flood closes\ndate: 2025-03-14\n---\n', 4, "YAML"),
        ("---\ntitle: [Flood\n---\n", 3, "YAML"),
        ("---\n- a list\n- not fields\n---\n", 1, "not a set"),
        ('+++\ntitle = "Flood\ndate = 2025-03-14\n+++\n', 2, "TOML"),
        ("+++\ntitle = Flood\n+++\n", 2, "TOML"),
        ("---\ntitle: never closed\n", 1, "never closed"),
    ],
)
def test_unreadable_front_matter_is_a_warning_and_the_body_is_audited(front: str, line: int, words: str) -> None:
    result = audit_text(front + BODY + "Many analysts suggest it will flood again.\n", "a.md")
    (f,) = codes(result, "AUD006")
    assert words in f.message and f.evidence["line"] == line
    assert codes(result, "LNG002"), "the body is still audited"


def test_a_run_over_toml_and_broken_front_matter_completes(tmp_path: Path) -> None:
    (tmp_path / "toml.md").write_text('+++\ntitle = "A"\ndate = 2025-03-14\n+++\n' + BODY, encoding="utf-8")
    (tmp_path / "broken.md").write_text('---\ntitle: "A\n---\n' + BODY, encoding="utf-8")
    (tmp_path / "plain.md").write_text("# No front matter\n" + BODY, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "auditor", "check", str(tmp_path), "--as-of", "2025-06-01", "--fail-on", "error"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "broken.md:3:1: AUD006" in done.stdout and "3 article(s) audited" in done.stdout


def test_a_thematic_break_at_the_top_is_not_front_matter() -> None:
    doc = load_text("---\n\nText after a rule.\n\n---\n", "a.md")
    assert doc.meta.front_matter_note is None or "never closed" not in doc.meta.front_matter_note[0]
    assert "Text after a rule." in doc.text


@pytest.mark.parametrize(
    "block",
    [
        'title: "Flood closes valley road"\ndate: 2025-03-14\ntags:\n  - weather\n  - roads\nby:\n- A. Writer\n',
        "title: Flood’s toll\nparams:\n  doi: '10.5/x'\n  draft: no\nweight: 1.5e3\nwhen: 2025-03-14T09:30:00Z\n",
        "summary: a tab\tinside a plain value\n",  # libyaml reads it; PyYAML refuses it, and so does auditor
        "title: [unclosed\n",
        "a: 1\na: 2\n",
        "title: broken \x85 line\n",
    ],
)
def test_yaml_front_matter_reads_as_yaml_safe_load_reads_it(block: str) -> None:
    """libyaml parses where it reads a block as PyYAML does; the value, or the refusal, is PyYAML's."""
    import yaml

    from auditor.reading.loaders.markdown import _load_yaml, _Unreadable

    try:
        expected = ("ok", repr(yaml.safe_load(block)))
    except yaml.YAMLError:
        expected = ("error", "")
    try:
        got = ("ok", repr(_load_yaml(block)))
    except _Unreadable:
        got = ("error", "")
    assert got == expected
