"""Concurrent commands on one file: every accept keeps its entry, baselines are never half-written."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

from auditor.safeio import atomic_write
from auditor.workflow.ledger import read_accepted

CHECK = [sys.executable, "-m", "auditor", "check", ".", "--as-of", "2025-01-01", "-q"]
LINES = [f"Analysts suggest the number {i} is the largest ever.\n" for i in range(8)]


def test_eight_concurrent_accepts_keep_all_entries(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("".join(LINES), encoding="utf-8")
    (tmp_path / "auditor.toml").write_text('as-of = "2025-01-01"\n', encoding="utf-8")
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "auditor", "accept", f"a.txt:{i + 1}:LNG002", "--reason", f"checked {i}"],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for i in range(8)
    ]
    assert [p.wait(timeout=120) for p in procs] == [0] * 8
    entries = read_accepted(tmp_path / ".auditor-accepted.toml")
    assert sorted(e.reason for e in entries) == [f"checked {i}" for i in range(8)]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # no half-written file left


def test_concurrent_write_baseline_never_shows_a_reader_invalid_json(tmp_path: Path) -> None:
    for i in range(6):
        (tmp_path / f"a{i}.txt").write_text("".join(LINES) * 3, encoding="utf-8")
    baseline = tmp_path / "base.json"
    stale = tmp_path / "base.json.tmp"
    stale.write_text("left by a killed run", encoding="utf-8")
    bad: list[str] = []
    reads = 0
    stop = threading.Event()

    def reader() -> None:
        nonlocal reads
        while not stop.is_set():
            try:
                text = baseline.read_text(encoding="utf-8")
            except FileNotFoundError:
                continue
            reads += 1
            try:
                json.loads(text)
            except ValueError:
                bad.append(text[-80:])

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        procs = [
            subprocess.Popen(
                [*CHECK, "--write-baseline", str(baseline)],
                cwd=tmp_path,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(8)
        ]
        results = [p.communicate(timeout=180) for p in procs]
        time.sleep(0.2)
    finally:
        stop.set()
        thread.join()
    assert [p.returncode for p in procs] == [0] * 8, [err for _, err in results]
    assert reads > 0 and bad == []
    assert json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert stale.read_text(encoding="utf-8") == "left by a killed run"  # never reused
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp") == ["base.json.tmp"]


def test_two_writers_in_one_folder_never_share_a_temporary_name(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    with atomic_write(target) as one, atomic_write(target) as two:
        temporary = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp"))
        one.write("1")
        two.write("2")
    assert len(temporary) == 2 and all(name.startswith(".out.json.") for name in temporary)
    assert target.read_text(encoding="utf-8") == "1"  # the outer block ends last: its file wins
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
