"""How a run ends when stopped: Ctrl-C (130, with how far it got) and a closed pipe (quiet)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import auditor.runner
from auditor.cli import main


def _articles(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i}.txt").write_text(f"Article {i} says the sky is blue.\n", encoding="utf-8")
    return folder


def _interrupt_after(count: int) -> Any:
    real = auditor.runner.run

    def fake(targets: list[Any], settings: Any, jobs: int = 1) -> Iterator[Any]:
        for i, item in enumerate(real(targets, settings, 1)):
            if i == count:
                raise KeyboardInterrupt
            yield item

    return fake


def test_ctrl_c_says_how_far_and_exits_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    news = _articles(tmp_path / "news", 3)
    monkeypatch.setattr(auditor.runner, "run", _interrupt_after(2))
    out = tmp_path / "out"
    assert main(["check", str(news), "--report-dir", str(out)]) == 130
    err = capsys.readouterr().err
    assert f"interrupted after 2 of 3 articles; {out} is incomplete" in err


def test_ctrl_c_without_report_dir_names_no_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    news = _articles(tmp_path / "news", 3)
    monkeypatch.setattr(auditor.runner, "run", _interrupt_after(1))
    assert main(["check", str(news)]) == 130
    err = capsys.readouterr().err
    assert "interrupted after 1 of 3 articles\n" in err
    assert "incomplete" not in err


def test_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    news = _articles(tmp_path / "news", 3)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before auditor writes: every write is EPIPE
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "auditor", "check", str(news), "--format", "json"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in proc.stderr
    assert "BrokenPipe" not in proc.stderr
    assert proc.stderr == ""
    assert proc.returncode == 141


def test_ctrl_c_in_a_large_run_stops_the_scorecard_writer_and_exits_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import threading

    import auditor.pipeline

    n = auditor.pipeline.SYNC_EACH_UP_TO + 10
    news = _articles(tmp_path / "news", n)
    monkeypatch.setattr(auditor.runner, "run", _interrupt_after(n - 3))
    out = tmp_path / "out"
    assert main(["check", str(news), "--report-dir", str(out)]) == 130
    assert f"interrupted after {n - 3} of {n} articles; {out} is incomplete" in capsys.readouterr().err
    assert not [t for t in threading.enumerate() if t.name == "auditor-scorecards"]  # the writer has ended
    assert len(list(out.glob("a*.txt.md"))) <= n - 3
