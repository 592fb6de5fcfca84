"""Audit an archive on Dask: the same per-article function, many processes or many machines.

``pip install "auditor[scale]"`` adds Dask. Each article goes through
:func:`auditor.runner.process_file`, which is pure (no writes, no network), so a
``dask.bag`` of targets mapped over it gives exactly the scorecards the command
line gives; this module only adds the fan-out and a deterministic merge. Local
mode needs nothing but Dask (``scheduler="processes"`` or ``"synchronous"``);
pass a ``distributed.Client``'s scheduler to use a cluster (docs/scale.md).

Run it: ``python -m auditor.scale ARTICLES/ [--report-dir DIR] [--scheduler processes]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.config import Config, load_config
from auditor.runner import Processed, RunSettings, Target, discover, process_file
from auditor.safeio import write_text_atomic


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


def audit_one(target: Target, settings: RunSettings, report_dir: str | None = None) -> ArchiveRow:
    """Audit one article on a worker; write its scorecard there (shared storage) if asked."""
    processed: Processed = process_file(target, settings)
    view = processed.view
    if report_dir is not None:
        out = Path(report_dir) / view.report_path
        write_text_atomic(out, processed.markdown)
    codes = Counter(f.code for f in view.findings)
    return ArchiveRow(
        view.path,
        view.score.score,
        view.score.grade,
        view.score.passed,
        dict(sorted(codes.items())),
        view.internal_error,
    )


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
    ``paths`` and ``report_dir`` must be on storage every worker sees.
    ``pages`` carries online page facts fetched beforehand (docs/scale.md).
    """
    import dask.bag as db

    config = config or Config()
    targets, notes = discover(paths, config, report_dir)
    settings = RunSettings(
        config=config,
        as_of=as_of or config.as_of or dt.date.today(),
        pages=pages or {},
        write_markdown=report_dir is not None,
    )
    if report_dir is not None:
        report_dir.mkdir(parents=True, exist_ok=True)
    if not targets:
        return ArchiveSummary([], notes)
    bag = db.from_sequence(targets, partition_size=max(1, partition_size))
    rows = bag.map(audit_one, settings, str(report_dir) if report_dir is not None else None)
    computed = rows.compute(scheduler=scheduler)
    # Deterministic merge: whatever order workers finish in, the result is sorted by path.
    return ArchiveSummary(sorted(computed, key=lambda r: r.path), notes)


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
    scheduler: Any = args.scheduler
    if "://" in scheduler or scheduler.count(":") == 1:  # tcp://host:8786: a distributed cluster
        from dask.distributed import Client

        scheduler = Client(scheduler).get
    config = load_config(None, args.paths[0])
    summary = audit_archive(args.paths, config, args.as_of, args.report_dir, scheduler, args.partition_size)
    for note in summary.notes:
        print(f"auditor: {note}", file=sys.stderr)
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
