"""End-to-end runs of the CLI: bad input, determinism, exit codes, the committed reports."""

from __future__ import annotations

import filecmp
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

from auditor.cli import main


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "auditor", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        timeout=120,
    )


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    (root / "dossier spécial").mkdir(parents=True)
    (root / "dossier spécial" / "Über die Lage.md").write_text("# Lage\n\nEin Satz über Kursk.\n", encoding="utf-8")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (root / "latin1.txt").write_bytes("Le député a déclaré « non ». Ça suffit.\n".encode("cp1252"))
    (root / "empty.md").write_bytes(b"")
    with (root / "huge.txt").open("wb") as fh:
        fh.truncate(30 * 1024 * 1024)  # sparse 30 MB file: never read whole
    (root / "broken.html").write_text(
        "<html><body><p>Unclosed <b>para <a href='https://x.org/a'>link</p></i>", encoding="utf-8"
    )
    (root / "notes.docx").write_bytes(b"PK\x03\x04")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "secret.txt").write_text("Hidden.", encoding="utf-8")
    return root


def test_hostile_folder_is_audited_without_traceback(hostile_folder: Path, tmp_path: Path) -> None:
    reports = hostile_folder / "reports"
    before = sorted(p.relative_to(hostile_folder).as_posix() for p in hostile_folder.rglob("*"))
    result = _run("check", str(hostile_folder), "--report-dir", str(reports), "--format", "json")
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    paths = sorted(Path(d["path"]).name for d in data["documents"])
    assert paths == sorted(["Über die Lage.md", "binary.txt", "broken.html", "empty.md", "huge.txt", "latin1.txt"])
    by_name = {Path(d["path"]).name: d for d in data["documents"]}
    assert by_name["binary.txt"]["findings"][0]["code"] == "AUD002"
    assert "binary" in by_name["binary.txt"]["findings"][0]["message"]
    assert (
        "30.0 MB" in by_name["huge.txt"]["findings"][0]["message"]
        or "31.5 MB" in by_name["huge.txt"]["findings"][0]["message"]
    )
    assert "empty" in by_name["empty.md"]["findings"][0]["message"]
    assert any(f["code"] == "AUD003" and "not valid UTF-8" in f["message"] for f in by_name["latin1.txt"]["findings"])
    assert by_name["broken.html"]["citations"][0]["url"] == "https://x.org/a"
    # Every file has a scorecard, mirrored under the report dir; nothing else was touched.
    assert (reports / "dossier spécial" / "Über die Lage.md.md").is_file()
    assert (reports / "index.md").is_file()
    after = sorted(
        p.relative_to(hostile_folder).as_posix() for p in hostile_folder.rglob("*") if not p.is_relative_to(reports)
    )
    assert after == before


def test_runs_are_byte_identical_and_jobs_do_not_change_output(tmp_path: Path) -> None:
    outputs = []
    for jobs in ("1", "1", "2"):
        rep = tmp_path / f"r{len(outputs)}"
        res = _run(
            "check", "seeds", "--report-dir", str(rep), "--format", "json", "--jobs", jobs, "--as-of", "2026-01-01"
        )
        assert res.returncode in (0, 1), res.stderr
        outputs.append((res.stdout, rep))
    assert outputs[0][0] == outputs[1][0] == outputs[2][0]
    for _, rep in outputs[1:]:
        cmp = filecmp.dircmp(outputs[0][1], rep)
        assert not cmp.diff_files and not cmp.left_only and not cmp.right_only


def test_committed_reports_match_a_fresh_run(tmp_path: Path) -> None:
    """reports/ must be what `auditor check seeds --report-dir reports` writes now."""
    fresh = tmp_path / "reports"
    res = _run("check", "seeds", "--report-dir", str(fresh))
    assert res.returncode in (0, 1), res.stderr
    committed = ROOT / "reports"
    names = sorted(p.name for p in fresh.iterdir())
    assert names == sorted(p.name for p in committed.iterdir() if p.is_file())
    for name in names:
        assert (fresh / name).read_text(encoding="utf-8") == (committed / name).read_text(encoding="utf-8"), (
            f"reports/{name} is stale: run `auditor check seeds --report-dir reports`"
        )


def test_json_contract_fields() -> None:
    res = _run("check", "seeds", "--format", "json")
    data = json.loads(res.stdout)
    assert data["version"] == 1 and "as_of" in data
    doc = data["documents"][0]
    for key in (
        "path",
        "title",
        "published",
        "published_source",
        "score",
        "grade",
        "passed",
        "categories",
        "citations",
        "findings",
    ):
        assert key in doc
    assert set(doc["categories"]) == {"citations", "sources", "dates", "language", "consistency"}
    seed2 = next(d for d in data["documents"] if "002_" in d["path"])
    for c in seed2["citations"]:
        assert {"url", "domain", "line", "marker", "date", "rating", "cited_in_body"} <= set(c)
    for f in seed2["findings"]:
        assert {
            "code",
            "name",
            "severity",
            "line",
            "column",
            "end_line",
            "end_column",
            "message",
            "excerpt",
            "related",
        } <= set(f)


def test_text_format_lines_and_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(SEEDS / next(p.name for p in SEEDS.glob("002_*"))), "--select", "CIT002"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0  # six warnings: score 76, above the bar, no error
    assert out[0].endswith("CIT002 [warning] Reference [1] is listed but no sentence cites it.")
    assert ":8:1:" in out[0]
    assert out[-1].startswith("1 article(s) audited, 0 failing")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["check", "seeds", "--select", "XYZ123"], 2),
        (["check", "no/such/folder"], 2),
        (["check", "seeds", "--as-of", "yesterday"], 2),
        (["check", "seeds", "--fail-under", "0", "--fail-on", "never"], 0),
        (["rule", "NOPE999"], 2),
    ],
)
def test_exit_codes(args: list[str], expected: int) -> None:
    assert main(args) == expected


def test_fail_on_and_fail_under(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("A plain sentence about the weather.\n", encoding="utf-8")
    assert main(["check", str(clean)]) == 0
    assert main(["check", str(clean), "--fail-under", "101"]) == 2


def test_bad_config_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "auditor.toml").write_text("fail-under = 'high'\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 2


def test_config_file_is_found_upwards(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.auditor]\nignore = ["CIT002"]\n', encoding="utf-8")
    sub = tmp_path / "desk"
    sub.mkdir()
    (sub / "a.txt").write_text("Claim.\n[1] https://example.org/a\n", encoding="utf-8")
    assert main(["check", str(sub)]) == 0


def test_rules_and_rule_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    listing = capsys.readouterr().out
    assert "CIT001" in listing and "malformed-url" in listing
    assert main(["rule", "cit002"]) == 0
    page = capsys.readouterr().out
    assert page.startswith("# CIT002 orphan-reference") and "## Why does it matter?" in page


def test_version() -> None:
    res = _run("--version")
    assert res.stdout.startswith("auditor ")


def test_crashing_rule_becomes_a_finding_and_exit_2(tmp_path: Path) -> None:
    script = tmp_path / "crash.py"
    script.write_text(
        "import sys\n"
        "from auditor.registry import rule, RuleDocs, load_builtin_rules\n"
        "load_builtin_rules()\n"
        "@rule('CIT099', 'test-crash', 'citations', 'warning', 'crashes', RuleDocs('w', 'y', 'f', 'o'))\n"
        "def boom(doc, ctx):\n"
        "    raise RuntimeError('kaboom')\n"
        "from auditor.cli import main\n"
        f"sys.exit(main(['check', {str(SEEDS)!r}, '--format', 'json']))\n",
        encoding="utf-8",
    )
    res = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, cwd=ROOT, timeout=120, env=os.environ
    )
    assert res.returncode == 2, res.stderr
    data = json.loads(res.stdout)
    assert all(
        any(f["code"] == "AUD001" and "CIT099" in f["message"] for f in d["findings"]) for d in data["documents"]
    )
