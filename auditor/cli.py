"""The ``auditor`` command line: ``check``, ``rules``, ``rule CODE``."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from auditor import __version__, exits
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


def cross_text(cross: list[dict[str, Any]]) -> str:
    """The cross-document report as plain terminal text."""
    lines = ["", "Where articles disagree (informational, not scored):"]
    for item in cross:
        lines.append(f"- {item.get('kind', '')}: {item.get('message', '')}")
        for st in item.get("statements", []):
            lines.append(f"    {st.get('path')}:{st.get('line')}: {st.get('excerpt', '')}")
    return "\n".join(lines) + "\n"


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
        if args.command == "rules":
            return cmd_rules()
        if args.command == "rule":
            return cmd_rule(args.code)
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


def cmd_rules() -> int:
    from auditor.registry import all_rules, internal_rules

    rows = [*all_rules(), *internal_rules()]
    width = max(len(r.name) for r in rows)
    for r in rows:
        online = " (online)" if r.online and not r.summary.startswith("online") else ""
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


def parse_outputs(values: list[str] | None, output: Path | None) -> list[tuple[str, Path | None]]:
    """``--format NAME[=FILE]`` (repeatable) and ``--output`` -> [(format, file or None for stdout)]."""
    from auditor.reporting.formats import FORMATS

    specs: list[tuple[str, Path | None]] = []
    for raw in values or []:
        name, sep, file = raw.partition("=")
        name = name.strip().lower()
        if name not in FORMATS:
            raise UsageError(f"unknown format {name!r}; choose from {', '.join(sorted(FORMATS))}")
        if sep and not file.strip():
            raise UsageError(f"--format {raw}: give a file after '=' (or '-' for standard output)")
        specs.append((name, Path(file.strip()) if sep and file.strip() != "-" else None))
    stdout = [name for name, target in specs if target is None]
    if len(stdout) > 1:
        raise UsageError(
            f"only one format can go to standard output ({', '.join(stdout)} given); "
            "send the others to files, e.g. --format sarif=auditor.sarif"
        )
    if output is not None:
        if stdout:
            specs = [(n, output if t is None else t) for n, t in specs]
        else:
            specs.append(("text", output))
    elif not stdout:
        specs.insert(0, ("text", None))
    files = [t.resolve() for _, t in specs if t is not None]
    if len(files) != len(set(files)):
        raise UsageError("two formats would write to the same file")
    return specs


def _enabled_codes(config: Config) -> tuple[list[str], list[str]]:
    from auditor.registry import all_rules, internal_rules

    rules = all_rules()
    known = [r.code for r in (*rules, *internal_rules())]
    enabled = [r.code for r in rules if config.enabled(r.code) and (not r.online or config.online)]
    return known, enabled + [r.code for r in internal_rules()]


def _targets(args: argparse.Namespace, config: Config, report_dir: Path | None) -> tuple[list[Any], list[str]]:
    from auditor.runner import discover

    only = None
    notes: list[str] = []
    if args.changed is not None:
        from auditor.workflow.gitchanges import GitError, changed_files, is_ref

        try:
            if args.changed and Path(args.changed).exists() and not is_ref(args.changed, Path.cwd()):
                args.paths.append(Path(args.changed))  # `check --changed articles/`: a path, not a REF
                args.changed = ""
            changed, described = changed_files(args.paths[0] if args.paths else Path.cwd(), args.changed or None)
        except GitError as exc:
            raise UsageError(str(exc)) from exc
        only = {p.resolve() for p in changed}
    if not args.paths:
        if args.changed is None:
            raise UsageError("give at least one PATH to audit (or --changed)")
        args.paths = [Path(".")]
    try:
        targets, found_notes = discover(args.paths, config, report_dir, only)
    except FileNotFoundError as exc:
        raise UsageError(f"no such file or folder: {exc}") from exc
    if only is not None:
        notes.append(f"--changed: {len(targets)} changed article file(s) against {described}")
    return targets, notes + found_notes


def cmd_check(args: argparse.Namespace) -> int:
    from auditor.reporting.formats import FORMATS, RunInfo, summary_line, text_lines
    from auditor.reporting.spool import RowLog
    from auditor.runner import Progress, RunSettings, run
    from auditor.safeio import atomic_write, write_text_atomic
    from auditor.workflow.ledger import BaselineEntry, LedgerError, path_key, write_baseline
    from auditor.workflow.triage import build_triage, config_root

    if not args.paths and args.changed is None:
        raise UsageError("give at least one PATH to audit (or --changed)")
    config = build_run_config(args)
    if "ALL" in config.select:
        config.select = []
    outputs = parse_outputs(args.format, args.output)
    report_dir = args.report_dir or (Path(config.sections["report-dir"]) if config.sections.get("report-dir") else None)
    from auditor.safeio import check_writable

    for target in [t for _, t in outputs if t is not None] + [args.write_baseline] * bool(args.write_baseline):
        check_writable(target)  # before the audit, not after it
    if report_dir is not None:
        check_writable(report_dir / "index.md")
    targets, notes = _targets(args, config, report_dir)
    for note in notes:
        print(f"auditor: {note}", file=sys.stderr)
    baseline_file = args.baseline
    if baseline_file is None and isinstance(config.sections.get("baseline"), str) and args.write_baseline is None:
        baseline_file = config_root(config) / config.sections["baseline"]
    known, enabled = _enabled_codes(config)
    try:
        triage = build_triage(config, known, enabled, baseline_file, args.accepted_file)
    except (LedgerError, ValueError) as exc:
        raise UsageError(str(exc)) from exc
    _check_codes([c for fi in triage.file_ignores for c in fi.codes])
    as_of = config.as_of or dt.date.today()
    pages: dict[str, Any] = {}
    if config.online and targets:
        pages = _online_pages(targets, config, as_of)
    settings = RunSettings(
        config=config, as_of=as_of, pages=pages, write_markdown=report_dir is not None, triage=triage
    )
    stream_text = ("text", None) in outputs and not args.quiet
    later = [(name, target) for name, target in outputs if not (stream_text and (name, target) == ("text", None))]
    spool = None
    quiet_text = args.quiet and ("text", None) in outputs  # summary line only: no views needed
    if any(FORMATS[name].needs_views and not (quiet_text and (name, t) == ("text", None)) for name, t in later):
        from auditor.reporting.spool import ViewSpool

        spool = ViewSpool()
    baseline_dir = args.write_baseline.resolve().parent if args.write_baseline else None
    baseline_rows: list[BaselineEntry] = []
    progress = Progress(len(targets))
    state = exits.begin(len(targets), report_dir)
    rows = RowLog()  # one light row per article, on disk: memory stays flat on big runs
    lapsed: list[tuple[str, str]] = []
    facts: list[tuple[str, dict[str, Any]]] = []
    rule_totals: Counter[str] = Counter()
    category_totals: Counter[str] = Counter()
    internal_error = False
    all_passed = True
    if report_dir is not None:
        report_dir.mkdir(parents=True, exist_ok=True)
    for processed in run(targets, settings, config.jobs):
        view = processed.view
        progress.step()
        state.done += 1
        if report_dir is not None:
            out = report_dir / view.report_path
            write_text_atomic(out, processed.markdown)
        for f in view.findings:
            rule_totals[f.code] += 1
            category_totals[f.category] += 1
        internal_error |= view.internal_error
        all_passed &= view.score.passed
        if config.cross_document:
            facts.append((view.path, processed.facts))
        if stream_text and view.findings:
            progress.close()
            sys.stdout.write("\n".join(text_lines(view)) + "\n")
        if baseline_dir is not None:
            key = path_key(view.path, baseline_dir)
            for f in (*view.findings, *(f for f in view.set_aside if f.status == "baseline")):
                if f.code != "AUD004":
                    baseline_rows.append(BaselineEntry(key, f.code, f.fingerprint, f.excerpt[:120]))
        if spool is not None:
            spool.append(view)
        if triage.accepted:
            lapsed.extend(_lapsed_acceptances(view, triage))
        rows.append(view.row())  # the details are on disk (spool) or already written: keep a light row
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
    )
    from auditor.reporting.markdown import write_index

    as_of_shown = info.as_of if info.explicit_as_of else None
    if report_dir is not None:
        with atomic_write(report_dir / "index.md") as fh:
            write_index(fh, rows, rule_totals, category_totals, as_of_shown, cross)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_file and not args.no_step_summary:
        try:
            with open(summary_file, "a", encoding="utf-8") as fh:
                write_index(fh, rows, rule_totals, category_totals, as_of_shown, cross, links=False, limit=100)
                fh.write("\n")
        except OSError as exc:
            print(f"auditor: could not write the step summary to {summary_file}: {exc}", file=sys.stderr)
    for path, code in lapsed:
        print(
            f"auditor: {path}: an accepted {code} entry matches no finding any more (its sentence changed, "
            "or the problem is gone); accept the finding again if it re-opened, or remove the entry",
            file=sys.stderr,
        )
    if not targets and args.changed is None:
        print("auditor: no articles found (.txt, .md, .markdown, .html, .htm)", file=sys.stderr)
    if stream_text:
        sys.stdout.write(summary_line(rows) + "\n")
        if cross:
            sys.stdout.write(cross_text(cross))
    try:
        for name, target in later:
            if name == "text" and target is None and args.quiet:
                sys.stdout.write(summary_line(rows) + "\n")
                continue
            views = spool if spool is not None else []
            if target is None:
                FORMATS[name].write(views, info, sys.stdout)
            else:
                with atomic_write(target) as fh:
                    FORMATS[name].write(views, info, fh)
    finally:
        if spool is not None:
            spool.close()
        rows.close()
    if report_dir is not None and any(n == "text" for n, _ in outputs) and not args.quiet:
        print(f"Scorecards: {report_dir / 'index.md'}", file=sys.stderr)
    if args.write_baseline is not None:
        n = write_baseline(args.write_baseline, baseline_rows, info.as_of)
        print(f"auditor: wrote {n} finding(s) to the baseline {args.write_baseline}", file=sys.stderr)
        return EXIT_ERROR if internal_error else EXIT_OK
    if internal_error:
        return EXIT_ERROR
    return EXIT_OK if all_passed else EXIT_FAIL


def _lapsed_acceptances(view: Any, triage: Any) -> list[tuple[str, str]]:
    """Accepted entries of this article that matched no finding (their sentence changed)."""
    from auditor.workflow.ledger import path_key

    entries = triage.accepted.get(path_key(view.path, triage.accepted_root))
    if not entries:
        return []
    used = {(f.code, f.fingerprint) for f in view.set_aside}
    ran = set(triage.enabled)
    return [(view.path, code) for code, fp in sorted(entries) if (code, fp) not in used and code in ran]


def _online_pages(targets: list[Any], config: Config, as_of: dt.date) -> dict[str, Any]:
    """Fetch every distinct cited URL once (online mode only)."""
    from auditor.online import check_pages
    from auditor.reading.loaders import load_path

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
