"""The ``auditor`` command line: ``check``, ``rules``, ``rule CODE``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from auditor import __version__
from auditor.config import Config, ConfigError, load_config, parse_codes, parse_date, parse_size

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """Bad arguments: exit code 2 with a one-line message."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="auditor",
        description="Audit news articles for sources, citations, dates, language and consistency.",
    )
    p.add_argument("--version", action="version", version=f"auditor {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("check", help="audit articles and write scorecards")
    c.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders to audit")
    c.add_argument("--report-dir", type=Path, help="write Markdown scorecards and index.md here")
    c.add_argument("--format", default=None, help="output format: text (default), json, markdown")
    c.add_argument("--output", type=Path, help="write the formatted output to FILE instead of standard output")
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
    online = c.add_argument_group("online checks (off by default)")
    online.add_argument("--online", action="store_true", help="fetch cited pages and check them")
    online.add_argument("--allow-private", action="store_true", help="allow private and loopback addresses")
    online.add_argument("--cache-dir", type=Path, help="where the online cache lives")
    online.add_argument("--max-cache-age", type=int, metavar="SECONDS", help="reuse cached page facts this long")
    online.add_argument("--no-archive", action="store_true", help="do not look up archived copies of dead links")

    sub.add_parser("rules", help="list every rule")
    r = sub.add_parser("rule", help="print a rule's documentation")
    r.add_argument("code", help="rule code, e.g. CIT001")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return cmd_check(args)
        if args.command == "rules":
            return cmd_rules()
        if args.command == "rule":
            return cmd_rule(args.code)
    except (UsageError, ConfigError) as exc:
        print(f"auditor: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("auditor: interrupted", file=sys.stderr)
        return EXIT_ERROR
    parser.print_help()
    return EXIT_ERROR


def cmd_rules() -> int:
    from auditor.registry import all_rules, internal_rules

    rows = [*all_rules(), *internal_rules()]
    width = max(len(r.name) for r in rows)
    for r in rows:
        online = " (online)" if r.online else ""
        print(f"{r.code}  {r.name:<{width}}  {r.category:<11} {r.severity.value:<7} {r.summary}{online}")
    return EXIT_OK


def cmd_rule(code: str) -> int:
    from auditor.registry import get_rule

    r = get_rule(code)
    if r is None:
        raise UsageError(f"unknown rule {code!r}; `auditor rules` lists them")
    print(r.documentation(), end="")
    return EXIT_OK


def build_run_config(args: argparse.Namespace) -> Config:
    """The file configuration overlaid with command-line options."""
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
    _check_codes(config.select + config.ignore)
    return config


def _check_codes(codes: list[str]) -> None:
    from auditor.registry import all_rules, internal_rules

    known = [r.code for r in (*all_rules(), *internal_rules())]
    for c in codes:
        if c != "ALL" and not any(k.startswith(c) for k in known):
            raise UsageError(f"unknown rule code or prefix {c!r}; `auditor rules` lists them")


def cmd_check(args: argparse.Namespace) -> int:
    from auditor.reporting.formats import FORMATS, RunInfo, text_lines
    from auditor.runner import Progress, RunSettings, discover, run

    config = build_run_config(args)
    if "ALL" in config.select:
        config.select = []
    fmt = args.format or "text"
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(sorted(FORMATS))}")
    report_dir = args.report_dir or (Path(config.sections["report-dir"]) if config.sections.get("report-dir") else None)
    try:
        targets, notes = discover(args.paths, config, report_dir)
    except FileNotFoundError as exc:
        raise UsageError(f"no such file or folder: {exc}") from exc
    for note in notes:
        print(f"auditor: {note}", file=sys.stderr)
    as_of = config.as_of or dt.date.today()
    pages: dict[str, Any] = {}
    if config.online and targets:
        pages = _online_pages(targets, config, as_of)
    settings = RunSettings(config=config, as_of=as_of, pages=pages, write_markdown=report_dir is not None)
    progress = Progress(len(targets))
    views = []
    facts: list[tuple[str, dict[str, Any]]] = []
    rule_totals: Counter[str] = Counter()
    category_totals: Counter[str] = Counter()
    stream_text = fmt == "text" and args.output is None and not args.quiet
    internal_error = False
    if report_dir is not None:
        report_dir.mkdir(parents=True, exist_ok=True)
    for processed in run(targets, settings, config.jobs):
        view = processed.view
        progress.step()
        if report_dir is not None:
            out = report_dir / view.report_path
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(processed.markdown, encoding="utf-8")
        for f in view.findings:
            rule_totals[f.code] += 1
            category_totals[f.category] += 1
        internal_error |= view.internal_error
        if config.cross_document:
            facts.append((view.path, processed.facts))
        if stream_text and view.findings:
            progress.close()
            sys.stdout.write("\n".join(text_lines(view)) + "\n")
        views.append(view)
    progress.close()
    cross = _cross_document(facts) if config.cross_document else None
    info = RunInfo(
        as_of=as_of.isoformat(),
        explicit_as_of=config.as_of is not None,
        cross_document=cross,
        notes=notes,
        rule_totals=rule_totals,
        category_totals=category_totals,
    )
    if report_dir is not None:
        from auditor.reporting.markdown import render_index

        index = render_index(views, rule_totals, category_totals, info.as_of if info.explicit_as_of else None, cross)
        (report_dir / "index.md").write_text(index, encoding="utf-8")
    if not targets:
        print("auditor: no articles found (.txt, .md, .markdown, .html, .htm)", file=sys.stderr)
    if stream_text:
        from auditor.reporting.formats import summary_line

        sys.stdout.write(summary_line(views) + "\n")
        if cross:
            from auditor.reporting.markdown import render_cross

            sys.stdout.write("\n".join(render_cross(cross)) + "\n")
    elif fmt == "text" and args.output is None:
        from auditor.reporting.formats import summary_line

        sys.stdout.write(summary_line(views) + "\n")
    else:
        rendered = FORMATS[fmt](views, info)
        if args.output is not None:
            args.output.parent.mkdir(parents=True, exist_ok=True)
            args.output.write_text(rendered, encoding="utf-8")
        else:
            sys.stdout.write(rendered)
    if report_dir is not None and fmt == "text" and not args.quiet:
        print(f"Scorecards: {report_dir / 'index.md'}", file=sys.stderr)
    if internal_error:
        return EXIT_ERROR
    return EXIT_OK if all(v.score.passed for v in views) else EXIT_FAIL


def _online_pages(targets: list[Any], config: Config, as_of: dt.date) -> dict[str, Any]:
    """Fetch every distinct cited URL once (online mode only)."""
    from auditor.loaders import load_path
    from auditor.online import check_pages

    urls: set[str] = set()
    for t in targets:
        doc = load_path(t.path, t.display, config.max_file_size)
        urls.update(c.url for c in doc.citations if c.url)
    return check_pages(sorted(urls), config.section("online"), as_of, sys.stderr.isatty())


def _cross_document(facts: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    from auditor.registry import cross_document_analysers

    out: list[dict[str, Any]] = []
    for _, analyse in cross_document_analysers().items():
        out.extend(analyse(facts))
    return out
