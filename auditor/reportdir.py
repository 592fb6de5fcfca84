"""Report folders that stay consistent: auditor knows its own files and touches no other.

A report folder holds a manifest, ``.auditor-manifest`` (JSON, sorted, no
dates: two runs over the same articles write the same bytes), listing every file
auditor wrote there. With it a run can

- replace its own earlier files and remove the stale ones (scorecards of
  articles that are gone), and never overwrite a file it did not write: a
  scorecard or ``index.md`` that exists but is not in the manifest stops the run
  before the audit (exit 2);
- say when a run did not finish: the manifest is marked incomplete and
  ``index.md`` replaced by a short notice before the first scorecard is written,
  and both are rewritten only at the end;
- be recognised by discovery, which never audits a folder holding a manifest.

Two runs writing one folder are serialised by an exclusive ``flock`` on the
folder itself (no lock file to leave behind); the second one waits and says so.
A folder written by an auditor without manifests (its ``index.md`` starts with
``# auditor report``) is adopted once: its ``index.md`` and the Markdown files
shaped like a scorecard count as auditor's.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from auditor.exits import UsageError
from auditor.packed import SortedNames, difference, merged
from auditor.safeio import atomic_write, write_text_atomic

MANIFEST = ".auditor-manifest"
INDEX = "index.md"
_LEGACY_INDEX = (b"# auditor report\n", b"# auditor report (incomplete)\n")  # index.md's first line, exactly
_LEGACY_CARD = re.compile(rb"\A# [^\n]*\n\n`[^\n]*` \xc2\xb7 \d+ words \xc2\xb7 ")  # "# title", "`path` · N words · "
INCOMPLETE_INDEX = (
    "# auditor report (incomplete)\n\n"
    "**This folder is incomplete.** An auditor run started writing it and has not finished (it is still "
    "running, or it was stopped): the scorecards here may be missing or come from two runs. Run "
    "`auditor check` again to get a complete set.\n"
)


def is_report_folder(folder: Path) -> bool:
    """Whether ``folder`` is a report folder auditor wrote (manifest, or an older auditor's ``index.md``)."""
    if os.path.lexists(folder / MANIFEST):
        return True
    try:
        with open(folder / INDEX, "rb") as fh:
            return fh.read(64).startswith(_LEGACY_INDEX)
    except OSError:
        return False


def inside_report_folder(path: Path, cache: dict[Path, bool]) -> Path | None:
    """The report folder holding ``path`` (a file named on the command line), if any; ``cache`` is per run."""
    for folder in path.resolve().parents:
        known = cache.get(folder)
        if known is None:
            known = cache[folder] = is_report_folder(folder)
        if known:
            return folder
    return None


def refuse_overlap(report_dir: Path, roots: Iterable[Path]) -> None:
    """Refuse a report folder that is an audited folder or holds one: its files would mix with the articles."""
    rd = report_dir.resolve()
    for root in roots:
        if rd == root or rd in root.parents:
            what = "is the audited folder" if rd == root else f"holds the audited folder {root}"
            raise UsageError(
                f"--report-dir {report_dir} {what}: scorecards would be written among the articles "
                f"(and the folder marked as a report folder); give a folder of its own, e.g. {root / 'reports'}"
            )


class ReportFolder:
    """One run's hold on a report folder: lock, plan, mark incomplete, write, finish."""

    def __init__(self, root: Path) -> None:
        self.root = root
        # Relative POSIX paths, sorted and packed (a run of 50,000 articles plans 50,000 names):
        self.owned = SortedNames()  # files earlier runs wrote here
        self.planned = SortedNames()  # files this run writes
        self._fd: int | None = None

    @contextlib.contextmanager
    def locked(self) -> Iterator[ReportFolder]:
        """Hold the folder's exclusive lock while the block runs (another run waits, saying so)."""
        self.root.mkdir(parents=True, exist_ok=True)
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX
            yield self
            return
        fd = os.open(self.root, os.O_RDONLY)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                print(f"auditor: waiting for another run writing {self.root}", file=sys.stderr)
                fcntl.flock(fd, fcntl.LOCK_EX)
            except OSError as exc:  # a file system without locks (some network mounts): say so, go on
                print(
                    f"auditor: warning: {self.root} cannot be locked ({exc.strerror}); "
                    "do not run two audits into it at once",
                    file=sys.stderr,
                )
            yield self
        finally:
            os.close(fd)

    def plan(self, names: Iterable[str]) -> None:
        """Read what earlier runs wrote here; refuse before any work if a file to write is not auditor's."""
        self.owned = self._read_owned()
        self.planned = SortedNames([INDEX, *names])
        root = self.root.resolve()
        conflicts: list[str] = []
        parents: set[str] = set()
        for name in self.planned:
            parent = name.rpartition("/")[0]
            if parent not in parents:
                parents.add(parent)
                where = (self.root / parent).resolve() if parent else root
                if where != root and root not in where.parents:
                    raise UsageError(f"{self.root / parent}: leads out of the report folder (a symlink); remove it")
        # the names no earlier run wrote, by one pass over both sorted lists (not a search per name)
        for name in difference(self.planned, self.owned):
            if os.path.lexists(self.root / name):
                conflicts.append(name)
        if conflicts:
            shown = ", ".join(conflicts[:3]) + (f" and {len(conflicts) - 3} more" if len(conflicts) > 3 else "")
            raise UsageError(
                f"--report-dir {self.root}: would overwrite {shown}, which auditor did not write "
                f"(no {MANIFEST} lists it); move those files away or give an empty or new folder"
            )

    def begin(self) -> None:
        """Mark the folder incomplete before the first scorecard: the manifest lists old and new files."""
        self._write_manifest(merged(self.owned, self.planned), complete=False)
        write_text_atomic(self.root / INDEX, INCOMPLETE_INDEX)

    def finish(self) -> list[str]:
        """After index.md: remove stale files of earlier runs, mark the folder complete; returns what was removed."""
        root = self.root.resolve()
        removed: list[str] = []
        for name in difference(self.owned, self.planned):
            path = self.root / name
            try:
                if path.parent.resolve() != root and root not in path.parent.resolve().parents:
                    continue
                if path.is_symlink() or path.is_file():
                    path.unlink()
                    removed.append(name)
            except OSError:
                continue
        self._prune_empty_folders(removed)
        self._write_manifest(self.planned, complete=True)
        return removed

    def _prune_empty_folders(self, removed: list[str]) -> None:
        folders = {p for name in removed for p in Path(name).parents if str(p) != "."}
        for folder in sorted(folders, key=lambda p: -len(p.parts)):
            with contextlib.suppress(OSError):
                (self.root / folder).rmdir()  # only an empty folder goes

    def _read_owned(self) -> SortedNames:
        manifest = self.root / MANIFEST
        if not os.path.lexists(manifest):
            return SortedNames(self._adopt_legacy())
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
            files = data["files"]
            if data.get("tool") != "auditor" or not isinstance(files, list):
                raise ValueError("not an auditor manifest")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise UsageError(f"{manifest}: not a manifest auditor can read ({exc}); delete it if it is yours") from exc
        return SortedNames(f for f in files if isinstance(f, str) and _safe_relative(f))

    def _adopt_legacy(self) -> set[str]:
        """An older auditor's folder (no manifest): its index.md and its scorecard-shaped Markdown files."""
        if not is_report_folder(self.root):
            return set()
        owned = {INDEX}
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in filenames:
                if not name.endswith(".md") or name == INDEX:
                    continue
                path = Path(dirpath) / name
                try:
                    with open(path, "rb") as fh:
                        head = fh.read(2048)
                except OSError:
                    continue
                if _LEGACY_CARD.match(head):
                    owned.add(path.relative_to(self.root).as_posix())
        return owned

    def _write_manifest(self, files: Iterable[str], complete: bool) -> None:
        """Write the manifest, ``files`` given sorted: the bytes ``json.dump(..., indent=1)`` would write,
        streamed one name at a time (no list, no string of 50,000 names)."""
        with atomic_write(self.root / MANIFEST) as fh:
            fh.write(_MANIFEST_HEAD.format(complete=json.dumps(complete)))
            sep = "\n  "
            for name in files:
                fh.write(sep + json.dumps(name, ensure_ascii=False))
                sep = ",\n  "
            fh.write("]\n}\n" if sep == "\n  " else "\n ]\n}\n")


_MANIFEST_HEAD = (
    '{{\n "tool": "auditor",\n "about": "files auditor wrote in this report folder; its next run here replaces '
    'or removes them",\n "complete": {complete},\n "files": ['
)


def _safe_relative(name: str) -> bool:
    """A manifest entry may only name a path below the folder (a hostile manifest must not reach out)."""
    parts = name.split("/")
    return bool(name) and not name.startswith("/") and "\\" not in name and ".." not in parts and "" not in parts
