"""The command line's vocabulary: subcommands, options and their help texts.

Kept apart from :mod:`auditor.cli` (which turns parsed arguments into a run)
so that the list of options reads as the user's manual.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from auditor import __version__


def build_parser() -> argparse.ArgumentParser:
    """Every subcommand and option; ``auditor COMMAND --help`` prints this."""
    p = argparse.ArgumentParser(
        prog="auditor",
        description="Audit news articles for sources, citations, dates, language and consistency.",
    )
    p.add_argument("--version", action="version", version=f"auditor {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("check", help="audit articles and write scorecards")
    c.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders to audit")
    c.add_argument("--report-dir", type=Path, help="write Markdown scorecards and index.md here")
    c.add_argument(
        "--format",
        action="append",
        metavar="FORMAT[=FILE]",
        help="output format: text (default), json, markdown, sarif, github, junit; repeat it for several, "
        "giving each but one a file: --format github --format sarif=auditor.sarif",
    )
    c.add_argument("--output", type=Path, help="write the standard-output format to FILE instead")
    c.add_argument("--as-of", help="date (YYYY-MM-DD) for articles that do not give their own, and 'today' for checks")
    c.add_argument("--fail-under", type=int, help="fail an article scoring below N (default 70)")
    c.add_argument("--fail-on", choices=["error", "warning", "info", "never"], help="fail on findings of this severity")
    c.add_argument("--select", help="comma-separated rule codes or prefixes to run (e.g. CIT,DAT001)")
    c.add_argument("--ignore", help="comma-separated rule codes or prefixes to skip")
    c.add_argument("--extend-select", help="rule codes or prefixes to run in addition to those selected")
    c.add_argument(
        "--force-exclude",
        action="store_true",
        help="apply `exclude` to files named on the command line too (what the pre-commit hook uses)",
    )
    c.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="read files that symlinks lead to outside the audited folder (default: a note, not read)",
    )
    c.add_argument("--statistics", action="store_true", help="print the number of findings per rule, then exit")
    c.add_argument(
        "--show-settings",
        action="store_true",
        help="print the resolved configuration and the files selected, then exit",
    )
    c.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on Dask: 'processes', 'threads', 'synchronous' or a scheduler address (tcp://host:8786); "
        "needs the scale extra",
    )
    c.add_argument("--config", type=Path, help="configuration file (default: nearest auditor.toml or pyproject.toml)")
    c.add_argument("--jobs", "-j", type=int, help="parallel processes (0 = all cores; default 1)")
    c.add_argument("--max-file-size", help="skip files larger than this (default 5MB)")
    c.add_argument(
        "--rule-timeout",
        type=float,
        metavar="SECONDS",
        help="CPU seconds one rule may take on one article (default 10; 0 = none)",
    )
    c.add_argument("--cross-document", action="store_true", help="also report where articles disagree")
    c.add_argument("--quiet", "-q", action="store_true", help="print only the summary line (text format)")
    flow = c.add_argument_group("workflow")
    flow.add_argument(
        "--changed",
        nargs="?",
        const="",
        metavar="REF",
        help="audit only article files git reports changed against REF "
        "(default: the merge base with origin/HEAD, main or master), untracked ones included",
    )
    flow.add_argument("--baseline", type=Path, metavar="FILE", help="set aside findings recorded in this baseline")
    flow.add_argument(
        "--write-baseline", type=Path, metavar="FILE", help="record every open finding of this run as the baseline"
    )
    flow.add_argument(
        "--accepted-file", type=Path, metavar="FILE", help="accepted findings (default: .auditor-accepted.toml)"
    )
    flow.add_argument("--no-step-summary", action="store_true", help="do not append the index to $GITHUB_STEP_SUMMARY")
    flow.add_argument(
        "--sarif-include-set-aside",
        action="store_true",
        help="SARIF: also list suppressed, accepted and baseline findings",
    )
    online = c.add_argument_group("online checks (off by default)")
    online.add_argument("--online", action="store_true", help="fetch cited pages and check them")
    online.add_argument("--allow-private", action="store_true", help="allow private and loopback addresses")
    online.add_argument("--cache-dir", type=Path, help="where the online cache lives")
    online.add_argument("--max-cache-age", type=int, metavar="SECONDS", help="reuse cached page facts this long")
    online.add_argument("--no-archive", action="store_true", help="do not look up archived copies of dead links")

    a = sub.add_parser("accept", help="record that an editor checked a finding and accepts it, with a reason")
    a.add_argument("locations", nargs="+", metavar="PATH:LINE[:COL]:CODE", help="as printed by `auditor check`")
    a.add_argument("--reason", required=True, help="why the finding is acceptable (shown in the scorecard)")
    a.add_argument("--config", type=Path, help="configuration file (default: nearest auditor.toml or pyproject.toml)")
    a.add_argument("--accepted-file", type=Path, metavar="FILE", help="default: .auditor-accepted.toml by the config")
    a.add_argument("--as-of", help="date (YYYY-MM-DD) as for `check`")

    sub.add_parser("rules", help="list every rule")
    r = sub.add_parser("rule", help="print a rule's documentation")
    r.add_argument("code", help="rule code, e.g. CIT001")
    from auditor.reading.show import add_parser as add_read_parser

    add_read_parser(sub)
    return p
