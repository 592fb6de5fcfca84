"""Suppressions: inline comments in Markdown and HTML, and per-file ignores by glob.

Inline, in any comment the loader kept (``Document.comments``)::

    <!-- auditor: ignore[LNG001] -->          the line the comment is on if it has text, else the next
    <!-- auditor: ignore[LNG001,CIT] -->      several codes or prefixes
    <!-- auditor: ignore -->                  every rule
    <!-- auditor: disable[CIT004] -->  ...  <!-- auditor: enable[CIT004] -->   a block

Text after the closing bracket is kept as the reason. A suppression that
silences nothing is reported as AUD004, like ruff's RUF100, so stale comments
do not pile up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from auditor.model import Document, Finding, Severity, Span

_DIRECTIVE = re.compile(r"^auditor\s*:\s*(?P<verb>[a-z-]+)\s*(?:\[(?P<codes>[^\]]*)\])?\s*(?P<note>.*)$", re.I | re.S)
_CODE = re.compile(r"^[A-Z]{2,5}[0-9]{0,3}$")
_MENTION = re.compile(r"^\s*auditor\s*:", re.I)
VERBS = ("ignore", "disable", "enable")


@dataclass(slots=True)
class Directive:
    """One suppression comment, or one disable/enable block."""

    verb: str  # ignore | disable
    codes: tuple[str, ...]  # empty: every rule
    first: int  # first source line it covers
    last: int  # last source line it covers (inclusive)
    line: int  # the comment's own line
    text: str  # the comment as written, for messages
    note: str | None
    used: set[str] = field(default_factory=set)  # codes (or "*") that silenced something

    def match(self, code: str, first: int, last: int) -> bool:
        """Whether it silences ``code`` on lines [first, last] (and remember which codes were used)."""
        if last < self.first or first > self.last:
            return False
        if not self.codes:
            self.used.add("*")
            return True
        hits = [spec for spec in self.codes if code.startswith(spec)]
        self.used.update(hits)
        return bool(hits)

    @property
    def label(self) -> str:
        codes = f"[{','.join(self.codes)}]" if self.codes else ""
        return f"{self.verb}{codes}"


@dataclass(slots=True)
class Problem:
    """A suppression comment that does nothing: becomes an AUD004 finding."""

    line: int
    message: str
    text: str


def _line_of(doc: Document, offset: int) -> int:
    return doc.position(offset)[0]


def first_text_line(doc: Document, line: int) -> int | None:
    """The first line at or after ``line`` that holds article text (None: none left)."""
    text = doc.text
    n = len(text)
    if n == 0:
        return None
    lo, hi = 0, n
    while lo < hi:  # first offset whose line is >= line (positions grow with offsets)
        mid = (lo + hi) // 2
        if _line_of(doc, mid) < line:
            lo = mid + 1
        else:
            hi = mid
    while lo < n and text[lo].isspace():
        lo += 1
    return _line_of(doc, lo) if lo < n else None


def parse_directives(doc: Document) -> tuple[list[Directive], list[Problem]]:
    """The suppression directives of one document, and comments that are broken."""
    directives: list[Directive] = []
    problems: list[Problem] = []
    open_blocks: list[Directive] = []
    for c in sorted(doc.comments, key=lambda c: c.source_line):
        text = c.text.strip()
        if not _MENTION.match(text):
            continue
        shown = f"<!-- {text[:80]}{'…' if len(text) > 80 else ''} -->"
        m = _DIRECTIVE.match(text)
        verb = m.group("verb").lower() if m else ""
        if not m or verb not in VERBS or m.group("note").lstrip().startswith("["):
            problems.append(
                Problem(
                    c.source_line,
                    f"Suppression comment not understood: {shown}. Write `auditor: ignore[CODE]`, "
                    "`auditor: disable[CODE]` or `auditor: enable[CODE]`.",
                    shown,
                )
            )
            continue
        raw_codes = m.group("codes")
        codes = tuple(sorted({s.strip().upper() for s in (raw_codes or "").split(",") if s.strip()}))
        bad = [s for s in codes if not _CODE.match(s)]
        if bad:
            problems.append(
                Problem(c.source_line, f"Suppression {shown} names {', '.join(bad)}, which is not a rule code.", shown)
            )
            codes = tuple(s for s in codes if s not in bad)
            if not codes:
                continue
        note = m.group("note").strip() or None
        if verb == "ignore":
            target = first_text_line(doc, c.source_line)
            if target is None:
                problems.append(Problem(c.source_line, f"Suppression {shown} has no text after it to apply to.", shown))
                continue
            directives.append(Directive("ignore", codes, target, target, c.source_line, shown, note))
        elif verb == "disable":
            block = Directive("disable", codes, c.source_line, 1 << 30, c.source_line, shown, note)
            directives.append(block)
            open_blocks.append(block)
        else:  # enable: closes the matching open blocks (all of them when bare)
            closing = [b for b in open_blocks if not codes or b.codes == codes]
            if not closing:
                problems.append(
                    Problem(c.source_line, f"{shown} has no matching `disable` before it; remove it.", shown)
                )
            for b in closing:
                b.last = c.source_line
                open_blocks.remove(b)
    return directives, problems


def unused_problems(directives: list[Directive], known: list[str], enabled: list[str]) -> list[Problem]:
    """Directives (or codes in them) that silenced nothing in this run.

    ``known`` are every rule code; ``enabled`` the codes that ran. A code of a
    rule that did not run is not reported: the suppression may matter elsewhere.
    """
    out: list[Problem] = []
    for d in directives:
        if not d.codes:
            if not d.used:
                out.append(Problem(d.line, _unused_message(d, None), d.text))
            continue
        unknown = [s for s in d.codes if not any(k.startswith(s) for k in known)]
        idle = [s for s in d.codes if s not in d.used and s not in unknown and any(k.startswith(s) for k in enabled)]
        if unknown:
            out.append(
                Problem(
                    d.line,
                    f"Suppression {d.text} names unknown rule code(s) {', '.join(unknown)}; "
                    "`auditor rules` lists them.",
                    d.text,
                )
            )
        if idle:
            out.append(Problem(d.line, _unused_message(d, idle), d.text))
    return out


def _unused_message(d: Directive, idle: list[str] | None) -> str:
    what = "finding" if idle is None else " or ".join(idle) + " finding"
    where = f"on line {d.first}" if d.verb == "ignore" else "in its block"
    fix = "Remove it" if idle is None or len(idle) == len(d.codes) else f"Remove {', '.join(idle)} from it"
    return f"Unused suppression: {d.text} on line {d.line} silences no {what} {where}. {fix}."


def problem_finding(p: Problem) -> Finding:
    """AUD004 for a suppression that does nothing, placed at the comment's line."""
    return Finding(
        "AUD004",
        Span(0, 0),
        p.message,
        severity=Severity.WARNING,
        evidence={"line": p.line, "excerpt": p.text},
        fix="remove or correct the comment",
    )


# -- per-file ignores ----------------------------------------------------------------------------


def glob_regex(pattern: str) -> re.Pattern[str]:
    """A glob as a regex over POSIX paths: ``*`` within a folder, ``**`` across folders."""
    out: list[str] = []
    i = 0
    pattern = pattern.strip().replace("\\", "/").removeprefix("./").rstrip("/") or "**"
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        elif pattern[i] == "[" and (close := pattern.find("]", i + 2)) != -1:
            body = pattern[i + 1 : close]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = close + 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("^" + "".join(out) + "$")


@dataclass(slots=True)
class FileIgnore:
    """One ``per-file-ignores`` entry: a glob and the codes it silences."""

    pattern: str
    regex: re.Pattern[str]
    codes: tuple[str, ...]
    basename_only: bool

    def applies_to(self, rel: str) -> bool:
        """Whether the glob matches the path or one of its folders."""
        if self.basename_only:
            return any(self.regex.match(part) for part in rel.split("/"))
        parts = rel.split("/")
        return any(self.regex.match("/".join(parts[:i])) for i in range(len(parts), 0, -1))


def parse_per_file_ignores(value: Any, where: str) -> list[FileIgnore]:
    """``{"archive/**": ["DAT"], "*.txt": "LNG003"}`` -> entries (ValueError when malformed)."""
    if value is None:
        return []
    if not isinstance(value, dict):
        raise ValueError(f"{where}: per-file-ignores must be a table of glob = [codes]")
    out = []
    for pattern, codes in sorted(value.items()):
        items = codes.split(",") if isinstance(codes, str) else codes
        if not isinstance(items, list) or not all(isinstance(c, str) for c in items):
            raise ValueError(f"{where}: per-file-ignores {pattern!r} must list rule codes")
        clean = tuple(sorted({c.strip().upper() for c in items if c.strip()}))
        if "ALL" in clean:
            clean = ()
        norm = str(pattern).strip().replace("\\", "/")
        out.append(FileIgnore(str(pattern), glob_regex(norm), clean, "/" not in norm.rstrip("/")))
    return out
