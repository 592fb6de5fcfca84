"""The TOML data files' JSON twins: current, equal to the TOML, and never used when stale."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from auditor.language import datafiles

DATA = Path(__file__).resolve().parents[1] / "rules" / "data"
REGENERATE = "rules/data changed: run `python -m auditor.language.datafiles` and commit the .toml.json twins"


@pytest.mark.parametrize("name", datafiles.toml_names(DATA))
def test_every_twin_is_current(name: str) -> None:
    twin = DATA / (name + datafiles.TWIN_SUFFIX)
    assert twin.is_file(), REGENERATE
    text = (DATA / name).read_text(encoding="utf-8")
    assert twin.read_text(encoding="utf-8") == datafiles.twin_text(text), REGENERATE


@pytest.mark.parametrize("name", datafiles.toml_names(DATA))
def test_load_gives_what_tomllib_gives(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    assert datafiles.load_toml(name) == tomllib.loads(text)


def test_the_installed_folder_is_the_one_read() -> None:
    assert datafiles.data_folder() == DATA


def _folder_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, toml: str, twin: str | None) -> None:
    (tmp_path / "x.toml").write_text(toml, encoding="utf-8")
    if twin is not None:
        (tmp_path / "x.toml.json").write_text(twin, encoding="utf-8")
    monkeypatch.setattr(datafiles, "data_folder", lambda: tmp_path)


def test_a_current_twin_is_read_instead_of_the_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    toml = 'a = ["b"]\n'
    twin = json.loads(datafiles.twin_text(toml))
    twin["data"] = {"a": ["from the twin"]}  # same hash: the twin is taken at its word
    _folder_with(tmp_path, monkeypatch, toml, json.dumps(twin))
    assert datafiles.load_toml("x.toml") == {"a": ["from the twin"]}


@pytest.mark.parametrize(
    "twin",
    [
        None,  # no twin
        datafiles.twin_text('a = ["old"]\n'),  # made from an earlier version of the file
        "{not json",
        json.dumps({"format": 99, "source_sha256": datafiles.source_hash('a = ["new"]\n'), "data": {}}),
        json.dumps([1, 2]),
    ],
)
def test_a_stale_missing_or_broken_twin_falls_back_to_the_toml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, twin: str | None
) -> None:
    _folder_with(tmp_path, monkeypatch, 'a = ["new"]\n', twin)
    assert datafiles.load_toml("x.toml") == {"a": ["new"]}


def test_values_json_cannot_keep_are_refused() -> None:
    with pytest.raises(ValueError, match="date"):
        datafiles.twin_text("when = 2024-01-01\n")
    with pytest.raises(ValueError, match="JSON"):
        datafiles.twin_text("x = inf\n")


def test_crlf_checkouts_match_the_twin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    toml = 'a = ["b"]\nc = 1\n'
    twin = json.loads(datafiles.twin_text(toml))
    twin["data"] = {"a": ["from the twin"], "c": 1}
    _folder_with(tmp_path, monkeypatch, toml, json.dumps(twin))
    (tmp_path / "x.toml").write_bytes(toml.replace("\n", "\r\n").encode())  # git's autocrlf on Windows
    assert datafiles.load_toml("x.toml") == {"a": ["from the twin"], "c": 1}
