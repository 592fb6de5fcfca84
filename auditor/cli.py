"""The ``auditor`` command line: arguments in, a run configuration out, an exit code back.

The work happens in :func:`auditor.pipeline.run` (``check``) and
:mod:`auditor.workflow.accept` (``accept``); this module only parses, validates
and maps what went wrong to the exit codes CI reads (:mod:`auditor.exits`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from auditor import __version__, exits
from auditor.config import Config, ConfigError, load_config, parse_codes, parse_date, parse_size
from auditor.exits import EXIT_ERROR, UsageError

__all__ = ["UsageError", "build_run_config", "main"]


def _parser() -> argparse.ArgumentParser:
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
    c.add_argument("--config", type=Path, help="configuration file (default: nearest auditor.toml or pyproject.toml)")
    c.add_argument("--jobs", "-j", type=int, help="parallel processes (0 = all cores; default 1)")
    c.add_argument("--max-file-size", help="skip files larger than this (default 5MB)")
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
    flow.add_argument("--sarif-include-set-aside", action="store_true", help="SARIF: keep suppressed/accepted findings")
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
    return p


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    exits.end()
    try:
        if args.command == "check":
            return cmd_check(args)
        if args.command == "accept":
            from auditor.workflow.accept import cmd_accept

            return cmd_accept(args)
        if args.command in ("rules", "rule"):
            from auditor.registry import print_rules

            return print_rules(getattr(args, "code", None))
    except (UsageError, ConfigError) as exc:
        print(f"auditor: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # before OSError, its parent
        exits.silence_stdout()  # the reader closed the pipe (`| head`): stop quietly
        return exits.EXIT_BROKEN_PIPE
    except OSError as exc:  # a write or read the user can fix: one line naming the path and the reason
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"auditor: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"auditor: {exits.interrupted_message()}", file=sys.stderr)
        return exits.EXIT_INTERRUPTED
    parser.print_help()
    return EXIT_ERROR


def cmd_check(args: argparse.Namespace) -> int:
    from auditor.pipeline import CheckRequest, run
    from auditor.reporting.formats import parse_outputs

    if not args.paths and args.changed is None:
        raise UsageError("give at least one PATH to audit (or --changed)")
    config = build_run_config(args)
    report_dir = args.report_dir or (Path(config.sections["report-dir"]) if config.sections.get("report-dir") else None)
    request = CheckRequest(
        paths=list(args.paths),
        config=config,
        outputs=parse_outputs(args.format, args.output),
        report_dir=report_dir,
        quiet=args.quiet,
        changed=args.changed,
        baseline=args.baseline,
        write_baseline=args.write_baseline,
        accepted_file=args.accepted_file,
        step_summary=not args.no_step_summary,
    )
    return run(request).exit_code


def build_run_config(args: argparse.Namespace) -> Config:
    """The file configuration overlaid with command-line options."""
    from auditor.pipeline import check_codes, sarif_set_aside

    config = load_config(args.config, args.paths[0] if args.paths else Path.cwd())
    if args.select is not None:
        config.select = parse_codes(args.select, "--select")
    if args.ignore is not None:
        config.ignore = parse_codes(args.ignore, "--ignore")
    if args.fail_under is not None:
        if not 0 <= args.fail_under <= 100:
            raise UsageError("--fail-under takes a score from 0 to 100")
        config.fail_under = args.fail_under
    if args.fail_on is not None:
        config.fail_on = args.fail_on
    if args.as_of is not None:
        config.as_of = parse_date(args.as_of, "--as-of")
    if args.jobs is not None:
        if args.jobs < 0:
            raise UsageError("--jobs takes 0 (all cores) or a positive number")
        config.jobs = args.jobs
    if args.max_file_size is not None:
        config.max_file_size = parse_size(args.max_file_size, "--max-file-size")
    config.cross_document = bool(args.cross_document)
    config.sections["sarif-include-set-aside"] = args.sarif_include_set_aside or sarif_set_aside(config)
    config.online = bool(args.online)
    online: dict[str, Any] = dict(config.section("online"))
    if args.allow_private:
        online["allow_private"] = True
    if args.cache_dir is not None:
        online["cache_dir"] = str(args.cache_dir)
    if args.max_cache_age is not None:
        online["max_cache_age"] = args.max_cache_age
    if args.no_archive:
        online["archive"] = False
    config.sections["online"] = {k.replace("-", "_"): v for k, v in online.items()}
    check_codes(config.select + config.ignore)
    if "ALL" in config.select:
        config.select = []
    return config
