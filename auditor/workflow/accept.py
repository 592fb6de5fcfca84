"""``auditor accept PATH:LINE[:COL]:CODE --reason "..."``: record a checked finding.

The article is audited again, the finding found at that place, and an entry
keyed by its content fingerprint written to the accepted file (sorted, stable,
meant for review). ``auditor check`` then lists it as accepted, with the
reason, until the sentence changes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from auditor.config import load_config, parse_date
from auditor.pipeline import audit_file
from auditor.safeio import locked
from auditor.workflow.ledger import Accepted, LedgerError, path_key, read_accepted, write_accepted
from auditor.workflow.triage import accepted_path

_LOCATION = re.compile(r"^(?P<path>.+?):(?P<line>\d+)(?::(?P<col>\d+))?:\s*(?P<code>[A-Za-z]{2,5}[0-9]{0,3})$")


class AcceptError(Exception):
    """The location does not name a finding (exit code 2)."""


def parse_location(text: str) -> tuple[Path, int, int | None, str]:
    m = _LOCATION.match(text.strip())
    if not m:
        raise AcceptError(f"{text!r}: expected PATH:LINE:CODE or PATH:LINE:COL:CODE, e.g. news/a.md:12:LNG001")
    col = int(m.group("col")) if m.group("col") else None
    return Path(m.group("path")), int(m.group("line")), col, m.group("code").upper()


def find_entries(
    location: str, reason: str, as_of_text: str | None, config_file: Path | None, root: Path
) -> list[Accepted]:
    """The accepted entries for one location (AcceptError when nothing matches)."""
    path, line, col, code = parse_location(location)
    if not path.is_file():
        raise AcceptError(f"{path}: no such file")
    config = load_config(config_file, path)
    as_of = parse_date(as_of_text, "--as-of") if as_of_text else (config.as_of or dt.date.today())
    view = audit_file(path, config, as_of)  # the findings `auditor check` reports, at the lines it prints
    here = [v for v in view.findings if v.line <= line <= max(v.line, v.end_line)]
    matches = [v for v in here if v.code == code and (col is None or v.column == col)]
    if not matches:
        others = ", ".join(sorted({v.code for v in here})) or "none"
        raise AcceptError(
            f"no {code} finding at {path}:{line}{f':{col}' if col else ''} (findings on that line: {others})"
        )
    key = path_key(path, root)
    return [Accepted(key, v.code, v.fingerprint, reason, v.excerpt[:160], v.line, as_of.isoformat()) for v in matches]


def cmd_accept(args: argparse.Namespace) -> int:
    reason = " ".join(args.reason.split())
    if not reason:
        print("auditor: error: --reason must say why the finding is acceptable", file=sys.stderr)
        return 2
    first = parse_location_path(args.locations[0])
    config = load_config(args.config, first)
    target = accepted_path(config, args.accepted_file)
    try:
        added: list[Accepted] = []
        for location in args.locations:
            added.extend(find_entries(location, reason, args.as_of, args.config, target.parent))
        with locked(target):  # read, merge and write under one lock: concurrent accepts all keep their entries
            entries = read_accepted(target)
            write_accepted(target, [*entries, *added])
    except (AcceptError, LedgerError) as exc:
        print(f"auditor: error: {exc}", file=sys.stderr)
        return 2
    for e in added:
        print(f"accepted {e.path}:{e.line} {e.code} — {e.reason}")
    print(f"Recorded in {target}; commit it with the article.", file=sys.stderr)
    return 0


def parse_location_path(location: str) -> Path:
    try:
        return parse_location(location)[0]
    except AcceptError:
        return Path.cwd()
