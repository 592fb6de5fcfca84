"""The one run: discover -> read -> audit -> triage -> score -> report.

``auditor check`` builds a :class:`CheckRequest` from its arguments and calls
:func:`run`; the Dask path (:mod:`auditor.scale`) calls the same function with
another executor, and ``auditor accept`` audits its one file with
:func:`audit_file`, so all three see the same findings, fingerprints and lines.

Stages, in order:

1. *plan*: which files (discovery, ``--changed``), which rules, the triage of
   suppressions, accepted findings and baselines, online page facts;
2. *execute*: every article through :func:`auditor.runner.process_file` (load,
   audit, triage, score, render), in this process, a pool, or on Dask;
3. *collect*: scorecards written as they arrive, one light row per article,
   totals, baseline entries, the views spooled for machine formats;
4. *report*: index.md, the step summary, the requested formats, the exit code.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor import exits
from auditor.config import Config
from auditor.exits import EXIT_ERROR, EXIT_FAIL, EXIT_OK, UsageError
from auditor.runner import Processed, RunSettings, Target

Executor = Callable[[Sequence[Target], RunSettings], Iterable[Processed]]
"""Runs ``process_file`` over the targets and yields the results in target order."""


@dataclass(slots=True)
class CheckRequest:
    """Everything one run needs, already validated: what ``auditor check`` was asked."""

    paths: list[Path]
    config: Config
    outputs: list[tuple[str, Path | None]] = field(default_factory=lambda: [("text", None)])
    report_dir: Path | None = None
    quiet: bool = False
    changed: str | None = None  # --changed REF ("" = the default base); None = not asked
    baseline: Path | None = None
    write_baseline: Path | None = None
    accepted_file: Path | None = None
    step_summary: bool = True
    pages: dict[str, Any] | None = None  # online page facts fetched beforehand (the Dask path)


@dataclass(slots=True)
class RunResult:
    exit_code: int
    articles: int
    failing: int
    rule_totals: Counter[str]


def run(
    request: CheckRequest,
    executor: Executor | None = None,
    observe: Callable[[Any], None] | None = None,
    notes_out: list[str] | None = None,
) -> RunResult:
    """Audit what ``request`` names and write its reports.

    ``executor`` runs the articles (default: this process or ``config.jobs``
    processes); ``observe`` sees each article's view as it arrives; ``notes_out``
    receives the run's notes (also printed on stderr).
    """
    from auditor.safeio import check_writable

    report_dir, outputs = request.report_dir, request.outputs
    for target in [t for _, t in outputs if t is not None] + [request.write_baseline] * bool(request.write_baseline):
        check_writable(target)  # before the audit, not after it
    if report_dir is not None:
        check_writable(report_dir / "index.md")
    targets, notes = _targets(request)
    if report_dir is not None and not targets and request.changed is None and any(p.is_dir() for p in request.paths):
        request = dataclasses.replace(request, report_dir=None)  # a wrong path (an error): the folder stays as it was
        report_dir = None
    folder = None
    if report_dir is not None:
        from auditor.reportdir import ReportFolder

        folder = ReportFolder(report_dir)
    with folder.locked() if folder is not None else contextlib.nullcontext():
        return _run_planned(request, targets, notes, folder, executor, observe, notes_out)


def _run_planned(
    request: CheckRequest,
    targets: Sequence[Target],
    notes: list[str],
    folder: Any,
    executor: Executor | None,
    observe: Callable[[Any], None] | None,
    notes_out: list[str] | None,
) -> RunResult:
    """The run once its targets are known and its report folder (if any) is held."""
    from auditor.reporting.formats import FORMATS, RunInfo, summary_line, text_lines
    from auditor.reporting.spool import RowLog
    from auditor.reporting.summary import use_colour
    from auditor.workflow.ledger import BaselineEntry, path_key

    config, report_dir = request.config, request.report_dir
    outputs = request.outputs
    if folder is not None:
        folder.plan(t.report_rel for t in targets)  # before the audit: refuse to overwrite what is not ours
    for note in notes:
        print(exits.one_line(f"auditor: {note}"), file=sys.stderr)
    if notes_out is not None:
        notes_out.extend(notes)
    triage = _triage(request)
    as_of = config.as_of or dt.date.today()
    pages = request.pages
    if pages is None:
        pages = _online_pages(targets, config, as_of) if config.online and targets else {}
    settings = RunSettings(
        config=config, as_of=as_of, pages=pages, write_markdown=report_dir is not None, triage=triage
    )
    stream_text = ("text", None) in outputs and not request.quiet
    colour = stream_text and use_colour(sys.stdout)
    later = [(name, target) for name, target in outputs if not (stream_text and (name, target) == ("text", None))]
    spool = None
    quiet_text = request.quiet and ("text", None) in outputs  # summary line only: no views needed
    if any(FORMATS[name].needs_views and not (quiet_text and (name, t) == ("text", None)) for name, t in later):
        from auditor.reporting.spool import ViewSpool

        spool = ViewSpool()
    baseline_dir = request.write_baseline.resolve().parent if request.write_baseline else None
    baseline_rows: list[BaselineEntry] = []
    from auditor.progress import Progress

    progress = Progress(len(targets))
    state = exits.begin(len(targets), report_dir)
    rows = RowLog()  # one light row per article, on disk: memory stays flat on big runs
    lapsed: list[tuple[str, str]] = []
    facts: list[tuple[str, dict[str, Any]]] = []
    rule_totals: Counter[str] = Counter()
    category_totals: Counter[str] = Counter()
    internal_error = False
    failing = 0
    if folder is not None:
        folder.begin()  # index.md says "incomplete" until the run ends
    execute = executor or (lambda t, s: _local(t, s, config.jobs))
    sync_each = len(targets) <= SYNC_EACH_UP_TO  # a larger run syncs its scorecards once, at the end
    cards = _Scorecards(report_dir, background=not sync_each)
    try:
        for processed in execute(targets, settings):
            view = processed.view
            progress.step()
            state.done += 1
            cards.write(view.report_path, processed.markdown)
            for f in view.findings:
                rule_totals[f.code] += 1
                category_totals[f.category] += 1
            internal_error |= view.internal_error
            failing += not view.score.passed
            if config.cross_document:
                facts.append((view.path, processed.facts))
            if stream_text and view.findings:
                progress.close()
                sys.stdout.write("\n".join(text_lines(view, colour)) + "\n")
            if baseline_dir is not None:
                key = path_key(view.path, baseline_dir)
                for f in (*view.findings, *(f for f in view.set_aside if f.status == "baseline")):
                    if f.code != "AUD004":
                        baseline_rows.append(BaselineEntry(key, f.code, f.fingerprint, f.excerpt[:120]))
            if spool is not None:
                spool.append(view)
            if triage.accepted:
                lapsed.extend(_lapsed_acceptances(view, triage))
            if observe is not None:
                observe(view)
            rows.append(view.row())  # the details are on disk (spool) or already written: keep a light row
    except BaseException:
        cards.abort()
        raise
    cards.close()  # the last scorecards written; an error that stops the run is raised here
    internal_error |= cards.failed  # a scorecard not written: said on stderr; the run ends with exit 2
    progress.close()
    cross = _cross_document(facts) if config.cross_document else None
    info = RunInfo(
        as_of=as_of.isoformat(),
        explicit_as_of=config.as_of is not None,
        cross_document=cross,
        notes=notes,
        rule_totals=rule_totals,
        category_totals=category_totals,
        rows=rows,
        sarif_set_aside=sarif_set_aside(config),
    )
    try:
        if report_dir is not None and not sync_each and targets:
            from auditor.safeio import sync_filesystem

            sync_filesystem(report_dir)  # every scorecard on disk before index.md says the run is complete
        _write_index(request, info)
        if folder is not None:
            removed = folder.finish()
            if removed:
                print(
                    f"auditor: removed {len(removed)} stale scorecard(s) of earlier runs from {report_dir}",
                    file=sys.stderr,
                )
        for path, code in lapsed:
            print(
                f"auditor: {path}: an accepted {code} entry matches no finding any more (its sentence changed, "
                "or the problem is gone); accept the finding again if it re-opened, or remove the entry",
                file=sys.stderr,
            )
        nothing_found = not targets and request.changed is None and any(p.is_dir() for p in request.paths)
        if nothing_found:  # a folder with no articles is a mistake (a wrong path), never a silent pass
            print(
                f"auditor: error: no articles found under {', '.join(str(p) for p in request.paths)} "
                "(.txt, .md, .markdown, .mdx, .html, .htm)",
                file=sys.stderr,
            )
        if stream_text:
            sys.stdout.write(summary_line(rows) + "\n")
            if cross:
                sys.stdout.write(cross_text(cross))
        _write_formats(later, spool, info, request.quiet, report_dir)
    finally:
        if spool is not None:
            spool.close()
        rows.close()
    if report_dir is not None and any(n == "text" for n, _ in outputs) and not request.quiet:
        print(f"Scorecards: {report_dir / 'index.md'}", file=sys.stderr)
    code = EXIT_ERROR if internal_error or nothing_found else EXIT_OK if not failing else EXIT_FAIL
    if request.write_baseline is not None:
        from auditor.workflow.ledger import write_baseline

        n = write_baseline(request.write_baseline, baseline_rows, info.as_of)
        print(f"auditor: wrote {n} finding(s) to the baseline {request.write_baseline}", file=sys.stderr)
        code = EXIT_ERROR if internal_error else EXIT_OK
    return RunResult(code, len(targets), failing, rule_totals)


def sarif_set_aside(config: Config) -> bool:
    """``sarif-include-set-aside`` (or ``--sarif-include-set-aside``): keep set-aside findings in SARIF."""
    value = config.sections.get("sarif-include-set-aside", config.sections.get("sarif_include_set_aside"))
    return bool(value)


def show_settings(request: CheckRequest) -> str:
    """``--show-settings``: the configuration as resolved, the rules that run and the files selected."""
    from auditor.workflow.triage import accepted_path, config_root

    config = request.config
    targets, notes = _targets(request)
    _, enabled = enabled_codes(config)
    baseline = request.baseline or config.sections.get("baseline")

    def listed(values: list[str]) -> str:
        return ", ".join(values) if values else "(none)"

    lines = [
        f"configuration file: {config.source or '(none: defaults)'}",
        f"relative paths refer to: {config_root(config)}",
        f"select: {listed(config.select) if config.select else 'ALL'}",
        f"extend-select: {listed(config.extend_select)}",
        f"ignore: {listed(config.ignore)}",
        f"rules that run ({len(enabled)}): {' '.join(enabled)}",
        f"exclude: {listed(config.exclude)}",
        f"force-exclude: {str(config.force_exclude).lower()}",
        f"fail-under: {config.fail_under}",
        f"fail-on: {config.fail_on}",
        f"as-of: {config.as_of.isoformat() if config.as_of else '(each article its own date, else today)'}",
        f"max-file-size: {config.max_file_size} bytes",
        f"rule-timeout: {f'{config.rule_timeout:g} s per rule per article' if config.rule_timeout else '0 (no limit)'}",
        f"rule-memory: {f'{config.rule_memory} MB per rule per article' if config.rule_memory else '0 (no limit)'}",
        f"jobs: {config.jobs}",
        f"report-dir: {request.report_dir or '(none)'}",
        f"online: {str(config.online).lower()}",
        f"accepted-file: {accepted_path(config, request.accepted_file)}",
        f"baseline: {baseline or '(none)'}",
        *(f"note: {n}" for n in notes),
        f"files ({len(targets)}):",
        *(f"  {t.display}" for t in targets),
    ]
    return "\n".join(lines) + "\n"


class _Scorecards:
    """Where a run's scorecards go: written at once in a small run (each synced), by a thread of
    its own in a large one, so that creating and renaming files (0.1-2 ms of waiting each on a busy
    disk) overlaps the audit instead of delaying the next result of every worker. At most 64
    scorecards wait in memory."""

    def __init__(self, report_dir: Path | None, background: bool) -> None:
        self.report_dir = report_dir
        self.failed = False  # a scorecard could not be written (said on stderr)
        self._error: BaseException | None = None  # what stops the run (a full disk ...)
        self._stop = False
        self._queue: Any = None
        self._thread: Any = None
        if report_dir is not None and background:
            import queue
            import threading

            self._queue = queue.Queue(maxsize=64)
            self._thread = threading.Thread(target=self._drain, name="auditor-scorecards", daemon=True)
            self._thread.start()

    def write(self, rel: str, text: str) -> None:
        if self.report_dir is None:
            return
        if self._queue is None:
            self.failed |= not _write_scorecard(self.report_dir / rel, text)
            return
        if self._error is not None:
            raise self._error
        self._queue.put((self.report_dir / rel, text))

    def _drain(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is not None or self._stop:
                continue  # the run is stopping: drop the rest
            try:
                self.failed |= not _write_scorecard(item[0], item[1], sync=False)
            except BaseException as exc:  # handed to the main thread, which stops the run
                self._error = exc

    def _join(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None

    def close(self) -> None:
        """Wait for the last scorecards; raise the error that stopped the writing, if any."""
        self._join()
        if self._error is not None:
            raise self._error

    def abort(self) -> None:
        """The run is stopping: drop what is still queued and end the thread."""
        self._stop = True
        self._join()


SYNC_EACH_UP_TO = 16
"""Runs of at most this many articles sync each scorecard as it is written (a pre-commit hook's
run is as durable as before); larger runs write them unsynced and sync the report folder's file
system once before the final index: an ``fsync`` per file took 3-5 ms of wall time on a shared
disk, as much as auditing the article, and serialised a ``--jobs 2`` run on the parent."""


def _write_scorecard(path: Path, text: str, sync: bool = True) -> bool:
    """Write one scorecard; a problem with this one file is one line on stderr, not the end of the run.

    A full disk, a read-only or missing folder, a file-size limit concern every
    file to come: those stop the run (one line, exit 2; index.md still says the
    folder is incomplete).
    """
    import errno

    from auditor.safeio import write_text_atomic

    try:
        write_text_atomic(path, text, sync)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG, errno.EACCES, errno.EPERM):
            raise
        print(
            exits.one_line(f"auditor: error: could not write the scorecard {path}: {exc.strerror or exc}"),
            file=sys.stderr,
        )
        return False
    return True


def audit_file(path: Path, config: Config, as_of: dt.date) -> Any:
    """One article's view as ``auditor check`` would show it, every finding open (for ``auditor accept``)."""
    from auditor.runner import process_file, target_for

    return process_file(target_for(path), RunSettings(config=config, as_of=as_of, write_markdown=False)).view


def _local(targets: Sequence[Target], settings: RunSettings, jobs: int) -> Iterable[Processed]:
    from auditor.runner import run as run_local

    return run_local(targets, settings, jobs)


def enabled_codes(config: Config) -> tuple[list[str], list[str]]:
    """Every known code, and the codes this run reports (the AUD codes always)."""
    from auditor.registry import all_rules, internal_rules

    rules = all_rules()
    known = [r.code for r in (*rules, *internal_rules())]
    enabled = [r.code for r in rules if config.enabled(r.code) and (not r.online or config.online)]
    return known, enabled + [r.code for r in internal_rules()]


def check_codes(codes: list[str]) -> None:
    """Refuse a code or prefix that names no rule (a typo must not silently select nothing)."""
    from auditor.registry import all_rules, internal_rules

    known = [r.code for r in (*all_rules(), *internal_rules())]
    for c in codes:
        if c != "ALL" and not any(k.startswith(c) for k in known):
            raise UsageError(f"unknown rule code or prefix {c!r}; `auditor rules` lists them")


def _triage(request: CheckRequest) -> Any:
    from auditor.workflow.ledger import LedgerError
    from auditor.workflow.triage import build_triage, config_root

    config = request.config
    baseline_file = request.baseline
    configured = config.sections.get("baseline")
    if baseline_file is None and isinstance(configured, str) and request.write_baseline is None:
        baseline_file = config_root(config) / configured
    known, enabled = enabled_codes(config)
    try:
        triage = build_triage(config, known, enabled, baseline_file, request.accepted_file)
    except (LedgerError, ValueError) as exc:
        raise UsageError(str(exc)) from exc
    check_codes([c for fi in triage.file_ignores for c in fi.codes])
    return triage


def _targets(request: CheckRequest) -> tuple[Sequence[Target], list[str]]:
    from auditor.runner import discover

    paths = list(request.paths)
    changed = request.changed
    only = None
    notes: list[str] = []
    described = ""
    if changed is not None:
        from auditor.workflow.gitchanges import GitError, changed_files, is_ref

        try:
            if changed and Path(changed).exists() and not is_ref(changed, Path.cwd()):
                paths.append(Path(changed))  # `check --changed articles/`: a path, not a REF
                changed = ""
            found, described = changed_files(paths[0] if paths else Path.cwd(), changed or None)
        except GitError as exc:
            raise UsageError(str(exc)) from exc
        only = {p.resolve() for p in found}
    if not paths:
        if changed is None:
            raise UsageError("give at least one PATH to audit (or --changed)")
        paths = [Path(".")]
    if request.report_dir is not None:
        from auditor.reportdir import refuse_overlap

        refuse_overlap(request.report_dir, [p.resolve() if p.is_dir() else p.resolve().parent for p in paths])
    try:
        targets, found_notes = discover(paths, request.config, request.report_dir, only)
    except FileNotFoundError as exc:
        raise UsageError(f"no such file or folder: {exc}") from exc
    if only is not None:
        notes.append(f"--changed: {len(targets)} changed article file(s) against {described}")
    return targets, notes + found_notes


def _write_index(request: CheckRequest, info: Any) -> None:
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if request.report_dir is None and not (summary_file and request.step_summary):
        return  # no index to write: a one-article run does not even load the Markdown writer
    from auditor.reporting.markdown import write_index
    from auditor.safeio import atomic_write

    args = (info.rows, info.rule_totals, info.category_totals, info.as_of if info.explicit_as_of else None)
    if request.report_dir is not None:
        with atomic_write(request.report_dir / "index.md") as fh:
            write_index(fh, *args, info.cross_document)
    if summary_file and request.step_summary:
        try:
            with open(summary_file, "a", encoding="utf-8") as fh:
                write_index(fh, *args, info.cross_document, links=False, limit=100)
                fh.write("\n")
        except OSError as exc:
            print(f"auditor: could not write the step summary to {summary_file}: {exc}", file=sys.stderr)


def _write_formats(
    later: list[tuple[str, Path | None]], spool: Any, info: Any, quiet: bool, report_dir: Path | None
) -> None:
    from auditor.reporting.formats import FORMATS, summary_line
    from auditor.safeio import atomic_write

    for name, target in later:
        if name == "markdown" and report_dir is not None:  # links to the scorecards, from where it is written
            where = target.resolve().parent if target is not None else Path.cwd()
            info.scorecards = Path(os.path.relpath(report_dir.resolve(), where)).as_posix()
        if name == "text" and target is None and quiet:
            sys.stdout.write(summary_line(info.rows) + "\n")
            continue
        views = spool if spool is not None else []
        if target is None:
            FORMATS[name].write(views, info, sys.stdout)
        else:
            with atomic_write(target) as fh:
                FORMATS[name].write(views, info, fh)


def cross_text(cross: list[dict[str, Any]]) -> str:
    """The cross-document report as plain terminal text."""
    lines = ["", "Where articles disagree (informational, not scored):"]
    for item in cross:
        lines.append(f"- {item.get('kind', '')}: {item.get('message', '')}")
        for st in item.get("statements", []):
            lines.append(f"    {st.get('path')}:{st.get('line')}: {st.get('excerpt', '')}")
    return "\n".join(lines) + "\n"


def _lapsed_acceptances(view: Any, triage: Any) -> list[tuple[str, str]]:
    """Accepted entries of this article that matched no finding (their sentence changed)."""
    from auditor.workflow.ledger import path_key

    entries = triage.accepted.get(path_key(view.path, triage.accepted_root))
    if not entries:
        return []
    used = {(f.code, f.fingerprint) for f in view.set_aside}
    ran = set(triage.enabled)
    return [(view.path, code) for code, fp in sorted(entries) if (code, fp) not in used and code in ran]


def _online_pages(targets: Sequence[Target], config: Config, as_of: dt.date) -> dict[str, Any]:
    """Fetch every distinct cited URL once (online mode only)."""
    from auditor.online import check_pages
    from auditor.progress import Progress
    from auditor.reading.loaders import load_path

    watched = sys.stderr.isatty()
    bar = Progress(len(targets), "collecting cited links", enabled=watched)
    bar.show()  # reading a large folder for its links takes a while: say so from the first second
    urls: set[str] = set()
    for t in targets:
        doc = load_path(t.path, t.display, config.max_file_size)
        urls.update(c.url for c in doc.citations if c.url)
        bar.step()
    bar.close()
    return check_pages(sorted(urls), config.section("online"), as_of, watched)


def _cross_document(facts: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    from auditor.registry import cross_document_analysers

    out: list[dict[str, Any]] = []
    for _, analyse in cross_document_analysers().items():
        out.extend(analyse(facts))
    return out
