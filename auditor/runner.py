"""Find the articles, audit them (in parallel when asked), and stream the results.

Each article goes through one pure function, :func:`process_file`, that loads,
audits, scores and renders it: the same on one core, on many, or on a cluster.
Results come back in input order, so output is deterministic whatever ``--jobs``.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from array import array
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, overload

from auditor.audit import audit_document, severity_of
from auditor.config import EXTENSIONS, Config
from auditor.model import Finding, Severity
from auditor.packed import PackedStrings
from auditor.reading.loaders import load_path
from auditor.reportdir import inside_report_folder, is_report_folder
from auditor.reporting.views import DocView, FindingView, citation_view, finding_view, sourcing_counts
from auditor.scoring import score_findings
from auditor.workflow.ledger import fingerprint


@dataclass(slots=True, frozen=True)
class Target:
    """One file to audit: where it is, how reports name it.

    A run holds one per article from discovery to the end, so it is kept small:
    one string and two offsets. The name shown to the user and the scorecard's
    path are both tails of the resolved path, so they are cut from it on demand.
    """

    resolved: str  # the file's absolute path, symlinks resolved, with forward slashes
    display_start: int = 0  # display = name[display_start:] (relative to the working directory when possible)
    report_start: int = 0  # report_rel = name[report_start:] + ".md"
    link: str = ""  # the symlink's own absolute path when the file lives outside the audited tree (named after it)

    @property
    def path(self) -> Path:
        return Path(self.resolved)

    @property
    def name(self) -> str:
        """The path the reports name: the file's, or the link's when it points out of the tree."""
        return self.link or self.resolved

    @property
    def display(self) -> str:
        """How the user sees the file: relative to the working directory when possible."""
        return self.name[self.display_start :]

    @property
    def report_rel(self) -> str:
        """Where its scorecard goes, relative to the report directory (a name too long is shortened)."""
        return scorecard_name(self.name[self.report_start :])


NAME_MAX = 255  # bytes in one file name on Linux, macOS and Windows file systems


def scorecard_name(rel: str) -> str:
    """``rel`` + ".md", its last part cut and given a hash when the name would pass NAME_MAX.

    The scorecard's name must fit with room for the temporary name beside it, and
    stay unique: the hash is of the whole original name.
    """
    folder, _, name = rel.rpartition("/")
    card = name + ".md"
    if len(card.encode("utf-8", "surrogateescape")) <= NAME_MAX - 8:
        return rel + ".md"
    import hashlib

    digest = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    ext = os.path.splitext(name)[1][:16]
    stem = name.encode("utf-8", "surrogateescape")[:160].decode("utf-8", "ignore")
    card = f"{stem}~{digest}{ext}.md"
    return f"{folder}/{card}" if folder else card


class TargetList(Sequence[Target]):
    """A run's targets, packed: about 40 bytes an article instead of 210.

    Discovery's answer is held from the plan to the end of the run, so its size
    is what a run of 50,000 articles holds more than a run of 5,000. The files'
    folders are stored once each, the rest of every path in one UTF-8 buffer, the
    offsets in arrays; a :class:`Target` is made again when it is read.
    """

    __slots__ = ("_display", "_folder", "_folders", "_links", "_report", "_tails")

    def __init__(self, targets: Iterable[Target] = ()) -> None:
        self._folders: list[str] = []
        self._folder = array("I")
        self._tails = PackedStrings()
        self._display = array("I")
        self._report = array("I")
        self._links: dict[int, str] = {}
        ids: dict[str, int] = {}
        for t in targets:
            cut = t.resolved.rfind("/") + 1
            folder = t.resolved[:cut]
            if (fid := ids.get(folder)) is None:
                fid = ids[folder] = len(self._folders)
                self._folders.append(folder)
            if t.link:
                self._links[len(self._folder)] = t.link
            self._folder.append(fid)
            self._tails.append(t.resolved[cut:])
            self._display.append(t.display_start)
            self._report.append(t.report_start)

    def __len__(self) -> int:
        return len(self._folder)

    @overload
    def __getitem__(self, index: int) -> Target: ...

    @overload
    def __getitem__(self, index: slice) -> list[Target]: ...

    def __getitem__(self, index: int | slice) -> Target | list[Target]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        resolved = self._folders[self._folder[index]] + self._tails[index]
        return Target(resolved, self._display[index], self._report[index], self._links.get(index, ""))

    def __iter__(self) -> Iterator[Target]:
        folders, links = self._folders, self._links
        for i, (fid, tail) in enumerate(zip(self._folder, self._tails, strict=True)):
            yield Target(folders[fid] + tail, self._display[i], self._report[i], links.get(i, ""))


@dataclass(slots=True)
class Processed:
    """What the main process needs from one audited article."""

    view: DocView
    markdown: str
    facts: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class RunSettings:
    """Per-run inputs shared by every worker (picklable)."""

    config: Config
    as_of: dt.date
    pages: dict[str, Any] = field(default_factory=dict)
    write_markdown: bool = True
    triage: Any = None  # callable(doc, findings) -> list[(Finding, Severity, status, note)]


def discover(
    paths: list[Path], config: Config, report_dir: Path | None, only: set[Path] | None = None
) -> tuple[TargetList, list[str]]:
    """Every article under ``paths``, sorted; and notes about what was skipped.

    ``only`` (resolved paths) keeps just those files, for ``--changed``; their
    scorecards go where a full run would put them.
    """
    notes = _Notes()
    found: dict[str, str] = {}  # resolved path as POSIX text -> the link naming it ("" when inside the tree)
    skip_dir = report_dir.resolve() if report_dir else None
    roots: list[Path] = []
    report_folders: dict[Path, bool] = {}
    follow = config.follow_symlinks
    for raw in paths:
        if not raw.exists():
            raise FileNotFoundError(str(raw))
        if raw.is_file():
            if raw.suffix.lower() not in EXTENSIONS:
                notes.add("type", f"{raw}: skipped (not .txt, .md, .markdown, .mdx, .html or .htm)")
                continue
            if config.force_exclude and config.excluded(raw.absolute().as_posix(), Path.cwd().as_posix()):
                continue  # named explicitly (pre-commit names every changed file), but excluded
            holder = inside_report_folder(raw, report_folders)
            if holder is not None:
                notes.add("report", f"{raw}: skipped (auditor's own report folder {holder})")
                continue
            roots.append(raw.parent.resolve())
            found.setdefault(raw.resolve().as_posix(), "")
            continue
        root = raw.resolve()
        holder = inside_report_folder(root / "-", report_folders)
        if holder is not None:
            notes.add("report", f"{raw}: skipped (auditor's own report folder {holder})")
            continue
        root_text = root.as_posix()
        roots.append(root)
        seen_dirs = {root_text}

        def unreadable(exc: OSError) -> None:
            notes.add("read", f"{_short(exc.filename)}: folder skipped, it cannot be read ({_reason(exc)})")

        for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=follow):
            here = Path(dirpath)
            kept = []
            for d in sorted(dirnames):
                if d.startswith(".") or d in ("__pycache__", "node_modules"):
                    continue
                sub = here / d
                try:
                    real = sub.resolve()
                    linked = sub.is_symlink()
                except (OSError, RuntimeError) as exc:  # a loop, a path too long
                    notes.add("read", f"{_short(sub)}: folder skipped, it cannot be read ({_reason(exc)})")
                    continue
                if (skip_dir is not None and real == skip_dir) or is_report_folder(sub):
                    continue  # an earlier run's scorecards are not articles
                if linked:
                    if not follow:
                        if not _within(real, root_text):
                            notes.add(
                                "link",
                                f"{sub}: a symlink to {real}, outside the audited folder: not followed (--follow-symlinks reads it)",
                            )
                        continue
                    if real.as_posix() in seen_dirs or not real.is_dir():
                        continue  # a loop or a folder already walked
                seen_dirs.add(real.as_posix())
                kept.append(d)
            dirnames[:] = kept
            for name in sorted(filenames):
                if name.startswith(".") or os.path.splitext(name)[1].lower() not in EXTENSIONS:
                    continue
                p = here / name
                if config.excluded(p.as_posix(), root_text):
                    continue
                try:
                    real_text = p.resolve(strict=True).as_posix()
                except FileNotFoundError:
                    notes.add("link", f"{p}: a symlink to nothing: skipped")
                    continue
                except (OSError, RuntimeError) as exc:
                    notes.add("read", f"{_short(p)}: skipped, it cannot be read ({_reason(exc)})")
                    continue
                link = ""
                if not _within_text(real_text, root_text):
                    if not follow:
                        notes.add(
                            "link",
                            f"{p}: a symlink to {real_text}, outside the audited folder: not followed (--follow-symlinks reads it)",
                        )
                        continue
                    link = p.as_posix()  # named after the link: two links to two same-named files stay two
                found.setdefault(real_text, link)
    if only is not None:
        found = {p: link for p, link in found.items() if Path(p) in only}
    base = Path(os.path.commonpath(roots)) if roots else Path.cwd()
    cwd = Path.cwd().resolve()
    listed = [_target(resolved, cwd, base, link) for resolved, link in found.items()]
    del found
    listed.sort(key=lambda t: t.display)
    targets = TargetList(listed)
    del listed
    if notes.hidden_links > _Notes.LIMIT:
        notes.lines.append(
            f"{notes.hidden_links} symlink(s) leading outside the audited folder were not followed "
            "(--follow-symlinks reads them)"
        )
    return targets, notes.lines


class _Notes:
    """Discovery notes, at most 20 of each kind (a tree of 10,000 links must not flood the log)."""

    LIMIT = 20

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.counts: dict[str, int] = {}
        self.hidden_links = 0

    def add(self, kind: str, text: str) -> None:
        n = self.counts[kind] = self.counts.get(kind, 0) + 1
        if kind == "link" and "outside the audited folder" in text:
            self.hidden_links += 1
        if n <= self.LIMIT:
            self.lines.append(text)
        elif n == self.LIMIT + 1:
            self.lines.append(f"… more notes like the last one are not shown ({kind})")


def _short(path: object) -> str:
    """A path for a one-line note: a path thousands of characters long is cut in the middle."""
    text = str(path)
    return text if len(text) <= 300 else f"{text[:140]}…{text[-140:]}"


def _reason(exc: BaseException) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)


def _within(path: Path, root_text: str) -> bool:
    return _within_text(path.as_posix(), root_text)


def _within_text(path_text: str, root_text: str) -> bool:
    return path_text == root_text or path_text.startswith(root_text.rstrip("/") + "/")


def target_for(path: Path) -> Target:
    """The target for one file named on its own (``auditor accept``): shown as ``check`` shows it."""
    resolved = path.resolve().as_posix()
    return _target(resolved, Path.cwd().resolve(), path.resolve().parent)


def _target(resolved: str, cwd: Path, base: Path, link: str = "") -> Target:
    """The target for a resolved path: shown relative to ``cwd``, its scorecard placed relative to ``base``."""
    name = link or resolved
    display_start = _tail_start(name, cwd)
    report_start = _tail_start(name, base)
    if report_start is None:
        report_start = name.rfind("/") + 1  # outside the common root: the file's name
    return Target(resolved, display_start or 0, report_start, link)


def _tail_start(resolved: str, folder: Path) -> int | None:
    """Where ``resolved`` continues below ``folder`` (what ``relative_to`` would keep), or None if not below it."""
    prefix = folder.as_posix()
    if not prefix.endswith("/"):
        prefix += "/"
    return len(prefix) if resolved.startswith(prefix) else None


def default_triage(doc: Any, findings: list[Finding]) -> list[tuple[Finding, Severity, str, str | None]]:
    return [(f, severity_of(f), "open", None) for f in findings]


def process_file(target: Target, settings: RunSettings) -> Processed:
    """Load, audit, score and render one article. Pure: no writes, no network."""
    config = settings.config
    doc = load_path(target.path, target.display, config.max_file_size)
    audited = audit_document(doc, config, settings.as_of, settings.pages)
    triage = settings.triage or default_triage
    counted: list[tuple[Finding, Severity]] = []
    open_views: list[FindingView] = []
    set_aside: list[FindingView] = []
    for f, sev, status, note in triage(doc, audited.findings):
        view = finding_view(doc, f, sev)
        view.fingerprint = fingerprint(doc, f)
        if f.code.startswith("AUD") and isinstance(f.evidence.get("line"), int):
            _place_on_line(view, f.evidence["line"], f.evidence.get("excerpt"))
        view.status = status
        view.note = note
        if status == "open":
            counted.append((f, sev))
            open_views.append(view)
        else:
            set_aside.append(view)
    open_views.sort(key=_file_order)
    set_aside.sort(key=_file_order)
    score = score_findings(counted, config.fail_under, config.fail_on)
    meta = doc.meta
    title = meta.title or Path(target.display).stem
    citations = [citation_view(doc, c) for c in doc.citations]
    view = DocView(
        path=target.display,
        report_path=target.report_rel,
        title=title,
        format=meta.format,
        published=meta.published.isoformat() if meta.published else None,
        published_source=meta.published_source if meta.published else None,
        published_confidence=meta.published_confidence if meta.published else None,
        published_detail=meta.published_detail,
        words=doc.word_count,
        encoding_note=meta.encoding_note,
        not_audited=doc.not_audited,
        score=score,
        citations=citations,
        findings=open_views,
        set_aside=set_aside,
        internal_error=bool(audited.failures),
        sourcing=sourcing_counts(doc, citations) if not doc.not_audited else {},
    )
    markdown = ""
    if settings.write_markdown:  # a run without --report-dir never loads the scorecard writer
        from auditor.reporting.markdown import render_scorecard

        markdown = render_scorecard(view)
    return Processed(view, markdown, audited.facts)


def _file_order(v: FindingView) -> tuple[int, int, str]:
    return (v.line, v.column, v.code)


def _place_on_line(view: FindingView, line: int, excerpt: object) -> None:
    """Findings about a comment (AUD004) point at the comment's line in the file."""
    view.line = view.end_line = line
    view.column = view.end_column = 1
    if isinstance(excerpt, str):
        view.excerpt = excerpt


_WORKER_SETTINGS: RunSettings | None = None


def _init_worker(settings: RunSettings) -> None:
    """Receive the run's settings once per worker (not once per article) and load the rules."""
    global _WORKER_SETTINGS
    _die_with_parent()
    _WORKER_SETTINGS = settings
    _warm()


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when its parent dies (kill -9 of a CI job must not leak workers)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent or parent == 1:  # the parent died before the request took effect
        os._exit(1)


def _process_chunk_in_worker(targets: list[Target]) -> list[Processed]:
    assert _WORKER_SETTINGS is not None
    return [process_file(t, _WORKER_SETTINGS) for t in targets]


def run(targets: Sequence[Target], settings: RunSettings, jobs: int = 1) -> Iterator[Processed]:
    """Yield processed articles in target order, using ``jobs`` processes (0 = all cores)."""
    if jobs == 0:
        jobs = os.cpu_count() or 1
    if jobs <= 1 or len(targets) < 4:
        for t in targets:
            yield process_file(t, settings)
        return
    from concurrent.futures import Future, ProcessPoolExecutor  # only parallel runs pay for it

    chunk = max(1, min(64, len(targets) // (jobs * 8) or 1))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        # Not pool.map: it submits every chunk at once, so when the workers outpace this
        # process (writing scorecards, spooling views) finished results pile up in memory.
        # A few chunks per worker in flight keeps the workers busy and memory flat.
        chunks = (targets[i : i + chunk] for i in range(0, len(targets), chunk))
        pending: deque[Future[list[Processed]]] = deque()
        try:
            for part in chunks:
                pending.append(pool.submit(_process_chunk_in_worker, part))
                if len(pending) >= jobs * 4:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


def _warm() -> None:
    """Load the rules once per worker process."""
    from auditor.registry import load_builtin_rules

    load_builtin_rules()
