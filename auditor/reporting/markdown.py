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
from urllib.parse import quote

from auditor.reading.excerpts import has_invisible, visible
from auditor.registry import CATEGORIES, get_rule
from auditor.reporting.views import (
    DocView,
    FindingView,
    IndexRow,
    index_rank,
    page_kind,
    set_aside_phrase,
    verdict_reason,
)
from auditor.scoring import METHOD

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_NEEDS_ESCAPE = re.compile(r"[&<>\n\r\\`*_\[\]|~]")  # any character the chain below changes
_MD_LEADING = re.compile(r"^(\s*)(?:([#+!=-])|(\d+)([.)]))")
_SEV_ORDER = {"error": 0, "warning": 1, "info": 2}
SOURCE_LABEL = {
    "front-matter": "front matter",
    "meta": "HTML metadata",
    "file-name": "the file name",
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
    text = visible(text)  # first: the backslash of \u202e stays single
    head = text.lstrip()[:1]  # _MD_LEADING matches only at the start: most texts open on a letter
    if head and (head in "#+!=-" or head.isdigit()):
        return _MD_LEADING.sub(_escape_leading, text)
    return text


def _escape_leading(m: re.Match[str]) -> str:
    if m.group(2):
        return m.group(1) + "\\" + m.group(2)
    return m.group(1) + m.group(3) + "\\" + m.group(4)


def code(text: str, table: bool = False) -> str:
    """Inline code that survives backticks inside (and ``|`` in a table cell, where GFM needs ``\\|``)."""
    text = visible(text.replace("\n", " ").replace("\r", " "))
    if table:
        text = text.replace("|", "\\|")
    fence = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def url_link(url: str | None) -> str:
    """The whole URL as a link: visible text escaped, target percent-encoded so spaces cannot break it."""
    if not url:
        return "—"
    return f"[{esc(url)}]({url_target(url)})"


def url_target(url: str) -> str:
    """A link target that no space, bracket or non-ASCII character can break."""
    if _UNSAFE_IN_TARGET.search(url) is None:  # most addresses: nothing to encode
        return url
    return _UNSAFE_IN_TARGET.sub(_percent_encoded, url)


_UNSAFE_IN_TARGET = re.compile(r"[^!-~]|[()<>\\]")  # one character: not printable ASCII, or ( ) < > \


def _percent_encoded(m: re.Match[str]) -> str:
    return quote(m.group(), safe="")


def published_line(view: DocView) -> str:
    if view.published and view.published_confidence == "low":  # inferred, not stated
        detail = f": {esc(view.published_detail)}" if view.published_detail else ""
        return f"published: not stated; taken as {view.published} (confidence low{detail})"
    if view.published:
        source = SOURCE_LABEL.get(view.published_source or "", view.published_source or "")
        detail = f", {esc(view.published_detail)}" if view.published_detail else ""
        sure = f"; confidence {view.published_confidence}" if view.published_confidence else ""
        return f"published {view.published} (from {source}{detail}{sure})"
    return "published: unknown"


def rating_text(c: Any) -> str:
    """The rating in a word or two ("reliable", "reliable, disputed"); the lists behind it are in the JSON."""
    if not c.rating:
        return "unrated" if c.domain else "—"
    detail = c.rating_detail or {}
    words = [c.rating]
    words += ["disputed"] if detail.get("disputed") else []
    words += ["state-affiliated"] if detail.get("state_affiliated") else []
    words += ["user-generated platform"] if detail.get("platform") else []
    return ", ".join(words)


DATE_SOURCE = {"publisher-url": "URL", "url": "URL", "url-year": "URL", "page": "page", "reference-text": "reference"}


def _about(f: FindingView, listed: frozenset[str] = frozenset()) -> str:
    """The citation a finding is about, as one link: its marker or anchor text when the card's
    Citations section shows the whole URL already (``listed``), else the whole URL and the anchor."""
    if not f.url:
        return ""
    if f.url in listed and (f.marker or f.anchor):
        label = esc(f.marker) if f.marker else f"“{esc(f.anchor)}”"
        return f"[{label}]({url_target(f.url)})"
    anchor = f" “{esc(f.anchor)}”" if f.anchor else ""
    marker = f"{esc(f.marker)} " if f.marker else ""
    return f"{marker}{url_link(f.url)}{anchor}"


def _only_the_url(f: FindingView) -> bool:
    """Whether the excerpt says no more than the URL line above it (a reference-list entry)."""
    if not f.url:
        return False
    rest = f.excerpt
    for piece in (f.url, f.url[:40]):
        rest = rest.replace(piece, "")
    return len(re.sub(r"[\W\d]+", "", rest)) < 25


_CUT_URL = re.compile(r"\S*(?:https?://|www\.)\S*…\S*|…[\w.-]*/\S*")


def shown_excerpt(f: FindingView) -> str:
    """The excerpt as the card shows it: none for a reference entry (the URL line is the entry), and
    no URL cut in the middle (a clipped URL becomes an ellipsis; the whole one is on the URL line)."""
    if not f.excerpt or (f.url and (f.in_references or _only_the_url(f))):
        return ""
    text = _CUT_URL.sub("…", f.excerpt) if "…" in f.excerpt else f.excerpt
    return text if re.search(r"\w", text) else ""


def _finding_lines(
    f: FindingView,
    with_docs: bool = True,
    shared_fix: bool = False,
    listed: frozenset[str] = frozenset(),
    severity: bool = True,
) -> list[str]:
    """One finding as one list item: where, which citation, the message and fix, then the quote."""
    about = _about(f, listed)
    link = f" {about}" if about else ""
    if with_docs:  # a finding alone: its rule, then the same line as in a group
        head = f"- **{f.code} {f.name}** · {f.severity} · `{f.line}:{f.column}`{link} — {esc(f.message)}"
    else:
        sev = f"{f.severity} · " if severity else ""
        head = f"- {sev}`{f.line}:{f.column}`{link} — {esc(f.message)}"
    if f.fix and not shared_fix:
        head += f" *Fix:* {esc(f.fix)}."
    if f.why and with_docs:
        head += f" *Why it matters:* {esc(f.why)}."
    lines = [head]
    quote = shown_excerpt(f)
    # What readers see, right under the message: a nested item, one line in every viewer (a block
    # quote in a list item adds a paragraph's margins above and below it).
    if quote:
        lines.append(f"  - “{esc(quote)}”")
    for r in f.related:
        lines.append(f"  - *line {r['line']}:* “{esc(_CUT_URL.sub('…', r['excerpt']))}”")
    if f.status != "open":
        reason = f" — {esc(f.note)}" if f.note else ""
        lines.append(f"  - *{f.status.capitalize()}*{reason}.")
    return lines


_TEMPLATE = re.compile(r"\[[^\]]*\]|\"[^\"]*\"|“[^”]*”|https?://\S+|\d+")


def rule_anchor(code_: str, name: str) -> str:
    """The anchor of a rule's group, the slug GitHub, GitLab and markdown-it plugins give its heading."""
    return f"{code_}-{name}".lower()


def _groups(findings: list[FindingView]) -> list[list[FindingView]]:
    """Findings by rule, the costliest rule first (errors, then warnings, then count), then by code."""
    by_code: dict[str, list[FindingView]] = {}
    for f in findings:
        by_code.setdefault(f.code, []).append(f)

    def weight(items: list[FindingView]) -> tuple[int, int, int, str]:
        sev = Counter(f.severity for f in items)
        return (-sev["error"], -sev["warning"], -len(items), items[0].code)

    return [sorted(g, key=lambda f: (f.line, f.column)) for g in sorted(by_code.values(), key=weight)]


def _counts_text(items: list[FindingView]) -> str:
    return _plural_counts(Counter(f.severity for f in items))


def _summary_of(items: list[FindingView]) -> str:
    r = get_rule(items[0].code)
    return r.summary if r else items[0].message


def render_scorecard(view: DocView) -> str:
    """The card: verdict and why, three things to fix, scores, sourcing, citations, findings by rule, method."""
    s = view.score
    out: list[str] = [f"# {esc(view.title)}", ""]
    meta = [code(view.path), f"{view.words} words", published_line(view)]
    out += [" · ".join(meta), ""]
    if view.encoding_note:
        out += [f"> **Encoding:** {esc(view.encoding_note)}.", ""]
    verdict = "passes" if s.passed else "fails"
    kind = page_kind(view)
    if kind:  # a score over text that is not the article would read as a verdict on it
        out.append(f"## {kind.capitalize()}: no grade (the run counts it as {'passing' if s.passed else 'failing'})")
    else:
        out.append(f"## {verdict.capitalize()}: {s.score} / 100, grade {s.grade}")
    if kind:
        why = f"**Why:** {esc(verdict_reason(view))}."
    elif s.passed:
        why = f"**Why it passes:** {_pass_reason(s)}."
    else:
        why = f"**Why it fails:** {esc(verdict_reason(view))}."
    groups = _groups(view.findings)
    if groups:  # the list interrupts the paragraph: no blank line, no paragraph of its own for the label
        out.append(why + (" **Fix first:**" if not s.passed else " **Worth a look:**"))
        for i, items in enumerate(groups[:3], 1):
            f = items[0]
            link = rule_anchor(f.code, f.name)
            out.append(f"{i}. [{f.code} {f.name}](#{link}) ({_counts_text(items)}): {esc(_summary_of(items))}.")
        out.append("")
    else:
        out += [why + " No findings from the enabled rules.", ""]
    out += [" ".join([_category_line(s), *([] if kind else _sourcing_lines(view))]), ""]
    if view.set_aside:
        out += [f"{set_aside_phrase(view.set_aside_counts).capitalize()}: not counted (listed at the end).", ""]
    out += _citation_lines(view, "" if kind else _ratings_text(view))
    listed = frozenset(c.url for c in view.citations if c.url)  # shown whole there: findings link by marker
    if not view.findings:
        out += ["## Findings", "No findings.", ""]
    else:  # the note in the heading: a paragraph of its own cost a line and two margins
        out.append("## Findings: quotes as readers see them, `line:column` in the file as saved")
    out += _findings_lines(groups, listed)
    if view.set_aside:
        out += ["## Set aside (not counted)", ""]
        for f in view.set_aside:
            out += _finding_lines(f, listed=listed)
        out.append("")
    out += [f"**How this score is computed:** {METHOD}", ""]  # a label, not a heading: two sentences
    return "\n".join(out)


def _category_line(s: Any) -> str:
    """Each category's score and what it counts, on one line (a table took three and a wide page)."""
    parts = []
    for c in s.categories:
        counts = _plural_counts(c.counts)
        parts.append(f"{c.name.capitalize()} {c.score}" + (f" ({counts})" if counts else ""))
    return "**By category:** " + " · ".join(parts) + "."


def _plural_counts(counts: Any) -> str:
    """ "1 error, 2 warnings, 1 info": the severities present, in order."""
    return ", ".join(
        f"{counts[k]} {k}{'s' if counts[k] != 1 and k != 'info' else ''}" for k in _SEV_ORDER if counts.get(k)
    )


def _findings_lines(groups: list[list[FindingView]], listed: frozenset[str]) -> list[str]:
    """The three rules to fix first under their own headings; the others as one list, a rule an item
    with its findings nested (a heading and a paragraph for each rule made a card a screen longer)."""
    out: list[str] = []
    for items in groups[:3]:
        out += _group_lines(items, listed)
    if groups[3:]:
        out.append("### Other findings")
        for items in groups[3:]:
            out += _rule_item(items, listed)
        out.append("")
    return out


def _pass_reason(s: Any) -> str:
    """Why a card passes, with the bar it was held to and what remains."""
    level = {"error": "no error", "warning": "no error or warning", "info": "no finding"}.get(s.fail_on, "")
    level = level or "no severity fails it (`--fail-on never`)"
    rest = [f"{s.counts[k]} {k}{'s' if s.counts[k] != 1 and k != 'info' else ''}" for k in _SEV_ORDER if s.counts[k]]
    tail = f"; {' and '.join(rest)} remain, listed below" if rest else ""
    return f"{level}, and {s.score} is at or above the bar of {s.fail_under}{tail}"


def _cited_text(c: Any) -> str:
    """Where the text relies on a citation, in the same line:column as the findings."""
    if c.kind != "reference":
        return f"at `{c.line}:{c.column}`"
    if c.cited_at:
        return (
            "cited at "
            + ", ".join(f"`{ln}:{col}`" for ln, col in c.cited_at[:5])
            + (f" and {len(c.cited_at) - 5} more" if len(c.cited_at) > 5 else "")
        )
    return "**not cited**"


def _citation_lines(view: DocView, ratings: str = "") -> list[str]:
    """Sources one line each (a list, which wraps in every viewer, unlike a wide table), under a
    heading that sums up their ratings; site navigation and link lists apart, each URL once."""
    out = ["## Citations" + (f": {ratings}" if ratings else ""), ""]
    if not view.citations:
        return [*out, "The article cites no URL, link or reference.", ""]
    sources: dict[str, list[Any]] = {}
    others: dict[str, dict[str, int]] = {}
    for i, c in enumerate(view.citations, 1):
        if c.role:
            others.setdefault(c.role, {})
            key = c.url or ""
            others[c.role][key] = others[c.role].get(key, 0) + 1
            continue
        sources.setdefault(c.url or f"#{i}", []).append((i, c))
    for entries in sources.values():
        c = entries[0][1]
        label = f"{esc(c.marker)} " if c.marker else ""  # a link's label is its anchor text
        anchor = f"“{esc(c.anchor)}” " if c.anchor and c.kind in ("link", "anchor") else ""
        target = url_link(c.url) if c.url else esc(c.anchor or "(entry without URL)")
        facts = [rating_text(c) if c.url else "no URL"]
        if c.date:
            where = DATE_SOURCE.get(c.date_source or "", c.date_source or "")
            when = str(c.date)[:4] if c.date_source == "url-year" else c.date  # a year, not its 1 January
            facts.append(f"dated {when}" + (f" ({where})" if where else ""))
        facts.append(_cited_text(c))
        again = f" · linked {len(entries)} times" if len(entries) > 1 else ""
        out.append(f"- {label}{anchor}{target} — {' · '.join(facts)}{again}")
    if not sources:
        out.append("No link in the text reads as a source.")
    if others:
        n = sum(sum(v.values()) for v in others.values())
        out += ["", f"Not counted as sources ({n} link{'s' if n != 1 else ''}: site navigation and link lists):"]
        for role, urls in sorted(others.items()):
            shown = " · ".join(url_link(u) + (f" ×{k}" if k > 1 else "") for u, k in urls.items())
            out.append(f"- {role}s: {shown}")
    out.append("")
    return out


def _group_note(items: list[FindingView], shared_fix: bool) -> str:
    """A rule's category, counts, why it matters and (when all share it) fix, in one sentence or three."""
    f0 = items[0]
    category = "File and run" if f0.category == "input" else f0.category.capitalize()
    note = [f"{category} · {_counts_text(items)}."]
    if f0.why:
        note.append(f"*Why it matters:* {esc(f0.why)}.")
    if shared_fix:
        note.append(f"*Fix:* {esc(f0.fix)}.")
    return " ".join(note)


def _shares_fix(items: list[FindingView]) -> bool:
    fixes = {f.fix for f in items}
    return len(fixes) == 1 and None not in fixes


def _group_lines(items: list[FindingView], listed: frozenset[str] = frozenset()) -> list[str]:
    """One rule's findings under its heading (the anchor "fix first" links to): its explanation once."""
    shared_fix = _shares_fix(items)
    out = [f"### {items[0].code} {items[0].name}", _group_note(items, shared_fix)]
    # the list follows at once: a list may start right under a paragraph
    return [*out, *_group_body(items, listed, shared_fix), ""]


def _rule_item(items: list[FindingView], listed: frozenset[str]) -> list[str]:
    """One rule as one list item, its findings nested under it (no heading: nothing links to it)."""
    if len(items) == 1:
        return _finding_lines(items[0], listed=listed)
    shared_fix = _shares_fix(items)
    head = f"- **{items[0].code} {items[0].name}** · {_group_note(items, shared_fix)}"
    return [head, *("  " + ln for ln in _group_body(items, listed, shared_fix))]


def _group_body(items: list[FindingView], listed: frozenset[str], shared_fix: bool) -> list[str]:
    """A rule's findings as list items, same-shaped ones collapsed into one; the severity on each
    finding only when the rule's findings mix them (the counts above say it otherwise)."""
    out: list[str] = []
    shapes: dict[tuple[str, str], list[FindingView]] = {}
    for f in items:
        shapes.setdefault((f.severity, _TEMPLATE.sub("#", f.message)), []).append(f)
    mixed = len({f.severity for f in items}) > 1
    for (_sev, _shape), same in shapes.items():
        if len(same) < 3:
            for f in same:
                out += _finding_lines(f, with_docs=False, shared_fix=shared_fix, listed=listed, severity=mixed)
            continue
        sev = f"{same[0].severity} · " if mixed else ""
        head = f"- {sev}{len(same)} alike — e.g. {esc(same[0].message)}"
        if all(f.url and f.marker for f in same):  # references: their full URLs are in Citations above
            links = (f"[{esc(f.marker)}]({url_target(f.url or '')}) `{f.line}:{f.column}`" for f in same)
            out.append(f"{head} Each: " + " · ".join(links))
            continue
        out.append(head)
        for f in same:
            quote = shown_excerpt(f)
            where = _about(f, listed) or (f"“{esc(quote)}”" if quote else "")
            out.append(f"  - `{f.line}:{f.column}` {where}")
    return out


def _sourcing_lines(view: DocView) -> list[str]:
    """The sourcing summary, and the bar SRC004 holds it to (the ratings go to the Citations heading)."""
    n = view.sourcing
    if not n:
        return []
    statements = sum(n.get(k, 0) for k in ("named", "described", "unnamed", "cited", "nothing"))
    lines = []
    if statements:
        sourced = n["named"] + n["described"] + n["cited"]
        how = _nonzero((n["named"], "named"), (n["described"], "described"), (n["cited"], "a link or reference only"))
        rest = _nonzero((n["unnamed"], "credit an unnamed group"), (n["nothing"], "attribute nothing"))
        lines.append(
            f"**Sourcing:** {sourced} of {statements} statements rest on a source"
            + (f" ({how})" if how else "")
            + (f"; {rest}" if rest else "")
            + " (SRC004 flags fewer than 1 in 10)."
        )
    return lines


def _ratings_text(view: DocView) -> str:
    """ "5 of 6 rated reliable, 1 unrated (SRC003)": the citations' ratings, for the Citations heading."""
    n = view.sourcing or {}
    rated = sum(n.get(k, 0) for k in ("rated_reliable", "rated_mixed", "rated_unreliable", "rated_unrated"))
    if not rated:
        return ""
    others = _nonzero(
        (n["rated_mixed"], "mixed"),
        (n["rated_unreliable"], "unreliable (SRC001)"),
        (n["rated_unrated"], "unrated (SRC003)"),
    )
    return f"{n['rated_reliable']} of {rated} rated reliable" + (f", {others}" if others else "")


def _nonzero(*terms: tuple[int, str]) -> str:
    """ "59 named, 2 described": the counts that are not zero (the total beside them says the rest)."""
    return ", ".join(f"{k} {what}" for k, what in terms if k)


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
    base: str = ".",
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
    yield from ("| article | score | grade | result | why |", "|---|---|---|---|---|")
    shown = 0
    for r in islice(worst_first(rows), limit):
        shown += 1
        if links:
            link = posixpath.normpath(posixpath.join(base, r.report_path))  # base: where the scorecards are
            name = f"[{esc(r.title)}]({_link(link)})<br>{code(r.path, table=True)}"
        else:
            name = f"{esc(r.title)}<br>{code(r.path, table=True)}"
        graded = index_rank(r) >= 0  # a page not read or a file not audited has no meaningful grade
        score = f"{r.score.score} | {r.score.grade}" if graded else "— | —"
        yield f"| {name} | {score} | {_result(r)} | {_why(r)} |"
    if shown < n:
        yield from ("", f"… and {n - shown} more article(s), not listed.")
    yield ""
    if category_totals:
        yield from ("## Findings by category", "", "| category | findings | share |", "|---|---|---|")
        top = max(category_totals.values())
        for cat in (*CATEGORIES, "input"):
            if category_totals.get(cat):
                k = category_totals[cat]
                title = "File and run" if cat == "input" else cat.capitalize()
                yield f"| {title} | {k} | {'█' * max(1, round(k / top * 20))} |"
        yield ""
    if rule_totals:
        yield from ("## Findings by rule", "", "| rule | name | count |", "|---|---|---|")
        for code_, count in sorted(rule_totals.items(), key=lambda kv: (-kv[1], kv[0])):
            rule = get_rule(code_)
            yield f"| {code_} | {rule.name if rule else ''} | {count} |"
        yield ""
    if cross is not None:
        yield from render_cross(cross)
    yield from ("## How scores are computed", "", METHOD, "")


def _result(r: IndexRow | DocView) -> str:
    kind = getattr(r, "kind", None)
    if kind is None:  # a DocView
        kind = page_kind(r)  # type: ignore[arg-type]
    if kind:
        return f"**{kind}**" + ("" if r.score.passed else " · fails")
    return "pass" if r.score.passed else "**fail**"


def _why(r: IndexRow | DocView) -> str:
    """The reason in words: why it fails, or what a passing article still carries."""
    reason = getattr(r, "reason", None)
    if reason is None:  # a DocView
        reason = verdict_reason(r)  # type: ignore[arg-type]
    if reason:
        return esc(reason)
    c = r.score.counts
    rest = [f"{c[k]} {k}{'s' if c[k] != 1 and k != 'info' else ''}" for k in ("warning", "info") if c.get(k)]
    return "no error" + (f"; {', '.join(rest)}" if rest else ", no finding")


def write_index(out: TextIO, *args: Any, **kwargs: Any) -> None:
    """Write :func:`render_index`'s text line by line (same bytes, without building the whole string)."""
    lines = index_lines(*args, **kwargs)
    out.write(next(lines))
    for line in lines:
        out.write("\n" + line)


def worst_first(rows: Iterable[IndexRow] | Iterable[DocView]) -> Iterator[IndexRow | DocView]:
    """Rows by (:func:`index_rank`, path): a RowLog gives them from disk, anything else is sorted here."""
    ordered = getattr(rows, "worst_first", None)
    if ordered is not None:
        return ordered()
    return iter(sorted(rows, key=lambda r: (index_rank(r), r.path)))


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
    """A scorecard's path as a link target: what could end or change the link is percent-encoded."""
    return "".join(quote(ch, safe="") if ch in _LINK_UNSAFE or has_invisible(ch) else ch for ch in path)


_LINK_UNSAFE = frozenset(" ()<>[]|\\`\"'\t\n\r")
