"""Markdown scorecards for editors, and the index of a run.

Article text is escaped everywhere it appears, so no excerpt can break the page
(tables, links, HTML, headings). Everything here is a pure function of views.
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, TextIO

from auditor.registry import CATEGORIES, get_rule
from auditor.reporting.views import DocView, FindingView, IndexRow, set_aside_phrase
from auditor.scoring import METHOD

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_NEEDS_ESCAPE = re.compile(r"[&<>\n\r\\`*_\[\]|~]")  # any character the chain below changes
_MD_LEADING = re.compile(r"^(\s*)(?:([#+!=-])|(\d+)([.)]))")
_SEV_ORDER = {"error": 0, "warning": 1, "info": 2}
SOURCE_LABEL = {
    "front-matter": "front matter",
    "meta": "HTML metadata",
    "cli": "--as-of / configuration",
    "text": "the article text",
}


def esc(text: str | None) -> str:
    """Escape article text for inline Markdown (tables included)."""
    if not text:
        return ""
    if _NEEDS_ESCAPE.search(text):  # most messages and excerpts need none of it
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        text = _MD_SPECIAL.sub(r"\\\1", text.replace("\n", " ").replace("\r", " "))
    return _MD_LEADING.sub(_escape_leading, text)


def _escape_leading(m: re.Match[str]) -> str:
    if m.group(2):
        return m.group(1) + "\\" + m.group(2)
    return m.group(1) + m.group(3) + "\\" + m.group(4)


def code(text: str) -> str:
    """Inline code that survives backticks inside."""
    text = text.replace("\n", " ")
    fence = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def short_url(url: str | None, width: int = 70) -> str:
    if not url:
        return "—"
    return url if len(url) <= width else url[: width // 2 - 1] + "…" + url[-(width // 2 - 1) :]


def published_line(view: DocView) -> str:
    if view.published and view.published_confidence == "low":  # inferred, not stated
        detail = f": {view.published_detail}" if view.published_detail else ""
        return f"published: not stated; taken as {view.published} (confidence low{detail})"
    if view.published:
        source = SOURCE_LABEL.get(view.published_source or "", view.published_source or "")
        detail = f", {view.published_detail}" if view.published_detail else ""
        sure = f"; confidence {view.published_confidence}" if view.published_confidence else ""
        return f"published {view.published} (from {source}{detail}{sure})"
    return "published: unknown"


def rating_text(c: Any) -> str:
    if not c.rating:
        return "unrated" if c.domain else "—"
    detail = c.rating_detail or {}
    lists = detail.get("summary") or ", ".join(str(s) for s in detail.get("lists", []) if s)
    disputed = " (disputed)" if detail.get("disputed") else ""
    state = " · state-affiliated" if detail.get("state_affiliated") else ""
    state += " · user-generated platform" if detail.get("platform") else ""
    return f"{c.rating}{disputed}{state}" + (f" ({esc(lists)})" if lists else "")


def _finding_lines(f: FindingView) -> list[str]:
    head = f"- **{f.line}:{f.column} {f.code} {f.name}** ({f.severity}) — {esc(f.message)}"
    lines = [head]
    if f.excerpt:
        lines.append(f"  > {esc(f.excerpt)}")
    for r in f.related:
        lines.append(f"  > *line {r['line']}:* {esc(r['excerpt'])}")
    extra = []
    if f.why:
        extra.append(f"*Why it matters:* {esc(f.why)}.")
    if f.fix:
        extra.append(f"*Fix:* {esc(f.fix)}.")
    if f.status != "open":
        reason = f" — {esc(f.note)}" if f.note else ""
        extra.append(f"*{f.status.capitalize()}*{reason}.")
    if extra:
        lines.append("  " + " ".join(extra))
    return lines


def render_scorecard(view: DocView) -> str:
    s = view.score
    out: list[str] = [f"# {esc(view.title)}", ""]
    meta = [code(view.path), f"{view.words} words", published_line(view)]
    out.append(" · ".join(meta))
    out.append("")
    if view.not_audited:
        out += [f"> **Not audited:** {esc(view.not_audited)}.", ""]
    if view.encoding_note:
        out += [f"> **Encoding:** {esc(view.encoding_note)}.", ""]
    verdict = "passes" if s.passed else "fails (" + "; ".join(s.reasons) + ")"
    out += [f"## Score: {s.score} / 100 — grade {s.grade} — {verdict}", ""]
    out += ["| category | score | errors | warnings | info |", "|---|---|---|---|---|"]
    for c in s.categories:
        out.append(
            f"| {c.name.capitalize()} | {c.score} | {c.counts['error']} | {c.counts['warning']} | {c.counts['info']} |"
        )
    out.append("")
    summary = _one_sentence(view)
    if summary:
        out += [f"**In short:** {summary}", ""]
    if view.set_aside:
        out += [f"{set_aside_phrase(view.set_aside_counts).capitalize()}: not counted (listed at the end).", ""]

    out += ["## Citations", ""]
    if view.citations:
        out += [
            "| # | URL | domain | rating | date | cited in body |",
            "|---|---|---|---|---|---|",
        ]
        for i, c in enumerate(view.citations, 1):
            label = esc(c.marker) if c.marker else str(i)
            date = f"{c.date} ({c.date_source})" if c.date and c.date_source else (c.date or "—")
            cited = ("yes (line " + ", ".join(map(str, c.cited_lines)) + ")") if c.cited_in_body else "no"
            url = esc(short_url(c.url)) if c.url else esc(short_url(c.anchor or "(entry without URL)"))
            out.append(f"| {label} | {url} | {esc(c.domain) or '—'} | {rating_text(c)} | {date} | {cited} |")
    else:
        out.append("The article cites no URL, link or reference.")
    out.append("")

    out += ["## Findings", ""]
    if not view.findings:
        out += ["No findings.", ""]
    by_cat: dict[str, list[FindingView]] = {}
    for f in view.findings:
        by_cat.setdefault(f.category, []).append(f)
    for cat in (*CATEGORIES, "input"):
        items = by_cat.get(cat)
        if not items:
            continue
        title = "File and run" if cat == "input" else cat.capitalize()
        out += [f"### {title}", ""]
        for f in sorted(items, key=lambda f: (f.line, f.column, f.code)):
            out += _finding_lines(f)
        out.append("")
    if view.set_aside:
        out += ["## Set aside (not counted)", ""]
        for f in view.set_aside:
            out += _finding_lines(f)
        out.append("")
    out += ["## How this score is computed", "", METHOD, ""]
    out += ["Rule documentation: `auditor rule CODE` prints what a rule flags, why, and how to silence it.", ""]
    return "\n".join(out)


def _one_sentence(view: DocView) -> str:
    if view.not_audited:
        return "the file was not audited, so nothing in it was checked."
    if not view.findings:
        return "no problems found by the enabled rules."
    counts = Counter(f.code for f in view.findings)
    parts = []
    for code_, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]:
        r = get_rule(code_)
        parts.append(f"{n} × {code_} {r.name if r else ''}".strip())
    sev = Counter(f.severity for f in view.findings)
    lead = ", ".join(f"{sev[k]} {k}{'s' if sev[k] != 1 else ''}" for k in ("error", "warning", "info") if sev[k])
    return f"{lead}; most frequent: " + "; ".join(parts) + "."


def score_bar(score: int, width: int = 10) -> str:
    filled = round(score / 100 * width)
    return "█" * filled + "░" * (width - filled)


def render_index(
    rows: Iterable[IndexRow] | Iterable[DocView],
    rule_totals: Counter[str],
    category_totals: Counter[str],
    as_of: str | None,
    cross: list[dict[str, Any]] | None = None,
    links: bool = True,
    limit: int | None = None,
) -> str:
    """The run's overview: worst articles first, totals, a chart.

    ``links=False`` leaves out links to scorecards (for a CI step summary, where
    they would not resolve); ``limit`` keeps only the worst articles in the table.
    """
    return "\n".join(index_lines(rows, rule_totals, category_totals, as_of, cross, links, limit))


def index_lines(
    rows: Iterable[IndexRow] | Iterable[DocView],
    rule_totals: Counter[str],
    category_totals: Counter[str],
    as_of: str | None,
    cross: list[dict[str, Any]] | None = None,
    links: bool = True,
    limit: int | None = None,
) -> Iterator[str]:
    """The lines of :func:`render_index`, one at a time, so a big run's index is written without being held.

    ``rows`` is walked a few times: a list, or a :class:`~auditor.reporting.spool.RowLog`
    that replays its rows from disk (worst first without sorting in memory).
    """
    n = failed = 0
    aside: Counter[str] = Counter()
    for r in rows:
        n += 1
        failed += not r.score.passed
        aside.update(r.set_aside_counts)
    yield from ("# auditor report", "")
    when = f" · as of {as_of}" if as_of else ""
    phrase = set_aside_phrase(dict(aside))
    aside_text = f" · {phrase} (not counted)" if phrase else ""
    yield from (f"{n} article(s) · {failed} failing · {sum(rule_totals.values())} finding(s){when}{aside_text}", "")
    yield from ("| article | score | grade | result | errors | warnings | info |", "|---|---|---|---|---|---|---|")
    shown = 0
    for r in islice(worst_first(rows), limit):
        shown += 1
        if links:
            link = posixpath.relpath(r.report_path, ".")
            name = f"[{esc(r.title)}]({_link(link)})<br>{code(r.path)}"
        else:
            name = f"{esc(r.title)}<br>{code(r.path)}"
        result = "pass" if r.score.passed else "**fail**"
        c = r.score.counts
        yield (
            f"| {name} | {score_bar(r.score.score)} {r.score.score} | {r.score.grade} | {result} | "
            f"{c['error']} | {c['warning']} | {c['info']} |"
        )
    if shown < n:
        yield from ("", f"… and {n - shown} more article(s), not listed.")
    yield ""
    if n:
        worst = list(islice(worst_first(rows), 20))
        labels = ", ".join('"' + _chart_label(r.path) + '"' for r in worst)
        title = "Scores, worst first" + (f" (the {len(worst)} lowest)" if n > len(worst) else "")
        yield from ("## Scores", "", "```mermaid", "xychart-beta", f'    title "{title}"')
        yield from (f"    x-axis [{labels}]", '    y-axis "score" 0 --> 100')
        yield from (f"    bar [{', '.join(str(r.score.score) for r in worst)}]", "```", "")
    if category_totals:
        yield from ("## Findings by category", "", "```mermaid", "pie showData", "    title Findings by category")
        for cat in (*CATEGORIES, "input"):
            if category_totals.get(cat):
                yield f'    "{cat}" : {category_totals[cat]}'
        yield from ("```", "")
    if rule_totals:
        yield from ("## Findings by rule", "", "| rule | name | count |", "|---|---|---|")
        for code_, count in sorted(rule_totals.items(), key=lambda kv: (-kv[1], kv[0])):
            rule = get_rule(code_)
            yield f"| {code_} | {rule.name if rule else ''} | {count} |"
        yield ""
    if cross is not None:
        yield from render_cross(cross)
    yield from ("## How scores are computed", "", METHOD, "")


def write_index(out: TextIO, *args: Any, **kwargs: Any) -> None:
    """Write :func:`render_index`'s text line by line (same bytes, without building the whole string)."""
    lines = index_lines(*args, **kwargs)
    out.write(next(lines))
    for line in lines:
        out.write("\n" + line)


def worst_first(rows: Iterable[IndexRow] | Iterable[DocView]) -> Iterator[IndexRow | DocView]:
    """Rows by (score, path): a RowLog gives them from disk, anything else is sorted here."""
    ordered = getattr(rows, "worst_first", None)
    if ordered is not None:
        return ordered()
    return iter(sorted(rows, key=lambda r: (r.score.score, r.path)))


def render_cross(cross: list[dict[str, Any]]) -> list[str]:
    out = ["## Where articles disagree", ""]
    if not cross:
        return [*out, "No disagreements found between the articles of this run.", ""]
    out.append("Informational: these do not change any article's score.")
    out.append("")
    for item in cross:
        out.append(f"- **{esc(item.get('kind', ''))}** — {esc(item.get('message', ''))}")
        for st in item.get("statements", []):
            out.append(f"  > {code(str(st.get('path')))} line {st.get('line')}: {esc(st.get('excerpt', ''))}")
    out.append("")
    return out


def _link(path: str) -> str:
    return path.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _chart_label(path: str) -> str:
    """A short, quote-free label for a Mermaid chart axis."""
    name = posixpath.basename(path)
    name = re.sub(r"[\"\[\]\\]", "", name)
    return name if len(name) <= 24 else name[:23] + "…"
