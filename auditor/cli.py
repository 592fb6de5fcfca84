"""The ``auditor`` command line: arguments in, a run configuration out, an exit code back.

The work happens in :func:`auditor.pipeline.run` (``check``) and
:mod:`auditor.workflow.accept` (``accept``); this module only parses, validates
and maps what went wrong to the exit codes CI reads (:mod:`auditor.exits`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor import exits, patterncache
from auditor.exits import EXIT_ERROR, EXIT_OK, UsageError

if TYPE_CHECKING:
    from auditor.config import Config

__all__ = ["UsageError", "build_run_config", "main"]


def main(argv: list[str] | None = None) -> int:
    patterncache.enable()  # before anything compiles a pattern or defines a dataclass (see auditor.patterncache)
    from auditor.arguments import build_parser

    parser = build_parser()
    args = parser.parse_args(argv)
    exits.end()
    try:
        return _command(parser, args)
    finally:
        patterncache.save()


def console() -> int:
    """The ``auditor`` program (``python -m auditor``, the installed script): :func:`main` with less
    garbage collection. A young collection every 20,000 allocations, not 700 (a one-article run
    walked its live objects ~70 times for little garbage; forked workers inherit it), and none at
    exit (``gc.freeze``: the exit frees the same objects by their reference counts, without a last
    walk over all of them, ~40 M instructions). In-process callers (tests) call :func:`main`."""
    import gc

    young, *older = gc.get_threshold()
    gc.set_threshold(max(young, 20_000), *older)
    code = main()
    gc.freeze()
    return code


def _command(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from auditor.config import ConfigError

    try:
        if args.command == "check":
            return cmd_check(args)
        if args.command == "accept":
            from auditor.workflow.accept import cmd_accept

            return cmd_accept(args)
        if args.command == "rules":
            return cmd_rules()
        if args.command == "rule":
            return cmd_rule(args.code)
        if args.command == "read":
            from auditor.reading.show import cmd_read

            return cmd_read(args)
    except (UsageError, ConfigError) as exc:
        print(exits.one_line(f"auditor: error: {exc}"), file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # before OSError, its parent
        exits.silence_stdout()  # the reader closed the pipe (`| head`): stop quietly
        return exits.EXIT_BROKEN_PIPE
    except OSError as exc:  # a write or read the user can fix: one line naming the path and the reason
        where = f"{exc.filename}: " if exc.filename else ""
        print(exits.one_line(f"auditor: error: {where}{exc.strerror or exc}"), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"auditor: {exits.interrupted_message()}", file=sys.stderr)
        return exits.EXIT_INTERRUPTED
    parser.print_help()
    return EXIT_ERROR


def cmd_rules() -> int:
    from auditor.registry import rules_table

    print(rules_table(), end="")
    return EXIT_OK


def cmd_rule(code: str) -> int:
    from auditor.registry import get_rule

    r = get_rule(code)
    if r is None:
        raise UsageError(f"unknown rule {code!r}; `auditor rules` lists them")
    print(r.documentation(), end="")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from auditor.pipeline import CheckRequest, run
    from auditor.reporting.formats import parse_outputs

    if not args.paths and args.changed is None:
        raise UsageError("give at least one PATH to audit (or --changed)")
    config = build_run_config(args)
    configured = config.sections.get("report-dir")  # relative to the configuration's folder, like every path there
    report_dir = args.report_dir or ((config.base or Path.cwd()) / configured if configured else None)
    outputs = parse_outputs(args.format, args.output)
    if args.statistics:
        if [n for n, t in outputs if t is None and n != "text"]:
            raise UsageError(
                "--statistics prints on standard output: send the other format to a file (--format X=FILE)"
            )
        outputs = [("statistics", None) if (n, t) == ("text", None) else (n, t) for n, t in outputs]
    request = CheckRequest(
        paths=list(args.paths),
        config=config,
        outputs=outputs,
        report_dir=report_dir,
        quiet=args.quiet,
        changed=args.changed,
        baseline=args.baseline,
        write_baseline=args.write_baseline,
        accepted_file=args.accepted_file,
        step_summary=not args.no_step_summary,
    )
    if args.show_settings:
        from auditor.pipeline import show_settings

        sys.stdout.write(show_settings(request))
        return EXIT_OK
    if not args.scheduler:
        return run(request).exit_code
    from auditor.scale import close_scheduler, dask_executor, scheduler_for

    scheduler = scheduler_for(args.scheduler)
    try:
        return run(request, dask_executor(scheduler)).exit_code
    finally:
        close_scheduler(scheduler)  # a cluster client would otherwise outlive the run and retry in the background


def build_run_config(args: argparse.Namespace) -> Config:
    """The file configuration overlaid with command-line options."""
    from auditor.config import load_config, parse_codes, parse_date, parse_size
    from auditor.pipeline import check_codes

    config = load_config(args.config, args.paths[0] if args.paths else Path.cwd())
    if args.select is not None:
        config.select = parse_codes(args.select, "--select")
    if args.ignore is not None:
        config.ignore = parse_codes(args.ignore, "--ignore")
    if args.extend_select is not None:
        config.extend_select = parse_codes(args.extend_select, "--extend-select")
    config.force_exclude |= bool(args.force_exclude)
    config.follow_symlinks |= bool(args.follow_symlinks)
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
    if getattr(args, "rule_timeout", None) is not None:
        if args.rule_timeout < 0:
            raise UsageError("--rule-timeout takes seconds (0 = no limit)")
        config.rule_timeout = args.rule_timeout
    config.cross_document = bool(args.cross_document)
    if args.sarif_include_set_aside:
        config.sections["sarif-include-set-aside"] = True
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
    check_codes(config.select + config.ignore + config.extend_select)
    if "ALL" in config.select or "ALL" in config.extend_select:
        config.select, config.extend_select = [], []
    return config
