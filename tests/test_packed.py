"""The run-sized lists kept packed (targets, the report folder's names) behave as the lists they replace."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from auditor.config import Config
from auditor.packed import PackedStrings, SortedNames, difference, merged
from auditor.reportdir import MANIFEST, ReportFolder
from auditor.runner import Target, TargetList, discover

NAMES = ["b/é.txt", "", "a b/x.md", "\udcff.txt", "z\n.md", "日本/記事.html", "a"]


def test_packed_strings_give_back_what_was_put_in_any_character_included() -> None:
    packed = PackedStrings(NAMES)
    assert list(packed) == NAMES
    assert [packed[i] for i in range(len(packed))] == NAMES
    assert packed[-1] == "a" and packed[1:4] == NAMES[1:4] and packed[::-2] == NAMES[::-2]
    with pytest.raises(IndexError):
        packed[len(NAMES)]


def test_sorted_names_are_a_sorted_set_with_membership() -> None:
    names = SortedNames([*NAMES, "a", "b/é.txt"])
    assert list(names) == sorted(set(NAMES))
    assert all(n in names for n in NAMES)
    assert "b" not in names and "zz" not in names and 3 not in names
    assert "" not in SortedNames()


def test_merged_and_difference_of_sorted_names_match_the_set_operations() -> None:
    a, b = sorted({"a", "c", "d", "x/1", "é"}), sorted({"b", "c", "x/1", "z"})
    assert list(merged(a, b)) == sorted(set(a) | set(b))
    assert list(difference(a, b)) == sorted(set(a) - set(b))
    assert list(difference(a, [])) == a and list(difference([], b)) == []


def test_a_target_list_gives_back_every_target_with_its_names(tmp_path: Path) -> None:
    targets = [
        Target("/news/a/one.txt", 6, 8),
        Target("/news/b/é two.md", 6, 8),
        Target("/elsewhere/three.txt", 0, 11, link="/news/a/three.txt"),
        Target("/news/a/four.txt", 6, 8),
    ]
    packed = TargetList(targets)
    assert len(packed) == 4 and bool(packed) and not TargetList()
    assert list(packed) == targets
    assert [packed[i] for i in range(4)] == targets and packed[-1] == targets[-1]
    assert packed[1:3] == targets[1:3]
    assert [t.display for t in packed] == [t.display for t in targets]
    assert [t.report_rel for t in packed] == [t.report_rel for t in targets]


def test_discovery_answers_a_target_list_in_display_order(tmp_path: Path) -> None:
    for name in ("b/2.txt", "a/z.txt", "a/b/1.md", "c.html"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Text.", encoding="utf-8")
    targets, _ = discover([tmp_path], Config(), None)
    assert isinstance(targets, TargetList)
    assert [t.report_rel for t in targets] == ["a/b/1.md.md", "a/z.txt.md", "b/2.txt.md", "c.html.md"]
    assert [t.display for t in targets] == sorted(t.display for t in targets)


@pytest.mark.parametrize("files", [[], ["index.md"], ["a b/é.md", "index.md", 'q"uo\\te.md', "z\n.md", "\u2028.md"]])
def test_the_streamed_manifest_has_the_bytes_json_dump_wrote(tmp_path: Path, files: list[str]) -> None:
    folder = ReportFolder(tmp_path)
    for complete in (True, False):
        folder._write_manifest(iter(sorted(files)), complete)
        data = {
            "tool": "auditor",
            "about": "files auditor wrote in this report folder; its next run here replaces or removes them",
            "complete": complete,
            "files": sorted(files),
        }
        expected = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
        assert (tmp_path / MANIFEST).read_text(encoding="utf-8") == expected


def test_a_report_folder_replaces_its_own_files_and_removes_stale_ones(tmp_path: Path) -> None:
    folder = ReportFolder(tmp_path)
    with folder.locked():
        folder.plan(["a.txt.md", "old/b.txt.md"])
        folder.begin()
        for name in ("a.txt.md", "old/b.txt.md"):
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_text("card", encoding="utf-8")
        assert folder.finish() == []
    again = ReportFolder(tmp_path)
    with again.locked():
        again.plan(["a.txt.md", "c.txt.md"])
        again.begin()
        begun = json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))
        assert begun["files"] == ["a.txt.md", "c.txt.md", "index.md", "old/b.txt.md"]
        assert again.finish() == ["old/b.txt.md"]
    assert json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))["files"] == [
        "a.txt.md",
        "c.txt.md",
        "index.md",
    ]
    assert not (tmp_path / "old").exists()


def test_a_packed_target_costs_a_fraction_of_a_target_object() -> None:
    # the reason for packing: a run of 50,000 articles holds one per article to the end
    targets = [Target(f"/srv/archive/2026/{i // 100:04d}/article{i:06d}.txt", 5, 18) for i in range(2000)]
    packed = TargetList(targets)
    as_objects = sys.getsizeof(targets) + sum(sys.getsizeof(t) + sys.getsizeof(t.resolved) for t in targets)
    as_packed = (
        sys.getsizeof(packed._tails._blob)
        + sum(sys.getsizeof(a) for a in (packed._tails._ends, packed._folder, packed._display, packed._report))
        + sum(sys.getsizeof(f) for f in packed._folders)
    )
    assert as_packed * 4 < as_objects
