"""Inline suppressions (Markdown and HTML), AUD004, and per-file ignores."""

from __future__ import annotations

from pathlib import Path

from workflow_helpers import BAD_URL, aside, check_json, doc_of, open_codes, run_cli

from auditor.reading.loaders import load_text
from auditor.workflow.suppress import glob_regex, parse_directives, parse_per_file_ignores


def write(tmp: Path, name: str, text: str) -> Path:
    p = tmp / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def test_ignore_next_line_in_markdown(tmp_path: Path) -> None:
    write(tmp_path, "a.md", f"# T\n\n<!-- auditor: ignore[CIT001] -->\nSee {BAD_URL} now.\n\nAlso {BAD_URL} here.\n")
    _, data = check_json(tmp_path, "a.md")
    d = doc_of(data, "a.md")
    assert open_codes(d) == [("CIT001", 6)]
    assert aside(d) == [("CIT001", 4, "suppressed")]
    assert "ignore[CIT001]" in d["set_aside"][0]["note"]


def test_ignore_on_the_same_line_and_skips_blank_lines(tmp_path: Path) -> None:
    text = (
        f"# T\n\nSee {BAD_URL} now. <!-- auditor: ignore[CIT001] -->\n\n<!-- auditor: ignore[CIT] -->\n\nX {BAD_URL}.\n"
    )
    write(tmp_path, "a.md", text)
    _, data = check_json(tmp_path, "a.md")
    d = doc_of(data, "a.md")
    assert open_codes(d) == []
    assert aside(d) == [("CIT001", 3, "suppressed"), ("CIT001", 7, "suppressed")]


def test_ignore_in_html_with_several_codes_and_bare(tmp_path: Path) -> None:
    html = (
        "<html><body>\n<p>One <a href='http://exa mple.com/a'>link</a>.</p>\n"
        "<!-- auditor: ignore[LNG001, CIT001] -->\n<p>Two <a href='http://exa mple.com/b'>link</a>.</p>\n"
        "<!-- auditor: ignore -->\n<p>Three <a href='http://exa mple.com/c'>link</a>.</p>\n</body></html>\n"
    )
    write(tmp_path, "a.html", html)
    _, data = check_json(tmp_path, "a.html")
    d = doc_of(data, "a.html")
    assert [c for c in open_codes(d) if c[0] != "AUD004"] == [("CIT001", 2)]
    assert [(c, line) for c, line, _ in aside(d)] == [("CIT001", 4), ("CIT001", 6)]


def test_disable_enable_block(tmp_path: Path) -> None:
    text = (
        "# T\n\nBefore "
        + BAD_URL
        + ".\n\n<!-- auditor: disable[CIT001] checked by the desk -->\n"
        + f"In {BAD_URL}.\n\nAnd {BAD_URL}.\n<!-- auditor: enable[CIT001] -->\n\nAfter {BAD_URL}.\n"
    )
    write(tmp_path, "a.md", text)
    _, data = check_json(tmp_path, "a.md")
    d = doc_of(data, "a.md")
    assert open_codes(d) == [("CIT001", 3), ("CIT001", 11)]
    assert [line for _, line, _ in aside(d)] == [6, 8]
    assert d["set_aside"][0]["note"].endswith("checked by the desk")


def test_disable_without_enable_runs_to_the_end(tmp_path: Path) -> None:
    write(tmp_path, "a.md", f"# T\n\n<!-- auditor: disable -->\n\nA {BAD_URL}.\n\nB {BAD_URL}.\n")
    _, data = check_json(tmp_path, "a.md")
    d = doc_of(data, "a.md")
    assert open_codes(d) == [] and len(aside(d)) == 2
    assert d["passed"]


def test_unused_suppression_is_reported_at_the_comment(tmp_path: Path) -> None:
    text = "# T\n\n<!-- auditor: ignore[CIT001] -->\nA clean sentence.\n\n<!-- auditor: ignore[CIT001,CIT003] -->\n"
    text += f"B {BAD_URL}.\n\n<!-- auditor: ignroe[CIT001] -->\n\n<!-- auditor: ignore[ZZZ999] -->\nC.\n"
    text += "<!-- auditor: enable[CIT002] -->\n<!-- auditor: ignore[CIT002] -->\nD.\n"
    write(tmp_path, "a.md", text)
    _, data = check_json(tmp_path, "a.md", select="CIT001,CIT003")
    d = doc_of(data, "a.md")
    aud = [(f["line"], f["message"]) for f in d["findings"] if f["code"] == "AUD004"]
    lines = [line for line, _ in aud]
    assert lines == [3, 6, 9, 11, 13]  # CIT002 did not run: its suppression is not judged
    assert "silences no CIT001 finding on line 4" in aud[0][1]
    assert "CIT003" in aud[1][1] and "Remove CIT003 from it" in aud[1][1]
    assert "not understood" in aud[2][1]
    assert "ZZZ999" in aud[3][1]
    assert "no matching `disable`" in aud[4][1]
    assert all(f["severity"] == "warning" for f in d["findings"] if f["code"] == "AUD004")
    assert d["findings"][0]["excerpt"].startswith("<!-- auditor: ignore[CIT001]")


def test_unused_suppression_can_be_turned_off(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "# T\n\n<!-- auditor: ignore[CIT001] -->\nA clean sentence.\n")
    code, out, _ = run_cli(["check", "a.md", "--select", "CIT", "--ignore", "AUD004"], tmp_path)
    assert code == 0 and "AUD004" not in out


def test_other_comments_are_left_alone() -> None:
    doc = load_text("# T\n\n<!-- TODO: check this -->\n<!-- auditors say -->\nText.\n", "a.md")
    assert parse_directives(doc) == ([], [])


def test_suppressed_count_in_scorecard_and_summary(tmp_path: Path) -> None:
    body = "".join(f"<!-- auditor: ignore[CIT001] -->\nLine {i} {BAD_URL}.\n\n" for i in range(3))
    write(tmp_path, "a.md", "# T\n\n" + body)
    code, out, _ = run_cli(["check", "a.md", "--select", "CIT", "--report-dir", "rep"], tmp_path)
    assert code == 0
    assert "3 findings suppressed" in out
    card = (tmp_path / "rep" / "a.md.md").read_text(encoding="utf-8")
    assert "3 findings suppressed: not counted" in card
    assert "## Set aside (not counted)" in card
    assert "3 findings suppressed (not counted)" in (tmp_path / "rep" / "index.md").read_text(encoding="utf-8")


def test_per_file_ignores_from_config(tmp_path: Path) -> None:
    (tmp_path / "auditor.toml").write_text(
        '[per-file-ignores]\n"archive/**" = ["CIT001"]\n"legacy-*.txt" = "CIT"\n', encoding="utf-8"
    )
    write(tmp_path, "archive/2019/old.txt", f"Old story {BAD_URL}.\n")
    write(tmp_path, "news/new.txt", f"New story {BAD_URL}.\n")
    write(tmp_path, "news/legacy-1.txt", f"Legacy story {BAD_URL}.\n")
    _, data = check_json(tmp_path, ".")
    assert open_codes(doc_of(data, "new.txt")) == [("CIT001", 1)]
    old = doc_of(data, "old.txt")
    assert open_codes(old) == [] and aside(old) == [("CIT001", 1, "suppressed")]
    assert old["set_aside"][0]["note"] == 'per-file-ignores "archive/**"'
    assert aside(doc_of(data, "legacy-1.txt")) == [("CIT001", 1, "suppressed")]


def test_per_file_ignores_globs() -> None:
    assert glob_regex("archive/**").match("archive/2019/a.txt")
    assert not glob_regex("archive/*").match("archive/2019/a.txt")
    assert glob_regex("**/drafts/*.md").match("x/y/drafts/a.md")
    assert glob_regex("**/drafts/*.md").match("drafts/a.md")
    [entry] = parse_per_file_ignores({"archive": ["DAT"]}, "test")
    assert entry.applies_to("archive/2019/a.txt") and not entry.applies_to("news/a.txt")


def test_bad_per_file_ignores_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "auditor.toml").write_text('per-file-ignores = ["x"]\n', encoding="utf-8")
    write(tmp_path, "a.txt", "Text.\n")
    code, _, err = run_cli(["check", "a.txt"], tmp_path)
    assert code == 2 and "per-file-ignores" in err


def test_suppressions_of_a_crashed_rule_are_not_reported_unused() -> None:
    from auditor.audit import audit_document
    from auditor.config import Config
    from auditor.model import Finding, Span
    from auditor.workflow.triage import Triage

    doc = load_text("# T\n\n<!-- auditor: ignore[CIT001] -->\nText.\n", "a.md")
    audited = audit_document(doc, Config(select=["CIT"]), __import__("datetime").date(2026, 11, 23))
    crash = Finding("AUD001", Span(0, 0), "Internal error in CIT001: boom.", evidence={"rule": "CIT001"})
    triage = Triage(known=["CIT001", "AUD001", "AUD004"], enabled=["CIT001"])
    assert [f.code for f, *_ in triage(doc, [*audited.findings, crash])] == ["AUD001"]
    assert [f.code for f, *_ in triage(doc, audited.findings)] == ["AUD004"]


def test_unknown_code_in_per_file_ignores_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "auditor.toml").write_text('[per-file-ignores]\n"*.txt" = ["XYZ9"]\n', encoding="utf-8")
    write(tmp_path, "a.txt", "Text.\n")
    code, _, err = run_cli(["check", "a.txt"], tmp_path)
    assert code == 2 and "XYZ9" in err
