"""Accepted findings (`auditor accept`) and baselines, both keyed by content."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from workflow_helpers import BAD_URL, aside, check_json, doc_of, open_codes, run_cli

from auditor.model import Finding, Span
from auditor.reading.loaders import load_text
from auditor.workflow.ledger import fingerprint, normalise

ARTICLE = f"Headline\n\nThe ministry said the report is at {BAD_URL} today.\n\nA second claim cites http://bad example.org/x.\n"


def setup(tmp: Path) -> Path:
    (tmp / "auditor.toml").write_text('select = ["CIT"]\nas-of = 2026-11-23\n', encoding="utf-8")
    p = tmp / "news" / "a.txt"
    p.parent.mkdir(parents=True)
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def accept(tmp: Path, location: str, reason: str = "checked with the desk") -> tuple[int, str, str]:
    return run_cli(["accept", location, "--reason", reason], tmp)


def test_accept_writes_a_sorted_reviewable_file(tmp_path: Path) -> None:
    setup(tmp_path)
    code, out, err = accept(tmp_path, "news/a.txt:5:CIT001", "the desk confirmed the address")
    assert code == 0, err
    assert "accepted news/a.txt:5 CIT001" in out
    _, out, _ = run_cli(["check", "news"], tmp_path)
    location = next(line for line in out.splitlines() if line.startswith("news/a.txt:3:"))  # path:line:col: CODE
    code, _, err = accept(tmp_path, location.split(" [")[0].replace(": ", ":"))
    assert code == 0, err
    text = (tmp_path / ".auditor-accepted.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)["accepted"]
    assert [e["path"] for e in data] == ["news/a.txt", "news/a.txt"]
    assert data == sorted(data, key=lambda e: (e["path"], e["code"], e["fingerprint"]))
    assert {e["reason"] for e in data} == {"the desk confirmed the address", "checked with the desk"}
    before = text
    code, _, _ = accept(tmp_path, "news/a.txt:3:CIT001")  # accepting again changes nothing
    assert (tmp_path / ".auditor-accepted.toml").read_text(encoding="utf-8") == before


def test_accepted_finding_is_shown_with_its_reason_and_not_counted(tmp_path: Path) -> None:
    setup(tmp_path)
    accept(tmp_path, "news/a.txt:3:CIT001", 'quoted from the ministry\'s "own" page')
    _code, data = check_json(tmp_path, "news")
    d = doc_of(data, "a.txt")
    assert open_codes(d) == [("CIT001", 5)]
    assert aside(d) == [("CIT001", 3, "accepted")]
    assert d["set_aside"][0]["note"] == 'quoted from the ministry\'s "own" page'
    _rc, _, _ = run_cli(["check", "news", "--report-dir", "rep"], tmp_path)
    card = (tmp_path / "rep" / "a.txt.md").read_text(encoding="utf-8")
    assert "1 finding accepted" in card and "*Accepted* — quoted from the ministry" in card


def test_accepted_survives_a_moved_line_and_reopens_on_an_edit(tmp_path: Path) -> None:
    p = setup(tmp_path)
    accept(tmp_path, "news/a.txt:3:CIT001")
    p.write_text(
        "Headline\n\nA new first paragraph.\n\nAnother one.\n\n" + ARTICLE.split("\n\n", 1)[1], encoding="utf-8"
    )
    _, data = check_json(tmp_path, "news")
    assert aside(doc_of(data, "a.txt")) == [("CIT001", 7, "accepted")]
    p.write_text(ARTICLE.replace("The ministry said", "The ministry claimed"), encoding="utf-8")
    _, data = check_json(tmp_path, "news")
    d = doc_of(data, "a.txt")
    assert aside(d) == [] and open_codes(d) == [("CIT001", 3), ("CIT001", 5)]
    _, _, err = run_cli(["check", "news"], tmp_path)
    assert "news/a.txt: an accepted CIT001 entry matches no finding any more" in err


def test_accept_reports_what_is_there_when_nothing_matches(tmp_path: Path) -> None:
    setup(tmp_path)
    code, _, err = accept(tmp_path, "news/a.txt:3:CIT003")
    assert code == 2 and "no CIT003 finding at news/a.txt:3" in err and "CIT001" in err
    code, _, err = accept(tmp_path, "news/a.txt:CIT001")
    assert code == 2 and "PATH:LINE:CODE" in err
    assert not (tmp_path / ".auditor-accepted.toml").exists()


def test_baseline_hides_existing_findings_and_survives_edits_above(tmp_path: Path) -> None:
    p = setup(tmp_path)
    code, _, err = run_cli(["check", "news", "--write-baseline", "baseline.json"], tmp_path)
    assert code == 0 and "wrote 2 finding(s)" in err
    first = (tmp_path / "baseline.json").read_bytes()
    run_cli(["check", "news", "--write-baseline", "baseline.json"], tmp_path)
    assert (tmp_path / "baseline.json").read_bytes() == first  # deterministic
    rows = json.loads(first)["findings"]
    assert [r["path"] for r in rows] == ["news/a.txt", "news/a.txt"] and all("line" not in r for r in rows)

    code, data = check_json(tmp_path, "news", "--baseline", "baseline.json")
    d = doc_of(data, "a.txt")
    assert code == 0 and open_codes(d) == [] and len(aside(d)) == 2 and d["passed"]

    # Edits above the findings move them down: still in the baseline.
    p.write_text("Headline\n\nA new lead paragraph.\n\n" + ARTICLE.split("\n\n", 1)[1], encoding="utf-8")
    code, data = check_json(tmp_path, "news", "--baseline", "baseline.json")
    assert code == 0 and [s for _, _, s in aside(doc_of(data, "a.txt"))] == ["baseline", "baseline"]

    # A new problem is open; an edited sentence re-opens its finding.
    p.write_text(ARTICLE.replace("A second claim", "A changed claim") + f"\nNew {BAD_URL}.\n", encoding="utf-8")
    code, data = check_json(tmp_path, "news", "--baseline", "baseline.json")
    d = doc_of(data, "a.txt")
    assert code == 1
    assert open_codes(d) == [("CIT001", 5), ("CIT001", 7)]
    assert aside(d) == [("CIT001", 3, "baseline")]


def test_baseline_counts_identical_findings(tmp_path: Path) -> None:
    p = setup(tmp_path)
    p.write_text(f"Same {BAD_URL}.\n", encoding="utf-8")
    run_cli(["check", "news", "--write-baseline", "b.json"], tmp_path)
    p.write_text(f"Same {BAD_URL}.\n\nSame {BAD_URL}.\n", encoding="utf-8")
    _, data = check_json(tmp_path, "news", "--baseline", "b.json")
    d = doc_of(data, "a.txt")
    assert len(open_codes(d)) == 1 and len(aside(d)) == 1


def test_missing_or_broken_baseline_is_a_usage_error(tmp_path: Path) -> None:
    setup(tmp_path)
    code, _, err = run_cli(["check", "news", "--baseline", "nope.json"], tmp_path)
    assert code == 2 and "baseline file not found" in err
    (tmp_path / "bad.json").write_text("[1, 2]", encoding="utf-8")
    code, _, err = run_cli(["check", "news", "--baseline", "bad.json"], tmp_path)
    assert code == 2 and "not an auditor baseline" in err


def test_fingerprint_ignores_position_case_and_spacing() -> None:
    a = load_text("Intro.\n\nThe  Minister said X.\n")
    b = load_text("Intro.\n\nMore.\n\nMore.\n\nthe minister said  X.\n")
    fa = fingerprint(a, Finding("LNG001", Span(a.text.index("said"), a.text.index("said") + 4), "m"))
    fb = fingerprint(b, Finding("LNG001", Span(b.text.index("said"), b.text.index("said") + 4), "other message"))
    assert fa == fb
    assert fingerprint(a, Finding("LNG002", Span(a.text.index("said"), a.text.index("said") + 4), "m")) != fa
    assert normalise("“Quote” — here\u00a0now") == '"quote" - here now'
