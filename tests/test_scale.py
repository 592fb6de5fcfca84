"""auditor.scale runs the per-article function under Dask's local mode and merges deterministically."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
from collections import Counter
from pathlib import Path

import pytest
from conftest import SEEDS

from auditor.config import Config
from auditor.runner import RunSettings, discover, run

pytest.importorskip("dask.bag", reason='the "scale" extra (dask) is not installed')

from auditor.scale import audit_archive, main

AS_OF = dt.date(2026, 11, 23)


def _archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    for i, seed in enumerate(sorted(SEEDS.glob("*.txt"))):
        sub = folder / f"desk{i % 2}"
        sub.mkdir(parents=True, exist_ok=True)
        shutil.copy(seed, sub / seed.name)
    (folder / "desk0" / "short.md").write_text(
        "# A short note\n\nThe council met on Monday [1].\n\n[1]: https://www.example.com/council\n", encoding="utf-8"
    )
    (folder / "desk1" / "empty.txt").write_text("", encoding="utf-8")
    return folder


@pytest.mark.parametrize("scheduler", ["synchronous", "processes"])
def test_same_results_as_the_runner(tmp_path: Path, scheduler: str) -> None:
    folder = _archive(tmp_path)
    config = Config()
    summary = audit_archive([folder], config, AS_OF, tmp_path / "reports", scheduler=scheduler, partition_size=2)

    targets, _ = discover([folder], config, None)
    expected = [p.view for p in run(targets, RunSettings(config, AS_OF, write_markdown=False))]
    assert [r.path for r in summary.rows] == sorted(v.path for v in expected)
    by_path = {v.path: v for v in expected}
    for row in summary.rows:
        view = by_path[row.path]
        assert (row.score, row.grade, row.passed) == (view.score.score, view.score.grade, view.score.passed)
        assert row.codes == dict(sorted(Counter(f.code for f in view.findings).items()))
    assert (tmp_path / "reports" / "index.md").is_file()  # the same index the command line writes
    assert sorted(p.name for p in (tmp_path / "reports").rglob("*.md") if p.name != "index.md") == sorted(
        Path(r.path).name + ".md" for r in summary.rows
    )
    assert summary.totals.get("CIT002", 0) >= 6  # seed 002's orphan references


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _archive(tmp_path)
    code = main([str(folder), "--scheduler", "synchronous", "--as-of", "2026-11-23"])
    out = capsys.readouterr().out
    assert "6 article(s) audited" in out
    assert code in (0, 1)


def test_empty_folder(tmp_path: Path) -> None:
    assert audit_archive([tmp_path], Config(), AS_OF, scheduler="synchronous").rows == []


def test_module_command_in_local_processes_mode(tmp_path: Path) -> None:
    """The documented command, run as a module so worker results cross process boundaries."""
    import subprocess
    import sys

    folder = _archive(tmp_path)
    res = subprocess.run(
        [sys.executable, "-m", "auditor.scale", str(folder), "--scheduler", "processes", "--as-of", "2026-11-23"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in res.stderr, res.stderr
    assert "article(s) audited" in res.stdout


def test_the_cluster_command_runs_with_the_scale_extra(tmp_path: Path) -> None:
    """`auditor check --scheduler tcp://HOST:PORT` on a real (loopback, in-process) distributed cluster.

    The `scale` extra declares `distributed`, so the documented cluster command finds it; the
    reports equal a local run's.
    """
    distributed = pytest.importorskip("distributed", reason='the "scale" extra lacks distributed')
    from auditor.cli import main as cli

    folder = _archive(tmp_path)
    args = [str(folder), "--as-of", "2026-11-23", "--quiet"]
    assert cli(["check", *args, "--report-dir", str(tmp_path / "local")]) == 1
    cluster = distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, protocol="tcp", host="127.0.0.1", dashboard_address=None
    )
    try:
        code = cli(
            ["check", *args, "--report-dir", str(tmp_path / "cluster"), "--scheduler", cluster.scheduler_address]
        )
    finally:
        with contextlib.suppress(ValueError):  # the client the command opened, before its cluster goes
            distributed.default_client().close()
        cluster.close()
    assert code == 1
    local = {p.relative_to(tmp_path / "local"): p.read_bytes() for p in (tmp_path / "local").rglob("*") if p.is_file()}
    remote = {
        p.relative_to(tmp_path / "cluster"): p.read_bytes() for p in (tmp_path / "cluster").rglob("*") if p.is_file()
    }
    assert Path("index.md") in remote and len(remote) > 5 and remote == local
