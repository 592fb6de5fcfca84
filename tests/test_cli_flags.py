"""Options users know from ruff: --extend-select, --force-exclude, --statistics, --show-settings,
--scheduler, colour and NO_COLOR, and one base folder for every path in a configuration."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEEDS

from auditor.cli import main
from auditor.reporting.summary import use_colour

WEASEL = "Analysts suggest the plan will fail. Experts say it is doomed.\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A newsroom repository: a config at the top, articles and drafts under news/."""
    (tmp_path / "auditor.toml").write_text('exclude = ["news/drafts/*"]\n', encoding="utf-8")
    (tmp_path / "news" / "drafts").mkdir(parents=True)
    (tmp_path / "news" / "story.txt").write_text(WEASEL, encoding="utf-8")
    (tmp_path / "news" / "drafts" / "draft.txt").write_text(WEASEL, encoding="utf-8")
    return tmp_path


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code = main(["check", *args, "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


def test_extend_select_adds_to_select(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(WEASEL, encoding="utf-8")
    _, only_cit = _json(capsys, str(tmp_path), "--select", "CIT")
    assert not [f for d in only_cit["documents"] for f in d["findings"] if f["code"] == "LNG002"]
    _, both = _json(capsys, str(tmp_path), "--select", "CIT", "--extend-select", "LNG002")
    assert [f["code"] for d in both["documents"] for f in d["findings"]].count("LNG002") == 2


def test_extend_select_in_the_configuration(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "auditor.toml").write_text('select = ["CIT"]\nextend-select = ["LNG002"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(WEASEL, encoding="utf-8")
    _, data = _json(capsys, str(tmp_path))
    assert {f["code"] for d in data["documents"] for f in d["findings"]} == {"LNG002"}


def test_extend_select_refuses_unknown_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(WEASEL, encoding="utf-8")
    assert main(["check", str(tmp_path), "--extend-select", "XYZ9"]) == 2
    assert "XYZ9" in capsys.readouterr().err


def test_exclude_is_relative_to_the_configuration_file(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project)
    _, from_top = _json(capsys, "news")
    monkeypatch.chdir(project / "news")
    _, from_inside = _json(capsys, ".")
    assert [Path(d["path"]).name for d in from_top["documents"]] == ["story.txt"]
    assert [Path(d["path"]).name for d in from_inside["documents"]] == ["story.txt"]


def test_force_exclude_applies_exclude_to_files_named_explicitly(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project)
    _, named = _json(capsys, "news/drafts/draft.txt")
    assert len(named["documents"]) == 1  # named on the command line: audited, as in ruff
    code, forced = _json(capsys, "news/drafts/draft.txt", "news/story.txt", "--force-exclude")
    assert [Path(d["path"]).name for d in forced["documents"]] == ["story.txt"]
    code = main(["check", "news/drafts/draft.txt", "--force-exclude"])
    assert code == 0  # every named file excluded: nothing to say (pre-commit passes)


def test_a_folder_with_no_articles_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK")
    assert main(["check", str(tmp_path)]) == 2
    assert "no articles found" in capsys.readouterr().err


def test_accepted_findings_do_not_depend_on_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(WEASEL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check", "news", "--show-settings"])
    from_top = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("accepted-file:")]
    monkeypatch.chdir(tmp_path / "news")
    main(["check", ".", "--show-settings"])
    from_inside = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("accepted-file:")]
    assert from_top == from_inside == [f"accepted-file: {(tmp_path / 'news' / '.auditor-accepted.toml').resolve()}"]


def test_statistics(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(WEASEL, encoding="utf-8")
    code = main(["check", str(tmp_path), "--statistics", "--select", "LNG002"])
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["2", "LNG002", "weasel-attribution"]
    assert out[-1].startswith("1 article(s) audited")
    assert code in (0, 1)
    assert main(["check", str(tmp_path), "--statistics", "--format", "json"]) == 2


def test_show_settings_lists_configuration_rules_and_files(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project)
    assert main(["check", "news", "--show-settings", "--ignore", "LNG"]) == 0
    out = capsys.readouterr().out
    assert f"configuration file: {project / 'auditor.toml'}" in out
    assert "exclude: news/drafts/*" in out and "ignore: LNG" in out
    assert "LNG002" not in out.split("rules that run", 1)[1].split("\n", 1)[0]
    assert out.rstrip().endswith("news/story.txt") and "draft.txt" not in out


def test_scheduler_gives_the_same_reports_as_a_local_run(tmp_path: Path) -> None:
    pytest.importorskip("dask")
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    args = [str(folder), "--as-of", "2026-11-23", "--quiet"]
    assert main(["check", *args, "--report-dir", str(tmp_path / "local")]) == 1
    assert main(["check", *args, "--report-dir", str(tmp_path / "dask"), "--scheduler", "synchronous"]) == 1
    local = {p.name: p.read_bytes() for p in (tmp_path / "local").iterdir()}
    dask = {p.name: p.read_bytes() for p in (tmp_path / "dask").iterdir()}
    assert "index.md" in dask and local == dask


def test_unknown_scheduler_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("dask")
    (tmp_path / "a.txt").write_text(WEASEL, encoding="utf-8")
    assert main(["check", str(tmp_path), "--scheduler", "fastest"]) == 2
    assert "unknown scheduler" in capsys.readouterr().err


def test_scale_module_reports_a_missing_path_without_traceback(tmp_path: Path) -> None:
    pytest.importorskip("dask")
    res = subprocess.run(
        [sys.executable, "-m", "auditor.scale", str(tmp_path / "nope"), "--scheduler", "synchronous"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert "no such file or folder" in res.stderr


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_and_never_with_no_color() -> None:
    assert use_colour(_Tty(), {}) is True
    assert use_colour(_Tty(), {"NO_COLOR": "1"}) is False
    assert use_colour(_Tty(), {"TERM": "dumb"}) is False
    assert use_colour(io.StringIO(), {}) is False
    assert use_colour(io.StringIO(), {"FORCE_COLOR": "1"}) is True


def test_piped_text_output_has_no_escape_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(WEASEL, encoding="utf-8")
    main(["check", str(tmp_path)])
    assert "\x1b[" not in capsys.readouterr().out


def test_report_dir_in_the_configuration_is_relative_to_it(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "auditor.toml").write_text('exclude = ["news/drafts/*"]\nreport-dir = "reports"\n', encoding="utf-8")
    monkeypatch.chdir(project / "news")
    main(["check", ".", "--quiet"])
    capsys.readouterr()
    assert (project / "reports" / "index.md").is_file() and not (project / "news" / "reports").exists()


def test_markdown_index_links_only_to_scorecards_that_exist(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(WEASEL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check", "news", "--format", "markdown"])
    assert "](" not in capsys.readouterr().out  # no --report-dir: no scorecard to link to
    main(["check", "news", "--format", "markdown", "--report-dir", "out/cards"])
    assert "](out/cards/a.txt.md)" in capsys.readouterr().out
    (tmp_path / "ci").mkdir()
    main(["check", "news", "--format", "markdown=ci/index.md", "--report-dir", "out/cards"])
    capsys.readouterr()
    assert "](../out/cards/a.txt.md)" in (tmp_path / "ci" / "index.md").read_text(encoding="utf-8")
