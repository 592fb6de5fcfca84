"""Audit an archive on Dask: the same per-article function, many processes or many machines.

``pip install "auditor[scale]"`` adds Dask. The run is :func:`auditor.pipeline.run`,
the one ``auditor check`` uses, with a Dask executor: each article goes through
:func:`auditor.runner.process_file`, which is pure (no writes, no network), on
the workers, partition by partition, and the driver writes the scorecards and
index.md in path order, so the reports are exactly the command line's. Local
mode needs nothing but Dask (``scheduler="processes"`` or ``"synchronous"``);
pass a ``distributed.Client``'s scheduler to use a cluster (docs/scale.md).

Run it: ``python -m auditor.scale ARTICLES/ [--report-dir DIR] [--scheduler processes]``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.config import Config, ConfigError, load_config
from auditor.exits import EXIT_ERROR, UsageError
from auditor.pipeline import CheckRequest, Executor, run
from auditor.runner import Processed, RunSettings, Target, process_file


@dataclass
class ArchiveRow:
    """What the driver keeps per article: small, so millions fit in memory."""

    path: str
    score: int
    grade: str
    passed: bool
    codes: dict[str, int]  # open findings per rule code
    internal_error: bool = False


@dataclass(slots=True)
class ArchiveSummary:
    rows: list[ArchiveRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def totals(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for r in self.rows:
            total.update(r.codes)
        return dict(sorted(total.items()))

    @property
    def failing(self) -> int:
        return sum(not r.passed for r in self.rows)


LOCAL_SCHEDULERS = ("processes", "threads", "synchronous")


def scheduler_for(name: str) -> Any:
    """A Dask scheduler from its name or a cluster address (``tcp://host:8786``).

    Raises :class:`UsageError` (exit code 2) when Dask, or ``distributed`` for an
    address, is not installed, or the name is neither.
    """
    try:
        import dask  # noqa: F401
    except ImportError as exc:
        raise UsageError('--scheduler needs Dask: pip install "auditor[scale]"') from exc
    if name in LOCAL_SCHEDULERS:
        return name
    if "://" in name or name.count(":") == 1:  # tcp://host:8786: a distributed cluster
        try:
            from dask.distributed import Client
        except ImportError as exc:
            raise UsageError('a scheduler address needs dask.distributed: pip install "auditor[scale]"') from exc
        try:
            return Client(name, timeout=10).get
        except OSError as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {name}: {exc}") from exc
    raise UsageError(f"unknown scheduler {name!r}: give {', '.join(LOCAL_SCHEDULERS)} or an address tcp://host:port")


def close_scheduler(scheduler: Any) -> None:
    """Close the cluster client :func:`scheduler_for` opened (a local scheduler name needs nothing)."""
    client = getattr(scheduler, "__self__", None)
    close = getattr(client, "close", None)
    if callable(close):
        with contextlib.suppress(Exception):  # a cluster that is already gone: nothing left to close
            close()


def dask_executor(scheduler: Any = "processes", partition_size: int = 256, wave: int = 8) -> Executor:
    """An executor for :func:`auditor.pipeline.run` that audits partitions of articles on Dask.

    Partitions are computed ``wave`` at a time and yielded in order, so results
    come back deterministic and the driver never holds more than a few
    partitions of rendered scorecards.
    """

    def execute(targets: Sequence[Target], settings: RunSettings) -> Iterator[Processed]:
        if not targets:
            return
        import dask
        import dask.bag as db

        bag = db.from_sequence(targets, partition_size=max(1, partition_size))
        parts = bag.map_partitions(_process_partition, settings).to_delayed()
        for i in range(0, len(parts), max(1, wave)):
            for chunk in dask.compute(*parts[i : i + wave], scheduler=scheduler):
                yield from chunk

    return execute


def _process_partition(targets: Iterable[Target], settings: RunSettings) -> list[Processed]:
    return [process_file(t, settings) for t in targets]


def audit_archive(
    paths: list[Path],
    config: Config | None = None,
    as_of: dt.date | None = None,
    report_dir: Path | None = None,
    scheduler: Any = "processes",
    partition_size: int = 256,
    pages: dict[str, Any] | None = None,
) -> ArchiveSummary:
    """Audit every article under ``paths`` with Dask; rows come back sorted by path.

    ``scheduler`` is any Dask scheduler: "processes" and "synchronous" are local
    mode; a ``distributed.Client`` (or its ``get``) runs on a cluster, where
    ``paths`` must be on storage every worker sees. ``pages`` carries online
    page facts fetched beforehand (docs/scale.md).
    """
    config = config or Config()
    if as_of is not None:
        config.as_of = as_of
    rows: list[ArchiveRow] = []

    def observe(view: Any) -> None:
        codes = Counter(f.code for f in view.findings)
        score = view.score
        rows.append(
            ArchiveRow(
                view.path, score.score, score.grade, score.passed, dict(sorted(codes.items())), view.internal_error
            )
        )

    request = CheckRequest(paths=list(paths), config=config, outputs=[], report_dir=report_dir, step_summary=False)
    request.pages = pages
    notes: list[str] = []
    run(request, dask_executor(scheduler, partition_size), observe, notes)
    return ArchiveSummary(sorted(rows, key=lambda r: r.path), notes)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m auditor.scale", description="Audit an archive with Dask.")
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--report-dir", type=Path)
    p.add_argument("--as-of", type=dt.date.fromisoformat)
    p.add_argument(
        "--scheduler", default="processes", help="processes (default), synchronous, threads, or a scheduler address"
    )
    p.add_argument("--partition-size", type=int, default=256)
    p.add_argument("--json", action="store_true", help="print one JSON object per article")
    args = p.parse_args(argv)
    try:
        scheduler = scheduler_for(args.scheduler)
        config = load_config(None, args.paths[0])
        try:
            summary = audit_archive(args.paths, config, args.as_of, args.report_dir, scheduler, args.partition_size)
        finally:
            close_scheduler(scheduler)
    except (UsageError, ConfigError) as exc:
        print(f"auditor: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if args.json:
        for r in summary.rows:
            print(
                json.dumps({"path": r.path, "score": r.score, "grade": r.grade, "passed": r.passed, "codes": r.codes})
            )
    print(
        f"{len(summary.rows)} article(s) audited, {summary.failing} failing; findings by rule: "
        + (", ".join(f"{c} {n}" for c, n in summary.totals.items()) or "none"),
        file=sys.stderr if args.json else sys.stdout,
    )
    return 1 if summary.failing else 0


if __name__ == "__main__":
    raise SystemExit(main())
