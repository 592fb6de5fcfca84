"""Fault tests: files auditor writes are never cut or lost, and bad inputs never hang the run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.cli import main
from auditor.safeio import atomic_write, locked

ARTICLE = "Analysts suggest the record turnout was the largest ever.\n"


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "index.md"
    target.write_text("old complete file\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_write(target) as fh:
        fh.write("half of a new")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old complete file\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.md"]  # the temporary file is gone


def test_atomic_write_never_reuses_a_leftover_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "base.json"
    stale = tmp_path / "base.json.tmp"
    stale.write_text("left by a killed run", encoding="utf-8")
    with atomic_write(target) as fh:
        fh.write("{}\n")
    assert target.read_text(encoding="utf-8") == "{}\n"
    assert stale.read_text(encoding="utf-8") == "left by a killed run"


def test_output_into_a_read_only_folder_is_one_line_and_exit_2(tmp_path: Path, capsys) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        code = main(["check", str(art), "--as-of", "2025-01-01", "--output", str(ro / "out.json"), "--format", "json"])
    finally:
        ro.chmod(0o700)
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert err[-1].startswith("auditor: error: ") and str(ro) in err[-1]
    assert "Traceback" not in "\n".join(err)


def test_report_dir_that_is_a_file_is_exit_2(tmp_path: Path, capsys) -> None:
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    blocker = tmp_path / "reports"
    blocker.write_text("not a folder", encoding="utf-8")
    code = main(["check", str(art), "--as-of", "2025-01-01", "--report-dir", str(blocker)])
    err = capsys.readouterr().err
    assert code == 2 and "auditor: error:" in err and "reports" in err
    assert blocker.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_reported_not_opened(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    proc = subprocess.run(
        [sys.executable, "-m", "auditor", "check", str(tmp_path), "--as-of", "2025-01-01", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    docs = {Path(d["path"]).name: d for d in json.loads(proc.stdout)["documents"]}
    pipe = [f for f in docs["pipe.txt"]["findings"] if f["code"] == "AUD002"]
    assert pipe and "named pipe" in pipe[0]["message"]
    assert "a.txt" in docs


def test_lock_serialises_writers(tmp_path: Path) -> None:
    target = tmp_path / "f.txt"
    with locked(target):
        assert (tmp_path / "f.txt.lock").exists()
    with locked(target):  # released on exit: taking it again does not block
        pass


def test_write_baseline_into_an_impossible_place_fails_before_the_audit(tmp_path: Path, capsys) -> None:
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    code = main(["check", str(art), "--as-of", "2025-01-01", "--write-baseline", str(tmp_path / "file" / "b.json")])
    captured = capsys.readouterr()
    assert code == 2 and "is a file, not a folder" in captured.err
    assert "LNG002" not in captured.out  # nothing was audited


def test_lone_carriage_returns_end_lines(tmp_path: Path, capsys) -> None:
    art = tmp_path / "mac.txt"
    body = (
        "Title\r\rThe figure rose [1].\r\rAnalysts suggest it is the largest ever.\r\r[1] https://example.org/report\r"
    )
    art.write_bytes(body.encode("utf-8"))
    main(["check", str(art), "--as-of", "2025-01-01", "--format", "json"])
    doc = json.loads(capsys.readouterr().out)["documents"][0]
    codes = {f["code"]: f for f in doc["findings"]}
    assert "CIT003" not in codes  # [1] has its entry: the lines were split
    assert codes["LNG002"]["line"] == 5 and codes["LNG002"]["column"] == 1


def _children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry))
    return out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux only")
def test_workers_die_with_their_parent_on_kill_9(tmp_path: Path) -> None:
    import signal
    import time

    for i in range(400):
        (tmp_path / f"a{i:03}.txt").write_text(ARTICLE * 40, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "auditor", "check", str(tmp_path), "--jobs", "2", "--as-of", "2025-01-01", "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2 and proc.poll() is None:
        workers = _children(proc.pid)
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.skip("the run ended before its workers could be seen")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 15
    alive = workers
    while alive and time.monotonic() < deadline:
        alive = [w for w in alive if Path(f"/proc/{w}").exists() and "(Z" not in _state(w)]
        time.sleep(0.1)
    assert workers and not alive


def _state(pid: int) -> str:
    try:
        return "(" + Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "(Z"
