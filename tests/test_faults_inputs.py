"""Fault tests for what auditor reads and writes: symlinks, odd files, long names, failing writes."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.cli import main
from auditor.reportdir import INCOMPLETE_INDEX
from auditor.runner import NAME_MAX, scorecard_name

ARTICLE = "Title\n\nAnalysts suggest the record turnout was the largest ever.\n"
AS_OF = ["--as-of", "2025-01-01"]


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def _outside_links(tmp_path: Path) -> Path:
    """tree/ holds one article and two symlinks to two files named a.txt outside it."""
    for who in ("o1", "o2"):
        (tmp_path / who).mkdir()
        (tmp_path / who / "a.txt").write_text(f"Secret {who}\n\nExperts say it is the best ever.\n", encoding="utf-8")
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "real.txt").write_text(ARTICLE, encoding="utf-8")
    (tree / "l1.txt").symlink_to(tmp_path / "o1" / "a.txt")
    (tree / "l2.txt").symlink_to(tmp_path / "o2" / "a.txt")
    return tree


def test_symlinks_leaving_the_tree_are_not_followed_by_default(tmp_path: Path, capsys) -> None:
    tree = _outside_links(tmp_path)
    main(["check", str(tree), *AS_OF, "--format", "json"])
    captured = capsys.readouterr()
    assert [Path(d["path"]).name for d in json.loads(captured.out)["documents"]] == ["real.txt"]
    assert "Secret" not in captured.out
    assert captured.err.count("outside the audited folder: not followed") == 2


def test_follow_symlinks_reads_them_each_with_its_own_scorecard(tmp_path: Path, capsys) -> None:
    tree = _outside_links(tmp_path)
    rep = tmp_path / "rep"
    main(["check", str(tree), *AS_OF, "--follow-symlinks", "--report-dir", str(rep), "--format", "json"])
    docs = _json(capsys)["documents"]
    assert sorted(Path(d["path"]).name for d in docs) == ["l1.txt", "l2.txt", "real.txt"]  # named after the links
    assert sorted(p.name for p in rep.glob("*.txt.md")) == ["l1.txt.md", "l2.txt.md", "real.txt.md"]
    assert "Secret o1" in (rep / "l1.txt.md").read_text(encoding="utf-8")
    assert "Secret o2" in (rep / "l2.txt.md").read_text(encoding="utf-8")


def test_follow_symlinks_from_the_config_file(tmp_path: Path, capsys) -> None:
    tree = _outside_links(tmp_path)
    cfg = tmp_path / "trusted.toml"
    cfg.write_text("follow-symlinks = true\n", encoding="utf-8")
    main(["check", str(tree), *AS_OF, "--config", str(cfg), "--format", "json"])
    assert len(_json(capsys)["documents"]) == 3


def test_symlinks_inside_the_tree_are_followed_and_read_once(tmp_path: Path, capsys) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tree / "b.txt").symlink_to(tree / "a.txt")
    (tree / "dangling.txt").symlink_to(tree / "nowhere.txt")
    main(["check", str(tree), *AS_OF, "--format", "json"])
    captured = capsys.readouterr()
    assert [Path(d["path"]).name for d in json.loads(captured.out)["documents"]] == ["a.txt"]
    assert "dangling.txt: a symlink to nothing" in captured.err


def test_a_symlinked_folder_leaving_the_tree_is_not_walked_and_a_loop_never_hangs(tmp_path: Path, capsys) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.txt").write_text(ARTICLE, encoding="utf-8")
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tree / "out").symlink_to(outside, target_is_directory=True)
    (tree / "loop").symlink_to(tree, target_is_directory=True)
    main(["check", str(tree), *AS_OF, "--format", "json"])
    captured = capsys.readouterr()
    assert [Path(d["path"]).name for d in json.loads(captured.out)["documents"]] == ["a.txt"]
    assert "out: a symlink to" in captured.err
    main(["check", str(tree), *AS_OF, "--format", "json", "--follow-symlinks"])
    names = sorted(Path(d["path"]).as_posix() for d in _json(capsys)["documents"])
    assert [n.rsplit("tree/", 1)[-1] for n in names] == ["a.txt", "out/x.txt"]


def test_many_outside_links_give_a_bounded_number_of_notes(tmp_path: Path, capsys) -> None:
    (tmp_path / "o").mkdir()
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for i in range(60):
        (tmp_path / "o" / f"{i}.txt").write_text(ARTICLE, encoding="utf-8")
        (tree / f"l{i}.txt").symlink_to(tmp_path / "o" / f"{i}.txt")
    main(["check", str(tree), *AS_OF, "-q"])
    err = capsys.readouterr().err
    assert err.count("not followed (--follow-symlinks reads it)") == 20
    assert "60 symlink(s) leading outside the audited folder were not followed" in err


def test_a_file_name_too_long_for_its_scorecard_gets_a_short_unique_name(tmp_path: Path, capsys) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    long_a, long_b = "a" * 248 + "1.txt", "a" * 248 + "2.txt"  # 253 bytes: + ".md" would pass NAME_MAX
    for name in (long_a, long_b):
        (tree / name).write_text(ARTICLE, encoding="utf-8")
    rep = tmp_path / "rep"
    assert main(["check", str(tree), *AS_OF, "--report-dir", str(rep), "-q"]) == 0
    cards = sorted(p.name for p in rep.glob("*.md") if p.name != "index.md")
    assert len(cards) == 2 and all(len(c.encode()) <= NAME_MAX and c.endswith(".txt.md") for c in cards)
    index = (rep / "index.md").read_text(encoding="utf-8")
    assert all(c in index for c in cards)
    assert scorecard_name("sub/" + "é" * 200 + ".txt").startswith("sub/")
    assert scorecard_name("short.txt") == "short.txt.md"


def test_one_scorecard_that_cannot_be_written_is_one_line_and_the_run_goes_on(tmp_path: Path, capsys) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tree / "b.txt").write_text(ARTICLE, encoding="utf-8")
    rep = tmp_path / "rep"
    import auditor.safeio

    real = auditor.safeio.write_text_atomic

    def failing(path: Path, text: str, sync: bool = True) -> None:
        if Path(path).name == "a.txt.md":
            raise OSError(errno.ENAMETOOLONG, "File name too long", str(path))
        real(path, text, sync)

    pytest.MonkeyPatch.setattr(pytest.MonkeyPatch(), auditor.safeio, "write_text_atomic", failing)
    try:
        code = main(["check", str(tree), *AS_OF, "--report-dir", str(rep), "-q"])
    finally:
        auditor.safeio.write_text_atomic = real
    err = capsys.readouterr().err
    assert code == 2 and "could not write the scorecard" in err and "Traceback" not in err
    assert (rep / "b.txt.md").is_file() and "auditor report" in (rep / "index.md").read_text(encoding="utf-8")


def test_a_full_disk_is_one_line_exit_2_and_leaves_the_old_files_whole(tmp_path: Path, capsys, monkeypatch) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.json"
    out.write_text('{"old": "complete"}\n', encoding="utf-8")
    rep = tmp_path / "rep"
    main(["check", str(tree), *AS_OF, "--report-dir", str(rep), "-q"])
    card = (rep / "a.txt.md").read_text(encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    code = main(["check", str(tree), *AS_OF, "--report-dir", str(rep), "--format", "json", "--output", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and err[-1].startswith("auditor: error:") and "No space left" in err[-1]
    assert out.read_text(encoding="utf-8") == '{"old": "complete"}\n'
    assert (rep / "a.txt.md").read_text(encoding="utf-8") == card
    assert not [p for p in tmp_path.rglob("*.tmp")]


def _fsynced_names(monkeypatch) -> list[str]:
    """Record the name of every file ``os.fsync`` is called on (and still sync it)."""
    real = os.fsync
    names: list[str] = []

    def recording(fd: int) -> None:
        try:
            names.append(Path(os.readlink(f"/proc/self/fd/{fd}")).name)
        except OSError:
            names.append("?")
        real(fd)

    monkeypatch.setattr(os, "fsync", recording)
    return names


def test_a_large_run_syncs_its_scorecards_once_before_the_index_says_complete(tmp_path: Path, monkeypatch) -> None:
    import auditor.pipeline
    import auditor.safeio

    tree = tmp_path / "tree"
    tree.mkdir()
    n = auditor.pipeline.SYNC_EACH_UP_TO + 4
    for i in range(n):
        (tree / f"a{i:02}.txt").write_text(ARTICLE, encoding="utf-8")
    rep = tmp_path / "rep"
    names = _fsynced_names(monkeypatch)
    seen: list[tuple[int, str]] = []
    real_sync = auditor.safeio.sync_filesystem

    def sync(folder: Path) -> None:  # at that moment: every scorecard written, the index still incomplete
        seen.append((len(list(rep.glob("a*.txt.md"))), (rep / "index.md").read_text(encoding="utf-8")))
        real_sync(folder)

    monkeypatch.setattr(auditor.safeio, "sync_filesystem", sync)
    assert main(["check", str(tree), *AS_OF, "--report-dir", str(rep), "-q"]) == 0
    assert seen == [(n, INCOMPLETE_INDEX)]
    assert not [name for name in names if ".txt.md." in name]  # no scorecard synced one by one
    assert "auditor report" in (rep / "index.md").read_text(encoding="utf-8")


def test_a_small_run_syncs_each_scorecard_and_never_the_whole_file_system(tmp_path: Path, monkeypatch) -> None:
    import auditor.safeio

    tree = tmp_path / "tree"
    tree.mkdir()
    for i in range(3):
        (tree / f"a{i}.txt").write_text(ARTICLE, encoding="utf-8")
    names = _fsynced_names(monkeypatch)
    monkeypatch.setattr(auditor.safeio, "sync_filesystem", lambda folder: pytest.fail("synced the file system"))
    assert main(["check", str(tree), *AS_OF, "--report-dir", str(tmp_path / "rep"), "-q"]) == 0
    assert len([name for name in names if ".txt.md." in name]) == 3


def test_a_failed_final_sync_is_one_line_exit_2_and_the_index_stays_incomplete(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    import auditor.pipeline
    import auditor.safeio

    tree = tmp_path / "tree"
    tree.mkdir()
    for i in range(auditor.pipeline.SYNC_EACH_UP_TO + 1):
        (tree / f"a{i:02}.txt").write_text(ARTICLE, encoding="utf-8")
    rep = tmp_path / "rep"

    def broken(folder: Path) -> None:
        raise OSError(errno.EIO, "Input/output error", str(folder))

    monkeypatch.setattr(auditor.safeio, "sync_filesystem", broken)
    code = main(["check", str(tree), *AS_OF, "--report-dir", str(rep), "-q"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and err[-1].startswith("auditor: error:") and "Input/output error" in err[-1]
    assert (rep / "index.md").read_text(encoding="utf-8") == INCOMPLETE_INDEX


def _large_tree(tmp_path: Path) -> Path:
    import auditor.pipeline

    tree = tmp_path / "tree"
    tree.mkdir()
    for i in range(auditor.pipeline.SYNC_EACH_UP_TO + 8):
        (tree / f"a{i:02}.txt").write_text(ARTICLE, encoding="utf-8")
    return tree


def test_in_a_large_run_one_scorecard_that_cannot_be_written_is_one_line_and_the_rest_are_written(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    import auditor.safeio

    tree = _large_tree(tmp_path)
    rep = tmp_path / "rep"
    real = auditor.safeio.write_text_atomic

    def failing(path: Path, text: str, sync: bool = True) -> None:
        assert not sync  # written by the background writer, synced at the end
        if Path(path).name == "a03.txt.md":
            raise OSError(errno.ENAMETOOLONG, "File name too long", str(path))
        real(path, text, sync)

    monkeypatch.setattr(auditor.safeio, "write_text_atomic", failing)
    code = main(["check", str(tree), *AS_OF, "--report-dir", str(rep), "-q"])
    err = capsys.readouterr().err
    assert code == 2 and "could not write the scorecard" in err and "a03.txt.md" in err and "Traceback" not in err
    written = sorted(p.name for p in rep.glob("a*.txt.md"))
    assert len(written) == len(list(tree.iterdir())) - 1 and "a03.txt.md" not in written
    assert "auditor report" in (rep / "index.md").read_text(encoding="utf-8")


def test_in_a_large_run_a_full_disk_stops_the_run_with_one_line_and_the_index_incomplete(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    import auditor.safeio

    tree = _large_tree(tmp_path)
    rep = tmp_path / "rep"
    real = auditor.safeio.write_text_atomic

    def full(path: Path, text: str, sync: bool = True) -> None:
        if Path(path).name >= "a05":
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        real(path, text, sync)

    monkeypatch.setattr(auditor.safeio, "write_text_atomic", full)
    code = main(["check", str(tree), *AS_OF, "--report-dir", str(rep), "-q"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and err[-1].startswith("auditor: error:") and "No space left" in err[-1]
    assert (rep / "index.md").read_text(encoding="utf-8") == INCOMPLETE_INDEX
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_sync_filesystem_flushes_a_real_folder_and_names_a_missing_one(tmp_path: Path) -> None:
    from auditor.safeio import sync_filesystem, write_text_atomic

    write_text_atomic(tmp_path / "a.md", "text\n", sync=False)
    sync_filesystem(tmp_path)
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "text\n"
    with pytest.raises(OSError):
        sync_filesystem(tmp_path / "missing")


@pytest.mark.skipif(os.geteuid() != 0 or not sys.platform.startswith("linux"), reason="needs root to mount a tmpfs")
def test_a_really_full_disk(tmp_path: Path) -> None:
    small = tmp_path / "small"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(small)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        tree = tmp_path / "tree"
        tree.mkdir()
        for i in range(40):
            (tree / f"a{i:02}.txt").write_text(ARTICLE * 20, encoding="utf-8")
        rep = small / "rep"
        done = subprocess.run(
            [sys.executable, "-m", "auditor", "check", str(tree), *AS_OF, "--report-dir", str(rep), "-q"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 2 and "Traceback" not in done.stderr
        assert done.stderr.strip().splitlines()[-1].startswith("auditor: error:")
        index = rep / "index.md"
        assert not index.exists() or index.read_text(encoding="utf-8") == INCOMPLETE_INDEX
    finally:
        subprocess.run(["umount", str(small)], capture_output=True)


def test_an_unreadable_folder_is_a_note(tmp_path: Path, capsys, monkeypatch) -> None:
    tree = tmp_path / "tree"
    (tree / "locked").mkdir(parents=True)
    (tree / "a.txt").write_text(ARTICLE, encoding="utf-8")
    real_walk = os.walk

    def walk(top, onerror=None, followlinks=False):
        for dirpath, dirnames, filenames in real_walk(top, followlinks=followlinks):
            if Path(dirpath).name == "locked":
                if onerror:
                    onerror(PermissionError(errno.EACCES, "Permission denied", dirpath))
                continue
            yield dirpath, dirnames, filenames

    monkeypatch.setattr(os, "walk", walk)
    main(["check", str(tree), *AS_OF, "-q"])
    assert "locked: folder skipped, it cannot be read (Permission denied)" in capsys.readouterr().err


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_folder_for_real(tmp_path: Path, capsys) -> None:
    tree = tmp_path / "tree"
    (tree / "locked").mkdir(parents=True)
    (tree / "locked" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tree / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tree / "locked").chmod(0)
    try:
        main(["check", str(tree), *AS_OF, "-q"])
    finally:
        (tree / "locked").chmod(0o700)
    assert "folder skipped, it cannot be read" in capsys.readouterr().err


def test_a_path_over_path_max_is_a_note(tmp_path: Path, capsys) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "a.txt").write_text(ARTICLE, encoding="utf-8")
    fd = os.open(tree, os.O_RDONLY)
    try:
        for _ in range(22):  # 22 folders of 200 bytes: deeper than PATH_MAX (4096)
            os.mkdir("d" * 200, dir_fd=fd)
            inner = os.open("d" * 200, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        with open(os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w") as fh:
            fh.write(ARTICLE)
    except OSError:
        pytest.skip("cannot build a path this long here")
    finally:
        os.close(fd)
    code = main(["check", str(tree), *AS_OF, "-q"])
    err = capsys.readouterr().err
    assert code == 0 and "folder skipped, it cannot be read (File name too long)" in err
    assert max(len(line) for line in err.splitlines()) < 400  # the path is cut in the middle


HOSTILE_PAGES = {
    "unclosed tags": "<a " * 8000,
    "unclosed comments": "<!--" * 50000,
    "unclosed quotes": "<a href='" * 20000,
    "comments in tags": "<a <!-- " * 20000,
    "unclosed sections": "<![CDATA[ x > " * 8000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE_PAGES))
def test_pages_that_make_html_parser_quadratic_are_read_fast(name: str) -> None:
    import time

    from auditor.online.pagefacts import page_facts
    from auditor.reading.loaders.html import _parse

    src = "<html><head><title>T</title></head><body><p>x &lt; y</p>" + HOSTILE_PAGES[name]
    started = time.monotonic()
    parser = _parse(src, by_class=True)
    facts = page_facts(src, "https://example.org/")
    assert time.monotonic() - started < 3  # 28 s and more before (CPython gh-135462)
    assert facts["title"] == "T"
    text = parser.builder.build()[0]
    assert "x < y" in text and "\ue000" not in text


def test_defusing_leaves_real_pages_alone_and_keeps_offsets() -> None:
    from auditor.reading.loaders.html import PLACEHOLDER, defuse_markup

    page = "<html><body><p>a < b, c <d</p><![CDATA[x]]></body></html>"
    assert defuse_markup(page) == page
    tail = "<p>ok</p> then a <b and <![x"
    out = defuse_markup(tail)
    assert len(out) == len(tail) and out == "<p>ok</p> then a " + PLACEHOLDER + "b and " + PLACEHOLDER + "![x"


def test_a_hostile_local_html_article_keeps_its_text(tmp_path: Path, capsys) -> None:
    art = tmp_path / "page.html"
    art.write_text("<html><body><p>Prices rose 5% in May, the agency said.</p>" + "<a " * 3000, encoding="utf-8")
    import time

    started = time.monotonic()
    assert main(["check", str(art), *AS_OF, "--format", "json"]) in (0, 1)
    assert time.monotonic() - started < 10
    doc = _json(capsys)["documents"][0]
    assert doc["title"] and not [f for f in doc["findings"] if f["code"] in ("AUD001", "AUD002")]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")
def test_a_file_size_limit_is_one_line_naming_the_file(tmp_path: Path) -> None:
    import resource

    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "a.txt").write_text(ARTICLE * 200, encoding="utf-8")
    rep = tmp_path / "rep"

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    done = subprocess.run(
        [sys.executable, "-m", "auditor", "check", str(tree), *AS_OF, "--report-dir", str(rep), "-q"],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit,  # the limit is the point of the test
    )
    last = done.stderr.strip().splitlines()[-1]
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert last.startswith("auditor: error: ") and str(rep) in last and "File too large" in last
    assert (rep / "index.md").read_text(encoding="utf-8") == INCOMPLETE_INDEX


@pytest.mark.skipif(not hasattr(__import__("socket"), "AF_UNIX"), reason="no unix sockets here")
def test_sockets_and_devices_are_findings_never_opened(tmp_path: Path, capsys) -> None:
    import socket

    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "a.txt").write_text(ARTICLE, encoding="utf-8")
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(tree / "sock.txt"))
    except OSError:
        pytest.skip("cannot bind a unix socket here")
    (tree / "zero.txt").symlink_to("/dev/zero")
    try:
        main(["check", str(tree), *AS_OF, "--format", "json", "--follow-symlinks"])
    finally:
        sock.close()
    docs = {Path(d["path"]).name: d for d in _json(capsys)["documents"]}
    assert "a socket" in docs["sock.txt"]["findings"][0]["message"]
    assert "a character device" in docs["zero.txt"]["findings"][0]["message"]
