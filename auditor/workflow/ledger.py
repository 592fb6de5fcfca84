"""Content fingerprints of findings, and the two files keyed by them.

A finding's fingerprint hashes its rule code, the flagged words and the sentence
(or, in a reference list, the line) around them, normalised for case, Unicode
form, quotes and whitespace. Line numbers are left out on purpose: an edit above
a finding does not change it, an edit to its sentence does.

* The **accepted file** (``.auditor-accepted.toml``) records findings an editor
  checked, with a reason. It is meant to be reviewed like code: sorted, stable,
  one table per entry.
* The **baseline** (JSON) records every finding of an archive at adoption time,
  so later runs show only new ones.

Paths in both files are relative to the file's own folder, POSIX style.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor.model import Document, Finding
from auditor.safeio import atomic_write, write_text_atomic

_WS = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
_FOLD = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-", "\u00a0": " "})
_CONTEXT_CAP = 2000
ACCEPTED_FILE = ".auditor-accepted.toml"


def normalise(text: str) -> str:
    """Text as compared for fingerprints: NFKC, case-folded, plain quotes, single spaces."""
    # " ".join(split()) is _WS.sub(" ", ...).strip(): str.split and \s agree on whitespace (twice as fast)
    return " ".join(unicodedata.normalize("NFKC", text).translate(_FOLD).casefold().split())


def _context(doc: Document, start: int, end: int) -> str:
    """The sentence holding the finding, or its line inside a reference list."""
    text = doc.text
    if not doc.in_reference_zone(start):
        sent = doc.sentence_at(start)
        if sent is not None:
            return text[sent.span.start : max(sent.span.end, end)][:_CONTEXT_CAP]
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return text[lo : hi if hi != -1 else len(text)][:_CONTEXT_CAP]


def fingerprint(doc: Document, f: Finding) -> str:
    """A short, stable hash of what a finding is about (see the module docstring)."""
    text = doc.text
    if f.code.startswith("AUD") or not text:
        basis = normalise(_DIGITS.sub("#", f.message))
    else:
        start = max(0, min(f.span.start, len(text)))
        end = max(start, min(f.span.end, len(text)))
        basis = normalise(_context(doc, start, end)) + "\x1f" + normalise(text[start:end][:_CONTEXT_CAP])
    data = (f.code + "\x1f" + basis).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:20]


def path_key(path: str | Path, root: str | Path) -> str:
    """``path`` relative to ``root`` (POSIX), or absolute when it lies outside."""
    absolute = os.path.realpath(path)
    root_abs = os.path.realpath(root)
    try:
        if os.path.commonpath([absolute, root_abs]) == root_abs:
            return Path(os.path.relpath(absolute, root_abs)).as_posix()
    except ValueError:  # different drives on Windows
        pass
    return Path(absolute).as_posix()


class LedgerError(Exception):
    """An accepted or baseline file that cannot be read (exit code 2)."""


# -- accepted findings ---------------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class Accepted:
    """One finding an editor accepted, and why."""

    path: str  # relative to the accepted file's folder
    code: str
    fingerprint: str
    reason: str
    excerpt: str = ""
    line: int = 0  # where it was when accepted (informational only)
    date: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.path, self.code, self.fingerprint)


def read_accepted(path: Path) -> list[Accepted]:
    if not path.is_file():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LedgerError(f"cannot read {path}: {exc}") from exc
    entries = data.get("accepted", [])
    if not isinstance(entries, list):
        raise LedgerError(f"{path}: expected [[accepted]] tables")
    out = []
    for i, e in enumerate(entries, 1):
        if not isinstance(e, dict) or not all(isinstance(e.get(k), str) for k in ("path", "code", "fingerprint")):
            raise LedgerError(f"{path}: entry {i} needs string path, code and fingerprint")
        out.append(
            Accepted(
                path=e["path"],
                code=e["code"].upper(),
                fingerprint=e["fingerprint"],
                reason=str(e.get("reason", "")),
                excerpt=str(e.get("excerpt", "")),
                line=int(e["line"]) if isinstance(e.get("line"), int) else 0,
                date=str(e.get("date", "")),
            )
        )
    return out


def toml_string(value: str) -> str:
    """A TOML basic string (every control character escaped)."""
    out = ['"']
    for ch in value:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F or 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(f"\\u{ord(ch) if ord(ch) < 0xD800 else 0xFFFD:04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def write_accepted(path: Path, entries: list[Accepted]) -> None:
    """Write entries sorted by path, code, fingerprint (one per key; the last reason wins)."""
    unique = {e.key: e for e in entries}
    lines = [
        "# Findings an editor checked and accepted, with the reason. Written by `auditor accept`;",
        "# review changes to this file like any other. An entry stops applying (the finding",
        "# re-opens) as soon as the sentence it points at changes.",
        "",
    ]
    for key in sorted(unique):
        e = unique[key]
        lines.append("[[accepted]]")
        lines.append(f"path = {toml_string(e.path)}")
        lines.append(f"code = {toml_string(e.code)}")
        lines.append(f"fingerprint = {toml_string(e.fingerprint)}")
        lines.append(f"reason = {toml_string(e.reason)}")
        if e.excerpt:
            lines.append(f"excerpt = {toml_string(e.excerpt)}")
        if e.line:
            lines.append(f"line = {e.line}")
        if e.date:
            lines.append(f"date = {toml_string(e.date)}")
        lines.append("")
    write_text_atomic(path, "\n".join(lines))


# -- baseline ------------------------------------------------------------------------------------

BASELINE_VERSION = 1


def read_baseline(path: Path) -> dict[str, dict[tuple[str, str], int]]:
    """``{path: {(code, fingerprint): count}}`` from a baseline file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise LedgerError(f"baseline file not found: {path}") from exc
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise LedgerError(f"cannot read baseline {path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise LedgerError(f'{path}: not an auditor baseline (no "findings" list)')
    out: dict[str, dict[tuple[str, str], int]] = {}
    for e in data["findings"]:
        if not isinstance(e, dict) or not all(isinstance(e.get(k), str) for k in ("path", "code", "fingerprint")):
            raise LedgerError(f"{path}: each finding needs string path, code and fingerprint")
        count = e.get("count", 1)
        key = (e["code"].upper(), e["fingerprint"])
        per = out.setdefault(e["path"], {})
        per[key] = per.get(key, 0) + (count if isinstance(count, int) and count > 0 else 1)
    return out


@dataclass(slots=True)
class BaselineEntry:
    path: str
    code: str
    fingerprint: str
    excerpt: str
    count: int = 1


def write_baseline(path: Path, entries: list[BaselineEntry], as_of: str) -> int:
    """Write a deterministic baseline; returns the number of findings recorded."""
    merged: dict[tuple[str, str, str], BaselineEntry] = {}
    for e in entries:
        key = (e.path, e.code, e.fingerprint)
        if key in merged:
            merged[key].count += e.count
        else:
            merged[key] = BaselineEntry(e.path, e.code, e.fingerprint, e.excerpt, e.count)
    rows: list[dict[str, Any]] = []
    for key in sorted(merged):
        e = merged[key]
        row: dict[str, Any] = {"path": e.path, "code": e.code, "fingerprint": e.fingerprint}
        if e.count != 1:
            row["count"] = e.count
        row["excerpt"] = e.excerpt
        rows.append(row)
    with atomic_write(path) as fh:
        fh.write("{\n")
        fh.write(f'  "version": {BASELINE_VERSION},\n  "tool": "auditor",\n')
        fh.write(f'  "created_as_of": {json.dumps(as_of)},\n  "findings": [')
        for i, row in enumerate(rows):
            fh.write(("," if i else "") + "\n    " + json.dumps(row, ensure_ascii=False))
        fh.write("\n  ]\n}\n" if rows else "]\n}\n")
    return sum(e.count for e in merged.values())
