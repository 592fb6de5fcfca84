"""Report folders stay consistent: auditor replaces its own files, never another's, and never audits them."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from auditor.cli import main
from auditor.reportdir import INCOMPLETE_INDEX, MANIFEST, ReportFolder

ARTICLE = "Title\n\nAnalysts suggest the record turnout was the largest ever.\n"
AS_OF = ["--as-of", "2025-01-01"]


def _tree(tmp_path: Path, *names: str) -> Path:
    src = tmp_path / "news"
    src.mkdir()
    for name in names:
        (src / name).write_text(ARTICLE, encoding="utf-8")
    return src


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_a_rerun_removes_stale_scorecards_and_lists_exactly_what_is_there(tmp_path: Path, capsys) -> None:
    src = _tree(tmp_path, "a.md", "b.md")
    rep = tmp_path / "rep"
    assert main(["check", str(src), "--report-dir", str(rep), *AS_OF, "-q"]) == 0
    assert _files(rep) == [MANIFEST, "a.md.md", "b.md.md", "index.md"]
    (src / "b.md").rename(src / "c.md")
    assert main(["check", str(src), "--report-dir", str(rep), *AS_OF, "-q"]) == 0
    assert _files(rep) == [MANIFEST, "a.md.md", "c.md.md", "index.md"]
    index = (rep / "index.md").read_text(encoding="utf-8")
    assert "c.md.md" in index and "b.md.md" not in index
    manifest = json.loads((rep / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["complete"] is True and manifest["files"] == ["a.md.md", "c.md.md", "index.md"]
    assert "removed 1 stale scorecard" in capsys.readouterr().err


def test_stale_subfolders_of_an_earlier_run_go_too(tmp_path: Path) -> None:
    src = _tree(tmp_path, "a.md")
    (src / "sub").mkdir()
    (src / "sub" / "b.md").write_text(ARTICLE, encoding="utf-8")
    rep = tmp_path / "rep"
    main(["check", str(src), "--report-dir", str(rep), *AS_OF, "-q"])
    assert (rep / "sub" / "b.md.md").is_file()
    (src / "sub" / "b.md").unlink()
    main(["check", str(src), "--report-dir", str(rep), *AS_OF, "-q"])
    assert not (rep / "sub").exists()


def test_an_old_report_folder_elsewhere_in_the_tree_is_never_audited(tmp_path: Path, capsys) -> None:
    src = _tree(tmp_path, "a.md")
    main(["check", str(src), "--report-dir", str(src / "old"), *AS_OF, "-q"])
    capsys.readouterr()
    main(["check", str(src), "--report-dir", str(tmp_path / "new"), *AS_OF, "--format", "json"])
    paths = [d["path"] for d in json.loads(capsys.readouterr().out)["documents"]]
    assert [Path(p).name for p in paths] == ["a.md"]
    assert _files(tmp_path / "new") == [MANIFEST, "a.md.md", "index.md"]


def test_a_scorecard_named_on_the_command_line_is_skipped_with_a_note(tmp_path: Path, capsys) -> None:
    src = _tree(tmp_path, "a.md")
    rep = tmp_path / "rep"
    main(["check", str(src), "--report-dir", str(rep), *AS_OF, "-q"])
    capsys.readouterr()
    assert main(["check", str(rep / "a.md.md"), *AS_OF, "-q"]) == 0
    assert "skipped (auditor's own report folder" in capsys.readouterr().err


def test_an_older_auditors_folder_without_manifest_is_recognised(tmp_path: Path, capsys) -> None:
    src = _tree(tmp_path, "a.md")
    old = src / "reports"
    old.mkdir()
    (old / "index.md").write_text("# auditor report\n\n1 article(s)\n", encoding="utf-8")
    (old / "gone.md.md").write_text("# Gone\n\n`news/gone.md` · 12 words · published: unknown\n", encoding="utf-8")
    (old / "notes.md").write_text("my own notes\n", encoding="utf-8")
    main(["check", str(src), *AS_OF, "--format", "json"])
    assert [Path(d["path"]).name for d in json.loads(capsys.readouterr().out)["documents"]] == ["a.md"]
    main(["check", str(src), "--report-dir", str(old), *AS_OF, "-q"])
    assert _files(old) == [MANIFEST, "a.md.md", "index.md", "notes.md"]  # the stale card went, the notes stay


@pytest.mark.parametrize("where", [".", ".."])
def test_a_report_dir_that_is_or_holds_the_input_is_refused(tmp_path: Path, capsys, where: str) -> None:
    src = _tree(tmp_path, "a.md")
    code = main(["check", str(src), "--report-dir", str(src / where), *AS_OF])
    err = capsys.readouterr().err
    assert code == 2 and "auditor: error: --report-dir" in err and "Traceback" not in err
    assert _files(src) == ["a.md"] and not (tmp_path / MANIFEST).exists()


def test_files_auditor_did_not_write_are_never_overwritten(tmp_path: Path, capsys) -> None:
    src = _tree(tmp_path, "a.md")
    rep = tmp_path / "rep"
    rep.mkdir()
    (rep / "index.md").write_text("the user's own index\n", encoding="utf-8")
    (rep / "a.md.md").write_text("the user's own notes\n", encoding="utf-8")
    code = main(["check", str(src), "--report-dir", str(rep), *AS_OF, "-q"])
    err = capsys.readouterr().err
    assert code == 2 and "a.md.md, index.md, which auditor did not write" in err
    assert (rep / "index.md").read_text(encoding="utf-8") == "the user's own index\n"
    assert _files(rep) == ["a.md.md", "index.md"]


def test_other_files_in_the_report_dir_stay(tmp_path: Path) -> None:
    src = _tree(tmp_path, "a.md")
    rep = tmp_path / "rep"
    rep.mkdir()
    (rep / "README.txt").write_text("kept\n", encoding="utf-8")
    assert main(["check", str(src), "--report-dir", str(rep), *AS_OF, "-q"]) == 0
    assert main(["check", str(src), "--report-dir", str(rep), *AS_OF, "-q"]) == 0
    assert _files(rep) == [MANIFEST, "README.txt", "a.md.md", "index.md"]


def test_a_hostile_manifest_cannot_make_auditor_delete_outside_the_folder(tmp_path: Path) -> None:
    src = _tree(tmp_path, "a.md")
    rep = tmp_path / "rep"
    rep.mkdir()
    victim = tmp_path / "victim.md"
    victim.write_text("precious\n", encoding="utf-8")
    data = {"tool": "auditor", "complete": True, "files": ["../victim.md", "/etc/hostname", str(victim)]}
    (rep / MANIFEST).write_text(json.dumps(data), encoding="utf-8")
    main(["check", str(src), "--report-dir", str(rep), *AS_OF, "-q"])
    assert victim.read_text(encoding="utf-8") == "precious\n"


def test_an_unreadable_manifest_is_exit_2(tmp_path: Path, capsys) -> None:
    src = _tree(tmp_path, "a.md")
    rep = tmp_path / "rep"
    rep.mkdir()
    (rep / MANIFEST).write_text("{not json", encoding="utf-8")
    assert main(["check", str(src), "--report-dir", str(rep), *AS_OF, "-q"]) == 2
    assert MANIFEST in capsys.readouterr().err


def test_an_interrupted_run_leaves_an_index_that_says_so(tmp_path: Path, monkeypatch) -> None:
    src = _tree(tmp_path, "a.md", "b.md")
    rep = tmp_path / "rep"
    main(["check", str(src), "--report-dir", str(rep), *AS_OF, "-q"])

    def stop(*args, **kwargs):
        raise KeyboardInterrupt

    import auditor.pipeline

    monkeypatch.setattr(auditor.pipeline, "_write_index", stop)
    assert main(["check", str(src), "--report-dir", str(rep), *AS_OF, "-q"]) == 130
    assert (rep / "index.md").read_text(encoding="utf-8") == INCOMPLETE_INDEX
    assert json.loads((rep / MANIFEST).read_text(encoding="utf-8"))["complete"] is False
    monkeypatch.undo()
    assert main(["check", str(src), "--report-dir", str(rep), *AS_OF, "-q"]) == 0
    assert "incomplete" not in (rep / "index.md").read_text(encoding="utf-8")


def test_a_run_killed_midway_is_marked_incomplete(tmp_path: Path) -> None:
    src = tmp_path / "news"
    src.mkdir()
    for i in range(300):
        (src / f"a{i:03}.txt").write_text(ARTICLE * 30, encoding="utf-8")
    rep = tmp_path / "rep"
    proc = subprocess.Popen(
        [sys.executable, "-m", "auditor", "check", str(src), "--report-dir", str(rep), *AS_OF, "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (rep / "a001.txt.md").exists() and proc.poll() is None:
        time.sleep(0.02)
    if proc.poll() is not None:
        pytest.skip("the run ended before it could be killed")
    proc.kill()
    proc.wait()
    assert (rep / "index.md").read_text(encoding="utf-8") == INCOMPLETE_INDEX


def test_two_runs_on_one_folder_are_serialised(tmp_path: Path) -> None:
    rep = tmp_path / "rep"
    folder = ReportFolder(rep)
    src = _tree(tmp_path, "a.md")
    lines: list[str] = []
    waiting = threading.Event()
    with folder.locked():
        proc = subprocess.Popen(
            [sys.executable, "-m", "auditor", "check", str(src), "--report-dir", str(rep), *AS_OF, "-q"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )

        def read() -> None:
            assert proc.stderr is not None
            for line in proc.stderr:
                lines.append(line)
                if "waiting for another run writing" in line:
                    waiting.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        # Held until the run says it waits: a fixed 3 s sleep failed on a loaded machine, where the
        # run took longer than that to start and reach the lock (and cost 3 s on an idle one).
        assert waiting.wait(60), "".join(lines)
        assert proc.poll() is None and not (rep / "index.md").exists()  # it waits for the lock
    assert proc.wait(timeout=60) == 0
    reader.join(10)
    assert "waiting for another run writing" in "".join(lines)
    assert _files(rep) == [MANIFEST, "a.md.md", "index.md"]


def test_a_scale_run_keeps_the_manifest_too(tmp_path: Path) -> None:
    from auditor.config import Config

    pytest.importorskip("dask")
    from auditor.scale import audit_archive

    src = _tree(tmp_path, "a.md", "b.md")
    rep = tmp_path / "rep"
    import datetime as dt

    audit_archive([src], Config(), dt.date(2025, 1, 1), rep, scheduler="synchronous", partition_size=1)
    assert _files(rep) == [MANIFEST, "a.md.md", "b.md.md", "index.md"]


def test_an_article_about_an_auditor_report_is_still_an_article(tmp_path: Path, capsys) -> None:
    src = tmp_path / "news"
    (src / "council").mkdir(parents=True)
    (src / "council" / "index.md").write_text("# Auditor report finds gaps\n\nThe council said so.\n", encoding="utf-8")
    (src / "other").mkdir()
    (src / "other" / "index.md").write_text("# auditor report\n\nold\n", encoding="utf-8")  # an older auditor's
    main(["check", str(src), *AS_OF, "--format", "json"])
    names = [Path(d["path"]).parent.name for d in json.loads(capsys.readouterr().out)["documents"]]
    assert names == ["council"]


def test_a_folder_that_cannot_be_locked_still_gets_its_reports(tmp_path: Path, capsys, monkeypatch) -> None:
    import fcntl

    def no_locks(fd: int, op: int) -> None:
        raise OSError(37, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    src = _tree(tmp_path, "a.md")
    assert main(["check", str(src), "--report-dir", str(tmp_path / "rep"), *AS_OF, "-q"]) == 0
    assert "cannot be locked" in capsys.readouterr().err
    assert _files(tmp_path / "rep") == [MANIFEST, "a.md.md", "index.md"]


def test_a_wrong_path_with_no_articles_leaves_the_report_folder_alone(tmp_path: Path, capsys) -> None:
    src = _tree(tmp_path, "a.md")
    rep = tmp_path / "rep"
    main(["check", str(src), "--report-dir", str(rep), *AS_OF, "-q"])
    before = {name: (rep / name).read_bytes() for name in _files(rep)}
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["check", str(empty), "--report-dir", str(rep), *AS_OF, "-q"]) == 2
    assert "no articles found" in capsys.readouterr().err
    assert {name: (rep / name).read_bytes() for name in _files(rep)} == before
