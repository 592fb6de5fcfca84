"""``auditor read PATH``: print what auditor read of an article, as the rules see it.

An editor who wonders why a finding sits where it does (or why none does) sees the title,
the article's date and where it came from, the word count, the text the rules read (markup,
navigation and code left out, soft line breaks joined) and every citation with its line and
marker. Tests and benchmarks read the same thing with ``--format json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

from auditor.exits import EXIT_FAIL, EXIT_OK, UsageError


def add_parser(sub: Any) -> None:
    """The ``read`` subcommand's arguments (called by :func:`auditor.arguments.build_parser`)."""
    r = sub.add_parser("read", help="print what auditor read of an article: title, date, text, citations")
    r.add_argument("path", type=Path, metavar="PATH", help="the article file (.txt, .md, .html)")
    r.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    r.add_argument("--as-of", help="date (YYYY-MM-DD) for an article that gives none, as for `check`")
    r.add_argument("--config", type=Path, help="configuration file (default: nearest auditor.toml or pyproject.toml)")


def read_article(path: Path, as_of: dt.date | None = None, config: Any = None) -> dict[str, Any]:
    """What the rules see of ``path``, as the JSON fields ``auditor read --format json`` prints."""
    from auditor.config import Config
    from auditor.language.dating import article_date
    from auditor.reading.loaders import load_path

    config = config or Config()
    doc = load_path(path, str(path), config.max_file_size)
    out: dict[str, Any] = {"path": str(path), "format": doc.meta.format}
    if doc.not_audited:
        out.update(title=None, published=None, published_source=None, published_detail=None, words=0, text="")
        out.update(citations=[], not_audited=doc.not_audited)
        return out
    found = article_date(doc, as_of or config.as_of or dt.date.today(), as_of or config.as_of)
    citations = []
    for c in doc.citations:
        line, column = doc.position(c.span.start)
        citations.append({"url": c.url, "line": line, "column": column, "marker": c.marker, "kind": c.kind})
    out.update(
        title=doc.meta.title,
        published=found.date.isoformat() if found.date else None,
        published_source=found.source,
        published_detail=found.detail,
        words=doc.word_count,
        text=doc.text,
        citations=citations,
    )
    for note, key in ((doc.meta.body_note, "body_note"), (doc.meta.front_matter_note, "front_matter_note")):
        if note:
            out[key] = note[0] if isinstance(note, tuple) else note
    mc = doc.meta.main_content
    if mc is not None:  # HTML: which blocks the main-content filter kept (loaders/maincontent.py)
        out["main_content"] = {
            "applied": mc.applied,
            "kept_blocks": mc.kept_blocks,
            "left_out_blocks": mc.dropped_blocks,
            "kept_words": mc.kept_words,
            "left_out_words": mc.dropped_words,
            "reason": mc.reason,
        }
    return out


_BLANK_RUN = re.compile(r"(?:[ \t]*\n){3,}")


def _shown_text(text: str) -> str:
    """The text for a terminal: blocks left out of an HTML page are blanked in place (so that every
    offset stays exact), which leaves runs of empty lines; show each run as one empty line."""
    return _BLANK_RUN.sub("\n\n", "\n".join(line.rstrip() for line in text.split("\n"))).strip("\n")


def render_text(info: dict[str, Any]) -> str:
    """The same facts for a terminal: a header, the text, then the citations."""
    date = info["published"] or "none found"
    if info["published"]:
        date += f" (from {info['published_source']}" + (
            f": {info['published_detail']}" if info["published_detail"] else ""
        )
        date += ")"
    lines = [
        f"path: {info['path']} ({info['format']})",
        f"title: {info['title'] or '(none)'}",
        f"published: {date}",
        f"words: {info['words']}",
    ]
    for key, label in (("not_audited", "not audited"), ("body_note", "body"), ("front_matter_note", "front matter")):
        if info.get(key):
            lines.append(f"{label}: {info[key]}")
    mc = info.get("main_content")
    if mc and mc["applied"] and mc["left_out_blocks"]:
        how = f"; {mc['reason']}" if mc["reason"] else ""  # why the shape alone decided, or the file is a feed
        lines.append(
            f"main content: {mc['kept_blocks']} blocks kept, {mc['left_out_blocks']} left out "
            f"({mc['left_out_words']} words of menus, teasers, comments and the like{how})"
        )
    elif mc and not mc["applied"]:
        lines.append(f"main content: the whole page as read ({mc['reason']})")
    lines += [
        "",
        "--- text the rules see ---",
        _shown_text(info["text"]),
        "",
        f"--- citations ({len(info['citations'])}) ---",
    ]
    for c in info["citations"]:
        marker = c["marker"] or ""
        lines.append(f"line {c['line']:>4}  {marker:<6} {c['url'] or '(an entry with no URL)'}")
    return "\n".join(lines) + "\n"


def cmd_read(args: argparse.Namespace) -> int:
    """Print one article as read; exit 1 when the file could not be read at all."""
    from auditor.config import load_config, parse_date

    path: Path = args.path
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    if path.is_dir():
        raise UsageError(f"{path}: `auditor read` reads one article file, not a folder")
    config = load_config(args.config, path)
    as_of = parse_date(args.as_of, "--as-of") if args.as_of else None
    info = read_article(path, as_of, config)
    if args.format == "json":
        sys.stdout.write(json.dumps(info, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_text(info))
    return EXIT_FAIL if info.get("not_audited") else EXIT_OK
