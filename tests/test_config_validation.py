"""Configuration is validated like ruff's: a typo or a wrong type stops the run (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.cli import main


def _run(tmp_path: Path, pyproject: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    (tmp_path / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    (tmp_path / "a.txt").write_text("A plain sentence about the weather.\n", encoding="utf-8")
    code = main(["check", str(tmp_path / "a.txt")])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("toml", "key", "nearest"),
    [
        ('[tool.auditor]\nselct = ["CIT"]\n', "selct", "select"),
        ("[tool.auditor]\nfailunder = 50\n", "failunder", "fail-under"),
        ("[tool.auditor.rules.DAT01]\nmax-age-days = 30\n", "DAT01", "DAT001"),
        ("[tool.auditor.rules.DAT001]\nmax-age-dys = 30\n", "max-age-dys", "max-age-days"),
        ("[tool.auditor.online]\ntimout = 5\n", "timout", "timeout"),
        ('[tool.auditor.sources]\ntrustd = ["a.org"]\n', "trustd", "trusted"),
        ('[tool.auditor.language]\naccpt = ["record high"]\n', "accpt", "accept"),
    ],
)
def test_unknown_keys_stop_the_run_naming_the_nearest_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], toml: str, key: str, nearest: str
) -> None:
    code, err = _run(tmp_path, toml, capsys)
    assert code == 2
    assert str(tmp_path / "pyproject.toml") in err
    assert f"`{key}`" in err
    assert f"did you mean `{nearest}`?" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("toml", "words"),
    [
        ('[tool.auditor.language]\naccept = "record high"\n', ["accept", "a list of strings", "a string"]),
        ('[tool.auditor.rules.DAT001]\nmax-age-days = "a year"\n', ["max-age-days", "a whole number"]),
        ('[tool.auditor.online]\nretries = "many"\n', ["retries", "a whole number"]),
        ("[tool.auditor]\nexclude = 3\n", ["exclude", "a list of strings"]),
        ('[tool.auditor.rules]\nCON001 = "loose"\n', ["CON001", "table of options"]),
        ("[tool.auditor.rules.CIT001]\nlevel = 2\n", ["CIT001", "takes no options"]),
    ],
)
def test_bad_values_stop_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], toml: str, words: list[str]
) -> None:
    code, err = _run(tmp_path, toml, capsys)
    assert code == 2
    for w in words:
        assert w in err


def test_valid_configuration_still_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    toml = (
        '[tool.auditor]\nselect = ["CIT", "DAT"]\nfail_under = 60\nmax-file-size = "5MB"\n'
        "[tool.auditor.rules.DAT001]\nmax_age_days = 30\n"
        "[tool.auditor.rules.CON001]\ntolerance = 1\n"
        '[tool.auditor.language]\nreject = { LNG003 = ["jaw dropper"] }\n'
        "[tool.auditor.online]\ntimeout = 5\nper-host = 2\n"
    )
    code, err = _run(tmp_path, toml, capsys)
    assert code == 0, err


def test_invalid_toml_on_the_way_up_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.auditor]\nignore = ["CIT002"\n', encoding="utf-8")
    sub = tmp_path / "desk"
    sub.mkdir()
    (sub / "a.txt").write_text("A plain sentence.\n", encoding="utf-8")
    assert main(["check", str(sub)]) == 2
    err = capsys.readouterr().err
    assert "invalid TOML" in err and str(tmp_path / "pyproject.toml") in err
